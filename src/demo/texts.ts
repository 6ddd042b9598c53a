// Short Finnish texts for the demo data: intake notes, goals in the client's own words,
// assessment notes, diary entries, coach comments and employer work. Written for this demo.

import type { GoalKind } from '../domain/codes.ts';

export const WORK_HISTORY = [
  'Ollut varastotöissä noin kymmenen vuotta, viimeksi trukkikuskina. Työsuhde päättyi yt-neuvotteluihin.',
  'Siivoustöitä eri yrityksissä keikkaluontoisesti. Pisin työsuhde kaksi vuotta.',
  'Rakennusalan aputöitä ja muuttofirmassa kantajana. Selkä ei enää kestä raskasta työtä.',
  'Kaupan kassalla ja hyllyttäjänä useita vuosia. Viimeisestä työstä aikaa yli viisi vuotta.',
  'Ravintola-alalla kokkina ja tiskaajana. Vuorotyö kävi liian raskaaksi.',
  'Ei juurikaan työkokemusta, muutamia kesätöitä ja työkokeilu puutyöpajassa.',
  'Ollut pitkään kotona lasten kanssa. Aiemmin toimistotöitä ja asiakaspalvelua.',
  'Kuljetusalan töitä, C-kortti voimassa. Työt loppuivat sairausloman jälkeen.',
  'Metalliteollisuudessa koneistajana, tehdas lopetti toimintansa.',
  'Kiinteistöhuollossa ja viheralueiden hoidossa kausitöissä.',
  'Työskennellyt kotimaassa opettajana, Suomessa ei vielä työkokemusta.',
  'Aiempaa työkokemusta palkkatukityöstä seurakunnan kiinteistöillä.',
];

export const STUDY_HISTORY = [
  'Peruskoulu. Ammattikoulu kesken jäänyt.',
  'Merkonomi, valmistunut 1990-luvulla.',
  'Peruskoulu ja trukkikortti, hygieniapassi.',
  'Kokin ammattitutkinto. Työturvallisuuskortti vanhentunut.',
  'Lukio käyty, jatko-opinnot eivät ole alkaneet.',
  'Suomen kielen kurssit A2-tasolle. Kotimaassa yliopistotutkinto.',
  'Peruskoulu erityisluokalla, työhön ja itsenäiseen elämään valmentava koulutus.',
  'Kiinteistönhoitajan perustutkinto.',
];

export const WORK_CAPACITY = [
  'Jaksaa neljän tunnin päiviä, pidemmät päivät väsyttävät. Selkävaivoja, ei raskaita nostoja.',
  'Työkyky vaihtelee mielialan mukaan. Hyvinä päivinä tekee tehokkaasti töitä.',
  'Fyysinen kunto hyvä, keskittyminen vaikeaa pitkissä tehtävissä.',
  'Osatyökykyinen, työkyvyttömyyseläke. Sopii kevyet ja rauhalliset tehtävät.',
  'Työkykyä ei ole arvioitu vuosiin, terveystarkastus tarpeen.',
  'Hyvä työmoraali, tarvitsee selkeät ohjeet ja rutiinit.',
];

export const FUNCTIONAL_CAPACITY = [
  'Arki sujuu pääosin itsenäisesti, unirytmi on epäsäännöllinen.',
  'Asioiden hoitaminen virastoissa jännittää, tarvitsee tukea.',
  'Liikkuu julkisilla, pärjää arjessa hyvin.',
  'Tarvitsee muistutuksia aikatauluista. Sosiaalisesti aktiivinen.',
  'Ruoanlaitto ja kodinhoito sujuvat, raha-asioissa haasteita.',
  'Sosiaaliset tilanteet jännittävät, pienessä ryhmässä viihtyy.',
];

export const OWN_GOALS = [
  'Haluan päästä takaisin töihin, mieluiten varastolle tai kiinteistöhuoltoon.',
  'Haluan saada päivään rytmiä ja tavata ihmisiä.',
  'Haluaisin opiskella ammatin, ehkä lähihoitajaksi.',
  'Haluan selvittää, millaiseen työhön terveyteni riittää.',
  'Haluan oppia suomea paremmin ja löytää töitä.',
  'Haluan jaksaa paremmin ja päästä eroon yksinäisyydestä.',
  'Haluan saada ajokortin ja sitä kautta enemmän mahdollisuuksia töihin.',
  'Haluan tehdä jotain hyödyllistä ja oppia uutta.',
];

export const FINANCIAL_SITUATION = [
  'Toimeentulo työmarkkinatuesta ja asumistuesta. Rahat loppuvat usein ennen kuun loppua.',
  'Työkyvyttömyyseläke ja asumistuki. Edunvalvonta taloudellisissa asioissa.',
  'Toimeentulotuen asiakas. Vuokrarästejä muutaman kuukauden ajalta.',
  'Tulot riittävät perusmenoihin, säästöjä ei ole.',
];

export const DEBT_SITUATION = [
  'Ulosotossa kulutusluottoja, velkaneuvontaan on varattu aika.',
  'Ei velkoja.',
  'Maksuhäiriömerkintä, velkajärjestely haettu.',
  'Pikavippejä useita, kokonaismäärä selvittämättä.',
  'Velat järjestelyssä, maksuohjelma käynnissä.',
];

export interface GoalText {
  title: string;
  words: readonly string[];
}

export const GOAL_TEXTS: Readonly<Record<GoalKind, readonly GoalText[]>> = {
  employment: [
    { title: 'Työllistyminen avoimille työmarkkinoille', words: ['Haluan oikeaan työsuhteeseen ja omaa palkkaa.', 'Haluan töihin varastolle ensi vuonna.'] },
    { title: 'Työpaikka kiinteistöhuollosta', words: ['Haluan tehdä ulkotöitä ja päästä kiinteistöhuoltoon töihin.'] },
    { title: 'Osa-aikatyö kaupan alalta', words: ['Haluaisin tehdä osa-aikaista työtä kaupassa, vaikka neljä tuntia päivässä.'] },
    { title: 'Palkkatukityö ja siitä eteenpäin', words: ['Haluan ensin palkkatukityöhön ja sitten vakituiseen työhön.'] },
    { title: 'Työpaikka ravintola-alalta', words: ['Haluan takaisin keittiöön töihin.'] },
  ],
  education: [
    { title: 'Ammatillisen koulutuksen aloittaminen', words: ['Haluan hakea ammattikouluun ensi syksynä.', 'Haluan opiskella itselleni ammatin.'] },
    { title: 'Suomen kielen opinnot', words: ['Haluan oppia suomea niin hyvin, että pärjään töissä.'] },
    { title: 'Trukki- ja työturvallisuuskortti', words: ['Haluan suorittaa trukkikortin ja työturvallisuuskortin.'] },
    { title: 'Hygieniapassin suorittaminen', words: ['Haluan hygieniapassin, jotta voin hakea ravintolatöihin.'] },
  ],
  work_ability: [
    { title: 'Työkyvyn selvittäminen', words: ['Haluan tietää, millaista työtä pystyn tekemään.'] },
    { title: 'Jaksaminen kuuden tunnin työpäivässä', words: ['Haluan jaksaa pidempiä päiviä kuin nyt.'] },
    { title: 'Säännöllinen läsnäolo', words: ['Haluan tulla paikalle joka sovittuna päivänä.', 'Haluan pitää kiinni sovituista ajoista.'] },
  ],
  professional_skills: [
    { title: 'Varastotyön taidot', words: ['Haluan oppia keräilyn ja varastojärjestelmän käytön.'] },
    { title: 'Puutyötaitojen kehittäminen', words: ['Haluan oppia käyttämään koneita puutyöpajassa itsenäisesti.'] },
    { title: 'Asiakaspalvelutaidot', words: ['Haluan rohkaistua palvelemaan asiakkaita kahvilassa.'] },
    { title: 'Digitaidot työnhakuun', words: ['Haluan osata tehdä työhakemuksen ja käyttää Työmarkkinatoria.'] },
  ],
  life_management: [
    { title: 'Päivärytmin vakiintuminen', words: ['Haluan herätä aamulla ajoissa ja syödä säännöllisesti.'] },
    { title: 'Raha-asioiden hallinta', words: ['Haluan saada velkani järjestykseen.', 'Haluan, että rahat riittävät koko kuuksi.'] },
    { title: 'Asumisen tukeminen', words: ['Haluan pitää asuntoni ja hoitaa vuokran ajallaan.'] },
  ],
  participation: [
    { title: 'Sosiaalisten suhteiden vahvistaminen', words: ['Haluan tutustua uusiin ihmisiin ja kuulua porukkaan.'] },
    { title: 'Ryhmätoimintaan osallistuminen', words: ['Haluan uskaltaa osallistua ryhmään.'] },
    { title: 'Harrastuksen löytäminen', words: ['Haluan löytää itselleni harrastuksen.'] },
  ],
};

export const ASSESSMENT_NOTES: Readonly<Record<number, readonly string[]>> = {
  1: ['Tavoitteen eteen ei ole vielä päästy aloittamaan.', 'Poissaoloja paljon, tavoite ei ole edennyt.'],
  2: ['Ensimmäiset askeleet otettu, tukea tarvitaan vielä paljon.', 'Edistystä pienin askelin.'],
  3: ['Tavoite etenee suunnitellusti.', 'Hyvä kuukausi, läsnäolo parantunut.', 'Edennyt, mutta välillä takapakkia.'],
  4: ['Selvää edistystä, tavoite lähellä.', 'Tekee tehtäviä jo itsenäisesti.', 'Asiakas kokee edistyneensä paljon.'],
  5: ['Tavoite saavutettu.', 'Tavoite täyttynyt, sovittu uusi tavoite.'],
};

export const DIARY_DID = [
  'Lajittelin kierrätystekstiilejä koko aamupäivän.',
  'Olin kahvilan puolella tiskissä ja keittiössä.',
  'Hioin ja maalasin tuoleja puutyöpajassa.',
  'Pakkasin tilaustöitä ja teippasin laatikoita.',
  'Haravoin ja siivosin pihaa ryhmän kanssa.',
  'Tein työhakemuksen valmentajan kanssa.',
  'Harjoittelin varastojärjestelmän käyttöä.',
  'Kävimme ryhmän kanssa tutustumassa yritykseen.',
  'Olin etänä ja tein tietokonetehtäviä.',
  'Ompelin kasseja ja korjasin vaatteita.',
  'Siivosin tiloja ja hoidin pyykit.',
  'Tein ruokaa ryhmälle.',
];

export const DIARY_HOW = [
  'Meni hyvin, sain paljon aikaan.',
  'Väsytti, mutta jaksoin loppuun asti.',
  'Vähän jännitti, mutta hyvin meni.',
  'Huono päivä, pää ei pelannut.',
  'Kiva päivä, hyvä porukka.',
  'Oli rankkaa, selkä kipeytyi.',
  'Opin uutta ja olin ylpeä itsestäni.',
  'Meni ihan ok.',
];

export const DIARY_COMMENTS = [
  'Hienoa, että jaksoit koko päivän!',
  'Kiitos kun kirjoitit, jutellaan tästä huomenna.',
  'Hyvä huomio. Otetaan tämä mukaan seuraavaan arviointiin.',
  'Muista pitää taukoja, jutellaan selästä ensi viikolla.',
  'Tästä on hyvä jatkaa!',
];

export const END_NOTES: Readonly<Record<string, readonly string[]>> = {
  open_employment: ['Työllistyi avoimille työmarkkinoille.', 'Sai työpaikan harjoittelupaikasta.'],
  pay_subsidised_work: ['Siirtyi palkkatukityöhön.'],
  work_trial: ['Siirtyi työkokeiluun yritykseen.'],
  work_practice: ['Siirtyi työharjoitteluun.'],
  education: ['Aloitti ammatillisen koulutuksen.', 'Pääsi opiskelemaan.'],
  other_service: ['Jatkaa toisessa palvelussa.', 'Siirtyi toiseen yksikköön.'],
  rehabilitation: ['Siirtyi Kelan ammatilliseen kuntoutukseen.', 'Aloitti kuntoutusjakson.'],
  back_to_basic_services: ['Jakso päättyi, jatkaa sosiaalityön asiakkaana.', 'Palasi peruspalvelujen piiriin.'],
  pension: ['Työkyvyttömyyseläke myönnetty.', 'Jäi eläkkeelle.'],
  unemployment: ['Jakso päättyi, jatkaa työnhakijana.'],
  interrupted: ['Jakso keskeytyi poissaolojen vuoksi.', 'Keskeytyi terveydellisistä syistä.'],
  other: ['Muutti toiselle paikkakunnalle.', 'Jakso päättyi, jatko ei tiedossa.'],
};

export const FOLLOW_UP_NOTES = [
  'Tavoitettu puhelimitse.',
  'Tieto saatu asiakkaalta tekstiviestillä.',
  'Tieto sosiaalityöntekijältä.',
  'Ei tavoitettu, tieto rekisteristä.',
];

export const REFERRAL_SERVICES: ReadonlyArray<readonly [string, string]> = [
  ['Velkaneuvonta', 'Talous- ja velkaneuvonta, Oikeusaputoimisto'],
  ['Mielenterveyspalvelut', 'Pirkanmaan hyvinvointialue, mielenterveyspalvelut'],
  ['Päihdepalvelut', 'A-klinikka Tampere'],
  ['Ammatillinen kuntoutusselvitys', 'Kela'],
  ['Terveystarkastus', 'Hervannan terveysasema'],
  ['Asumisneuvonta', 'Tampereen kaupunki, asumisneuvonta'],
  ['Aikuisten perusopetus', 'Tampereen aikuiskoulutuskeskus'],
  ['Työkykykoordinaattori', 'Tampereen työllisyyspalvelut'],
  ['Kuntoutustutkimus', 'Tampereen yliopistollinen sairaala'],
];

export const REFERRAL_OUTCOMES = [
  'Aika saatu ja käyty, jatko sovittu.',
  'Asiakas ei mennyt sovittuun aikaan.',
  'Palvelu alkanut.',
  'Jonossa, uusi yhteydenotto sovittu.',
  'Ei tarvetta palvelulle selvityksen jälkeen.',
];

export const EMPLOYER_NEEDS = [
  'Varastotyöntekijä keräilyyn, arkisin aamuvuoro. Trukkikortti eduksi.',
  'Siivooja toimistokohteisiin, osa-aikainen.',
  'Kiinteistöhuollon avustavat tehtävät, kesäkausi.',
  'Keittiöapulainen lounasravintolaan, hygieniapassi vaaditaan.',
  'Hyllyttäjä päivittäistavarakauppaan, 20 h viikossa.',
  'Autopesijä ja avustavat huoltotehtävät.',
  'Viheralueiden hoitaja kesäksi.',
  'Pakkaaja tuotantoon, yksivuorotyö.',
];

export const CONTACT_NOTES = [
  'Esittelimme yksikön palveluja ja työkokeilumahdollisuuksia.',
  'Sovittiin työkokeilusta yhdelle asiakkaalle.',
  'Yritys harkitsee palkkatukityöpaikkaa syksyksi.',
  'Käynti yrityksessä asiakkaan kanssa.',
  'Rekrytointitarve keväälle, lähetetään ehdokkaita.',
  'Palaute työkokeilusta: hyvä, jatketaan.',
  'Ei tarvetta tällä hetkellä, otetaan yhteyttä uudelleen.',
];

export const PLACEMENT_TASKS = [
  'Varaston keräily- ja pakkaustehtävät',
  'Toimistosiivous',
  'Kiinteistönhoidon avustavat tehtävät',
  'Keittiöapulaisen tehtävät',
  'Hyllytys ja myymälän siisteys',
  'Autojen pesu ja sisäsiivous',
  'Viheralueiden hoito',
];

export const THEME_GROUPS: ReadonlyArray<readonly [string, string]> = [
  ['Digitaidot arkeen', 'Tietokoneen ja puhelimen käyttö, sähköinen asiointi ja Työmarkkinatori.'],
  ['Liikunta ja hyvinvointi', 'Kevyttä liikuntaa ja keskustelua hyvinvoinnista.'],
  ['Ruoka ja talous', 'Edullista ruoanlaittoa ja oman talouden suunnittelua.'],
  ['Työnhaun taidot', 'Työhakemus, CV ja työhaastatteluun valmistautuminen.'],
  ['Taide ja ilmaisu', 'Kuvataidetta ja ilmaisua pienessä ryhmässä.'],
  ['Luonto ja retkeily', 'Retkiä lähiluontoon ja luonnon hyvinvointivaikutuksia.'],
  ['Suomea työelämään', 'Työelämän suomen kieltä ja sanastoa.'],
  ['Mielen hyvinvointi', 'Vertaistukea ja mielen hyvinvoinnin taitoja.'],
];
