// Skills: the smaller tasks people list in CVs, by trade.
export default `
== Rakennus- ja remonttityöt, pienemmät
ikkunoiden kunnostus; vanhojen ikkunoiden kunnostus; ikkunoiden maalaus | fönsterrenovering | restoring windows
ovien kunnostus; ovien maalaus; ovien hionta | dörrenovering | restoring doors
lattioiden kunnostus; lattioiden korjaus; narisevat lattiat | golvrenovering | repairing floors
tiilikatot; kattotiilet; tiilikaton korjaus | tegeltak | tile roofs
kattoluukut; läpiviennit katolla; katon läpiviennit | takgenomföringar | roof penetrations
seinien purku; kevyiden seinien purkaminen; kaakelien piikkaus | rivning av väggar | removing walls; stripping tiles
reikien poraus seinään; kiinnitykset; tulpat | borrning i vägg | drilling and fixing to walls
verhotankojen ja taulujen ripustus; ripustaminen; hyllyjen kiinnitys | upphängning | hanging curtains, pictures and shelves
huonekalujen siirto; kalusteiden siirto remontissa | flytt av möbler | moving furniture for renovation
pienet putkityöt; vuotavan hanan korjaus; tiivisteiden vaihto hanaan | små rörarbeten | minor plumbing repairs; fixing dripping taps
suihkun asennus; suihkusetit; suihkuseinät | duschmontering | installing showers
pesukoneen liitäntä; astianpesukoneen liitäntä | anslutning av tvättmaskin | connecting washing machines
lattiakaivot; lattiakaivon puhdistus; lattiakaivon vaihto | golvbrunnar | floor drains
käyttövesiputket; lämminvesivaraaja; vedenlämmitin | varmvattenberedare | hot water heaters
kodin pienet sähkötyöt; sulakkeiden vaihto; vikavirtasuojat; jatkojohdot | enkla elarbeten | minor electrical work at home; changing fuses
maadoitukset; maadoitusmittaus | jordning | earthing
valaistuksen ohjaus; himmentimet; KNX; älykoti | belysningsstyrning; smarta hem | lighting control; smart home systems
ovikellot ja ovipuhelimet; ovipuhelinjärjestelmä | porttelefoner | door entry systems
pihavalaistus; ulkovalaistus; pylväsvalaisimet | utomhusbelysning | outdoor lighting
sähköliittymät; työmaasähkö; työmaakeskus | byggström | temporary site power
rappauksen korjaus; rappauksen paikkaus | putslagning | repairing render
savupiipun korjaus; piipun pellitys; piipunhattu | skorstensreparation | chimney repairs
kuistit ja katokset; katoksen rakentaminen; autokatos | carport | building porches and carports
puuportaat; ulkoportaat; portaiden korjaus | trätrappor | wooden stairs; outdoor steps
lasitetut terassit; terassilasitus | inglasad altan | glazed terraces
== Siivous ja kotityöt, pienemmät
uunin puhdistus; liesituulettimen puhdistus; jääkaapin pesu | ugnsrengöring | cleaning ovens and fridges
kaappien pesu; kaappien sisäpesu | skåptvätt | washing cupboards
verhojen pesu ja ripustus; verhojen vaihto | gardintvätt | washing and hanging curtains
kodin järjestäminen; tavaroiden järjestely; järjestely | organisera hemmet | home organising; decluttering
kotieläinten hoito kotona; kotieläimet | husdjur | looking after pets at home
kukkien kastelu; viherkasvien kastelu | blomvattning | watering plants
lasten vaatteiden huolto; pyykkihuolto perheelle | barnkläder | caring for children's clothes
kuolinpesien tyhjennys; kuolinpesät; asuntojen tyhjennys | dödsbotömning | clearing estates; flat clearance
vintin ja kellarin siivous; varastojen tyhjennys | vinds- och källarstädning | clearing lofts and cellars
== Keittiö ja kahvila, pienemmät
munkkien paistaminen; munkit; donitsit | munkbakning | frying doughnuts
karjalanpiirakat; piirakat; piirakoiden leivonta | karelska piroger | baking Karelian pasties and pies
smoothiet ja tuoremehut; smoothiet; tuorepuristetut mehut | smoothies | making smoothies and fresh juices
voileipäkakut; juhlaleivät | smörgåstårta | making sandwich cakes
kahvilan leivonnaiset; pullat kahvilaan; konditoriatuotteiden esillepano | kaffebröd | café pastries
nuotioruoka; retkiruoka; ulkona kokkaaminen | lägermat | cooking outdoors
ruokavalioiden merkintä; allergeenien merkintä; tuotetiedot | allergenmärkning | labelling allergens
annoskuvat; ruoan asettelu; asettelu | matpresentation | food presentation
keittiön inventaario; varastokierto; FIFO | lagerrotation | stock rotation in kitchens
== Varasto ja kauppa, pienemmät
varaston järjestely; varastosiivous; varaston siisteys | lagerordning | keeping the warehouse in order
lavahyllyt; hyllyjen kokoaminen varastoon; hyllystöt | pallställ | pallet racking
pientavaroiden hyllytys; pientavaravarasto | smådelslager | small parts storage
lähetysten seuranta; seurantakoodit | spårning av försändelser | tracking shipments
jakelureitit; reittien ajaminen; jakelureitti | distributionsrutter | driving delivery routes
planogrammit; hyllykartat; valikoimamuutokset | planogram | planograms; range changes
tuotteiden hinnoittelu hintapyssyllä; hintapyssy | prismärkning med prispistol | price gun labelling
kassan tarkastus; kassaerojen selvittäminen | kassakontroll | checking the till
sesonkimyynti; joulumyynti; kesämyynti | säsongsförsäljning | seasonal sales
myymälän siivous; myymälän siisteys; lattioiden siivous kaupassa | butiksstädning | shop cleaning
tuotepalautusten käsittely; palautuspiste | returhantering | processing returns
lahjakortit; lahjakorttien myynti | presentkort | selling gift cards
pakettiautomaatit; pakettipisteen hoito; pakettien luovutus | paketombud | parcel pick-up point
== IT ja laitteet, pienemmät
etätuki; etäyhteydet; TeamViewer; etäyhteysohjelmat | fjärrsupport | remote support
koulujen IT-tuki; oppilaskoneet; Chromebookit; opetusteknologia | IT-stöd i skolor | IT support in schools
VPN; etäyhteyden muodostus; etäkäyttö | VPN | VPN and remote access
tulostimien värikasetit ja huolto; värikasetit | tonerbyte | replacing printer toner
älytelevisiot; suoratoistolaitteet | smart-TV | setting up smart TVs
kodin verkot; wifi; langaton verkko; reitittimen asennus kotiin | hemnätverk | home networks; Wi-Fi
pelikoneiden korjaus; konsolit | spelkonsoler | repairing game consoles
tallennusvälineet; muistitikut; kiintolevyt | lagringsmedia | storage devices
sähköiset lomakkeet työssä; verkkolomakkeiden täyttö | e-blanketter | filling in online forms
tunnistautuminen ja tunnukset; tunnusten luonti | inloggningsuppgifter | creating user credentials
== Kuljetus, pienemmät
hinaus; hinausauto; tiepalvelu; hinausauton kuljettaja | bärgning | towing; roadside assistance
ajoneuvon lastaus; auton lastaus; kuorman purku autosta | lastning av fordon | loading and unloading vehicles
peräkärryn käyttö; peräkärry; perävaunun kytkentä | släpvagn | using a trailer
asiakkaan kotiovelle toimitus; kantopalvelu; kotiinkanto | inbärning | doorstep delivery; carry-in service
tavarataksi; tavaran kuljetus asiakkaalle | varutaxi | goods taxi
polkupyörällä jakaminen; pyöräjakelu; tavarapyörä | cykelbud | cargo bike delivery
== Käsityö ja askartelu, pienemmät
paperiaskartelu; origami; kortit; korttien teko | pappershantverk | paper crafts; card making
joulukoristeet; koristeiden teko; kranssit; kranssien teko | julpynt | making decorations and wreaths
kukkien kuivaus; kuivakukat; kuivakukka-asetelmat | torkade blommor | drying flowers
kivikorut; helmikorut; korujen korjaus | pärlsmycken | bead jewellery; jewellery repair
puukorut; puunpolttaminen; pyrografia | pyrografi | pyrography
tilkkutyöt; tilkkupeitot | lapptäcken | patchwork; quilting
makrame; solmeilu | makramé | macramé
luonnonmateriaalit; tuohityöt; pajunoksat | naturmaterial | natural material crafts; birch bark work
`;
