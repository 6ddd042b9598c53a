// Skills: shops, cashier work, customer service, sales, security and beauty care.
export default `
== Kauppa ja kassa
kassatyöt; kassatyö; kassa; kassahommat; kassalla työskentely; kassanhoito | kassaarbete; kassa | cashier work
rahankäsittely; käteisen käsittely; rahan käsittely; kassan laskeminen; tilitys; kassan tilitys | kontanthantering | cash handling; cashing up
maksupäätteen käyttö; maksupääte; korttimaksut; kassajärjestelmät; kassajärjestelmä | betalterminal; kassasystem | using card terminals; point of sale systems
hyllytys; hyllyttäminen; hyllytin; hyllyjen täyttö; hyllyjen täyttäminen; tavaroiden hyllytys; hyllyttämään; hyllyttää | varupåfyllning | shelf filling; stocking shelves
tuotteiden esillepano; esillepano; tuotteiden järjestely; hyllyjen järjestäminen; hyllyjen siisteys | varuexponering | merchandising; arranging products
päiväysten tarkistus; päivämäärien tarkistus; hävikin hallinta; hävikki | datumkontroll | checking best-before dates; waste control
kuormien purku kaupassa; kuorman purku; kuormat; rullakot | uppackning av leveranser | unloading deliveries in a shop
myymälätyöt; myymälä; kaupan työt; kauppa; kaupan hommat | butiksarbete | shop work; retail work
myyntityö; myynti; myyminen; myydä; myyntihommat | försäljning; säljarbete | sales; selling
asiakaspalvelu; asiakaspalvelutyö; asiakkaiden palvelu; asiakkaiden palveleminen; asiakaspalvelutaidot; asiakkaiden kohtaaminen; palvella asiakkaita | kundservice; kundbetjäning | customer service; serving customers
puhelinasiakaspalvelu; asiakaspalvelu puhelimessa; puhelinpalvelu; call center; puhelut; puheluihin vastaaminen; asiakaspalvelukeskus | telefonkundtjänst; kundtjänst per telefon | telephone customer service; call centre work
chat-asiakaspalvelu; sähköpostiasiakaspalvelu; verkkoasiakaspalvelu | chattkundtjänst | chat and email customer service
puhelinmyynti; telemarkkinointi; myynti puhelimessa | telefonförsäljning | telephone sales; telemarketing
kenttämyynti; ovelta ovelle -myynti; myyntiedustus; yritysmyynti | fältförsäljning | field sales; door-to-door sales
reklamaatioiden käsittely; reklamaatiot; valitukset; palautukset | reklamationer | handling complaints and returns
tuote-esittely; esittelytyö; maistatus; maistatukset | produktdemonstration | product demonstrations; in-store sampling
somistus; somistaminen; ikkunasomistus; näyteikkunat | skyltning | visual merchandising; window dressing
vaatemyynti; vaateliike; vaatteiden myynti; vaatekauppa | klädförsäljning | clothes retail; selling clothes
ruokakaupan työt; ruokakauppa; lähikauppa; supermarket; päivittäistavarakauppa | dagligvaruhandel | grocery retail; supermarket work
rautakaupan työt; rautakauppa | järnhandel | hardware store work
kioskityöt; kioski; R-kioski | kiosk | kiosk work
huoltoasematyöt; huoltoasema; polttoaineen myynti | bensinstation | service station work
torimyynti; tori; torikauppa; markkinat; myin torilla; myyntikoju | torghandel | market stall sales; market trading
lipunmyynti; lippujen myynti; lipunmyyjänä | biljettförsäljning | ticket sales
verkkokaupan työt; verkkokauppa; verkkokaupan tilausten käsittely; nettikauppa | e-handel | online shop work; e-commerce
tuotetuntemus; tuotteiden tuntemus | produktkännedom | product knowledge
kaupan alan perustutkinto; merkonomi; liiketoiminnan perustutkinto; myyjän koulutus | grundexamen i handel | vocational qualification in business and retail; merkonomi
kassavastaavan tehtävät; kaupan vuoropäällikkö; vuoroesimies | skiftledare i butik | shift supervisor in a shop
== Turvallisuus
vartiointi; vartijan työt; vartioiminen; vartiointityöt | bevakning; väktararbete | security guarding; security work
vartijakortti; vartijan koulutus; vartijan peruskoulutus; vartijakortti voimassa | väktarkort | security guard licence
järjestyksenvalvonta; järjestyksenvalvojan työt; portsari | ordningsvakt | door supervision; crowd control
järjestyksenvalvojakortti; JV-kortti; järjestyksenvalvojan kortti | ordningsvaktskort | door supervisor licence
kameravalvonta; valvontakamerat; valvomo turvallisuus; videovalvonta | kameraövervakning | CCTV monitoring
kulunvalvonta; kulkuluvat; kulunvalvontajärjestelmät | passerkontroll | access control
myymälävalvonta; myymälävartiointi; kauppakeskuksessa vartiointi | butiksbevakning | store security
tapahtumaturvallisuus; yleisötapahtumat | evenemangssäkerhet | event security
ensiapu; ensiapukortti; EA1; EA 1; ensiapukoulutus; hätäensiapu; EA2 | första hjälpen | first aid; first aid certificate
alkusammutus; alkusammutuskoulutus; palosammutin; paloturvallisuus | första släckning | fire extinguishing; fire safety
turvallisuusalan perustutkinto; turvallisuusvalvojan tutkinto | grundexamen i säkerhetsbranschen | vocational qualification in security
== Kauneus ja hyvinvointi
hiusten leikkaus; hiustenleikkuu; hiusten leikkaaminen; hiustenleikkaus; parturointi | hårklippning | cutting hair; haircutting
hiusten värjäys; värjäys; raidat; hiusten värjääminen | hårfärgning | hair colouring
kampaus; kampaukset; juhlakampaukset; hiusten laitto | håruppsättning | hairstyling
partojen hoito; parran ajo; partatrimmaus | skäggtrimning | beard trimming; shaving
kosmetologin työt; kasvohoidot; ihonhoito; kosmetologi | hudvård | skin care; beauty treatments
meikkaus; meikit; ehostus | sminkning | make-up
kynsien hoito; manikyyri; pedikyyri; rakennekynnet; geelikynnet | nagelvård | manicure; pedicure; nail care
hieronta; hierominen; klassinen hieronta | massage | massage
jalkahoito; jalkojenhoito | fotvård | foot care
hius- ja kauneudenhoitoalan perustutkinto; kampaajan tutkinto; parturi-kampaajan koulutus | grundexamen i hårvård | vocational qualification in hairdressing
kuntosaliohjaus; personal trainer; ohjaus kuntosalilla; liikunnanohjaus; ryhmäliikunta | gyminstruktion; träningsledning | fitness instruction; personal training
uinninopetus; hengenpelastus; uimavalvonta; uimavalvoja | simundervisning; badvakt | swimming instruction; lifeguarding
`;
