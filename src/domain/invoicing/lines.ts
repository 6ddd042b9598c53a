// The lines an invoice stores: the lines of `computeMonth` for the invoiced month, and adjustment
// lines for earlier approved months (./adjustments.ts). Each keeps its explanation as JSON.
import { createHash } from 'node:crypto';
import type { IgnoredRecord, InvoiceLine, LineKind, MonthInvoice } from '../compensation/invoice.ts';
import type { Month } from './months.ts';

export type StoredRule = InvoiceLine['rule'] | 'adjustment';

export interface StoredLine {
  /** The month whose figures the line belongs to: the invoiced month, or the month an adjustment corrects. */
  forMonth: Month;
  clientId: string;
  kind: LineKind;
  rule: StoredRule;
  /** Paid days of a day-basis line, otherwise 1. */
  quantity: number;
  unitPriceCents: number | null;
  amountCents: number;
  /** Everything else the rule said, including the English `explanation`. */
  detail: { explanation: string } & Record<string, unknown>;
}

/**
 * Record ids of the input arrays given to computeMonth, to replace positions in its output.
 * Attendance records need none: an ignored one is named by its client, date, mode and hours.
 */
export interface RecordIds {
  followUps: readonly string[];
}

/** The invoiced month's lines, with follow-up positions replaced by record ids. */
export function regularLines(invoice: MonthInvoice, ids: RecordIds): StoredLine[] {
  return invoice.lines.map((line) => {
    const { kind, rule, clientId, amountCents, unitPriceCents, ...rest } = line;
    const detail: StoredLine['detail'] = { ...rest };
    if (line.rule === 'durability_bonus') {
      detail.followUp = { id: ids.followUps[line.followUp.index], date: line.followUp.date, status: line.followUp.status };
    }
    const quantity = line.rule === 'base_day' ? line.days : 1;
    return { forMonth: invoice.month, clientId, kind, rule, quantity, unitPriceCents, amountCents, detail };
  });
}

/**
 * An ignored record as stored: positions in the input arrays replaced by record ids (a period's
 * and a follow-up's own id; an attendance record is named by its client, date, mode and hours,
 * and `paidBy` by the mode of the record that pays the day).
 */
export type StoredIgnored = Omit<IgnoredRecord, 'index' | 'paidBy'> & { recordId?: string; paidBy?: string };

export interface IgnoredSummary {
  /** How many records of the month did not count, by reason. */
  counts: Record<string, number>;
  /**
   * The records themselves, except `duplicate_date`: another record already pays that day, so the
   * day is paid, and with several records a day they would be most of the list.
   */
  records: StoredIgnored[];
}

export function summariseIgnored(ignored: readonly IgnoredRecord[], ids: RecordIds, periodIds: readonly string[]): IgnoredSummary {
  const counts: Record<string, number> = {};
  const records: StoredIgnored[] = [];
  for (const record of ignored) {
    counts[record.reason] = (counts[record.reason] ?? 0) + 1;
    if (record.reason === 'duplicate_date') continue;
    const { index, paidBy, ...rest } = record as IgnoredRecord & { paidBy?: number };
    if (record.record === 'attendance') {
      records.push(rest as StoredIgnored);
      continue;
    }
    const table = record.record === 'followUp' ? ids.followUps : periodIds;
    records.push({
      ...rest,
      detail: record.detail.replace(/followUps\[(\d+)\]/g, (_, i) => `follow-up ${ids.followUps[Number(i)] ?? i}`),
      recordId: table[index],
      ...(paidBy !== undefined ? { paidBy: table[paidBy] } : {}),
    } as StoredIgnored);
  }
  // An order that does not depend on the order of the input records.
  const key = (r: StoredIgnored) => {
    const x = r as StoredIgnored & { date?: string; mode?: string; hours?: number; periodId?: string; end?: string };
    return `${r.record}\u0000${r.clientId}\u0000${x.date ?? x.end ?? ''}\u0000${x.periodId ?? ''}\u0000${x.mode ?? ''}\u0000${String(x.hours ?? '').padStart(6, '0')}\u0000${r.reason}`;
  };
  records.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { counts, records };
}

export interface InvoiceTotals {
  baseCents: number;
  outcomeCents: number;
  durabilityCents: number;
  adjustmentCents: number;
  totalCents: number;
}

/** Regular lines by kind; every adjustment, whatever its kind, under `adjustmentCents`. */
export function invoiceTotals(lines: readonly StoredLine[], month: Month): InvoiceTotals {
  const totals: InvoiceTotals = { baseCents: 0, outcomeCents: 0, durabilityCents: 0, adjustmentCents: 0, totalCents: 0 };
  for (const line of lines) {
    if (line.forMonth !== month) totals.adjustmentCents += line.amountCents;
    else if (line.kind === 'base') totals.baseCents += line.amountCents;
    else if (line.kind === 'outcome') totals.outcomeCents += line.amountCents;
    else totals.durabilityCents += line.amountCents;
    totals.totalCents += line.amountCents;
  }
  if (!Number.isSafeInteger(totals.totalCents)) throw new RangeError(`Invoice total exceeds the safe integer range: ${totals.totalCents}`);
  return totals;
}

/** JSON with object keys sorted, so that equal content always gives equal text. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => stableStringify(v === undefined ? null : v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A fingerprint of the lines and terms: equal iff the invoice would say exactly the same. */
export function invoiceDigest(lines: readonly StoredLine[], terms: unknown): string {
  return createHash('sha256').update(stableStringify({ lines, terms })).digest('hex');
}
