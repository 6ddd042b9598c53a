// Occupations: kitchen and restaurant, hotel and tourism, warehouse and transport, vehicles,
// shops and customer service, security and beauty.
export default `
== Keittiö ja ravintola
@ 5120 kokki; ravintolakokki; kokin työt; keittäjä | kock | cook; chef; restaurant cook
+ ruoanvalmistus; lämmin keittiö; elintarvikkeiden käsittely; hygieniapassi; reseptien noudattaminen
~ à la carte -ruoanvalmistus; kylmäkeittiö; lounaan valmistus; erityisruokavaliot; kastikkeiden valmistus; kokin tutkinto; ruokatilaukset; esivalmistelu
@ 5120 suurtalouskokki; laitoskokki; koulukokki; ruokapalvelutyöntekijä | storhushållskock | institutional cook; catering cook
+ suurtalouskeittiö; ruoanvalmistus; lounaan valmistus; erityisruokavaliot; hygieniapassi
~ kouluruokailu; yhdistelmäuuni; ruoan jäähdytys; ruokahävikin vähentäminen
@ 3434 keittiöpäällikkö; keittiömestari; vuoropäällikkö keittiössä | köksmästare; kökschef | head chef; kitchen manager
+ ruokalistan suunnittelu; ruokatilaukset; esihenkilötyö; ruoanvalmistus
~ työvuorosuunnittelu; hinnoittelu; ruokahävikin vähentäminen
@ 9412 keittiöapulainen; keittiötyöntekijä; keittiöavustaja | köksbiträde | kitchen assistant; kitchen porter; kitchen hand
+ keittiöapulaisen työt; keittiötyöt; tiskaaminen; keittiön puhtaanapito; kasvisten esikäsittely
~ kylmäkeittiö; hygieniapassi; elintarvikkeiden käsittely
@ 9412 tiskaaja; astianpesijä; tiskari | diskare | dishwasher; pot washer
+ tiskaaminen; keittiön puhtaanapito
~ keittiöapulaisen työt
@ 5120 kylmäkkö; kylmäkeittiön kokki | kallskänka | cold kitchen cook; pantry cook
+ kylmäkeittiö; ruoanvalmistus; elintarvikkeiden käsittely
~ aamiaisen valmistus
@ 9411 pikaruokatyöntekijä; hampurilaisravintolan työntekijä; grillikokki; grillityöntekijä | snabbmatsbiträde | fast food worker; fast food preparer
+ pizzan valmistus; kassatyöt ravintolassa; friteeraus
~ asiakaspalvelu; keittiön puhtaanapito; grillaaminen
@ 9411 pizzakokki; pizzeriatyöntekijä | pizzabagare | pizza chef
+ pizzan valmistus; taikinan valmistus
~ kassatyöt ravintolassa
@ 5246 ruokasalityöntekijä; linjastotyöntekijä; ravintolatyöntekijä | matsalsbiträde | food service counter attendant; canteen worker
+ lounaan valmistus; ruoankuljetus keittiöstä; tiskaaminen
~ kassatyöt ravintolassa; keittiön puhtaanapito
@ 5131 tarjoilija; salityöntekijä; ravintolatyöntekijä salissa; hovimestari | servitör; servitris | waiter; waitress; server
+ tarjoilu; tilausten vastaanotto; pöytien kattaminen; asiakaspalvelu
~ anniskelu; kassatyöt ravintolassa; viinituntemus; juhlatilaisuuksien järjestäminen
@ 5131 aamiaistarjoilija; buffetityöntekijä | frukostservitör | breakfast server
+ aamiaisen valmistus; hotellin aamiainen; tarjoilu
@ 5132 baarimikko; baarityöntekijä; baarimestari; bartender | bartender | bartender; bar attendant; barman
+ baarityöt; drinkkien sekoitus; anniskelu; oluen laskeminen
~ kassatyöt ravintolassa; asiakaspalvelu
@ 5246 kahvilatyöntekijä; kahvilan työntekijä; kahvilamyyjä; barista | kaféarbetare; barista | café worker; barista
+ kahvilatyöt; kahvin keitto; kassatyöt ravintolassa; asiakaspalvelu
~ leivonta; tarjoilu
@ 1412 kahvilanpitäjä; kahvilayrittäjä; ravintolayrittäjä | kaféägare | café owner; restaurant owner
+ kahvilan pito; yrittäjyys; kirjanpito
~ leivonta; kassatyöt; ruokatilaukset
@ 1412 ravintolapäällikkö; vuoropäällikkö ravintolassa | restaurangchef | restaurant manager
+ esihenkilötyö; työvuorosuunnittelu; asiakaspalvelu
~ anniskelu; budjetointi
@ 5246 kioskimyyjä; kahviomyyjä | kioskbiträde | kiosk attendant
+ kioskityöt; kassatyöt; kahvin keitto
@ 5246 ateriapalvelutyöntekijä; ateriakuljettaja | måltidsarbetare | meal service worker
+ ateriakuljetukset; ruoankuljetus keittiöstä
~ henkilöauton ajaminen
@ 5120 pitokokki; catering-kokki | cateringkock | catering chef
+ catering; ruoanvalmistus; juhlatilaisuuksien järjestäminen
== Hotelli, matkailu ja tapahtumat
@ 4224 hotellivirkailija; vastaanottovirkailija hotellissa; respan työntekijä; hotellin vastaanottovirkailija | receptionist på hotell | hotel receptionist; front desk agent
+ vastaanottotyö; huonevaraukset; asiakaspalvelu
~ englannin kieli; kassatyöt; ruotsin kieli
@ 5151 kerrosvastaava; hotellin siivousesimies | våningsansvarig | housekeeping supervisor
+ kerrossiivous; esihenkilötyö; siivoustyön suunnittelu
@ 9629 hotellityöntekijä; hotellin monitoimityöntekijä; hotellipalvelutyöntekijä | hotellarbetare | hotel worker; hotel porter
+ hotellityöt; kerrossiivous; matkatavaroiden käsittely hotellissa
~ hotellin aamiainen; vastaanottotyö
@ 5113 matkaopas; opas; elämysopas | reseguide; guide | tour guide; travel guide
+ opastus; matkailupalvelut; englannin kieli
~ ohjelmapalvelut luonnossa
@ 5113 eräopas; luonto-opas; safariopas | vildmarksguide | wilderness guide; outdoor guide
+ ohjelmapalvelut luonnossa; opastus; ohjelmapalvelut
~ moottorikelkka; ensiapu; kalastusopastus
@ 4221 matkatoimistovirkailija; matkaneuvoja | resebyråtjänsteman | travel agent; travel consultant
+ matkatoimistotyö; asiakaspalvelu; huonevaraukset
@ 3332 tapahtumatuottaja; tapahtumajärjestäjä | evenemangsproducent | event organiser; event planner
+ tapahtumajärjestäminen; kulttuurituotanto; projektinhallinta
~ tiedottaminen
@ 9629 roudari; lavatyöntekijä; tapahtumatyöntekijä | roddare | roadie; stagehand
+ lavarakentaminen; materiaalien kantaminen
~ äänitekniikka
@ 5419 järjestysmies tapahtumissa; lipuntarkastaja tapahtumissa | evenemangsvärd | event steward
+ lippujen tarkastus tapahtumissa; tapahtumaturvallisuus
@ 9629 hiihtokeskustyöntekijä; hissilipunmyyjä; rinnetyöntekijä | skidanläggningsarbetare | ski resort worker
+ hiihtokeskustyöt; asiakaspalvelu
@ 9629 liikuntapaikkojen hoitaja; kenttämestari; jäänhoitaja | idrottsplatsskötare | sports ground keeper
+ liikuntapaikkojen hoito; ruohonleikkuu
~ traktorin käyttö
@ 5419 uimavalvoja; uimahallin valvoja | badvakt | lifeguard
+ uinninopetus; ensiapu
~ pukuhuoneiden valvonta
== Varasto ja logistiikka
@ 4321 varastotyöntekijä; varastomies; varastoapulainen; varastonhoitaja | lagerarbetare; lagerbiträde | warehouse worker; warehouse operative; stock clerk
+ varastotyöt; keräily; tavaran vastaanotto; tavaran lähettäminen; inventaario
~ trukin ajaminen; trukkikortti; käsipäätteen käyttö; varastonhallinta; lavansiirtovaunun käyttö; lavaus; logistiikan perustutkinto
@ 4321 keräilijä; tilauskeräilijä; keräilytyöntekijä | plockare; orderplockare | order picker; picker
+ keräily; käsipäätteen käyttö; lavansiirtovaunun käyttö
~ trukin ajaminen; pakkaaminen; varastotyöt
@ 8344 trukinkuljettaja; trukkikuski; trukkimies | truckförare | forklift operator; forklift driver; lift truck operator
+ trukin ajaminen; trukkikortti; tavaran vastaanotto; lavaus
~ varastotyöt; kuormien purku kaupassa; keräily
@ 9333 ahtaaja; satamatyöntekijä; satamatyöläinen | stuvare; hamnarbetare | docker; stevedore; freight handler
+ satamatyöt; trukin ajaminen; tavaran lähettäminen
~ nostokortti
@ 9333 terminaalityöntekijä; lastaaja; kuormaaja; tavarankäsittelijä | terminalarbetare; lastare | freight handler; loader; material handler
+ logistiikka; tavaran vastaanotto; tavaran lähettäminen; lavansiirtovaunun käyttö
~ trukin ajaminen; lähetysten käsittely
@ 4323 lähettämötyöntekijä; kuljetussuunnittelija; ajojärjestelijä | transportplanerare | dispatcher; transport planner
+ kuljetussuunnittelu; lähetysten käsittely
~ logistiikan suunnittelu
@ 4412 postityöntekijä; postilajittelija; lajittelija postissa | postsorterare | postal worker; mail sorter
+ postin lajittelu; lähetysten käsittely
~ postinjako
@ 9629 lentokenttätyöntekijä; matkatavarankäsittelijä; kenttätyöntekijä | bagagehanterare | airport baggage handler; ground worker
+ lentokentän työt
~ vuorotyö; trukin ajaminen
== Kuljetus
@ 8332 kuorma-autonkuljettaja; rekkakuski; rekkamies; kuorma-autokuski; kuljettaja kuorma-auto; yhdistelmäajoneuvonkuljettaja; rekan kuljettaja | lastbilschaufför; lastbilsförare | lorry driver; truck driver; heavy goods vehicle driver
+ kuorma-auton ajaminen; ajokortti C; ammattipätevyys; kuorman sidonta; ajopiirturi
~ ajokortti CE; yhdistelmäajoneuvon ajaminen; ADR-lupa; nosturiauto; jakelu; kuormien purku kaupassa
@ 8322 pakettiautonkuljettaja; jakelukuljettaja; jakelukuski; pakettiautokuski; kuljettaja pakettiauto | skåpbilschaufför; distributionsförare | delivery driver; van driver; parcel delivery driver
+ pakettiauton ajaminen; jakelu; ajokortti B
~ lähetysten käsittely; kuljetussuunnittelu
@ 8322 taksinkuljettaja; taksikuski; taksiautoilija | taxichaufför | taxi driver
+ taksin ajaminen; taksilupa; ajokortti B; asiakaspalvelu
~ koulukuljetukset
@ 8322 henkilöautonkuljettaja; kuljettaja; autonkuljettaja; yksityiskuljettaja | chaufför; förare | driver; car driver; chauffeur
+ henkilöauton ajaminen; ajokortti B
~ kuljetustyöt; siirtokuljetus
@ 8331 linja-autonkuljettaja; bussinkuljettaja; bussikuski; linja-autokuski | bussförare; busschaufför | bus driver; coach driver
+ linja-auton ajaminen; ajokortti D; ammattipätevyys; asiakaspalvelu
~ lipunmyynti; koulukuljetukset
@ 8331 raitiovaununkuljettaja; ratikkakuski; metronkuljettaja | spårvagnsförare | tram driver
+ raitiovaunun kuljettaminen; asiakaspalvelu
@ 8311 veturinkuljettaja; junankuljettaja | lokförare | train driver
+ junaliikenne
@ 8322 koulukuljettaja; invataksinkuljettaja; palveluliikenteen kuljettaja | skolskjutsförare | school bus driver; accessible transport driver
+ koulukuljetukset; henkilöauton ajaminen; ajokortti B
~ taksilupa
@ 9621 lähetti; kuriiri; polkupyörälähetti; kuriirikuski | bud; kurir | courier; messenger; package deliverer
+ lähettityö; jakelu
~ pyöräily; ajokortti B
@ 9621 ruokalähetti; ruokakuljettaja; kotiinkuljettaja | matbud | food delivery courier; takeaway delivery rider
+ ruokalähetin työt; pyöräily
~ henkilöauton ajaminen; älypuhelimen käyttö
@ 9621 lehdenjakaja; lehtien jakaja; mainosjakaja | tidningsbud; tidningsutdelare | newspaper delivery person; leaflet distributor
+ lehdenjako
~ pyöräily; henkilöauton ajaminen; vuorotyö
@ 4412 postinjakaja; postinkantaja; postiljooni | brevbärare | postman; postwoman; mail carrier
+ postinjako; postin lajittelu
~ pyöräily; ajokortti B
@ 9333 muuttomies; muuttotyöntekijä; muuttoapulainen; kantaja | flyttkarl | removal worker; mover
+ muuttotyöt; huonekalujen kantaminen; materiaalien kantaminen
~ pakettiauton ajaminen; lähetysten pakkaus; kalusteiden kokoaminen
@ 8343 nosturinkuljettaja; torninosturinkuljettaja; nosturimies | kranförare | crane operator
+ ajoneuvonosturin käyttö; nostokortti
~ nosturiauto
@ 8341 traktorinkuljettaja; traktorikuski | traktorförare | tractor driver
+ traktorin käyttö; traktorin ajo tiellä
~ maatalouskoneiden käyttö; lumityöt
@ 9611 kadunlakaisija; katujen puhtaanapitäjä | gatsopare | street sweeper
+ ulkoalueiden siivous; roskien keruu
~ traktorin käyttö
@ 8350 kansimies; merimies; laivamies | däcksman; sjöman | deck hand; ship's deck crew
+ laivatyöt
~ veneilyn ajokortti
@ 5112 konduktööri; lipuntarkastaja | konduktör; biljettkontrollant | conductor; ticket inspector
+ lipuntarkastus; asiakaspalvelu
@ 5111 lentoemäntä; stuertti; matkustamohenkilö | flygvärdinna; steward | flight attendant; cabin crew member
+ matkustajien palvelu; asiakaspalvelu; englannin kieli
~ ensiapu
== Ajoneuvot ja koneet
@ 7231 automekaanikko; autonasentaja; mekaanikko; ajoneuvoasentaja; autonkorjaaja | bilmekaniker; fordonsmontör | motor vehicle mechanic; car mechanic; automotive mechanic
+ auton korjaus; määräaikaishuolto; jarrujen korjaus; auton vianetsintä
~ renkaiden vaihto; autosähkö; moottorin korjaus; pakoputkien vaihto; ajoneuvoasentajan tutkinto; korjaamon asiakaspalvelu; ilmastointihuolto; kytkimen vaihto
@ 7231 rengasasentaja; rengasmies | däckmontör | tyre fitter
+ renkaiden vaihto; rengashotellin hoito
~ määräaikaishuolto; asiakaspalvelu
@ 7231 autonhuoltaja; pikahuoltaja; huoltamotyöntekijä | bilservicemekaniker | car service technician; quick service technician
+ määräaikaishuolto; renkaiden vaihto; akkujen vaihto
~ auton pesu; lasinvaihto
@ 7231 autosähköasentaja | bilelektriker | auto electrician
+ autosähkö; auton vianetsintä
@ 7213 autopeltiseppä; kolarikorjaaja; korikorjaaja | bilplåtslagare | panel beater; vehicle body repairer
+ peltityöt autoon; hitsaus korjaustöissä
~ maalauksen esikäsittely
@ 7132 automaalari; autojen maalari | billackerare | vehicle painter; car sprayer
+ automaalaus; maalauksen esikäsittely; ruiskumaalaus
@ 7231 raskaskalustomekaanikko; kuorma-automekaanikko | tunga fordon-mekaniker | heavy vehicle mechanic
+ raskaan kaluston korjaus; auton vianetsintä
~ hydrauliikka
@ 7233 työkonemekaanikko; konekorjaaja; maatalouskonemekaanikko | arbetsmaskinsmekaniker | agricultural and industrial machinery mechanic; plant mechanic
+ työkoneiden korjaus; hydrauliikka
~ hitsaus korjaustöissä
@ 7233 pienkonemekaanikko; pienkoneasentaja; pienkonekorjaaja; moottorisahakorjaaja | småmotormekaniker | small engine mechanic; lawnmower mechanic
+ pienkoneiden korjaus; moottorikäyttöisten laitteiden huolto
~ moottorisahan teroitus; veneiden huolto
@ 7234 polkupyörämekaanikko; polkupyöränkorjaaja; pyörämekaanikko; pyöränkorjaaja; pyöräasentaja | cykelmekaniker; cykelreparatör | bicycle mechanic; bicycle repairer; bike mechanic
+ polkupyörien korjaus; renkaan paikkaus; vaihteiden säätö; pyörän jarrujen säätö
~ ketjujen vaihto; sähköpyörien huolto; pyörien kunnostus; vanteiden oikaisu; pyörän rakentaminen; navat ja laakerit
@ 7231 moottoripyörämekaanikko; mopomekaanikko | motorcykelmekaniker | motorcycle mechanic
+ moottoripyörien korjaus
@ 7231 venemekaanikko; perämoottorimekaanikko | båtmekaniker | boat mechanic; marine mechanic
+ veneiden huolto; veneiden talvisäilytys
@ 7421 kodinkoneasentaja; kodinkonekorjaaja; huoltoasentaja kodinkoneet | vitvarutekniker | domestic appliance repairer
+ kodinkoneiden korjaus; sähkölaitteiden korjaus
~ kodinkoneiden purku
@ 7421 elektroniikka-asentaja; elektroniikkakorjaaja; elektroniikan huoltaja | elektronikreparatör | electronics mechanic; electronics repairer
+ elektroniikka; sähkölaitteiden korjaus; juottaminen elektroniikassa
~ puhelinten korjaus; laitteiden testaus ja kunnostus
@ 7421 puhelinkorjaaja; kännykkäkorjaaja | mobilreparatör | mobile phone repairer
+ puhelinten korjaus; elektroniikka
@ 3115 katsastaja; katsastusinsinööri | bilbesiktare | vehicle inspector
+ katsastus; ajoneuvojen tarkastus
@ 5245 huoltoasematyöntekijä; huoltamon myyjä; huoltoasemamyyjä | bensinstationsbiträde | service station attendant
+ huoltoasematyöt; kassatyöt; asiakaspalvelu
~ kahvin keitto; pizzan valmistus
@ 7233 varaosamyyjä; varaosamies | reservdelsförsäljare | parts advisor; spare parts salesperson
+ varaosien myynti; asiakaspalvelu
== Kauppa ja asiakaspalvelu
@ 5230 kassamyyjä; kassa; kassatyöntekijä; kassahenkilö | kassabiträde; kassör | cashier; checkout operator; till operator
+ kassatyöt; rahankäsittely; maksupäätteen käyttö; asiakaspalvelu
~ hyllytys; kassakoneen käyttö; itsepalvelukassat; ikärajavalvonta; kassan avaus ja sulkeminen
@ 5223 myyjä; myymälämyyjä; kaupan myyjä; myyntineuvoja; myymälätyöntekijä | försäljare; butiksbiträde | shop assistant; sales assistant; retail assistant
+ myyntityö; asiakaspalvelu; kassatyöt; tuotteiden esillepano; tuotetuntemus
~ hyllytys; somistus; reklamaatioiden käsittely; kaupan alan perustutkinto; asiakkaan opastaminen kaupassa
@ 9334 hyllyttäjä; hyllyjen täyttäjä; täyttäjä; tavarantäyttäjä | varupåfyllare | shelf filler; shelf stacker
+ hyllytys; tuotteiden esillepano; päiväysten tarkistus; kuormien purku kaupassa
~ lavansiirtovaunun käyttö; pullonpalautus
@ 5223 vaatemyyjä; muotimyyjä; vaateliikkeen myyjä | klädförsäljare | clothing sales assistant
+ vaatemyynti; asiakaspalvelu; vaatteiden sovitus; kassatyöt
~ somistus
@ 5223 ruokakaupan myyjä; päivittäistavaramyyjä; marketin työntekijä | dagligvarubiträde | grocery store worker
+ ruokakaupan työt; hyllytys; kassatyöt
~ palvelutiski; hedelmä- ja vihannesosasto; päiväysten tarkistus
@ 5223 palvelutiskin myyjä; lihatiskin myyjä; kalatiskin myyjä | manuell disk-försäljare | deli counter assistant
+ palvelutiski; elintarvikkeiden käsittely; hygieniapassi
@ 5223 rautakaupan myyjä | järnhandelsförsäljare | hardware store sales assistant
+ rautakaupan työt; tuotetuntemus; asiakaspalvelu
@ 5223 elektroniikkamyyjä; kodinkonemyyjä | elektronikförsäljare | electronics sales assistant
+ kodinkoneiden myynti; tuotetuntemus
@ 5223 kenkämyyjä | skoförsäljare | shoe sales assistant
+ kenkien myynti; asiakaspalvelu
@ 5223 urheilukaupan myyjä | sportbutiksförsäljare | sports shop assistant
+ urheiluvälineiden myynti; asiakaspalvelu
@ 5223 kosmetiikkamyyjä; kauneusneuvoja | kosmetikförsäljare | beauty advisor; cosmetics sales assistant
+ kosmetiikan myynti; asiakaspalvelu
~ meikkaus
@ 5223 huonekalumyyjä; sisustusmyyjä | möbelförsäljare | furniture sales assistant
+ huonekalujen myynti; asiakaspalvelu
@ 3322 automyyjä | bilförsäljare | car salesperson
+ autojen myynti; myyntityö
@ 5223 kukkakauppias; floristi; kukkasitoja | florist | florist
+ kukkasidonta; asiakaspalvelu
~ kasvien hoito
@ 5211 torimyyjä; torikauppias; markkinamyyjä; kalakauppias | torghandlare | market trader; market stall seller
+ torimyynti; kassatyöt; asiakaspalvelu
~ rahankäsittely
@ 5221 kauppias; kauppiasyrittäjä; myymälän omistaja | köpman | shopkeeper
+ yrittäjyys; myyntityö; kirjanpito
~ tuotteiden tilaaminen
@ 5222 myymäläpäällikkö; myymälävastaava; vuoropäällikkö kaupassa; kassavastaava | butikschef | shop supervisor; store manager
+ kassavastaavan tehtävät; esihenkilötyö; työvuorosuunnittelu
~ tuotteiden tilaaminen; kassan avaus ja sulkeminen
@ 5230 lipunmyyjä; lippukassa | biljettförsäljare | ticket seller
+ lipunmyynti; kassatyöt
@ 5242 tuote-esittelijä; esittelijä; maistattaja | produktdemonstratör | sales demonstrator; product promoter
+ tuote-esittely; asiakaspalvelu
@ 5244 puhelinmyyjä; telemarkkinoija; myyntineuvottelija puhelimessa | telefonförsäljare | telemarketer; telephone salesperson
+ puhelinmyynti; puhelintyöskentely
~ asiakashankinta
@ 4222 asiakaspalvelija; asiakaspalveluneuvoja; asiakasneuvoja; asiakaspalvelusihteeri; puhelinpalvelija | kundtjänstmedarbetare; kundrådgivare | customer service agent; customer service representative; contact centre agent; call centre agent
+ asiakaspalvelu; puhelinasiakaspalvelu; asiakasneuvonta
~ chat-asiakaspalvelu; reklamaatioiden käsittely; tietokoneen käyttö; puhelinmyynti; asiakasrekisterin ylläpito
@ 3322 myyntiedustaja; myyntineuvottelija; kenttämyyjä; myyntipäällikkö | försäljningsrepresentant | sales representative; sales agent
+ kenttämyynti; myyntityö; asiakashankinta
~ B2B-myynti; neuvottelutaidot; ajokortti B
@ 5243 ovelta ovelle -myyjä; kotimyyjä | dörrförsäljare | door-to-door salesperson
+ kenttämyynti; asiakashankinta
@ 5249 verkkokaupan myyjä; verkkokauppatyöntekijä | e-handelsmedarbetare | online shop assistant
+ verkkokaupan työt; tilauskäsittely
~ verkkokauppa-alustat; click and collect
@ 4227 haastattelija; markkinatutkimushaastattelija; kyselyhaastattelija | intervjuare | survey interviewer; market research interviewer
+ markkinatutkimus; puhelintyöskentely
@ 5223 apteekin myyjä; farmaseutti myymälässä | apoteksbiträde | pharmacy assistant
+ apteekin myynti; asiakaspalvelu
~ apteekkityöt
@ 5223 optikkoliikkeen myyjä | optikerbiträde | optical assistant
+ optikon myymälä; asiakaspalvelu
@ 5249 eläinkaupan myyjä | djuraffärsbiträde | pet shop assistant
+ eläinkaupan työt; asiakaspalvelu
~ akvaariot
== Turvallisuus
@ 5414 vartija; turvallisuusvalvoja; vartiointityöntekijä; järjestyksenvalvoja-vartija | väktare | security guard; security officer
+ vartiointi; vartijakortti; kameravalvonta; kulunvalvonta
~ myymälävalvonta; ensiapu; alkusammutus; turvallisuusalan perustutkinto
@ 5414 järjestyksenvalvoja; portsari; ovimies; JV | ordningsvakt; dörrvakt | door supervisor; bouncer; crowd controller
+ järjestyksenvalvonta; järjestyksenvalvojakortti
~ tapahtumaturvallisuus; ensiapu; hankalan asiakkaan kohtaaminen
@ 5414 myymälävartija; myymäläetsivä | butiksväktare | store detective; retail security guard
+ myymälävalvonta; varkauksien ehkäisy; vartijakortti
@ 5419 pysäköinninvalvoja | parkeringsvakt | parking warden
+ pysäköinninvalvonta
@ 5411 palomies; pelastaja | brandman | firefighter
+ alkusammutus; ensiapu; fyysinen työ
@ 5413 vanginvartija; rikosseuraamusesimies | fångvaktare | prison officer
+ vartiointi; haastavan käyttäytymisen kohtaaminen
@ 5412 poliisi | polis | police officer
+ lainsäädännön tuntemus; ensiapu
@ 5414 valvomohenkilö; hälytyskeskuksen päivystäjä | larmoperatör | security control room operator
+ kameravalvonta; kulunvalvonta
== Kauneus ja hyvinvointi
@ 5141 kampaaja; parturi-kampaaja; hiustenleikkaaja | frisör | hairdresser; hair stylist
+ hiusten leikkaus; hiusten värjäys; kampaus; asiakaspalvelu
~ hius- ja kauneudenhoitoalan perustutkinto; kassatyöt
@ 5141 parturi; partaturi | barberare | barber
+ hiusten leikkaus; partojen hoito
@ 5142 kosmetologi; kauneudenhoitaja; ihonhoitaja | kosmetolog | beautician; beauty therapist
+ kosmetologin työt; meikkaus; kynsien hoito
@ 5142 kynsiteknikko; kynsienhoitaja | nagelterapeut | nail technician
+ kynsien hoito
@ 3255 hieroja; koulutettu hieroja | massör | massage therapist; masseur
+ hieronta
@ 3255 jalkahoitaja | fotvårdare | foot care specialist; chiropodist
+ jalkahoito
@ 3423 personal trainer; kuntosaliohjaaja; liikunnanohjaaja; ohjaaja kuntosalilla | träningsinstruktör | fitness instructor; personal trainer
+ kuntosaliohjaus; urheilu
~ ryhmänohjaus
@ 3422 urheiluvalmentaja; valmentaja; junioreiden valmentaja | idrottstränare | sports coach
+ liikunnan ohjaus lapsille; urheilu
~ seuratoiminta
`;
