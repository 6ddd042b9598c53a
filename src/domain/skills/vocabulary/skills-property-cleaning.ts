// Skills: property maintenance, cleaning, laundry and textile care.
export default `
== Kiinteistönhoito
kiinteistönhoito; kiinteistönhuolto; kiinteistöhuolto; kiinteistöhommat; kiinteistönhoitotyöt; talonmiehen työt; huoltomiehen hommat; huoltomiehen työt | fastighetsskötsel | property maintenance; building maintenance; caretaking
lumityöt; lumenluonti; lumen luominen; lumen auraus; auraus | snöröjning; snöskottning | snow clearing; snow removal; snow ploughing
hiekoitus; hiekoittaminen; liukkauden torjunta; hiekotus; hiekotukset | sandning; halkbekämpning | gritting; sanding icy paths
lumen pudotus katolta; kattojen lumityöt; katolta lumen pudottaminen | takskottning | clearing snow from roofs
kiinteistön tekniset tarkastukset; kierrokset; huoltokierrokset; tarkastuskierrokset | fastighetsronder | maintenance rounds; building inspections
kiinteistön talotekniikka; talotekniikka; lämmönjako; lämmönjakohuone | fastighetsteknik | building services; building technology
vikailmoitusten käsittely; vikailmoitukset; huoltopyynnöt | felanmälningar | handling fault reports; maintenance requests
lamppujen vaihtaminen; loisteputkien vaihto; polttimoiden vaihto | byta glödlampor | changing light bulbs
suodattimien vaihto; ilmanvaihtosuodattimet | filterbyte | changing filters
jätehuolto kiinteistössä; jätekatosten siisteys; jäteastioiden siirto; roska-astioiden tyhjennys | avfallshantering i fastighet | waste management in properties; emptying bins
ulkoalueiden hoito; pihojen hoito; pihahommat; pihatyöt; piha-alueiden siisteys | skötsel av utemiljö; gårdsarbete | maintaining outdoor areas; yard work
kiinteistön pienkorjaukset; huoltotyöt; pienet huoltotyöt; huoltaminen; korjaus- ja huoltotyöt | småreparationer i fastighet | building repairs and maintenance; odd jobs
saunan lämmitys; saunojen huolto | bastuvärmning | heating saunas
huoneistojen kunnostus; asuntojen kunnostus; muuttokunnostus | renovering av lägenheter | refurbishing flats
vesimittareiden luenta; mittarien luenta | mätaravläsning | meter reading
kiinteistöpalvelualan perustutkinto; kiinteistönhoitajan tutkinto; puhtaus- ja kiinteistöpalvelualan perustutkinto | grundexamen inom fastighetsservice | vocational qualification in property services
== Siivous
siivous; siivoaminen; siivoushommat; siivoustyöt; siivoojan työt; siivousala; siivota | städning; städa | cleaning; cleaning work
toimistosiivous; toimistojen siivous; toimistoissa siivous | kontorsstädning | office cleaning
ylläpitosiivous; päivittäissiivous; päivittäinen siivous | underhållsstädning; daglig städning | routine cleaning; daily cleaning
perussiivous; suursiivous; perusteellinen siivous | storstädning; grundstädning | deep cleaning; thorough cleaning
kotisiivous; kotien siivous; kodin siivous | hemstädning | domestic cleaning; house cleaning
kotitaloustyöt; kotityöt; kotiapu; kotitaloudessa auttaminen | hushållsarbete | household chores; housework
kerrossiivous; hotellisiivous; hotellihuoneiden siivous; huonesiivous; hotellihuoneet; petaus; sänkyjen petaus; vuodevaatteiden vaihto | hotellstädning; bäddning | hotel room cleaning; housekeeping; making beds
muuttosiivous; loppusiivous; muuttosiivoukset | flyttstädning | end-of-tenancy cleaning; move-out cleaning
rakennussiivous; loppusiivous työmaalla | byggstädning | post-construction cleaning
sairaalasiivous; sairaalan siivous; puhtaanapito sairaalassa; infektioiden torjunta siivouksessa | sjukhusstädning | hospital cleaning; infection control cleaning
koulusiivous; koulujen siivous; päiväkotisiivous | skolstädning | school cleaning
kauppakeskusten siivous; myymäläsiivous; kauppojen siivous | butiksstädning | retail cleaning; shopping centre cleaning
teollisuussiivous; tehdassiivous; tuotantotilojen siivous | industristädning | industrial cleaning
lattianhoito; lattioiden hoito; lattioiden vahaus; vahaus; lattioiden pesu; lattianpesu; pestä lattioita | golvvård; golvtvätt | floor care; floor cleaning; mopping floors
lattianhoitokoneiden käyttö; lattianhoitokone; yhdistelmäkone; lattianpesukone; ajettava lattianpesukone | golvvårdsmaskin; skurmaskin | using floor cleaning machines; floor scrubber
imurointi; imuroida; imuri; kuivaimurointi; kuivaimuroida; pölynimuri | dammsugning | vacuuming; vacuum cleaning
pölyjen pyyhintä; pölyjen pyyhkiminen; pinnat; pintojen pyyhintä; kostea pyyhintä | damning | dusting; wiping surfaces
wc-tilojen siivous; vessojen siivous; saniteettitilojen siivous; vessat; pesuhuoneiden siivous | toalettstädning | cleaning toilets and washrooms
keittiön siivous; keittiötilojen puhtaanapito; taukotilojen siivous | köksstädning | cleaning kitchens
puhdistusaineiden tuntemus; pesuaineet; pesuaineiden annostelu; kemikaalien käyttö siivouksessa; puhdistusaineet | rengöringsmedel; kemikalier | knowledge of cleaning agents; dosing detergents
siivousvälineiden käyttö; siivousvälineet; siivouskärry; mikrokuituliinat; moppaus; mopit | städutrustning | using cleaning equipment
jätteiden lajittelu; lajittelu; roskien lajittelu; kierrätys lajittelu; jätteiden käsittely | sortering av avfall; källsortering | waste sorting; sorting rubbish
roskien keruu; roskien poiminta; roskien kerääminen; roskat | skräpplockning | litter picking
ikkunanpesu; ikkunoiden pesu; lasipintojen puhdistus; ikkunapesu | fönstertvätt; fönsterputs | window cleaning; washing windows
julkisivujen pesu; julkisivupesu; painepesu; painepesuri | fasadtvätt; högtryckstvätt | facade washing; pressure washing
korkealla työskentely; nostimet; henkilönostin; nosturista työskentely; nostolava; henkilönostimen käyttö | arbete på höjd; skylift | working at height; using aerial work platforms
mattojen pesu; mattopesu; tekstiilien pesu; verhoilun puhdistus | mattvätt | carpet cleaning; upholstery cleaning
desinfiointi; desinfioiminen; pintojen desinfiointi | desinficering | disinfection
hajunpoisto; otsonointi | luktsanering | odour removal
saneeraussiivous; vahinkosaneeraus; kuolinpesän siivous; hamstraajan kodin siivous | saneringsstädning | restoration cleaning; trauma cleaning
laitoshuolto; laitoshuoltajan työt; puhtaanapito laitoksissa | lokalvård; institutionsstädning | institutional cleaning; facility services
välinehuolto; instrumenttihuolto; välineiden puhdistus; instrumenttien pesu; sterilointi; steriloiminen | instrumentvård; sterilisering | sterilisation of instruments; instrument care
vuodehuolto; vuoteiden sijaus; sairaalan vuodehuolto | sängvård | bed making in hospitals
ruoanjakelu osastolle; ateriapalvelu osastolla; ruokakärryt | matdistribution | distributing meals on wards
siivoustyön suunnittelu; siivoussuunnitelma; siivouksen laadunvalvonta | planering av städarbete | planning cleaning work; cleaning quality control
siivousalan koulutus; toimitilahuoltajan tutkinto; laitoshuoltajan tutkinto; puhtauspalvelualan koulutus | städutbildning | cleaning qualification
== Pesula ja tekstiilihuolto
pyykinpesu; pyykkäys; pyykkihommat; pyykit; pestä pyykkiä; pyykin pesu | tvätt; tvätta kläder | laundry; washing clothes
pesulatyöt; pesulassa työskentely; pesulatyö; pesulan työt; pesulahommat | tvätteriarbete | laundry work
mankelointi; mankeloida; mankeli; mankeloiminen | mangling | ironing with a mangle; mangling
silitys; silittäminen; prässäys; prässääminen; silittää; silitysrauta | strykning; pressning | ironing
pyykin viikkaus; viikkaaminen; taittelu; pyykin taittelu; pyykkien taittelu; viikata | vikning av tvätt | folding laundry
pyykin lajittelu; tekstiilien lajittelu; liinavaatteiden lajittelu; liinavaatteet | sortering av tvätt | sorting laundry; sorting linen
pesukoneiden käyttö; teollisuuspesukoneet; kuivausrummut; kuivausrumpu; pesukone | tvättmaskiner | operating washing machines; tumble dryers
kemiallinen pesu; kemiallinen puhdistus; tahranpoisto; tahrojen poisto | kemtvätt; fläckborttagning | dry cleaning; stain removal
tekstiilihuolto; tekstiilien huolto; tekstiilihuoltaja | textilvård | textile care
liinavaatehuolto; työvaatehuolto; työvaatteiden huolto | linnevård; arbetskläder | linen service; workwear service
pesulan asiakaspalvelu; vaatteiden vastaanotto | kundtjänst i tvätteri | laundry customer service
`;
