// Skills: qualifications and certificates, and tasks that many entry-level jobs share.
export default `
== Pätevyydet
sähköpätevyys; sähköpätevyys S1; sähköpätevyys S2; sähköpätevyys S3; S2-pätevyys | elbehörighet | electrical competence certificate
kylmäasentajan pätevyys; F-kaasupätevyys; kylmäainepätevyys | kylbehörighet | refrigerant handling certificate
öljylämmityspätevyys; öljylämmityslaitteiden pätevyys | oljeeldningsbehörighet | oil heating competence
putkiasennuspätevyys; kaukolämpöpätevyys | VVS-behörighet | plumbing and district heating competence
nosturinkuljettajan pätevyys; nosturikortti | kranförarbehörighet | crane operator certificate
painelaitepätevyys; kattilakoulutus | tryckkärlsbehörighet | boiler and pressure equipment competence
lääkehoitopassi; lääkeluvat; lääkehoidon näytöt | läkemedelspass | medication administration permit
anniskelupassi voimassa; alkoholilain tuntemus | alkohollagen | knowledge of alcohol legislation
liikenneturvallisuuskoulutus; tieturva 2 | vägsäkerhetsutbildning 2 | road safety training level 2
kuljettajantutkinto; ajokoe | förarprov | driving test
trukkiajolupa työnantajalta; kuljettajakoulutus trukille | truckbehörighet | employer's forklift permit
vartijan jatkokoulutus; turvallisuusvalvojan koulutus | säkerhetsövervakarutbildning | security supervisor training
hygieniaosaaminen ravintolassa; omavalvontasuunnitelma | egenkontrollplan | food safety plan
kuljetusalan perustutkinto; yhdistelmäajoneuvonkuljettajan tutkinto; linja-autonkuljettajan tutkinto | grundexamen i transport | vocational qualification in transport
ammatillinen perustutkinto; perustutkinto; toisen asteen tutkinto; ammattikoulu | yrkesinriktad grundexamen | vocational upper secondary qualification
ylioppilastutkinto; lukio; ylioppilas | studentexamen | matriculation examination; upper secondary school
korkeakoulututkinto; ammattikorkeakoulu; AMK; yliopisto; maisteri | högskoleexamen | university degree
peruskoulu; peruskoulun päättötodistus | grundskola | basic education
oppisopimus; oppisopimuskoulutus | läroavtal | apprenticeship
näyttötutkinto; osatutkinto; tutkinnon osa | fristående examen; examensdel | competence-based qualification; part of a qualification
== Yhteiset työtehtävät
materiaalien vastaanotto; tavaroiden vastaanotto työmaalle | materialmottagning | receiving materials
tilaustavaroiden purkaminen; pakkausten avaaminen | uppackning | unpacking deliveries
paikkojen siistiminen; järjestyksen ylläpito; siistiminen | ordning och reda | keeping workplaces tidy
jätteiden vienti; roskien vienti; jäteastiat | bortforsling av avfall | taking out rubbish
kahvin ja välipalojen tarjoilu; kokouskahvit | kaffeservering | serving coffee and refreshments
kuljetusten vastaanotto; rahtien kuittaus | kvittering av leveranser | signing for deliveries
tavaroiden kokoaminen tilauksiksi; keräilylistat | plocklistor | assembling orders from pick lists
näytteiden toimittaminen; sisäinen kuljetus; lähettinä talon sisällä | internpost | internal deliveries
puhelimeen vastaaminen; viestien välittäminen; soittopyynnöt | ta emot samtal | answering phones; taking messages
asiakkaan ohjaaminen oikeaan paikkaan; opastaminen paikan päällä; aulaopastus | vägledning | directing visitors
kirjausten tekeminen; päiväkirjan pito työssä; raportin kirjoittaminen | rapportskrivning | writing work reports
mittarilukemien kirjaus; kulutuksen seuranta | mätaravläsning och registrering | recording meter readings
tilojen valmistelu tilaisuuksiin; pöytien ja tuolien siirto; kalusteiden siirtely | möblering | setting up rooms for events
talkootyö; yhteinen talkoo | talkoarbete | community work bees
`;
