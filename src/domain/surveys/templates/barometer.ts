// The unit survey of VATES's social-employment barometer (rounds 2006 and 2011; report 2012,
// seeds 003): the unit, its income and finances, referrers and collaboration, clients and staff,
// reasons for clients' weak labour-market position, activities and work tasks, statements on
// guidance, transitions last year, strengths and challenges.
import { AGREE5, IMPORTANCE5, opts, statements, tx, type Template } from './common.ts';
import type { Question } from '../definition.ts';

const num = (code: string, fi: string, sv: string, en: string, max = 100000): Question => ({ code, type: 'number', required: false, min: 0, max, integer: true, text: tx(fi, sv, en) });

const REFERRERS = statements('ref_', [
  ['Kunta (sosiaalitoimi)', 'Kommunen (socialväsendet)', 'Municipality (social services)'],
  ['TE-toimisto', 'TE-byrån', 'Employment office'],
  ['Työvoiman palvelukeskus', 'Servicecentret för arbetskraft', 'Labour-force service centre'],
  ['Kela', 'FPA', 'Kela'],
  ['Terveyskeskus', 'Hälsocentralen', 'Health centre'],
  ['Erikoissairaanhoito', 'Specialsjukvården', 'Specialist health care'],
  ['Järjestöt', 'Organisationer', 'NGOs'],
]);
const COLLABORATION = statements('col_', [
  ['Kunnan sosiaalitoimi', 'Kommunens socialväsende', 'Municipal social services'],
  ['Kunnan terveystoimi', 'Kommunens hälsovård', 'Municipal health services'],
  ['TE-toimisto', 'TE-byrån', 'Employment office'],
  ['Työvoiman palvelukeskus', 'Servicecentret för arbetskraft', 'Labour-force service centre'],
  ['Erityishuollon kuntayhtymä', 'Samkommunen för specialomsorger', 'Joint authority for special care'],
  ['Valtakunnalliset vammaisjärjestöt', 'Riksomfattande handikapporganisationer', 'National disability organisations'],
]);
const REASONS = statements('why_', [
  ['Vamma tai sairaus', 'Funktionsnedsättning eller sjukdom', 'Disability or illness'],
  ['Työnantajien ennakkoluulot', 'Arbetsgivarnas fördomar', 'Employers’ prejudice'],
  ['Työmarkkinoiden haasteet', 'Utmaningar på arbetsmarknaden', 'Labour-market challenges'],
  ['Palvelujärjestelmän toimimattomuus', 'Servicesystemet fungerar inte', 'The service system does not work'],
  ['Puutteellinen koulutus tai osaaminen', 'Bristande utbildning eller kompetens', 'Lack of education or skills'],
]);
const GUIDANCE = statements('gui_', [
  ['Henkilöstöllä on riittävä osaaminen asiakkaiden ohjaamiseksi avoimille työmarkkinoille', 'Personalen har tillräcklig kompetens att vägleda kunder till den öppna arbetsmarknaden', 'The staff have enough skills to guide clients to the open labour market'],
  ['Tavoitteiden asettelu tukee työelämään siirtymistä', 'Målsättningen stöder övergången till arbetslivet', 'Goal setting supports moving into working life'],
  ['Asiakkaat ovat työllistettävissä avoimille työmarkkinoille', 'Kunderna kan sysselsättas på den öppna arbetsmarknaden', 'Clients can be employed in the open labour market'],
  ['Avoimilta työmarkkinoilta löytyy asiakkaille sopivia työpaikkoja', 'Det finns lämpliga arbetsplatser för kunderna på den öppna arbetsmarknaden', 'There are suitable jobs for clients in the open labour market'],
  ['Yksikössä tarvittaisiin enemmän henkilöresursseja', 'Enheten skulle behöva mer personal', 'The unit would need more staff'],
]);

const TASKS: Array<[string, string, string, string]> = [
  ['property', 'Kiinteistöhoito ja pihatyöt', 'Fastighetsskötsel och gårdsarbete', 'Property maintenance and yard work'],
  ['cleaning', 'Siivous', 'Städning', 'Cleaning'],
  ['textile', 'Tekstiilityö', 'Textilarbete', 'Textile work'],
  ['wood', 'Puutyö', 'Träarbete', 'Woodwork'],
  ['metal', 'Metallityö', 'Metallarbete', 'Metalwork'],
  ['kitchen', 'Keittiötyö', 'Köksarbete', 'Kitchen work'],
  ['subcontracting', 'Teollisuuden alihankinta', 'Underleveranser till industrin', 'Industrial subcontracting'],
  ['retail', 'Kaupan hyllytys ja pakkaus', 'Hyllplock och packning i butik', 'Shelving and packing in shops'],
  ['recycling', 'Kierrätys', 'Återvinning', 'Recycling'],
  ['office', 'Toimisto- ja tietotekniikkatyö', 'Kontors- och IT-arbete', 'Office and IT work'],
];

export const barometerSurvey: Template = {
  key: 'barometer',
  title: tx('Sosiaalisen työllistämisen barometri: yksikkökysely', 'Barometer för social sysselsättning: enhetsenkät', 'Social employment barometer: unit survey'),
  description: tx(
    'Työllistämispalveluja tuottavien yksiköiden tilanne: talous, asiakkaat, henkilöstö, toiminta ja siirtymät.',
    'Läget i enheter som producerar sysselsättningstjänster: ekonomi, kunder, personal, verksamhet och övergångar.',
    'The situation of units providing employment services: finances, clients, staff, activities and transitions.',
  ),
  mode: 'anonymous',
  questions: [
    {
      code: 'unit_type',
      type: 'single',
      required: true,
      text: tx('Yksikkötyyppi', 'Enhetstyp', 'Type of unit'),
      options: opts([
        ['disability_work', 'Kehitysvammaisten työtoimintayksikkö', 'Arbetsverksamhet för personer med utvecklingsstörning', 'Work activity unit for people with intellectual disabilities'],
        ['workshop', 'Työpaja', 'Verkstad', 'Workshop'],
        ['social_enterprise', 'Sosiaalinen yritys', 'Socialt företag', 'Social enterprise'],
        ['multi_service', 'Työllistymisen monipalvelukeskus', 'Servicecenter för sysselsättning', 'Multi-service employment centre'],
        ['production', 'Tuotannollinen työkeskus', 'Produktionsinriktat arbetscenter', 'Production work centre'],
        ['mental_health', 'Mielenterveyskuntoutujien työtoimintayksikkö', 'Arbetsverksamhet för mentalvårdsrehabiliterande', 'Work activity unit for mental health rehabilitees'],
        ['other', 'Muu', 'Annan', 'Other'],
      ]),
    },
    {
      code: 'owner',
      type: 'single',
      required: true,
      text: tx('Yksikön tärkein ylläpitäjä, omistaja tai taustayhteisö', 'Enhetens viktigaste huvudman, ägare eller bakgrundsorganisation', 'The unit’s main operator, owner or parent body'),
      options: opts([
        ['municipality', 'Kunta tai kuntayhtymä', 'Kommun eller samkommun', 'Municipality or joint authority'],
        ['ngo', 'Järjestö tai säätiö', 'Organisation eller stiftelse', 'NGO or foundation'],
        ['private', 'Yksityinen yritys', 'Privat företag', 'Private company'],
        ['other', 'Muu', 'Annan', 'Other'],
      ]),
    },
    num('founded', 'Minä vuonna yksikön toiminta alkoi?', 'Vilket år inleddes enhetens verksamhet?', 'In which year did the unit start?', 2100),
    num('inc_municipal', 'Tulorahoitus: kuntasektorin suora rahoitus (% tuloista)', 'Finansiering: kommunsektorns direkta finansiering (% av intäkterna)', 'Income: direct municipal funding (% of income)', 100),
    num('inc_service_sales', 'Tulorahoitus: työllistämispalvelujen myynti (%)', 'Finansiering: försäljning av sysselsättningstjänster (%)', 'Income: sales of employment services (%)', 100),
    num('inc_product_sales', 'Tulorahoitus: muiden tuotteiden ja palvelujen myynti (%)', 'Finansiering: försäljning av andra produkter och tjänster (%)', 'Income: sales of other products and services (%)', 100),
    num('inc_projects', 'Tulorahoitus: projektit (%)', 'Finansiering: projekt (%)', 'Income: projects (%)', 100),
    {
      code: 'finances',
      type: 'likert',
      required: true,
      points: 5,
      labels: [tx('Heikko', 'Svag', 'Weak'), tx('Välttävä', 'Försvarlig', 'Poor'), tx('Kohtalainen', 'Måttlig', 'Fair'), tx('Hyvä', 'God', 'Good'), tx('Erinomainen', 'Utmärkt', 'Excellent')],
      text: tx('Yksikön taloudellinen tilanne', 'Enhetens ekonomiska läge', 'The unit’s financial situation'),
    },
    {
      code: 'outlook',
      type: 'single',
      required: true,
      text: tx('Arvio taloudellisen tilanteen kehityksestä kahden seuraavan vuoden aikana', 'Bedömning av den ekonomiska utvecklingen under de två följande åren', 'Outlook for the financial situation in the next two years'),
      options: opts([
        ['better', 'Paranee', 'Förbättras', 'Improves'],
        ['same', 'Pysyy ennallaan', 'Förblir oförändrat', 'Stays the same'],
        ['worse', 'Heikkenee', 'Försämras', 'Weakens'],
      ]),
    },
    { code: 'referrers', type: 'matrix', required: false, points: 5, labels: IMPORTANCE5, text: tx('Asiakkaiden lähettäjätahojen merkitys', 'Betydelsen av de instanser som remitterar kunder', 'Importance of the bodies referring clients'), statements: REFERRERS },
    {
      code: 'collaboration',
      type: 'matrix',
      required: false,
      points: 4,
      labels: [tx('Ei lainkaan', 'Inte alls', 'None'), tx('Vähän', 'Lite', 'A little'), tx('Jonkin verran', 'En del', 'Some'), tx('Paljon', 'Mycket', 'A lot')],
      text: tx('Yhteistyön määrä seuraavien tahojen kanssa', 'Mängden samarbete med följande instanser', 'Amount of collaboration with the following'),
      statements: COLLABORATION,
    },
    num('clients_work_activity', 'Asiakkaita: työtoiminta ja kuntouttava työtoiminta', 'Kunder: arbetsverksamhet och arbetsverksamhet i rehabiliteringssyfte', 'Clients: work activity and rehabilitative work'),
    num('clients_employment', 'Asiakkaita: työsuhteinen työ (palkkatuki, sosiaalihuoltolain mukainen)', 'Kunder: arbete i anställningsförhållande', 'Clients: employment relationship (pay subsidy, social welfare act)'),
    num('clients_te_services', 'Asiakkaita: TE-palvelut (työharjoittelu, työkokeilu, valmennus)', 'Kunder: TE-tjänster (arbetsprövning, träning)', 'Clients: employment-office services (try-outs, coaching)'),
    num('clients_kela', 'Asiakkaita: Kelan palvelut', 'Kunder: FPA:s tjänster', 'Clients: Kela services'),
    num('staff_production', 'Henkilöstö: tuotannon ja työtehtävien ohjaus (henkilöä)', 'Personal: handledning av produktion och arbetsuppgifter (personer)', 'Staff: guiding production and work tasks (persons)', 1000),
    num('staff_service_guidance', 'Henkilöstö: asiakkaiden palveluohjaus', 'Personal: servicehandledning', 'Staff: service guidance', 1000),
    num('staff_labour_market', 'Henkilöstö: ohjaus avoimille työmarkkinoille', 'Personal: vägledning till öppna arbetsmarknaden', 'Staff: guidance to the open labour market', 1000),
    num('staff_management', 'Henkilöstö: johto ja asiantuntijatehtävät', 'Personal: ledning och experter', 'Staff: management and experts', 1000),
    { code: 'reasons', type: 'matrix', required: false, points: 5, labels: IMPORTANCE5, text: tx('Kuinka merkittävästi seuraavat vaikeuttavat asiakkaiden työllistymistä?', 'Hur mycket försvårar följande kundernas sysselsättning?', 'How much do the following hinder clients’ employment?'), statements: REASONS },
    {
      code: 'activities',
      type: 'multiple',
      required: false,
      text: tx('Mitä toimintoja yksikössä on tarjolla?', 'Vilka verksamheter erbjuder enheten?', 'Which activities does the unit offer?'),
      options: opts([
        ['group', 'Ryhmätoiminta', 'Gruppverksamhet', 'Group activities'],
        ['workshop', 'Työpajatyöskentely', 'Verkstadsarbete', 'Workshop work'],
        ['individual', 'Yksilökeskustelut', 'Individuella samtal', 'Individual discussions'],
        ['job_coach', 'Työhönvalmentajan tuki', 'Stöd av jobbcoach', 'Job coach support'],
        ['outside_tasks', 'Työtehtävät yksikön ulkopuolella', 'Arbetsuppgifter utanför enheten', 'Work tasks outside the unit'],
        ['client_council', 'Asiakasraati', 'Kundråd', 'Client council'],
      ]),
    },
    { code: 'tasks_inside', type: 'multiple', required: false, text: tx('Työtehtävät yksikössä', 'Arbetsuppgifter i enheten', 'Work tasks inside the unit'), options: opts(TASKS) },
    { code: 'tasks_outside', type: 'multiple', required: false, showIf: { code: 'activities', op: 'includes', value: 'outside_tasks' }, text: tx('Työtehtävät yksikön ulkopuolella', 'Arbetsuppgifter utanför enheten', 'Work tasks outside the unit'), options: opts(TASKS) },
    { code: 'guidance', type: 'matrix', required: false, points: 5, labels: AGREE5, text: tx('Asiakkaiden ohjaus: kuinka samaa mieltä olette?', 'Vägledning av kunder: hur väl instämmer ni?', 'Guiding clients: how much do you agree?'), statements: GUIDANCE },
    num('trans_open_market', 'Siirtymät viime vuonna: työsuhteiseen työhön avoimille työmarkkinoille (asiakasta)', 'Övergångar i fjol: arbete på öppna arbetsmarknaden (kunder)', 'Transitions last year: employment in the open labour market (clients)'),
    num('trans_training', 'Siirtymät: työharjoitteluun, työkokeiluun tai koulutukseen', 'Övergångar: arbetspraktik, arbetsprövning eller utbildning', 'Transitions: work try-out, training or education'),
    num('trans_basic_services', 'Siirtymät: takaisin peruspalvelujen asiakkaaksi', 'Övergångar: tillbaka till bastjänsterna', 'Transitions: back to basic services'),
    { code: 'strengths', type: 'longtext', required: false, text: tx('Yksikön vahvuudet', 'Enhetens styrkor', 'Strengths of the unit') },
    { code: 'challenges', type: 'longtext', required: false, text: tx('Yksikön haasteet', 'Enhetens utmaningar', 'Challenges of the unit') },
  ],
  scales: [
    {
      code: 'open_market_orientation',
      name: tx('Suuntautuminen avoimille työmarkkinoille', 'Inriktning på den öppna arbetsmarknaden', 'Orientation to the open labour market'),
      // "More staff needed" runs against the others: reverse-keyed.
      items: ['gui_01', 'gui_02', 'gui_03', 'gui_04', '-gui_05'],
    },
  ],
};
