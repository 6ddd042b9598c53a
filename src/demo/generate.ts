// The deterministic demo-data generator: a Tampere-region world of providers, units, staff,
// about two thousand clients and their 24-month pathways, inserted in one transaction.
// The same seed and reference date always give the same rows; only the password hash differs
// between runs, because argon2 salts every hash.

import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/connection.ts';
import type { DB } from '../db/schema.ts';
import { isIsoDate } from '../domain/calendar/dates.ts';
import { ROLES, type Role } from '../domain/codes.ts';
import { hashPassword } from '../server/access/passwords.ts';
import { MUNICIPALITY } from './catalogue.ts';
import { generateMatchingDemo, type MatchingDemoSummary } from './matching.ts';
import { DEMO_EMAIL_DOMAIN, DEMO_EMAILS, DemoBuilder, type DemoRows } from './build.ts';
import { generateDemoContracts, type DemoContractsSummary } from './contracts.ts';
import { deferChecks, insertRows, restoreChecks, toSnakeCase } from './load.ts';
import { generateSurveyDemo, surveyDemoUsers } from './surveys.ts';

export { DEMO_EMAILS, DEMO_EMAIL_DOMAIN };

export interface DemoOptions {
  clients: number;
  seed: number;
  password: string;
  /** The reference date (YYYY-MM-DD): the history covers the 24 months that end on it. */
  today: string;
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface DemoSummary {
  organisations: number;
  units: number;
  users: number;
  clients: number;
  periods: number;
  attendance: number;
  goals: number;
  diaryEntries: number;
  groups: number;
  followUps: number;
  /** Matching (src/demo/matching.ts): none when the built-in vocabulary is not loaded. */
  jobSeekerProfiles: number;
  jobPostings: number;
  demoLogins: Array<{ role: Role; email: string }>;
  /** The catalogue, contracts and approved invoices (src/demo/contracts.ts). */
  contracts: DemoContractsSummary;
}

/** The smallest population in which every situation of the demo coach's caseload fits. */
export const MIN_DEMO_CLIENTS = 30;
export const MAX_DEMO_CLIENTS = 100_000;

/** Progress step names, in the order the tables are written. */
const STEPS: Array<[keyof DemoRows, string]> = [
  ['organisation', 'organisations'],
  ['unit', 'units'],
  ['appUser', 'users'],
  ['unitStaff', 'unit staff'],
  ['client', 'clients'],
  ['clientBackgroundFactor', 'background factors'],
  ['intake', 'intake'],
  ['servicePeriod', 'periods'],
  ['followUp', 'follow-ups'],
  ['goal', 'goals'],
  ['goalAssessment', 'goal assessments'],
  ['diaryEntry', 'diary entries'],
  ['diaryComment', 'diary comments'],
  ['groupActivity', 'groups'],
  ['groupTimetableSlot', 'group timetables'],
  ['groupParticipant', 'group participants'],
  ['attendance', 'attendance'],
  ['employerNeed', 'employer needs'],
  ['employerContact', 'employer contacts'],
  ['placement', 'placements'],
  ['deviceLoan', 'device loans'],
  ['referral', 'referrals'],
];

function validate(options: DemoOptions): void {
  const { clients, seed, today, password } = options;
  if (!Number.isInteger(clients) || clients < MIN_DEMO_CLIENTS || clients > MAX_DEMO_CLIENTS) {
    throw new Error(`Demo clients must be an integer from ${MIN_DEMO_CLIENTS} to ${MAX_DEMO_CLIENTS}, got ${clients}`);
  }
  if (!Number.isSafeInteger(seed)) throw new Error(`Demo seed must be an integer, got ${seed}`);
  if (typeof today !== 'string' || !isIsoDate(today) || today < '1990-01-01') {
    throw new Error(`Demo reference date must be a date YYYY-MM-DD, got ${JSON.stringify(today)}`);
  }
  if (typeof password !== 'string' || password.length === 0) throw new Error('Demo password must not be empty');
}

const count = sql<number>`count(*)::int`.as('n');

async function refuseIfNotEmpty(trx: Transaction<DB>): Promise<void> {
  const clients = (await trx.selectFrom('client').select(count).executeTakeFirstOrThrow()).n;
  if (clients > 0) {
    throw new Error(`Refusing to generate demo data: the database already has ${clients} clients (demo data goes only into a database without clients)`);
  }
  const demoUsers = (
    await trx.selectFrom('appUser').select(count).where(sql<boolean>`lower(email) like ${`%@${DEMO_EMAIL_DOMAIN}`}`).executeTakeFirstOrThrow()
  ).n;
  if (demoUsers > 0) throw new Error(`Refusing to generate demo data: the database already has demo users (@${DEMO_EMAIL_DOMAIN})`);
  const municipality = (
    await trx.selectFrom('organisation').select(count).where('kind', '=', 'municipality').where('municipalityCode', '=', MUNICIPALITY.code).executeTakeFirstOrThrow()
  ).n;
  if (municipality > 0) throw new Error(`Refusing to generate demo data: the municipality ${MUNICIPALITY.code} (${MUNICIPALITY.name}) already exists`);
}

/**
 * Generates the demo world into `db` in one transaction: either all of it or nothing. Refuses
 * (throws) when the database already has clients. Every demo user's password is `options.password`.
 */
export async function generateDemo(db: Database, options: DemoOptions): Promise<DemoSummary> {
  validate(options);
  const progress = options.onProgress;
  // argon2 is slow on purpose: one hash, shared by every demo account, computed on a worker
  // thread while the world is built.
  progress?.('plan', 0, 1);
  const hashing = hashPassword(options.password);
  hashing.catch(() => undefined); // awaited below; this only keeps a failed build from leaving it unhandled
  const builder = new DemoBuilder({ clients: options.clients, seed: options.seed, today: options.today, passwordHash: '' });
  builder.build();
  builder.setPasswordHash(await hashing);
  const rows = builder.rows;
  progress?.('plan', 1, 1);

  let attendance = 0;
  let contracts!: DemoContractsSummary;
  let matching: MatchingDemoSummary = { profiles: 0, postings: 0 };
  await db.transaction().execute(async (trx) => {
    await refuseIfNotEmpty(trx);
    const tables = STEPS.map(([key]) => toSnakeCase(key));
    const deferred = await deferChecks(trx, tables);
    for (const [key, step] of STEPS) {
      if (key === 'attendance') {
        // Group attendance is made with the groups; the periods' attendance streams in as it is made.
        const estimate = rows.attendance.length + builder.estimateAttendance();
        const all = (function* () {
          yield* rows.attendance;
          yield* builder.attendanceRows();
        })();
        progress?.(step, 0, estimate);
        attendance = await insertRows(trx, 'attendance', all, (done) => progress?.(step, done, Math.max(done, estimate)));
        progress?.(step, attendance, attendance);
        continue;
      }
      const list = rows[key] as unknown as Array<Record<string, unknown>>;
      progress?.(step, 0, list.length);
      await insertRows(trx, toSnakeCase(key), list, (done) => progress?.(step, done, list.length));
    }
    progress?.('matching', 0, 1);
    matching = await generateMatchingDemo(trx, { seed: options.seed, today: options.today });
    progress?.('matching', 1, 1);
    progress?.('constraints', 0, 1);
    await restoreChecks(trx, deferred);
    progress?.('constraints', 1, 1);
    contracts = await generateDemoContracts(trx, rows, { seed: options.seed, today: options.today });
    await generateSurveyDemo(trx, await surveyDemoUsers(trx, DEMO_EMAILS), { seed: options.seed, today: options.today });
  });

  return {
    organisations: rows.organisation.length,
    units: rows.unit.length,
    users: rows.appUser.length,
    clients: rows.client.length,
    periods: rows.servicePeriod.length,
    attendance,
    goals: rows.goal.length,
    diaryEntries: rows.diaryEntry.length,
    groups: rows.groupActivity.length,
    followUps: rows.followUp.length,
    contracts,
    jobSeekerProfiles: matching.profiles,
    jobPostings: matching.postings,
    demoLogins: [...builder.demoLogins].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role)),
  };
}
