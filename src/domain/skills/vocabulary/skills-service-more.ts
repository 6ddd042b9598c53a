// Skills: the detailed tasks of service work, sports and leisure, animals and everyday life.
export default `
== Asiakaspalvelu ja myynti, tarkemmin
kassakoneen käyttö; kassakone | kassaapparat | using a cash register
itsepalvelukassat; itsepalvelukassojen valvonta | självbetjäningskassor | supervising self-service checkouts
kanta-asiakasohjelmat; kanta-asiakaskortit; bonukset | kundkort | loyalty programmes
tarjousten myynti; kampanjat kaupassa; tarjoukset | kampanjer | promotions and offers
asiakaspalautteen käsittely; palautteet; asiakaspalaute | kundfeedback | handling customer feedback
palvelu usealla kielellä; kielitaito asiakaspalvelussa | flerspråkig service | multilingual customer service
hankalan asiakkaan kohtaaminen; konfliktien ratkaisu; riitatilanteet | konflikthantering | dealing with difficult customers; conflict resolution
puhelintyöskentely; soittaminen; soitot; takaisinsoitot | telefonarbete | telephone work; making calls
ajanvarausten hoito puhelimessa; vastaanotto puhelimessa | tidsbokning per telefon | booking by phone
myynnin seuranta; myyntiraportit | försäljningsuppföljning | sales tracking
asiakashankinta; prospektointi; uusasiakashankinta | kundanskaffning | lead generation; finding new customers
B2B-myynti; yritysasiakkaat | företagsförsäljning | business-to-business sales
tuotteiden tilaaminen; tilaukset kauppaan; tilausten teko kauppaan; ennakkotilaukset | beställning av varor | ordering stock
vaatteiden sovitus; sovituskopit; koon valinta | provrum | fitting room service
kosmetiikan myynti; kosmetiikka; kosmetiikkaneuvonta | kosmetikförsäljning | cosmetics sales and advice
kodinkoneiden myynti; elektroniikan myynti; viihde-elektroniikan myynti | elektronikförsäljning | electronics sales
autojen myynti; automyynti; autokauppa | bilförsäljning | car sales
huonekalujen myynti; sisustusmyynti | möbelförsäljning | furniture sales
kenkien myynti; kenkäkauppa | skoförsäljning | shoe sales
urheiluvälineiden myynti; urheilukauppa | sportbutik | sports equipment sales
apteekin myynti; itsehoitolääkkeet | receptfria läkemedel | selling over-the-counter medicines
optikon myymälä; silmälasit | optiker | optical retail
== Majoitus, matkailu ja tapahtumat, tarkemmin
matkatavaroiden käsittely hotellissa; portieeri; vahtimestari hotellissa | portier | hotel porter duties
hotellin aamiainen; aamiaisbuffet; buffetin täyttö | frukostbuffé | breakfast buffet service
kokoustilojen valmistelu; tilojen järjestely; kalusteiden järjestely | konferensförberedelser | preparing meeting rooms
pukuhuoneiden valvonta; kylpylä; uimahallin kassa | badhusarbete | spa and swimming pool work
lippujen tarkastus tapahtumissa; järjestyksenpito tapahtumissa; järjestysmies | biljettkontroll på evenemang | checking tickets at events
lavarakentaminen; lavojen pystytys; roudaus; roudari | scenbygge; roddare | stage building; roadie work
liikuntapaikkojen hoito; jäänhoito; kaukalon jäädytys; latujen teko; latujen hoito | idrottsplatsskötsel; isvård | maintaining sports grounds; ice rink maintenance
hiihtokeskustyöt; rinnetyöt; hissihenkilökunta; rinnehuolto | skidanläggning | ski resort work
ohjelmapalvelut luonnossa; melontaretket; vaellusretket; erätaidot; erä | naturguidning | outdoor guiding; wilderness skills
kalastusopastus | fiskeguidning | fishing guiding
== Urheilu ja vapaa-aika
urheilu; liikunta; urheileminen; kuntoilu; harrastan liikuntaa | idrott; motion | sports; exercise
jalkapallo; futis; jalkapallovalmennus | fotboll | football
jääkiekko; lätkä; salibandy; sähly | ishockey; innebandy | ice hockey; floorball
tuomarointi; erotuomari; tuomaritoiminta | domare | refereeing
seuratoiminta; urheiluseura; seuran toiminta | föreningsverksamhet | sports club activities
partio; partiojohtaja; partiotoiminta | scouting | scouting
nuorten harrastusten ohjaus; harrastusohjaus; kerhonohjaaja | fritidsledning | leading youth hobby groups
pelaaminen; e-urheilu; tietokonepelit | e-sport; datorspel | gaming; e-sports
shakki | schack | chess
kalastus vapaa-ajalla; pilkkiminen; virvelöinti | sportfiske | recreational fishing
ruoanlaitto kotona; leipominen kotona | matlagning hemma | home cooking
== Eläimet, tarkemmin
koirien koulutus; koulutus koirille; tottelevaisuus; koiran koulutus | hundträning | dog training
hevosten ruokinta; karsinoiden siivous; tallin siivous | stallskötsel | feeding horses; mucking out stables
kavioiden hoito; kengitys; kengittäjä | hovvård; hovslagare | hoof care; farriery
eläinsuojelu; löytöeläimet; eläinsuoja | djurskydd | animal welfare; animal shelter work
akvaariot; terraariot; pieneläimet | akvarier | aquarium and small animal care
eläinkaupan työt; lemmikkieläinkauppa; eläintarvikkeet | djuraffär | pet shop work
tilan eläinten hoito lomalla; lomittaminen eläintiloilla | djurskötsel vid ledighet | relief animal care on farms
== Arki ja asiointi
kodinhoito; kodinhoitotyöt; kotitaloustaidot; kotitalous | hemskötsel | home management; household skills
vaatehuolto kotona; vaatteiden huolto | klädvård | caring for clothes
kaupassa asiointi; asiointi; asioiden hoitaminen | ärenden | running errands
raha-asioiden hoito; oman talouden hoito; budjetin teko; talousosaaminen | privatekonomi | managing personal finances
lasten kasvatus; vanhemmuus; omien lasten hoito | föräldraskap | parenting
omaisen hoitaminen; läheisen auttaminen | anhörigvård | caring for a relative
naapuriapu; kauppakassien kantaminen naapurille; lumityöt naapurille | grannhjälp | helping neighbours
muuttaminen; oma muutto; muuton järjestäminen | flytt | organising a move
pyöräily; polkupyörällä liikkuminen | cykling | cycling
kävely; lenkkeily; ulkoilu | promenader | walking; outdoor recreation
`;
