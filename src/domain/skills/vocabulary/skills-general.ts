// Skills: languages, cards and permits, working-life skills, tools and safety at work.
export default `
== Kielet
suomen kieli; suomi; suomea; suomen kielen taito; suomen kielellä | finska | Finnish; Finnish language
ruotsin kieli; ruotsi; ruotsia; ruotsin kielen taito; virkamiesruotsi | svenska | Swedish; Swedish language
englannin kieli; englanti; englantia; englannin kielen taito | engelska | English; English language
venäjän kieli; venäjä; venäjää | ryska | Russian
viron kieli; viro | estniska | Estonian
saksan kieli; saksa | tyska | German
ranskan kieli; ranska | franska | French
espanjan kieli; espanja; espanjaa | spanska | Spanish
italian kieli; italia; italiaa | italienska | Italian
arabian kieli; arabia; arabiaa | arabiska | Arabic
somalin kieli; somali | somaliska | Somali
kurdin kieli; kurdi; sorani; kurmandzi | kurdiska | Kurdish
persian kieli; persia; farsi; dari | persiska | Persian; Farsi; Dari
turkin kieli; turkki; turkkia | turkiska | Turkish
ukrainan kieli; ukraina; ukrainaa | ukrainska | Ukrainian
puolan kieli; puola; puolaa | polska | Polish
kiinan kieli; kiina; mandariini | kinesiska | Chinese; Mandarin
thain kieli; thai | thailändska | Thai
vietnamin kieli; vietnam | vietnamesiska | Vietnamese
albanian kieli; albania | albanska | Albanian
tigrinjan kieli; tigrinja | tigrinja | Tigrinya
portugalin kieli; portugali | portugisiska | Portuguese
romanian kieli; romania | rumänska | Romanian
bulgarian kieli; bulgaria | bulgariska | Bulgarian
unkarin kieli; unkari | ungerska | Hungarian
japanin kieli; japani | japanska | Japanese
hindin kieli; hindi; urdu | hindi; urdu | Hindi; Urdu
tagalogin kieli; tagalog | tagalog | Tagalog
swahilin kieli; swahili | swahili | Swahili
pohjois-saamen kieli; saame; saamen kieli | samiska | Sami
suomalainen viittomakieli; viittomakieli; viittominen | teckenspråk | Finnish sign language; sign language
selkokieli; selkokielinen viestintä | lättläst språk | plain language
== Kortit ja luvat
työturvallisuuskortti; työturvakortti; TTK | arbetarskyddskort | occupational safety card
vesityökortti; vesityöturvallisuus | vattensäkerhetskort | water work safety card
kemikaalikortti; kemikaaliturvallisuus; kemikaalien käsittely | kemikaliesäkerhet | chemical safety
valttikortti; kulkukortti työmaalle | valttikort | construction site ID card
rikostaustaote; rikosrekisteriote | utdrag ur straffregistret | criminal record check
henkilönostinkortti; nostolava-ajolupa; henkilönostimen ajolupa | skyliftutbildning | aerial work platform licence
nostokortti; nostoapuvälinekoulutus; taakkojen kiinnitys; nostot | lyftkort | lifting and slinging; rigging
asbestipurkukortti; asbestityölupa | asbestkort | asbestos removal permit
metsästyskortti; metsästys; metsästäjä; aselupa | jaktkort | hunting licence
veneilyn ajokortti; venekortti; veneily; veneen kuljettaminen | båtkörkort | boat licence
lentolupa; drone; dronella kuvaaminen; drooni | drönare | drone pilot licence
== Työelämätaidot
tiimityö; tiimissä työskentely; yhteistyötaidot; ryhmätyö; yhteistyö; tiimityöskentely | lagarbete; samarbetsförmåga | teamwork; working in a team
itsenäinen työskentely; itsenäisesti; oma-aloitteisuus; omatoimisuus | självständigt arbete | working independently; self-motivation
täsmällisyys; aikataulujen noudattaminen; ajoissa oleminen; luotettavuus | punktlighet; pålitlighet | punctuality; reliability
vuorovaikutustaidot; viestintätaidot; kommunikointi; vuorovaikutus; keskustelutaidot | kommunikationsförmåga | communication skills; interpersonal skills
ongelmanratkaisu; ongelmien ratkaiseminen; ratkaisukeskeisyys | problemlösning | problem solving
ajanhallinta; oman työn suunnittelu; organisointi; töiden priorisointi; järjestelmällisyys | tidsplanering | time management; organising own work
joustavuus; sopeutuminen; muutoksiin sopeutuminen | flexibilitet | flexibility; adaptability
stressinsietokyky; paineensietokyky; kiireen sietäminen; paineen alla työskentely | stresstålighet | coping with stress; working under pressure
palvelualttius; asiakaslähtöisyys; ystävällisyys; palveluasenne | serviceanda | customer orientation; friendly service attitude
esihenkilötyö; esimiestyö; johtaminen; työnjohto; tiiminvetäjä; vuoropäällikkö | arbetsledning; ledarskap | supervising; leadership; team leading
perehdyttäminen; uusien työntekijöiden perehdytys; perehdytys; opastaminen | introduktion av nya anställda | onboarding new employees; training colleagues
työvuorosuunnittelu; vuorolistat; työvuorolistat | schemaläggning | staff scheduling
vuorotyö; yötyö; yövuorot; kolmivuorotyö; iltavuorot; viikonlopputyö | skiftarbete; nattarbete | shift work; night work
fyysinen työ; raskas työ; fyysisesti raskas työ; kestävyys | fysiskt arbete | physical work; manual labour
käsien käyttö; hienomotoriikka; tarkkuutta vaativa työ; näppäryys; tarkkuus | fingerfärdighet | manual dexterity; precision work
ulkotyö; ulkona työskentely; kaikissa säissä | utomhusarbete | outdoor work
yrittäjyys; oma yritys; toiminimi; kevytyrittäjyys; yrityksen pyörittäminen | företagande | entrepreneurship; running a business
projektinhallinta; projektit; projektityö; projektien johtaminen | projektledning | project management
neuvottelutaidot; neuvottelu; sovittelu | förhandling | negotiation
kulttuurien tuntemus; monikulttuurisuus; monikulttuurinen työyhteisö | mångkulturell kompetens | intercultural skills
luovuus; ideointi; innovointi | kreativitet | creativity
kestävä kehitys; ympäristötietoisuus; ekologisuus; energiansäästö | hållbar utveckling | sustainability; environmental awareness
työhyvinvointi; jaksaminen; ergonomia; työergonomia | arbetshälsa; ergonomi | wellbeing at work; ergonomics
työturvallisuus; työsuojelu; turvallinen työskentely; suojavarusteet; henkilönsuojaimet; turvallisuusohjeet | arbetssäkerhet; skyddsutrustning | occupational safety; personal protective equipment
tietosuojan noudattaminen; vaitiolovelvollisuus | tystnadsplikt | confidentiality duty
työnhaku; työhakemukset; CV:n teko; ansioluettelo; työhaastattelu | jobbsökning | job seeking; writing applications
kuntouttava työtoiminta; työpaja; työkokeilu; palkkatuki; työtoiminta | arbetsverksamhet; arbetsprövning | rehabilitative work activity; work trial; workshop activity
== Työkalut ja laitteet
käsityökalujen käyttö; käsityökalut; työkalut; vasara; ruuvimeisseli; jakoavain; työkaluja | handverktyg | using hand tools
sähkötyökalujen käyttö; sähkötyökalut; akkuporakone; ruuvinväännin; kuviosaha | elverktyg | using power tools
mittausvälineiden käyttö; mittanauha; vesivaaka; laser-vaaituslaite; vaaitus | mätverktyg; vattenpass | using measuring tools; levelling
tikkailla työskentely; tikkaat; tikkaita | stegar | working on ladders
paineilmatyökalut; kompressori; naulain; paineilma | tryckluftsverktyg | pneumatic tools; nail gun
puhaltimet ja kuivaimet; rakennuskuivaimet; kosteuskartoitus | byggtorkar | building dryers; moisture mapping
kunnossapidon mittarit; lämpökamera | värmekamera | thermal imaging camera
== Tekniikka ja elektroniikka
elektroniikka; elektroniikkatyöt; elektroniikan korjaus; elektroniikkalaitteet | elektronik | electronics; electronics repair
kodinkoneiden korjaus; kodinkoneet; kodinkoneiden asennus; pesukoneiden korjaus; astianpesukoneen asennus | vitvaruservice | domestic appliance repair; installing appliances
puhelinten korjaus; kännyköiden korjaus; näytön vaihto; älypuhelinten korjaus | mobilreparation | phone repair; screen replacement
televisioiden asennus; kodin elektroniikka; viihde-elektroniikka; kotiteatterit | hemelektronik | consumer electronics installation
kylmälaitteiden huolto; kylmäkoneiden huolto | kylservice | refrigeration servicing
hissiasennus; hissit; hissihuolto | hissmontering | lift installation and maintenance
koneasennus; laiteasennus; asennustyöt; asentaminen; laitteiden asennus | maskinmontering; installationsarbete | machine installation; installation work
mekaniikka; mekaaniset laitteet; koneenrakennus | mekanik | mechanics; mechanical engineering
tekninen piirtäminen; tekninen piirustus | teknisk ritning | technical drawing
automaatio-ohjelmointi; PLC; logiikkaohjelmointi | PLC-programmering | PLC programming
robotiikka; robotit; robottien käyttö; robotin ohjelmointi | robotik | robotics; operating robots
sähkötekniikka; elektroniikkasuunnittelu; piirisuunnittelu | elteknik | electrical engineering; circuit design
energiatekniikka; voimalaitos; kaukolämpö | energiteknik | energy technology; power plant operation
vesihuolto; vedenpuhdistamo; jätevedenpuhdistamo | vattenförsörjning | water supply; water treatment
== Ympäristö ja energia
ympäristönhoito; luonnonhoito; maisemanhoito; niitto; vieraslajien torjunta; lupiinien kitkentä | naturvård; landskapsvård | environmental management; landscape maintenance
retkeilyreittien kunnossapito; polkujen kunnostus; laavut; luontopolut | ledunderhåll | trail maintenance
ympäristönsuojelu; ympäristötarkastus | miljöskydd | environmental protection
energianeuvonta; energiatehokkuus | energirådgivning | energy advice; energy efficiency
`;
