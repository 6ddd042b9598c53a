// Skills: park and yard work, gardening, forestry, farming and animal care.
export default `
== Puisto- ja pihatyöt, viherala
puistotyöt; puistohommat; puistojen hoito; puistonhoito; viheralueiden hoito; viherhoito | parkarbete; skötsel av grönområden | park maintenance; grounds maintenance
ruohonleikkuu; nurmikon leikkuu; nurmikon leikkaus; nurmikoiden leikkuu; ruohonleikkuri; ruohon leikkaaminen; nurmikot; nurmikkojen hoito | gräsklippning | mowing lawns; lawn mowing
ajoleikkurin käyttö; ajoleikkuri; traktorileikkuri | åkgräsklippare | operating a ride-on mower
trimmerin käyttö; trimmeri; siimaleikkuri; raivaussaha reunoille | grästrimmer | strimming; using a grass trimmer
haravointi; haravoida; lehtien haravointi; lehtipuhallin; lehtien keruu | krattning; lövräfsning | raking; leaf raking
pensaiden leikkaus; pensasaitojen leikkaus; pensasleikkuri; pensaat | häckklippning | hedge trimming; pruning shrubs
puiden ja pensaiden istutus; istutus; istuttaminen; taimien istutus; kukkien istutus; istutustyöt; istuttaa | plantering | planting; planting trees and shrubs
kukkapenkkien hoito; kukkaistutukset; kesäkukat; perennat; kukkapenkit | rabattskötsel | maintaining flower beds
kitkentä; kitkeminen; rikkaruohojen poisto; kitkeä | rensning | weeding
kastelu; kasteleminen; kastella; kastelujärjestelmät; kukkien kastelu | vattning | watering; irrigation
puiden leikkaus; puiden leikkaaminen; oksien karsinta; karsiminen; hedelmäpuiden leikkaus | trädbeskärning | pruning trees
viherrakentaminen; pihojen rakentaminen; pihan rakentaminen; pihasuunnittelu; viherrakennustyöt | anläggning av grönytor | landscaping; landscape construction
nurmikon perustaminen; kylvö; nurmetus; kylväminen; siemenet | gräsanläggning; sådd | laying lawns; sowing
multaus; mullan levitys; katteen levitys; kate | jordförbättring | spreading soil and mulch
puutarhatyöt; puutarhahommat; puutarhanhoito; puutarha | trädgårdsarbete | gardening; garden work
kasvihuonetyöt; kasvihuone; kasvihuoneviljely | växthusarbete | greenhouse work
taimikasvatus; taimien kasvatus; taimet; koulinta | plantodling | growing seedlings; propagating plants
kasvien hoito; viherkasvien hoito; huonekasvit; kasvit | växtskötsel | plant care
vihannesten viljely; kasvimaa; vihannekset; avomaanviljely | grönsaksodling | vegetable growing
sadonkorjuu; kurkkujen poiminta; tomaattien poiminta; sadon korjaaminen; poiminta | skörd | harvesting; picking vegetables
marjanpoiminta; marjojen poiminta; mansikoiden poiminta; marjastus; mansikanpoiminta; mustikanpoiminta | bärplockning | berry picking; strawberry picking
sienestys; sienten poiminta | svampplockning | mushroom picking
hautausmaan hoito; haudanhoito; hautojen hoito; hautausmaa | kyrkogårdsskötsel | cemetery maintenance; grave care
haudankaivuu; hautojen kaivaminen | gravgrävning | grave digging
leikkipaikkojen tarkastus; leikkipuistot; leikkivälineet | lekplatsinspektion | playground inspection
ulkoalueiden siivous; katujen puhtaanapito; katujen harjaus; katujen siivous; lakaisu; lakaiseminen | gatustädning; sopning | street cleaning; sweeping
pienkoneiden käyttö puistotöissä; pienkoneet; puutarhakoneet | trädgårdsmaskiner | using garden machinery
traktorin käyttö; traktorilla ajo; traktori; traktorin ajaminen; traktorityöt | traktorkörning | driving a tractor; operating a tractor
moottorisahan käyttö; moottorisaha; moottorisahatyöt; sahaaminen moottorisahalla | motorsågsanvändning | using a chainsaw; chainsaw work
raivaussahan käyttö; raivaussaha | röjsåg | using a clearing saw; brush cutter
puutarha-alan perustutkinto; viherrakentajan koulutus; puutarhurin tutkinto | grundexamen i trädgårdsodling | vocational qualification in horticulture
== Metsä
metsätyöt; metsähommat; metsurin työt; metsurin hommat; metsänhoito; metsänhoitotyöt | skogsarbete; skogsvård | forestry work; forest management
puiden kaataminen; puiden kaato; puunkaato; kaataa puita | trädfällning; fälla träd | felling trees; tree felling
polttopuiden teko; polttopuut; halkojen teko; halot; klapit; polttopuiden tekeminen; halkojen hakkuu; pilkkominen; puiden pilkkominen; klapien teko | vedhuggning; ved | making firewood; chopping firewood; firewood processing
puiden karsinta; oksien karsiminen; puiden karsiminen; karsinta | kvistning | delimbing; limbing trees
taimikonhoito; taimikon hoito; taimikoiden raivaus; raivaus; raivaaminen; ennakkoraivaus | röjning; plantskötsel | young forest management; clearing saplings
metsänistutus; taimien istutus metsään; metsänuudistaminen; puiden istutus | skogsplantering | tree planting; reforestation
metsäkoneen kuljettaminen; metsäkone; harvesteri; kuormatraktori; motoilla ajo; ajokoneella ajo | skogsmaskin; skördare; skotare | operating forestry machines; harvester; forwarder
puutavaran kuormaus; puutavara; tukit; tukkien kuormaus | virkeslastning | loading timber
puunhakkuu; hakkuut; hakkuutyöt; hakkuu | avverkning | logging; timber harvesting
pihapuiden kaato; vaarallisten puiden kaato; pihapuut; puunkaato pihalta | trädfällning på tomt | felling garden trees; removing hazardous trees
arboristin työt; puunhoito; kiipeily puissa | arboristarbete | arboriculture; tree surgery
metsäalan perustutkinto; metsurin koulutus; metsäkoneenkuljettajan tutkinto | grundexamen inom skogsbranschen | vocational qualification in forestry
kirveen käyttö; kirves | yxa | using an axe
klapikone; halkokone; halkaisukone | vedklyv | using a firewood processor; log splitter
== Maatalous ja eläimet
maataloustyöt; maatilan työt; maatilatyöt; maatalous; maatila | jordbruksarbete; gårdsarbete | farm work; agricultural work
karjanhoito; karjan hoito; karjatalous; lehmien hoito; lehmät; nautojen hoito; naudat; karja | boskapsskötsel; djurskötsel på gård | livestock care; cattle care
lypsy; lypsäminen; lypsyrobotti; lypsyasema; lypsää | mjölkning | milking
navetan siivous; navettatyöt; lannanluonti; kuivikkeet; navetta | ladugårdsarbete; utgödsling | cleaning the cowshed; mucking out
ruokinta; eläinten ruokinta; ruokkiminen; rehut | utfodring | feeding animals
sikojen hoito; sikala; siat | svinskötsel | pig husbandry
lampaiden hoito; lampaat; kerintä | fåruppfödning | sheep husbandry
kanojen hoito; kanala; kanat; siipikarja; munien keruu | hönsskötsel | poultry care; collecting eggs
hevosten hoito; tallityöt; hevoset; hevostenhoito | hästskötsel; stallarbete | horse care; stable work
ratsastus; ratsastaminen; ratsastuksen ohjaus | ridning | horse riding
lomitus; maatalouslomitus; lomittaminen | avbytarservice | farm relief work
peltotyöt; kylvötyöt; kyntäminen; äestys; viljanviljely; vilja; puinti | fältarbete; sådd | field work; ploughing; grain farming
maatalouskoneiden käyttö; maatalouskoneet; puimuri | jordbruksmaskiner | operating farm machinery
eläintenhoito; eläinten hoito; eläimet | djurskötsel | animal care
lemmikkieläinten hoito; lemmikit; koirien hoito; kissojen hoito; koirahoitola; kissahoitola; lemmikkien hoito | djurpassning; hundvård | pet care; looking after dogs and cats
koirien ulkoilutus; ulkoiluttaminen; koirien lenkitys; ulkoiluttaa | hundrastning | dog walking
koirien trimmaus; trimmaus; lemmikkien trimmaus; turkinhoito | hundtrimning | dog grooming
eläinlääkärin avustaminen; eläinklinikka | veterinärassistans | assisting a veterinarian
kalastus; kalastaminen; verkkokalastus; ammattikalastus | fiske | fishing
kalanviljely; kalankasvatus; kalanjalostus; kalan perkaus; perkaus; kalan fileointi; fileointi | fiskodling; rensning av fisk | fish farming; gutting and filleting fish
mehiläistarhaus; mehiläiset; hunaja | biodling | beekeeping
maaseutuyrittäjän perustutkinto; maatalousalan koulutus; eläintenhoitajan tutkinto | grundexamen i lantbruk | vocational qualification in agriculture
`;
