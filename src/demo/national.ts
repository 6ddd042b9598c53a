// The national-scale synthetic dataset (`polku demo --scale national`): 45 employment areas,
// 600 providers, 300,000 clients and 1,000,000 service periods with goals, assessments,
// follow-ups and a month of attendance, for benchmarking and for analytics that have something
// to find. docs/benchmarks.md has the measured figures; the choices are explained here.
//
// Speed. A million periods cannot be built row by row in Node and sent over (that is the normal
// demo's way, at 2,000 clients). The small world (areas, providers, units, managers) is made in
// Node; everything per client, period, goal and day is made inside the database by
// INSERT … SELECT over generate_series, with a seeded hash (hashint8extended) as the random
// source, through temporary staging tables. Keys, foreign keys and secondary indexes are set
// aside while the rows go in and rebuilt once (deferAll), the invoice-staleness triggers are off
// (the dataset has no contracts, so they would mark nothing), and ANALYZE runs at the end.
//
// Determinism. The same seed and reference date give the same rows on the same back end: every
// random number is hashint8extended(key, seed-and-stream), keys being the row numbers; the ids
// are UUIDs made of two such hashes. Only the password hash differs (argon2 salts it).
//
// Outcomes. Whether an ended period leads to open employment, education or a work trial (the
// headline measure) is drawn from a logistic model with known coefficients (OUTCOME_MODEL):
// client characteristics, service kind, the three goal practices of the 2020 study and a
// provider effect. The goal practices are drawn first and the goals are then written so that the
// analytics' definitions find exactly them, so a logistic regression on the data recovers the
// coefficients (test/integration/national-demo.test.ts checks that it does).
//
// Attendance. Every day of a million periods would be about 100 million rows; attendance is
// generated for one month only, the last full calendar month before the reference date, for the
// periods going on then (about 1.2 million rows). Attendance measures should be read for that month.

import { CompiledQuery, sql, type Transaction } from 'kysely';
import type { Database } from '../db/connection.ts';
import type { DB } from '../db/schema.ts';
import { addDays, addMonths, eachDate, isIsoDate, isoWeekday, type IsoDate } from '../domain/calendar/dates.ts';
import { isFinnishHoliday } from '../domain/calendar/holidays.ts';
import { ROLES, UNIT_TYPES, type Role, type ServiceKind, type UnitType } from '../domain/codes.ts';
import { makeBusinessId } from '../domain/identity/business-id.ts';
import { hashPassword } from '../server/access/passwords.ts';
import { DEMO_EMAIL_DOMAIN, DEMO_EMAILS } from './build.ts';
import { SERVICE_MIX, SERVICE_SHAPES } from './catalogue.ts';
import { arrayLiteral, insertRows } from './load.ts';
import { FINNISH_NAMES, IMMIGRANT_NAMES, SWEDISH_NAMES, emailPart } from './names.ts';
import { AREAS, DEMO_AREA, areaOrganisationName } from './national/areas.ts';
import { Random } from './random.ts';
import { GOAL_TEXTS } from './texts.ts';

export const NATIONAL = { clients: 300_000, periods: 1_000_000, providers: 600 } as const;

export interface NationalOptions {
  seed: number;
  password: string;
  /** The reference date (YYYY-MM-DD): periods go on at it or ended before it. */
  today: string;
  /** Share of the national size (clients, periods, providers) to generate; 1 = national. Tests use a small share. */
  fraction?: number;
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface NationalSummary {
  /** Rows per table. */
  rows: Record<string, number>;
  areas: number;
  providers: number;
  /** The month attendance covers. */
  attendanceMonth: { from: string; to: string };
  demoLogins: Array<{ role: Role; email: string }>;
}

// ---------------------------------------------------------------------------------------------
// The outcome model: logit P(open employment, education or work trial | an ended period).

export const OUTCOME_MODEL = {
  intercept: -1.25,
  ageGroup: { under_25: 0.35, '25_29': 0.2, '30_39': 0, '40_49': -0.15, '50_59': -0.45, '60_plus': -1.0 } as Record<string, number>,
  factor: {
    disability: -0.4, intellectual_disability: -1.3, mental_health: -0.35, substance_abuse: -0.5, long_term_illness: -0.3,
    learning_difficulties: -0.2, social_reasons: -0.15, low_education: -0.25, immigrant_background: -0.1, other: 0,
  } as Record<string, number>,
  /** By the long-term unemployment factor's months (without the factor: 0). */
  unemployment: { months_12_23: -0.3, months_24_35: -0.55, months_36_plus: -0.85, long_term_unknown: -0.5 } as Record<string, number>,
  referrer: {
    municipal_social_services: 0, employment_area: 0.25, typ: 0.1, kela: -0.1, health_centre: -0.15, specialised_health_care: -0.35,
    organisation: 0, self: 0.3,
  } as Record<string, number>,
  serviceKind: {
    rehabilitative_work_1a: 0, rehabilitative_work_1b: -0.3, social_rehabilitation_1c: -0.6, work_activity_social_welfare_act: -0.7,
    work_and_day_activity_disability_act: -1.2, work_trial: 0.6, work_practice: 0.5, pay_subsidised_work: 0.5, job_coaching: 0.4,
    mapping_group: -0.1, theme_group: -0.2, training: 0.5, other: -0.2,
  } as Record<ServiceKind, number>,
  practice: { goals_together: 0.3, early_employment_goal: 0.5, outside_tasks: 0.4 },
  /** Standard deviation of the providers' own effect, and of a unit's around its provider. */
  providerSd: 0.35,
  unitSd: 0.15,
} as const;

const FACTOR_ORDER = [
  'long_term_unemployed', 'disability', 'intellectual_disability', 'mental_health', 'substance_abuse', 'long_term_illness',
  'learning_difficulties', 'social_reasons', 'low_education', 'immigrant_background', 'other',
];

/** Clients with a period going on at the reference date. */
const ACTIVE_SHARE = 0.37;
/** Open periods per coach, as in the barometer. */
const CLIENTS_PER_COACH = 9;
/** A client's periods are squeezed into at most this many days. */
const MAX_SPAN_DAYS = 2_557;
/** Inactive clients' last period ended up to this many days before the reference date. */
const ENDED_WITHIN_DAYS = 1_800;

// ---------------------------------------------------------------------------------------------
// SQL helpers

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const textArray = (values: readonly string[]) => `array[${values.map(lit).join(',')}]::text[]`;
const numArray = (values: readonly number[]) => `array[${values.join(',')}]`;

/** SQL text making a CASE over `expr` from a record. */
function caseOf(expr: string, map: Record<string, string | number>, otherwise: string | number): string {
  const fmt = (v: string | number) => (typeof v === 'number' ? String(v) : v);
  return `(case ${expr} ${Object.entries(map).map(([k, v]) => `when ${lit(k)} then ${fmt(v)}`).join(' ')} else ${fmt(otherwise)} end)`;
}

/** Picks a key of `weights` by the uniform number `r` (SQL): one bucket search over the
 * cumulative weights, so that `r` (a hash) is computed once, not once per branch of a CASE. */
function weightedSql(r: string, weights: Record<string, number>): string {
  const entries = Object.entries(weights);
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let cumulative = 0;
  const bounds = entries.slice(0, -1).map(([, w]) => (cumulative += w / total).toFixed(6));
  return `(${textArray(entries.map(([k]) => k))})[width_bucket(${r}, array[${bounds.join(',')}]::float8[]) + 1]`;
}

class Sql {
  constructor(readonly seed: number) {}
  /** A uniform number in [0, 1) for the row `key` in the stream `stream` (SQL). */
  r(key: string, stream: number): string {
    return `((hashint8extended((${key})::int8, ${this.seed * 1000 + stream}::int8) & 4503599627370495)::float8 / 4503599627370496.0)`;
  }
  /** An integer from lo to hi (SQL). */
  int(key: string, stream: number, lo: number | string, hi: number | string): string {
    return `((${lo}) + floor(${this.r(key, stream)} * ((${hi}) - (${lo}) + 1))::int)`;
  }
  /** An approximately normal deviate (sum of four uniforms, sd 1). */
  normal(key: string, stream: number): string {
    return `((${[0, 1, 2, 3].map((k) => this.r(key, stream + k)).join(' + ')} - 2.0) * 1.7320508)`;
  }
  /** A deterministic UUID (version-4 shaped) from the seed, a tag and the key: two 64-bit hashes
   * with the version and variant bits set. Several times cheaper than md5 of a text. */
  uuid(tag: UuidTag, key: string): string {
    const stream = this.seed * 1000 + 900 + 2 * UUID_TAGS.indexOf(tag);
    return `encode(int8send((hashint8extended((${key})::int8, ${stream}::int8) & -61441) | 16384)` +
      ` || int8send((hashint8extended((${key})::int8, ${stream + 1}::int8) & 4611686018427387903) | (-9223372036854775807::int8 - 1)), 'hex')::uuid`;
  }
}

const UUID_TAGS = ['client', 'coach', 'period', 'follow-up', 'goal', 'assessment', 'attendance'] as const;
type UuidTag = (typeof UUID_TAGS)[number];

type Trx = Transaction<DB>;

async function run(trx: Trx, text: string, parameters: unknown[] = []): Promise<number> {
  const result = await trx.executeQuery(CompiledQuery.raw(text, parameters));
  return Number(result.numAffectedRows ?? result.rows.length);
}

async function one<T>(trx: Trx, text: string): Promise<T> {
  return (await trx.executeQuery<T>(CompiledQuery.raw(text))).rows[0];
}

// ---------------------------------------------------------------------------------------------
// The small world, in Node

interface UnitPlan {
  idx: number;
  id: string;
  area: number;
  provider: number;
  providerId: string;
  type: UnitType;
  municipality: string;
  weight: number;
  effect: number;
  culture: number;
}

const STEMS = [
  'Kaari', 'Silta', 'Verso', 'Kipinä', 'Lyhty', 'Majakka', 'Kompassi', 'Ponnistus', 'Voimala', 'Askel', 'Taito', 'Luotsi',
  'Vire', 'Virta', 'Tuulentupa', 'Pajula', 'Ahjo', 'Kannel', 'Kotiranta', 'Suunta', 'Uurto', 'Vakka', 'Lenkki', 'Ratas',
];
const SECTOR_FORMS = { public: ['työllisyyspalvelut', 'hyvinvointialue, työtoiminta'], private: ['Oy', 'Osuuskunta'], third_sector: ['ry', 'sr'] } as const;
const UNIT_TYPE_NAMES: Record<UnitType, string> = {
  intellectual_disability_work_activity: 'Työ- ja päivätoimintakeskus',
  workshop: 'Työpaja',
  social_enterprise: 'Sosiaalinen yritys',
  multi_service_centre: 'Monipalvelukeskus',
  production_work_centre: 'Tuotannollinen työkeskus',
  mental_health_work_activity: 'Klubitalo',
  municipal_employment_services: 'Työllisyyspalvelut',
  housing_service_unit: 'Asumispalveluyksikkö',
  other: 'Kierrätyskeskus',
};
/** Unit types a provider of each sector runs, with weights. */
const SECTOR_UNIT_TYPES: Record<'public' | 'private' | 'third_sector', Partial<Record<UnitType, number>>> = {
  public: { intellectual_disability_work_activity: 0.35, production_work_centre: 0.2, mental_health_work_activity: 0.15, workshop: 0.2, housing_service_unit: 0.1 },
  private: { social_enterprise: 0.45, production_work_centre: 0.15, workshop: 0.2, other: 0.2 },
  third_sector: { workshop: 0.3, multi_service_centre: 0.25, mental_health_work_activity: 0.2, housing_service_unit: 0.1, other: 0.15 },
};
/** How many clients a unit of each type serves, relatively. */
const TYPE_WEIGHT: Record<UnitType, number> = {
  multi_service_centre: 3, municipal_employment_services: 2.5, workshop: 1.6, social_enterprise: 1.2, production_work_centre: 1,
  mental_health_work_activity: 1, intellectual_disability_work_activity: 0.9, housing_service_unit: 0.7, other: 1,
};

/** Largest-remainder split of `total` by `weights`, at least `min` each. */
function apportion(total: number, weights: readonly number[], min: number): number[] {
  const rest = total - min * weights.length;
  const sum = weights.reduce((s, w) => s + w, 0);
  const raw = weights.map((w) => (rest * w) / sum);
  const out = raw.map((v) => min + Math.floor(v));
  let left = total - out.reduce((s, v) => s + v, 0);
  const order = raw.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) out[order[k % order.length][1]] += 1;
  return out;
}

/** The per-client and per-period SQL knows units and areas by number; these tables map them. */
function buildWorld(seed: number, fraction: number, today: IsoDate, passwordHash: string) {
  const rng = new Random(seed, 'national-world');
  const created = `${addDays(today, -2_900)}T08:00:00Z`;
  const organisations: Array<Record<string, unknown>> = [];
  const units: Array<Record<string, unknown>> = [];
  const users: Array<Record<string, unknown>> = [];
  const unitStaff: Array<Record<string, unknown>> = [];
  const demoLogins: Array<{ role: Role; email: string }> = [];
  const businessIds = new Set<string>();
  const businessId = () => {
    for (;;) {
      const id = makeBusinessId(rng.int(1_000_000, 3_399_999));
      if (id && !businessIds.has(id)) return businessIds.add(id), id;
    }
  };
  let emailCounter = 0;
  const addUser = (role: Role, organisationId: string | null, demo: boolean) => {
    const sex = rng.chance(0.5) ? 'female' : 'male';
    const first = rng.pick(FINNISH_NAMES[sex]);
    const last = rng.pick(FINNISH_NAMES.last);
    const id = rng.uuid();
    emailCounter += 1;
    const email = demo ? DEMO_EMAILS[role] : `${emailPart(first)}.${emailPart(last)}.${role.replace('_', '-')}.${emailCounter}@${DEMO_EMAIL_DOMAIN}`;
    if (demo) demoLogins.push({ role, email });
    users.push({ id, email, displayName: `${first} ${last}`, passwordHash, role, organisationId, locale: 'fi', active: true, createdAt: created });
    return id;
  };

  const areaIds = AREAS.map(() => rng.uuid());
  AREAS.forEach((area, a) => {
    organisations.push({ id: areaIds[a], kind: 'municipality', name: areaOrganisationName(area), municipalityCode: area.members[0][0], businessId: null, sector: null, createdAt: created });
  });
  addUser('admin', null, true);
  addUser('researcher', null, true);
  const demoArea = AREAS.findIndex((a) => a.name === DEMO_AREA);
  AREAS.forEach((_, a) => addUser('purchaser', areaIds[a], a === demoArea));

  // Providers: each area's own employment services, and the rest by population.
  const providerTotal = Math.max(2 * AREAS.length, Math.round(NATIONAL.providers * fraction));
  const perArea = apportion(providerTotal - AREAS.length, AREAS.map((a) => Math.pow(a.population, 0.8)), 1);
  const plans: UnitPlan[] = [];
  let demoProviderId = '';
  let demoUnit = -1;
  let provider = 0;
  AREAS.forEach((area, a) => {
    for (let k = 0; k <= perArea[a]; k++, provider++) {
      const sector = k === 0 ? 'public' : rng.weighted({ public: 0.15, private: 0.35, third_sector: 0.5 });
      const town = k === 0 ? area.members[0] : rng.pick(area.members);
      const name = k === 0 ? `${area.members[0][1]} – työllisyyspalvelut` : `${rng.pick(STEMS)} ${rng.pick(SECTOR_FORMS[sector])}, ${town[1]}`;
      const providerId = rng.uuid();
      organisations.push({ id: providerId, kind: 'provider', name, municipalityCode: null, businessId: businessId(), sector, createdAt: created });
      const effect = rng.normal(0, OUTCOME_MODEL.providerSd);
      const culture = rng.normal(0, 1);
      const types: UnitType[] =
        k === 0 ? ['municipal_employment_services', 'multi_service_centre']
        : Array.from({ length: rng.weighted({ 1: 0.5, 2: 0.3, 3: 0.15, 4: 0.05 }) }, () => rng.weighted(SECTOR_UNIT_TYPES[sector] as Record<UnitType, number>));
      const managerId = addUser('unit_manager', providerId, a === demoArea && k === 0);
      if (a === demoArea && k === 0) demoProviderId = providerId;
      for (const type of types) {
        const municipality = rng.chance(0.6) ? town : rng.pick(area.members);
        const plan: UnitPlan = {
          idx: plans.length, id: rng.uuid(), area: a, provider, providerId, type, municipality: municipality[0],
          weight: TYPE_WEIGHT[type] * rng.float(0.5, 1.5), effect: effect + rng.normal(0, OUTCOME_MODEL.unitSd), culture,
        };
        if (providerId === demoProviderId && type === 'multi_service_centre') demoUnit = plan.idx;
        plans.push(plan);
        units.push({
          id: plan.id, organisationId: providerId, name: `${UNIT_TYPE_NAMES[type]} ${rng.pick(STEMS)}, ${municipality[1]}`,
          unitType: type, municipalityCode: municipality[0], address: null, createdAt: created,
        });
        unitStaff.push({ unitId: plan.id, userId: managerId });
      }
    }
  });
  // Employers, so that the employer login has an organisation; the national data has no placements.
  for (let k = 0; k < 20; k++) {
    const id = rng.uuid();
    organisations.push({ id, kind: 'employer', name: `${rng.pick(STEMS)} ${rng.pick(['Rakennus', 'Kiinteistöhuolto', 'Logistiikka', 'Ravintolat', 'Kauppa'])} Oy`, municipalityCode: null, businessId: businessId(), sector: null, createdAt: created });
    addUser('employer', id, k === 0);
  }
  return { organisations, units, users, unitStaff, demoLogins, plans, areaIds, demoArea, demoUnit, providers: provider };
}

// ---------------------------------------------------------------------------------------------
// Lookup tables for the SQL: picks by slot (a uniform number times the slot count), so that a
// weighted choice is an equality join rather than a range search.

function slots<T>(weights: ReadonlyArray<readonly [T, number]>, count: number): T[] {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  const out: T[] = [];
  let cumulative = 0;
  for (const [value, w] of weights) {
    cumulative += w / total;
    while (out.length < Math.round(cumulative * count)) out.push(value);
  }
  while (out.length < count) out.push(weights[weights.length - 1][0]);
  return out;
}

const SLOTS = 1000;

/** Weekday masks (bit 1 = Monday … bit 5 = Friday) by days a week, as the normal demo has them. */
const WEEKDAY_PATTERNS: Record<number, number[][]> = {
  1: [[3], [2], [4]],
  2: [[2, 4], [1, 3], [3, 5]],
  3: [[1, 2, 4], [1, 3, 5], [2, 3, 4]],
  4: [[1, 2, 3, 4], [1, 2, 4, 5]],
  5: [[1, 2, 3, 4, 5]],
};
const mask = (days: number[]) => days.reduce((m, d) => m | (1 << d), 0);

// ---------------------------------------------------------------------------------------------

const STAGING = ['nat_unit', 'nat_unit_pick', 'nat_area_pick', 'nat_muni_pick', 'nat_kind_pick', 'nat_extra', 'nat_client', 'nat_p0', 'nat_p', 'nat_coach', 'nat_goal'];
const LOADED = ['organisation', 'unit', 'app_user', 'unit_staff', 'client', 'client_background_factor', 'service_period', 'follow_up', 'goal', 'goal_assessment', 'attendance'];
const TRIGGERED = ['service_period', 'follow_up', 'attendance', 'client_background_factor'];

interface Deferred {
  keys: Array<{ table: string; name: string; definition: string }>;
  foreignKeys: Array<{ table: string; name: string; definition: string }>;
  indexes: string[];
}

/** Sets aside, for the load, the loaded tables' primary and unique keys, their secondary indexes
 * and every foreign key from or to them (load.ts's deferChecks keeps the keys, which is right for
 * thousands of rows; with millions of random UUIDs, keeping a B-tree up to date row by row costs
 * more than building it once by sorting). Definitions are read from the catalog, so later
 * migrations are kept; it all happens inside the transaction, so a failure changes nothing. */
async function deferAll(trx: Trx, tables: string[]): Promise<Deferred> {
  const list = `${lit(arrayLiteral(tables))}::text::regclass[]`;
  const constraints = async (where: string) =>
    (await trx.executeQuery<{ tbl: string; name: string; def: string }>(CompiledQuery.raw(
      `select conrelid::regclass::text as tbl, quote_ident(conname) as name, pg_get_constraintdef(oid) as def from pg_constraint
        where ${where} order by conrelid::regclass::text, conname`))).rows.map((r) => ({ table: r.tbl, name: r.name, definition: r.def }));
  const foreignKeys = await constraints(`contype = 'f' and (conrelid = any(${list}) or confrelid = any(${list}))`);
  const keys = await constraints(`contype in ('p', 'u') and conrelid = any(${list})`);
  const indexes = (await trx.executeQuery<{ name: string; def: string }>(CompiledQuery.raw(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def from pg_index i
      where i.indrelid = any(${list}) and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      order by 1`))).rows;
  for (const c of foreignKeys) await run(trx, `alter table ${c.table} drop constraint ${c.name}`);
  for (const c of keys) await run(trx, `alter table ${c.table} drop constraint ${c.name}`);
  for (const i of indexes) await run(trx, `drop index ${i.name}`);
  return { keys, foreignKeys, indexes: indexes.map((i) => i.def) };
}

async function restoreAll(trx: Trx, d: Deferred): Promise<void> {
  for (const c of d.keys) await run(trx, `alter table ${c.table} add constraint ${c.name} ${c.definition}`);
  for (const definition of d.indexes) await run(trx, definition);
  for (const c of d.foreignKeys) await run(trx, `alter table ${c.table} add constraint ${c.name} ${c.definition}`);
}

function validate(o: NationalOptions): number {
  const fraction = o.fraction ?? 1;
  if (!Number.isSafeInteger(o.seed) || o.seed < 0 || o.seed > 9_000_000) throw new Error(`Seed must be an integer from 0 to 9000000, got ${o.seed}`);
  if (typeof o.today !== 'string' || !isIsoDate(o.today) || o.today < '2010-01-01') throw new Error(`Reference date must be a date YYYY-MM-DD, got ${JSON.stringify(o.today)}`);
  if (!(fraction > 0 && fraction <= 1)) throw new Error(`Fraction must be in (0, 1], got ${fraction}`);
  if (Math.round(NATIONAL.clients * fraction) < 500) throw new Error('Fraction too small: at least 500 clients are needed');
  if (typeof o.password !== 'string' || o.password.length === 0) throw new Error('Demo password must not be empty');
  return fraction;
}

async function refuseIfNotEmpty(trx: Trx): Promise<void> {
  const { clients } = await one<{ clients: number }>(trx, 'select count(*)::int as clients from client');
  if (clients > 0) throw new Error(`Refusing to generate the national dataset: the database already has ${clients} clients (it goes only into a database without clients)`);
  const { demo } = await one<{ demo: number }>(trx, `select count(*)::int as demo from app_user where lower(email) like '%@${DEMO_EMAIL_DOMAIN}'`);
  if (demo > 0) throw new Error(`Refusing to generate the national dataset: the database already has demo users (@${DEMO_EMAIL_DOMAIN})`);
  const codes = AREAS.map((a) => a.members[0][0]);
  const { taken } = await one<{ taken: number }>(trx, `select count(*)::int as taken from organisation where kind = 'municipality' and municipality_code = any(${textArray(codes)})`);
  if (taken > 0) throw new Error('Refusing to generate the national dataset: some of its municipalities already exist');
}

/** The last full calendar month before `today`. */
export function attendanceMonth(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const from = `${addMonths(today, -1).slice(0, 7)}-01`;
  return { from, to: addDays(addMonths(from, 1), -1) };
}

export async function generateNational(db: Database, options: NationalOptions): Promise<NationalSummary> {
  const fraction = validate(options);
  const progress = options.onProgress;
  const seed = options.seed;
  const R = options.today;
  const q = new Sql(seed);
  const N = Math.round(NATIONAL.clients * fraction);
  const M = Math.round(NATIONAL.periods * fraction);
  const r = (key: string, stream: number) => q.r(key, stream);

  progress?.('plan', 0, 1);
  const world = buildWorld(seed, fraction, R, await hashPassword(options.password));
  progress?.('plan', 1, 1);
  const month = attendanceMonth(R);
  const workdays = eachDate(month.from, month.to).filter((d) => isoWeekday(d) <= 5 && !isFinnishHoliday(d));
  const rows: Record<string, number> = {};

  await db.transaction().execute(async (trx) => {
    await refuseIfNotEmpty(trx);
    await run(trx, `set local work_mem = '128MB'`);
    await run(trx, `set local maintenance_work_mem = '256MB'`);
    const deferred = await deferAll(trx, LOADED);
    for (const t of TRIGGERED) await run(trx, `alter table ${t} disable trigger user`);

    // The small world.
    const small: Array<[string, Array<Record<string, unknown>>]> = [
      ['organisation', world.organisations], ['unit', world.units], ['app_user', world.users], ['unit_staff', world.unitStaff],
    ];
    for (const [table, list] of small) {
      progress?.('organisations and staff', 0, list.length);
      rows[table] = await insertRows(trx, table, list);
    }
    progress?.('organisations and staff', 1, 1);

    // Lookup tables.
    await run(trx, `create temp table nat_unit (u int primary key, id uuid, area int, provider int, provider_id uuid, unit_type text,
      municipality_code text, effect float8, culture float8) on commit drop`);
    await insertRows(trx, 'nat_unit', world.plans.map((p) => ({
      u: p.idx, id: p.id, area: p.area, provider: p.provider, providerId: p.providerId, unitType: p.type, municipalityCode: p.municipality,
      effect: p.effect, culture: p.culture,
    })));
    await run(trx, `create temp table nat_area_pick (slot int primary key, area int, area_id uuid) on commit drop`);
    await insertRows(trx, 'nat_area_pick', slots(AREAS.map((a, i) => [i, a.population] as const), SLOTS).map((area, slot) => ({ slot, area, areaId: world.areaIds[area] })));
    await run(trx, `create temp table nat_unit_pick (area int, slot int, u int, primary key (area, slot)) on commit drop`);
    await insertRows(trx, 'nat_unit_pick', AREAS.flatMap((_, a) =>
      slots(world.plans.filter((p) => p.area === a).map((p) => [p.idx, p.weight] as const), SLOTS).map((u, slot) => ({ area: a, slot, u }))));
    await run(trx, `create temp table nat_muni_pick (area int, slot int, code text, primary key (area, slot)) on commit drop`);
    // The lead municipality has about half of an area's people.
    await insertRows(trx, 'nat_muni_pick', AREAS.flatMap((area, a) =>
      slots(area.members.map(([code], k) => [code, k === 0 ? Math.max(1, area.members.length - 1) : 1] as const), 100).map((code, slot) => ({ area: a, slot, code }))));
    await run(trx, `create temp table nat_kind_pick (unit_type text, slot int, kind text, primary key (unit_type, slot)) on commit drop`);
    await insertRows(trx, 'nat_kind_pick', UNIT_TYPES.flatMap((type) =>
      slots(Object.entries(SERVICE_MIX[type]) as Array<[string, number]>, SLOTS).map((kind, slot) => ({ unitType: type, slot, kind }))));

    // Clients: area, home unit, age at the first start, language, referrer, background factors.
    progress?.('clients (staging)', 0, N);
    await run(trx, `create temp table nat_extra as
      select 1 + floor(${r('j', 1)} * ${N})::int as i, count(*)::int as extra from generate_series(${N + 1}, ${M}) j group by 1`);
    const factorP = (f: string, byType: Partial<Record<UnitType, number>>, otherwise: string | number) =>
      `${r('c.i', 100 + FACTOR_ORDER.indexOf(f))} < ${caseOf('u.unit_type', byType as Record<string, number>, otherwise)}`;
    await run(trx, `create temp table nat_client as
      select c.*, ${q.uuid('client', 'c.i')} as id,
        ${caseOf('c.ltu_code', OUTCOME_MODEL.unemployment, 0)}
          + ${caseOf('c.referrer', OUTCOME_MODEL.referrer, 0)}
          + coalesce((select sum(${caseOf('f', OUTCOME_MODEL.factor, 0)}) from unnest(c.factors) f), 0) as cx
      from (
        select c.*, case when c.ltu_months is null and 'long_term_unemployed' = any(c.factors) then 'long_term_unknown'
                         when c.ltu_months is null then 'not_long_term'
                         when c.ltu_months < 24 then 'months_12_23' when c.ltu_months < 36 then 'months_24_35' else 'months_36_plus' end as ltu_code
        from (
          select c.*,
            case when 'long_term_unemployed' = any(c.factors) and ${r('c.i', 30)} >= 0.05 then 12 + floor(${r('c.i', 31)} * ${r('c.i', 32)} * 109)::int end as ltu_months
          from (
            select c.i, c.area, c.area_id, c.home_u, c.n, c.active, c.a0, c.background, u.unit_type as home_type,
              ${caseOf('u.unit_type', { intellectual_disability_work_activity: weightedSql(r('c.i', 40), { municipal_social_services: 0.8, specialised_health_care: 0.1, organisation: 0.05, self: 0.05 }) }, weightedSql(r('c.i', 40), {
                municipal_social_services: 0.3, employment_area: 0.38, typ: 0.08, kela: 0.04, health_centre: 0.06, specialised_health_care: 0.04, organisation: 0.05, self: 0.05,
              }))} as referrer,
              array_remove(array[
                case when ${factorP('long_term_unemployed', { intellectual_disability_work_activity: 0, production_work_centre: 0.2, mental_health_work_activity: 0.3, housing_service_unit: 0.4 }, 0.72)} then 'long_term_unemployed' end,
                case when ${factorP('disability', { intellectual_disability_work_activity: 0.3, production_work_centre: 0.3, mental_health_work_activity: 0, housing_service_unit: 0 }, 0.08)} then 'disability' end,
                case when ${factorP('intellectual_disability', { intellectual_disability_work_activity: 0.92, production_work_centre: 0.45 }, 0)} then 'intellectual_disability' end,
                case when ${factorP('mental_health', { intellectual_disability_work_activity: 0, production_work_centre: 0.25, mental_health_work_activity: 0.92, housing_service_unit: 0.5 }, 0.2)} then 'mental_health' end,
                case when ${factorP('substance_abuse', { intellectual_disability_work_activity: 0, production_work_centre: 0, mental_health_work_activity: 0.15, housing_service_unit: 0.5 }, 0.1)} then 'substance_abuse' end,
                case when ${factorP('long_term_illness', { intellectual_disability_work_activity: 0.1, production_work_centre: 0, mental_health_work_activity: 0, housing_service_unit: 0 }, 0.11)} then 'long_term_illness' end,
                case when ${factorP('learning_difficulties', { intellectual_disability_work_activity: 0, production_work_centre: 0, mental_health_work_activity: 0, housing_service_unit: 0 }, 0.1)} then 'learning_difficulties' end,
                case when ${factorP('social_reasons', { intellectual_disability_work_activity: 0, production_work_centre: 0, mental_health_work_activity: 0.1, housing_service_unit: 0.4 }, 0.1)} then 'social_reasons' end,
                case when ${factorP('low_education', { intellectual_disability_work_activity: 0, production_work_centre: 0, mental_health_work_activity: 0, housing_service_unit: 0 }, 'case when c.a0 < 30 then 0.4 else 0.22 end')} then 'low_education' end,
                case when c.background = 'immigrant' and ${r('c.i', 100 + FACTOR_ORDER.indexOf('immigrant_background'))} < 0.9 then 'immigrant_background' end,
                case when ${factorP('other', { intellectual_disability_work_activity: 0, production_work_centre: 0, mental_health_work_activity: 0, housing_service_unit: 0 }, 0.03)} then 'other' end
              ], null) as factors
            from (
              select g.i, ap.area, ap.area_id, up.u as home_u, 1 + coalesce(e.extra, 0) as n, ${r('g.i', 3)} < ${ACTIVE_SHARE} as active,
                ${weightedSql(r('g.i', 4), { a18: 0.22, a25: 0.12, a30: 0.2, a40: 0.2, a50: 0.18, a60: 0.08 })} as age_band,
                ${weightedSql(r('g.i', 6), { fi: 0.84, sv: 0.05, immigrant: 0.11 })} as background
              from generate_series(1, ${N}) as g(i)
              join nat_area_pick ap on ap.slot = floor(${r('g.i', 2)} * ${SLOTS})::int
              join nat_unit_pick up on up.area = ap.area and up.slot = floor(${r('g.i', 5)} * ${SLOTS})::int
              left join nat_extra e on e.i = g.i
              offset 0
            ) c0
            cross join lateral (select c0.*, ${caseOf('c0.age_band', { a18: `18 + floor(${r('c0.i', 7)} * 7)`, a25: `25 + floor(${r('c0.i', 7)} * 5)`, a30: `30 + floor(${r('c0.i', 7)} * 10)`, a40: `40 + floor(${r('c0.i', 7)} * 10)`, a50: `50 + floor(${r('c0.i', 7)} * 10)` }, `60 + floor(${r('c0.i', 7)} * 4)`)}::int as a0) c
            join nat_unit u on u.u = c.home_u
            offset 0
          ) c
          offset 0
        ) c
      ) c`);
    await run(trx, `alter table nat_client add primary key (i)`);
    progress?.('clients (staging)', N, N);

    // Periods: unit, service kind and shape; then laid out in time, one after another.
    progress?.('periods (staging)', 0, M);
    const shapes = (field: 'months' | 'daysPerWeek' | 'hoursPerDay', key: string, stream: number) =>
      caseOf('p.kind', Object.fromEntries(Object.entries(SERVICE_SHAPES).map(([kind, s]) => {
        const list = s[field];
        return [kind, `(${numArray(list as number[])})[1 + floor(${r(key, stream)} * ${list.length})::int]`];
      })), 3);
    await run(trx, `create temp table nat_p0 as
      select p.*, round(${shapes('months', 'p.j', 24)} * 30.44)::int + ${q.int('p.j', 25, -5, 5)} as dur,
        ${shapes('daysPerWeek', 'p.j', 26)}::int as days_per_week, ${shapes('hoursPerDay', 'p.j', 27)}::numeric(4,2) as hours_per_day,
        case when p.k = 1 then 0 when ${r('p.j', 28)} < 0.25 then 0 when ${r('p.j', 28)} < 0.4 then ${q.int('p.j', 29, 1, 14)} else ${q.int('p.j', 29, 15, 180)} end
          -- Someone who left for work or education comes back later if at all: the previous period's
          -- outcome draw (stream 50, below) lengthens the gap (extra) when it is low, i.e. likely a
          -- success. Ages are reckoned so that this extra time never changes the age of the period
          -- whose draw it is (see nat_layout and nat_person), so the outcome model stays exact.
          + p.extra as gap
      from (
        select p.*, kp.kind, case when p.k > 1 and ${r('p.j - 1', 50)} < 0.35 then ${q.int('p.j', 150, 120, 540)} else 0 end as extra from (
          select c.i, c.j0 + k as j, k, c.n, c.area,
            case when k = c.n or ${r('c.j0 + k', 20)} < 0.6 then c.home_u else up.u end as u
          from (select i, n, area, home_u, (sum(n) over (order by i) - n)::int as j0 from nat_client) c
          cross join generate_series(1, c.n) k
          join nat_unit_pick up on up.area = c.area and up.slot = floor(${r('c.j0 + k', 21)} * ${SLOTS})::int
          offset 0
        ) p
        join nat_unit u on u.u = p.u
        join nat_kind_pick kp on kp.unit_type = u.unit_type and kp.slot = floor(${r('p.j', 22)} * ${SLOTS})::int
      ) p`);
    progress?.('periods (staging)', Math.round(M / 3), M);

    // Layout: positions from the end of the client's chain (the last period ends at `anchor`,
    // exclusive), squeezed when the chain would be longer than MAX_SPAN_DAYS.
    await run(trx, `create temp table nat_layout as
      select p.j, p.i,
        a.anchor - round((a.total - p.pos) * a.s)::int as start_date,
        a.anchor - round((a.total - p.pos - p.dur) * a.s)::int as end_excl
      from (select j, i, dur, sum(gap + dur) over (partition by i order by k) - dur as pos from nat_p0) p
      join (
        select i, total, s,
          case when active then date ${lit(R)} + 1 + floor(${r('i', 33)} * greatest(1, round(last_dur * s) - 2))::int
               else date ${lit(R)} - floor(${r('i', 34)} * ${ENDED_WITHIN_DAYS})::int end as anchor
        from (
          select c.i, c.active, t.total, least(1.0, ${MAX_SPAN_DAYS}.0 / t.nominal) as s, t.last_dur
          from nat_client c join (select i, sum(gap + dur) as total, sum(gap - extra + dur) as nominal, (array_agg(dur order by k desc))[1] as last_dur from nat_p0 group by i) t on t.i = c.i
          offset 0
        ) x
      ) a on a.i = p.i`);
    progress?.('periods (staging)', Math.round((2 * M) / 3), M);

    // Birth dates from the age at the first start; personal ids in the test range 900–999, the
    // individual number being the client's rank among those born on the same day.
    await run(trx, `create temp table nat_person as
      select i, birth_date, 899 + row_number() over (partition by birth_date order by ${r('i', 35)}) as individual
      from (
        select c.i, greatest((f.first_start - make_interval(years => c.a0))::date - ${q.int('c.i', 36, 0, 364)},
                             (date ${lit(R)} - interval '67 years')::date + ${q.int('c.i', 37, 0, 364)} - f.extra::int) as birth_date
        from nat_client c
        join (select l.i, min(l.start_date) as first_start, sum(p.extra) as extra from nat_layout l join nat_p0 p on p.j = l.j group by l.i) f on f.i = c.i
      ) b`);
    const { crowded } = await one<{ crowded: number }>(trx, 'select count(*)::int as crowded from nat_person where individual > 999');
    if (crowded > 0) throw new Error('National demo: more than 100 clients born on one day; the test-range personal ids ran out');
    await run(trx, `alter table nat_person add primary key (i)`);

    // Coaches: enough per unit for about nine open periods each.
    await run(trx, `create temp table nat_coach as
      select n.u, k as c, ${q.uuid('coach', 'n.u * 10000 + k')} as id, n.coaches, ${r('n.u * 10000 + k', 38)} < 0.72 as female
      from (select u.u, greatest(1, round(count(l.j) filter (where l.end_excl > date ${lit(R)}) / ${CLIENTS_PER_COACH}.0))::int as coaches
            from nat_unit u left join nat_p0 p on p.u = u.u left join nat_layout l on l.j = p.j group by u.u) n
      cross join generate_series(0, n.coaches - 1) k`);
    await run(trx, `alter table nat_coach add primary key (u, c)`);
    progress?.('periods (staging)', M, M);

    // Practices, outcomes and everything else a period row needs.
    progress?.('outcomes', 0, M);
    const age = `(extract(year from l.start_date)::int - extract(year from ps.birth_date)::int)`;
    const ageGroup = `(case when ${age} < 25 then 'under_25' when ${age} < 30 then '25_29' when ${age} < 40 then '30_39' when ${age} < 50 then '40_49' when ${age} < 60 then '50_59' else '60_plus' end)`;
    const logit = (x: string) => `(1.0 / (1.0 + exp(-(${x}))))`;
    const workKinds = textArray(['work_trial', 'work_practice', 'pay_subsidised_work', 'job_coaching', 'training', 'rehabilitative_work_1a']);
    const disabilityKinds = textArray(['work_and_day_activity_disability_act', 'work_activity_social_welfare_act']);
    await run(trx, `create temp table nat_p as
      select p.*,
        case when p.open then null
             when p.destination = 'interrupted' then least(p.nominal_end, p.start_date + greatest(30, floor((p.nominal_end - p.start_date) * (0.2 + 0.6 * ${r('p.j', 80)}))::int))
             else p.nominal_end end as end_date
      from (
      select p.*,
        case when p.open then null
             when ${r('p.j', 50)} < ${logit(`p.eta`)} then
               case when ${r('p.j', 51)} < (case p.age_group when 'under_25' then 0.45 when '25_29' then 0.3 else 0.12 end) then 'education'
                    when ${r('p.j', 52)} < 0.35 then 'work_trial' else 'open_employment' end
             when ${r('p.j', 53)} < (case when p.age >= 60 then 0.2 when p.age >= 50 then 0.06 else 0.01 end) then 'pension'
             else ${weightedSql(r('p.j', 54), {
               back_to_basic_services: 0.37, other_service: 0.18, interrupted: 0.14, unemployment: 0.115, pay_subsidised_work: 0.065,
               rehabilitation: 0.065, work_practice: 0.025, other: 0.013,
             })}
        end as destination
      from (
        select p.*,
          ${OUTCOME_MODEL.intercept} + p.cx + ${caseOf('p.age_group', OUTCOME_MODEL.ageGroup, 0)} + ${caseOf('p.kind', OUTCOME_MODEL.serviceKind, 0)} + p.effect
            + case when p.f_together then ${OUTCOME_MODEL.practice.goals_together} else 0 end
            + case when p.f_early then ${OUTCOME_MODEL.practice.early_employment_goal} else 0 end
            + case when p.f_outside then ${OUTCOME_MODEL.practice.outside_tasks} else 0 end as eta
        from (
          select p.*,
            p.has_goals and ${r('p.j', 60)} < ${logit(`0.2 + 0.8 * p.culture`)} as f_together,
            p.has_goals and p.age < 60 and not (p.kind = any(${disabilityKinds})) and ${r('p.j', 61)} < ${logit(`-0.5 + 0.8 * p.culture + case when p.age < 30 then 0.5 else 0 end - case when 'intellectual_disability' = any(p.factors) then 1.5 else 0 end`)} as f_early,
            p.has_goals and ${r('p.j', 62)} < ${logit(`-0.7 + 0.8 * p.culture + case when p.kind = any(${workKinds}) then 0.6 else 0 end`)} as f_outside
          from (
            select b.*, co.id as coach_id
            from (
              select p.j, p.i, p.k, p.n, p.u, p.kind, p.days_per_week, p.hours_per_day, p.dur,
                l.start_date, l.end_excl, (l.end_excl > date ${lit(R)}) as open,
                greatest(l.end_excl - 1, l.start_date) as nominal_end,
                lead(l.start_date) over (partition by p.i order by p.k) as next_start,
                lead(l.end_excl) over (partition by p.i order by p.k) as next_end_excl,
                row_number() over (partition by p.u, (l.end_excl > date ${lit(R)}) order by p.j) as rn,
                ${q.uuid('period', 'p.j')} as pid, c.id as client_id, c.area_id, c.cx, c.factors, u.effect, u.culture, u.id as unit_id, u.provider_id,
                ${age} as age, ${ageGroup} as age_group,
                ${r('p.j', 63)} < 0.88 as has_goals,
                ${weightedSql(r('p.j', 64), { onsite: 0.75, hybrid: 0.15, remote: 0.1 })} as delivery_mode,
                floor(${r('p.j', 65)} * 3)::int as pattern
              from nat_p0 p
              join nat_layout l on l.j = p.j
              join nat_client c on c.i = p.i
              join nat_person ps on ps.i = p.i
              join nat_unit u on u.u = p.u
              offset 0
            ) b
            join nat_coach cc on cc.u = b.u and cc.c = 0
            join nat_coach co on co.u = b.u and co.c = case when b.open then ((b.rn - 1) % cc.coaches)::int else floor(${r('b.j', 66)} * cc.coaches)::int end
            offset 0
          ) p
          offset 0
        ) p
        offset 0
      ) p
      ) p`);
    await run(trx, `alter table nat_p add primary key (j)`);
    progress?.('outcomes', M, M);

    // -------------------------------------------------------------------------------------------
    // The tables themselves, in chunks of periods (or clients) for the progress bar.
    const chunks = Math.max(1, Math.min(10, Math.ceil(M / 50_000)));
    const chunked = async (step: string, table: string, total: number, statement: (lo: number, hi: number) => string, size: number) => {
      let count = 0;
      progress?.(step, 0, total);
      for (let k = 0; k < chunks; k++) {
        const lo = Math.floor((size * k) / chunks) + 1;
        const hi = Math.floor((size * (k + 1)) / chunks);
        count += await run(trx, statement(lo, hi));
        progress?.(step, Math.min(count, total), Math.max(total, count));
      }
      rows[table] = (rows[table] ?? 0) + count;
      progress?.(step, count, count);
    };

    const names = (pool: string, sexExpr: string, key: string, stream: number) => {
      const list = (p: typeof FINNISH_NAMES, k: 'female' | 'male' | 'last') => p[k];
      const immigrant = { female: Object.values(IMMIGRANT_NAMES).flatMap((p) => p.female), male: Object.values(IMMIGRANT_NAMES).flatMap((p) => p.male), last: Object.values(IMMIGRANT_NAMES).flatMap((p) => p.last) };
      const pick = (values: readonly string[]) => `(${textArray(values)})[1 + floor(${r(key, stream)} * ${values.length})::int]`;
      const bySex = (p: { female: readonly string[]; male: readonly string[] }) => `case when ${sexExpr} then ${pick(p.female)} else ${pick(p.male)} end`;
      if (pool === 'first') return `case c.background when 'sv' then ${bySex(SWEDISH_NAMES)} when 'immigrant' then ${bySex(immigrant)} else ${bySex(FINNISH_NAMES)} end`;
      return `case c.background when 'sv' then ${pick(list(SWEDISH_NAMES, 'last'))} when 'immigrant' then ${pick(immigrant.last)} else ${pick(list(FINNISH_NAMES, 'last'))} end`;
    };

    // Coaches and their unit membership.
    progress?.('coaches', 0, 1);
    const coachFirst = `case when co.female then (${textArray(FINNISH_NAMES.female)})[1 + floor(${r('co.u * 10000 + co.c', 39)} * ${FINNISH_NAMES.female.length})::int] else (${textArray(FINNISH_NAMES.male)})[1 + floor(${r('co.u * 10000 + co.c', 39)} * ${FINNISH_NAMES.male.length})::int] end`;
    const coachLast = `(${textArray(FINNISH_NAMES.last)})[1 + floor(${r('co.u * 10000 + co.c', 41)} * ${FINNISH_NAMES.last.length})::int]`;
    const pwHash = world.users[0].passwordHash as string;
    rows.app_user += await run(trx, `insert into app_user (id, email, display_name, password_hash, role, organisation_id, locale, active, created_at)
      select co.id,
        case when co.u = ${world.demoUnit} and co.c = 0 then ${lit(DEMO_EMAILS.coach)} else lower(translate(x.first || '.' || x.last, 'äöåéü', 'aoaeu')) || '.coach.' || (co.u * 10000 + co.c) || '@${DEMO_EMAIL_DOMAIN}' end,
        x.first || ' ' || x.last, $1, 'coach', u.provider_id, 'fi', true, timestamptz ${lit(`${addDays(R, -2_900)}T08:00:00Z`)}
      from nat_coach co join nat_unit u on u.u = co.u cross join lateral (select ${coachFirst} as first, ${coachLast} as last) x`, [pwHash]);
    rows.unit_staff += await run(trx, `insert into unit_staff (unit_id, user_id) select u.id, co.id from nat_coach co join nat_unit u on u.u = co.u`);
    world.demoLogins.push({ role: 'coach', email: DEMO_EMAILS.coach });
    progress?.('coaches', 1, 1);

    // Clients.
    const clientStatement = (lo: number, hi: number) => `insert into client (id, user_id, home_unit_id, first_name, last_name, personal_id, birth_year,
        municipality_code, languages, referrer, created_by, created_at, updated_at)
      select c.id, null, hu.id, ${names('first', 'ps.individual % 2 = 0', 'c.i', 70)}, ${names('last', '', 'c.i', 71)},
        to_char(ps.birth_date, 'DDMMYY') || case when ps.birth_date >= date '2000-01-01' then 'A' else '-' end || ps.individual::text
          || substr('0123456789ABCDEFHJKLMNPRSTUVWXY', ((to_char(ps.birth_date, 'DDMMYY') || ps.individual::text)::int8 % 31)::int + 1, 1),
        extract(year from ps.birth_date)::int, case when ${r('c.i', 75)} < 0.5 then hu.municipality_code else mp.code end,
        case c.background when 'sv' then array['sv', 'fi'] when 'immigrant' then ${weightedSql(r('c.i', 72), { ar: 0.26, so: 0.2, ru: 0.22, et: 0.1, fa: 0.1, en: 0.12 })} || case when ${r('c.i', 73)} < 0.7 then array['fi'] else array[]::text[] end else array['fi'] end,
        c.referrer, fp.coach_id, (fp.start_date - ${q.int('c.i', 74, 7, 30)} + time '09:00') at time zone 'UTC', (fp.start_date - 1 + time '09:00') at time zone 'UTC'
      from nat_client c
      join nat_person ps on ps.i = c.i
      join nat_unit hu on hu.u = c.home_u
      join nat_muni_pick mp on mp.area = c.area and mp.slot = floor(${r('c.i', 76)} * 100)::int
      join nat_p fp on fp.i = c.i and fp.k = 1
      where c.i between ${lo} and ${hi}`;
    await chunked('clients', 'client', N, clientStatement, N);
    await chunked('background factors', 'client_background_factor', Math.round(N * 1.5), (lo, hi) => `insert into client_background_factor (client_id, factor, unemployment_months)
      select c.id, f, case when f = 'long_term_unemployed' then c.ltu_months end from nat_client c cross join unnest(c.factors) f where c.i between ${lo} and ${hi}`, N);

    // Service periods. An interrupted period ends early; the planned end stays.
    await chunked('service periods', 'service_period', M, (lo, hi) => `insert into service_period (id, client_id, unit_id, service_kind, start_date, planned_end_date,
        end_date, delivery_mode, days_per_week, hours_per_day, coach_id, purchaser_id, destination, end_note, created_at)
      select p.pid, p.client_id, p.unit_id, p.kind, p.start_date, p.nominal_end,
        p.end_date, p.delivery_mode, p.days_per_week, p.hours_per_day, p.coach_id, p.area_id, p.destination, null,
        (p.start_date - ${q.int('p.j', 81, 1, 14)} + time '10:00') at time zone 'UTC'
      from nat_p p where p.j between ${lo} and ${hi}`, M);

    // Follow-ups at 3 and 6 months of every ended period: recorded (a destination or unknown),
    // missing (due, not recorded) or not yet due. Work and education last more often when the
    // client is young; the 6-month status mostly repeats the 3-month one.
    const stays = caseOf('p.destination', { open_employment: 0.75, education: 0.8, pension: 0.98, pay_subsidised_work: 0.65, rehabilitation: 0.6, back_to_basic_services: 0.7, unemployment: 0.6, work_trial: 0.3 }, 0.4);
    const drift = weightedSql(r('p.j * 2 + m', 92), { back_to_basic_services: 0.3, unemployment: 0.25, other_service: 0.2, open_employment: 0.07, rehabilitation: 0.08, education: 0.05, pay_subsidised_work: 0.05 });
    await chunked('follow-ups', 'follow_up', Math.round(M * 1.8), (lo, hi) => `insert into follow_up (id, period_id, months, due_on, status, recorded_on, note, recorded_by)
      select ${q.uuid('follow-up', 'p.j * 2 + m')}, p.pid, x.months, x.due_on,
        case when x.recorded_on is null then null else x.status end, x.recorded_on, null,
        case when x.recorded_on is null then null else p.coach_id end
      from (
        select p.*, ${r('p.j', 90)} < ${stays} as stay3
        from nat_p p where not p.open and p.j between ${lo} and ${hi}
        offset 0
      ) p
      cross join generate_series(0, 1) m
      cross join lateral (
        select (3 + 3 * m) as months, (p.end_date + make_interval(months => 3 + 3 * m))::date as due_on
        offset 0
      ) d
      cross join lateral (
        select d.months, d.due_on,
          case when d.due_on < date ${lit(R)} and ${r('p.j * 2 + m', 93)} < case when m = 0 then 0.9 else 0.78 end
                    and d.due_on + ${q.int('p.j * 2 + m', 94, 0, 25)} < date ${lit(R)}
               then d.due_on + ${q.int('p.j * 2 + m', 94, 0, 25)} end as recorded_on,
          case when p.next_start is not null and p.next_start <= d.due_on and p.next_end_excl > d.due_on then 'other_service'
               when ${r('p.j * 2 + m', 95)} < 0.1 then 'unknown'
               when (m = 0 and p.stay3) or (m = 1 and ((p.stay3 and ${r('p.j', 91)} < 0.88) or (not p.stay3 and ${r('p.j', 91)} < 0.15))) then p.destination
               else ${drift} end as status
      ) x`, M);

    // Goals: the practices drawn above decide the first goal (its kind, when it was set, by
    // whom, whether it aims outside the unit); further goals never add a practice the period
    // does not have.
    progress?.('goals (staging)', 0, 1);
    const otherKinds = ['work_ability', 'professional_skills', 'life_management', 'participation'];
    const titles = caseOf('g.kind', Object.fromEntries(Object.entries(GOAL_TEXTS).map(([kind, texts]) => [kind, `(${textArray(texts.map((t) => t.title))})[1 + floor(${r('g.gkey', 110)} * ${texts.length})::int]`])), `'Tavoite'`);
    await run(trx, `create temp table nat_goal as
      select g.*, ${q.uuid('goal', 'g.gkey')} as gid, ${titles} as title,
        case when g.open then ${weightedSql(r('g.gkey', 111), { active: 0.85, achieved: 0.1, dropped: 0.05 })}
             when (g.kind = 'employment' and g.destination = 'open_employment') or (g.kind = 'education' and g.destination = 'education') then 'achieved'
             else ${weightedSql(r('g.gkey', 111), { achieved: 0.35, dropped: 0.45, active: 0.2 })} end as status,
        ${weightedSql(r('g.gkey', 112), { 0: 0.3, 1: 0.3, 2: 0.25, 3: 0.15 })}::int as assessments
      from (
        select p.j * 8 + s as gkey, p.j, s, p.client_id, p.coach_id, p.open, p.destination, p.start_date, p.avail, p.last_day,
          case when s = 0 and (p.f_early or p.late_main) then case when p.age < 25 and ${r('p.j', 113)} < 0.5 then 'education' else 'employment' end
               else (${textArray(otherKinds)})[1 + ((floor(${r('p.j', 114)} * 4)::int + s) % 4)] end as kind,
          case when s = 0 and p.f_early then p.start_date + floor(${r('p.j', 115)} * least(31, p.avail))::int
               when s = 0 and p.late_main then p.start_date + 31 + floor(${r('p.j', 115)} * (p.avail - 31))::int
               else p.start_date + floor(${r('p.j * 8 + s', 116)} * p.avail)::int end as created_on,
          case when s = 0 and p.f_together then 'together'
               when p.f_together then ${weightedSql(r('p.j * 8 + s', 117), { together: 0.5, coach: 0.3, client: 0.2 })}
               else ${weightedSql(r('p.j * 8 + s', 117), { coach: 0.6, client: 0.4 })} end as proposed_by,
          case when s = 0 then p.f_outside else p.f_outside and ${r('p.j * 8 + s', 118)} < 0.3 end as outside
        from (
          select p.*, (coalesce(p.end_date, date ${lit(R)} - 1) - p.start_date + 1) as avail, coalesce(p.end_date, date ${lit(R)} - 1) as last_day,
            not p.f_early and (coalesce(p.end_date, date ${lit(R)} - 1) - p.start_date) > 45 and p.age < 60 and ${r('p.j', 119)} < 0.3 as late_main,
            1 + floor(${r('p.j', 120)} * ${r('p.j', 121)} * 4)::int as goals
          from (
            select p.* from nat_p p where p.has_goals and p.start_date < date ${lit(R)}
            offset 0
          ) p
          offset 0
        ) p
        cross join generate_series(0, p.goals - 1) s
      ) g`);
    await run(trx, `alter table nat_goal add primary key (gkey)`);
    progress?.('goals (staging)', 1, 1);
    const G = (await one<{ n: number }>(trx, 'select count(*)::int as n from nat_goal')).n;
    const maxKey = (await one<{ n: number }>(trx, 'select coalesce(max(gkey), 0)::int8 as n from nat_goal')).n;
    await chunked('goals', 'goal', G, (lo, hi) => `insert into goal (id, client_id, kind, title, client_words, proposed_by, towards_outside_tasks, target_date, status,
        created_by, created_at, updated_at)
      select g.gid, g.client_id, g.kind, g.title, null, g.proposed_by, g.outside,
        (g.created_on + make_interval(months => (array[3, 6, 6, 9, 12])[1 + floor(${r('g.gkey', 122)} * 5)::int]))::date, g.status,
        g.coach_id, (g.created_on + time '11:00') at time zone 'UTC', (g.created_on + time '11:00') at time zone 'UTC'
      from nat_goal g where g.gkey between ${lo} and ${hi}`, Number(maxKey));

    // Assessments: evenly spread from two weeks after the goal to the period's end; for ongoing
    // periods the latest is recent for about two in three goals.
    await chunked('goal assessments', 'goal_assessment', Math.round(G * 1.25), (lo, hi) => `insert into goal_assessment (id, goal_id, assessed_on, score, note, assessed_by, created_at)
      select ${q.uuid('assessment', 'g.gkey * 4 + k')}, g.gid, x.on_date,
        least(5, greatest(1, round(g.s0 + (case when g.status = 'achieved' then 5 - g.s0 when g.status = 'dropped' then -0.5 else 1.2 end) * x.t + 0.4 * ${q.normal('g.gkey * 4 + k', 130)})))::int,
        null, g.coach_id, (x.on_date + time '12:00') at time zone 'UTC'
      from (
        select g.*, 1 + floor(${r('g.gkey', 123)} * 3)::int as s0, g.created_on + 14 as first_on,
          case when g.open then date ${lit(R)} - case when ${r('g.gkey', 124)} < 0.35 then ${q.int('g.gkey', 125, 35, 110)} else ${q.int('g.gkey', 125, 1, 28)} end
               else g.last_day - ${q.int('g.gkey', 125, 0, 20)} end as last_on
        from nat_goal g where g.assessments > 0 and g.gkey between ${lo} and ${hi}
        offset 0
      ) g
      cross join generate_series(0, g.assessments - 1) k
      cross join lateral (
        select case when g.assessments = 1 then 1.0 else k::float8 / (g.assessments - 1) end as t
      ) tt
      cross join lateral (
        select tt.t, (g.first_on + round((g.last_on - g.first_on) * tt.t)::int) as on_date
      ) x
      where g.last_on >= g.first_on`, Number(maxKey));

    // Attendance in the last full month, for the periods going on then: their weekdays, about
    // nine days in ten present; hybrid periods are partly remote.
    const masks = `(case p.days_per_week ${Object.entries(WEEKDAY_PATTERNS).map(([d, ps]) => `when ${d} then (${numArray(ps.map(mask))})[1 + p.pattern % ${ps.length}]`).join(' ')} else ${mask([1, 2, 3, 4, 5])} end)`;
    await chunked('attendance', 'attendance', Math.round(M * 1.4), (lo, hi) => `insert into attendance (id, client_id, period_id, group_id, date, hours, mode, recorded_by, created_at, updated_at)
      select ${q.uuid('attendance', 'p.j * 32 + d.k')}, p.client_id, p.pid, null, d.day,
        case when ${r('p.j * 32 + d.k', 140)} < 0.8 then p.hours_per_day when ${r('p.j * 32 + d.k', 140)} < 0.94 then greatest(1, p.hours_per_day - 1) else 2 end,
        case p.delivery_mode when 'onsite' then 'onsite' when 'remote' then 'remote' else case when ${r('p.j * 32 + d.k', 141)} < 0.35 then 'remote' else 'onsite' end end,
        p.coach_id, (d.day + time '15:00') at time zone 'UTC', (d.day + time '15:00') at time zone 'UTC'
      from (
        select p.*, ${masks} as mask,
          coalesce(p.end_date, date ${lit(R)} - 1) as last_day
        from nat_p p
        where p.start_date <= date ${lit(month.to)} and p.end_excl > date ${lit(month.from)} and p.j between ${lo} and ${hi}
        offset 0
      ) p
      cross join unnest(${lit(`{${workdays.join(',')}}`)}::date[]) with ordinality as d(day, k)
      where d.day between p.start_date and p.last_day
        and (p.mask & (1 << extract(isodow from d.day)::int)) <> 0
        and ${r('p.j * 32 + d.k', 142)} < 0.88`, M);

    // The demo client: the first of the demo coach's clients, with an account of its own.
    const demoClient = await one<{ id: string; name: string } | undefined>(trx, `select c.id, c.first_name || ' ' || c.last_name as name from service_period p join client c on c.id = p.client_id
      where p.coach_id = (select id from nat_coach where u = ${world.demoUnit} and c = 0) and p.end_date is null order by p.start_date, c.id limit 1`);
    if (demoClient) {
      const userId = new Random(seed, 'national-demo-client').uuid();
      await run(trx, `insert into app_user (id, email, display_name, password_hash, role, organisation_id, locale, active, created_at)
        values ($1, $2, $3, $4, 'client', null, 'fi', true, now())`, [userId, DEMO_EMAILS.client, demoClient.name, pwHash]);
      await run(trx, `update client set user_id = $1 where id = $2`, [userId, demoClient.id]);
      rows.app_user += 1;
      world.demoLogins.push({ role: 'client', email: DEMO_EMAILS.client });
    }

    progress?.('indexes and constraints', 0, 1);
    for (const t of STAGING.concat(['nat_layout', 'nat_person'])) await run(trx, `drop table if exists ${t}`);
    await restoreAll(trx, deferred);
    for (const t of TRIGGERED) await run(trx, `alter table ${t} enable trigger user`);
    progress?.('indexes and constraints', 1, 1);
  });

  progress?.('analyze', 0, 1);
  await sql`analyze`.execute(db);
  progress?.('analyze', 1, 1);

  return {
    rows,
    areas: AREAS.length,
    providers: world.providers,
    attendanceMonth: month,
    demoLogins: [...world.demoLogins].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role)),
  };
}
