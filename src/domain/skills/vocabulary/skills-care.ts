// Skills: care, health, social work, early childhood education and teaching.
export default `
== Hoiva ja terveys
vanhustenhoito; vanhusten hoito; vanhustyö; ikäihmisten hoito; vanhustenhuolto; vanhusten parissa | äldreomsorg | elderly care; care of older people
hoitotyö; hoitaminen; potilaiden hoito; hoitoala | vårdarbete | nursing care; care work
perushoito; päivittäiset toiminnot; avustaminen päivittäisissä toiminnoissa; avustaminen arjessa | grundvård | basic care; helping with daily activities
hygieniasta huolehtiminen; henkilökohtainen hygienia; peseminen; suihkutus; pesut; asukkaiden hygienia; intiimihygienia | personlig hygien | personal hygiene care
avustaminen ruokailussa; syöttäminen; ruokailussa avustaminen | hjälp vid måltider | assisting with meals; feeding
siirrot ja nostot; potilassiirrot; nostolaitteet; potilasnosturi; siirtäminen | förflyttningar | patient transfers; lifting and moving patients
lääkehoito; lääkkeenjako; lääkkeiden jakaminen; lääkkeiden jako; lääkelupa; lääkehoidon osaaminen; LOP; LOVE | läkemedelsbehandling; läkemedelsutdelning | administering medication; medication management
verenpaineen mittaus; mittaukset hoitotyössä; verensokerin mittaus; elintoimintojen seuranta | blodtrycksmätning | measuring blood pressure; monitoring vital signs
haavanhoito; haavojen hoito; sidokset | sårvård | wound care
kirjaaminen; potilastietojen kirjaaminen; hoitokertomus; raportointi hoitotyössä; kirjaukset hoitotyössä | dokumentation i vården | care documentation; record keeping
saattohoito; palliatiivinen hoito | palliativ vård | end-of-life care
muistisairaiden hoito; muistisairaat; dementia; muistihoitaja | demensvård | dementia care
kotihoito; kotikäynnit; kotipalvelu | hemvård; hemtjänst | home care; home help
omaishoito; omaishoitaja; läheisen hoitaminen | närståendevård | family caregiving
vammaistyö; vammaisten parissa; kehitysvammaisten ohjaus; kehitysvammatyö; vammaiset | arbete med funktionshindrade | disability support work
henkilökohtainen apu; henkilökohtaisen avustajan työt; avustaminen | personlig assistans | personal assistance; personal assistant work
mielenterveystyö; mielenterveyskuntoutujat; päihdetyö; mielenterveys- ja päihdetyö | mentalvårdsarbete; missbruksvård | mental health and substance abuse work
ensihoito; ambulanssi; sairaankuljetus | prehospital akutsjukvård; ambulans | emergency care; ambulance work
sairaanhoito; sairaanhoitajan työt | sjukvård | nursing; hospital nursing
hoitoapulaisen työt; osastoapulainen | vårdbiträdesarbete | care assistant work; ward assistant work
laboratoriotyöt; näytteenotto; verinäytteet; laboratorio | laboratoriearbete; provtagning | laboratory work; taking samples
hammashoitajan työt; hammashoitola; vastaanottoavustaminen hammashoidossa | tandsköterskearbete | dental assistance
apteekkityöt; lääketeknikko; lääkkeiden käsittely | apoteksarbete | pharmacy work
kuntoutus; kuntouttaminen; fysioterapia; toimintaterapia | rehabilitering; fysioterapi | rehabilitation; physiotherapy
aseptiikka; aseptinen työskentely; käsihygienia; infektioiden torjunta | aseptik; handhygien | aseptic technique; hand hygiene
hoitajan eettisyys; potilaan kohtaaminen; vuorovaikutus hoitotyössä | vårdetik; bemötande | ethical care; meeting patients
lähihoitajan tutkinto; sosiaali- ja terveysalan perustutkinto; lähihoitajan koulutus; lähihoitajakoulutus | grundexamen inom social- och hälsovården | vocational qualification in social and health care; practical nurse qualification
hoiva-avustajan koulutus; hoiva-avustajan tutkinto | vårdbiträdesutbildning | care assistant training
sairaanhoitajan koulutus; sairaanhoitaja AMK; terveydenhoitaja | sjukskötarutbildning | nursing degree
== Sosiaaliala ja ohjaus
ohjaustyö; ohjaaminen; ohjaus; asiakkaiden ohjaus; neuvonta | handledning | guidance; support work
nuorisotyö; nuorten kanssa; nuorisotalo; nuorisotilat; nuorten ohjaus; etsivä nuorisotyö | ungdomsarbete | youth work
sosiaalityö; sosiaaliohjaus; sosiaalialan työ | socialt arbete | social work
asumisohjaus; asumisen tuki; tuettu asuminen; asumisyksikkö | boendehandledning | housing support
päihdekuntoutus; päihdetyö; päihteet | missbruksrehabilitering | substance abuse rehabilitation
työvalmennus; työhönvalmennus; valmentaminen; valmennus | jobbcoachning | job coaching; work coaching
kokemusasiantuntijuus; kokemusasiantuntija; vertaistuki; vertaisohjaus | erfarenhetsexpertis; kamratstöd | expert by experience; peer support
vapaaehtoistyö; talkoot; vapaaehtoistoiminta; järjestötoiminta; yhdistystoiminta | volontärarbete | volunteering; voluntary work
ryhmänohjaus; ryhmien ohjaaminen; ryhmien vetäminen; ryhmätoiminta | gruppledning | leading groups
kriisityö; kriisiapu | krisarbete | crisis work
maahanmuuttajien ohjaus; kotoutuminen; maahanmuuttajatyö; kotoutumisen tuki | integrationsarbete | integration support for immigrants
lastensuojelu; sijaisperhe; perhetyö; perhetyöntekijä | barnskydd; familjearbete | child protection; family work
diakoniatyö; seurakuntatyö | diakoni; församlingsarbete | parish work; diaconal work
sosionomi; sosiaalialan koulutus; sosionomi AMK | socionom | social services degree
== Varhaiskasvatus ja opetus
lastenhoito; lasten hoito; lasten kanssa; lasten kanssa työskentely; lapsenvahti | barnomsorg; barnvakt | childcare; looking after children; babysitting
varhaiskasvatus; päiväkoti; päiväkotityö; päiväkotiapulainen; päiväkodin | förskola; småbarnspedagogik | early childhood education; nursery work
perhepäivähoito | familjedagvård | family day care
koulunkäynnin ohjaus; koulunkäyntiavustaja; avustaminen koulussa; oppilaiden avustaminen | elevassistans; skolgångsbiträde | teaching assistance; school assistant work
opetus; opettaminen; opetustyö; opettaa | undervisning | teaching
aikuiskoulutus; kouluttaminen; koulutusten pitäminen | vuxenutbildning | adult education; training delivery
kotitehtävissä auttaminen; läksyapu; tukiopetus; yksityisopetus | läxhjälp | homework help; tutoring
suomen kielen opetus; S2-opetus; kielten opetus | undervisning i finska | teaching Finnish
leikkien ohjaaminen; leikit; lasten leikit; askartelu lasten kanssa; satujen lukeminen | leka med barn | leading play activities
iltapäivätoiminta; aamu- ja iltapäivätoiminta; iltapäiväkerho; kerhot; kerhonohjaus | fritidsverksamhet | after-school club activities
liikunnan ohjaus lapsille; urheiluvalmennus; valmentaminen urheilussa; junioreiden valmennus | idrottsträning | sports coaching
kasvatus- ja ohjausalan perustutkinto; lastenohjaajan tutkinto; koulunkäynninohjaajan tutkinto | grundexamen i pedagogisk verksamhet och handledning | vocational qualification in education and guidance
lastenhoitajan koulutus; lastenhoitajan tutkinto; varhaiskasvatuksen lastenhoitaja | barnskötarutbildning | childcare qualification
`;
