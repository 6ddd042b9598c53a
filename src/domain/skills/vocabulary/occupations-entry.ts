// Occupations: more entry-level and seasonal jobs, and crafts not listed elsewhere.
export default `
== Aloitustyöt ja kausityöt
@ 9613 lumityöntekijä; lumenluoja; lumitöiden tekijä | snöskottare | snow clearer
+ lumityöt; hiekoitus; lumen pudotus katolta
~ traktorin käyttö; korkealla työskentely; lumen kuljetus
@ 9613 katujen kunnossapitotyöntekijä; katutyöntekijä; kunnossapitotyöntekijä | gatuunderhållsarbetare | street maintenance worker
+ ulkoalueiden siivous; hiekoitus; lumityöt
~ liikenteenohjaus työmaalla; tieturva
@ 9214 pihatyöntekijä; pihamies; pihanhoitaja | gårdsarbetare | yard worker
+ ulkoalueiden hoito; haravointi; ruohonleikkuu; lumityöt
~ pensaiden leikkaus; roskien keruu
@ 6113 golfkentänhoitaja; greenkeeper | greenkeeper | greenkeeper
+ ruohonleikkuu; ajoleikkurin käyttö; kastelu
~ nurmikon perustaminen
@ 6113 kasvihuoneviljelijä; vihannesviljelijä | växthusodlare | greenhouse grower
+ kasvihuonetyöt; vihannesten viljely; taimikasvatus
~ kasvinsuojelu; yrittäjyys
@ 9629 liikenteenohjaaja; tietyömaan liikenteenohjaaja; liikenteenohjaaja työmaalla | trafikdirigent | traffic controller on road works
+ liikenteenohjaus työmaalla; tieturva
@ 9329 tuotantoapulainen; tehdasapulainen; tuotannon apulainen | produktionsbiträde | production assistant; manufacturing helper
+ tehdastyöt; pakkaaminen; materiaalien kantaminen
~ linjatyö; siivous
@ 9329 pakkaamotyöntekijä; tarroittaja; pussittaja | packeriarbetare | packing room worker; labeller
+ pakkaaminen; tarroitus; kokoaminen ja pakkaus
@ 4321 inventoija; inventaariotyöntekijä | inventerare | stocktaker; inventory counter
+ inventaario; käsipäätteen käyttö
@ 7233 laitosmies; laitoshuoltomies | anläggningsskötare | plant maintenance worker
+ kunnossapito; kiinteistön talotekniikka; kiinteistön pienkorjaukset
~ hitsaus korjaustöissä; pumppujen huolto
@ 3113 huoltoteknikko; kiinteistöteknikko; talotekniikan huoltoteknikko | fastighetstekniker | building services technician
+ kiinteistöautomaatio; kiinteistön talotekniikka; ilmanvaihtotyöt
~ lämmitysjärjestelmät
@ 8111 kaivostyöntekijä; kaivosmies; louhija | gruvarbetare | miner; quarry worker
+ kalliorakentaminen; työturvallisuus
~ maarakennuskoneen kuljettaminen
@ 5153 suntio; seurakuntamestari | kyrkvaktmästare | sexton; verger
+ kiinteistönhoito; hautausmaan hoito
~ kokoustilojen valmistelu
@ 9629 museovalvoja; näyttelyvalvoja; salivalvoja | museivakt | museum attendant
+ asiakaspalvelu; kameravalvonta
@ 9629 narikkatyöntekijä; narikanhoitaja | garderobiär | cloakroom attendant
+ ovimiehen työt; asiakaspalvelu
@ 2659 DJ; tiskijukka; deejii | diskjockey | DJ; disc jockey
+ musiikin tuottaminen; musiikki
@ 5246 jäätelömyyjä; kesäkioskin myyjä | glassförsäljare | ice cream seller
+ kioskityöt; kassatyöt
@ 9629 uimahallityöntekijä; kylpylätyöntekijä | badhusarbetare | swimming pool attendant
+ pukuhuoneiden valvonta; uimahallin siivous; asiakaspalvelu
@ 9629 leirikeskuksen työntekijä; leiriohjaaja | lägerarbetare | camp worker
+ leirikoulut; ryhmänohjaus
~ ruoanvalmistus
@ 3422 ratsastuksenopettaja; ratsastuksenohjaaja | ridlärare | riding instructor
+ ratsastus; hevosten hoito
@ 6224 metsästäjä; riistanhoitaja | jägare | hunter; gamekeeper
+ metsästyskortti
@ 9629 kuljetusavustaja; saattaja; liikunta-avustaja | ledsagare | escort; transport assistant
+ matkustajien avustaminen; henkilökohtainen apu
@ 7234 kaupunkipyörähuoltaja; potkulautahuoltaja; sähköpotkulautojen huoltaja | cykelserviceman | shared bike and e-scooter technician
+ sähköpyörien huolto; polkupyörien korjaus
~ pakettiauton ajaminen
@ 4412 postittaja; postitustyöntekijä | postbehandlare | mailing clerk
+ kirjekuorten täyttö; postin käsittely; osoitetarrat
@ 9629 mainosten jakaja; esitteiden jakaja; flyerien jakaja | reklamutdelare | leaflet distributor
+ lehdenjako
@ 9629 kausityöntekijä maataloudessa; sadonkorjuutyöntekijä | säsongsarbetare i jordbruket | seasonal farm worker
+ sadonkorjuu; marjanpoiminta
~ vihannesten viljely
== Käsityöammatit
@ 7115 veneenrakentaja; puuvenerakentaja | båtbyggare | boat builder
+ veneenrakennus; puutyöt
~ lasikuitutyöt
@ 7535 nahkatyöntekijä; nahkuri; satulaseppä | läderhantverkare; sadelmakare | leather worker; saddler
+ nahkatyöt; ompelu
@ 7311 kelloseppä; kellonkorjaaja | urmakare | watchmaker
+ käsien käyttö; korujen teko
@ 7312 soitinrakentaja; soitinkorjaaja | instrumentmakare | musical instrument maker
+ puutyöt; musiikki
@ 7315 lasinpuhaltaja; lasiartesaani | glasblåsare | glass blower
+ lasityöt
@ 8152 kudontakoneenhoitaja; neulekoneenhoitaja; tekstiilikoneenhoitaja | vävmaskinsoperatör | weaving and knitting machine operator
+ tekstiiliteollisuus; koneenhoito
@ 8154 värjääjä; tekstiilien värjääjä | färgare | textile dyer
+ lankojen värjäys; tekstiiliteollisuus
@ 7318 neuloja; käsityöneuloja | stickerska | knitter
+ neulonta; virkkaus
@ 7549 kehystäjä; taulujen kehystäjä | inramare | picture framer
+ kehystys
@ 7549 kukka- ja puutarhakaupan myyjä; puutarhamyymälän myyjä | trädgårdsbutiksbiträde | garden centre assistant
+ kasvien hoito; asiakaspalvelu; kassatyöt
@ 7132 huonekalumaalari; huonekalujen pintakäsittelijä | möbellackerare | furniture finisher
+ huonekalujen maalaus; pintakäsittely puulle; ruiskumaalaus
@ 8114 betonielementtityöntekijä; elementtitehtaan työntekijä | betongelementarbetare | precast concrete worker
+ betonielementtien valmistus; raudoitus; betonityöt
@ 8181 lasitehtaan työntekijä; keramiikkatehtaan työntekijä | glasbruksarbetare | glass and ceramics plant operator
+ lasiteollisuus; koneenhoito
@ 8131 kemianteollisuuden prosessityöntekijä; kemikaalityöntekijä | kemiprocessarbetare | chemical plant operator
+ kemianteollisuus; prosessinhoito; kemikaalikortti
@ 8131 lääketehtaan työntekijä; lääkevalmistaja | läkemedelsarbetare | pharmaceutical production operator
+ lääketeollisuus; puhdastilatyöskentely
@ 8122 pintakäsittelijä metalliteollisuudessa; galvanoija; pinnoittaja | ytbehandlare | metal finishing and plating operator
+ galvanointi; teollisuusmaalaus
@ 8160 kahvinpaahtaja; makeistyöntekijä | kafferostare | coffee roaster; confectionery worker
+ kahvin paahto; suklaan valmistus; elintarvikehygienia
@ 7512 panimotyöntekijä; panimomestari | bryggeriarbetare | brewery worker
+ oluen valmistus; juomateollisuus
@ 6121 porotalousyrittäjä; poromies | renskötare | reindeer herder
+ porotalous
@ 6121 sorkkahoitaja | klövvårdare | hoof trimmer (cattle)
+ sorkkahoito; karjanhoito
@ 9629 turvatarkastaja; lentoaseman turvatarkastaja | säkerhetskontrollant | security screener; airport security officer
+ turvatarkastus; asiakaspalvelu
@ 5414 arvokuljettaja; rahankuljettaja | värdetransportör | cash-in-transit guard
+ arvokuljetus; vartijakortti
@ 3512 tietokonekierrättäjä; laitekunnostaja | datoråterbrukare | computer refurbisher
+ tietokoneiden kierrätys; laitteiden testaus ja kunnostus; tietojen poisto laitteista
@ 2166 käyttöliittymäsuunnittelija; UX-suunnittelija | UX-designer | UX designer
+ käyttöliittymäsuunnittelu; saavutettavuus
@ 2529 tietoturva-asiantuntija; kyberturva-asiantuntija | säkerhetsspecialist | cyber security specialist
+ kyberturvallisuus; tietoverkot
@ 2422 hankekoordinaattori; projektikoordinaattori; projektisihteeri | projektkoordinator | project coordinator
+ hankehallinto; projektinhallinta
@ 3412 palveluohjaaja; palveluneuvoja | servicehandledare | service coordinator; case manager
+ palveluohjaus; asiakkaan kohtaaminen; verkostotyö
@ 3412 talous- ja velkaneuvoja; talousneuvoja | skuldrådgivare | debt adviser
+ velkaneuvonta; asiakkaan kohtaaminen
`;
