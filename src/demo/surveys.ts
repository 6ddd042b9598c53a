// Demo surveys: the four shipped templates with realistic responses. The barometer has the rounds
// 2006 and 2011 (the unit-type mix of the 2012 report) so that rounds compare; the expert survey
// has 168 responses whose statements follow the 2020 study's four factors with its loadings; the
// remote-service feedback has two rounds with the NPS mix Tampere reported (55 % promoters, 33 %
// passives, 12 % detractors) and a later one; the housing-unit survey has 16 units as in 2022.
// Deterministic: the same seed gives the same rows.
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { addDays, isoWeekday } from '../domain/calendar/dates.ts';
import type { Answers, SurveyDefinition } from '../domain/surveys/definition.ts';
import { checkResponse } from '../domain/surveys/definition.ts';
import { templateByKey } from '../domain/surveys/templates/index.ts';
import { Random } from './random.ts';

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));
const monday = (date: string) => addDays(date, 1 - isoWeekday(date));

interface RoundSpec {
  label: string;
  opensOn: string;
  closesOn: string;
  responses: Answers[];
}

async function insertSurvey(
  trx: Transaction<DB>,
  rng: Random,
  input: { key: string; ownerUserId: string; organisationId: string | null; shared: boolean; mode?: 'anonymous' | 'identified'; rounds: RoundSpec[] },
) {
  const t = templateByKey(input.key)!;
  const definition: SurveyDefinition = { questions: t.questions, scales: t.scales };
  const surveyId = rng.uuid();
  await trx
    .insertInto('survey')
    .values({
      id: surveyId,
      organisationId: input.organisationId,
      ownerUserId: input.ownerUserId,
      templateKey: t.key,
      title: JSON.stringify(t.title),
      description: JSON.stringify(t.description),
      mode: input.mode ?? t.mode,
      definition: JSON.stringify(definition),
      sharedWithResearchers: input.shared,
    })
    .execute();
  let total = 0;
  for (const round of input.rounds) {
    const roundId = rng.uuid();
    await trx.insertInto('surveyRound').values({ id: roundId, surveyId, label: round.label, opensOn: round.opensOn, closesOn: round.closesOn, definition: JSON.stringify(definition) }).execute();
    const days = Math.max(0, (Date.parse(round.closesOn) - Date.parse(round.opensOn)) / 86_400_000);
    const rows = round.responses.map((raw) => {
      // Every generated answer passes the same checks as a real one.
      const { answers, issues } = checkResponse(definition, raw, { final: true });
      if (issues.length) throw new Error(`demo ${t.key} response breaks ${issues[0].path}: ${issues[0].messageKey}`);
      return { id: rng.uuid(), roundId, answers: JSON.stringify(answers), receivedWeek: monday(addDays(round.opensOn, rng.int(0, days))), source: 'web' };
    });
    for (let i = 0; i < rows.length; i += 500) await trx.insertInto('surveyResponse').values(rows.slice(i, i + 500)).execute();
    total += rows.length;
  }
  return total;
}

const UNIT_TYPES_2011: Array<[string, number]> = [
  ['disability_work', 79],
  ['workshop', 38],
  ['social_enterprise', 31],
  ['multi_service', 24],
  ['production', 13],
  ['mental_health', 7],
  ['other', 19],
];
const UNIT_TYPES_2006: Array<[string, number]> = [
  ['disability_work', 95],
  ['workshop', 42],
  ['social_enterprise', 14],
  ['multi_service', 12],
  ['production', 18],
  ['mental_health', 11],
  ['other', 16],
];
const TASKS = ['property', 'cleaning', 'textile', 'wood', 'metal', 'kitchen', 'subcontracting', 'retail', 'recycling', 'office'];
const STRENGTHS = ['Henkilöstön ammattitaito', 'Pitkä kokemus ja asiakkaiden tuntemus', 'Asiakaslähtöisyys ja joustavuus', 'Laadukas työvalmennus', 'Hyvät verkostot ja yritysyhteistyö'];
const CHALLENGES = ['Rahoituksen turvaaminen', 'Lisäresurssien tarve', 'Osaavien ohjaajien saaminen', 'Palvelujen kehittäminen', 'Asiakasmäärien vaihtelu'];

function barometerResponses(rng: Random, year: 2006 | 2011): Answers[] {
  const types = year === 2011 ? UNIT_TYPES_2011 : UNIT_TYPES_2006;
  const out: Answers[] = [];
  for (const [unitType, count] of types) {
    for (let i = 0; i < count; i++) {
      const municipal = unitType === 'disability_work' ? 0.85 : unitType === 'workshop' ? 0.6 : unitType === 'social_enterprise' ? 0.05 : 0.45;
      const owner = rng.chance(municipal) ? 'municipality' : unitType === 'social_enterprise' ? rng.weighted([['private', 0.65], ['ngo', 0.35]] as const) : rng.weighted([['ngo', 0.8], ['other', 0.2]] as const);
      // Income shares in whole per cents that add up to 100.
      const weights = [municipal * 60 + rng.float(0, 20), rng.float(5, 30), unitType === 'production' || unitType === 'social_enterprise' ? rng.float(30, 70) : rng.float(0, 25), rng.float(0, unitType === 'multi_service' ? 35 : 15)];
      const sum = weights.reduce((a, b) => a + b, 0);
      const shares = weights.map((w) => Math.floor((100 * w) / sum));
      shares[0] += 100 - shares.reduce((a, b) => a + b, 0);
      const orientation = rng.normal(0, 1) + (unitType === 'multi_service' || unitType === 'workshop' ? 0.5 : unitType === 'disability_work' ? -0.6 : 0) + (year === 2011 ? 0.15 : 0);
      const clients = Math.round(Math.exp(rng.normal(3.4, 0.7)) + 5);
      const outside = rng.chance(unitType === 'social_enterprise' ? 0.8 : 0.45);
      const activities = ['group', 'workshop', 'individual', 'job_coach', ...(outside ? ['outside_tasks'] : []), ...(rng.chance(0.12) ? ['client_council'] : [])].filter(
        (a) => a === 'outside_tasks' || a === 'client_council' || rng.chance(0.75),
      );
      const a: Answers = {
        unit_type: unitType,
        owner,
        founded: clamp(year - Math.exp(rng.normal(2.5, 0.8)), 1950, year),
        inc_municipal: shares[0],
        inc_service_sales: shares[1],
        inc_product_sales: shares[2],
        inc_projects: shares[3],
        finances: clamp(3.2 + rng.normal(0, 0.9) + (unitType === 'production' ? 0.5 : 0) - (unitType === 'social_enterprise' ? 0.3 : 0), 1, 5),
        outlook: rng.weighted([['better', 1], ['same', 4], ['worse', 1]] as const),
        ref_01: clamp(3.8 + rng.normal(0, 1) + (unitType === 'disability_work' ? 1 : 0), 1, 5),
        ref_02: clamp(3.6 + rng.normal(0, 1) - (unitType === 'disability_work' ? 1.5 : 0) - (year === 2011 ? 0.2 : 0), 1, 5),
        ref_03: clamp(2.8 + rng.normal(0, 1.1) + (year === 2011 ? 0.4 : 0), 1, 5),
        ref_04: clamp(2.4 + rng.normal(0, 1) - (year === 2011 ? 0.2 : 0), 1, 5),
        ref_05: clamp(2.2 + rng.normal(0, 1) - (year === 2011 ? 0.3 : 0), 1, 5),
        ref_06: clamp(2.0 + rng.normal(0, 1), 1, 5),
        ref_07: clamp(2.3 + rng.normal(0, 1), 1, 5),
        col_01: clamp(3.3 + rng.normal(0, 0.7), 1, 4),
        col_02: clamp(2.5 + rng.normal(0, 0.8), 1, 4),
        col_03: clamp(2.9 + rng.normal(0, 0.8) - (year === 2011 ? 0.2 : 0), 1, 4),
        col_04: clamp(2.4 + rng.normal(0, 0.9) + (year === 2011 ? 0.3 : 0), 1, 4),
        col_05: clamp(2.2 + rng.normal(0, 0.9) + (unitType === 'disability_work' ? 0.8 : 0), 1, 4),
        col_06: clamp(1.6 + rng.normal(0, 0.7), 1, 4),
        clients_work_activity: Math.round(clients * rng.float(0.4, 0.9)),
        clients_employment: unitType === 'disability_work' ? 0 : Math.round(clients * rng.float(0, 0.3)),
        clients_te_services: Math.round(clients * rng.float(0, 0.35)),
        clients_kela: rng.chance(0.3) ? rng.int(1, 6) : 0,
        staff_production: rng.int(1, Math.max(2, Math.round(clients / 12))),
        staff_service_guidance: rng.int(0, 4),
        staff_labour_market: rng.int(0, unitType === 'disability_work' ? 1 : 3),
        staff_management: rng.int(1, 3),
        why_01: clamp(3.4 + rng.normal(0, 1), 1, 5),
        why_02: clamp(3.6 + rng.normal(0, 1), 1, 5),
        why_03: clamp(3.5 + rng.normal(0, 1), 1, 5),
        why_04: clamp(2.7 + rng.normal(0, 1), 1, 5),
        why_05: clamp(3.0 + rng.normal(0, 1), 1, 5),
        activities,
        tasks_inside: rng.sample(TASKS, rng.int(2, 6)),
        ...(outside ? { tasks_outside: rng.sample(['property', 'kitchen', 'cleaning', 'retail'], rng.int(1, 3)) } : {}),
        gui_01: clamp(3.7 + 0.6 * orientation + rng.normal(0, 0.7), 1, 5),
        gui_02: clamp(3.3 + 0.6 * orientation + rng.normal(0, 0.7), 1, 5),
        gui_03: clamp(2.3 + 0.7 * orientation + rng.normal(0, 0.7), 1, 5),
        gui_04: clamp(2.1 + 0.5 * orientation + rng.normal(0, 0.8), 1, 5),
        gui_05: clamp(3.9 - 0.4 * orientation + rng.normal(0, 0.8), 1, 5),
        trans_open_market: unitType === 'disability_work' ? rng.int(0, 1) : rng.int(0, Math.round(clients / 8)),
        trans_training: rng.int(0, Math.round(clients / 6)),
        trans_basic_services: rng.int(0, Math.round(clients / 4)),
        ...(rng.chance(0.6) ? { strengths: rng.pick(STRENGTHS) } : {}),
        ...(rng.chance(0.5) ? { challenges: rng.pick(CHALLENGES) } : {}),
      };
      out.push(a);
    }
  }
  return rng.shuffle(out);
}

// The 2020 study's loadings (seeds 004), factor by factor.
const LOADINGS = [
  [0.83, 0.802, 0.734, 0.729, 0.705, 0.704, 0.694, 0.61, 0.585, 0.571, 0.514, 0.434],
  [0.847, 0.798, 0.668, 0.61, 0.449],
  [0.76, 0.691, 0.624, 0.504, 0.458, 0.439],
  [0.763, 0.674, 0.427],
];
const ITEM_MEANS = [3.6, 3.3, 3.0, 3.4];

function expertResponses(rng: Random, n: number): Answers[] {
  const out: Answers[] = [];
  for (let i = 0; i < n; i++) {
    // Correlated factors (r ≈ 0.3 through a shared component), as an oblique solution expects.
    const common = rng.normal(0, 1);
    const f = [0, 1, 2, 3].map(() => 0.55 * common + 0.835 * rng.normal(0, 1));
    const a: Answers = {
      municipality_size: rng.weighted([['over55k', 54], ['20k-55k', 26], ['10k-20k', 10], ['under10k', 10]] as const),
      workplace: rng.weighted([['workshop', 14.3], ['project', 13.7], ['disability_work', 9.5], ['supported_employment', 8.9], ['multi_service', 8.3], ['social_enterprise', 7.1], ['municipality', 5.5], ['other', 32.7]] as const),
      job_title: rng.weighted([['work_coach', 20], ['job_coach', 19], ['instructor', 12], ['manager', 8], ['individual_coach', 8], ['coach', 7], ['other', 26]] as const),
    };
    LOADINGS.forEach((loadings, k) => {
      loadings.forEach((l, j) => {
        const latent = l * f[k] + Math.sqrt(1 - l * l) * rng.normal(0, 1);
        a[`F${k + 1}_${String(j + 1).padStart(2, '0')}`] = clamp(ITEM_MEANS[k] + 1.05 * latent, 1, 5);
      });
    });
    // Open-market realism and progression follow factor 3 (belief in the client's progression).
    const realism = f[2] + rng.normal(0, 0.9);
    a.open_market_realistic = realism > 1.9 ? 'always' : realism > 0.5 ? 'often' : realism > -0.5 ? 'sometimes' : realism > -1.6 ? 'rarely' : 'never';
    if (rng.chance(0.92)) a.main_goal = rng.weighted([['rehabilitation', 34], ['work_or_education', 31], ['wellbeing', 17], ['organisation', 9], ['other', 9]] as const);
    if (a.main_goal === 'other' && rng.chance(0.7)) a.main_goal_text = rng.pick(['Asiakkaan osallisuuden vahvistaminen', 'Arjen hallinta', 'Työkyvyn arviointi']);
    if (rng.chance(0.9)) {
      a.bg_long_term = clamp(60 + rng.normal(0, 18), 0, 100);
      a.bg_disability = clamp(30 + rng.normal(0, 20), 0, 100);
      a.bg_mental_health = clamp(45 + rng.normal(0, 18), 0, 100);
    }
    if (rng.chance(0.95)) {
      const open = clamp(14 + 6 * (0.5 * f[2] + 0.25 * f[1] + 0.2 * f[0]) + rng.normal(0, 5), 0, 80);
      const unemployed = clamp(30 - 5 * (0.3 * f[2] + 0.2 * f[3]) + rng.normal(0, 9), 0, 100 - open);
      a.prog_open_market = open;
      a.prog_unemployed = unemployed;
      a.prog_service = clamp(100 - open - unemployed - rng.int(0, 20), 0, 100 - open - unemployed);
    }
    out.push(a);
  }
  return out;
}

const KEEP = [
  'Etävalmennuksessa on joka viikko ollut uutta opittavaa.',
  'Jos saisi omaan ohjelmaan myös etäpäiviä, olisi tosi kiva! Aina ei pysty lähtemään kotoa.',
  'Mahdollisuus opetella asioita rauhallisessa ympäristössä.',
  'Tietokoneen käytön oppiminen.',
  'Ohjaajan soitot aamuisin.',
];
const OTHER = [
  'Etäpalvelu on toiminut hyvin ja on tätä päivää.',
  'Mieluummin näen myös ihmisiä, sosiaaliset kontaktit ovat tärkeitä.',
  'Parempi kuin ei palvelua ollenkaan.',
  'Etäpalvelut estävät syrjäytymistä.',
];

function feedbackResponses(rng: Random, n: number, mix: { promoters: number; passives: number; detractors: number }): Answers[] {
  return Array.from({ length: n }, () => {
    const kind = rng.weighted([['p', mix.promoters], ['n', mix.passives], ['d', mix.detractors]] as const);
    const recommend = kind === 'p' ? rng.int(9, 10) : kind === 'n' ? rng.int(7, 8) : rng.weighted([[6, 4], [5, 3], [4, 1], [3, 1], [2, 0.5], [0, 0.5]] as const);
    const continueRemote = recommend >= 9 ? rng.weighted([['yes', 7], ['no', 1], ['dont_know', 2]] as const) : recommend >= 7 ? rng.weighted([['yes', 4], ['no', 3], ['dont_know', 3]] as const) : rng.weighted([['yes', 1], ['no', 6], ['dont_know', 3]] as const);
    const a: Answers = { recommend, continue_remote: continueRemote };
    if (continueRemote !== 'no' && rng.chance(0.95)) a.remote_form = rng.weighted([['fully_remote', 1], ['hybrid', 2.4]] as const);
    if (rng.chance(0.3)) a.keep = rng.pick(KEEP);
    if (rng.chance(0.2)) a.other = rng.pick(OTHER);
    return a;
  });
}

function housingResponses(rng: Random, n: number): Answers[] {
  return Array.from({ length: n }, () => {
    const coach = rng.chance(0.3);
    const clarity = rng.normal(coach ? 0.8 : -0.6, 0.8);
    const a: Answers = {
      has_coach: coach ? 'yes' : 'no',
      arr_01: clamp(3.2 + 0.8 * clarity + rng.normal(0, 0.6), 1, 5),
      arr_02: clamp(3.0 + 0.8 * clarity + rng.normal(0, 0.6), 1, 5),
      arr_03: clamp(3.4 + 0.7 * clarity + rng.normal(0, 0.6), 1, 5),
      arr_04: clamp(2.8 - 0.8 * clarity + rng.normal(0, 0.6), 1, 5),
      rating: clamp(coach ? 3.4 + rng.normal(0, 0.5) : 1.5 + rng.normal(0, 0.6), 1, 4),
    };
    if (coach) a.coach_tasks = rng.sample(['guidance', 'applying', 'low_threshold', 'resources', 'capacity', 'cooperation', 'at_workplace', 'employers'], rng.int(2, 6));
    else a.arranged_how = rng.weighted([['none', 4], ['instructors', 6]] as const);
    return a;
  });
}

export interface SurveyDemoUsers {
  researcherId: string;
  purchaserId: string;
  purchaserOrganisationId: string | null;
  unitManagerId: string;
  unitManagerOrganisationId: string | null;
}

/** Inserts the demo surveys; returns how many responses they have. */
export async function generateSurveyDemo(trx: Transaction<DB>, users: SurveyDemoUsers, options: { seed: number; today: string }): Promise<number> {
  const rng = new Random(options.seed, 'surveys');
  let total = 0;
  total += await insertSurvey(trx, rng, {
    key: 'barometer',
    ownerUserId: users.researcherId,
    organisationId: null,
    shared: true,
    rounds: [
      { label: '2006', opensOn: '2007-02-05', closesOn: '2007-04-30', responses: barometerResponses(new Random(options.seed, 'barometer-2006'), 2006) },
      { label: '2011', opensOn: '2012-01-16', closesOn: '2012-03-30', responses: barometerResponses(new Random(options.seed, 'barometer-2011'), 2011) },
    ],
  });
  total += await insertSurvey(trx, rng, {
    key: 'expert',
    ownerUserId: users.researcherId,
    organisationId: null,
    shared: true,
    rounds: [{ label: '2019', opensOn: '2019-10-03', closesOn: '2019-11-10', responses: expertResponses(new Random(options.seed, 'expert'), 168) }],
  });
  total += await insertSurvey(trx, rng, {
    key: 'remote_feedback',
    ownerUserId: users.purchaserId,
    organisationId: users.purchaserOrganisationId,
    shared: true,
    rounds: [
      { label: 'kevät 2020', opensOn: '2020-05-04', closesOn: '2020-05-29', responses: feedbackResponses(new Random(options.seed, 'feedback-1'), 242, { promoters: 55.2, passives: 33.3, detractors: 11.6 }) },
      { label: 'syksy 2020', opensOn: '2020-11-02', closesOn: '2020-11-27', responses: feedbackResponses(new Random(options.seed, 'feedback-2'), 198, { promoters: 60, passives: 30, detractors: 10 }) },
    ],
  });
  total += await insertSurvey(trx, rng, {
    key: 'housing_coaching',
    ownerUserId: users.unitManagerId,
    organisationId: users.unitManagerOrganisationId,
    shared: false,
    rounds: [{ label: '2022', opensOn: '2022-05-02', closesOn: '2022-05-31', responses: housingResponses(new Random(options.seed, 'housing'), 16) }],
  });
  return total;
}

/** The demo accounts that own the demo surveys. */
export async function surveyDemoUsers(trx: Transaction<DB>, emails: Record<string, string>): Promise<SurveyDemoUsers> {
  const user = async (role: string) => {
    const row = await trx.selectFrom('appUser').select(['id', 'organisationId']).where('email', '=', emails[role]).executeTakeFirstOrThrow();
    return row;
  };
  const [researcher, purchaser, manager] = [await user('researcher'), await user('purchaser'), await user('unit_manager')];
  return {
    researcherId: researcher.id,
    purchaserId: purchaser.id,
    purchaserOrganisationId: purchaser.organisationId,
    unitManagerId: manager.id,
    unitManagerOrganisationId: manager.organisationId,
  };
}
