// The employment-expert survey of the 2020 study "Kuntien vaikuttavat työllisyyspalvelut" (Vates,
// Webropol, 168 respondents, 3.10.–10.11.2019). The Likert statements are those the study lists under
// its four factors, with their loadings (seeds 004): organisation's operating model, the instructor's
// relation to business cooperation, instructors' attitude to clients' progression, and planned and
// open development of the client's work capacity and vocational skills.
import { AGREE5, opts, statements, tx, type Template } from './common.ts';

const F1 = statements('F1_', [
  ['Yksikkömme toimintatapaa kehitetään aktiivisesti', 'Vår enhets arbetssätt utvecklas aktivt', 'Our unit’s way of working is actively developed'],
  ['Työpaikkani toimintaa kehitetään', 'Verksamheten på min arbetsplats utvecklas', 'The work at my workplace is developed'],
  ['Työpaikallani ohjaustoiminnan työnjakoa ja roolitusta päivitetään', 'På min arbetsplats uppdateras arbetsfördelningen och rollerna i handledningen', 'At my workplace the division of guidance work and roles is updated'],
  ['Ammatillista osaamistani tuetaan organisaatiossamme', 'Min yrkeskompetens stöds i vår organisation', 'My professional competence is supported in our organisation'],
  ['Työpaikallani keskustellaan oman organisaation kehittämistarpeista', 'På min arbetsplats diskuteras organisationens utvecklingsbehov', 'At my workplace we discuss our organisation’s development needs'],
  ['Ohjaus perustuu yhtenäiseen tapaan toimia', 'Handledningen bygger på ett enhetligt arbetssätt', 'Guidance follows a shared way of working'],
  ['Arvioimme käytettyjen menetelmien vaikuttavuutta työllistymiseen', 'Vi utvärderar hur metoderna påverkar sysselsättningen', 'We evaluate the effect of our methods on employment'],
  ['Pitkäaikaistyöttömän asiakkaan palvelutarve selvitetään yksilöllisesti', 'En långtidsarbetslös kunds servicebehov utreds individuellt', 'A long-term unemployed client’s service needs are assessed individually'],
  ['Monialaiseen yhteistyöryhmään osallistuminen on osa toimintamalliamme', 'Deltagande i en sektorsövergripande samarbetsgrupp hör till vår verksamhetsmodell', 'Taking part in a multi-professional team is part of our model'],
  ['Ohjausprosessi on kuvattu kirjallisesti', 'Handledningsprocessen är beskriven skriftligt', 'The guidance process is described in writing'],
  ['Ohjausprosessi määrittyy asiakkaan tarpeiden mukaan', 'Handledningsprocessen bestäms av kundens behov', 'The guidance process is shaped by the client’s needs'],
  ['Pitkäaikaistyöttömän asiakkaan palvelutarve selvitetään monialaisesti', 'En långtidsarbetslös kunds servicebehov utreds sektorsövergripande', 'A long-term unemployed client’s service needs are assessed by several professions'],
]);
const F2 = statements('F2_', [
  ['Teen yritysyhteistyötä jatkuvasti osana perustyötäni', 'Jag samarbetar med företag fortlöpande som en del av mitt grundarbete', 'I cooperate with businesses continuously as part of my work'],
  ['Työtehtäviini kuuluu potentiaalisten työllistävien yritysten kontaktointi', 'Till mina uppgifter hör att kontakta potentiella arbetsgivare', 'Contacting potential employers is part of my job'],
  ['Koen, että minun on helppo lähestyä potentiaalisia työllistäviä yrityksiä', 'Jag upplever att det är lätt för mig att kontakta potentiella arbetsgivare', 'I find it easy to approach potential employers'],
  ['Asiakastyötä tehdessäni mietin sopivaa yritystä ohjauksen jälkeiseen työllistymiseen', 'I kundarbetet funderar jag på ett lämpligt företag för sysselsättning efter handledningen', 'In client work I think of a suitable company for employment after guidance'],
  ['Työpaikan löytyminen on ohjaajan vastuulla', 'Att hitta en arbetsplats är handledarens ansvar', 'Finding a job is the instructor’s responsibility'],
]);
const F3 = statements('F3_', [
  ['Avoimille työmarkkinoille työllistyminen on realistinen tavoite asiakkaalle', 'Sysselsättning på den öppna arbetsmarknaden är ett realistiskt mål för kunden', 'Employment in the open labour market is a realistic goal for the client'],
  ['Uskon asiakkaan kykyihin työllistyä avoimille työmarkkinoille', 'Jag tror på kundens förmåga att få arbete på den öppna arbetsmarknaden', 'I believe in the client’s ability to find work in the open labour market'],
  ['Asiakas haluaa työllistyä avoimille työmarkkinoille', 'Kunden vill få arbete på den öppna arbetsmarknaden', 'The client wants to work in the open labour market'],
  ['Jokaisella asiakkaalla on sama tavoite: työllistyminen', 'Varje kund har samma mål: sysselsättning', 'Every client has the same goal: employment'],
  ['Yritykset työllistävät mielellään osatyökykyisen', 'Företag anställer gärna personer med partiell arbetsförmåga', 'Companies are glad to employ people with partial work ability'],
  ['Asiakastyössä mietin sopivaa koulutusmahdollisuutta asiakkaan työllistymistä ajatellen', 'I kundarbetet funderar jag på lämplig utbildning med tanke på kundens sysselsättning', 'In client work I think of suitable training for the client’s employment'],
]);
const F4 = statements('F4_', [
  ['Asiakkaan työkykyä kehitetään soveltuvaksi yksikön ulkopuolella odottaviin tehtäviin', 'Kundens arbetsförmåga utvecklas för uppgifter utanför enheten', 'The client’s work ability is developed for tasks outside the unit'],
  ['Asiakkaan ammattiosaamista kehitetään soveltuvaksi yksikön ulkopuolella odottaviin tehtäviin', 'Kundens yrkeskunskap utvecklas för uppgifter utanför enheten', 'The client’s vocational skills are developed for tasks outside the unit'],
  ['Asiakkaan edistymistä koskevat tavoitteet määritetään avoimesti yhdessä ohjaavan henkilöstön kanssa', 'Målen för kundens framsteg fastställs öppet tillsammans med handledarna', 'Goals for the client’s progress are set openly together with the guiding staff'],
]);

const share = (code: string, fi: string, sv: string, en: string) => ({
  code,
  type: 'number' as const,
  text: tx(fi, sv, en),
  required: false,
  min: 0,
  max: 100,
  integer: true,
});

export const expertSurvey: Template = {
  key: 'expert',
  title: tx('Työllistämisen asiantuntijoiden kysely', 'Enkät till sysselsättningsexperter', 'Survey of employment experts'),
  description: tx(
    'Kysely työllistämispalveluissa asiakastyötä tekeville ohjaajille, esimiehille ja päälliköille (Kuntien vaikuttavat työllisyyspalvelut, 2019–2020).',
    'Enkät till handledare, chefer och ledare i sysselsättningstjänster (Effektiva kommunala sysselsättningstjänster, 2019–2020).',
    'Survey of instructors, supervisors and managers in employment services (Effective municipal employment services, 2019–2020).',
  ),
  mode: 'anonymous',
  questions: [
    {
      code: 'municipality_size',
      type: 'single',
      required: true,
      text: tx('Kuntanne koko', 'Kommunens storlek', 'Size of your municipality'),
      options: opts([
        ['over55k', 'Yli 55 000 asukasta', 'Över 55 000 invånare', 'Over 55,000 inhabitants'],
        ['20k-55k', '20 000–55 000 asukasta', '20 000–55 000 invånare', '20,000–55,000 inhabitants'],
        ['10k-20k', '10 000–20 000 asukasta', '10 000–20 000 invånare', '10,000–20,000 inhabitants'],
        ['under10k', 'Alle 10 000 asukasta', 'Under 10 000 invånare', 'Under 10,000 inhabitants'],
      ]),
    },
    {
      code: 'workplace',
      type: 'single',
      required: true,
      text: tx('Työpaikkanne', 'Er arbetsplats', 'Your workplace'),
      options: opts([
        ['workshop', 'Työpaja', 'Verkstad', 'Workshop'],
        ['project', 'Työllistymistä tukeva projekti', 'Projekt som stöder sysselsättning', 'Employment project'],
        ['disability_work', 'Kehitysvammaisten työtoimintayksikkö', 'Arbetsverksamhet för personer med utvecklingsstörning', 'Work activity unit for people with intellectual disabilities'],
        ['supported_employment', 'Tuetun työllistymisen yksikkö', 'Enhet för stödd sysselsättning', 'Supported employment unit'],
        ['multi_service', 'Työllistymisen monipalvelukeskus', 'Servicecenter för sysselsättning', 'Multi-service employment centre'],
        ['social_enterprise', 'Yhteiskunnallinen yritys', 'Samhällsföretag', 'Social enterprise'],
        ['municipality', 'Kuntaorganisaatio', 'Kommunal organisation', 'Municipal organisation'],
        ['other', 'Muu organisaatio', 'Annan organisation', 'Other organisation'],
      ]),
    },
    {
      code: 'job_title',
      type: 'single',
      required: true,
      text: tx('Työnimikkeenne', 'Er yrkestitel', 'Your job title'),
      options: opts([
        ['work_coach', 'Työvalmentaja', 'Arbetscoach', 'Work coach'],
        ['job_coach', 'Työhönvalmentaja', 'Jobbcoach', 'Job coach'],
        ['instructor', 'Ohjaaja', 'Handledare', 'Instructor'],
        ['manager', 'Yksikön päällikkö', 'Enhetschef', 'Head of unit'],
        ['individual_coach', 'Yksilövalmentaja', 'Individuell coach', 'Individual coach'],
        ['coach', 'Valmentaja', 'Coach', 'Coach'],
        ['other', 'Muu', 'Annan', 'Other'],
      ]),
    },
    {
      code: 'statements',
      type: 'matrix',
      required: true,
      points: 5,
      labels: AGREE5,
      text: tx('Kuinka samaa mieltä olette seuraavien väittämien kanssa?', 'Hur väl instämmer ni i följande påståenden?', 'How much do you agree with the following statements?'),
      statements: [...F1, ...F2, ...F3, ...F4],
    },
    {
      code: 'open_market_realistic',
      type: 'single',
      required: true,
      text: tx(
        'Onko avoimille työmarkkinoille työllistyminen realistinen tavoite asiakkaillenne?',
        'Är sysselsättning på den öppna arbetsmarknaden ett realistiskt mål för era kunder?',
        'Is employment in the open labour market a realistic goal for your clients?',
      ),
      options: opts([
        ['always', 'Aina', 'Alltid', 'Always'],
        ['often', 'Usein', 'Ofta', 'Often'],
        ['sometimes', 'Joskus', 'Ibland', 'Sometimes'],
        ['rarely', 'Harvoin', 'Sällan', 'Rarely'],
        ['never', 'Ei koskaan', 'Aldrig', 'Never'],
      ]),
    },
    {
      code: 'main_goal',
      type: 'single',
      required: false,
      text: tx('Mikä on oman työnne päätavoite?', 'Vad är huvudmålet för ert eget arbete?', 'What is the main goal of your own work?'),
      options: opts([
        ['rehabilitation', 'Asiakkaan kuntoutuminen tai ohjaus toiseen palveluun', 'Kundens rehabilitering eller hänvisning till annan tjänst', 'The client’s rehabilitation or referral to another service'],
        ['work_or_education', 'Asiakkaan ohjaaminen työhön tai koulutukseen', 'Att vägleda kunden till arbete eller utbildning', 'Guiding the client into work or education'],
        ['wellbeing', 'Asiakkaan elämänlaadun ja hyvinvoinnin lisääminen', 'Att öka kundens livskvalitet och välbefinnande', 'Improving the client’s quality of life and wellbeing'],
        ['organisation', 'Työyhteisön kehittäminen tai rahoituksen hankkiminen', 'Att utveckla arbetsgemenskapen eller skaffa finansiering', 'Developing the organisation or raising funds'],
        ['other', 'Muu', 'Annat', 'Other'],
      ]),
    },
    { code: 'main_goal_text', type: 'text', required: false, text: tx('Kuvailkaa päätavoitettanne omin sanoin', 'Beskriv huvudmålet med egna ord', 'Describe the main goal in your own words'), showIf: { code: 'main_goal', op: 'equals', value: 'other' } },
    share('bg_long_term', 'Kuinka monella prosentilla asiakkaistanne on taustalla pitkäaikaistyöttömyys?', 'Hur många procent av era kunder är långtidsarbetslösa?', 'What percentage of your clients are long-term unemployed?'),
    share('bg_disability', 'Kuinka monella prosentilla on vamma tai pitkäaikaissairaus?', 'Hur många procent har en funktionsnedsättning eller långvarig sjukdom?', 'What percentage have a disability or long-term illness?'),
    share('bg_mental_health', 'Kuinka monella prosentilla on mielenterveyden haasteita?', 'Hur många procent har psykiska utmaningar?', 'What percentage have mental health challenges?'),
    share('prog_open_market', 'Arvioitu osuus asiakkaista, jotka etenevät avoimille työmarkkinoille tai koulutukseen (%)', 'Uppskattad andel kunder som går vidare till öppna arbetsmarknaden eller utbildning (%)', 'Estimated share of clients who progress to the open labour market or education (%)'),
    share('prog_service', 'Arvioitu osuus, jotka siirtyvät toiseen työllisyyspalveluun (%)', 'Uppskattad andel som går vidare till en annan sysselsättningstjänst (%)', 'Estimated share who move on to another employment service (%)'),
    share('prog_unemployed', 'Arvioitu osuus, jotka palaavat työttömiksi (%)', 'Uppskattad andel som återgår till arbetslöshet (%)', 'Estimated share who return to unemployment (%)'),
  ],
  scales: [
    { code: 'organisation_model', name: tx('Organisaation toimintamalli, sen kehittäminen ja johtaminen', 'Organisationens verksamhetsmodell, utveckling och ledning', 'The organisation’s operating model, its development and management'), items: F1.map((s) => s.code) },
    { code: 'business_cooperation', name: tx('Ohjaajan suhde yritysyhteistyöhön', 'Handledarens förhållande till företagssamarbete', 'The instructor’s relation to business cooperation'), items: F2.map((s) => s.code) },
    { code: 'attitude_progression', name: tx('Ohjaajan suhtautuminen asiakkaan etenemiseen', 'Handledarens inställning till kundens framsteg', 'The instructor’s attitude to the client’s progression'), items: F3.map((s) => s.code) },
    { code: 'capacity_development', name: tx('Asiakkaan työkyvyn ja ammattiosaamisen suunnitelmallinen ja avoin kehittäminen', 'Planmässig och öppen utveckling av kundens arbetsförmåga och yrkeskunskap', 'Planned and open development of the client’s work ability and vocational skills'), items: F4.map((s) => s.code) },
  ],
};
