// The SQL behind the effectiveness measures. Every query aggregates inside the database (a
// national dataset has a million periods) and returns counts per group; rates, intervals,
// suppression and models are computed from the counts by src/domain/analytics.
import { sql, type RawBuilder } from 'kysely';
import type { Database as Db } from '../../db/connection.ts';
import { AGE_GROUPS, GOAL_PRACTICE_DAYS, UNEMPLOYMENT_GROUPS, type Breakdown } from '../../domain/analytics/definitions.ts';
import type { Viewer } from './viewer.ts';

/** Codes are validated against the code lists before they get here; this makes a text[] literal. */
const textArray = (values: readonly string[]) => `{${values.join(',')}}`;

// Built from the group definitions so that the SQL and the TypeScript buckets cannot drift apart.
const AGE_SQL = sql.raw(
  `case ${AGE_GROUPS.filter((g) => Number.isFinite(g.below))
    .map((g) => `when extract(year from p.start_date)::int - c.birth_year < ${g.below} then '${g.code}'`)
    .join(' ')} else '${AGE_GROUPS[AGE_GROUPS.length - 1].code}' end`,
);
const UNEMPLOYMENT_SQL = sql.raw(
  `case when ltu.client_id is null then 'not_long_term' when ltu.unemployment_months is null then 'long_term_unknown' ${UNEMPLOYMENT_GROUPS.filter(
    (g) => 'below' in g && Number.isFinite(g.below),
  )
    .map((g) => `when ltu.unemployment_months < ${(g as { below: number }).below} then '${g.code}'`)
    .join(' ')} else 'months_36_plus' end`,
);

/** The SQL expression of a breakdown's group key; `dateColumn` is the date time breakdowns read. */
export function keyExpression(by: Breakdown, dateColumn: 'p.end_date' | 'p.start_date' = 'p.end_date'): RawBuilder<string> {
  const date = sql.raw(dateColumn);
  switch (by) {
    case 'total':
      // A function call, not a bare literal: PostgreSQL refuses constants in GROUP BY.
      return sql<string>`concat('total')`;
    case 'provider':
      return sql<string>`u.organisation_id::text`;
    case 'unit':
      return sql<string>`p.unit_id::text`;
    case 'unitType':
      return sql<string>`u.unit_type`;
    case 'service':
      return sql<string>`p.service_kind`;
    case 'coach':
      return sql<string>`coalesce(p.coach_id::text, 'none')`;
    case 'municipality':
      return sql<string>`c.municipality_code::text`;
    case 'ageGroup':
      return sql<string>`${AGE_SQL}`;
    case 'backgroundFactor':
      return sql<string>`coalesce(bf.factor, 'none')`;
    case 'unemployment':
      return sql<string>`${UNEMPLOYMENT_SQL}`;
    case 'referrer':
      return sql<string>`c.referrer`;
    case 'month':
      return sql<string>`to_char(${date}, 'YYYY-MM')`;
    case 'quarter':
      return sql<string>`to_char(${date}, 'YYYY-"Q"Q')`;
    case 'year':
      return sql<string>`to_char(${date}, 'YYYY')`;
  }
}

export type Filters = Partial<Record<Exclude<Breakdown, 'total' | 'backgroundFactor' | 'month' | 'quarter' | 'year'>, string>>;

/** The periods a query reads: the viewer's scope, the filters, joined to client and unit. */
function fromPeriods(viewer: Viewer, filters: Filters, by: Breakdown, joins: RawBuilder<unknown> = sql``) {
  const conditions = Object.entries(filters)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([dimension, value]) => sql`${keyExpression(dimension as Breakdown)} = ${value}`);
  const where = sql.join([viewer.scope, ...conditions], sql` and `);
  const factorJoin = by === 'backgroundFactor' ? sql`left join client_background_factor bf on bf.client_id = p.client_id` : sql``;
  return sql`service_period p
    join client c on c.id = p.client_id
    join unit u on u.id = p.unit_id
    left join client_background_factor ltu on ltu.client_id = p.client_id and ltu.factor = 'long_term_unemployed'
    ${factorJoin}
    ${joins}
    where ${where}`;
}

export interface Window {
  from: string;
  to: string;
}

export interface DestinationCountRow {
  key: string | null;
  destination: string | null;
  n: number;
  clients: number;
  count: number;
}

/** Periods that ended in the window: per group and destination, per group, and overall. */
export async function endedPeriods(
  db: Db,
  viewer: Viewer,
  filters: Filters,
  by: Breakdown,
  window: Window,
  counted: readonly string[],
): Promise<{ groups: DestinationCountRow[]; byDestination: DestinationCountRow[]; total: DestinationCountRow }> {
  const key = keyExpression(by);
  const rows = await sql<DestinationCountRow & { level: number }>`
    select ${key} as key, p.destination, count(*)::int as n, count(distinct p.client_id)::int as clients,
      (count(*) filter (where p.destination = any(${textArray(counted)}::text[])))::int as count,
      grouping(${key}, p.destination)::int as level
    from ${fromPeriods(viewer, filters, by)} and p.end_date between ${window.from} and ${window.to}
    group by grouping sets ((${key}), (${key}, p.destination), ())`.execute(db);
  const groups = rows.rows.filter((r) => r.level === 1);
  const byDestination = rows.rows.filter((r) => r.level === 0);
  let total: DestinationCountRow = rows.rows.find((r) => r.level === 3) ?? { key: null, destination: null, n: 0, clients: 0, count: 0 };
  // A client with several background factors is in several groups: count the total without them.
  if (by === 'backgroundFactor') total = (await endedPeriods(db, viewer, filters, 'total', window, counted)).total;
  return { groups, byDestination, total };
}

/** Counted transitions in a year, and clients with a period going on at the year's end. */
export async function transitionsAndClientsAtEnd(db: Db, viewer: Viewer, filters: Filters, by: Breakdown, year: { from: string; to: string }, counted: readonly string[]) {
  const key = keyExpression(by);
  const rows = await sql<{ key: string | null; transitions: number; clientsAtEnd: number; clients: number; level: number }>`
    select ${key} as key,
      (count(*) filter (where p.end_date between ${year.from} and ${year.to} and p.destination = any(${textArray(counted)}::text[])))::int as transitions,
      (count(distinct p.client_id) filter (where p.start_date <= ${year.to} and (p.end_date is null or p.end_date > ${year.to})))::int as clients_at_end,
      count(distinct p.client_id)::int as clients,
      grouping(${key})::int as level
    from ${fromPeriods(viewer, filters, by)} and p.start_date <= ${year.to} and (p.end_date is null or p.end_date >= ${year.from})
    group by grouping sets ((${key}), ())`.execute(db);
  return rows.rows;
}

/** Periods that ended in the window in one of `statuses`, and their follow-up at `months`. */
export async function followUpOutcomes(db: Db, viewer: Viewer, filters: Filters, by: Breakdown, window: Window, statuses: readonly string[], months: number, asOf: string) {
  const key = keyExpression(by);
  const list = textArray(statuses);
  const rows = await sql<{ key: string | null; due: number; clients: number; still: number; other: number; unknown: number; level: number }>`
    select ${key} as key, count(*)::int as due, count(distinct p.client_id)::int as clients,
      (count(*) filter (where f.status = any(${list}::text[])))::int as still,
      (count(*) filter (where f.status is not null and f.status <> 'unknown' and not (f.status = any(${list}::text[]))))::int as other,
      (count(*) filter (where f.status is null or f.status = 'unknown'))::int as unknown,
      grouping(${key})::int as level
    from ${fromPeriods(viewer, filters, by, sql`left join follow_up f on f.period_id = p.id and f.months = ${months}`)}
      and p.end_date between ${window.from} and ${window.to}
      and p.destination = any(${list}::text[])
      and p.end_date + make_interval(months => ${months}) <= ${asOf}::date
    group by grouping sets ((${key}), ())`.execute(db);
  return rows.rows;
}

/** Days from start to a counted transition (event) or to the end of observation (censored:
 * ongoing periods at the reference date, and other endings), for periods started in the window. */
export async function survivalTimes(db: Db, viewer: Viewer, filters: Filters, by: Breakdown, window: Window, counted: readonly string[], asOf: string) {
  const key = keyExpression(by, 'p.start_date');
  // Grouped in an outer query: GROUPING() needs its arguments written exactly as grouped, and
  // parameters would be numbered differently in each place.
  const rows = await sql<{ key: string | null; time: number | null; event: boolean | null; count: number; clients: number; level: number }>`
    select key, time, event, count(*)::int as count, count(distinct client_id)::int as clients, grouping(key, time, event)::int as level
    from (
      select ${key} as key, p.client_id,
        (least(coalesce(p.end_date, ${asOf}::date), ${asOf}::date) - p.start_date)::int as time,
        (p.end_date is not null and p.end_date <= ${asOf}::date and p.destination = any(${textArray(counted)}::text[])) as event
      from ${fromPeriods(viewer, filters, by)} and p.start_date between ${window.from} and least(${window.to}::date, ${asOf}::date)
    ) t
    group by grouping sets ((key, time, event), (key))`.execute(db);
  return rows.rows;
}

/** Active clients per coach on a date, with the type of the unit the periods are in. */
export async function caseloads(db: Db, viewer: Viewer, filters: Filters, asOf: string) {
  const rows = await sql<{ coachId: string; unitType: string; clients: number }>`
    select p.coach_id, u.unit_type, count(distinct p.client_id)::int as clients
    from ${fromPeriods(viewer, filters, 'total')}
      and p.coach_id is not null and p.start_date <= ${asOf}::date and (p.end_date is null or p.end_date >= ${asOf}::date)
    group by p.coach_id, u.unit_type`.execute(db);
  return rows.rows;
}

/** Paid days (a date with at least `minHours` attended hours; on site if any record that day is)
 * and client-months with a period going on, per group. */
export async function attendanceDays(db: Db, viewer: Viewer, filters: Filters, by: Breakdown, window: Window, minHours: number) {
  const key = keyExpression(by, 'p.start_date');
  const days = await sql<{ key: string; clients: number; paidDays: number; remoteDays: number }>`
    with day as (
      select ${key} as key, a.client_id, a.date, bool_or(a.mode = 'onsite') as onsite
      from ${fromPeriods(viewer, filters, by, sql`join attendance a on a.period_id = p.id`)}
        and a.date between ${window.from} and ${window.to} and a.hours >= ${minHours}
        and a.date >= p.start_date and (p.end_date is null or a.date <= p.end_date)
      group by 1, a.client_id, a.date)
    select key, count(distinct client_id)::int as clients, count(*)::int as paid_days,
      (count(*) filter (where not onsite))::int as remote_days
    from day group by key`.execute(db);
  const months = await sql<{ key: string; clientMonths: number; clients: number }>`
    with month as (
      select ${key} as key, p.client_id, m
      from ${fromPeriods(
        viewer,
        filters,
        by,
        sql`cross join lateral generate_series(date_trunc('month', greatest(p.start_date, ${window.from}::date)),
          date_trunc('month', least(coalesce(p.end_date, ${window.to}::date), ${window.to}::date)), interval '1 month') m`,
      )} and p.start_date <= ${window.to} and (p.end_date is null or p.end_date >= ${window.from})
      group by 1, p.client_id, m)
    select key, count(*)::int as client_months, count(distinct client_id)::int as clients from month group by key`.execute(db);
  return { days: days.rows, months: months.rows };
}

/** The goal practices of a period, as SQL conditions (alias p; `asOf` ends ongoing periods). */
function practiceConditions(asOf: string) {
  const during = sql`g.created_at::date between p.start_date and coalesce(p.end_date, ${asOf}::date)`;
  return {
    early_employment_goal: sql<boolean>`exists (select 1 from goal g where g.client_id = p.client_id and g.kind in ('employment', 'education')
      and g.created_at::date between p.start_date and p.start_date + ${GOAL_PRACTICE_DAYS}::int)`,
    goals_together: sql<boolean>`exists (select 1 from goal g where g.client_id = p.client_id and g.proposed_by = 'together' and ${during})`,
    outside_tasks: sql<boolean>`exists (select 1 from goal g where g.client_id = p.client_id and g.towards_outside_tasks and ${during})`,
  };
}

/** Periods started in the window (and at least the practice window old): how many have each practice. */
export async function goalPractices(db: Db, viewer: Viewer, filters: Filters, by: Breakdown, window: Window, asOf: string) {
  const key = keyExpression(by, 'p.start_date');
  const practice = practiceConditions(asOf);
  const started = await sql<{ key: string | null; n: number; clients: number; earlyEmploymentGoal: number; goalsTogether: number; outsideTasks: number; level: number }>`
    select ${key} as key, count(*)::int as n, count(distinct p.client_id)::int as clients,
      (count(*) filter (where ${practice.early_employment_goal}))::int as early_employment_goal,
      (count(*) filter (where ${practice.goals_together}))::int as goals_together,
      (count(*) filter (where ${practice.outside_tasks}))::int as outside_tasks,
      grouping(${key})::int as level
    from ${fromPeriods(viewer, filters, by)}
      and p.start_date between ${window.from} and least(${window.to}::date, ${asOf}::date - ${GOAL_PRACTICE_DAYS}::int)
    group by grouping sets ((${key}), ())`.execute(db);
  const assessed = await sql<{ key: string | null; n: number; clients: number; assessed: number; level: number }>`
    select ${key} as key, count(*)::int as n, count(distinct p.client_id)::int as clients,
      (count(*) filter (where exists (select 1 from goal g join goal_assessment ga on ga.goal_id = g.id
        where g.client_id = p.client_id and ga.assessed_on between ${asOf}::date - ${GOAL_PRACTICE_DAYS}::int and ${asOf}::date)))::int as assessed,
      grouping(${key})::int as level
    from ${fromPeriods(viewer, filters, by)} and p.start_date <= ${asOf}::date and (p.end_date is null or p.end_date >= ${asOf}::date)
    group by grouping sets ((${key}), ())`.execute(db);
  return { started: started.rows, assessed: assessed.rows };
}

export interface PatternRow {
  ageGroup: string;
  factors: string;
  unemployment: string;
  referrer: string;
  serviceKind: string;
  provider: string;
  earlyEmploymentGoal: boolean;
  goalsTogether: boolean;
  outsideTasks: boolean;
  trials: number;
  successes: number;
  clients: number;
}

/** Ended periods in the window as covariate patterns with their counted outcomes: the input of
 * the observed-against-expected model and the hypotheses. */
export async function outcomePatterns(db: Db, viewer: Viewer, filters: Filters, window: Window, counted: readonly string[], asOf: string) {
  const practice = practiceConditions(asOf);
  const rows = await sql<PatternRow>`
    select ${AGE_SQL} as age_group,
      coalesce((select string_agg(f.factor, ',' order by f.factor) from client_background_factor f where f.client_id = p.client_id), '') as factors,
      ${UNEMPLOYMENT_SQL} as unemployment, c.referrer, p.service_kind, u.organisation_id::text as provider,
      ${practice.early_employment_goal} as early_employment_goal, ${practice.goals_together} as goals_together, ${practice.outside_tasks} as outside_tasks,
      count(*)::int as trials, (count(*) filter (where p.destination = any(${textArray(counted)}::text[])))::int as successes,
      count(distinct p.client_id)::int as clients
    from ${fromPeriods(viewer, filters, 'total')} and p.end_date between ${window.from} and ${window.to}
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9`.execute(db);
  return rows.rows;
}

/** Names for the keys of provider, unit, coach and municipality breakdowns. */
export async function keyLabels(db: Db, by: Breakdown, keys: readonly string[]): Promise<Map<string, string>> {
  const ids = keys.filter((k) => /^[0-9a-f-]{36}$/i.test(k));
  let rows: Array<{ key: string; label: string }> = [];
  if (by === 'provider' && ids.length) rows = (await sql<{ key: string; label: string }>`select id::text as key, name as label from organisation where id = any(${textArray(ids)}::uuid[])`.execute(db)).rows;
  if (by === 'unit' && ids.length) rows = (await sql<{ key: string; label: string }>`select id::text as key, name as label from unit where id = any(${textArray(ids)}::uuid[])`.execute(db)).rows;
  if (by === 'coach' && ids.length) rows = (await sql<{ key: string; label: string }>`select id::text as key, display_name as label from app_user where id = any(${textArray(ids)}::uuid[])`.execute(db)).rows;
  if (by === 'municipality' && keys.length) {
    const codes = keys.filter((k) => /^\d{3}$/.test(k));
    if (codes.length) rows = (await sql<{ key: string; label: string }>`select municipality_code::text as key, name as label from organisation where kind = 'municipality' and municipality_code = any(${textArray(codes)}::text[])`.execute(db)).rows;
  }
  return new Map(rows.map((r) => [r.key, r.label]));
}
