// Skills: public and community services, culture and leisure, environment, and daily work routines.
export default `
== Julkiset ja yhteisön palvelut
kirjavinkkaus; lukupiirit; kirjaston tapahtumat | bokprat | book talks; reading groups
kirjojen korjaus; kirjojen muovitus; kirjaston aineistojen käsittely | bokreparation | repairing and covering library books
asukastoiminta; asukastilat; asukasillat | boendeverksamhet | residents' activities
kohtaamispaikka; kahvila-olohuone; olohuonetoiminta | mötesplats | running a drop-in meeting place
ruoka-apu; ruoanjako; kauppojen ylijäämäruoka; ruokapankki | mathjälp | food aid distribution
vaatejakelu; vaatepankki | klädutdelning | clothing distribution
ikäihmisten ryhmät; kerhot ikäihmisille; senioritoiminta | seniorverksamhet | activities for older people
ystävätoiminta; ystävänä toimiminen; tukihenkilö | vänverksamhet; stödperson | befriending; support person
vertaisryhmät; vertaisryhmän vetäminen | kamratgrupper | running peer groups
kuntosaliryhmät ikäihmisille; tuolijumppa; jumpat | seniorgympa | exercise groups for older people
ulkoiluryhmät; luontoretket; retkien järjestäminen | friluftsgrupper | organising outdoor trips
lasten ja perheiden tapahtumat; perhekahvila | familjeverksamhet | family activities
kielikahvila; suomen kielen harjoittelu; keskusteluryhmät | språkcafé | language café
neuvontapiste; palvelupiste; asiointipiste | servicepunkt | service point work
== Kulttuuri ja vapaa-aika
teatteritekniikka; näyttämötekniikka; näyttämömestari | scenteknik | stage technology
lipunmyynti tapahtumiin; tapahtumakassa | evenemangskassa | event ticketing
tapahtumien rakentaminen ja purku; telttojen pystytys; teltat | bygga evenemang | event set-up and take-down; putting up tents
festivaalityö; festivaalit | festivalarbete | festival work
kuvataideopetus; taidekoulu; taidekerhot | bildkonstundervisning | teaching visual art
käsityöopetus; käsityökerhot; kurssien vetäminen | hantverkskurser | teaching crafts
kuoron johtaminen; bändin vetäminen | körledning | leading choirs and bands
pelien ohjaus; lautapelit; roolipelit | spelledning | leading games
liikuntatapahtumat; juoksutapahtumat; kisojen järjestäminen | idrottsevenemang | organising sports events
välinehuolto urheilussa; suksien huolto; voitelu suksille | utrustningsvård | sports equipment maintenance
== Ympäristö ja luonto
vesistöjen kunnostus; rantojen siivous; vesistöt | vattenvård | restoring waterways; beach clean-ups
luontokartoitus; lajintunnistus; lintujen tunnistus | naturinventering | nature surveys; species identification
kompostointi; kompostit; biojäte | kompostering | composting
viherkattojen hoito; viherkatot | gröna tak | green roof maintenance
kaupunkiviljely; yhteisöpuutarha; palstaviljely | stadsodling | urban gardening; allotment gardening
puiden istutus kaupunkiin; katupuut | gatuträd | street tree planting
vieraslajien poisto; jättipalsami; lupiinit | bekämpning av invasiva arter | removing invasive plant species
riistakamerat; luontokuvaus | viltkameror | wildlife cameras; nature photography
energian säästäminen kiinteistössä; lämpötilojen säätö | energibesparing i fastigheter | saving energy in buildings
aurinkolämpö; lämmön talteenotto | solvärme; värmeåtervinning | solar heating; heat recovery
== Työn arki
työajan seuranta; leimaaminen; työaikajärjestelmä | tidsstämpling | clocking in; time recording
työvaatteiden ja suojainten huolto; suojavarusteiden huolto | skyddsutrustningens skötsel | maintaining protective equipment
työkalujen huolto; työkalujen puhdistus; työkaluvarasto | verktygsvård | maintaining tools
koneiden päivittäishuolto; koneiden puhdistus | daglig maskinvård | daily machine care
vuoronvaihto; vuoronvaihtoraportti; raportointi vuoron lopussa | skiftbyte | shift handover
laatupoikkeamat; poikkeamailmoitukset; reklamaatiot tuotannossa | avvikelserapporter | reporting quality deviations
turvallisuushavainnot; vaaratilanneilmoitukset; läheltä piti -ilmoitukset | säkerhetsobservationer | reporting safety observations; near-miss reports
työpisteen siivous; oman työpisteen siisteys | städning av arbetsplatsen | keeping one's workstation clean
uuden oppiminen; oppimishalu; kouluttautuminen työn ohessa | lärande i arbetet | learning on the job
ohjeiden vastaanottaminen; palautteen vastaanottaminen | ta emot instruktioner | taking instructions and feedback
kollegoiden auttaminen; työkaverin opastaminen | hjälpa kolleger | helping colleagues
asiakkaan tarpeiden selvittäminen; tarvekartoitus | behovskartläggning | finding out customer needs
tarkkuus rahankäsittelyssä; huolellisuus | noggrannhet | accuracy; carefulness
`;
