// Skills: kitchen, restaurant, café, bakery, catering, hotel and tourism.
export default `
== Keittiö
ruoanvalmistus; ruoanlaitto; ruoan valmistus; kokkaaminen; kokkaus; ruoan tekeminen; ruoan teko; kokata | matlagning | cooking; food preparation
keittiötyöt; keittiöhommat; keittiötyö | köksarbete | kitchen work
keittiöapulaisen työt; avustaminen keittiössä; keittiöavustaminen | köksbiträdesarbete | kitchen assistant work
lounaan valmistus; lounasruoat; lounaslinjasto; lounaslinjastot; lounas; lounasravintola; linjasto; linjaston täyttö | lunchtillagning; lunchlinje | preparing lunch; lunch buffet service
suurtalouskeittiö; suurkeittiö; ammattikeittiö; joukkoruokailu; laitoskeittiö; koulukeittiö; henkilöstöravintola | storkök | institutional catering; large-scale kitchen
kylmäkeittiö; salaattien valmistus; salaatit; salaattien teko; voileivät; leipien teko; kylmät ruoat | kallskänk | cold kitchen; preparing salads and sandwiches
lämmin keittiö; lämpimien ruokien valmistus; pääruoat; paistaminen; keittäminen; grillaus | varmkök | hot kitchen; cooking main courses
à la carte -ruoanvalmistus; a la carte; alakarte; annosruoat; annosten kokoaminen; annokset | à la carte | à la carte cooking; plating
leivonta; leipominen; leivonnaiset; pullat; pullan leipominen; leivän leipominen; leipoa | bakning; baka | baking
kakkujen valmistus; kakut; täytekakut; konditoriatuotteet; koristelu kakuille | tårttillverkning; konditori | cake making; confectionery
taikinan valmistus; taikinat; taikina; taikinakone | degberedning | making dough
leipomotyöt; leipomo; leipomotuotanto; yövuorossa leipomossa | bageriarbete | bakery work
tiskaaminen; tiskaus; astianpesu; astioiden pesu; tiskikone; astianpesukone; tiskit; tiskata | diskning | dishwashing
keittiön puhtaanapito; keittiön siisteys; keittiön siivous ja desinfiointi | köksrengöring | kitchen cleaning
elintarvikkeiden käsittely; raaka-aineiden käsittely; elintarvikkeet; ruoka-aineet | livsmedelshantering | food handling
hygieniapassi; hygieniaosaamistodistus; hygieniaosaaminen | hygienpass | food hygiene certificate
erityisruokavaliot; ruokavaliot; allergiat; gluteeniton; laktoositon; vegaaniset ruoat; kasvisruoka | specialkost | special diets; allergy-aware cooking
reseptien noudattaminen; reseptit; vakioidut reseptit | följa recept | following recipes
ruokalistan suunnittelu; ruokalistat; menut; menun suunnittelu | menyplanering | menu planning
ruokatilaukset; tavaratilaukset keittiöön; varastonhallinta keittiössä | beställningar till kök | ordering kitchen supplies
aamiaisen valmistus; aamupala; aamiainen; aamupalan valmistelu; aamiaistarjoilu | frukost | preparing breakfast; breakfast service
pizzan valmistus; pizzat; pizzeria; kebab; pikaruoka; pikaruoan valmistus; hampurilaiset; grilli; grilliruoka | snabbmat; pizza | pizza making; fast food preparation
sushin valmistus; sushi | sushi | sushi making
ruoankuljetus keittiöstä; ruoan jakelu; ruoan annostelu; annostelu linjastolle | matutdelning | serving food; portioning
kahvin keitto; kahvinkeitin; kahvit; kahvinkeitto; espressokone; espresso; barista | kaffekokning; barista | making coffee; barista skills
catering; pitopalvelu; juhlatarjoilu; tilaisuuksien tarjoilu; juhlat | catering | catering; event catering
kokin tutkinto; ravintola- ja catering-alan perustutkinto; kokin koulutus; kokkikoulutus | kockexamen | cook qualification; vocational qualification in catering
ravintola-alan koulutus; ravintolakoulu | restaurangutbildning | hospitality training
== Ravintola ja kahvila
tarjoilu; tarjoileminen; tarjoilla; asiakkaiden palveleminen ravintolassa; salityöt; pöytiintarjoilu | servering | waiting tables; table service
tilausten vastaanotto; tilausten ottaminen; tilaukset; tilausten kirjaus | ta emot beställningar | taking orders
anniskelu; anniskelupassi; alkoholin anniskelu; anniskelupassi löytyy | utskänkning; serveringspass | serving alcohol; licence to serve alcohol
baarityöt; baarimikon työt; baaritiski; tiskin takana | bararbete | bar work; bartending
drinkkien sekoitus; cocktailit; drinkit | drinkblandning | mixing drinks; making cocktails
oluen laskeminen; hanaoluet; olut | tappa öl | pulling pints
kahvilatyöt; kahvila; kahvilatyö; kahvilan työt | kaféarbete | café work
kahvilan pito; oman kahvilan pitäminen; kahvilayrittäjyys; oma kahvila | driva kafé | running a café
kassatyöt ravintolassa; ravintolan kassa | kassa på restaurang | cashiering in a restaurant
pöytien kattaminen; kattaminen; kattaus; pöytien korjaaminen; pöytien siivous | dukning | laying tables
viinituntemus; viinit; viinien suosittelu | vinkunskap | wine knowledge
juhlatilaisuuksien järjestäminen; juhlien järjestäminen; tapahtumat | evenemangsarrangemang | organising events and parties
ovimiehen työt; narikka; narikkatyöt | garderob | cloakroom work
== Hotelli ja matkailu
hotellityöt; hotelli; hotellityö | hotellarbete | hotel work
vastaanottotyö; hotellin vastaanotto; respa; vastaanotto; sisäänkirjautuminen; check-in | reception | hotel reception; front desk
huonevaraukset; varausjärjestelmät; varaukset; majoitusvaraukset | bokningar | handling reservations; booking systems
matkailupalvelut; matkailu; matkailuala; turismi | turism | tourism services
opastus; kierrokset oppaana; opastetut kierrokset | guidning | guiding tours
ohjelmapalvelut; elämyspalvelut; safarit; retket; retkien ohjaaminen | upplevelsetjänster | activity tourism; guiding excursions
mökkien siivous; mökit; vuokramökkien siivous | stugstädning | cleaning holiday cottages
leirikoulut; leirit; leiriohjaaja | lägerledare | camp instructing
`;
