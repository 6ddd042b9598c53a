// Skills: the professional content of occupations in education, care, social work, technology,
// agriculture, logistics, security and administration.
export default `
== Kasvatus ja opetus
erityisopetus; erityispedagogiikka; erityistä tukea tarvitsevat oppilaat | specialundervisning | special needs education
oppimisen tukeminen; oppimisvaikeudet; eriyttäminen; tukitoimet koulussa | stöd för lärande | supporting learning; differentiated teaching
luokanhallinta; työrauha; ryhmän hallinta | klassrumsledning | classroom management
oppimisen arviointi; arviointi; todistukset | bedömning av lärande | assessing learning
opetussuunnitelma; opetuksen suunnittelu; tuntisuunnitelmat | undervisningsplanering | lesson planning; curriculum
tukiviittomat; kuvakommunikointi; puhetta tukeva kommunikointi; kommunikointikuvat; PCS-kuvat | AKK; tecken som stöd | augmentative and alternative communication; signs to support speech
kasvatuskeskustelut; vanhempien kanssa yhteistyö; vanhempainillat | föräldrasamarbete | cooperation with parents
pedagoginen dokumentointi; lasten havainnointi; havainnointi | pedagogisk dokumentation | pedagogical documentation; observing children
musiikkikasvatus; laululeikit; lasten musiikki | musikfostran | music education for children
kuvataidekasvatus; lasten kuvataide | bildkonstfostran | art education for children
lasten ruokailu ja lepo; päiväunet; pukemisessa avustaminen | vila och måltider för barn | helping children with meals, rest and dressing
lasten ensiapu | första hjälpen för barn | paediatric first aid
leikkipuistotyö; leikkipuisto | lekparksarbete | playground supervision
välituntivalvonta; valvonta koulussa | rastvakt | break-time supervision
koulukuraattorin työ; oppilashuolto | elevvård | pupil welfare
opinto-ohjaus; urasuunnittelu; uraohjaus | studie- och yrkesvägledning | study and career guidance
verkko-opetus; etäopetus | distansundervisning | online teaching; distance teaching
== Hoiva ja terveys, lisää
elvytys; painelu-puhalluselvytys; defibrillaattori | hjärt-lungräddning | cardiopulmonary resuscitation; CPR
hoitotarvikkeiden tilaus; hoitotarvikkeet | beställning av vårdartiklar | ordering care supplies
lääkkeiden annosjakelu; dosetit; dosettien täyttö | dosettfyllning | filling pill organisers
nestelista; eritteiden seuranta; virtsanäytteet | vätskelista | monitoring fluid balance
palvelutarpeen arviointi; toimintakyvyn arviointi; RAI | bedömning av servicebehov | assessing service needs; functional capacity assessment
hoito- ja palvelusuunnitelma; hoitosuunnitelma; asiakassuunnitelma | vård- och serviceplan | care plan
omahoitajuus | kontaktperson inom vården | primary nursing
vuorovaikutus muistisairaan kanssa; validaatio | bemötande av personer med demens | communicating with people with dementia
kuoleman jälkeiset toimet; vainajan laitto | vård efter döden | care after death
infektiopotilaan hoito; eristyspotilaat; suojautuminen | isoleringsvård | caring for isolated patients
suun hoito; hampaiden pesu hoidettavalle | munvård | oral care for patients
apuvälineiden käyttö; apuvälineiden huolto; apuvälinepalvelu | hjälpmedelshantering | handling mobility aids
diabeetikon hoito; diabetes; verensokeri | diabetesvård | diabetes care
kivun hoito; kivun arviointi | smärtvård | pain management
vanhusten ulkoiluttaminen; ulkoiluapu | promenadsällskap | accompanying older people outdoors
seuranpito; keskustelu ikäihmisten kanssa; ystävätoiminta | sällskap | companionship; befriending
== Sosiaaliala, lisää
palveluohjaus; asiakkaan ohjaaminen palveluihin | servicehandledning | case management; service coordination
motivoiva haastattelu; motivointi | motiverande samtal | motivational interviewing
ratkaisukeskeinen työote; voimavarakeskeisyys | lösningsfokuserat arbetssätt | solution-focused approach
verkostotyö; moniammatillinen yhteistyö; verkostopalaverit | nätverksarbete | multi-professional collaboration
etsivä työ; jalkautuva työ | uppsökande arbete | outreach work
velkaneuvonta; raha-asioissa neuvominen; talousneuvonta | skuldrådgivning | debt advice; financial counselling
asiakkaan kohtaaminen; kuunteleminen; empatia | bemötande; empati | meeting clients; empathy; listening
ryhmätoiminnan suunnittelu; teemaryhmät; kartoitusryhmät | planering av gruppverksamhet | planning group activities
toiminnallinen ohjaus; toiminnalliset menetelmät | funktionella metoder | activity-based methods
luontoavusteiset menetelmät; green care; eläinavusteinen työ | grön omsorg | green care; animal-assisted work
taideterapia; taidelähtöiset menetelmät | konstterapi | arts-based methods
== Tekniikka, lisää
pumppujen huolto; pumput; venttiilit; venttiilien vaihto | pumpservice; ventiler | servicing pumps and valves
kuljetinhihnat; kuljettimet; kuljetinlinjat | transportband | conveyor maintenance
paineastiat; höyrykattilat; kattilalaitos; kattilanhoito; kattilalaitoksen käyttö | ångpannor | operating boilers; pressure vessels
lämmönvaihtimet | värmeväxlare | heat exchangers
palonilmaisimet; paloilmoitinjärjestelmät; sprinklerit; sprinklerijärjestelmät | brandlarm; sprinkler | fire alarm and sprinkler systems
palovaroittimet; palovaroittimien vaihto | brandvarnare | smoke alarms
kompressorit; paineilmajärjestelmät | kompressorer | compressed air systems
sähkömoottorit; taajuusmuuttajat | elmotorer | electric motors and drives
laakereiden ja tiivisteiden vaihto; tiivisteet | tätningar | replacing seals and bearings
kunnossapitojärjestelmät; huolto-ohjelmat; huoltohistoria | underhållssystem | maintenance management systems
vikadiagnostiikka teollisuudessa; vikojen etsintä; vianetsintä | felsökning | troubleshooting; fault finding
kylmäkoneistot; kylmähuoneet; kylmiöt | kylrum | cold rooms and refrigeration plant
öljyt ja rasvat; öljynvaihdot koneisiin | oljor och fetter | lubricants
työstökoneiden huolto | verktygsmaskinsservice | machine tool maintenance
koneturvallisuus tuotannossa; suojalaitteet; lukitus ja merkintä | maskinsäkerhet i produktion | machine safety; lockout tagout
sähköautojen huolto; hybridiautot; sähköautot | elbilsservice | electric and hybrid vehicle servicing
dieselmoottorit; dieselmoottoreiden huolto | dieselmotorer | diesel engine maintenance
vaihteistot teollisuudessa; vaihdelaatikot | växellådor | gearboxes
kiinteistöautomaatio; rakennusautomaatio; kiinteistön valvomo | fastighetsautomation | building automation systems
uima-allastekniikka; allasvesien käsittely | bassängteknik | swimming pool water treatment
== Teollisuus, lisää
tuotannonohjaus; tuotannon suunnittelu; tuotantosuunnitelmat | produktionsstyrning | production planning and control
vastaanottotarkastus; lähtötarkastus; tuotteiden tarkastus | ankomstkontroll | goods-in inspection; final inspection
puhdastilatyöskentely; puhdastila; GMP | renrumsarbete | cleanroom work; good manufacturing practice
lääketeollisuus; lääkevalmistus | läkemedelsindustri | pharmaceutical manufacturing
kemianteollisuus; kemikaalien valmistus | kemisk industri | chemical industry work
galvanointi; sinkitys; pinnoitus; anodisointi | galvanisering; ytbeläggning | plating and coating metals
niittaus; niittaaminen; niitit | nitning | riveting
ruuviliitokset; kiristysmomentit; momenttiavain | skruvförband | bolted joints; torque tightening
liimaus teollisuudessa; saumausrobotit; teollisuusliimat | industriell limning | industrial bonding
pakkausmateriaalit; pakkaussuunnittelu | förpackningsmaterial | packaging materials
tekstiiliteollisuus; kehruu; neuletehdas | textilindustri | textile industry
lasiteollisuus; lasinvalmistus | glasindustri | glass manufacturing
betonielementtien valmistus; elementtitehdas; elementit | betongelementtillverkning | precast concrete manufacturing
ikkuna- ja ovitehtaan työt | fönsterfabrik | window and door factory work
huonekalutehdas; huonekaluteollisuus | möbelfabrik | furniture factory work
kaapelitehdas; kaapelinvalmistus | kabelfabrik | cable manufacturing
elintarviketurvallisuus; HACCP | livsmedelssäkerhet | food safety; HACCP
kahvin paahto; kahvinpaahtimo | kafferostning | coffee roasting
suklaan valmistus; makeistehdas; makeiset | chokladtillverkning | confectionery manufacturing
jäätelön valmistus | glasstillverkning | ice cream production
oluen valmistus; panimotyö; käsityöläisolut | ölbryggning | brewing
== Maatalous ja metsä, lisää
kylvökoneet; lannoitus; lannoittaminen | gödsling | fertilising; seed drills
kasvinsuojelu; kasvinsuojeluruiskutus; ruiskuttaminen; kasvinsuojelututkinto | växtskydd | crop protection; crop spraying
viljankuivaus; kuivuri | spannmålstorkning | grain drying
säilörehu; paalaus; paalit; niitto pellolla; heinänteko; heinät | ensilage; balning | silage making; baling hay
laidunnus; laitumet; aitaus; laidunaidat | bete | grazing; building pasture fences
vasikoiden hoito; vasikat; juottaminen | kalvskötsel | calf rearing
poikiminen; poikimisapu; synnytysapu eläimille | kalvning | assisting with calving
sorkkahoito; sorkkahoitaja; sorkkien vuolu | klövvård | hoof trimming of cattle
eläinten terveydenhoito; eläinten lääkitseminen | djurhälsovård | animal health care
luomutuotanto; luomu | ekologisk produktion | organic farming
hevosten koulutus; ratsujen koulutus | hästträning | horse training
metsäsuunnitelma; metsäsuunnittelu; leimikon suunnittelu; leimikot | skogsbruksplan | forest planning
puukauppa; metsänomistaja; metsäneuvonta | virkeshandel | timber trade; forest advisory
taimitarhatyöt; taimitarha; taimien pakkaaminen | plantskola | tree nursery work
turvetuotanto; turve | torvproduktion | peat production
luonnontuotteet; yrttien keruu; luonnonyrtit | naturprodukter | wild products; foraging herbs
porotalous; porot; poronhoito | renskötsel | reindeer husbandry
== Logistiikka ja kuljetus, lisää
kylmäkuljetukset; kylmäketjun hallinta kuljetuksissa | kyltransporter | refrigerated transport
kappaletavara; kappaletavarakuljetukset | styckegods | general cargo
konttien käsittely; kontit | containerhantering | container handling
tullaus; tulli-ilmoitukset; huolinta | förtullning; spedition | customs clearance; freight forwarding
lähetysdokumentit; kuormakirjat | fraktdokument | shipping documents
ennakoiva ajo; taloudellinen ajo; talviajo; liukkaan kelin ajo | ekonomisk körning; halkkörning | defensive and economical driving; winter driving
liikennesäännöt; tieliikennelaki | trafikregler | traffic rules
matkustajien avustaminen; esteettömyys liikenteessä; pyörätuolikuljetukset | hjälp till resenärer | assisting passengers; wheelchair transport
taksimittari; taksijärjestelmät; kyytien välitys | taxameter | taxi meter and dispatch systems
ajoneuvon päivittäistarkastus; lähtötarkastus autoon | daglig fordonskontroll | daily vehicle checks
ajoneuvojen puhtaanapito; kaluston siisteys | fordonsvård | keeping vehicles clean
sisäinen logistiikka; materiaalien toimitus tuotantoon; materiaalinkäsittely | intern logistik | internal logistics; material handling
kuormalavojen korjaus; lavojen lajittelu | pallreparation | repairing pallets
lumen kuljetus; lumenajo | snötransport | snow hauling
== Turvallisuus, lisää
turvatarkastus; turvatarkastaja; lentoaseman turvatarkastus; läpivalaisu | säkerhetskontroll | security screening
vartiointikierrokset; piirivartiointi; kohdevartiointi | rondering | security patrols
hälytystehtävät; hälytyksiin reagointi | larmutryckning | responding to alarms
arvokuljetus; rahankuljetus | värdetransport | cash-in-transit
henkilösuojaus; henkivartiointi | personskydd | close protection
pelastussuunnitelma; poistumisharjoitukset; turvallisuuskävelyt | räddningsplan | emergency planning; evacuation drills
turvallisuuskoulutus; turvallisuusperehdytys | säkerhetsutbildning | safety training
voimankäyttö; voimankäyttökoulutus | maktmedel | use of force training
== Toimisto ja hallinto, lisää
asianhallinta; asianhallintajärjestelmä; diaarointi; kirjaamo | ärendehantering | case management systems; registry
sopimushallinta; sopimusten arkistointi | avtalshantering | contract management
tarjousten laatiminen; tarjoukset; tilausvahvistukset | offerter | preparing quotations
budjettiseuranta; kustannusseuranta | budgetuppföljning | budget monitoring
kassanhallinta; maksuvalmius | kassaflöde | cash management
henkilöstöasiat; työsuhdeasiat; työsopimukset | personalfrågor | employment matters; employment contracts
lomien ja poissaolojen kirjaus; työajanseuranta; työaikakirjanpito | tidrapportering | time and attendance recording
asiakaskirjeet; asiakasviestintä | kundbrev | customer correspondence
tilastojärjestelmät; raportointityökalut; raporttipohjat | rapporteringsverktyg | reporting tools
järjestösihteerin työt; yhdistyksen sihteeri; yhdistyksen hallitus | föreningssekreterare | association secretary work
kokousten järjestäminen; tilaisuuksien järjestely | mötesarrangemang | organising meetings
hankehallinto; projektihallinto; hankkeet; rahoitushakemukset | projektadministration | project administration; funding applications
== IT, lisää
Linux-ylläpito; linux-palvelimet; komentorivi | Linux-administration | Linux administration; command line
verkkolaitteet; kytkimet; palomuurit; reitittimien konfigurointi | nätverksutrustning | network devices; firewalls
kyberturvallisuus; tietoturvapoikkeamat; tietomurrot | cybersäkerhet | cybersecurity
Microsoft 365 -ylläpito; M365; Intune; SharePoint | Microsoft 365-administration | Microsoft 365 administration; SharePoint
Power Automate; automaatiot; prosessiautomaatio; RPA | processautomation | process automation; RPA
React; Vue; Angular; front end | React | React; front-end frameworks
Node.js; backend; taustajärjestelmät | Node.js | Node.js; back-end development
Docker; Kubernetes | Docker | Docker; containers
C++; C-ohjelmointi; sulautetut järjestelmät | C++; inbyggda system | C++; embedded systems
Kotlin; Swift; Android-kehitys; iOS-kehitys | Android; iOS | Android and iOS development
käyttöliittymäsuunnittelu; UX-suunnittelu; UI; Figma; käytettävyys | UX-design | user interface design; UX design
saavutettavuus; saavutettavuusvaatimukset; WCAG | tillgänglighet | digital accessibility
tietokantojen ylläpito; tietokantojen hallinta | databasadministration | database administration
rajapinnat; API; integraatiot | API; integrationer | APIs; integrations
ohjelmistojen dokumentointi; tekninen dokumentaatio | teknisk dokumentation | technical documentation
IT-hankinnat; laitehankinnat | IT-inköp | IT procurement
tietokoneiden kierrätys; laitteiden kunnostus myyntiin | återbruk av datorer | refurbishing computers for reuse
== Luova työ, lisää
typografia; fontit | typografi | typography
brändäys; logot; visuaalinen ilme | varumärkesdesign | branding; logo design
taidegrafiikka; grafiikka; vedostaminen | konstgrafik | printmaking
kuvanveisto; veistokset; muovailu | skulptur | sculpture; modelling
kalligrafia; kaunokirjoitus | kalligrafi | calligraphy
valokuvien tulostus; kuvien tulostus; valokuvien kehystys | fotoutskrifter | photo printing
pukusuunnittelu; puvustus; teatteripuvut | kostymdesign | costume design
lavastus; lavasteet; lavasteiden rakentaminen | scenografi | set design; building stage sets
kuvaus tapahtumissa; tapahtumakuvaus | evenemangsfotografering | event photography
musiikin opettaminen; soitonopetus | musikundervisning | teaching music
taidekäsityö; taideteokset | konsthantverk | art and craft works
== Palvelut, lisää
vaatevuokraus; välinevuokraus; vuokraamo; välinelainaamo | uthyrning av utrustning | equipment rental
autonvuokraus; autovuokraamo | biluthyrning | car rental
avainpalvelu; avainten luovutus | nyckelservice | key handover service
hautakivien puhdistus; hautakivet | gravstensrengöring | cleaning gravestones
kotiapupalvelut; kotipalveluyrittäjä | hemservice | household services business
lastenjuhlat; juhlapalvelut; juhlien koristelu | barnkalas | party services
vaatteiden korjauspalvelu; korjausompelimo | ändringsskrädderi | clothing alteration service
sukkien ja käsineiden korjaus; parsiminen | stoppning av strumpor | darning
kierrätysmateriaaleista tuotteiden valmistus; uusiotuotteet | återbrukade produkter | making products from recycled materials
kausikoristelu; jouluvalot; koristeiden ripustus | säsongsdekoration | seasonal decorating
`;
