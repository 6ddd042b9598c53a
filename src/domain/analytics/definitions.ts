// The definitions behind Polku's effectiveness measures, in one place: which destinations count
// as a transition, how clients are grouped, and the nine points of the municipal profile. The
// server builds its SQL from these lists and the UI prints them beside every figure.
import { DESTINATIONS, type Destination } from '../codes.ts';

/** Tampere's headline measure: the share of ended periods that led to work, education or a work trial. */
export const DEFAULT_COUNTED_DESTINATIONS: readonly Destination[] = ['open_employment', 'education', 'work_trial'];

/** "In work or education" for durability: open or pay-subsidised work, or education. */
export const WORK_OR_EDUCATION: readonly Destination[] = ['open_employment', 'pay_subsidised_work', 'education'];

/** Follow-ups the durability measure reads (months after the end of a period). */
export const DURABILITY_HORIZONS = [3, 6] as const;

/** Goal practices look at goals recorded within this many days of a period's start, and at
 * assessments within this many days before the reference date. */
export const GOAL_PRACTICE_DAYS = 30;

/** Days after which Kaplan–Meier summaries are read off the curve. */
export const SURVIVAL_READ_DAYS = [90, 180, 365] as const;

/** Age at the start of the period, in the groups the barometer and the statistics use. */
export const AGE_GROUPS = [
  { code: 'under_25', below: 25 },
  { code: '25_29', below: 30 },
  { code: '30_39', below: 40 },
  { code: '40_49', below: 50 },
  { code: '50_59', below: 60 },
  { code: '60_plus', below: Infinity },
] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number]['code'];

/** Unemployment length from the long-term-unemployment background factor's months. */
export const UNEMPLOYMENT_GROUPS = [
  { code: 'not_long_term' },
  { code: 'months_12_23', below: 24 },
  { code: 'months_24_35', below: 36 },
  { code: 'months_36_plus', below: Infinity },
  { code: 'long_term_unknown' },
] as const;
export type UnemploymentGroup = (typeof UNEMPLOYMENT_GROUPS)[number]['code'];

export function ageGroup(age: number): AgeGroup {
  return AGE_GROUPS.find((g) => age < g.below)!.code;
}

/** `months` is null when the client has the long-term factor without a recorded length;
 * `longTerm` false when the client does not have the factor at all. */
export function unemploymentGroup(longTerm: boolean, months: number | null): UnemploymentGroup {
  if (!longTerm) return 'not_long_term';
  if (months === null) return 'long_term_unknown';
  if (months < 24) return 'months_12_23';
  if (months < 36) return 'months_24_35';
  return 'months_36_plus';
}

/** Breakdowns a figure can be split by. `partition` is false where one client can fall in several
 * groups (background factors), so the groups do not add up to the total. `aggregate` says whether
 * viewers who only get suppressed aggregates may use it: not breakdowns that nest inside another
 * (units in providers, months in quarters), whose figures could be subtracted from each other, nor
 * those that name employees (coaches). */
export const BREAKDOWNS = {
  total: { partition: true, aggregate: true },
  provider: { partition: true, aggregate: true },
  unit: { partition: true, aggregate: false },
  unitType: { partition: true, aggregate: true },
  service: { partition: true, aggregate: true },
  coach: { partition: true, aggregate: false },
  municipality: { partition: true, aggregate: true },
  ageGroup: { partition: true, aggregate: true },
  backgroundFactor: { partition: false, aggregate: true },
  unemployment: { partition: true, aggregate: true },
  referrer: { partition: true, aggregate: true },
  month: { partition: true, aggregate: false },
  quarter: { partition: true, aggregate: true },
  year: { partition: true, aggregate: true },
} as const;
export type Breakdown = keyof typeof BREAKDOWNS;
export const BREAKDOWN_NAMES = Object.keys(BREAKDOWNS) as Breakdown[];
export const AGGREGATE_BREAKDOWNS = BREAKDOWN_NAMES.filter((b) => BREAKDOWNS[b].aggregate);

/** Breakdowns whose group keys are codes of a code list: their labels are `codes.<list>.<key>`. */
export const BREAKDOWN_CODE_LISTS: Partial<Record<Breakdown, string>> = {
  unitType: 'unitTypes',
  service: 'serviceKinds',
  referrer: 'referrers',
  backgroundFactor: 'backgroundFactors',
};

/** The practices of the 2020 study's hypotheses. */
export const PRACTICES = ['goals_together', 'early_employment_goal', 'outside_tasks'] as const;
export type Practice = (typeof PRACTICES)[number];

/** The nine points on which the 2020 study contrasts employment services organised as a social
 * service (1) with those organised as a vitality service (5). */
export const PROFILE_DIMENSIONS = [
  'strategic_placement',
  'municipal_input',
  'views_of_employment',
  'decision_makers',
  'service_goal',
  'skills_development',
  'job_search',
  'role_of_unemployed',
  'unemployed_seen_as',
] as const;
export type ProfileDimension = (typeof PROFILE_DIMENSIONS)[number];
export const PROFILE_SCALE = { min: 1, max: 5 } as const;

export function isDestination(value: string): value is Destination {
  return (DESTINATIONS as readonly string[]).includes(value);
}
