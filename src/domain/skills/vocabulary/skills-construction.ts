// Skills: building, renovation, masonry, electrical, plumbing and building painting.
export default `
== Rakentaminen yleisesti
rakennustyöt; rakennushommat; rakennustyömaalla työskentely; rakentaminen; rakentaa | byggarbete; byggande | construction work; building work
rakennusapumiehen työt; apumiehen hommat; apumies rakennuksilla; rakennusavustaminen | hantlangararbete; byggmedhjälpare | construction labouring; labouring on building sites
työmaan siivous; työmaasiivous; rakennussiivous; työmaan siivoaminen | byggstädning | construction site cleaning
materiaalien kantaminen; tavaroiden kantaminen; kantohommat; kantaminen; kantaa tavaraa | bära material | carrying materials
rakennustelineiden pystytys; telineiden pystyttäminen; telineasennus; rakennustelineet; telineet | byggnadsställningar | scaffolding; erecting scaffolding
rakennuspiirustusten lukeminen; piirustusten lukeminen; rakennuspiirustukset | läsa ritningar | reading construction drawings; reading blueprints
mittaus ja merkitseminen; mittaaminen; merkitseminen; mitata | mätning och utsättning | measuring and marking
purkutyöt; purkaminen; purkuhommat; rakenteiden purkaminen; purkaa | rivningsarbete | demolition work; demolition
betonityöt; betonointi; betonin valu; valutyöt; betoni; betonoida | betongarbete; gjutning | concrete work; pouring concrete
raudoitus; raudoittaminen; raudoitustyöt | armering | reinforcing steel; rebar work
muottityöt; muottien teko; muottien rakentaminen; muotit; muottiasennus | formsättning | formwork
runkotyöt; runkojen rakentaminen; runkorakentaminen; puurunko | stomarbete | framing; frame construction
kattotyöt; katon rakentaminen; kattojen teko; kattoremontti; katot | takarbete; taktäckning | roofing; roof work
kattotuolien asennus; kattotuolit | takstolar | installing roof trusses
peltikattojen asennus; peltikatto; peltikatot | plåttak | installing metal roofs
huopakatto; kattohuopa; huopakattojen teko | takpapp | felt roofing
vesikatto; vesikattotyöt | yttertak | roof covering
ikkunoiden asennus; ikkuna-asennus; ikkunoiden vaihto | fönstermontering | installing windows
ovien asennus; oviasennus; ovien vaihtaminen | dörrmontering | installing doors
lattian teko; lattiatyöt; lattioiden asennus | golvläggning | floor laying; flooring
parketin asennus; parketointi; parketti; parkettilattia | parkettläggning | parquet laying
laminaatin asennus; laminaatti; laminaattilattia | laminatläggning | laminate flooring
muovimaton asennus; matotus; mattotyöt; vinyylilattia | mattläggning | vinyl flooring; floor covering
laatoitus; laatoittaminen; laatoitustyöt; laattojen asennus; laatat; kaakelointi; kaakelit; laatoittaa | kakling; plattsättning | tiling; laying tiles
vedeneristys; vedeneristäminen; vedeneristyksen teko; märkätilan vedeneristys | tätskikt; fuktisolering | waterproofing
saumaus; saumaaminen; laattojen saumaus | fogning | grouting
kylpyhuoneremontti; kylpyhuoneen remontti; kylpyhuoneen remontointi; märkätilaremontti; pesuhuoneremontti; saunaremontti | badrumsrenovering | bathroom renovation
keittiöremontti; keittiön remontti; keittiön remontointi | köksrenovering | kitchen renovation
remontointi; remontti; remontoida; remppa; remppahommat; remonttihommat; kunnostaminen; korjausrakentaminen | renovering; renovera | renovating; renovation
pintaremontti; pintojen uusiminen | ytrenovering | surface renovation; cosmetic renovation
sisustusrakentaminen; sisävalmistus; sisätyöt | inredningsarbete | interior finishing
kipsilevytyöt; kipsilevyjen asennus; levytys; levyttäminen; kipsilevy | gipsskivor; skivmontering | plasterboard installation; drywall
väliseinien rakentaminen; väliseinät; väliseinä | mellanväggar | building partition walls
eristystyöt; eristäminen; lämmöneristys; villoitus; eristeet | isolering | insulation work
puhallusvillan asennus; puhallusvilla | lösullsisolering | blown insulation
tasoitetyöt; tasoitus; tasoittaminen; seinien tasoitus; tasoite | spackling; spackel | skimming; applying filler
lattiavalu; lattian tasoitus; lattiatasoite | golvavjämning | floor levelling
rappaus; rappaaminen; rappaustyöt; rappaus ja tasoitus | putsning; rappning | plastering; rendering
muuraus; muuraaminen; muurarin työt; muuraushommat; tiilimuuraus; muurata | murning; murararbete | bricklaying; laying bricks; masonry
laastin tasoittaminen; laastin tasoitus; laastin levittäminen; laastin tasaaminen | jämna ut murbruk | levelling mortar; spreading mortar
laastin sekoittaminen; laastin teko; laastin valmistus; laasti | blanda murbruk | mixing mortar
tiilien leikkaaminen; tiilien katkaisu; tiilisaha | kapa tegel | cutting bricks
harkkomuuraus; harkot; harkkojen muuraus; kevytsoraharkot | blockmurning | block laying
takkojen muuraus; takan muuraus; tulisijat; uunin muuraus; takat | muring av eldstäder | building fireplaces
kivityöt; kiveys; kiveäminen; luonnonkivi; kivimuuri | stenarbete | stonework; stone paving
pihakivetys; pihakiveys; pihakivien asennus; katukiveys; laatoitus pihalle | stensättning | paving; laying paving stones
julkisivutyöt; julkisivuremontti; julkisivun korjaus; julkisivut | fasadarbete | facade work
terassin rakentaminen; terassit; terassi; terassin teko | bygga altan; trall | building decks; decking
aidan rakentaminen; aidat; aitojen teko; aita | bygga staket | fence building
laiturin rakentaminen; laiturit | bygga brygga | building jetties
saunan rakentaminen; saunat; saunan paneelointi | bastubygge | building saunas
paneelointi; paneelit; paneloida; paneelien asennus | panelning | panelling
listoitus; listat; listojen asennus | listning | fitting mouldings; trimming
puusepäntyöt rakennuksella; rakennuspuusepäntyöt; timpurin työt; timpurin hommat; kirvesmiehen työt; kirvesmiehen hommat; kirvesmiestyöt | snickeriarbete på bygge; timmermansarbete | carpentry on site; construction carpentry
keittiökalusteiden asennus; kalusteasennus; keittiöasennus; kaapistojen asennus | köksmontering | installing kitchen units; fitting kitchens
kalusteiden kokoaminen; huonekalujen kokoaminen; ikea-kalusteiden kokoaminen | möbelmontering | furniture assembly
hirsityöt; hirsirakentaminen; hirsitalo; hirret | timring; timmerhus | log building
työmaakoneiden käyttö; rakennuskoneet; rakennuskoneiden käyttö | byggmaskiner | using construction machinery
piikkaus; piikkaaminen; piikkausvasara | bilning | chiselling concrete; breaking concrete
timanttiporaus; timanttisahaus; betonin poraus | diamantborrning | diamond drilling; concrete drilling
rakennusmateriaalien tuntemus; rakennusmateriaalit | byggmaterialkännedom | knowledge of building materials
rakennusten korjaus; korjaustyöt; korjaushommat; pienet korjaustyöt; pienkorjaukset; pienet korjaukset; korjaaminen | reparationer; småreparationer | repairs; minor repairs; building repairs
talonrakennus; talonrakennustyöt; talojen rakentaminen; omakotitalon rakentaminen | husbyggnad | house building
asbestipurku; asbestityöt; asbestin purku | asbestsanering | asbestos removal
homekorjaus; kosteusvauriokorjaus; kosteusvauriot | fuktskadereparation | mould and damp repair
rakennusalan perustutkinto; talonrakentajan tutkinto; rakennusalan koulutus | grundexamen inom byggbranschen | vocational qualification in construction
== Maarakennus
maarakennustyöt; maanrakennus; maarakennus; maansiirto; maansiirtotyöt; maanrakennushommat | markarbete; schaktning | earthworks; groundworks
kaivinkoneen käyttö; kaivinkoneella ajo; kaivinkone; kaivuri; kaivurilla ajo; kaivuutyöt | grävmaskinskörning | operating an excavator; excavator driving
pyöräkuormaajan käyttö; pyöräkuormaaja; kauhakuormaaja; kuormaaja | hjullastare | operating a wheel loader
ojien kaivaminen; ojat; ojitus; salaojitus; salaojat; salaojien asennus | dikesgrävning; dränering | digging ditches; drainage
putkikaivannot; kaivannot; kaivantojen teko | schaktning för rör | trenching
pihatyöt koneella; pihan tasaus; tontin tasaus; maanpinnan muotoilu | planering av tomt | site levelling; grading
murskeen levitys; sorastus; soran levitys; tiivistys; maan tiivistäminen | packning; grusning | spreading gravel; compacting
tietyöt; tienrakennus; teiden kunnossapito; tiemestari | vägarbete | road works; road construction
asfaltointi; asfalttityöt; asfaltti; asfalttipaikkaus | asfaltering | asphalting; asphalt paving
tieturva; tieturvakortti; tieturva 1 | vägsäkerhetskort | road safety card
liikenteenohjaus työmaalla; liikenteenohjaus | trafikdirigering | traffic control on roadworks
== Sähkö
sähkötyöt; sähköhommat; sähköasennukset; sähköjen asennus; sähköjen veto; sähköjen vetäminen; sähköt | elarbete; elinstallationer | electrical work; electrical installation
sähköasennus; sähköasentaminen; sähkö- ja automaatioasennukset | elinstallation | installing electrical systems; wiring
kytkennät; kytkentätyöt; kytkeminen; johtojen kytkentä; sähkökytkennät | koppling; inkoppling | electrical connections; wiring connections
kaapelointi; kaapelin veto; kaapeleiden asennus; kaapelit | kabeldragning | cabling; pulling cables
sähkökeskusten asennus; sähkökeskukset; keskusasennus; sulaketaulu | elcentraler | installing distribution boards
valaisimien asennus; valaisimet; lamppujen vaihto; valaistus | belysningsmontering | installing lighting; changing light fittings
pistorasioiden asennus; pistorasiat; katkaisijat | eluttag | installing sockets and switches
sähkövikojen etsintä; vianetsintä sähkölaitteista; sähkövikojen korjaus | felsökning el | electrical fault finding
sähkömittaukset; mittaukset; yleismittari; sähkön mittaaminen | elmätningar | electrical measurements; testing circuits
sähkölaitteiden korjaus; sähkölaitteiden huolto; sähkökorjaukset | reparation av elapparater | repairing electrical appliances
teollisuussähkötyöt; teollisuussähköasennukset; teollisuussähkö | industriell el | industrial electrical work
automaatioasennus; automaatiojärjestelmät; automaatio; automaatiotekniikka | automationsinstallation | automation installation
sähkösuunnitelmien lukeminen; sähköpiirustukset; sähkökuvat | läsa elritningar | reading electrical drawings
sähköturvallisuus; sähkötyöturvallisuus; sähköturvallisuusmääräykset | elsäkerhet | electrical safety
sähkötyöturvallisuuskortti; SätuKortti; sähköturvallisuuskortti | elsäkerhetskort | electrical safety card
sähköalan perustutkinto; sähköasentajan tutkinto; sähköasentajan koulutus; sähkö- ja automaatioalan perustutkinto; sähkötutkinto | grundexamen i el | vocational qualification in electrical engineering; electrician qualification
aurinkopaneelien asennus; aurinkopaneelit; aurinkosähkö | solpanelmontering | installing solar panels
sähköautojen latauspisteet; latauspisteiden asennus | laddstationer | installing EV charging points
antenniasennus; antennit; antennityöt | antennmontering | antenna installation
hälytysjärjestelmien asennus; hälytinasennus; turvajärjestelmät; kameravalvonta-asennus | larminstallation | installing alarm systems
tietoliikennekaapelointi; verkkokaapelointi; datakaapelointi | datakabelinstallation | data cabling; network cabling
== LVI
putkityöt; putkihommat; putkiasennukset; putkien asennus; putkitus | rörarbete; rörinstallation | plumbing; pipe fitting
vesijohtojen asennus; vesijohdot; vesiputket | vattenledningar | installing water pipes
viemärityöt; viemärit; viemäröinti; viemäriputket; viemärin avaus; tukkeutuneet viemärit | avloppsarbete | drainage work; sewer pipes; unblocking drains
hanojen vaihto; hanat; vesikalusteet; vesikalusteiden asennus; wc-istuimen asennus; wc-istuimet; pesualtaat | sanitetsmontering; blandare | installing taps and sanitary fittings; fitting toilets
lämmitysjärjestelmät; lämmitysasennukset; patterit; lämpöpatterit; lattialämmitys | värmesystem | heating systems; installing radiators
lämpöpumppujen asennus; lämpöpumput; ilmalämpöpumppu; maalämpö | värmepumpsinstallation | installing heat pumps
ilmanvaihtotyöt; ilmanvaihto; ilmanvaihtokanavat; IV-asennus; ilmastointi | ventilationsarbete | ventilation work; installing ventilation ducts
ilmanvaihtokanavien puhdistus; IV-kanavien nuohous | rengöring av ventilationskanaler | duct cleaning
kylmäasennukset; kylmälaitteet; kylmätekniikka; kylmäkoneet | kylinstallation | refrigeration installation
putkien hitsaus; putkihitsaus | rörsvetsning | pipe welding
juottaminen; kupariputkien juotto; juotto | lödning | soldering; brazing pipes
painekoe; vesijohtojen painekoe | tryckprovning | pressure testing
LVI-alan perustutkinto; putkiasentajan tutkinto; LVI-tutkinto | grundexamen i VVS | vocational qualification in plumbing and HVAC
öljylämmitys; kattilat; lämmityskattilat; kattilahuolto | oljeeldning; pannor | oil heating; boilers
nuohous; nuohoaminen; savuhormit | sotning | chimney sweeping
== Maalaus (rakennus)
maalaus; maalaustyöt; maalaaminen; maalaushommat; talojen maalaus; seinien maalaus; maalata | målning; måleriarbete | painting; painting buildings
sisämaalaus; sisätilojen maalaus; huoneiden maalaus | inomhusmålning | interior painting
ulkomaalaus; talon ulkomaalaus; julkisivun maalaus; ulkoseinien maalaus | utomhusmålning; fasadmålning | exterior painting; facade painting
tapetointi; tapetoida; tapetit; tapetoiminen | tapetsering | wallpapering; hanging wallpaper
kittaus; kittaaminen; kitti; reikien kittaus | spackling; kittning | filling; puttying
hiominen; pintojen hionta; hioa; hiomakone; hionta | slipning | sanding
pohjatyöt; pintojen esikäsittely; pintojen valmistelu; pohjamaalaus | förarbete; underarbete | surface preparation; priming
suojaus; pintojen suojaaminen; suojapeitteet; maalarinteippi | maskering; täckning | masking; protecting surfaces
ruiskumaalaus; ruiskumaalaaminen; maaliruisku; ruiskutus | sprutmålning | spray painting
lattioiden maalaus; lattiamaalaus; lattioiden lakkaus | golvmålning | floor painting; floor varnishing
lakkaus; lakkaaminen; lakka; petsaus; petsaaminen; vahaus puulle | lackering; betsning | varnishing; staining
värisävyjen sekoitus; värien sekoittaminen; sävytys | färgbrytning | mixing paint colours; tinting
kattojen maalaus; peltikaton maalaus | takmålning | roof painting
teollisuusmaalaus; teollisuusmaalaustyöt; metallipintojen maalaus; pulverimaalaus; märkämaalaus | industrimålning; pulverlackering | industrial painting; powder coating
hiekkapuhallus; hiekkapuhaltaminen; soodapuhallus; puhallus | blästring; sandblästring | sandblasting; abrasive blasting
graffitien poisto; töherrysten poisto | klotterborttagning | graffiti removal
`;
