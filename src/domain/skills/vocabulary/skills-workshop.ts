// Skills: the detailed tasks of workshop work in employment units (textile, wood, metal,
// electronics, printing and packing) and of vehicle and machine repair.
export default `
== Tekstiili, tarkemmin
napinläpien ompelu; nappien ompelu; nappien vaihto | knapphål; sy i knappar | sewing buttons and buttonholes
vetoketjujen ompelu; vetoketjun korjaus | blixtlås | sewing zips
päärmäys; päärmeet; lyhennykset; helmojen lyhennys | fållning | hemming
saumojen ompelu; saumaus ompelukoneella; suorat saumat | sömmar | sewing seams
kankaan silitys ja leikkuu; kaavojen siirto kankaalle | tillskärning och strykning | cutting and pressing fabric
mittojen otto; mittojen ottaminen asiakkaasta | ta mått | taking measurements for clothing
työvaatteiden ompelu; suojavaatteet; työvaatteiden korjaus | arbetskläder | sewing and repairing workwear
kassien ompelu; kangaskassit; laukut; reppujen korjaus | väskor | sewing bags
tekstiilien merkintä; nimikointi; nimilaput; kirjailukone | märkning av textilier | labelling textiles; name tagging
painatus vaatteisiin; lämpösiirtopainatus; painokuvat paitoihin; t-paitapainatus | transfertryck | printing on clothing; heat transfer printing
tekstiilien lajittelu kierrätykseen; poistotekstiilit; kierrätyskuitu | sortering av textilier | sorting textiles for recycling
mattojen kudonta; räsymatot; matot kangaspuilla | mattvävning | weaving rag rugs
lankojen värjäys; kasvivärjäys; värjääminen | färgning av garn | dyeing yarn
nuken vaatteet; pehmolelut; pehmolelujen ompelu | mjukisdjur | sewing soft toys
suutarin korjaustyöt; kenkien korot; avaimet ja kaiverrukset | klackning | heel repairs; key cutting and engraving
== Puu, tarkemmin
puusepänkoneiden turvallinen käyttö; koneturvallisuus | maskinsäkerhet | safe use of woodworking machines
työkalujen teroitus; terien teroitus; teroittaminen | slipning av verktyg | sharpening tools
huonekalujen maalaus; huonekalujen pintakäsittely; lakkaus huonekaluihin | möbelmålning | painting and finishing furniture
kalusteiden asennus; kalusteasennukset; hyllyjen asennus; hyllyt seinään | möbelmontering på plats | installing shelves and fittings
puisten lelujen valmistus; puulelut | träleksaker | making wooden toys
kalusteiden suunnittelu; piirustuksen teko kalusteesta | möbeldesign | designing furniture
sahatavaran käsittely; sahatavara; lautatavara; lajittelu sahalla | sågade trävaror | handling sawn timber
höylä- ja sahalaitos; sahateollisuus | sågverk | sawmill work
levytuotteet; vaneri; lastulevy; MDF | skivmaterial | panel products; plywood
puun kuivaus; kuivaamo | virkestorkning | timber drying
ovien ja ikkunoiden valmistus; ikkunatehdas; ovitehdas | dörr- och fönstertillverkning | door and window manufacturing
hirsien veisto; hirsikehikot | timmerhuggning | hewing logs
== Metalli, tarkemmin
hitsausrailot; railonvalmistus; viisteet | svetsfogar | weld preparation
hitsaussaumojen tarkastus; silmämääräinen tarkastus | svetskontroll | inspecting welds
ruostumaton teräs; rst-hitsaus; haponkestävä teräs | rostfritt stål | stainless steel work
alumiinihitsaus; alumiini | aluminiumsvetsning | aluminium welding
putkien taivutus; taivutus; taivutuskone | rörbockning | pipe bending
pistehitsaus | punktsvetsning | spot welding
robottihitsaus; hitsausrobotti | robotsvetsning | robotic welding
metallin sahaus; vannesaha metallille; katkaisu | metallsågning | cutting metal
metallirakenteiden kokoaminen; kokoonpano metallista | montering av metallkonstruktioner | assembling metal structures
terästen tuntemus; materiaalitekniikka | materialkunskap | knowledge of metals and materials
nostot ja siirrot konepajassa; siltanosturin käyttö; nosturin ohjaus | lyft i verkstad | using overhead cranes in workshops
konepajatyöt; konepaja; konepajatyö | verkstadsarbete | machine shop work; engineering workshop
särmäyksen ohjelmointi; särmäyskoneen asetukset | programmering av kantpress | programming a press brake
laserleikkurin käyttö; laserleikkaus metallille; vesileikkaus | laserskärning | operating laser cutters
koneiden asettaminen; koneen asettaminen; asettajan työt; koneiden asetus | ställarbete | machine setting
mittapöytäkirjat; mittaustulokset; mittauskone; 3D-mittaus | mätprotokoll | dimensional inspection reports
== Elektroniikka ja kierrätys, tarkemmin
tietokoneiden osien erottelu; komponenttien erottelu; piirilevyjen erottelu | separering av komponenter | separating computer components
kaapeleiden kuorinta; kuparin erottelu | kabelskalning | stripping cables
akkujen ja paristojen lajittelu; litiumakut | batterisortering | sorting batteries
näyttöjen purkaminen; televisioiden purkaminen; loisteputkien käsittely | demontering av skärmar | dismantling screens and televisions
tietojen poisto laitteista; kiintolevyjen tyhjennys; kovalevyjen tuhoaminen | dataradering | wiping data from devices
laitteiden testaus ja kunnostus; käytettyjen laitteiden kunnostus; kunnostetut tietokoneet | test och renovering av apparater | testing and refurbishing used devices
kodinkoneiden purku; kylmälaitteiden käsittely | demontering av vitvaror | dismantling household appliances
kierrätyksen dokumentointi; punnitus ja kirjaus; jätekirjanpito | avfallsdokumentation | recording recycled materials
== Paino, kopiointi ja viimeistely
käyntikorttien teko; käyntikortit; esitteiden painatus; esitteet | visitkort; broschyrer | printing business cards and brochures
julisteiden tulostus; suurkuvatulosteet; bannerit | affischtryck | printing posters and banners
kirjekuorten täyttö; kuoritus; postituskoneet; massapostitus | kuvertering | filling envelopes; mass mailing
osoitetarrat; osoitteiden tulostus; osoiterekisteri | adressetiketter | address labels
vihkojen ja kirjasten teko; vihkot; taittaminen | häftning av broschyrer | making booklets
aineistojen tarkastus; vedokset; vedostus | korrektur | checking print proofs
painokoneen käyttö; digitaalinen painokone; tuotantotulostin | tryckmaskin | operating printing machines
silkkipainatus; seripaino | screentryck | screen printing
== Kone- ja ajoneuvokorjaus, tarkemmin
ilmastointihuolto; auton ilmastointi | AC-service | vehicle air conditioning service
kytkimen vaihto; vaihteistot; voimansiirto | kopplingsbyte | clutch and transmission repair
akkujen vaihto; akut | batteribyte | replacing car batteries
lasinvaihto; tuulilasit; tuulilasin vaihto | vindrutebyte | windscreen replacement
ajoneuvojen tarkastus; ajoneuvon kunnon tarkastus; tarkastuslista | fordonskontroll | vehicle checks
autojen varustelu; lisävarusteiden asennus; vetokoukut | biltillbehör | fitting vehicle accessories; tow bars
maalauksen esikäsittely; autojen hiominen; kittaus autoon | förarbete inför lackering | preparing vehicles for painting
korjaamon asiakaspalvelu; työmääräimet; huoltoneuvonta | serviceråd | workshop customer service; service advice
rengashotellin hoito; renkaiden varastointi | däckhotell | tyre storage
pyörän rakentaminen; polkupyörien kokoaminen | cykelmontering | assembling bicycles
navat ja laakerit; laakerit; laakerien vaihto | lagerbyte | replacing bearings
moottorikäyttöisten laitteiden huolto; lumilingot; lehtipuhaltimet; trimmerit | service av motordrivna redskap | servicing snow blowers and garden machines
veneiden talvisäilytys; veneiden nosto | båtförvaring | boat winter storage
moottorisahan teroitus; teräketjut | kedjeslipning | chainsaw sharpening
hitsaus korjaustöissä; korjaushitsaus | reparationssvetsning | repair welding
`;
