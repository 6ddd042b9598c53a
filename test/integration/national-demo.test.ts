// The national-scale dataset, generated at a small share of its size: counts, referential
// integrity, valid and unique personal ids, determinism, and an outcome structure that a logistic
// regression recovers.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { isoWeekday } from '../../src/domain/calendar/dates.ts';
import { isFinnishHoliday } from '../../src/domain/calendar/holidays.ts';
import { DESTINATIONS, FOLLOW_UP_STATUSES, GOAL_KINDS, GOAL_PROPOSERS, REFERRERS, SERVICE_KINDS, UNIT_TYPES } from '../../src/domain/codes.ts';
import { parsePersonalId } from '../../src/domain/identity/personal-id.ts';
import { fitLogistic } from '../../src/domain/analytics/logistic.ts';
import { DEMO_EMAILS } from '../../src/demo/build.ts';
import { attendanceMonth, generateNational, NATIONAL, OUTCOME_MODEL, type NationalOptions, type NationalSummary } from '../../src/demo/national.ts';
import { AREAS } from '../../src/demo/national/areas.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const TODAY = '2026-11-16';
const FRACTION = 0.02;
const OPTIONS: NationalOptions = { seed: 7, password: 'demo-salasana-1', today: TODAY, fraction: FRACTION };
const SLOW = 600_000;

const databases: TestDatabase[] = [];
let db: Database;
let summary: NationalSummary;
const steps: string[] = [];

async function fresh(): Promise<Database> {
  const handle = await createTestDatabase();
  databases.push(handle);
  return handle.db;
}

const rows = async <T>(target: Database, text: string) => (await sql.raw<T>(text).execute(target)).rows;
const count = async (text: string) => (await rows<{ n: number }>(db, `select count(*)::int as n from ${text}`))[0].n;

async function digest(target: Database, table: string, orderBy = 'id'): Promise<string> {
  return (await rows<{ d: string }>(target, `select md5(coalesce(string_agg(t::text, '|' order by ${orderBy}), '')) as d from ${table} t`))[0].d;
}

beforeAll(async () => {
  db = await fresh();
  summary = await generateNational(db, { ...OPTIONS, onProgress: (step) => (steps.at(-1) === step ? undefined : steps.push(step)) });
}, SLOW);

afterAll(async () => {
  for (const handle of databases) await handle.dispose();
});

describe('generateNational', () => {
  it('makes the national shape at the chosen share, and reports what it made', async () => {
    expect(summary.rows.client).toBe(Math.round(NATIONAL.clients * FRACTION));
    expect(summary.rows.service_period).toBe(Math.round(NATIONAL.periods * FRACTION));
    for (const [table, n] of Object.entries(summary.rows)) expect(await count(table), table).toBe(n);
    expect(AREAS).toHaveLength(45);
    expect(await count(`organisation where kind = 'municipality'`)).toBe(45);
    expect(await count(`organisation where kind = 'provider'`)).toBe(summary.providers);
    const sectors = await rows<{ sector: string }>(db, `select distinct sector from organisation where kind = 'provider' order by 1`);
    expect(sectors.map((s) => s.sector)).toEqual(['private', 'public', 'third_sector']);
    const types = await rows<{ t: string }>(db, `select distinct unit_type as t from unit`);
    for (const t of types) expect(UNIT_TYPES).toContain(t.t);
    expect(types.length).toBeGreaterThanOrEqual(8);
    // Every area purchases, every area's clients live in its member municipalities.
    expect(await count(`(select distinct purchaser_id from service_period) x`)).toBe(45);
    const outside = await count(`service_period p join organisation a on a.id = p.purchaser_id join client c on c.id = p.client_id
      where a.kind <> 'municipality' or c.municipality_code not in (${AREAS.flatMap((a) => a.members.map(([code]) => `'${code}'`)).join(',')})`);
    expect(outside).toBe(0);
    expect(summary.rows.goal).toBeGreaterThan(summary.rows.service_period);
    expect(summary.rows.goal_assessment).toBeGreaterThan(summary.rows.goal / 2);
    expect(summary.rows.attendance).toBeGreaterThan(summary.rows.service_period / 2);
    expect(steps).toEqual(expect.arrayContaining(['clients', 'service periods', 'follow-ups', 'goals', 'attendance', 'analyze']));
  });

  it('keeps the foreign keys and indexes, and every reference resolves', async () => {
    const fks = await rows<{ n: number }>(db, `select count(*)::int as n from pg_constraint where contype = 'f' and conrelid = 'service_period'::regclass`);
    expect(fks[0].n).toBeGreaterThanOrEqual(5);
    expect(await count(`pg_indexes where indexname in ('service_period_end', 'attendance_one_per_day', 'client_personal_id', 'goal_client')`)).toBe(4);
    // Coaches work for the provider whose unit the period is in, and are on its staff.
    expect(await count(`service_period p join unit u on u.id = p.unit_id join app_user a on a.id = p.coach_id where a.role <> 'coach' or a.organisation_id <> u.organisation_id`)).toBe(0);
    expect(await count(`service_period p where p.coach_id is null or not exists (select 1 from unit_staff s where s.unit_id = p.unit_id and s.user_id = p.coach_id)`)).toBe(0);
    expect(await count(`client c where not exists (select 1 from service_period p where p.client_id = c.id and p.unit_id = c.home_unit_id)`)).toBe(0);
    expect(await count(`attendance a join service_period p on p.id = a.period_id where p.client_id <> a.client_id`)).toBe(0);
  });

  it('gives valid, unique test-range personal ids that agree with the birth year', async () => {
    const clients = await rows<{ personalId: string; birthYear: number }>(db, `select personal_id, birth_year from client`);
    const seen = new Set<string>();
    for (const c of clients) {
      const parsed = parsePersonalId(c.personalId);
      expect(parsed.ok, c.personalId).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.birthYear).toBe(c.birthYear);
      expect(Number(c.personalId.slice(7, 10))).toBeGreaterThanOrEqual(900);
      seen.add(parsed.value);
    }
    expect(seen.size).toBe(clients.length);
    expect(await count(`service_period p join client c on c.id = p.client_id where extract(year from p.start_date) - c.birth_year < 18`)).toBe(0);
    expect(await count(`client where extract(year from date '${TODAY}') - birth_year > 75`)).toBe(0);
  });

  it('lays each client’s periods one after another, open ones only at the reference date', async () => {
    expect(await count(`service_period a join service_period b on a.client_id = b.client_id and a.id < b.id
      and a.start_date <= coalesce(b.end_date, date '${TODAY}') and b.start_date <= coalesce(a.end_date, date '${TODAY}')`)).toBe(0);
    expect(await count(`service_period where start_date >= date '${TODAY}' or end_date >= date '${TODAY}'`)).toBe(0);
    const open = await count(`service_period where end_date is null`);
    expect(open / summary.rows.client).toBeGreaterThan(0.3);
    expect(open / summary.rows.client).toBeLessThan(0.45);
    const codes = (list: readonly string[]) => list.map((c) => `'${c}'`).join(',');
    expect(await count(`service_period where service_kind not in (${codes(SERVICE_KINDS)}) or (destination is not null and destination not in (${codes(DESTINATIONS)}))`)).toBe(0);
    expect(await count(`client where referrer not in (${codes(REFERRERS)})`)).toBe(0);
    // Every destination occurs; the headline destinations make up a plausible share.
    const destinations = await rows<{ destination: string; n: number }>(db, `select destination, count(*)::int as n from service_period where destination is not null group by 1`);
    expect(destinations.map((d) => d.destination).sort()).toEqual([...DESTINATIONS].sort());
    const ended = destinations.reduce((s, d) => s + d.n, 0);
    const counted = destinations.filter((d) => ['open_employment', 'education', 'work_trial'].includes(d.destination)).reduce((s, d) => s + d.n, 0);
    expect(counted / ended).toBeGreaterThan(0.12);
    expect(counted / ended).toBeLessThan(0.35);
    // Long-term unemployment has its months (a few unrecorded), and only there.
    expect(await count(`client_background_factor where unemployment_months is not null and factor <> 'long_term_unemployed'`)).toBe(0);
    expect(await count(`client_background_factor where factor = 'long_term_unemployed' and unemployment_months is null`)).toBeGreaterThan(0);
    expect(await count(`client_background_factor where unemployment_months >= 36`)).toBeGreaterThan(0);
  });

  it('schedules follow-ups at 3 and 6 months of every ended period, some unknown and some missing', async () => {
    expect(await count(`service_period p where p.end_date is not null and (select count(*) from follow_up f where f.period_id = p.id) <> 2`)).toBe(0);
    expect(await count(`follow_up f join service_period p on p.id = f.period_id where p.end_date is null or f.due_on <> (p.end_date + make_interval(months => f.months))::date`)).toBe(0);
    expect(await count(`follow_up where status not in (${FOLLOW_UP_STATUSES.map((s) => `'${s}'`).join(',')})`)).toBe(0);
    expect(await count(`follow_up where status = 'unknown'`)).toBeGreaterThan(0);
    expect(await count(`follow_up where status is null and due_on < date '${TODAY}' - 30`)).toBeGreaterThan(0);
    expect(await count(`follow_up where recorded_on >= date '${TODAY}' or recorded_on < due_on or (status is null) <> (recorded_on is null)`)).toBe(0);
  });

  it('writes goals inside the client’s periods, of every kind and proposer, some assessed', async () => {
    expect(await count(`goal g where not exists (select 1 from service_period p where p.client_id = g.client_id
      and g.created_at::date between p.start_date and coalesce(p.end_date, date '${TODAY}'))`)).toBe(0);
    const kinds = await rows<{ kind: string }>(db, `select distinct kind from goal order by 1`);
    expect(kinds.map((k) => k.kind)).toEqual([...GOAL_KINDS].sort());
    const proposers = await rows<{ p: string }>(db, `select distinct proposed_by as p from goal order by 1`);
    expect(proposers.map((p) => p.p)).toEqual([...GOAL_PROPOSERS].sort());
    expect(await count(`goal where towards_outside_tasks`)).toBeGreaterThan(0);
    expect(await count(`goal_assessment a join goal g on g.id = a.goal_id where a.assessed_on < g.created_at::date or a.assessed_on >= date '${TODAY}'`)).toBe(0);
    // Ongoing periods: some goals assessed in the last 30 days, some not.
    const recent = await count(`service_period p where p.end_date is null and exists (select 1 from goal g join goal_assessment a on a.goal_id = g.id
      where g.client_id = p.client_id and a.assessed_on > date '${TODAY}' - 30)`);
    const open = await count(`service_period where end_date is null`);
    expect(recent / open).toBeGreaterThan(0.3);
    expect(recent / open).toBeLessThan(0.9);
  });

  it('records attendance only for the last full month, on the periods’ working days', async () => {
    const month = attendanceMonth(TODAY);
    expect(summary.attendanceMonth).toEqual(month);
    expect(await count(`attendance where date < date '${month.from}' or date > date '${month.to}'`)).toBe(0);
    expect(await count(`attendance a join service_period p on p.id = a.period_id where a.date < p.start_date or a.date > coalesce(p.end_date, date '${TODAY}')`)).toBe(0);
    const days = await rows<{ date: string }>(db, `select distinct date from attendance`);
    for (const { date } of days) {
      expect(isoWeekday(date)).toBeLessThanOrEqual(5);
      expect(isFinnishHoliday(date)).toBeNull();
    }
    expect(await count(`attendance where mode = 'remote'`)).toBeGreaterThan(0);
    expect(await count(`(select period_id, date from attendance group by 1, 2 having count(*) > 1) x`)).toBe(0);
  });

  it('has the demo logins: a purchaser of one area, a unit manager, a coach with a caseload, a researcher, an admin', async () => {
    const users = await rows<{ email: string; role: string; organisationId: string | null }>(db, `select email, role, organisation_id from app_user where email = any(array[${Object.values(DEMO_EMAILS).map((e) => `'${e}'`).join(',')}])`);
    expect(users.map((u) => u.role).sort()).toEqual(Object.keys(DEMO_EMAILS).sort());
    const by = Object.fromEntries(users.map((u) => [u.role, u]));
    expect(await count(`service_period where purchaser_id = '${by.purchaser.organisationId}'`)).toBeGreaterThan(100);
    expect(await count(`unit where organisation_id = '${by.unit_manager.organisationId}'`)).toBeGreaterThan(0);
    const caseload = await count(`service_period p join app_user a on a.id = p.coach_id where a.email = '${DEMO_EMAILS.coach}' and p.end_date is null`);
    expect(caseload).toBeGreaterThanOrEqual(3);
    expect(by.coach.organisationId).toBe(by.unit_manager.organisationId);
    expect(await count(`client c join app_user a on a.id = c.user_id where a.email = '${DEMO_EMAILS.client}'`)).toBe(1);
    expect(summary.demoLogins.map((l) => l.email).sort()).toEqual(Object.values(DEMO_EMAILS).sort());
  });

  it('refuses to generate into a database that has clients', async () => {
    await expect(generateNational(db, OPTIONS)).rejects.toThrow(/already has/);
  });

  it('carries the outcome structure it was drawn from: a logistic regression recovers the coefficients', async () => {
    // The analytics' definitions: age at the start, unemployment by the factor's months, the
    // practices from the goals recorded in the period.
    const patterns = await rows<{ ageGroup: string; factors: string; unemployment: string; referrer: string; serviceKind: string; together: boolean; early: boolean; outside: boolean; trials: number; successes: number }>(db, `
      select case when a < 25 then 'under_25' when a < 30 then '25_29' when a < 40 then '30_39' when a < 50 then '40_49' when a < 60 then '50_59' else '60_plus' end as age_group,
        factors, unemployment, referrer, service_kind, together, early, outside, count(*)::int as trials,
        (count(*) filter (where destination in ('open_employment', 'education', 'work_trial')))::int as successes
      from (
        select extract(year from p.start_date)::int - c.birth_year as a, p.service_kind, p.destination, c.referrer,
          coalesce((select string_agg(f.factor, ',' order by f.factor) from client_background_factor f where f.client_id = c.id and f.factor <> 'long_term_unemployed'), '') as factors,
          case when l.client_id is null then 'none' when l.unemployment_months is null then 'long_term_unknown' when l.unemployment_months < 24 then 'months_12_23'
               when l.unemployment_months < 36 then 'months_24_35' else 'months_36_plus' end as unemployment,
          exists (select 1 from goal g where g.client_id = p.client_id and g.proposed_by = 'together' and g.created_at::date between p.start_date and p.end_date) as together,
          exists (select 1 from goal g where g.client_id = p.client_id and g.kind in ('employment', 'education') and g.created_at::date between p.start_date and p.start_date + 30) as early,
          exists (select 1 from goal g where g.client_id = p.client_id and g.towards_outside_tasks and g.created_at::date between p.start_date and p.end_date) as outside
        from service_period p join client c on c.id = p.client_id
        left join client_background_factor l on l.client_id = c.id and l.factor = 'long_term_unemployed'
        where p.end_date is not null
      ) x group by 1, 2, 3, 4, 5, 6, 7, 8`);
    const m = OUTCOME_MODEL;
    // Reference levels are those whose true coefficient is 0.
    const columns: Array<[string, number, (p: (typeof patterns)[number]) => boolean]> = [
      ...Object.entries(m.ageGroup).filter(([, b]) => b !== 0).map(([g, b]) => [`age:${g}`, b, (p: (typeof patterns)[number]) => p.ageGroup === g] as [string, number, (p: (typeof patterns)[number]) => boolean]),
      ...Object.entries(m.unemployment).map(([g, b]) => [`unemployment:${g}`, b, (p: (typeof patterns)[number]) => p.unemployment === g] as [string, number, (p: (typeof patterns)[number]) => boolean]),
      ...Object.entries(m.referrer).filter(([r]) => r !== 'municipal_social_services').map(([r, b]) => [`referrer:${r}`, b, (p: (typeof patterns)[number]) => p.referrer === r] as [string, number, (p: (typeof patterns)[number]) => boolean]),
      ...Object.entries(m.serviceKind).filter(([k]) => k !== 'rehabilitative_work_1a').map(([k, b]) => [`kind:${k}`, b, (p: (typeof patterns)[number]) => p.serviceKind === k] as [string, number, (p: (typeof patterns)[number]) => boolean]),
      ...Object.entries(m.factor).map(([f, b]) => [`factor:${f}`, b, (p: (typeof patterns)[number]) => p.factors.split(',').includes(f)] as [string, number, (p: (typeof patterns)[number]) => boolean]),
      ['practice:goals_together', m.practice.goals_together, (p) => p.together],
      ['practice:early_employment_goal', m.practice.early_employment_goal, (p) => p.early],
      ['practice:outside_tasks', m.practice.outside_tasks, (p) => p.outside],
    ];
    // Columns that never occur (a service kind no unit of this share offers) cannot be estimated.
    const used = columns.filter(([, , has]) => patterns.some((p) => has(p) && p.trials > 0) && patterns.some((p) => !has(p)));
    const fit = fitLogistic(patterns.map((p) => ({ x: used.map(([, , has]) => (has(p) ? 1 : 0)), successes: p.successes, trials: p.trials })), used.map(([name]) => name));
    expect(fit.converged).toBe(true);
    const estimates = new Map(fit.coefficients.map((c) => [c.name, c]));
    // The goal practices and the big client effects come back with their sign and size; every
    // coefficient lies within sampling error of its true value (the providers' own effects, left
    // out of the model as in the analytics, add a little noise).
    for (const name of ['practice:goals_together', 'practice:early_employment_goal', 'practice:outside_tasks', 'factor:mental_health', 'factor:substance_abuse', 'age:60_plus', 'unemployment:months_36_plus', 'kind:work_trial']) {
      const truth = used.find(([n]) => n === name)![1];
      const c = estimates.get(name)!;
      expect(Math.abs(c.estimate - truth), `${name}: ${c.estimate.toFixed(3)} ± ${c.stdError.toFixed(3)} vs ${truth}`).toBeLessThan(Math.max(0.2, 3 * c.stdError));
      expect(c.z * Math.sign(truth), name).toBeGreaterThan(2);
    }
    for (const [name, truth] of used) {
      const c = estimates.get(name)!;
      expect(Math.abs(c.estimate - truth), `${name}: ${c.estimate.toFixed(3)} ± ${c.stdError.toFixed(3)} vs ${truth}`).toBeLessThan(4 * c.stdError + 0.15);
    }
    expect(Math.abs(estimates.get('(Intercept)')!.estimate - m.intercept)).toBeLessThan(0.3);
  });

  it('differs between providers beyond what their clients explain', async () => {
    const providers = await rows<{ n: number; rate: number }>(db, `
      select count(*)::int as n, avg((p.destination in ('open_employment', 'education', 'work_trial'))::int)::float8 as rate
      from service_period p join unit u on u.id = p.unit_id where p.end_date is not null group by u.organisation_id having count(*) >= 150`);
    const rates = providers.map((p) => p.rate);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.1);
  });

  it('is deterministic: the same seed gives the same rows, another seed other rows', async () => {
    const again = await fresh();
    await generateNational(again, OPTIONS);
    for (const table of ['organisation', 'unit', 'client', 'client_background_factor', 'service_period', 'follow_up', 'goal', 'goal_assessment', 'attendance']) {
      const order = table === 'client_background_factor' ? 'client_id, factor' : 'id';
      expect(await digest(again, table, order), table).toBe(await digest(db, table, order));
    }
    const users = `(select id, email, display_name, role, organisation_id from app_user) `;
    expect(await digest(again, users)).toBe(await digest(db, users));
    const other = await fresh();
    await generateNational(other, { ...OPTIONS, seed: 8, fraction: 0.002 });
    expect(await digest(other, 'organisation')).not.toBe(await digest(db, 'organisation'));
  }, SLOW);
});
