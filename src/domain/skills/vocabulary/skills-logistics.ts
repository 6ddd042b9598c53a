// Skills: warehouse, transport, driving licences, car, bicycle and small engine repair.
export default `
== Varasto ja logistiikka
varastotyöt; varastohommat; varastotyö | lagerarbete | warehouse work
keräily; keräilytyö; tilausten keräily; keräillä; keräilyä; kerääminen varastossa; poiminta varastossa | plockning; orderplockning | order picking
trukin ajaminen; trukilla ajo; trukki; trukin kuljettaminen; trukkikuski | truckkörning | forklift driving; operating a forklift
trukkikortti; trukkilupa; trukkikoulutus; trukinkuljettajan koulutus | truckkort | forklift licence
lavansiirtovaunun käyttö; pumppukärry; sähköinen lavansiirtovaunu; lavansiirtovaunu; haarukkavaunu | pallyftare; handtruck | using a pallet truck
tavaran vastaanotto; vastaanotto varastossa; saapuvat tavarat; tavaran purku; kuormien purku; kontin purku; rekan purku | varumottagning | goods receiving; unloading deliveries
tavaran lähettäminen; lähetykset; lähtevät tavarat; kuormaus; kuormien lastaus; lastaus; lastaaminen | utlastning | dispatching goods; loading
hyllytys varastossa; hyllypaikat; varastopaikat; tavaroiden hyllyttäminen varastoon | hyllplacering | put-away; storing goods on shelves
inventaario; inventointi; inventoida; varaston laskenta; varastolaskenta | inventering | stocktaking; inventory counting
varastonhallinta; varastojärjestelmät; varastonhallintajärjestelmä; SAP; WMS | lagerstyrning | warehouse management systems; inventory management
käsipäätteen käyttö; käsipääte; viivakoodinlukija; viivakoodit; skanneri; äänikeräily | handdator; streckkodsläsare | using a handheld scanner; barcode scanning
lähetysten käsittely; rahtikirjat; lähetyslistat; rahdit | fraktsedlar | handling consignments; waybills
logistiikka; logistiikkatyöt; logistiikkakeskus; terminaali; terminaalityö | logistik | logistics; terminal work
postin lajittelu; postinlajittelu; lajittelukeskus; pakettien lajittelu; kirjeiden lajittelu | postsortering | mail sorting; parcel sorting
logistiikan perustutkinto; varastonhoitajan tutkinto; logistiikka-alan koulutus | grundexamen i logistik | vocational qualification in logistics
== Kuljetus ja ajaminen
kuljetustyöt; kuljetus; kuljetukset; kuljetushommat; kuljettaminen; ajotyöt; ajohommat | transportarbete | driving jobs; transport work
henkilöauton ajaminen; autolla ajo; ajaminen; auton ajaminen; autoilu | bilkörning | driving a car
pakettiauton ajaminen; pakettiauto; pakettiautolla ajo; pakettiauton kuljettaminen | skåpbilskörning | driving a van
kuorma-auton ajaminen; kuorma-auto; kuorma-autolla ajo; rekan ajo; rekka | lastbilskörning | driving a lorry; truck driving
yhdistelmäajoneuvon ajaminen; yhdistelmä; rekka-auto; täysperävaunu; puoliperävaunu | körning med släp | driving an articulated lorry; driving with a trailer
linja-auton ajaminen; bussin ajo; bussilla ajo; bussikuski; linja-auto; bussi | bussköring | bus driving
taksin ajaminen; taksilla ajo; taksi; taksiajo | taxikörning | taxi driving
taksilupa; taksinkuljettajan ajolupa; taksikortti | taxiförarlegitimation | taxi driver's licence
ammattipätevyys; kuljettajan ammattipätevyys; ammattipätevyyskoulutus; YKJ-koulutus; ammattipätevyys voimassa | yrkeskompetens för förare | driver certificate of professional competence
ADR-lupa; ADR; vaarallisten aineiden kuljetus; ADR-ajolupa; VAK | ADR-intyg; farligt gods | ADR licence; transport of dangerous goods
jakelu; jakelutyöt; jakeluajo; jakelukuljetukset; tavaran jakelu; pakettien jakelu; pakettien jakaminen; paketit kotiovelle | distribution; utdelning | deliveries
ruokalähetin työt; ruoan kuljetus; ruokalähetti; ruokakuljetukset; kotiinkuljetus; foodora; wolt | matleverans; budcykel | food delivery; delivering takeaway food
lähettityö; kuriiri; kuriirityö; pikakuljetukset | budarbete | courier work; messenger work
lehdenjako; lehtien jakaminen; lehtien jako; mainosten jako; mainosjako; jakelu aamuisin | tidningsutdelning | newspaper delivery; leaflet distribution
postinjako; postin jakaminen; postin jakelu; posti | postutdelning | delivering mail
muuttotyöt; muutot; muuttoapu; muuttojen tekeminen; muuttolaatikot | flyttarbete | removals; moving house
huonekalujen kantaminen; kantoapu; raskaiden tavaroiden kantaminen | bära möbler | carrying furniture; heavy lifting
kuljetussuunnittelu; reitinsuunnittelu; reittien suunnittelu; ajojärjestely | ruttplanering | route planning; transport planning
ajopiirturi; ajo- ja lepoajat; ajopäiväkirja | färdskrivare; kör- och vilotider | tachograph; driving and rest times
kuorman sidonta; kuorman kiinnitys; kuormansidonta | lastsäkring | securing loads
nosturiauto; nosturin käyttö; kuormausnosturi; HIAB; nosturi | kranbil; lastkran | operating a lorry crane
siirtokuljetus; autojen siirto; siirtoajot | överföringskörning | vehicle transfer driving
koulukuljetukset; asiointiliikenne; palveluliikenne; kelakuljetukset; invataksi | skolskjuts; färdtjänst | school transport; accessible transport
jäteauton ajaminen; jätteenkuljetus | sopbilskörning | refuse lorry driving
traktorin ajo tiellä; traktorikortti; T-kortti | traktorkort | tractor licence
moottorikelkka; mönkijä; mönkijällä ajo | snöskoter; fyrhjuling | snowmobile; quad bike
ajokortti B; B-kortti; henkilöauton ajokortti; ajokortti; B-ajokortti; ajokortti B | körkort B | driving licence category B; driving licence
ajokortti C; C-kortti; kuorma-auton ajokortti; C1-kortti; C-ajokortti | körkort C | driving licence category C; lorry licence
ajokortti CE; CE-kortti; yhdistelmäajoneuvon ajokortti; CE-ajokortti | körkort CE | driving licence category CE; articulated lorry licence
ajokortti D; D-kortti; linja-auton ajokortti; D-ajokortti | körkort D | driving licence category D; bus licence
ajokortti BE; BE-kortti; perävaunukortti | körkort BE | driving licence category BE
ajokortti A; moottoripyöräkortti; A-kortti; moottoripyörä | körkort A | motorcycle licence
mopokortti; AM-kortti; mopo; mopoauto | mopedkörkort | moped licence
ajoneuvonosturin käyttö; torninosturi; siltanosturi; nosturit | kranförare | crane operation
maarakennuskoneen kuljettaminen; työkoneet; työkoneella ajo; työkoneiden kuljetus | entreprenadmaskinförare | operating earthmoving machinery; driving heavy plant
== Auto- ja konekorjaus
auton korjaus; autojen korjaus; autokorjaus; autojen korjaaminen; autojen huolto; auton huolto; autohuolto; autojen korjaamolla; korjaamo | bilreparation; bilservice | car repair; car servicing
määräaikaishuolto; huoltotoimenpiteet; huollot; öljynvaihto; öljynvaihdot; suodattimien vaihto autoon | service; oljebyte | routine servicing
jarrujen korjaus; jarrut; jarrupalojen vaihto; jarrulevyt | bromsreparation | brake repair; replacing brake pads
renkaiden vaihto; rengastyöt; renkaanvaihto; renkaat; rengasasennus; renkaiden tasapainotus; vanteet; rengashotelli | däckbyte | tyre changing; tyre fitting
auton vianetsintä; vikadiagnostiikka; diagnostiikkalaite; vikakoodit; vianmääritys | felsökning på bil | vehicle diagnostics; fault diagnosis
autosähkö; autosähkötyöt; auton sähköjärjestelmät | bilel | vehicle electrical systems
pakoputkien vaihto; pakoputkisto; alustatyöt; iskunvaimentimet; jousitus | avgassystem; chassiarbete | exhaust repair; suspension work
moottorin korjaus; moottorit; moottoriremontti; jakohihna | motorreparation | engine repair
peltityöt autoon; kolarikorjaus; korikorjaus; autopeltisepän työt; oikaisu | plåtreparation; karosseriarbete | panel beating; bodywork repair
automaalaus; auton maalaus; autojen maalaus; paikkamaalaus | billackering | car painting; vehicle spraying
auton pesu; autojen pesu; autopesu; autopesula; autojen sisäpuhdistus; sisäpuhdistus; vahaus autolle; autojen vahaus; auton puhdistus | biltvätt | car washing; car valeting
raskaan kaluston korjaus; kuorma-autojen korjaus; raskas kalusto | tunga fordon | heavy vehicle repair
työkoneiden korjaus; työkonemekaanikon työt; työkoneet huolto; maatalouskoneiden korjaus | arbetsmaskinsreparation | repairing work machines
pienkoneiden korjaus; pienkonekorjaus; pienkonekorjaamo; ruohonleikkureiden korjaus; moottorisahojen huolto | småmotorreparation | small engine repair; lawnmower repair
veneiden huolto; perämoottorit; venemoottorit | båtservice | boat maintenance; outboard motors
moottoripyörien korjaus; mopojen korjaus; skootterit | motorcykelreparation | motorcycle repair
ajoneuvoasentajan tutkinto; automekaanikon koulutus; autoalan perustutkinto; automekaanikon tutkinto | grundexamen inom fordonsbranschen | vocational qualification in motor vehicle technology
katsastus; katsastukset; katsastuksen tekeminen | besiktning | vehicle inspection
varaosien myynti; varaosat; varaosamyynti | reservdelsförsäljning | selling spare parts
== Polkupyörät
polkupyörien korjaus; pyöränkorjaus; polkupyöränkorjaus; pyörien korjaus; pyöriä korjaamaan; pyörähuolto; polkupyörähuolto | cykelreparation | bicycle repair; bike repair
renkaan paikkaus; sisärenkaan vaihto; rengasrikko; puhjennut rengas; renkaan vaihto pyörään; paikkaaminen | laga punktering | fixing punctures
vaihteiden säätö; vaihteet; vaihdevaijerit; vaihteiden huolto | växeljustering | adjusting gears
ketjujen vaihto; ketjut; ketjun voitelu | kedjebyte | replacing chains
pyörän jarrujen säätö; jarrujen säätö | bromsjustering | adjusting brakes
sähköpyörien huolto; sähköpyörät; sähköpotkulaudat | elcykelservice | e-bike servicing
pyörien kunnostus; käytettyjen pyörien kunnostus | renovering av cyklar | refurbishing bicycles
vanteiden oikaisu; pinnojen vaihto; kiekot | hjulriktning | wheel truing
`;
