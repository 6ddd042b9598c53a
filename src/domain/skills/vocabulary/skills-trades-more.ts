// Skills: the detailed tasks of building, renovation, cleaning and kitchen work.
export default `
== Rakentaminen, tarkemmin
perustukset; perustusten teko; anturat; sokkelit; sokkelin valu | grundläggning | building foundations
routaeristys; routasuojaus | tjälisolering | frost insulation
pohjatyöt rakennuksella; maapohjan valmistelu | markberedning | site preparation
portaiden rakentaminen; portaat; portaiden teko; kaiteet; kaiteiden asennus | trappbygge; räcken | building stairs; fitting railings
räystäskourut; rännit; sadevesijärjestelmät; kourujen asennus; rännien puhdistus; kourujen puhdistus | takrännor | gutters; cleaning gutters
katon pesu; sammaleen poisto katolta; kattojen huolto | taktvätt | roof cleaning; moss removal
kattoturvatuotteet; lapetikkaat; kattosillat | taksäkerhet | roof safety equipment
ikkunapellit; vesipellit; pellitys | fönsterbleck | window flashings
smyygit; ikkunoiden tiivistys; tiivistys; uretaanivaahto | fönstertätning | window sealing; reveals
silikonointi; silikonisaumat; elastinen saumaus; saumausmassa | silikonfogning | silicone sealing
sisäovien asennus; ovien säätö; karmit; oven karmit | innerdörrar | fitting interior doors
lukkojen vaihto; lukkojen asentaminen; ovipumput | låsbyte | changing locks
lattialistojen asennus; jalkalistat; kattolistat | golvlister | fitting skirting boards
laattojen leikkaus; laattaleikkuri; laattasaha | kakelskärning | cutting tiles
kivilaatoitus; klinkkerit; klinkkerilaatat; mosaiikkilaatat | klinkerläggning | laying clinker tiles
epoksipinnoitus; lattiapinnoitus; pinnoittaminen; mikrosementti | epoxibeläggning | epoxy floor coating
lattiahionta; betonilattian hionta; lattioiden hionta; parketin hionta | golvslipning | floor sanding; concrete grinding
rakennuskosteuden mittaus; kosteusmittaus; kosteusmittari | fuktmätning | moisture measurement
rakennuksen kuivatus; kuivaus; vahinkokuivaus | byggtorkning | drying buildings; water damage drying
vesivahinkojen korjaus; vesivahingot; putkivuodot | vattenskador | water damage repair
sisäilmakorjaus; sisäilmaongelmat | inomhusluftsanering | indoor air repairs
kunnostustyöt; vanhojen talojen korjaus; perinnerakentaminen; restaurointi | restaurering av byggnader | restoring old buildings; traditional building
puulattiat; lankkulattia; lautalattia | brädgolv | wooden floors; plank flooring
ulkoverhous; ulkoverhouslaudat; lautaverhous | ytterpanel | exterior cladding
tuulensuojalevyt; tuulensuojaus | vindskydd | wind barrier boards
höyrynsulku; höyrynsulun asennus | ångspärr | vapour barrier
kattopaneelit; alakatot; alakattojen asennus | undertak | suspended ceilings
akustiikkalevyt; ääneneristys | akustikplattor | acoustic panels; sound insulation
lasitukset; parvekelasitus; lasitusten asennus; lasityöt rakennuksella | inglasning | glazing; balcony glazing
terassien öljyäminen; terassien huolto; puupintojen huolto | oljning av altaner | oiling decks
aitojen maalaus; aidan korjaus | staketmålning | painting fences
mökkitalkoot; mökin korjaus; mökkiremontti; kesämökin kunnostus | stugrenovering | cottage repairs
leikkimökit; vajat; varastojen rakentaminen; pihavaja; grillikota | förråd; lekstuga | building sheds and garden buildings
kaivotyöt; kaivot; kaivon puhdistus; porakaivo | brunnsarbete | well work
jätevesijärjestelmät; saostuskaivot; pienpuhdistamo | avloppssystem för glesbygd | septic systems
rakennusjätteiden lajittelu; rakennusjätteet | byggavfall | sorting construction waste
nostimet työmaalla; nosturin merkinanto; merkinantaja | kransignalering | crane signalling
kalliorakentaminen; räjäytystyöt; panostaja; louhinta | bergsprängning | rock excavation; blasting
sillanrakennus; siltatyöt | brobygge | bridge building
rakennusvalvonta; työmaan valvonta; vastaava työnjohtaja | byggtillsyn | construction supervision
rakennusten huoltokirja; huoltokirjan ylläpito | fastighetens serviceplan | building maintenance manual
== Siivous, tarkemmin
porraskäytävien siivous; rappujen siivous; porrassiivous; rappukäytävät | trappstädning | stairwell cleaning
saunojen ja pesutilojen pesu; saunan pesu; saunan siivous | bastutvätt | cleaning saunas
uimahallin siivous; kuntosalin siivous; liikuntatilojen siivous | simhallsstädning | cleaning swimming pools and gyms
kulkuneuvojen siivous; junien siivous; bussien siivous; lentokoneiden siivous; laivan siivous | fordonsstädning | cleaning trains, buses and aircraft
pinttyneen lian poisto; kalkinpoisto; kalkin poistaminen; ruosteenpoisto | avkalkning | removing limescale and ingrained dirt
lattiavahan poisto; vahanpoisto; vahaus ja kiillotus; kiillotus lattialle | golvvaxborttagning | stripping and polishing floors
konepesu; koneellinen lattianpesu | maskinell golvtvätt | machine floor washing
mattojen imurointi; tekstiililattiat; kokolattiamatot | textilgolv | vacuuming carpets
kuivapyyhintä; nihkeäpyyhintä; märkäpyyhintä | torr- och fuktmoppning | dry and damp mopping
jätekatoksen siivous; jäteastioiden pesu | soprumsstädning | cleaning bin stores
kauppojen ja ravintoloiden siivous; ravintolasiivous | restaurangstädning | restaurant cleaning
yösiivous; siivous yöllä; iltasiivous | nattstädning | night cleaning
siivousalan laatujärjestelmät; Insta 800; puhtaustason arviointi | städkvalitet | cleaning quality systems
astioiden pesu kotona; kodin tekstiilien pesu; vuodevaatteet | disk och tvätt hemma | household washing
asiointiapu; kauppa-apu; kaupassa käynti asiakkaan puolesta | ärendehjälp | running errands; shopping assistance
== Keittiö, tarkemmin
keittojen valmistus; keitot | soppor | making soups
kastikkeiden valmistus; kastikkeet; liemet | såser | making sauces and stocks
lihan käsittely keittiössä; lihan paistaminen; pihvit | kötthantering i kök | preparing meat
kalan käsittely; kalaruoat; kalan paistaminen | fiskhantering | preparing fish
jälkiruokien valmistus; jälkiruoat; jälkkärit | efterrätter | making desserts
friteeraus; uppopaistaminen; rasvakeitin | fritering | deep frying
vakuumointi; sous vide; vakuumikone | vakuumförpackning | vacuum packing; sous vide
ruoan jäähdytys; jäähdyttäminen; lämpötilojen seuranta; lämpötilojen mittaus; kylmäketju | nedkylning; temperaturkontroll | cooling food; temperature monitoring
yhdistelmäuuni; uunien käyttö; suurkeittiökoneet; keittiökoneet; kippipata | storköksutrustning | using professional kitchen equipment
vihannesten pilkkominen; veitsitaidot; pilkkominen; leikkaaminen veitsellä | knivteknik | knife skills; chopping vegetables
esivalmistelu; mise en place; esivalmistelut | förberedelser | mise en place; food preparation in advance
ruokahävikin vähentäminen; hävikkiruoka; ruokahävikki | matsvinn | reducing food waste
ateriakuljetukset; kotiateriat; ateriapalvelu | måltidsleverans | meal delivery
kahvion pito; kahvion hoito; kioskin pito | kafeteria | running a cafeteria
kouluruokailu; päiväkotiruokailu; ruokailun valvonta | skolmåltider | school meals
grillaaminen; grillipisteet; grillit | grillning | grilling
leipien ja sämpylöiden leivonta; sämpylät; patongit | brödbakning | baking bread and rolls
kakkujen koristelu; kuorrutus; sokerimassa | tårtdekoration | cake decorating
pakasteet; pakastaminen; sulatus | frysning | freezing and thawing food
säilöntä; hillot; mehut; säilöminen | konservering | preserving; making jam and juice
`;
