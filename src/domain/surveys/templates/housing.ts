// Work coaching in housing-service units: the 2022 survey of the capital region's housing units
// (seeds 002): is there a work coach, what the coach does, how employment support is arranged
// otherwise, and how well the staff think it is arranged.
import { AGREE5, opts, statements, tx, type Template } from './common.ts';

const ARRANGEMENT = statements('arr_', [
  ['Asumisen alussa kartoitetaan asiakkaan työ- ja opiskeluhistoria', 'Kundens arbets- och studiehistorik kartläggs i början av boendet', 'The client’s work and study history is mapped when housing starts'],
  ['Asiakkaan tavoitteet työn ja opiskelun suhteen kirjataan', 'Kundens mål för arbete och studier dokumenteras', 'The client’s goals for work and studies are recorded'],
  ['Henkilökunta ohjaa asiakkaan hänelle sopiviin palveluihin', 'Personalen hänvisar kunden till lämpliga tjänster', 'The staff guide the client to suitable services'],
  ['Asiakasprosessi työllisyyttä edistävissä palveluissa on epäselvä', 'Kundprocessen i sysselsättningsfrämjande tjänster är oklar', 'The client process in employment services is unclear'],
]);

export const housingCoachingSurvey: Template = {
  key: 'housing_coaching',
  title: tx('Työvalmennus asumispalveluyksiköissä', 'Arbetscoachning i boendeserviceenheter', 'Work coaching in housing-service units'),
  description: tx(
    'Miten työllisyyttä edistävät palvelut on järjestetty asumisyksikössä.',
    'Hur sysselsättningsfrämjande tjänster är ordnade i boendeenheten.',
    'How employment support is arranged in the housing unit.',
  ),
  mode: 'anonymous',
  questions: [
    {
      code: 'has_coach',
      type: 'single',
      required: true,
      text: tx('Työskenteleekö yksikössä työvalmentaja / työhönvalmentaja?', 'Arbetar en arbetscoach / jobbcoach i enheten?', 'Does a work coach / job coach work in the unit?'),
      options: opts([
        ['yes', 'Kyllä', 'Ja', 'Yes'],
        ['no', 'Ei', 'Nej', 'No'],
      ]),
    },
    {
      code: 'coach_tasks',
      type: 'multiple',
      required: false,
      showIf: { code: 'has_coach', op: 'equals', value: 'yes' },
      text: tx('Mitä työvalmentajan tehtäviin kuuluu?', 'Vad hör till arbetscoachens uppgifter?', 'What does the coach’s work include?'),
      options: opts([
        ['guidance', 'Asiakkaan ohjaus sopivampaan työmuotoon', 'Vägledning till en lämpligare arbetsform', 'Guiding the client to a more suitable form of work'],
        ['applying', 'Avustaminen hakeutumisessa työ- ja koulutuspaikkoihin', 'Hjälp att söka arbete och studieplats', 'Help in applying for jobs and study places'],
        ['low_threshold', 'Matalan kynnyksen työtoiminnan järjestäminen', 'Att ordna arbetsverksamhet med låg tröskel', 'Arranging low-threshold work activity'],
        ['resources', 'Asiakkaan voimavarojen ylläpitäminen', 'Att upprätthålla kundens resurser', 'Maintaining the client’s resources'],
        ['capacity', 'Työ- ja toimintakyvyn arviointi', 'Bedömning av arbets- och funktionsförmåga', 'Assessing work and functional capacity'],
        ['cooperation', 'TE-palveluiden ja sosiaalitoimen yhteistyö', 'Samarbete med TE-tjänsterna och socialväsendet', 'Cooperation with employment and social services'],
        ['at_workplace', 'Palvelut asiakkaan luona työpaikoilla', 'Tjänster hos kunden på arbetsplatsen', 'Services at the client’s workplace'],
        ['employers', 'Yritysten kontaktointi', 'Kontakter med företag', 'Contacting companies'],
      ]),
    },
    {
      code: 'arranged_how',
      type: 'single',
      required: false,
      showIf: { code: 'has_coach', op: 'equals', value: 'no' },
      text: tx('Miten työllisyyttä edistävät palvelut on järjestetty yksikössänne?', 'Hur är sysselsättningsfrämjande tjänster ordnade i er enhet?', 'How is employment support arranged in your unit?'),
      options: opts([
        ['none', 'Yksikössä ei tehdä työllistymistä edistävää työtä', 'Enheten gör inget sysselsättningsfrämjande arbete', 'The unit does no employment work'],
        ['instructors', 'Yksikön ohjaajat tekevät työllistymistä edistävää työtä', 'Enhetens handledare gör sysselsättningsfrämjande arbete', 'The unit’s instructors do employment work'],
      ]),
    },
    {
      code: 'arrangement',
      type: 'matrix',
      required: false,
      points: 5,
      labels: AGREE5,
      text: tx('Kuinka samaa mieltä olette seuraavista?', 'Hur väl instämmer ni i följande?', 'How much do you agree with the following?'),
      statements: ARRANGEMENT,
    },
    {
      code: 'rating',
      type: 'likert',
      required: true,
      points: 4,
      labels: [tx('Huonosti', 'Dåligt', 'Poorly'), tx('Melko huonosti', 'Ganska dåligt', 'Rather poorly'), tx('Melko hyvin', 'Ganska bra', 'Rather well'), tx('Hyvin', 'Bra', 'Well')],
      text: tx('Miten työllisyyttä edistävät palvelut on mielestänne järjestetty yksikössänne?', 'Hur väl är sysselsättningsfrämjande tjänster ordnade i er enhet?', 'How well is employment support arranged in your unit?'),
    },
    { code: 'comments', type: 'longtext', required: false, text: tx('Muuta kerrottavaa asiakasprosessista', 'Annat om kundprocessen', 'Anything else about the client process') },
  ],
  scales: [
    {
      code: 'process_clarity',
      name: tx('Asiakasprosessin selkeys', 'Kundprocessens tydlighet', 'Clarity of the client process'),
      items: ['arr_01', 'arr_02', 'arr_03', '-arr_04'],
    },
  ],
};
