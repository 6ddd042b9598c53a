// The effectiveness measures: each reads counts from the database (queries.ts) and turns them into
// rates with n, intervals and suppression flags (src/domain/analytics). The viewer decides the
// scope and whether small groups are hidden; viewers who get suppressed aggregates only may ask
// for whole calendar years, one breakdown and no filters, so that overlapping queries cannot be
// subtracted from each other.
import { sql } from 'kysely';
import type { Database } from '../../db/connection.ts';
import {
  BREAKDOWNS,
  DEFAULT_COUNTED_DESTINATIONS,
  DURABILITY_HORIZONS,
  PRACTICES,
  SURVIVAL_READ_DAYS,
  WORK_OR_EDUCATION,
  type Breakdown,
  type Practice,
} from '../../domain/analytics/definitions.ts';
import { kaplanMeier, survivalAt } from '../../domain/analytics/kaplan-meier.ts';
import { fitOutcomeModel, observedAgainstExpected, suggestedRiskWeights, type ModelDesign, type OutcomeModel, type OutcomePattern } from '../../domain/analytics/model.ts';
import type { LogisticFit } from '../../domain/analytics/logistic.ts';
import { compareRates, oddsRatio, oddsRatioFromCoefficient, wilson, type Rate } from '../../domain/analytics/proportion.ts';
import { suppressionPlan } from '../../domain/analytics/suppression.ts';
import { hiddenKeys, rateRows, type GroupCount, type RateRow } from '../../domain/analytics/tables.ts';
import { addDays, addMonths, dateParts, formatIsoDate, todayIso } from '../../domain/calendar/dates.ts';
import { TERM_DEFAULTS } from '../../domain/compensation/terms.ts';
import { StatsError } from '../../domain/stats/linalg.ts';
import type { Actor } from '../access/actor.ts';
import { AppError, forbidden, invalidField } from '../errors.ts';
import * as q from './queries.ts';
import type { TMeasureQuery } from './schemas.ts';
import { municipalityWide, viewerFor, type Viewer } from './viewer.ts';

const FILTERS = ['provider', 'unit', 'unitType', 'service', 'coach', 'ageGroup', 'unemployment', 'referrer'] as const;

export interface MeasureContext {
  viewer: Viewer;
  window: q.Window;
  asOf: string;
  by: Breakdown;
  counted: string[];
  filters: q.Filters;
}

/** Resolves and checks the common query: who, which periods, which window. */
export function measureContext(actor: Actor | null, query: TMeasureQuery, minGroup: number, today = todayIso()): MeasureContext {
  const viewer = viewerFor(actor, minGroup, query.municipality);
  const asOf = query.asOf ?? today;
  if (asOf > today) throw invalidField('asOf', 'errors.analyticsFutureDate');
  const by = query.by as Breakdown;
  const filters: q.Filters = {};
  for (const name of FILTERS) if (query[name]) filters[name] = query[name];
  let window: q.Window;
  if (query.year !== undefined) window = { from: formatIsoDate(query.year, 1, 1), to: formatIsoDate(query.year, 12, 31) };
  else if (query.from || query.to) {
    if (!query.from || !query.to) throw invalidField(query.from ? 'to' : 'from', 'errors.analyticsWindowNeedsBoth');
    window = { from: query.from, to: query.to };
  } else window = viewer.suppress ? lastFullYear(asOf) : lastTwelveMonths(asOf);
  if (window.to < window.from) throw invalidField('to', 'errors.analyticsWindowOrder');
  if (viewer.suppress) {
    const filtered = Object.keys(filters);
    if (filtered.length > 0) throw invalidField(filtered[0], 'errors.analyticsFiltersNotAllowed');
    if (!BREAKDOWNS[by].aggregate) throw invalidField('by', 'errors.analyticsBreakdownNotAllowed');
    const { month, day } = dateParts(window.from);
    const end = dateParts(window.to);
    if (month !== 1 || day !== 1 || end.month !== 12 || end.day !== 31 || end.year !== dateParts(window.from).year) {
      throw invalidField('year', 'errors.analyticsWholeYearsOnly');
    }
  }
  if (actor?.role === 'coach' && (by === 'coach' || filters.coach)) throw invalidField('by', 'errors.analyticsBreakdownNotAllowed');
  return { viewer, window, asOf, by, counted: query.counted ?? [...DEFAULT_COUNTED_DESTINATIONS], filters };
}

function lastTwelveMonths(asOf: string): q.Window {
  const { year, month } = dateParts(asOf);
  const firstOfThisMonth = formatIsoDate(year, month, 1);
  return { from: addMonths(firstOfThisMonth, -12), to: addDays(firstOfThisMonth, -1) };
}

function lastFullYear(asOf: string): q.Window {
  const year = dateParts(asOf).year - 1;
  return { from: formatIsoDate(year, 1, 1), to: formatIsoDate(year, 12, 31) };
}

const partition = (by: Breakdown) => BREAKDOWNS[by].partition;
const disclosure = (v: Viewer) => ({ suppress: v.suppress, minGroup: v.minGroup });

function meta(ctx: MeasureContext) {
  return { window: ctx.window, asOf: ctx.asOf, by: ctx.by, suppressed: ctx.viewer.suppress, minGroup: ctx.viewer.minGroup };
}

async function labelled<T extends { key: string }>(db: Database, by: Breakdown, rows: T[]): Promise<Array<T & { label: string | null }>> {
  const labels = await q.keyLabels(db, by, rows.map((r) => r.key));
  return rows.map((r) => ({ ...r, label: labels.get(r.key) ?? null })).sort((a, b) => (a.label ?? a.key).localeCompare(b.label ?? b.key, 'fi'));
}

// ---------------------------------------------------------------------------------------------
// Transition rate

export interface TransitionGroup extends RateRow {
  label: string | null;
  /** Ended periods per destination; null when hidden, and single destinations below the threshold are null for aggregate viewers. */
  byDestination: Record<string, number | null> | null;
}

export async function transitions(db: Database, ctx: MeasureContext) {
  const { groups, byDestination, total } = await q.endedPeriods(db, ctx.viewer, ctx.filters, ctx.by, ctx.window, ctx.counted);
  const counts: GroupCount[] = groups.map((g) => ({ key: g.key ?? '', clients: g.clients, n: g.n, count: g.count }));
  const table = rateRows(counts, { key: 'total', clients: total.clients, n: total.n, count: total.count }, disclosure(ctx.viewer), partition(ctx.by));
  const destinationsOf = (key: string | null) => destinationCounts(byDestination.filter((d) => d.key === key), ctx.viewer);
  const rows: TransitionGroup[] = table.rows.map((r) => ({ ...r, label: null, byDestination: r.suppressed ? null : destinationsOf(r.key) }));
  const totalDestinations = table.total.suppressed
    ? null
    : destinationCounts(
        ctx.by === 'total' ? byDestination : sumDestinations(byDestination),
        ctx.viewer,
      );
  return {
    ...meta(ctx),
    counted: ctx.counted,
    total: { ...table.total, label: null, byDestination: totalDestinations },
    groups: await labelled(db, ctx.by, rows),
  };
}

function sumDestinations(rows: readonly q.DestinationCountRow[]): q.DestinationCountRow[] {
  const sums = new Map<string, q.DestinationCountRow>();
  for (const r of rows) {
    const d = r.destination ?? '';
    const s = sums.get(d) ?? { key: null, destination: r.destination, n: 0, clients: 0, count: 0 };
    s.n += r.n;
    s.clients += r.clients;
    sums.set(d, s);
  }
  return [...sums.values()];
}

/** Destination counts of one group; for aggregate viewers small cells are hidden the same way groups are. */
function destinationCounts(rows: readonly q.DestinationCountRow[], viewer: Viewer): Record<string, number | null> {
  const plan = viewer.suppress ? suppressionPlan(rows.map((r) => ({ clients: r.n })), viewer.minGroup) : rows.map(() => null);
  return Object.fromEntries(rows.map((r, i) => [r.destination ?? 'unknown', plan[i] ? null : r.n]));
}

/** Two groups of a breakdown side by side, with the interval of their difference. */
export async function compareGroups(db: Database, ctx: MeasureContext, a: string, b: string) {
  const result = await transitions(db, ctx);
  const find = (key: string) => result.groups.find((g) => g.key === key);
  const ga = find(a);
  const gb = find(b);
  if (!ga || !gb) throw invalidField(ga ? 'b' : 'a', 'errors.analyticsUnknownGroup');
  const comparison = ga.rate && gb.rate ? compareRates(ga.rate, gb.rate) : null;
  return { ...meta(ctx), counted: ctx.counted, a: ga, b: gb, comparison };
}

// ---------------------------------------------------------------------------------------------
// Transitions relative to clients (the barometer's measure)

export async function relative(db: Database, ctx: MeasureContext) {
  const { year } = dateParts(ctx.window.to);
  const window = { from: formatIsoDate(year, 1, 1), to: formatIsoDate(year, 12, 31) };
  const end = window.to < ctx.asOf ? window.to : ctx.asOf;
  const rows = await q.transitionsAndClientsAtEnd(db, ctx.viewer, ctx.filters, ctx.by, { from: window.from, to: end }, ctx.counted);
  const groups = rows.filter((r) => r.level === 0);
  const total = rows.find((r) => r.level === 1) ?? { key: null, transitions: 0, clientsAtEnd: 0, clients: 0, level: 1 };
  const hidden = hiddenKeys(groups.map((g) => ({ key: g.key ?? '', clients: g.clients })), disclosure(ctx.viewer), partition(ctx.by));
  const shape = (r: { key: string | null; transitions: number; clientsAtEnd: number; clients: number }, isHidden: boolean) =>
    isHidden
      ? { key: r.key ?? 'total', transitions: null, clientsAtEnd: null, ratio: null, suppressed: 'small' as const }
      : { key: r.key ?? 'total', transitions: r.transitions, clientsAtEnd: r.clientsAtEnd, ratio: r.clientsAtEnd > 0 ? r.transitions / r.clientsAtEnd : null, suppressed: null };
  return {
    ...meta(ctx),
    window: { from: window.from, to: end },
    counted: ctx.counted,
    total: shape(total, ctx.viewer.suppress && total.clients > 0 && total.clients < ctx.viewer.minGroup),
    groups: await labelled(db, ctx.by, groups.map((g) => shape(g, hidden.has(g.key ?? '')))),
  };
}

// ---------------------------------------------------------------------------------------------
// Durability

export async function durability(db: Database, ctx: MeasureContext) {
  const horizons = [];
  for (const months of DURABILITY_HORIZONS) {
    const rows = await q.followUpOutcomes(db, ctx.viewer, ctx.filters, ctx.by, ctx.window, WORK_OR_EDUCATION, months, ctx.asOf);
    const groups = rows.filter((r) => r.level === 0);
    const total = rows.find((r) => r.level === 1) ?? { key: null, due: 0, clients: 0, still: 0, other: 0, unknown: 0, level: 1 };
    const table = rateRows(
      groups.map((g) => ({ key: g.key ?? '', clients: g.clients, n: g.due, count: g.still })),
      { key: 'total', clients: total.clients, n: total.due, count: total.still },
      disclosure(ctx.viewer),
      partition(ctx.by),
    );
    const detail = (key: string | null, r: RateRow) => {
      const source = key === 'total' ? total : groups.find((g) => g.key === key)!;
      return r.suppressed ? { other: null, unknown: null } : { other: source.other, unknown: source.unknown };
    };
    horizons.push({
      months,
      total: { ...table.total, ...detail('total', table.total) },
      groups: await labelled(db, ctx.by, table.rows.map((r) => ({ ...r, ...detail(r.key, r) }))),
    });
  }
  return { ...meta(ctx), statuses: WORK_OR_EDUCATION, horizons };
}

// ---------------------------------------------------------------------------------------------
// Time to outcome (Kaplan–Meier)

export async function timeToOutcome(db: Database, ctx: MeasureContext) {
  const rows = await q.survivalTimes(db, ctx.viewer, ctx.filters, ctx.by, ctx.window, ctx.counted, ctx.asOf);
  const groupRows = rows.filter((r) => r.level === 3);
  const hidden = hiddenKeys(groupRows.map((g) => ({ key: g.key ?? '', clients: g.clients })), disclosure(ctx.viewer), partition(ctx.by));
  const curves = groupRows.map((g) => {
    const key = g.key ?? '';
    if (hidden.has(key)) return { key, clients: null, suppressed: 'small' as const, curve: null };
    const curve = kaplanMeier(rows.filter((r) => r.level === 0 && r.key === g.key).map((r) => ({ time: r.time!, event: r.event!, count: r.count })));
    return {
      key,
      clients: g.clients,
      suppressed: null,
      curve: {
        n: curve.n,
        events: curve.events,
        medianDays: curve.median,
        // The share with an outcome by day t is 1 − S(t).
        reached: Object.fromEntries(SURVIVAL_READ_DAYS.map((t) => [t, 1 - survivalAt(curve, t)])),
        steps: curve.steps
          .filter((s) => s.nEvent > 0)
          .map((s) => ({ time: s.time, nRisk: s.nRisk, reached: 1 - s.survival, lower: 1 - s.upper, upper: 1 - s.lower })),
      },
    };
  });
  return { ...meta(ctx), counted: ctx.counted, readDays: SURVIVAL_READ_DAYS, groups: await labelled(db, ctx.by, curves) };
}

// ---------------------------------------------------------------------------------------------
// Caseload

/** The Social Employment Barometer 2012 found about nine clients per coach. */
export const BAROMETER_CASELOAD = 9;

export async function caseload(db: Database, ctx: MeasureContext) {
  const rows = await q.caseloads(db, ctx.viewer, ctx.filters, ctx.asOf);
  const byType = new Map<string, number[]>();
  for (const r of rows) byType.set(r.unitType, [...(byType.get(r.unitType) ?? []), r.clients]);
  const summarise = (key: string, loads: number[]) => {
    const sorted = [...loads].sort((a, b) => a - b);
    const mid = sorted.length / 2;
    return {
      key,
      coaches: loads.length,
      clients: loads.reduce((s, v) => s + v, 0),
      mean: loads.length ? loads.reduce((s, v) => s + v, 0) / loads.length : null,
      median: loads.length ? (sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2) : null,
    };
  };
  const groups = [...byType.entries()].map(([key, loads]) => summarise(key, loads)).sort((a, b) => a.key.localeCompare(b.key));
  const hidden = hiddenKeys(groups, disclosure(ctx.viewer), true);
  const coachTotals = new Map<string, number>();
  for (const r of rows) coachTotals.set(r.coachId, (coachTotals.get(r.coachId) ?? 0) + r.clients);
  const total = summarise('total', [...coachTotals.values()]);
  const blank = (key: string) => ({ key, coaches: null, clients: null, mean: null, median: null, suppressed: 'small' as const });
  const totalHidden = ctx.viewer.suppress && total.clients > 0 && total.clients < ctx.viewer.minGroup;
  return {
    ...meta(ctx),
    by: 'unitType',
    barometer: BAROMETER_CASELOAD,
    total: totalHidden ? blank('total') : { ...total, suppressed: null },
    groups: groups.map((g) => (hidden.has(g.key) ? blank(g.key) : { ...g, suppressed: null })),
  };
}

// ---------------------------------------------------------------------------------------------
// Attendance

export async function attendance(db: Database, ctx: MeasureContext) {
  const minHours = TERM_DEFAULTS.minHours;
  const grouped = await q.attendanceDays(db, ctx.viewer, ctx.filters, ctx.by, ctx.window, minHours);
  // A client can be in several groups (two units in a month), so the total is counted, not summed.
  const overall = ctx.by === 'total' ? grouped : await q.attendanceDays(db, ctx.viewer, ctx.filters, 'total', ctx.window, minHours);
  const combine = (days: typeof grouped.days, months: typeof grouped.months) =>
    months.map((m) => {
      const d = days.find((x) => x.key === m.key);
      const paidDays = d?.paidDays ?? 0;
      const remoteDays = d?.remoteDays ?? 0;
      return {
        key: m.key,
        clients: m.clients,
        clientMonths: m.clientMonths,
        paidDays,
        remoteDays,
        daysPerClientMonth: m.clientMonths > 0 ? paidDays / m.clientMonths : null,
        remoteShare: paidDays > 0 ? remoteDays / paidDays : null,
      };
    });
  const groups = combine(grouped.days, grouped.months);
  const hidden = hiddenKeys(groups, disclosure(ctx.viewer), partition(ctx.by));
  const blank = (key: string) => ({ key, clients: null, clientMonths: null, paidDays: null, remoteDays: null, daysPerClientMonth: null, remoteShare: null, suppressed: 'small' as const });
  const total = combine(overall.days, overall.months)[0] ?? { key: 'total', clients: 0, clientMonths: 0, paidDays: 0, remoteDays: 0, daysPerClientMonth: null, remoteShare: null };
  const totalHidden = ctx.viewer.suppress && total.clients > 0 && total.clients < ctx.viewer.minGroup;
  return {
    ...meta(ctx),
    minHours,
    total: totalHidden ? blank('total') : { ...total, suppressed: null },
    groups: await labelled(db, ctx.by, groups.map((g) => (hidden.has(g.key) ? blank(g.key) : { ...g, suppressed: null }))),
  };
}

// ---------------------------------------------------------------------------------------------
// Goal practices

export async function goalPractices(db: Database, ctx: MeasureContext) {
  const { started, assessed } = await q.goalPractices(db, ctx.viewer, ctx.filters, ctx.by, ctx.window, ctx.asOf);
  const measure = <R extends { key: string | null; clients: number; n: number; level: number }>(rows: R[], count: (r: R) => number) => {
    const groups = rows.filter((r) => r.level === 0);
    const total = rows.find((r) => r.level === 1);
    return rateRows(
      groups.map((g) => ({ key: g.key ?? '', clients: g.clients, n: g.n, count: count(g) })),
      { key: 'total', clients: total?.clients ?? 0, n: total?.n ?? 0, count: total ? count(total) : 0 },
      disclosure(ctx.viewer),
      partition(ctx.by),
    );
  };
  const measures = {
    early_employment_goal: measure(started, (r) => r.earlyEmploymentGoal),
    goals_together: measure(started, (r) => r.goalsTogether),
    outside_tasks: measure(started, (r) => r.outsideTasks),
    assessed_recently: measure(assessed, (r) => r.assessed),
  };
  const keys = [...new Set(Object.values(measures).flatMap((m) => m.rows.map((r) => r.key)))];
  const labels = await q.keyLabels(db, ctx.by, keys);
  return {
    ...meta(ctx),
    measures: Object.fromEntries(
      Object.entries(measures).map(([name, m]) => [name, { total: m.total, groups: m.rows.map((r) => ({ ...r, label: labels.get(r.key) ?? null })) }]),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Observed against expected, and the research hypotheses

const PRACTICE_FLAGS: Record<Practice, keyof q.PatternRow> = {
  goals_together: 'goalsTogether',
  early_employment_goal: 'earlyEmploymentGoal',
  outside_tasks: 'outsideTasks',
};

function toPatterns(rows: readonly q.PatternRow[]): OutcomePattern[] {
  return rows.map((r) => ({
    ageGroup: r.ageGroup,
    factors: r.factors ? r.factors.split(',') : [],
    unemployment: r.unemployment,
    referrer: r.referrer,
    serviceKind: r.serviceKind,
    group: r.provider,
    practices: PRACTICES.filter((p) => r[PRACTICE_FLAGS[p]]),
    trials: r.trials,
    successes: r.successes,
  }));
}

export interface StoredModel {
  id: string;
  municipalityId: string | null;
  window: q.Window;
  counted: string[];
  periods: number;
  fittedAt: string;
  design: ModelDesign;
  fit: LogisticFit;
  suggestedRiskWeights: ReturnType<typeof suggestedRiskWeights>;
}

function requireModelViewer(ctx: MeasureContext) {
  if (ctx.viewer.kind === 'public' || ctx.viewer.kind === 'coach') throw forbidden('the model is for purchasers, unit managers, researchers and admins');
}

/** The model for the municipality is fitted on all its ended periods in the window, whoever asks:
 * it describes clients, and only its coefficients leave the database. */
export async function fitModel(db: Database, actor: Actor, ctx: MeasureContext): Promise<StoredModel> {
  if (actor.role !== 'purchaser' && actor.role !== 'admin') throw forbidden('only purchasers and admins refit the model');
  const everyone = municipalityWide(ctx.viewer);
  const started = performance.now();
  const patterns = toPatterns(await q.outcomePatterns(db, everyone, {}, ctx.window, ctx.counted, ctx.asOf));
  const periods = patterns.reduce((s, p) => s + p.trials, 0);
  if (periods < 50) throw new AppError(422, 'errors.analyticsTooFewForModel', `${periods} ended periods; the model needs at least 50`);
  let model: OutcomeModel;
  try {
    model = fitOutcomeModel(patterns);
  } catch (error) {
    if (error instanceof StatsError) throw new AppError(422, 'errors.analyticsModelFailed', error.message);
    throw error;
  }
  const row = await db
    .insertInto('analyticsModel')
    .values({
      municipalityId: ctx.viewer.municipalityId,
      windowFrom: ctx.window.from,
      windowTo: ctx.window.to,
      countedDestinations: ctx.counted,
      periods,
      design: JSON.stringify(model.design),
      fit: JSON.stringify({ ...model.fit, seconds: (performance.now() - started) / 1000 }),
      fittedBy: actor.userId,
    })
    .returning(['id', sql<string>`fitted_at::text`.as('fittedAt')])
    .executeTakeFirstOrThrow();
  return { id: row.id, municipalityId: ctx.viewer.municipalityId, window: ctx.window, counted: ctx.counted, periods, fittedAt: row.fittedAt, design: model.design, fit: model.fit, suggestedRiskWeights: suggestedRiskWeights(model) };
}

export async function latestModel(db: Database, ctx: MeasureContext): Promise<StoredModel | null> {
  requireModelViewer(ctx);
  let query = db.selectFrom('analyticsModel').selectAll().select(sql<string>`fitted_at::text`.as('fittedAtText')).orderBy('fittedAt', 'desc').limit(1);
  query = ctx.viewer.municipalityId ? query.where('municipalityId', '=', ctx.viewer.municipalityId) : query.where('municipalityId', 'is', null);
  const row = await query.executeTakeFirst();
  if (!row) return null;
  const design = row.design as unknown as ModelDesign;
  const fit = row.fit as unknown as LogisticFit;
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    window: { from: row.windowFrom, to: row.windowTo },
    counted: row.countedDestinations,
    periods: row.periods,
    fittedAt: row.fittedAtText,
    design,
    fit,
    suggestedRiskWeights: suggestedRiskWeights({ design, fit }),
  };
}

/** Observed and expected rates per provider in the viewer's scope, under the municipality's stored model. */
export async function expected(db: Database, actor: Actor, ctx: MeasureContext) {
  requireModelViewer(ctx);
  let model = await latestModel(db, ctx);
  if (!model) {
    if (actor.role !== 'purchaser' && actor.role !== 'admin') throw new AppError(409, 'errors.analyticsNoModel', 'no model has been fitted for this municipality yet');
    model = await fitModel(db, actor, ctx);
  }
  const patterns = toPatterns(await q.outcomePatterns(db, ctx.viewer, ctx.filters, ctx.window, model.counted, ctx.asOf));
  const rows = observedAgainstExpected({ design: model.design, fit: model.fit }, patterns);
  // Distinct clients per provider only matter for hiding small providers.
  const clients = ctx.viewer.suppress ? await providerClients(db, ctx, model.counted) : new Map<string, number>();
  const hidden = hiddenKeys(rows.map((r) => ({ key: r.group, clients: clients.get(r.group) ?? 0 })), disclosure(ctx.viewer), true);
  const labels = await q.keyLabels(db, 'provider', rows.map((r) => r.group));
  const providers = rows
    .map((r) =>
      hidden.has(r.group)
        ? { key: r.group, label: labels.get(r.group) ?? null, suppressed: 'small' as const, observed: null, expected: null, ratio: null, ratioLower: null, ratioUpper: null }
        : { key: r.group, label: labels.get(r.group) ?? null, suppressed: null, observed: r.observed, expected: r.expected, ratio: r.ratio, ratioLower: r.ratioLower, ratioUpper: r.ratioUpper },
    )
    .sort((a, b) => (a.label ?? a.key).localeCompare(b.label ?? b.key, 'fi'));
  return { ...meta(ctx), by: 'provider', counted: model.counted, model: { id: model.id, fittedAt: model.fittedAt, window: model.window, periods: model.periods }, providers };
}

async function providerClients(db: Database, ctx: MeasureContext, counted: readonly string[]): Promise<Map<string, number>> {
  const { groups } = await q.endedPeriods(db, ctx.viewer, ctx.filters, 'provider', ctx.window, counted);
  return new Map(groups.map((g) => [g.key ?? '', g.clients]));
}

/** The 2020 study's hypotheses: the outcome with and without each practice, crude and adjusted. */
export async function hypotheses(db: Database, ctx: MeasureContext) {
  if (ctx.viewer.kind === 'public') throw forbidden('sign in to see the hypotheses');
  const patterns = toPatterns(await q.outcomePatterns(db, ctx.viewer, ctx.filters, ctx.window, ctx.counted, ctx.asOf));
  const results = PRACTICES.map((practice) => {
    let withYes = 0;
    let withTrials = 0;
    let withoutYes = 0;
    let withoutTrials = 0;
    for (const p of patterns) {
      if (p.practices?.includes(practice)) {
        withYes += p.successes;
        withTrials += p.trials;
      } else {
        withoutYes += p.successes;
        withoutTrials += p.trials;
      }
    }
    // Periods stand in for clients here: fewer than the threshold of either means fewer clients too.
    const small = ctx.viewer.suppress && (withTrials < ctx.viewer.minGroup || withoutTrials < ctx.viewer.minGroup);
    if (small) return { practice, suppressed: 'small' as const, with: null, without: null, comparison: null, crude: null, adjusted: null };
    const withRate: Rate = wilson(withYes, withTrials);
    const withoutRate: Rate = wilson(withoutYes, withoutTrials);
    let adjusted: { oddsRatio: number; lower: number; upper: number; p: number } | null = null;
    let adjustedNote: string | null = null;
    try {
      const model = fitOutcomeModel(patterns, [practice]);
      const c = model.fit.coefficients.find((x) => x.name === `practice:${practice}`);
      if (c) adjusted = { ...oddsRatioFromCoefficient(c.estimate, c.stdError), p: c.p };
    } catch (error) {
      if (!(error instanceof StatsError)) throw error;
      adjustedNote = error.message;
    }
    return {
      practice,
      suppressed: null,
      with: withRate,
      without: withoutRate,
      comparison: compareRates(withRate, withoutRate),
      crude: oddsRatio(withYes, withTrials - withYes, withoutYes, withoutTrials - withoutYes),
      adjusted,
      adjustedNote,
    };
  });
  return { ...meta(ctx), counted: ctx.counted, periods: patterns.reduce((s, p) => s + p.trials, 0), hypotheses: results };
}
