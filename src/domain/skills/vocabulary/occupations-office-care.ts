// Occupations: office, IT, care and health, social work, education, culture and professions.
export default `
== Toimisto ja taloushallinto
@ 4110 toimistotyöntekijä; toimistoapulainen; toimistoavustaja; toimistovirkailija; toimistosihteeri | kontorsarbetare; kontorsbiträde | office clerk; office assistant; general office clerk; clerical worker
+ toimistotyöt; arkistointi; postin käsittely; tietokoneen käyttö; tiedon tallennus
~ Excel; Word-tekstinkäsittely; skannaus; kopiointi; asiakirjojen laatiminen; puhelinvaihde; Microsoft Office; liiketalouden perustutkinto
@ 4132 tallentaja; tiedontallentaja; tallennustyöntekijä | datainmatare | data entry clerk
+ tiedon tallennus; koneella kirjoittaminen; tietokoneen käyttö
~ Excel; skannaus
@ 4415 kopiointityöntekijä; kopioija; monistaja; kopiointipalvelun työntekijä; kopiointi- ja skannauspalvelu | kopierare | copying clerk; photocopy operator; reprographics worker
+ kopiointi; skannaus; tulostus; laminointi; sidonta
~ painotuotteiden viimeistely; kirjekuorten täyttö; julisteiden tulostus
@ 4415 arkistotyöntekijä; arkistoija; arkistonhoitaja; arkistovirkailija | arkivarbetare; arkivarie | filing clerk; archive clerk
+ arkistointi; asiakirjahallinto; skannaus
~ asiakirjojen arkistointi sähköisesti
@ 4120 sihteeri; osastosihteeri; johdon assistentti; assistentti | sekreterare; assistent | secretary; administrative assistant; personal assistant (office)
+ kalenterin hallinta; asiakirjojen laatiminen; pöytäkirjojen kirjoittaminen; Microsoft Office
~ kokoustilojen valmistelu; matkalaskut; vieraiden vastaanotto; englannin kieli
@ 3344 lääkärisihteeri; osastosihteeri sairaalassa | läkarsekreterare | medical secretary
+ asiakirjojen laatiminen; potilastietojärjestelmät; tietosuoja
~ ajanvaraus
@ 4226 vastaanottovirkailija; infopisteen virkailija; aulaemäntä; aulaisäntä | receptionist | receptionist; front desk clerk
+ vastaanottotyö toimistossa; vieraiden vastaanotto; puhelinvaihde; asiakaspalvelu
~ ajanvaraus; postin käsittely
@ 4223 puhelinvaihteenhoitaja; vaihteenhoitaja | telefonist | telephone switchboard operator
+ puhelinvaihde; puhelintyöskentely
@ 4311 kirjanpitäjä; taloushallinnon assistentti; kirjanpidon assistentti | bokförare | bookkeeper; accounting clerk
+ kirjanpito; ostoreskontra; arvonlisävero
~ laskutus; palkanlaskenta; tilinpäätös; taloushallinnon ohjelmat; Excel; taloushallinnon koulutus
@ 4313 palkanlaskija; palkkasihteeri | lönehandläggare | payroll clerk
+ palkanlaskenta; taloushallinnon ohjelmat
~ Excel; henkilöstöhallinto
@ 4311 reskontranhoitaja; laskuttaja; laskutussihteeri | reskontraförare; faktureringsassistent | accounts clerk; billing clerk
+ ostoreskontra; laskutus; laskujen hyväksyntä
~ perintä
@ 4214 perintävirkailija; perintäneuvoja | inkassohandläggare | debt collector
+ perintä; puhelintyöskentely
@ 4416 henkilöstösihteeri; HR-assistentti | personalassistent | personnel clerk; HR assistant
+ henkilöstöhallinto; asiakirjojen laatiminen
~ palkanlaskenta
@ 4321 varastokirjanpitäjä; varastosihteeri | lagerbokförare | stock clerk; inventory clerk
+ varastokirjanpito; inventaario
@ 4322 tuotantosihteeri; tuotannon suunnitteluassistentti | produktionsassistent | production clerk
+ tuotannon kirjaukset; Excel
@ 4211 pankkivirkailija; pankin asiakasneuvoja | banktjänsteman | bank teller; bank clerk
+ pankkityö; asiakasneuvonta
@ 4312 vakuutussihteeri; vakuutusvirkailija; korvauskäsittelijä | försäkringshandläggare | insurance clerk; claims handler
+ vakuutukset; etuuskäsittely
@ 3343 hallintosihteeri; toimistopäällikkö | administrativ sekreterare | administrative secretary; office manager
+ viranomaistyö; asiakirjahallinto; esihenkilötyö
@ 4419 toimistopalvelutyöntekijä; palvelusihteeri; etuuskäsittelijä | handläggare | clerical support worker; benefits officer
+ etuuskäsittely; asiakasneuvonta; asiakirjojen laatiminen
@ 4411 kirjastovirkailija; kirjastotyöntekijä; kirjastoapulainen | biblioteksbiträde | library assistant; library clerk
+ kirjastotyö; asiakaspalvelu
~ arkistointi; digituki
@ 4413 oikolukija; tekstintarkastaja | korrekturläsare | proofreader
+ oikoluku; kirjoitustaito
@ 2643 kääntäjä; tulkki; asioimistulkki | översättare; tolk | translator; interpreter
+ kääntäminen; kirjoitustaito
@ 2411 tilintarkastaja; taloushallinnon asiantuntija; controller | revisor; controller | accountant; auditor
+ tilinpäätös; tilintarkastus; kirjanpito
~ budjetointi
@ 3334 kiinteistönvälittäjä; välittäjä | fastighetsmäklare | real estate agent
+ kiinteistönvälitys; myyntityö
@ 3334 isännöitsijä | disponent | property manager
+ vuokraus; kiinteistönhoito
@ 1120 toimitusjohtaja; yrittäjä; oman yrityksen pitäjä | verkställande direktör; företagare | managing director; entrepreneur; business owner
+ yrittäjyys; liiketoimintasuunnitelma; esihenkilötyö
~ kirjanpito; myyntityö; budjetointi
== IT
@ 3512 IT-tukihenkilö; mikrotukihenkilö; IT-tuki; helpdesk-työntekijä; tietotekniikan tukihenkilö; käyttäjätukihenkilö; lähitukihenkilö | IT-supportmedarbetare; helpdeskmedarbetare | ICT help desk agent; IT support technician; help desk technician
+ IT-tuki; käyttäjien neuvonta; tietokoneiden asennus; salasanojen resetointi; ohjelmistojen asennus
~ käyttöjärjestelmien asennus; tietokoneiden korjaus; tikettijärjestelmä; tietoverkot; tulostimien asennus; tieto- ja viestintätekniikan perustutkinto; puhelinten käyttöönotto
@ 7422 IT-asentaja; tietokoneasentaja; mikroasentaja; tietokonehuoltaja; laiteasentaja IT | IT-tekniker | ICT installer; computer technician
+ tietokoneiden asennus; tietokoneiden korjaus; tietokoneiden kokoaminen
~ käyttöjärjestelmien asennus; virustorjunta; laitteiden inventointi; tietoliikennekaapelointi
@ 3513 lähiverkkoasentaja; verkkoasentaja; verkkoteknikko | nätverkstekniker | network technician
+ tietoverkot; tietoliikennekaapelointi
~ palvelimet
@ 2522 järjestelmäasiantuntija; ylläpitäjä; järjestelmänvalvoja | systemadministratör | systems administrator
+ palvelimet; tietoverkot; varmuuskopiointi
~ pilvipalvelut; virustorjunta
@ 2512 ohjelmoija; ohjelmistokehittäjä; koodari; sovelluskehittäjä; ohjelmistosuunnittelija | programmerare; mjukvaruutvecklare | software developer; programmer
+ ohjelmointi; versionhallinta
~ Python; JavaScript; Java; SQL; ohjelmistotestaus; C#
@ 2513 web-kehittäjä; verkkosivujen tekijä; nettisivujen tekijä; front end -kehittäjä; web-suunnittelija | webbutvecklare | web developer; front-end developer; web designer
+ verkkosivujen teko; HTML ja CSS; JavaScript
~ verkkosivujen päivitys; PHP; graafinen suunnittelu
@ 2514 mobiilikehittäjä; sovellusohjelmoija | apputvecklare | mobile developer; applications programmer
+ mobiilisovellukset; ohjelmointi
@ 2519 ohjelmistotestaaja; testaaja | mjukvarutestare | software tester
+ ohjelmistotestaus
~ ohjelmointi
@ 2511 data-analyytikko; analyytikko | dataanalytiker | data analyst
+ data-analyysi; SQL; tilastollinen analyysi
~ Python; Excel
@ 2166 pelikehittäjä; peliohjelmoija | spelutvecklare | game developer
+ peliohjelmointi; ohjelmointi
~ 3D-mallinnus
@ 3514 verkkosivujen ylläpitäjä; sisällöntuottaja verkkoon; verkkotoimittaja | webbredaktör | web content editor; webmaster
+ verkkosivujen päivitys; kirjoittaminen
~ some-sisältöjen tekeminen; digitaalinen kuvankäsittely
@ 4229 digituutori; digiopastaja; digitukihenkilö | digistödjare | digital support adviser
+ digituki; käyttäjien neuvonta; tietokoneen käyttö
~ älypuhelimen käyttö; verkkoasiointi
== Hoiva ja terveys
@ 5321 lähihoitaja; perushoitaja; hoitaja | närvårdare; primärskötare | practical nurse; healthcare assistant; care worker
+ hoitotyö; perushoito; lääkehoito; hygieniasta huolehtiminen; kirjaaminen
~ vanhustenhoito; siirrot ja nostot; verenpaineen mittaus; haavanhoito; lähihoitajan tutkinto; muistisairaiden hoito; kotihoito
@ 5321 hoitoapulainen; hoiva-avustaja; hoiva-apulainen | vårdbiträde; vårdassistent | care assistant; nursing assistant
+ hoitoapulaisen työt; perushoito; avustaminen ruokailussa; hygieniasta huolehtiminen
~ virkistystoiminta; hoiva-avustajan koulutus; vuodehuolto
@ 5322 kodinhoitaja; kotihoitaja; kotiavustaja; kotipalvelutyöntekijä | hemvårdare; hemhjälp | home care worker; home care aide
+ kotihoito; perushoito; kotitaloustyöt
~ lääkehoito; asiointiapu; ateriakuljetukset
@ 5322 henkilökohtainen avustaja; avustaja vammaiselle; HA | personlig assistent | personal assistant (disability); personal care assistant
+ henkilökohtainen apu; avustaminen ruokailussa; hygieniasta huolehtiminen
~ henkilöauton ajaminen; asiointiapu; vammaistyö
@ 5329 vammaistyön ohjaaja; kehitysvammaohjaaja; asumisyksikön ohjaaja | boendehandledare | disability support worker
+ vammaistyö; ohjaustyö; perushoito
~ lääkehoito; haastavan käyttäytymisen kohtaaminen
@ 5322 omaishoitaja | närståendevårdare | family carer
+ omaishoito; perushoito
@ 2221 sairaanhoitaja; terveydenhoitaja | sjukskötare | nurse; registered nurse
+ sairaanhoito; lääkehoito; injektioiden antaminen; kirjaaminen
~ potilasohjaus; sairaanhoitajan koulutus; haavanhoito
@ 3258 ensihoitaja; ambulanssinkuljettaja; sairaankuljettaja | ambulanssjukvårdare | paramedic; ambulance worker
+ ensihoito; ensiapu
@ 3212 laboratoriohoitaja; bioanalyytikko; laboratorioapulainen | bioanalytiker | laboratory technician; medical laboratory assistant
+ laboratoriotyöt; laboratorioanalyysit
@ 3251 hammashoitaja; hammaslääkärin avustaja | tandsköterska | dental assistant
+ hammashoitajan työt; aseptiikka
@ 3213 lääketeknikko; apteekkiapulainen; farmanomi | apotekstekniker | pharmacy technician
+ apteekkityöt; apteekin myynti
@ 3255 fysioterapeutti; kuntohoitaja | fysioterapeut | physiotherapist
+ kuntoutus; potilasohjaus
@ 5329 sairaalahuoltaja; potilaskuljettaja | sjukhusvaktmästare | hospital porter
+ sairaalahuoltajan työt; siirrot ja nostot
@ 3221 mielenterveyshoitaja; psykiatrinen sairaanhoitaja | psykiatrisk sjukskötare | mental health nurse
+ mielenterveystyö; mielenterveyden tukeminen; lääkehoito
@ 5163 hautausurakoitsija; hautaustoimiston työntekijä | begravningsentreprenör | undertaker
+ ruumiiden käsittely; asiakaspalvelu
== Sosiaaliala
@ 3412 ohjaaja; sosiaaliohjaaja; yksilövalmentaja | handledare; socialhandledare | social worker assistant; support worker; counsellor
+ ohjaustyö; vuorovaikutustaidot; kirjaaminen
~ ryhmänohjaus; asumisohjaus; mielenterveystyö
@ 3412 nuoriso-ohjaaja; nuorisotyöntekijä; nuorisotyönohjaaja | ungdomsledare | youth worker
+ nuorisotyö; ryhmänohjaus
~ nuorten harrastusten ohjaus; pelaaminen
@ 3412 asumisohjaaja; asumisneuvoja | boendehandledare | housing support worker
+ asumisohjaus; ohjaustyö
~ päihdekuntoutus
@ 3412 päihdetyöntekijä; päihdeohjaaja | missbruksbehandlare | substance abuse worker
+ päihdekuntoutus; mielenterveystyö
@ 2635 sosiaalityöntekijä; sosionomi; perhetyöntekijä | socialarbetare | social worker
+ sosiaalityö; lastensuojelu
~ sosionomi
@ 2424 työvalmentaja; työhönvalmentaja; työnohjaaja työpajalla | jobbcoach | job coach; work coach
+ työvalmennus; ohjaustyö; työnhaku
~ kuntouttava työtoiminta; ryhmänohjaus
@ 3412 kokemusasiantuntija; vertaisohjaaja; vertaistukihenkilö | erfarenhetsexpert | expert by experience; peer supporter
+ kokemusasiantuntijuus; vuorovaikutustaidot
@ 3412 maahanmuuttajaohjaaja; kotoutumisohjaaja | integrationshandledare | integration counsellor
+ maahanmuuttajien ohjaus; kulttuurien tuntemus
~ kääntäminen
@ 3413 diakoniatyöntekijä; seurakuntatyöntekijä | diakon | deacon; church worker
+ diakoniatyö
@ 9629 vapaaehtoistyöntekijä; vapaaehtoinen | volontär | volunteer
+ vapaaehtoistyö
== Kasvatus ja opetus
@ 5311 lastenhoitaja; päiväkodin lastenhoitaja; varhaiskasvatuksen lastenhoitaja; lastenohjaaja | barnskötare | child care worker; nursery nurse; childminder
+ lastenhoito; varhaiskasvatus; leikkien ohjaaminen
~ lastenhoitajan koulutus; ensiapu; avustaminen ruokailussa
@ 9629 päiväkotiapulainen; päiväkotiavustaja; ryhmäavustaja | förskolebiträde | nursery assistant
+ varhaiskasvatus; lastenhoito; keittiön puhtaanapito
~ siivous
@ 5311 perhepäivähoitaja | familjedagvårdare | family day carer
+ perhepäivähoito; lastenhoito
@ 5311 lastenvahti; lapsenvahti; nanny; au pair | barnvakt | babysitter; nanny
+ lastenhoito; leikkien ohjaaminen
@ 5312 koulunkäynninohjaaja; koulunkäyntiavustaja; erityisavustaja; koulunkäynnin ohjaaja | skolgångsbiträde; elevassistent | teaching assistant; school assistant
+ koulunkäynnin ohjaus; ohjaustyö; kotitehtävissä auttaminen
~ kasvatus- ja ohjausalan perustutkinto; iltapäivätoiminta; vammaistyö
@ 5312 iltapäiväkerhon ohjaaja; kerho-ohjaaja; kerhonohjaaja | fritidsledare | after-school club leader
+ iltapäivätoiminta; leikkien ohjaaminen; ryhmänohjaus
@ 2341 opettaja; luokanopettaja; aineenopettaja | lärare | teacher; primary school teacher
+ opetus; ryhmänohjaus
~ erityisopetus
@ 2342 varhaiskasvatuksen opettaja; lastentarhanopettaja | förskollärare | early childhood teacher
+ varhaiskasvatus; opetus
@ 2320 ammatillinen opettaja; ammatinopettaja | yrkeslärare | vocational teacher
+ opetus; aikuiskoulutus
@ 2424 kouluttaja; aikuiskouluttaja; työelämäkouluttaja | utbildare | trainer; adult educator
+ aikuiskoulutus; puheviestintä
@ 2353 suomen kielen opettaja; S2-opettaja; kieltenopettaja | lärare i finska | Finnish teacher; language teacher
+ suomen kielen opetus; opetus
@ 3423 uimaopettaja; uinninopettaja | simlärare | swimming instructor
+ uinninopetus
== Kulttuuri, media ja muotoilu
@ 2166 graafikko; graafinen suunnittelija; visuaalinen suunnittelija; AD | grafisk formgivare | graphic designer
+ graafinen suunnittelu; Adobe-ohjelmat; digitaalinen kuvankäsittely
~ kuvitus; piirtäminen; valokuvaus; some-sisältöjen tekeminen
@ 2651 kuvittaja; sarjakuvataiteilija | illustratör | illustrator
+ kuvitus; piirtäminen
~ graafinen suunnittelu; digitaalinen kuvankäsittely
@ 2651 kuvataiteilija; taidemaalari; taiteilija | bildkonstnär; konstnär | visual artist; painter (artist)
+ maalaaminen; piirtäminen
~ näyttelytyöt; kuvitus
@ 3431 valokuvaaja; kuvaaja | fotograf | photographer
+ valokuvaus; digitaalinen kuvankäsittely
@ 3521 videokuvaaja; editoija; videoeditoija | videofotograf; videoredigerare | video producer; video editor
+ videokuvaus; videoiden julkaisu
@ 3521 äänitekniikko; valomies; tapahtumateknikko | ljudtekniker | sound technician; lighting technician
+ äänitekniikka; lavarakentaminen
@ 2166 animaattori | animatör | animator
+ animaatio; piirtäminen
@ 3432 sisustussuunnittelija; sisustaja | inredare | interior designer; interior decorator
+ sisustussuunnittelu; 3D-mallinnus
@ 3432 somistaja; visual merchandiser | dekoratör | window dresser; visual merchandiser
+ somistus; tuotteiden esillepano
@ 2642 toimittaja; journalisti | journalist | journalist
+ toimittaminen; kirjoittaminen
@ 2431 markkinointiassistentti; markkinoija; somemarkkinoija; sisällöntuottaja | marknadsförare | marketing assistant; social media marketer; content creator
+ markkinointi; somemarkkinointi; some-sisältöjen tekeminen
~ mainostekstit; graafinen suunnittelu
@ 2432 tiedottaja; viestintäassistentti | informatör | communications officer
+ tiedottaminen; kirjoittaminen
@ 2652 muusikko; soittaja; laulaja | musiker | musician; singer
+ musiikki; laulaminen
~ kitaransoitto; pianonsoitto; musiikin tuottaminen
@ 2655 näyttelijä | skådespelare | actor
+ esiintyminen
@ 2653 tanssija; tanssinopettaja | dansare | dancer
+ tanssi
@ 7319 käsityöläinen; artesaani; kädentaitaja | hantverkare | craftsperson; artisan
+ käsityöt
~ keramiikka; korujen teko; kynttilöiden valmistus; neulonta
@ 7314 keraamikko; savenvalaja | keramiker | potter; ceramicist
+ keramiikka
@ 7313 kultaseppä; koruseppä; korujen tekijä | guldsmed | jeweller
+ korujen teko
@ 7316 kylttimaalari; teippaaja; kaivertaja | skyltmålare | sign maker; engraver
+ kyltit; laserleikkaus
@ 3433 museovirkailija; museotyöntekijä; museoavustaja | museiassistent | museum assistant
+ näyttelytyöt; arkistotyö museossa
@ 3435 kulttuurituottaja; tuottaja | kulturproducent | cultural producer
+ kulttuurituotanto; projektinhallinta
== Asiantuntijat ja muut
@ 2142 rakennusinsinööri; rakennesuunnittelija | byggnadsingenjör | civil engineer
+ rakennussuunnittelu; rakennusvalvonta
@ 2144 koneinsinööri; konesuunnittelija | maskiningenjör | mechanical engineer
+ konesuunnittelu; 3D-mallinnus
@ 2151 sähköinsinööri; sähkösuunnittelija | elingenjör | electrical engineer
+ sähkösuunnittelu; sähkötekniikka
@ 3112 LVI-suunnittelija | VVS-konstruktör | HVAC designer
+ LVI-suunnittelu
@ 3118 piirtäjä; tekninen piirtäjä; CAD-suunnittelija | ritare | draughtsperson; CAD technician
+ tekninen piirtäminen; 3D-mallinnus
@ 2165 maanmittari; mittamies | lantmätare | surveyor
+ maanmittaus
@ 3111 laborantti; laboratorioteknikko | laborant | laboratory technician (chemistry)
+ laboratorioanalyysit; kemia
@ 2131 biologi; tutkija | biolog; forskare | biologist; researcher
+ biologia; tutkimustyö
@ 2120 tilastoasiantuntija | statistiker | statistician
+ tilastollinen analyysi; matematiikka
@ 2611 juristi; lakimies | jurist | lawyer
+ lainsäädännön tuntemus
@ 2423 rekrytoija; henkilöstöasiantuntija | rekryterare | recruiter; HR specialist
+ henkilöstöhallinto
@ 3323 ostaja; hankinta-asiantuntija | inköpare | buyer; purchasing officer
+ hankinnat; hankintalaki
@ 3119 laatuinsinööri; laatuasiantuntija | kvalitetsingenjör | quality engineer
+ laadunhallinta
@ 2133 ympäristöasiantuntija; ympäristötarkastaja | miljöexpert | environmental specialist
+ ympäristönsuojelu; ympäristöjärjestelmät
@ 3122 tuotantoesimies; työnjohtaja tehtaalla; vuoromestari | produktionsledare | production supervisor
+ esihenkilötyö; työvuorosuunnittelu; laadunhallinta
@ 1324 logistiikkapäällikkö; varastopäällikkö | logistikchef | logistics manager; warehouse manager
+ logistiikan suunnittelu; varastonhallinta; esihenkilötyö
@ 3131 voimalaitoksen hoitaja; voimalaitostyöntekijä | kraftverksoperatör | power plant operator
+ energiatekniikka; prosessinhoito
@ 3132 vedenpuhdistamon hoitaja; vesihuoltotyöntekijä | vattenverksoperatör | water treatment operator
+ vesihuolto; prosessinhoito
@ 3257 energianeuvoja | energirådgivare | energy adviser
+ energianeuvonta
@ 9629 luonnonhoitotyöntekijä; maisemanhoitaja; retkeilyreittien huoltaja | naturvårdsarbetare | conservation worker; landscape maintenance worker
+ ympäristönhoito; retkeilyreittien kunnossapito
~ raivaussahan käyttö
@ 9623 mittarinlukija; automaattien täyttäjä | mätaravläsare | meter reader; vending machine filler
+ vesimittareiden luenta
@ 9629 kesätyöntekijä; kausityöntekijä; harjoittelija | sommararbetare | summer worker; seasonal worker
+ joustavuus; tiimityö
~ ulkotyö
@ 9629 työtoiminnan asiakas; työpajan työntekijä; työkokeilija | deltagare i arbetsverksamhet | participant in rehabilitative work activity; work trial participant
+ kuntouttava työtoiminta
~ työohjeiden noudattaminen; tiimityö
`;
