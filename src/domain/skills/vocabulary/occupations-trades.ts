// Occupations: building, property services, cleaning, green and forest work, farming, industry.
export default `
== Rakentaminen
@ 7112 muurari; muurarin työt; tiilimuurari | murare | bricklayer; mason
+ muuraus; laastin tasoittaminen; laastin sekoittaminen; tiilien leikkaaminen; harkkomuuraus
~ rappaus; takkojen muuraus; rakennustelineiden pystytys; kivityöt; rakennuspiirustusten lukeminen; julkisivutyöt
@ 7112 takkamuurari; uunimuurari; tulisijamuurari | spismurare | fireplace builder; stove mason
+ takkojen muuraus; muuraus; laastin sekoittaminen
~ laatoitus; kivityöt
@ 7113 kivimies; kiviseppä; kivityöntekijä; kivenhakkaaja | stenhuggare | stonemason; stone worker
+ kivityöt; pihakivetys
~ muuraus; maarakennustyöt
@ 7115 kirvesmies; timpuri; rakennuspuuseppä; kirvesmiehen työt; kirvesmiehen hommat | timmerman; byggnadssnickare | carpenter; construction carpenter
+ puusepäntyöt rakennuksella; runkotyöt; muottityöt; kattotuolien asennus; rakennuspiirustusten lukeminen
~ kattotyöt; ikkunoiden asennus; ovien asennus; terassin rakentaminen; sähkötyökalujen käyttö; mittaus ja merkitseminen; paneelointi
@ 7115 sisustusasentaja; sisävalmistaja; listoittaja | inredningsmontör | interior fitter
+ sisustusrakentaminen; listoitus; kalusteiden asennus; sisäovien asennus
~ kipsilevytyöt; paneelointi; keittiökalusteiden asennus
@ 7115 keittiöasentaja; kalusteasentaja; keittiökalusteasentaja | köksmontör | kitchen fitter; furniture installer
+ keittiökalusteiden asennus; kalusteiden kokoaminen; kalusteiden asennus
~ sähkötyökalujen käyttö; mittaus ja merkitseminen
@ 7111 rakennustyöntekijä; rakennusmies; rakennustyöläinen; rakennushommat | byggnadsarbetare | building construction worker; construction worker
+ rakennustyöt; betonityöt; muottityöt; raudoitus; materiaalien kantaminen
~ rakennustelineiden pystytys; purkutyöt; työmaan siivous; valttikortti; työturvallisuuskortti
@ 9313 rakennusapumies; apumies; rakennusavustaja; aputyöntekijä rakennuksella; rakennusapulainen | hantlangare; byggmedhjälpare | construction labourer; building labourer; site labourer
+ rakennusapumiehen työt; materiaalien kantaminen; työmaan siivous
~ purkutyöt; rakennustelineiden pystytys; betonityöt; työturvallisuuskortti; valttikortti
@ 7111 remonttimies; remontoija; remonttireiska; remppamies; korjausrakentaja; remonttihommat | renoveringsarbetare | renovation worker; handyman builder
+ remontointi; pintaremontti; kylpyhuoneremontti; rakennusten korjaus
~ laatoitus; maalaus; kipsilevytyöt; lattian teko; keittiöremontti; vedeneristys; kunnostustyöt
@ 7114 betonityöntekijä; betonimies; betoniraudoittaja; raudoittaja | betongarbetare | concrete worker; steel fixer
+ betonityöt; raudoitus; muottityöt
~ lattiavalu; perustukset
@ 7119 telineasentaja; telinemies; rakennustelineasentaja | ställningsbyggare | scaffolder
+ rakennustelineiden pystytys; korkealla työskentely; työturvallisuus
~ nostokortti
@ 7119 purkutyöntekijä; purkumies; purkuhommat | rivningsarbetare | demolition worker
+ purkutyöt; piikkaus; rakennusjätteiden lajittelu
~ asbestipurku; timanttiporaus; asbestipurkukortti
@ 7119 asbestipurkaja; asbestityöntekijä | asbestsanerare | asbestos removal worker
+ asbestipurku; asbestipurkukortti; purkutyöt
~ homekorjaus; työturvallisuus
@ 7121 kattoasentaja; kattomies; katontekijä; peltikattoasentaja | taktäckare | roofer
+ kattotyöt; peltikattojen asennus; vesikatto; korkealla työskentely
~ huopakatto; räystäskourut; kattoturvatuotteet; ikkunapellit
@ 7122 laatoittaja; laattamies; kaakeloija | plattsättare | tile fitter; tiler
+ laatoitus; vedeneristys; saumaus; laattojen leikkaus
~ kylpyhuoneremontti; tasoitetyöt; kivilaatoitus; silikonointi
@ 7122 lattianpäällystäjä; lattiamies; mattomies; parkettimies; lattia-asentaja | golvläggare | floor layer
+ lattian teko; muovimaton asennus; parketin asennus; laminaatin asennus
~ lattiavalu; lattiahionta; lattialistojen asennus; tasoitetyöt
@ 7123 rappari; rappaaja; tasoitetyöntekijä; tasoittaja | putsare | plasterer
+ rappaus; tasoitetyöt; laastin sekoittaminen
~ julkisivutyöt; kipsilevytyöt
@ 7123 kipsilevyasentaja; levyttäjä; väliseinäasentaja | gipsmontör | drywall installer
+ kipsilevytyöt; väliseinien rakentaminen; kattopaneelit
~ akustiikkalevyt; eristystyöt
@ 7124 eristäjä; eristysasentaja; lämmöneristäjä | isolerare | insulation worker
+ eristystyöt; puhallusvillan asennus; höyrynsulku
~ routaeristys; tuulensuojalevyt
@ 7125 lasittaja; lasiasentaja; parvekelasiasentaja | glasmästare | glazier
+ lasitukset; ikkunoiden asennus
~ lasityöt; korkealla työskentely
@ 7126 putkiasentaja; putkimies; putkari; LVI-asentaja; putkityöntekijä | rörmokare; VVS-montör | plumber; pipefitter
+ putkityöt; vesijohtojen asennus; viemärityöt; hanojen vaihto; painekoe
~ lämmitysjärjestelmät; juottaminen; putkien hitsaus; LVI-alan perustutkinto; vedeneristys
@ 7126 lämmitysasentaja; kattila-asentaja; lämmönjakoasentaja | värmemontör | heating installer
+ lämmitysjärjestelmät; lämpöpumppujen asennus; öljylämmitys
~ putkityöt; kylmäasennukset
@ 7127 ilmastointiasentaja; IV-asentaja; ilmanvaihtoasentaja | ventilationsmontör | ventilation installer; air conditioning mechanic
+ ilmanvaihtotyöt; ilmanvaihtokanavien puhdistus
~ kylmäasennukset; korkealla työskentely; mittausvälineiden käyttö
@ 7127 kylmäasentaja; jäähdytysasentaja | kylmontör | refrigeration mechanic
+ kylmäasennukset; kylmälaitteiden huolto; juottaminen
~ lämpöpumppujen asennus; sähkömittaukset
@ 7131 maalari; rakennusmaalari; talomaalari; maalaushommat | målare; byggnadsmålare | painter; building painter
+ maalaus; sisämaalaus; ulkomaalaus; kittaus; hiominen; pohjatyöt
~ tapetointi; suojaus; ruiskumaalaus; lattioiden maalaus; värisävyjen sekoitus; tasoitetyöt
@ 7131 tapetoija; tapetoijamaalari | tapetserare | wallpaper hanger
+ tapetointi; kittaus; pohjatyöt
~ sisämaalaus
@ 7132 teollisuusmaalari; ruiskumaalari; pintakäsittelijä; maalaamotyöntekijä | industrimålare; lackerare | industrial painter; spray painter
+ teollisuusmaalaus; ruiskumaalaus; maalaamotyöt
~ hiekkapuhallus; suojaus; kemikaalikortti
@ 7132 hiekkapuhaltaja; puhallustyöntekijä | blästrare | sandblaster
+ hiekkapuhallus; suojaus
~ teollisuusmaalaus; työturvallisuus
@ 7133 julkisivujen pesijä; rakennusten pesijä; graffitinpoistaja | fasadtvättare | building cleaner; facade cleaner
+ julkisivujen pesu; graffitien poisto; korkealla työskentely
~ henkilönostinkortti
@ 7411 sähköasentaja; sähkömies; sähköhommat; sähkötyöntekijä | elmontör; elektriker | electrician; building electrician; electrical installer
+ sähköasennus; sähkötyöt; kytkennät; kaapelointi; sähkökeskusten asennus; sähköturvallisuus
~ sähkövikojen etsintä; sähkömittaukset; valaisimien asennus; pistorasioiden asennus; sähköalan perustutkinto; sähkötyöturvallisuuskortti; sähkösuunnitelmien lukeminen
@ 7411 sähköasentajan apulainen; sähköapumies; sähköavustaja | elmontörsbiträde | electrician's mate; electrical assistant
+ kaapelointi; sähkötyöt; materiaalien kantaminen
~ valaisimien asennus; sähkötyöturvallisuuskortti
@ 7412 teollisuussähköasentaja; kunnossapitosähköasentaja; sähkömekaanikko | industrielektriker | industrial electrician; electrical mechanic
+ teollisuussähkötyöt; sähkövikojen etsintä; automaatioasennus
~ kunnossapito; sähkömittaukset; automaatio-ohjelmointi
@ 7412 automaatioasentaja; automaatiomekaanikko | automationsmontör | automation technician; automation installer
+ automaatioasennus; automaatio-ohjelmointi
~ teollisuussähkötyöt; robotiikka
@ 7413 verkostoasentaja; linja-asentaja; sähköverkkoasentaja | nätmontör | power line worker; electrical line installer
+ energia-alan tekniikka; korkealla työskentely; sähköturvallisuus
~ kaapelointi; maarakennustyöt
@ 7422 tietoliikenneasentaja; kuituasentaja; antenniasentaja | telemontör; fibermontör | telecommunications installer; fibre optic technician
+ tietoliikenneasennus; tietoliikennekaapelointi
~ antenniasennus; tietoverkot
@ 7411 aurinkopaneeliasentaja; aurinkosähköasentaja | solpanelsmontör | solar panel installer
+ aurinkopaneelien asennus; sähköasennus; korkealla työskentely
~ kattotyöt
@ 7412 hälytinasentaja; turvatekniikka-asentaja; kameravalvonta-asentaja | larmmontör | security systems installer
+ hälytysjärjestelmien asennus; kulunvalvonta
~ tietoliikennekaapelointi
@ 7127 hissiasentaja | hissmontör | lift technician
+ hissiasennus; sähkövikojen etsintä; mekaniikka
~ koneasennus
@ 8342 maarakennuskoneenkuljettaja; kaivinkoneenkuljettaja; kaivurikuski; kaivurinkuljettaja; koneenkuljettaja; maarakennuskoneen kuljettaja | grävmaskinist; entreprenadmaskinförare | excavator operator; earthmoving plant operator
+ kaivinkoneen käyttö; maarakennustyöt; maarakennuskoneen kuljettaminen; ojien kaivaminen
~ pyöräkuormaajan käyttö; putkikaivannot; pihatyöt koneella; murskeen levitys; tieturva
@ 9312 maarakennustyöntekijä; maarakennusapumies; tietyöntekijä | markarbetare; vägarbetare | civil engineering labourer; road worker
+ maarakennustyöt; tietyöt; materiaalien kantaminen
~ asfaltointi; liikenteenohjaus työmaalla; tieturva; pihakivetys
@ 7119 asfalttityöntekijä; asfalttimies; asfalttilevittäjä | asfaltarbetare | asphalt worker
+ asfaltointi; tietyöt
~ tieturva
@ 7113 kiveäjä; pihakiveäjä; katukiveäjä | stensättare | paver; paving layer
+ pihakivetys; kivityöt; murskeen levitys
~ maarakennustyöt; viherrakentaminen
@ 7111 hirsirakentaja; hirsiveistäjä | timmerbyggare | log builder
+ hirsityöt; hirsien veisto
~ kirveen käyttö; moottorisahan käyttö
@ 7541 panostaja; räjäyttäjä | bergsprängare | shotfirer; blaster
+ kalliorakentaminen; työturvallisuus
@ 3123 työnjohtaja; rakennustyönjohtaja; vastaava työnjohtaja; mestari | arbetsledare; byggarbetsledare | site supervisor; construction supervisor
+ esihenkilötyö; rakennusvalvonta; rakennuspiirustusten lukeminen; työturvallisuus
~ projektinhallinta; työvuorosuunnittelu; laskenta
@ 7133 nuohooja | sotare | chimney sweep
+ nuohous; korkealla työskentely; tikkailla työskentely
@ 7126 kaivonporaaja; kaivontekijä | brunnsborrare | well digger
+ kaivotyöt; jätevesijärjestelmät
@ 3112 rakennusmestari; rakennusinsinööri; talonrakennusinsinööri | byggmästare; byggnadsingenjör | construction engineer; civil engineering technician
+ rakennussuunnittelu; rakennusvalvonta; projektinhallinta
~ laskenta; rakennuspiirustusten lukeminen
@ 7119 kosteusvauriokorjaaja; vahinkosaneeraaja; vesivahinkoasentaja | fuktskadesanerare | water damage restoration technician
+ vesivahinkojen korjaus; rakennuksen kuivatus; rakennuskosteuden mittaus
~ homekorjaus; sisäilmakorjaus; saneeraussiivous
== Kiinteistöpalvelut ja siivous
@ 5153 kiinteistönhoitaja; kiinteistönhuoltaja; kiinteistönhuoltomies; huoltomies; talonmies; kiinteistöhuoltomies | fastighetsskötare; vicevärd | building caretaker; property maintenance worker; janitor
+ kiinteistönhoito; lumityöt; hiekoitus; kiinteistön pienkorjaukset; ulkoalueiden hoito; kiinteistön tekniset tarkastukset
~ ruohonleikkuu; lamppujen vaihtaminen; vikailmoitusten käsittely; kiinteistön talotekniikka; jätehuolto kiinteistössä; traktorin käyttö; kiinteistöpalvelualan perustutkinto; suodattimien vaihto
@ 9622 kiinteistönhoidon apulainen; kiinteistöapulainen; huoltoapulainen; talkkarin apulainen; kiinteistötyöntekijä | fastighetsbiträde | caretaker's assistant; handyman's assistant
+ lumityöt; ulkoalueiden hoito; jätehuolto kiinteistössä; haravointi
~ ruohonleikkuu; materiaalien kantaminen; hiekoitus; kiinteistön pienkorjaukset
@ 9622 yleismies; sekatyömies; nikkari; monitoimimies; talkkari | hantverkare; allt-i-allo | handyman; odd-job person
+ kiinteistön pienkorjaukset; rakennusten korjaus; käsityökalujen käyttö
~ kalusteiden kokoaminen; maalaus; lumityöt; sähkötyökalujen käyttö
@ 5153 vahtimestari; virastomestari; aulavahtimestari; kouluisäntä | vaktmästare | porter; caretaker; school caretaker
+ kiinteistöjen valvonta; postin käsittely; vieraiden vastaanotto
~ kouluisännän työt; kokoustilojen valmistelu; lamppujen vaihtaminen
@ 9112 siivooja; siivoustyöntekijä; siivoja; siivoojan työt; puhtaanapitäjä | städare; lokalvårdare | cleaner; commercial cleaner; office cleaner
+ siivous; ylläpitosiivous; lattianhoito; pölyjen pyyhintä; wc-tilojen siivous; puhdistusaineiden tuntemus
~ toimistosiivous; lattianhoitokoneiden käyttö; imurointi; siivousvälineiden käyttö; perussiivous; jätteiden lajittelu; ikkunanpesu; siivousalan koulutus
@ 9112 toimitilahuoltaja | lokalvårdare | facility cleaner; cleaning operative
+ ylläpitosiivous; lattianhoito; siivoustyön suunnittelu; puhdistusaineiden tuntemus
~ lattianhoitokoneiden käyttö; perussiivous; siivousalan laatujärjestelmät; siivousalan koulutus
@ 9112 laitoshuoltaja; laitosapulainen | institutionsvårdare; lokalvårdare inom vården | hospital cleaner; institutional cleaner
+ laitoshuolto; sairaalasiivous; desinfiointi; aseptiikka
~ vuodehuolto; ruoanjakelu osastolle; välinehuolto; siivousalan koulutus
@ 9112 kerrossiivooja; hotellisiivooja; huonesiivooja; kerroshoitaja | hotellstädare | room attendant; hotel cleaner; chambermaid
+ kerrossiivous; imurointi; wc-tilojen siivous; pölyjen pyyhintä
~ hotellityöt; pyykin lajittelu; hotellin aamiainen
@ 9112 ylläpitosiivooja; päiväsiivooja; yösiivooja | underhållsstädare | routine cleaner
+ ylläpitosiivous; yösiivous; lattianhoito
~ kauppakeskusten siivous; lattianhoitokoneiden käyttö
@ 9111 kotisiivooja; kodinhoitaja siivouksessa; kotiapulainen; kotitalousapulainen | hemstädare; hemhjälp | domestic cleaner; home help
+ kotisiivous; kotitaloustyöt; imurointi
~ pyykinpesu; silitys; asiointiapu; ikkunanpesu
@ 9112 teollisuussiivooja; tehdassiivooja | industristädare | industrial cleaner
+ teollisuussiivous; lattianhoitokoneiden käyttö; julkisivujen pesu
~ korkealla työskentely; kemikaalikortti
@ 9112 rakennussiivooja; työmaasiivooja | byggstädare | construction cleaner
+ rakennussiivous; työmaan siivous
~ jätteiden lajittelu; rakennusjätteiden lajittelu
@ 9112 muuttosiivooja | flyttstädare | end-of-tenancy cleaner
+ muuttosiivous; perussiivous
~ ikkunanpesu; pinttyneen lian poisto
@ 9129 saneeraussiivooja; erikoissiivooja | saneringsstädare | specialist cleaner; trauma cleaner
+ saneeraussiivous; desinfiointi; hajunpoisto
~ kemikaalikortti
@ 9123 ikkunanpesijä; ikkunoiden pesijä | fönsterputsare | window cleaner
+ ikkunanpesu; korkealla työskentely
~ julkisivujen pesu; henkilönostinkortti; tikkailla työskentely
@ 9122 autonpesijä; autopesulan työntekijä; autojen puhdistaja; auton pesijä | biltvättare | car washer; vehicle cleaner; car valet
+ auton pesu
~ kulkuneuvojen siivous; asiakaspalvelu
@ 9129 kulkuneuvojen siivooja; junasiivooja; bussisiivooja; lentokonesiivooja | fordonsstädare | vehicle cleaner; train cleaner
+ kulkuneuvojen siivous; siivous
~ yösiivous
@ 9112 sairaala-apulainen; osastoapulainen | avdelningsbiträde | ward assistant; hospital assistant
+ laitoshuolto; ruoanjakelu osastolle; vuodehuolto
~ välinehuolto; sairaalahuoltajan työt
@ 3213 välinehuoltaja; instrumenttihuoltaja | instrumentvårdare | sterile services technician; instrument care technician
+ välinehuolto; aseptiikka; desinfiointi
~ laitoshuolto
@ 5151 siivoustyönjohtaja; siivousesimies; siivouspalveluesimies; palveluohjaaja siivouksessa | städledare | cleaning supervisor; housekeeping supervisor
+ siivoustyön suunnittelu; esihenkilötyö; siivousalan laatujärjestelmät
~ työvuorosuunnittelu; perehdyttäminen
@ 8157 pesulatyöntekijä; pesulan työntekijä; pesula-apulainen | tvätteriarbetare | laundry worker; laundry operative
+ pesulatyöt; pyykinpesu; mankelointi; pyykin viikkaus; pyykin lajittelu
~ pesukoneiden käyttö; silitys; liinavaatehuolto; tekstiilihuolto
@ 9121 silittäjä; prässääjä | strykare | presser; ironer
+ silitys; mankelointi; pyykin viikkaus
~ kemiallinen pesu
@ 8157 tekstiilihuoltaja; tekstiilihuollon työntekijä | textilvårdare | textile care worker; dry cleaner
+ tekstiilihuolto; kemiallinen pesu; pesukoneiden käyttö
~ pesulan asiakaspalvelu; mankelointi
@ 9129 kiinteistöpalvelutyöntekijä; kiinteistöpalvelujen työntekijä | fastighetsservicearbetare | property services worker
+ siivous; kiinteistönhoito; ulkoalueiden hoito
~ ikkunanpesu; lumityöt
== Viherala, metsä ja maatalous
@ 9214 puistotyöntekijä; puistotyömies; viheralueiden hoitaja; puistonhoitaja | parkarbetare | park worker; groundskeeper; grounds maintenance worker
+ puistotyöt; ruohonleikkuu; haravointi; pensaiden leikkaus; kitkentä
~ puiden ja pensaiden istutus; kukkapenkkien hoito; trimmerin käyttö; ajoleikkurin käyttö; roskien keruu; kastelu; ulkoalueiden siivous
@ 6113 puutarhuri; viherpuutarhuri | trädgårdsmästare | gardener; horticulturist
+ puutarhatyöt; puiden ja pensaiden istutus; kasvien hoito; puiden leikkaus; kastelu
~ kasvihuonetyöt; taimikasvatus; viherrakentaminen; kukkapenkkien hoito; puutarha-alan perustutkinto
@ 9214 puutarhatyöntekijä; puutarha-apulainen; kasvihuonetyöntekijä; taimitarhatyöntekijä | trädgårdsarbetare | horticulture worker; greenhouse worker; garden labourer
+ puutarhatyöt; kasvihuonetyöt; kastelu; puiden ja pensaiden istutus; kitkentä
~ taimikasvatus; sadonkorjuu; vihannesten viljely
@ 6113 viherrakentaja; maisemarakentaja; pihanrakentaja | anläggningsträdgårdsmästare | landscaper; landscape gardener
+ viherrakentaminen; nurmikon perustaminen; pihakivetys; puiden ja pensaiden istutus
~ multaus; kaivinkoneen käyttö; aidan rakentaminen
@ 9214 hautausmaatyöntekijä; haudankaivaja; hautausmaan hoitaja | kyrkogårdsarbetare | cemetery worker; gravedigger
+ hautausmaan hoito; haudankaivuu; ruohonleikkuu
~ haravointi; kukkapenkkien hoito
@ 9211 marjanpoimija; poimija; mansikanpoimija; sadonkorjaaja; marjojen poimija | bärplockare | berry picker; fruit picker; harvest worker
+ marjanpoiminta; sadonkorjuu
~ fyysinen työ; ulkotyö
@ 6210 metsuri; metsätyöntekijä; metsätyömies; puunkaataja; puiden kaataja | skogsarbetare; skogshuggare | forestry worker; forest worker; lumberjack; tree feller
+ metsätyöt; puiden kaataminen; moottorisahan käyttö; taimikonhoito; puiden karsinta; polttopuiden teko
~ raivaussahan käyttö; metsänistutus; pihapuiden kaato; metsäalan perustutkinto; kirveen käyttö
@ 8341 metsäkoneenkuljettaja; motokuski; harvesterinkuljettaja; ajokoneenkuljettaja | skogsmaskinförare | forestry machine operator; harvester operator
+ metsäkoneen kuljettaminen; puunhakkuu; puutavaran kuormaus
~ metsätyöt; metsäalan perustutkinto
@ 6210 arboristi; puunhoitaja; puiden hoitaja | arborist | arborist; tree surgeon
+ arboristin työt; pihapuiden kaato; puiden leikkaus; moottorisahan käyttö
~ korkealla työskentely; puiden kaataminen
@ 9215 polttopuiden tekijä; halkojen tekijä; klapintekijä | vedhuggare | firewood maker; firewood processor
+ polttopuiden teko; klapikone; moottorisahan käyttö
~ kirveen käyttö; puutavaran kuormaus
@ 9215 metsäpalvelutyöntekijä; taimikonhoitaja; metsänistuttaja | skogsplanterare; röjare | forestry labourer; tree planter
+ taimikonhoito; metsänistutus; raivaussahan käyttö
~ metsätyöt
@ 9212 karjanhoitaja; navettatyöntekijä; karjatyöntekijä; lypsäjä | djurskötare på gård; ladugårdsarbetare | livestock worker; dairy farm worker; cattle farm worker
+ karjanhoito; lypsy; navetan siivous; ruokinta
~ maataloustyöt; traktorin käyttö; lomitus
@ 6121 maatalouslomittaja; lomittaja | avbytare | farm relief worker
+ lomitus; karjanhoito; lypsy; navetan siivous
~ tilan eläinten hoito lomalla; ruokinta
@ 9213 maataloustyöntekijä; maatilatyöntekijä; maatilan työntekijä; maatyöläinen | lantarbetare; jordbruksarbetare | agricultural worker; farm worker; farmhand
+ maataloustyöt; peltotyöt; karjanhoito; traktorin käyttö
~ maatalouskoneiden käyttö; sadonkorjuu; ruokinta
@ 6111 viljelijä; maanviljelijä; peltoviljelijä | odlare; jordbrukare | farmer; crop grower
+ peltotyöt; maatalouskoneiden käyttö; vihannesten viljely
~ yrittäjyys; maaseutuyrittäjän perustutkinto
@ 6121 karjatilallinen; maitotilallinen | mjölkbonde | livestock farmer; dairy farmer
+ karjanhoito; lypsy; yrittäjyys
~ maatalouskoneiden käyttö
@ 6122 kanalanhoitaja; siipikarjanhoitaja | hönsskötare | poultry worker
+ kanojen hoito; ruokinta
@ 6121 sikalanhoitaja; sikalatyöntekijä | svinskötare | pig farm worker
+ sikojen hoito; ruokinta
@ 6121 lammastilallinen; lampaidenhoitaja | fårbonde | sheep farmer
+ lampaiden hoito; ruokinta
@ 5164 hevostenhoitaja; tallityöntekijä; tallimestari; hevosenhoitaja | hästskötare; stallarbetare | groom; stable worker
+ hevosten hoito; hevosten ruokinta
~ ratsastus; kavioiden hoito
@ 7549 kengittäjä | hovslagare | farrier
+ kavioiden hoito; hevosten hoito
@ 5164 eläintenhoitaja; eläinhoitaja | djurskötare | animal care worker; animal caretaker
+ eläintenhoito; ruokinta
~ lemmikkieläinten hoito; eläinsuojelu; eläinlääkärin avustaminen
@ 5164 koiranhoitaja; koirahoitolan työntekijä; lemmikkieläinten hoitaja; koiranulkoiluttaja | hundskötare; hundrastare | dog sitter; pet sitter; dog walker
+ lemmikkieläinten hoito; koirien ulkoilutus
~ koirien koulutus; koirien trimmaus
@ 5164 koiratrimmaaja; trimmaaja | hundtrimmare | dog groomer; pet groomer
+ koirien trimmaus; lemmikkieläinten hoito
@ 3240 eläintenhoitaja klinikalla; eläinhoitaja klinikalla; eläinlääkäriaseman avustaja | djursjukskötare | veterinary nurse; veterinary assistant
+ eläinlääkärin avustaminen; eläintenhoito
@ 6222 kalastaja; ammattikalastaja | fiskare; yrkesfiskare | fisher; fisherman
+ kalastus; veneilyn ajokortti
~ kalanviljely
@ 6221 kalanviljelijä; kalankasvattaja; kalanperkaaja | fiskodlare | fish farm worker; aquaculture worker
+ kalanviljely
~ kalan käsittely
@ 6123 mehiläistarhaaja | biodlare | beekeeper
+ mehiläistarhaus
@ 9216 kalatyöntekijä; kalanjalostaja | fiskberedare | fish processing worker
+ kalanviljely; kalan käsittely; elintarvikehygienia
== Metalli, puu, tekstiili ja teollisuus
@ 7212 hitsaaja; hitsari; hitsaushommat; MIG-hitsaaja; TIG-hitsaaja | svetsare | welder
+ hitsaus; MIG-hitsaus; puikkohitsaus; hitsausrailot; piirustusten lukeminen metallialalla
~ TIG-hitsaus; hitsauspätevyys; polttoleikkaus; hiominen metallille; tulityöt; metallirakenteiden valmistus; kokoonpanohitsaus
@ 7212 levyseppähitsaaja; levyseppä | plåtslagare-svetsare | sheet metal worker and welder; plater-welder
+ levytyöt; hitsaus; särmäys; leikkaaminen levyleikkurilla
~ MIG-hitsaus; polttoleikkaus; metallirakenteiden valmistus; piirustusten lukeminen metallialalla
@ 7213 ohutlevyseppä; peltiseppä; pellitysasentaja | tunnplåtslagare | sheet metal worker
+ levytyöt; särmäys; peltikattojen asennus
~ ikkunapellit; räystäskourut
@ 7212 hitsaajan apulainen; hitsausapulainen; metallityöapulainen | svetsbiträde | welder's assistant; metal work assistant
+ hiominen metallille; metallityöt; materiaalien kantaminen
~ hitsaus; viimeistely
@ 7214 metallirakennusasentaja; teräsrakenneasentaja; asentaja metallirakenteet | stålmontör | structural steel erector; steel fabricator
+ metallirakenteiden valmistus; metallirakenteiden kokoaminen; hitsaus
~ korkealla työskentely; nostokortti
@ 7223 koneistaja; CNC-koneistaja | maskinbearbetare; CNC-operatör | machinist; CNC machinist; machine tool operator
+ koneistus; CNC-koneistus; mittaaminen työntömitalla; piirustusten lukeminen metallialalla
~ sorvaus; jyrsintä; koneiden asettaminen; mittapöytäkirjat; metallialan perustutkinto
@ 7223 sorvaaja; sorvari | svarvare | turner; lathe operator
+ sorvaus; koneistus; mittaaminen työntömitalla
~ CNC-koneistus
@ 7223 jyrsijä; jyrsinkoneenkäyttäjä | fräsare | milling machine operator
+ jyrsintä; koneistus; mittaaminen työntömitalla
~ CNC-koneistus
@ 7223 särmääjä; särmäyskoneenkäyttäjä | kantpressoperatör | press brake operator
+ särmäys; särmäyksen ohjelmointi; piirustusten lukeminen metallialalla
~ levytyöt
@ 7223 laserleikkurin käyttäjä; laserleikkaaja | laserskärare | laser cutting operator
+ laserleikkurin käyttö; levytyöt
~ polttoleikkaus
@ 7224 hioja; metallinhioja; kiillottaja | slipare; polerare | metal grinder; metal polisher
+ hiominen metallille; kiillotus; viimeistely
@ 7221 seppä; taontaseppä | smed | blacksmith
+ seppätyöt; hitsaus
@ 7211 valimotyöntekijä; valaja; muotintekijä | gjutare | foundry worker; caster
+ valimotyöt
@ 7222 työkaluseppä; muottiseppä | verktygsmakare | toolmaker
+ koneistus; mittaaminen työntömitalla; tekninen piirtäminen
@ 7233 asentaja; koneasentaja; mekaaninen asentaja; huoltoasentaja | montör; maskinmontör | fitter; mechanical fitter; machinery mechanic
+ koneasennus; kunnossapito; mekaniikka
~ hydrauliikka; hitsaus; piirustusten lukeminen metallialalla
@ 7233 kunnossapitoasentaja; kunnossapitomekaanikko; huoltomekaanikko | underhållsmekaniker | maintenance fitter; industrial maintenance mechanic
+ kunnossapito; hydrauliikka; voitelu; mekaniikka
~ teollisuussähkötyöt; hitsaus korjaustöissä
@ 7549 lukkoseppä; lukkoasentaja | låssmed | locksmith
+ lukkosepän työt; lukkojen vaihto
~ kulunvalvonta
@ 9329 metallityöntekijä; metallimies; konepajatyöntekijä; metalliverstaan työntekijä | metallarbetare; verkstadsarbetare | metal worker; machine shop worker
+ metallityöt; konepajatyöt; hiominen metallille; poraus
~ hitsaus; mittaaminen työntömitalla; levytyöt; nostot ja siirrot konepajassa
@ 7522 puuseppä; huonekalupuuseppä; puusepäntyöntekijä; puusepän työt | snickare; möbelsnickare | cabinet maker; joiner; furniture maker
+ puutyöt; huonekalujen valmistus; puuntyöstökoneet; liimaus; pintakäsittely puulle
~ huonekalujen korjaus; sorvaus puusta; sahaus; puun höyläys; puuseppäalan perustutkinto; CNC-puuntyöstö; kalusteiden suunnittelu
@ 7522 puutyöntekijä; puutyöpajan työntekijä; verstastyöntekijä; puutyöläinen | träarbetare | woodworker; wood workshop worker
+ puutyöt; sahaus; puun hionta; liimaus
~ linnunpönttöjen teko; pintakäsittely puulle; puuntyöstökoneet; puusepänkoneiden turvallinen käyttö
@ 7534 verhoilija; huonekaluverhoilija | möbeltapetserare | upholsterer
+ verhoilu; huonekalujen korjaus
~ ompelukoneen käyttö
@ 7522 entisöijä; huonekalujen entisöijä; konservaattori | möbelrenoverare | furniture restorer
+ huonekalujen korjaus; entisöinti; pintakäsittely puulle
@ 7523 puuntyöstökoneenhoitaja; CNC-puuntyöstäjä; sahuri | träbearbetningsoperatör | woodworking machine operator; sawmill worker
+ puuntyöstökoneet; sahatavaran käsittely
~ CNC-puuntyöstö; höylä- ja sahalaitos
@ 7317 puuseppä-artesaani; puukäsityöläinen; veistäjä | träslöjdare | wood craftsperson; wood carver
+ puunveisto; puutyöt
~ sorvaus puusta; puisten lelujen valmistus
@ 7531 ompelija; ompelijatar; ompelimotyöntekijä; ompelimo | sömmerska | seamstress; sewer; dressmaker
+ ompelu; ompelukoneen käyttö; vaatteiden korjaus; saumojen ompelu
~ vaatteiden valmistus; verhojen ompelu; kaavoitus; päärmäys; tekstiili- ja muotialan perustutkinto; mittojen otto
@ 7531 vaatturi; räätäli; mittatilausompelija | skräddare | tailor
+ vaatteiden valmistus; mittojen otto; kaavoitus; ompelu
~ vaatteiden korjaus
@ 7533 teollisuusompelija; konekirjoja; tekstiilityöntekijä; tekstiilitehtaan työntekijä | industrisömmerska | sewing machinist; textile worker
+ ompelukoneen käyttö; ompelu; saumojen ompelu
~ kirjonta; tekstiilien merkintä; työvaatteiden ompelu
@ 7531 verhoompelija; sisustusompelija | gardinsömmerska | curtain maker
+ verhojen ompelu; ompelu
@ 7532 leikkaaja tekstiilialalla; kankaanleikkaaja; kaavoittaja | tillskärare | fabric cutter; pattern maker
+ leikkuu kankaasta; kaavoitus
@ 7318 kutoja; kankaankutoja; mattokutoja | vävare | weaver
+ kudonta; mattojen kudonta
@ 7318 tekstiiliartesaani; käsityöläinen tekstiilissä | textilhantverkare | textile craftsperson
+ käsityöt; neulonta; virkkaus; kirjonta
~ huovutus; lankojen värjäys
@ 7536 suutari | skomakare | shoe repairer; cobbler
+ suutarin työt; suutarin korjaustyöt; nahkatyöt
@ 8219 kokoonpanija; kokoonpanotyöntekijä; asentaja tehtaalla | montör; monteringsarbetare | assembler; assembly worker; product assembler
+ kokoonpano; mekaaninen kokoonpano; työohjeiden noudattaminen; laaduntarkastus
~ linjatyö; sähkötyökalujen käyttö; käsien käyttö
@ 8212 elektroniikka-asentaja tehtaalla; elektroniikan kokoonpanija; piirilevyasentaja | elektronikmontör | electronic equipment assembler; electrical equipment assembler
+ elektroniikan kokoonpano; juottaminen elektroniikassa; laaduntarkastus
~ johdinsarjojen valmistus
@ 8212 johdinsarjavalmistaja; kaapelisarja-asentaja | kabelmontör | wire harness assembler
+ johdinsarjojen valmistus; kaapeleiden kuorinta
@ 9329 tehdastyöntekijä; tuotantotyöntekijä; tehdastyöläinen; tuotannon työntekijä; linjatyöntekijä | fabriksarbetare; produktionsarbetare | factory worker; production worker; manufacturing labourer
+ tehdastyöt; linjatyö; työohjeiden noudattaminen
~ pakkaaminen; laaduntarkastus; koneenhoito; vuorotyö
@ 8189 koneenhoitaja; koneenkäyttäjä; tuotantokoneen hoitaja | maskinskötare; maskinoperatör | machine operator; production machine operator
+ koneenhoito; työohjeiden noudattaminen; laaduntarkastus
~ prosessinhoito; raaka-aineiden annostelu; koneiden asettaminen
@ 3133 prosessinhoitaja; prosessioperaattori; valvomohenkilö | processoperatör | process operator; control room operator
+ prosessinhoito; koneenhoito
~ raaka-aineiden annostelu; teollisuuden perustutkinto
@ 8142 muovituotevalmistaja; ruiskuvalaja; muovikoneenhoitaja | formsprutare | plastic products machine operator
+ muovituotteiden valmistus; koneenhoito
@ 8141 kumituotevalmistaja | gummiarbetare | rubber products machine operator
+ kumituotteiden valmistus; koneenhoito
@ 7543 laaduntarkastaja; laatutarkastaja; tarkastaja tuotannossa | kvalitetskontrollant | quality inspector; product tester
+ laaduntarkastus; mittaaminen työntömitalla; mittapöytäkirjat
~ laadunhallinta
@ 9321 pakkaaja; pakkaustyöntekijä; käsinpakkaaja | packare | packer; hand packer; packing worker
+ pakkaaminen; tuotteiden pakkaaminen; tarroitus; käsipakkaus
~ lavaus; kokoaminen ja pakkaus; muovitus; lähetysten pakkaus
@ 8183 pakkauskoneenhoitaja; pakkauslinjan työntekijä; pakkauskoneenkäyttäjä | förpackningsmaskinoperatör | packing machine operator; labelling machine operator
+ pakkauskoneen käyttö; pakkaaminen; tarroitus
~ koneenhoito; lavaus
@ 9329 alihankintatyöntekijä; työkeskuksen työntekijä; avotyöntekijä | legoarbetare | contract manufacturing worker
+ alihankintatyöt; kokoonpano; pakkaaminen
~ alihankintapakkaus; laaduntarkastus; kuntouttava työtoiminta
@ 9612 kierrätystyöntekijä; kierrätyskeskuksen työntekijä; kierrättäjä; lajittelija | återvinningsarbetare; sorterare | recycling worker; sorter
+ kierrätys; jätteiden lajittelu; kierrätystavaroiden lajittelu
~ metallien lajittelu; muovien lajittelu; kirpputorityöt; huonekalujen kunnostus kierrätykseen
@ 9612 elektroniikkaromun purkaja; SER-purkaja; elektroniikan purkaja; purkutyöntekijä kierrätyksessä | demonterare av elektronikskrot | electronic waste dismantler; e-waste recycling worker
+ elektroniikkaromun purku; laitteiden purkaminen; metallien lajittelu; tietokoneiden osien erottelu
~ kaapeleiden kuorinta; akkujen ja paristojen lajittelu; näyttöjen purkaminen; vaarallisten jätteiden käsittely; tietojen poisto laitteista
@ 9611 jätteenkuljettaja; jäteauton apumies; roskakuski; jätehuoltotyöntekijä | sopåkare; renhållningsarbetare | refuse collector; waste collector
+ jätteenkeruu; jäteauton ajaminen
~ jätteiden lajittelu; ajokortti C
@ 9612 jäteaseman hoitaja; jäteasematyöntekijä | avfallsstationsarbetare | waste station attendant
+ jäteasemalla työskentely; jätteiden lajittelu; vaarallisten jätteiden käsittely
~ asiakaspalvelu
@ 5211 kirpputorimyyjä; kierrätysmyymälän myyjä; second hand -myyjä | loppisförsäljare | second-hand shop assistant
+ kirpputorityöt; kierrätystavaroiden lajittelu; kassatyöt
~ hinnoittelu; asiakaspalvelu
@ 7512 leipuri; leipuri-kondiittori; leipomotyöntekijä | bagare | baker; bakery worker
+ leivonta; taikinan valmistus; leipomotyöt; leipien ja sämpylöiden leivonta
~ kakkujen valmistus; vuorotyö; elintarvikehygienia; hygieniapassi
@ 7512 kondiittori; sokerileipuri | konditor | pastry chef; confectioner
+ kakkujen valmistus; kakkujen koristelu; leivonta
~ jälkiruokien valmistus
@ 7511 lihanleikkaaja; lihamestari; teurastamotyöntekijä | styckare | butcher; meat cutter
+ lihanleikkuu; elintarvikehygienia
~ makkaroiden valmistus
@ 8160 elintarviketyöntekijä; elintarviketeollisuuden työntekijä; elintarviketehtaan työntekijä; ruokatehtaan työntekijä | livsmedelsarbetare | food production worker; food processing operative
+ elintarviketeollisuuden työt; elintarvikehygienia; elintarvikkeiden pakkaaminen
~ linjatyö; koneenhoito; kasvisten esikäsittely
@ 7513 meijerityöntekijä; juustomestari | mejeriarbetare | dairy worker; cheesemaker
+ meijerityöt; elintarvikehygienia
@ 8160 pullottaja; juomatehtaan työntekijä | tappare | bottling operative
+ juomateollisuus; koneenhoito
@ 8172 sahatyöntekijä; sahalaitostyöntekijä | sågverksarbetare | sawmill worker
+ höylä- ja sahalaitos; sahatavaran käsittely
@ 8171 paperikoneenhoitaja; paperitehtaan työntekijä | pappersmaskinskötare | paper machine operator
+ prosessinhoito; koneenhoito
@ 7321 painotyöntekijä; painaja; painotalon työntekijä | tryckare | printer; print worker
+ painotyöt; painokoneen käyttö; painotuotteiden viimeistely
~ silkkipainatus; julisteiden tulostus
@ 7323 jälkikäsittelijä; sidontatyöntekijä; kirjansitoja | bokbindare | print finisher; bookbinder
+ sidonta; painotuotteiden viimeistely; kirjansidonta
`;
