// Skills: metal, wood and textile work, industrial subcontracting, assembly, packing, recycling
// and the food industry.
export default `
== Metallityö
metallityöt; metallihommat; metallityö; metallialan työt; metallin työstö | metallarbete | metalwork; metal working
hitsaus; hitsaaminen; hitsaushommat; hitsaustyöt; hitsata | svetsning; svetsa | welding
MIG-hitsaus; migihitsaus; mig-hitsaus; MAG-hitsaus; mag-hitsaus; MIG/MAG-hitsaus | MIG-svetsning; MAG-svetsning | MIG welding; MAG welding; gas metal arc welding
TIG-hitsaus; tig-hitsaus; tig | TIG-svetsning | TIG welding; tungsten inert gas welding
puikkohitsaus; puikkohitsaaminen | elektrodsvetsning | stick welding; manual metal arc welding
hitsauspätevyys; hitsaajan pätevyyskoe; hitsauskoe; pätevyyskoe | svetsarprövning | welder qualification; welding certificate
polttoleikkaus; plasmaleikkaus; kaasuleikkaus; leikkuupoltin | gasskärning; plasmaskärning | flame cutting; plasma cutting
levytyöt; levyseppä työt; ohutlevytyöt; peltityöt; pellit; ohutlevy | plåtarbete; tunnplåt | sheet metal work
särmäys; särmääminen; särmäyspuristin; särmäyskone | kantbockning | press brake operation; bending sheet metal
leikkaaminen levyleikkurilla; levyleikkuri; giljotiini; mekaaninen leikkaus | plåtsax | sheet metal shearing
stanssaus; lävistys; stanssikone; lävistäminen; lävistyskone | stansning | punching; stamping
koneistus; koneistaminen; lastuava työstö; työstäminen; koneistaa | bearbetning; skärande bearbetning | machining
sorvaus; sorvaaminen; sorvi; sorvata | svarvning | turning; lathe work
jyrsintä; jyrsiminen; jyrsin; jyrsinkone; jyrsiä | fräsning | milling
CNC-koneistus; CNC-koneet; CNC-sorvi; CNC-jyrsin; CNC-ohjelmointi; cnc | CNC-bearbetning | CNC machining; CNC programming
poraus; poraaminen; porakone; pylväsporakone; porata | borrning | drilling
hiominen metallille; metallin hionta; kulmahiomakone; rälläkkä; flexi | slipning av metall; vinkelslip | grinding metal; angle grinder
viimeistely; purseenpoisto; jäysteenpoisto; purseiden poisto | gradning | deburring; finishing
kiillotus; kiillottaminen; metallin kiillotus | polering | polishing
mittaaminen työntömitalla; mikrometri; mittavälineet; mittausvälineet; työntömitta | mätning med skjutmått | using measuring instruments; vernier calipers
piirustusten lukeminen metallialalla; konepiirustukset; työpiirustukset | läsa arbetsritningar | reading technical drawings
metallirakenteiden valmistus; teräsrakenteet; metallirakenteet; teräsrakennetyöt | stålkonstruktioner | fabricating steel structures
kokoonpanohitsaus; silloitus; silloitushitsaus | häftsvetsning | tack welding; assembly welding
seppätyöt; takominen; seppä; sepän työt | smide | blacksmithing; forging
valimotyöt; valaminen; valimo | gjuteri | foundry work; casting
kierteitys; kierteiden teko | gängning | threading
lukkosepän työt; lukkojen asennus; lukot; avainten teko | låssmedsarbete | locksmithing; key cutting
metallialan perustutkinto; kone- ja tuotantotekniikan perustutkinto; koneistajan tutkinto; hitsaajan tutkinto | grundexamen i maskin- och produktionsteknik | vocational qualification in mechanical engineering and production
tulityöt; tulityökortti; tulityölupa | heta arbeten | hot work; hot work licence
== Puutyö
puutyöt; puuhommat; puutyöt verstaalla; puusepäntyöt; puusepän työt; puutyöpaja; puuverstas | snickeri; träarbete | woodwork; joinery
huonekalujen valmistus; huonekalut; huonekalujen teko; kalusteiden valmistus | möbeltillverkning | furniture making
huonekalujen korjaus; huonekalujen entisöinti; entisöinti; tuolien korjaus; vanhojen huonekalujen kunnostus | möbelrenovering | furniture repair; furniture restoration
verhoilu; verhoileminen; verhoilija työt; tuolien verhoilu; sohvien verhoilu | stoppning; möbeltapetsering | upholstery
sorvaus puusta; puun sorvaus; puusorvi; puusorvaus | träsvarvning | wood turning
puun höyläys; höyläys; höylä; oikohöylä; tasohöylä; höylääminen | hyvling | planing wood
sahaus; sahaaminen; vannesaha; pöytäsaha; katkaisusaha; pyörösaha; saha; sahata | sågning | sawing
puun hionta; hiominen puulle; nauhahiomakone; tasohiomakone | slipning av trä | sanding wood
liimaus; liimaaminen; puuliitokset; liitokset; tappiliitokset | limning; träförband | gluing; wood joints
puuntyöstökoneet; puuntyöstökoneiden käyttö; puuntyöstö; puuntyöstökone | träbearbetningsmaskiner | operating woodworking machines
pintakäsittely puulle; puun pintakäsittely; öljyäminen; puun öljyäminen; vahaaminen | ytbehandling av trä | wood finishing
linnunpönttöjen teko; linnunpöntöt; pienpuutyöt; leikkuulautojen teko; leikkuulaudat; puiset tuotteet | fågelholkar; småsnickerier | making birdhouses; small wood products
kehystys; taulujen kehystys; kehykset | inramning | picture framing
veneenrakennus; puuveneet; veneiden korjaus | båtbygge | boat building
puuseppäalan perustutkinto; puusepän tutkinto; puualan perustutkinto | grundexamen i snickeri | vocational qualification in carpentry and joinery
CNC-puuntyöstö; CNC-reititin | CNC-träbearbetning | CNC woodworking
== Tekstiilityö
ompelu; ompeleminen; ompelin; ompelutyöt; ompeluhommat; ommella | sömnad; sy | sewing
ompelukoneen käyttö; ompelukone; teollisuusompelukone; saumuri | symaskin; overlock | operating a sewing machine; overlocker
vaatteiden korjaus; vaatekorjaus; vaatteiden korjaaminen; korjausompelu; lyhentäminen; housujen lyhennys; vetoketjun vaihto; paikkaus | klädreparation; lagning | clothing repair; alterations; mending
vaatteiden valmistus; vaatteiden teko; vaatetus; vaatteiden ompelu; mittatilausvaatteet | klädtillverkning | garment making; dressmaking
verhojen ompelu; verhot; sisustustekstiilit; tyynynpäälliset | gardinsömnad | sewing curtains; home textiles
kaavoitus; kaavojen teko; kaavat; kaavoittaminen | mönsterkonstruktion | pattern making
leikkuu kankaasta; kankaan leikkaus; leikkaaminen kankaasta; kankaat | tillskärning | fabric cutting
kirjonta; kirjominen; koneellinen kirjonta; brodeeraus | broderi | embroidery
neulonta; neulominen; villasukat; neuletyöt; kutominen puikoilla; neuloa | stickning | knitting
virkkaus; virkkaaminen; virkata | virkning | crocheting
kudonta; kutominen; kangaspuut; matonkudonta; kudotut matot | vävning | weaving; weaving rugs
painotekstiilit; silkkipaino; tekstiilipaino; painatus tekstiileihin; kankaanpainanta | textiltryck | textile printing; screen printing
nahkatyöt; nahka; nahan työstö; laukkujen teko | läderarbete | leatherwork
suutarin työt; kenkien korjaus; suutari | skomakeri | shoe repair; cobbling
tekstiilien kierrätys; kierrätysmateriaalit; uusiokäyttö; tuunaus; tuunaaminen | textilåtervinning; återbruk | textile recycling; upcycling
tekstiili- ja muotialan perustutkinto; ompelijan tutkinto; vaatetusalan koulutus | grundexamen inom textil och mode | vocational qualification in textiles and fashion
== Teollisuus, alihankinta ja kokoonpano
tehdastyöt; tehdashommat; tehdastyö; tuotantotyöt; tuotantotyö | fabriksarbete; produktionsarbete | factory work; production work
linjatyö; liukuhihna; liukuhihnatyö; kokoonpanolinja | löpande band | assembly line work; production line work
kokoonpano; kokoonpanotyöt; kokoaminen; kokoonpanotyö; kasaaminen; osien kokoaminen | montering; monteringsarbete | assembly; assembly work
mekaaninen kokoonpano; koneiden kokoonpano; ruuvaaminen; mutterinväännin; akkuporakone | mekanisk montering | mechanical assembly; screwing components
elektroniikan kokoonpano; piirilevyjen kokoonpano; piirilevyt; elektroniikkakokoonpano; komponenttien ladonta | elektronikmontering | electronics assembly; circuit board assembly
juottaminen elektroniikassa; juotos; tinajuotto; juotin | lödning av elektronik | soldering electronics
johdinsarjojen valmistus; johdinsarjat; kaapelisarjat; kaapeleiden valmistus | kabelstammar | wire harness assembly; cable assembly
alihankintatyöt; teollinen alihankinta; alihankintatyö; sarjatyöt; sarjatuotanto; alihankinta | underleverantörsarbete | industrial subcontracting; contract manufacturing
laaduntarkastus; laaduntarkkailu; tarkastaminen; laatu; laadun tarkistaminen; laadunvalvonta | kvalitetskontroll | quality control; quality inspection
koneenhoito; koneen käyttö; koneiden käyttö; koneenkäyttäjä; koneiden valvonta; tuotantokoneiden käyttö | maskinskötsel | machine operation; operating production machines
prosessinhoito; prosessin valvonta; prosessiteollisuus; tuotantolinjan valvonta; prosessinvalvonta | processövervakning | process operation; process monitoring
raaka-aineiden annostelu; raaka-aineet; raaka-aineiden lisääminen; punnitus; annostelu | dosering av råvaror | dosing raw materials
muovituotteiden valmistus; ruiskuvalu; ruiskuvalukone; muovit; muovityöt | formsprutning | plastic injection moulding
kumituotteiden valmistus; kumityöt | gummitillverkning | rubber products manufacturing
lasikuitutyöt; lujitemuovi; laminointi lujitemuoville | glasfiberarbete | fibreglass work
maalaamotyöt; maalaamo; pintakäsittelylaitos | målningsverkstad | paint shop work
kunnossapito; kunnossapitotyöt; koneiden huolto; laitteiden huolto; koneiden korjaus; teollisuuden kunnossapito | underhåll | industrial maintenance; machine maintenance
hydrauliikka; pneumatiikka; hydrauliikkajärjestelmät | hydraulik; pneumatik | hydraulics; pneumatics
voitelu; koneiden voitelu; rasvaus | smörjning | lubrication
5S; työpisteen järjestys; lean; lean-menetelmät | 5S; lean | 5S; lean methods
työohjeiden noudattaminen; työohjeet; ohjeiden mukaan työskentely | följa arbetsinstruktioner | following work instructions
tuotannon kirjaukset; tuotantomäärien kirjaus | produktionsrapportering | recording production
teollisuuden perustutkinto; tuotantotekniikan koulutus; prosessiteollisuuden perustutkinto | grundexamen i processindustri | vocational qualification in process industry
== Pakkaus
pakkaaminen; pakkaus; pakkaustyöt; pakkaushommat; pakata | packning; packa | packing; packaging
tuotteiden pakkaaminen; tuotteiden pakkaus; pakkaaminen laatikoihin; laatikot; pahvilaatikot | packning av produkter | packing products into boxes
pakkauskoneen käyttö; pakkauskone; pakkauslinja; kutistekalvo; vanteutus; vanteutuskone | förpackningsmaskin | operating packing machines
tarroitus; tarrojen kiinnitys; etiketöinti; tuotteiden merkintä; tarrat; merkintä | etikettering; märkning | labelling; product labelling
kokoaminen ja pakkaus; kokoamistyöt; pussitus; pussittaminen; pussitin | montering och packning | kitting; bagging
lähetysten pakkaus; postipakettien pakkaus; paketointi; paketit | packning av försändelser | packing parcels; packing shipments
lavaus; lavaaminen; lavat; kuormalavat; lavojen kasaus | pallning; lastpallar | palletising; stacking pallets
muovitus; kelmutus; kalvotus | plastning | shrink wrapping
käsipakkaus; käsin pakkaaminen | handpackning | hand packing
alihankintapakkaus; pakkaustyöt työkeskuksessa; kokoonpano- ja pakkaustyöt | legopackning | contract packing
== Kierrätys
kierrätys; kierrättäminen; kierrätystyöt; kierrätyshommat; kierrätyskeskus | återvinning | recycling
elektroniikkaromun purku; elektroniikkaromun purkaminen; elektroniikkaromu; sähkö- ja elektroniikkaromu; SER-purku; elektroniikan purku; romun purku | demontering av elektronikskrot | dismantling electronic waste; e-waste recycling
laitteiden purkaminen; purkaminen osiin; tietokoneiden purkaminen; kännyköiden purku; purkutyö; osiin purkaminen | demontering | dismantling devices
metallien lajittelu; metallit; metalliromu; romumetalli; metallien erottelu | sortering av metaller | sorting metals; scrap metal
muovien lajittelu; muovit lajitteluun; muovinkeräys | plastsortering | sorting plastics
vaarallisten jätteiden käsittely; ongelmajätteet; vaaralliset jätteet; akut ja paristot | farligt avfall | handling hazardous waste
kierrätystavaroiden lajittelu; lahjoitusten lajittelu; kirpputoritavarat; lajittelu kirpputorilla; tavaroiden lajittelu | sortering av återbruksvaror | sorting donated goods
kirpputorityöt; kirpputori; kirppis; second hand -myynti; kierrätysmyymälä | loppis; second hand | second-hand shop work; charity shop work
huonekalujen kunnostus kierrätykseen; kunnostaminen myyntiin; tuunaus myyntiin | renovering för återbruk | refurbishing goods for resale
jäteasemalla työskentely; jäteasema; jätekeskus; vastaanotto jäteasemalla | avfallsstation | working at a waste station
jätteenkeruu; jätteiden keräys; roska-autot; jäteauto; jätteiden kuljetus | avfallsinsamling | waste collection; refuse collection
paperinkeräys; pahvinkeräys; keräyspaperi | pappersinsamling | paper and cardboard collection
tietoturvallinen tuhoaminen; asiakirjojen tuhoaminen; silppuri; tietojen hävittäminen | säker destruktion; dokumentförstöring | secure destruction; shredding documents
== Elintarviketeollisuus
elintarviketeollisuuden työt; elintarviketeollisuus; elintarviketehdas; ruokatehdas; elintarviketuotanto | livsmedelsindustri | food industry work; food production
lihanleikkuu; lihan leikkaus; lihanleikkaaja; lihatyöt; paloittelu; lihanjalostus | styckning | meat cutting; butchery
makkaroiden valmistus; lihajalosteet; leikkeleet | charkuteri | sausage making; processed meat production
meijerityöt; meijeri; maitotuotteiden valmistus; juustonvalmistus | mejeriarbete | dairy production; cheese making
elintarvikkeiden pakkaaminen; ruoan pakkaaminen; pakkaaminen elintarviketehtaalla | förpackning av livsmedel | packing food products
elintarvikehygienia; hygieniaohjeet; omavalvonta | livsmedelshygien; egenkontroll | food hygiene; food safety self-monitoring
kasvisten esikäsittely; vihannesten kuorinta; perunoiden kuorinta; kasvisten pilkkominen; kuorinta | förberedning av grönsaker | preparing vegetables; peeling
juomateollisuus; panimo; juomien pullotus; pullotus | dryckesindustri; tappning | beverage production; bottling
`;
