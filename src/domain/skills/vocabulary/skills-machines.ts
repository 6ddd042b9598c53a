// Skills: the machines and equipment people name in CVs.
export default `
== Koneet ja laitteet
kurottajan käyttö; kurottaja; teleskooppikuormaaja | teleskoplastare | operating a telehandler
minikaivurin käyttö; minikaivuri; pienkaivuri | minigrävare | operating a mini excavator
tärylevyn käyttö; tärylevy; täryjyrä; jyrän käyttö | vibratorplatta | using plate compactors and rollers
betonisekoittimen käyttö; betonimylly; betonin sekoittaminen | betongblandare | using a concrete mixer
lumilingon käyttö; lumilinko | snöslunga | using a snow blower
aurausauton käyttö; lumiauran käyttö; auraus autolla; aurauskalusto | plogbil | operating a snowplough
lakaisukoneen käyttö; lakaisukone; katuharja; harjakone | sopmaskin | operating a street sweeper
viemärien huuhtelu; imuauto; viemärikuvaus | spolbil; avloppsspolning | sewer flushing; sewer camera inspection
teollisuusimurin käyttö; teollisuusimuri; märkäimuri | industridammsugare | using industrial vacuum cleaners
höyrypuhdistus; höyrypesuri; höyrypesurin käyttö | ångtvätt | steam cleaning
lattian kiillotuskone; kiillotuskone; bonauskone | polermaskin | using a floor polisher
lihamyllyn käyttö; lihan jauhaminen; jauheliha | köttkvarn | using a mincer
viipalointikone; leikkelekone; viipalointi | pålägsmaskin | using a slicer
monitoimikone keittiössä; taikinakoneen käyttö; vatkain | köksmaskin | using food processors and mixers
astianpesukoneen käyttö; kuputiskikone; tunnelikone | diskmaskin | operating a commercial dishwasher
kassakoneen avaus ja sulku; päiväraportti | dagsrapport | daily till reports
reunanauhoitus; reunalistakone | kantlistmaskin | edge banding
jiirisahan käyttö; jiirisaha; katkaisusahan käyttö | kap- och geringssåg | using a mitre saw
pöytäsirkkelin käyttö; pöytäsirkkeli; sirkkeli | bordscirkelsåg | using a table saw
naulaimen käyttö; naulain; nitoja | spikpistol | using a nail gun
oksasahan ja oksasaksien käyttö; oksasakset; oksasaha | grensåg | using pruning saws and shears
vesurin käyttö; vesuri; pensasraivaus | röjkniv | using a billhook
nostoapuvälineet; nostoliinat; taljat; ketjutalja | lyftredskap | lifting slings and hoists
kottikärryllä kuljetus; kärryt; nokkakärry | skottkärra | moving loads with barrows and sack trucks
lavetin käyttö; tavarahissi | varuhiss | using goods lifts
kuormaimen käyttö; kuormain | lastkran på traktor | operating a timber loader
ruohonleikkurin huolto; terän teroitus ruohonleikkuriin | gräsklipparservice | servicing lawnmowers
ompelukoneen huolto; ompelukoneen säätö | symaskinsservice | servicing sewing machines
kopiokoneen käyttö ja huolto; paperitukokset; kopiokoneen tukosten poisto | kopiatorservice | clearing copier jams
laminointikoneen ja leikkurin käyttö; tarrakone | lamineringsmaskin | using laminators and label machines
kassalaatikot; kolikkolaskuri; setelilaskuri | myntsorterare | using coin and note counters
punnitusvaaka; vaa'at; punnitseminen | våg | using scales
kuumailmapuhallin; kuumailmapistooli | varmluftspistol | using a heat gun
hitsauskone; hitsauskoneen säätö | svetsmaskin | setting up welding machines
kompressorin käyttö; paineilmaletkut | kompressor | using a compressor
sähkökäyttöinen lavansiirtovaunu; sähköinen haarukkavaunu; keräilytrukki | el-pallyftare | using an electric pallet truck
pakettikoneet; teippikone; laatikonsulkija | kartongtejpare | using carton sealers
kutistekalvokone; lämpötunneli | krympfilmsmaskin | using shrink-wrap machines
etikettitulostin; tarratulostin | etikettskrivare | using label printers
`;
