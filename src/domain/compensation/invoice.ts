// The compensation rules of issue 3: one calendar month's invoice of one contract.
// A pure function of its input (no I/O, no clock), so that the simulator (`polku invoice`) and the
// platform's invoices compute with the very same code: one rule, one place.
//
// Rules (docs/compensation.md has them in plain language with a worked example):
// 1. Paid day: hours ≥ minHours, date within the contract, date within one of the client's periods;
//    at most one paid day per client and date, on site when any counting record that date is on site.
// 2. Base fee: day basis = on-site days × dayPriceCents + remote days × remoteDayPriceCents;
//    month basis = monthPriceCents per client with at least one paid day in the month.
// 3. Outcome bonus on the month of the period's end date; decided over the contract's whole history
//    in order of end date, ties by period id, with the bonus window per client.
// 4. Durability bonus on the month of the follow-up's date; the first qualifying follow-up of a
//    period that earned an outcome bonus; at most one per period.
// 5. Risk weight min(1 + Σ factor weights, max) on bonuses, rounded half up to a whole cent.
import { daysBetween, daysInMonth, type IsoDate } from '../calendar/dates.ts';
import type { AttendanceMode, Destination, FollowUpStatus } from '../codes.ts';
import { WEIGHT_SCALE, type AttendanceRecord, type CompensationInput, type CompensationTerms, type PeriodRecord } from './terms.ts';

export type LineKind = 'base' | 'outcome' | 'durability';

/** Rule 2, day basis: the paid days of one client in one mode. */
export interface BaseDayLine {
  kind: 'base';
  rule: 'base_day';
  clientId: string;
  mode: AttendanceMode;
  days: number;
  dates: IsoDate[];
  unitPriceCents: number;
  weight: 1;
  amountCents: number;
  explanation: string;
}

/** Rule 2, month basis: one month fee for a client with at least one paid day. */
export interface BaseMonthLine {
  kind: 'base';
  rule: 'base_month';
  clientId: string;
  days: number;
  onsiteDates: IsoDate[];
  remoteDates: IsoDate[];
  unitPriceCents: number;
  weight: 1;
  amountCents: number;
  explanation: string;
}

/** Rules 3 and 5: an outcome bonus for a period ending in the month. */
export interface OutcomeLine {
  kind: 'outcome';
  rule: 'outcome_bonus';
  clientId: string;
  periodId: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** Length of the period counting both the start and the end date. */
  periodDays: number;
  destination: Destination;
  /** The previous earned outcome bonus of the client, if any, and how many days before this one it ended. */
  previousBonus: { periodId: string; end: IsoDate; daysBefore: number } | null;
  unitPriceCents: number;
  weight: number;
  /** The client's factors that are in the weight table, each once. */
  weightFactors: string[];
  amountCents: number;
  explanation: string;
}

/** Rules 4 and 5: a durability bonus for a follow-up dated in the month. */
export interface DurabilityLine {
  kind: 'durability';
  rule: 'durability_bonus';
  clientId: string;
  periodId: string;
  periodEnd: IsoDate;
  followUp: { index: number; date: IsoDate; status: FollowUpStatus };
  daysAfterEnd: number;
  unitPriceCents: number;
  weight: number;
  weightFactors: string[];
  amountCents: number;
  explanation: string;
}

export type InvoiceLine = BaseDayLine | BaseMonthLine | OutcomeLine | DurabilityLine;

export type AttendanceIgnoreReason = 'short_hours' | 'outside_contract' | 'outside_period' | 'duplicate_date';
export type PeriodIgnoreReason = 'end_outside_contract' | 'no_destination' | 'no_bonus_for_destination' | 'period_too_short' | 'within_bonus_window';
export type FollowUpIgnoreReason =
  | 'no_durability_terms'
  | 'unknown_period'
  | 'no_outcome_bonus'
  | 'status_not_durable'
  | 'follow_up_too_early'
  | 'durability_already_paid';

/** A record of the month that did not count; `index` is its position in the input array. */
export type IgnoredRecord =
  | { record: 'attendance'; index: number; clientId: string; date: IsoDate; hours: number; mode: AttendanceMode; reason: AttendanceIgnoreReason; detail: string; paidBy?: number }
  | { record: 'period'; index: number; periodId: string; clientId: string; start: IsoDate; end: IsoDate; destination: Destination | null; reason: PeriodIgnoreReason; detail: string; blockedBy?: string }
  | { record: 'followUp'; index: number; clientId: string; periodId: string; date: IsoDate; status: FollowUpStatus; reason: FollowUpIgnoreReason; detail: string; paidBy?: number };

export interface MonthInvoice {
  month: string;
  totalCents: number;
  byKind: Record<LineKind, number>;
  lines: InvoiceLine[];
  ignored: IgnoredRecord[];
}

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for 'YYYY-MM' with a month 01–12. */
export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

/** First and last date of a 'YYYY-MM' month; throws a RangeError on anything else. */
export function monthBounds(month: string): { first: IsoDate; last: IsoDate } {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`Not a month (YYYY-MM): ${JSON.stringify(month)}`);
  const last = daysInMonth(Number(match[1]), Number(match[2]));
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}

/** Euro cents as "1 234.56" (plain, for explanations). */
function euros(cents: number): string {
  return (cents / 100).toFixed(2);
}

/** Code-unit order of strings: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Rule 5: risk weight, exact in millionths.

export interface Weight {
  /** The weight × 1 000 000, an integer. */
  scaled: number;
  factors: string[];
  /** True when 1 + Σ exceeded the maximum. */
  capped: boolean;
}

const UNIT_WEIGHT: Weight = { scaled: WEIGHT_SCALE, factors: [], capped: false };

/** min(1 + Σ weights of the client's factors found in the table, max); unknown factors are ignored. */
export function clientWeight(factors: readonly string[] | undefined, riskWeights: CompensationTerms['riskWeights']): Weight {
  if (!riskWeights || !factors || factors.length === 0) return UNIT_WEIGHT;
  const table = riskWeights.factors as Record<string, number | undefined>;
  const counted: string[] = [];
  let sum = WEIGHT_SCALE;
  for (const factor of new Set(factors)) {
    const w = Object.hasOwn(table, factor) ? table[factor] : undefined;
    if (w === undefined) continue;
    counted.push(factor);
    sum += Math.round(w * WEIGHT_SCALE);
  }
  const max = Math.round(riskWeights.max * WEIGHT_SCALE);
  return { scaled: Math.min(sum, max), factors: counted, capped: sum > max };
}

/** cents × weight, rounded half up to a whole cent, in integer arithmetic (33333 × 1.5 = 50000). */
export function applyWeight(cents: number, scaledWeight: number): number {
  const scale = BigInt(WEIGHT_SCALE);
  return Number((BigInt(cents) * BigInt(scaledWeight) + scale / 2n) / scale);
}

// ---------------------------------------------------------------------------------------------
// Rule 3: which of a client's periods earned an outcome bonus.

type OutcomeDecision =
  | { earned: true; bonusCents: number; periodDays: number; previous: { periodId: string; end: IsoDate; daysBefore: number } | null }
  | { earned: false; reason: PeriodIgnoreReason; detail: string; blockedBy?: string };

interface IndexedPeriod {
  index: number;
  period: PeriodRecord;
}

/**
 * Decides the client's ended periods in order of end date, ties by period id, up to `until`
 * (decisions never depend on later periods). The window compares with the latest earned bonus:
 * every earlier one ended even longer before.
 */
function decideOutcomes(periods: readonly IndexedPeriod[], terms: CompensationTerms, contract: CompensationInput['contract'], until: IsoDate): Map<string, OutcomeDecision> {
  const ended = periods.filter((p) => p.period.end != null && p.period.end <= until);
  ended.sort((a, b) => compareText(a.period.end!, b.period.end!) || compareText(a.period.id, b.period.id));
  const decisions = new Map<string, OutcomeDecision>();
  const bonusTable = terms.outcomeBonusCents as Record<string, number | undefined>;
  let lastEarned: { periodId: string; end: IsoDate } | null = null;
  for (const { period } of ended) {
    const end = period.end!;
    const decide = (): OutcomeDecision => {
      if (end < contract.start || (contract.end != null && end > contract.end)) {
        return { earned: false, reason: 'end_outside_contract', detail: `end date ${end} is outside the contract ${contract.start} – ${contract.end ?? 'open'}` };
      }
      if (period.destination == null) return { earned: false, reason: 'no_destination', detail: 'the period has no destination' };
      const bonus = Object.hasOwn(bonusTable, period.destination) ? bonusTable[period.destination] : undefined;
      if (bonus === undefined) {
        return { earned: false, reason: 'no_bonus_for_destination', detail: `outcomeBonusCents has no entry for "${period.destination}"` };
      }
      const periodDays = daysBetween(period.start, end) + 1;
      if (periodDays < terms.minDaysForOutcome) {
        return { earned: false, reason: 'period_too_short', detail: `${periodDays} days (${period.start} – ${end}, both counted) < minDaysForOutcome ${terms.minDaysForOutcome}` };
      }
      let previous = null;
      if (lastEarned) {
        const daysBefore = daysBetween(lastEarned.end, end);
        if (daysBefore < terms.bonusWindowDays) {
          return {
            earned: false,
            reason: 'within_bonus_window',
            detail: `period ${lastEarned.periodId} earned an outcome bonus ending ${lastEarned.end}, ${daysBefore} days before (< bonusWindowDays ${terms.bonusWindowDays})`,
            blockedBy: lastEarned.periodId,
          };
        }
        previous = { ...lastEarned, daysBefore };
      }
      return { earned: true, bonusCents: bonus, periodDays, previous };
    };
    const decision = decide();
    if (decision.earned) lastEarned = { periodId: period.id, end };
    decisions.set(period.id, decision);
  }
  return decisions;
}

function ignoreAttendance(ignored: IgnoredRecord[], index: number, row: AttendanceRecord, reason: AttendanceIgnoreReason, detail: string, paidBy?: number) {
  ignored.push({ record: 'attendance', index, clientId: row.client, date: row.date, hours: row.hours, mode: row.mode, reason, detail, ...(paidBy !== undefined ? { paidBy } : {}) });
}

// ---------------------------------------------------------------------------------------------

/** The invoice of one calendar month ('YYYY-MM') of one contract. Pure: same input, same invoice. */
export function computeMonth(input: CompensationInput, month: string): MonthInvoice {
  const { first, last } = monthBounds(month);
  const { contract, clients, periods, attendance, followUps } = input;
  const terms: CompensationTerms = contract;
  const contractEnd = contract.end ?? '9999-12-31';
  const ignored: IgnoredRecord[] = [];

  const factorsByClient = new Map<string, string[]>();
  for (const client of clients) factorsByClient.set(client.id, client.factors);

  const periodsByClient = new Map<string, IndexedPeriod[]>();
  const periodById = new Map<string, IndexedPeriod>();
  periods.forEach((period, index) => {
    const entry = { index, period };
    periodById.set(period.id, entry);
    const list = periodsByClient.get(period.client);
    if (list) list.push(entry);
    else periodsByClient.set(period.client, [entry]);
  });

  // Rule 1: paid days. Counting records are grouped per client and date; the winner of a date is
  // its first on-site record, or its first record when all are remote.
  const counting = new Map<string, Map<IsoDate, number[]>>();
  for (let index = 0; index < attendance.length; index++) {
    const row = attendance[index];
    const date = row.date;
    if (date < first || date > last) continue;
    if (row.hours < terms.minHours) {
      ignoreAttendance(ignored, index, row, 'short_hours', `${row.hours} h < minHours ${terms.minHours}`);
      continue;
    }
    if (date < contract.start || date > contractEnd) {
      ignoreAttendance(ignored, index, row, 'outside_contract', `outside the contract ${contract.start} – ${contract.end ?? 'open'}`);
      continue;
    }
    const clientPeriods = periodsByClient.get(row.client);
    let inPeriod = false;
    if (clientPeriods) {
      for (let i = 0; i < clientPeriods.length; i++) {
        const period = clientPeriods[i].period;
        if (period.start <= date && (period.end == null || date <= period.end)) {
          inPeriod = true;
          break;
        }
      }
    }
    if (!inPeriod) {
      ignoreAttendance(ignored, index, row, 'outside_period', clientPeriods ? 'not within any of the client’s service periods' : 'the client has no service period');
      continue;
    }
    let byDate = counting.get(row.client);
    if (!byDate) counting.set(row.client, (byDate = new Map()));
    const list = byDate.get(date);
    if (list) list.push(index);
    else byDate.set(date, [index]);
  }

  const lines: InvoiceLine[] = [];
  for (const [clientId, byDate] of counting) {
    const onsiteDates: IsoDate[] = [];
    const remoteDates: IsoDate[] = [];
    for (const [date, indices] of byDate) {
      const winner = indices.find((i) => attendance[i].mode === 'onsite') ?? indices[0];
      (attendance[winner].mode === 'onsite' ? onsiteDates : remoteDates).push(date);
      for (const index of indices) {
        if (index === winner) continue;
        ignoreAttendance(ignored, index, attendance[index], 'duplicate_date', `the day is already paid by attendance[${winner}] (${attendance[winner].mode})`, winner);
      }
    }
    onsiteDates.sort();
    remoteDates.sort();
    // Rule 2: base fee.
    if (terms.basis === 'day') {
      const dayPrice = terms.dayPriceCents ?? 0;
      const remotePrice = terms.remoteDayPriceCents ?? dayPrice;
      for (const [mode, dates, price] of [
        ['onsite', onsiteDates, dayPrice],
        ['remote', remoteDates, remotePrice],
      ] as const) {
        if (dates.length === 0) continue;
        lines.push({
          kind: 'base',
          rule: 'base_day',
          clientId,
          mode,
          days: dates.length,
          dates,
          unitPriceCents: price,
          weight: 1,
          amountCents: dates.length * price,
          explanation: `${dates.length} paid ${mode === 'onsite' ? 'on-site' : 'remote'} day(s) × ${euros(price)} (rules 1–2, day basis)`,
        });
      }
    } else {
      const price = terms.monthPriceCents ?? 0;
      const days = onsiteDates.length + remoteDates.length;
      lines.push({
        kind: 'base',
        rule: 'base_month',
        clientId,
        days,
        onsiteDates,
        remoteDates,
        unitPriceCents: price,
        weight: 1,
        amountCents: price,
        explanation: `month fee ${euros(price)}: ${days} paid day(s) in the month (${onsiteDates.length} on site, ${remoteDates.length} remote) (rules 1–2, month basis)`,
      });
    }
  }

  // Rules 3–5. Only clients with a period ending or a follow-up dated in the month need deciding.
  const decisionsByClient = new Map<string, Map<string, OutcomeDecision>>();
  const decisionsOf = (clientId: string) => {
    let decisions = decisionsByClient.get(clientId);
    if (!decisions) {
      decisions = decideOutcomes(periodsByClient.get(clientId) ?? [], terms, contract, last);
      decisionsByClient.set(clientId, decisions);
    }
    return decisions;
  };
  const weights = new Map<string, Weight>();
  const weightOf = (clientId: string) => {
    let weight = weights.get(clientId);
    if (!weight) weights.set(clientId, (weight = clientWeight(factorsByClient.get(clientId), terms.riskWeights)));
    return weight;
  };
  const weightText = (w: Weight) =>
    w.factors.length === 0 ? 'weight 1' : `weight ${w.scaled / WEIGHT_SCALE} (${w.factors.join(' + ')}${w.capped ? ', capped at riskWeights.max' : ''})`;

  periods.forEach((period, index) => {
    if (period.end == null || period.end < first || period.end > last) return;
    const decision = decisionsOf(period.client).get(period.id)!;
    if (!decision.earned) {
      ignored.push({
        record: 'period',
        index,
        periodId: period.id,
        clientId: period.client,
        start: period.start,
        end: period.end,
        destination: period.destination,
        reason: decision.reason,
        detail: decision.detail,
        ...(decision.blockedBy !== undefined ? { blockedBy: decision.blockedBy } : {}),
      });
      return;
    }
    const weight = weightOf(period.client);
    const amountCents = applyWeight(decision.bonusCents, weight.scaled);
    lines.push({
      kind: 'outcome',
      rule: 'outcome_bonus',
      clientId: period.client,
      periodId: period.id,
      periodStart: period.start,
      periodEnd: period.end,
      periodDays: decision.periodDays,
      destination: period.destination!,
      previousBonus: decision.previous,
      unitPriceCents: decision.bonusCents,
      weight: weight.scaled / WEIGHT_SCALE,
      weightFactors: weight.factors,
      amountCents,
      explanation: `period ${period.id} (${period.start} – ${period.end}, ${decision.periodDays} days) ended in ${period.destination}: ${euros(decision.bonusCents)} × ${weightText(weight)} (rules 3 and 5)`,
    });
  });

  // Rule 4. A follow-up belongs to the period it names, so the candidates of a period all share its
  // id: "first by date, ties by period id" comes down to first by date, then first in the file.
  const followUpsByPeriod = new Map<string, number[]>();
  followUps.forEach((f, index) => {
    const list = followUpsByPeriod.get(f.period);
    if (list) list.push(index);
    else followUpsByPeriod.set(f.period, [index]);
  });
  const durability = terms.durability;
  const paidFollowUp = new Map<string, number | null>();
  const qualifies = (index: number, periodEnd: IsoDate) => {
    const f = followUps[index];
    return durability!.statuses.includes(f.status) && daysBetween(periodEnd, f.date) >= durability!.days;
  };
  const firstQualifying = (periodId: string, periodEnd: IsoDate): number | null => {
    if (paidFollowUp.has(periodId)) return paidFollowUp.get(periodId)!;
    let best: number | null = null;
    for (const index of followUpsByPeriod.get(periodId) ?? []) {
      if (!qualifies(index, periodEnd)) continue;
      if (best === null || followUps[index].date < followUps[best].date) best = index;
    }
    paidFollowUp.set(periodId, best);
    return best;
  };

  followUps.forEach((f, index) => {
    if (f.date < first || f.date > last) return;
    const skip = (reason: FollowUpIgnoreReason, detail: string, paidBy?: number) =>
      ignored.push({ record: 'followUp', index, clientId: f.client, periodId: f.period, date: f.date, status: f.status, reason, detail, ...(paidBy !== undefined ? { paidBy } : {}) });
    if (!durability) return skip('no_durability_terms', 'the terms have no durability bonus');
    const entry = periodById.get(f.period);
    if (!entry) return skip('unknown_period', `no period "${f.period}"`);
    const period = entry.period;
    if (period.end == null) return skip('no_outcome_bonus', `period ${period.id} is still open`);
    const daysAfterEnd = daysBetween(period.end, f.date);
    // A period ending after this month is not decided yet: the follow-up is before its end.
    if (period.end > last) {
      return skip('follow_up_too_early', `${daysAfterEnd} days after the period's end ${period.end} < durability.days ${durability.days}`);
    }
    const decision = decisionsOf(period.client).get(period.id)!;
    if (!decision.earned) return skip('no_outcome_bonus', `period ${period.id} earned no outcome bonus (${decision.reason}: ${decision.detail})`);
    if (!durability.statuses.includes(f.status)) {
      return skip('status_not_durable', `status "${f.status}" is not in durability.statuses (${durability.statuses.join(', ')})`);
    }
    if (daysAfterEnd < durability.days) {
      return skip('follow_up_too_early', `${daysAfterEnd} days after the period's end ${period.end} < durability.days ${durability.days}`);
    }
    const paid = firstQualifying(period.id, period.end)!;
    if (paid !== index) {
      return skip('durability_already_paid', `the durability bonus of period ${period.id} is paid for followUps[${paid}] (${followUps[paid].date})`, paid);
    }
    const weight = weightOf(period.client);
    lines.push({
      kind: 'durability',
      rule: 'durability_bonus',
      clientId: period.client,
      periodId: period.id,
      periodEnd: period.end,
      followUp: { index, date: f.date, status: f.status },
      daysAfterEnd,
      unitPriceCents: durability.bonusCents,
      weight: weight.scaled / WEIGHT_SCALE,
      weightFactors: weight.factors,
      amountCents: applyWeight(durability.bonusCents, weight.scaled),
      explanation: `follow-up ${f.date} (${f.status}) ${daysAfterEnd} days after period ${period.id} ended ${period.end}: ${euros(durability.bonusCents)} × ${weightText(weight)} (rules 4 and 5)`,
    });
  });

  // Deterministic order: client, then base (on site before remote), outcome, durability.
  const kindOrder: Record<LineKind, number> = { base: 0, outcome: 1, durability: 2 };
  const subKey = (line: InvoiceLine) =>
    line.kind === 'base' ? (line.rule === 'base_day' ? line.mode : '') : line.kind === 'outcome' ? `${line.periodEnd}\u0000${line.periodId}` : `${line.followUp.date}\u0000${line.periodId}`;
  lines.sort((a, b) => compareText(a.clientId, b.clientId) || kindOrder[a.kind] - kindOrder[b.kind] || compareText(subKey(a), subKey(b)));
  const recordOrder = { attendance: 0, period: 1, followUp: 2 };
  ignored.sort((a, b) => recordOrder[a.record] - recordOrder[b.record] || a.index - b.index);

  const byKind: Record<LineKind, number> = { base: 0, outcome: 0, durability: 0 };
  for (const line of lines) byKind[line.kind] += line.amountCents;
  const totalCents = byKind.base + byKind.outcome + byKind.durability;
  if (!Number.isSafeInteger(totalCents)) throw new RangeError(`Invoice total exceeds the safe integer range: ${totalCents}`);
  return { month, totalCents, byKind, lines, ignored };
}
