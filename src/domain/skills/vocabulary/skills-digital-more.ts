// Skills: reading and writing, digital tools, media production and office routines in more detail.
export default `
== Luku- ja kirjoitustaito, viestintä
lukutaito; lukeminen; lukea; tekstien ymmärtäminen | läsförmåga | reading; literacy
kirjoitustaito; oikeinkirjoitus; kirjoittaa | skrivförmåga | writing; spelling
suomen kielen kirjoittaminen | skriva finska | writing Finnish
englannin kielen kirjoittaminen | skriva engelska | writing English
puheviestintä; esiintymistaito; puhuminen yleisölle; esitelmät | muntlig kommunikation; presentationsteknik | public speaking; presentations
selkeä viestintä; ohjeiden antaminen; ohjeiden kirjoittaminen | tydlig kommunikation | clear communication; writing instructions
asiakkaiden neuvonta sähköpostitse; sähköpostiviestintä | e-postkommunikation | email communication with customers
some-sisältöjen tekeminen; kuvien julkaisu; julkaisut | innehåll i sociala medier | creating social media content
uutiskirjeet; uutiskirjeiden teko | nyhetsbrev | writing newsletters
mainostekstit; markkinointitekstit; copywriting | reklamtexter | copywriting
== Digitaaliset työkalut, tarkemmin
tiedostojen hallinta; kansiot; tiedostot; pilvitallennus; OneDrive | filhantering | file management; cloud storage
verkkolomakkeet; lomakkeet; Webropol; Forms | webbformulär | online forms and surveys
sähköiset allekirjoitukset; vahva tunnistautuminen; pankkitunnukset | e-signatur | electronic signatures; strong authentication
verkkokauppa-alustat; Shopify; WooCommerce; verkkokaupan ylläpito | e-handelsplattformar | e-commerce platforms
toiminnanohjausjärjestelmät; ERP; toiminnanohjaus | affärssystem | ERP systems
taloushallinnon ohjelmat; Netvisor; Procountor; taloushallinto-ohjelmat | ekonomiprogram | accounting software
potilastietojärjestelmät; asiakastietojärjestelmä; Lifecare; Pegasos; Effica | patientdatasystem | patient information systems
kassajärjestelmien ylläpito; tuotetietojen päivitys | uppdatering av produktdata | updating product data
kuvien käsittely puhelimella; kuvien muokkaus puhelimella | mobilfoto | editing photos on a phone
videoiden julkaisu; YouTube; striimaus; suoratoisto | videopublicering; streaming | publishing videos; streaming
podcastit; podcastin teko; äänitteet | podcasting | podcasting
verkkosivujen rakentajat; Wix; kotisivukone | webbplatsbyggare | website builders
tietoturvan perusteet; huijausviestien tunnistaminen; salasanojen hallinta | grundläggande informationssäkerhet | information security basics; recognising scams
laitteiden käyttöönotto kotona; kodin laitteet; tabletit; tabletti | surfplattor | setting up home devices; tablets
etätyö; etätyöskentely; kotoa käsin | distansarbete | remote working
verkko-opiskelu; Moodle; verkkokurssit; verkkovalmennus | nätstudier | online learning
digituki; digiopastus; ikäihmisten digiopastus; digineuvonta | digistöd | digital support for citizens
== Toimisto, tarkemmin
laskujen hyväksyntä; laskujen kierrätys; laskujen tarkastus | fakturagodkännande | approving invoices
matkalaskut; kululaskut; kuitit | reseräkningar | travel and expense claims
kassakirja; käteiskassa; kassan täsmäytys | kassabok | petty cash
pankkiasiat; maksujen hoitaminen; maksut | bankärenden | handling payments
arvonlisävero; alv; alv-ilmoitukset | mervärdesskatt | value added tax
asiakirjojen arkistointi sähköisesti; sähköinen arkisto | elektroniskt arkiv | electronic archiving
tilastojen kokoaminen; tietojen kokoaminen taulukkoon; listat | sammanställning av data | compiling data and lists
kysyntään vastaaminen; tarjouspyynnöt; tarjoukset asiakkaille | offertförfrågningar | responding to requests for quotations
tilauskäsittely; tilausten käsittely; myyntitilaukset | orderhantering | order processing
varastokirjanpito; varastosaldot; saldojen tarkistus | lagerbokföring | stock records
toimiston järjestely; toimistotilojen järjestys; kahvinkeitto toimistossa | kontorsordning | keeping the office in order
vieraiden vastaanotto; vierailijat; vieraiden opastaminen | ta emot besökare | receiving visitors
lähettipalvelut toimistossa; postin vienti; pankissa käynti | budtjänster | office errands
tulkkauksen tilaaminen; tulkkipalvelut | tolktjänster | booking interpreters
`;
