// Skills: business, finance, law, public administration, engineering, science and health professions.
export default `
== Liiketoiminta ja hallinto
asiakkuudenhallinta; asiakassuhteet; asiakkuudet | kundrelationer | customer relationship management
myynnin johtaminen; myyntitiimin johtaminen | försäljningsledning | sales management
markkinatutkimus; kyselyt; haastattelut; kyselytutkimus; puhelinhaastattelut | marknadsundersökning; intervjuer | market research; conducting surveys
liiketoimintasuunnitelma; liiketoiminnan suunnittelu | affärsplan | business planning
hinnoittelu; tarjousten laskeminen; hinnoitella; tarjouslaskenta | prissättning; offertberäkning | pricing; cost estimating
laskenta; kannattavuus; kustannuslaskenta | kalkylering | cost accounting
tilinpäätös; tilinpäätöksen laatiminen; verotus; veroilmoitukset | bokslut; beskattning | financial statements; taxation
tilintarkastus | revision | auditing
pankkityö; pankkipalvelut; rahoitus; lainat | bankarbete | banking; bank services
vakuutukset; vakuutusasiat; vakuutusmyynti; korvauskäsittely | försäkringar | insurance; claims handling
kiinteistönvälitys; asuntojen myynti; välitys; asuntonäytöt | fastighetsförmedling | real estate agency; property sales
vuokraus; vuokra-asunnot; isännöinti; isännöitsijä; vuokralaisten asiat | fastighetsförvaltning; uthyrning | property management; letting
hankintalaki; julkiset hankinnat; kilpailutus | offentlig upphandling | public procurement
lainsäädännön tuntemus; juridiikka; lakiasiat; sopimukset; sopimusten laadinta | juridik; avtal | legal knowledge; contracts
asiakirjahallinto; arkistonhoito; dokumentinhallinta | dokumenthantering; arkivvård | records management
viranomaistyö; hallintotyö; päätösten valmistelu; julkishallinto | förvaltningsarbete | public administration
kuntatyö | kommunalt arbete | municipal work
etuuskäsittely; hakemusten käsittely; päätösten tekeminen | förmånshandläggning | benefits processing; handling applications
asiakasneuvonta; neuvonta asiakkaille; infotyö; palveluneuvonta | kundrådgivning | advising customers; information services
tiedottaminen; tiedotteet; sisäinen viestintä; viestintä | kommunikation; information | communications; public relations
tapahtumajärjestäminen; messut; konferenssit; seminaarit | evenemangsplanering | event planning; trade fairs
matkatoimistotyö; matkojen myynti; lentolippujen varaus | resebyrå | travel agency work
kirjastotyö; kirjojen lainaus; kirjojen hyllytys kirjastossa; kirjasto | biblioteksarbete | library work
arkistotyö museossa; kokoelmatyö; luettelointi | samlingsarbete | collections work; cataloguing
== Tekniikka ja tiede
rakennussuunnittelu; rakennesuunnittelu; arkkitehtuuri | byggnadsplanering | structural design; architecture
konesuunnittelu; tuotekehitys; suunnittelu insinöörinä | maskinkonstruktion | mechanical design; product development
sähkösuunnittelu | elplanering | electrical design
LVI-suunnittelu; talotekniikan suunnittelu | VVS-planering | HVAC design
maanmittaus; kartoitus; mittaustekniikka; takymetri; GPS-mittaus | lantmäteri | land surveying
laboratorioanalyysit; kemialliset analyysit; analytiikka | laboratorieanalys | laboratory analysis
kemia; kemian tuntemus | kemi | chemistry
biologia; biotekniikka; mikrobiologia | biologi | biology; biotechnology
tutkimustyö; tutkiminen; tieteellinen tutkimus | forskning | research
tilastollinen analyysi; tilastotiede; tilastolliset menetelmät | statistisk analys | statistical analysis
matematiikka; laskutaito; laskeminen | matematik; räkneförmåga | mathematics; numeracy
laadunhallinta; ISO 9001; laatujärjestelmät; auditointi | kvalitetsledning | quality management; ISO 9001
ympäristöjärjestelmät; ISO 14001 | miljöledning | environmental management systems
turvallisuusjohtaminen; riskien arviointi; riskienhallinta | riskhantering | risk management; risk assessment
logistiikan suunnittelu; toimitusketjun hallinta; ostologistiikka | supply chain management | supply chain management
energia-alan tekniikka; sähköverkot; verkostoasennus; ilmajohdot; maakaapelit | elnät | power networks; overhead line work
tietoliikenneasennus; valokuitu; valokuituasennus; kuituasennus | fiberinstallation | fibre optic installation
== Terveydenhuolto, tarkemmin
injektioiden antaminen; pistäminen; rokottaminen; rokotukset; insuliinin pistäminen | injektioner; vaccinering | giving injections; vaccinating
katetrointi; avanteen hoito; letkuruokinta | kateterisering; stomivård | catheterisation; stoma care
painehaavojen ehkäisy; asentohoito | trycksårsprevention | preventing pressure sores
kaatumisten ehkäisy; liikkumisen tukeminen; apuvälineet; rollaattori; pyörätuoli | fallprevention; hjälpmedel | fall prevention; mobility aids
ravitsemus; ravitsemushoito; nesteytys; ravitsemuksesta huolehtiminen | nutrition | nutrition care; hydration
virkistystoiminta; ulkoilu asukkaiden kanssa; muistelu; ryhmätuokiot; viriketoiminta | aktivering; rekreation | recreational activities for residents
asiakkaan kuntoutumisen tukeminen; toimintakyvyn tukeminen; kuntouttava työote | rehabiliterande arbetssätt | supporting clients' functional ability
haastavan käyttäytymisen kohtaaminen; väkivallan ennaltaehkäisy; aggressiivisen asiakkaan kohtaaminen; MAPA | bemötande av utmanande beteende | managing challenging behaviour
sydänfilmin ottaminen; EKG | EKG | taking an ECG
röntgenkuvaus; kuvantaminen | röntgen | radiography; medical imaging
potilasohjaus; terveyden edistäminen; terveysneuvonta | patientundervisning; hälsorådgivning | patient education; health promotion
mielenterveyden tukeminen; keskusteluapu; tukikeskustelut | samtalsstöd | mental health support; supportive conversations
lääkärin vastaanottotyö; vastaanottotyö terveysasemalla | mottagningsarbete | clinic reception and assistance
sairaalahuoltajan työt; sairaalahuolto; kuljetukset sairaalassa; potilaskuljetukset | sjukhusvaktmästare | hospital porter work; patient transport
ruumiiden käsittely; hautaustoimisto; hautajaisjärjestelyt | begravningsbyrå | funeral services
== Muut palvelut
kiinteistöjen valvonta; vahtimestarin työt; virastomestari; postinkanto talon sisällä | vaktmästeri | caretaker work; porter duties
kouluisännän työt; koulun vahtimestari | skolvaktmästare | school caretaker duties
pysäköinninvalvonta; pysäköintivalvonta | parkeringsövervakning | parking enforcement
lipuntarkastus; lippujen tarkastus | biljettkontroll | ticket inspection
matkustajien palvelu; lennolla palvelu; stuertti; matkustamohenkilökunta; lentoemäntä | kabinpersonal | passenger service; cabin crew
satamatyöt; ahtaus; laivojen lastaus | hamnarbete; stuveri | dock work; stevedoring
laivatyöt; kansimies; merimies; laivan kansi | sjöarbete; däcksman | deck work on ships; seafaring
junaliikenne; veturinkuljettaja; junan ajaminen | tågtrafik | train driving
raitiovaunun kuljettaminen; ratikka; metro; raitiovaunu | spårvagnsförare | tram driving
lentokentän työt; matkatavarat; matkatavarankäsittely; kenttätyöt | flygplatsarbete; bagagehantering | airport ground work; baggage handling
lastenvaatteiden kierrätys; lelujen kunnostus | återbruk av barnkläder | refurbishing children's clothes and toys
kukkasidonta; floristiikka; kukkakauppa; kimput; kukka-asetelmat | blomsterbindning | floristry; flower arranging
lahjapaketointi; paketointi lahjaksi | presentinslagning | gift wrapping
ikärajavalvonta; alkoholin myynti kaupassa; tupakkatuotteet | ålderskontroll | age verification at checkout
rahapelit; veikkaus; veikkauspiste | spelombud | lottery and betting sales
asiakkaan opastaminen kaupassa; lisämyynti; myyntitavoitteet | merförsäljning | upselling; guiding customers in store
kassan avaus ja sulkeminen; kassan avaaminen; myymälän avaaminen; myymälän sulkeminen | öppning och stängning av butik | opening and closing a shop
hintalaput; hinnoittelu kaupassa; hyllynreunat; hintamerkintä | prismärkning | price labelling
palvelutiski; lihatiski; kalatiski; juustotiski; tiskityö kaupassa | manuell disk | serving at a deli counter
hedelmä- ja vihannesosasto; hevi; hevi-osasto | frukt och grönt | fruit and vegetable department
pullonpalautus; pullonpalautusautomaatit; tölkit | pantretur | bottle returns
click and collect; noutotilaukset; verkkotilausten keräily | klicka och hämta | online order picking; click and collect
varkauksien ehkäisy; hävikin valvonta | stöldförebyggande | loss prevention
`;
