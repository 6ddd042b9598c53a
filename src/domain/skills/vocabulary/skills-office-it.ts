// Skills: office work, copying and printing, finance, IT support, programming and digital skills.
export default `
== Toimistotyö
toimistotyöt; toimistotyö; toimistohommat; toimistotehtävät; toimistoapulaisen työt | kontorsarbete | office work; clerical work
arkistointi; arkistoida; arkistotyöt; arkisto; mapitus; kansiointi | arkivering | filing; archiving
postin käsittely; postitus; postitukset; kirjeiden postitus; sisäinen posti; postin avaaminen | posthantering | handling mail; mailing
tiedon tallennus; tallennus; tallentaminen; tietojen syöttö; syöttäminen; tallennustyöt; datan syöttö | datainmatning | data entry
skannaus; skannaaminen; laskujen skannaus; asiakirjojen skannaus; digitointi; digitoiminen; skannata | skanning; digitalisering | scanning documents; digitising
kopiointi; kopioiminen; kopiokone; kopiot; monistus; monistaminen; kopioida | kopiering | photocopying; copying
tulostus; tulostaminen; tulostin; suurkuvatulostus; tulosteet | utskrifter | printing
laminointi; laminoiminen; laminoida; laminointikone | laminering | laminating
sidonta; nitominen; asiakirjojen sidonta; nidonta ja sidonta; nidonta; kierresidonta | bindning; häftning | binding; stapling
painotuotteiden viimeistely; paperileikkuri; taitto ja nuuttaus | efterbehandling av trycksaker | print finishing; cutting paper
painotyöt; painaminen; painotalo; painokone; digipaino; offsetpaino | tryckeriarbete | printing press work
puhelinvaihde; puhelinvaihteen hoito; puheluiden yhdistäminen | telefonväxel | operating a switchboard
vastaanottotyö toimistossa; aulapalvelu; aulapalvelut; infopiste; asiakkaiden vastaanotto; vastaanottovirkailija | receptionsarbete | reception work; front desk
ajanvaraus; ajanvaraukset; ajanvarausjärjestelmä | tidsbokning | booking appointments
kalenterin hallinta; kokousjärjestelyt; kokousten järjestäminen; kokoustarjoilu | kalenterhantering; mötesplanering | diary management; arranging meetings
pöytäkirjojen kirjoittaminen; pöytäkirjat; muistiot; muistiinpanot | protokollföring | taking minutes
asiakirjojen laatiminen; asiakirjat; kirjeiden kirjoittaminen; tekstinkäsittely; dokumentit | dokumenthantering | writing documents; word processing
kirjanpito; tilitoimisto; kirjanpidon tehtävät; kirjaukset; tiliöinti | bokföring | bookkeeping; accounting
palkanlaskenta; palkkojen laskeminen; palkkahallinto | lönehantering; löneräkning | payroll
laskutus; laskujen laatiminen; laskuttaminen; laskut | fakturering | invoicing; billing
ostoreskontra; myyntireskontra; reskontra; laskujen käsittely; ostolaskut; maksuliikenne | reskontra; leverantörsreskontra | accounts payable; accounts receivable
perintä; saatavien perintä; perintätyö | inkasso | debt collection
budjetointi; talousarviot; talouden seuranta | budgetering | budgeting
tilastointi; tilastot; raportointi; raportit; raporttien teko | statistik; rapportering | reporting; statistics
henkilöstöhallinto; HR; rekrytointi; työhaastattelut | personaladministration; rekrytering | human resources; recruitment
hankinnat; ostot; tilausten tekeminen; ostotoiminta | inköp | purchasing; procurement
toimistotarvikkeiden tilaaminen; tarvikkeiden tilaus | beställning av kontorsmaterial | ordering office supplies
asiakasrekisterin ylläpito; rekisterit; rekisterin ylläpito; CRM | kundregister | maintaining customer records; CRM
tietosuoja; GDPR; salassapito | dataskydd | data protection; confidentiality
liiketalouden perustutkinto; merkonomin tutkinto; toimistoalan koulutus; sihteerin koulutus | grundexamen i affärsverksamhet | vocational qualification in business administration
taloushallinnon koulutus; tradenomi; kirjanpidon koulutus | ekonomiutbildning | training in financial administration; bachelor of business administration
kääntäminen; käännöstyöt; tulkkaus; tulkkaaminen | översättning; tolkning | translating; interpreting
oikoluku; oikolukeminen; tekstien tarkistus; kielentarkistus | korrekturläsning | proofreading
== Digitaidot
tietokoneen käyttö; tietokoneen peruskäyttö; tietokonetaidot; atk-taidot; atk; tietotekniikan perustaidot; tietokoneet | datorvana; datoranvändning | computer skills; basic IT skills
Microsoft Office; office-ohjelmat; toimisto-ohjelmat; ms office | Microsoft Office | Microsoft Office; office software
Word-tekstinkäsittely; tekstinkäsittelyohjelma; word-ohjelma | Word | Microsoft Word
Excel; excel taulukot; excel-taulukot; taulukot; taulukkolaskenta | Excel; kalkylprogram | Microsoft Excel; spreadsheets
PowerPoint; esitysgrafiikka; diaesitykset | PowerPoint | Microsoft PowerPoint; presentations
Outlook; sähköposti; sähköpostin käyttö; sähköpostit | e-post; Outlook | email; Microsoft Outlook
etäkokoukset; Teams-kokoukset; Zoom; videopuhelut; verkkokokoukset | distansmöten | video meetings; Microsoft Teams
Google-työkalut; Google Docs; Google Drive | Google-verktyg | Google Workspace
sosiaalinen media; some; somettaminen; somen käyttö; Instagram; Facebook; TikTok | sociala medier | social media
somemarkkinointi; sosiaalisen median markkinointi; somepäivitykset; sisällöntuotanto somessa | marknadsföring i sociala medier | social media marketing
verkkoasiointi; sähköinen asiointi; verkkopankki; digiasiointi | e-tjänster | using online services
älypuhelimen käyttö; älypuhelin; kännykän käyttö; sovellukset | smarttelefon | using a smartphone; mobile apps
koneella kirjoittaminen; kymmensormijärjestelmä; näppäily | maskinskrivning | touch typing
== IT-tuki
IT-tuki; it-tuki; mikrotuki; lähituki; tukipalvelut; tietotekniikkatuki; helpdesk; help desk; käyttäjätuki; IT-tukityöt | IT-support; helpdesk | IT support; help desk; user support
käyttäjien neuvonta; käyttäjien opastus; neuvonta puhelimessa | användarstöd | advising users; user guidance
tietokoneiden asennus; koneiden asennus; työasemien asennus; käyttöönotot; tietokoneiden käyttöönotto | installation av datorer | installing computers; setting up workstations
käyttöjärjestelmien asennus; windowsin asennus; windowsin uudelleenasennus; uudelleenasennukset; uudelleenasennus; linux; macOS | installation av operativsystem | installing operating systems; reinstalling Windows
ohjelmistojen asennus; ohjelmien asennus; sovellusten asennus; päivitykset; ohjelmistopäivitykset | programinstallation | installing software; software updates
salasanojen resetointi; salasanojen vaihto; salasanat; käyttäjätunnukset; tunnusten hallinta; resetoida | lösenordsåterställning; användarkonton | password resets; user account management
tietokoneiden korjaus; koneiden korjaus; tietokoneiden huolto; tietokonehuolto; tietokoneiden korjausta; mikrohuolto | datorreparation | computer repair
tietokoneiden kokoaminen; koneiden kokoaminen; komponenttien vaihto; osien vaihto tietokoneeseen; tietokoneen rakentaminen | datorbygge | building computers; replacing components
virustorjunta; virusten poisto; haittaohjelmien poisto; tietoturva; tietoturvaohjelmat | virusskydd; informationssäkerhet | virus removal; information security
tietoverkot; verkkoyhteydet; lähiverkko; wlan; reitittimet; verkkojen asennus; verkon ylläpito | nätverk | computer networks; setting up networks
palvelimet; palvelinten ylläpito; palvelinylläpito; Active Directory; järjestelmänhallinta | serverdrift; systemadministration | server administration; system administration
tulostimien asennus; tulostinhuolto; tulostimet | skrivarinstallation | printer installation and support
puhelinten käyttöönotto; mobiililaitteet; puhelinten asennus | mobila enheter | setting up mobile devices
varmuuskopiointi; varmuuskopiot; tietojen palautus | säkerhetskopiering | backups; data recovery
tikettijärjestelmä; tiketit; palvelupyynnöt; ServiceNow | ärendehantering | ticketing systems; handling service requests
laitteiden inventointi; laitekirjanpito; IT-laitteiden kierrätys; laitteiden tyhjennys | inventering av IT-utrustning | IT asset management
tieto- ja viestintätekniikan perustutkinto; datanomi; IT-alan koulutus; tietotekniikan koulutus | grundexamen i informations- och kommunikationsteknik | vocational qualification in ICT
== Ohjelmointi ja verkkosivut
ohjelmointi; ohjelmoida; koodaus; koodaaminen; koodailu; ohjelmistokehitys; sovelluskehitys; koodata | programmering | programming; software development; coding
Python; python | Python | Python
JavaScript; javascript; js; TypeScript; typescript | JavaScript | JavaScript; TypeScript
Java; java; javaa | Java | Java
C#; .NET; dotnet; C-sharp | C#; .NET | C#; .NET
PHP; php; WordPress; wordpress | PHP; WordPress | PHP; WordPress
HTML ja CSS; html; css; HTML; CSS | HTML och CSS | HTML and CSS
SQL; tietokannat; tietokantojen käyttö; sql; tietokanta | SQL; databaser | SQL; databases
verkkosivujen teko; nettisivujen teko; nettisivut; verkkosivut; kotisivut; kotisivujen teko; verkkosivujen tekeminen; web-sivut; websivut | webbsidor; webbutveckling | building websites; web development
verkkosivujen päivitys; julkaisujärjestelmä; verkkosivujen ylläpito; sisällönhallinta | webbpublicering | updating websites; content management
mobiilisovellukset; mobiilikehitys; sovellusten teko | mobilapputveckling | mobile app development
ohjelmistotestaus; testaus; testaaminen; testiautomaatio | mjukvarutestning | software testing
peliohjelmointi; pelien teko; pelikehitys; Unity | spelutveckling | game development
data-analyysi; datan analysointi; tiedon analysointi; Power BI | dataanalys | data analysis
versionhallinta; git; github | versionshantering | version control; git
pilvipalvelut; Azure; AWS | molntjänster | cloud services
tekoäly; koneoppiminen; ChatGPT | artificiell intelligens | artificial intelligence; machine learning
`;
