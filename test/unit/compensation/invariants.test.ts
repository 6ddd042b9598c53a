// Properties that hold for any scenario, checked on a synthetic year: every record of a month is
// accounted for exactly once (paid or ignored), totals add up, at most one durability bonus per
// period, outcome bonuses of a client at least bonusWindowDays apart. And the speed guard.
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../src/domain/calendar/dates.ts';
import { computeMonth, type MonthInvoice } from '../../../src/domain/compensation/invoice.ts';
import { syntheticScenario } from '../../../src/domain/compensation/synthetic.ts';
import { parseScenario, type Scenario } from '../../../src/domain/compensation/terms.ts';

function parsed(clients: number, seed: number): Scenario {
  const result = parseScenario(syntheticScenario({ clients, year: 2025, seed }));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);

describe('invariants on a synthetic year', () => {
  const scenario = parsed(60, 11);
  const invoices = new Map<string, MonthInvoice>(MONTHS.map((m) => [m, computeMonth(scenario, m)]));

  it('adds up the lines', () => {
    for (const invoice of invoices.values()) {
      const sum = (kind: string) => invoice.lines.filter((l) => l.kind === kind).reduce((s, l) => s + l.amountCents, 0);
      expect(invoice.byKind).toEqual({ base: sum('base'), outcome: sum('outcome'), durability: sum('durability') });
      expect(invoice.totalCents).toBe(invoice.byKind.base + invoice.byKind.outcome + invoice.byKind.durability);
    }
  });

  it('accounts for every attendance row, period end and follow-up of the month exactly once', () => {
    for (const [month, invoice] of invoices) {
      const inMonth = (date: string | null) => date !== null && date.startsWith(month);
      const paidDays = invoice.lines.reduce((s, l) => s + (l.kind === 'base' ? l.days : 0), 0);
      const ignoredRows = invoice.ignored.filter((r) => r.record === 'attendance');
      expect(new Set(ignoredRows.map((r) => r.index)).size).toBe(ignoredRows.length);
      expect(paidDays + ignoredRows.length).toBe(scenario.attendance.filter((a) => inMonth(a.date)).length);

      const endedIds = scenario.periods.filter((p) => inMonth(p.end)).map((p) => p.id).sort();
      const outcomeIds = invoice.lines.flatMap((l) => (l.kind === 'outcome' ? [l.periodId] : []));
      const ignoredPeriods = invoice.ignored.flatMap((r) => (r.record === 'period' ? [r.periodId] : []));
      expect([...outcomeIds, ...ignoredPeriods].sort()).toEqual(endedIds);

      const followUpIdx = scenario.followUps.flatMap((f, i) => (inMonth(f.date) ? [i] : []));
      const paidIdx = invoice.lines.flatMap((l) => (l.kind === 'durability' ? [l.followUp.index] : []));
      const ignoredIdx = invoice.ignored.flatMap((r) => (r.record === 'followUp' ? [r.index] : []));
      expect([...paidIdx, ...ignoredIdx].sort((a, b) => a - b)).toEqual(followUpIdx);
    }
  });

  it('pays at most one durability bonus per period, and outcome bonuses a window apart', () => {
    const lines = [...invoices.values()].flatMap((i) => i.lines);
    const durable = lines.flatMap((l) => (l.kind === 'durability' ? [l.periodId] : []));
    expect(new Set(durable).size).toBe(durable.length);
    const outcomes = lines.flatMap((l) => (l.kind === 'outcome' ? [l] : []));
    expect(outcomes.length).toBeGreaterThan(5);
    const byClient = new Map<string, typeof outcomes>();
    for (const line of outcomes) byClient.set(line.clientId, [...(byClient.get(line.clientId) ?? []), line]);
    for (const list of byClient.values()) {
      for (let i = 1; i < list.length; i++) expect(daysBetween(list[i - 1].periodEnd, list[i].periodEnd)).toBeGreaterThanOrEqual(scenario.contract.bonusWindowDays);
    }
  });

  it('lists a paid date once per client', () => {
    for (const invoice of invoices.values()) {
      const seen = new Set<string>();
      for (const line of invoice.lines) {
        if (line.kind !== 'base') continue;
        const dates = line.rule === 'base_day' ? line.dates : [...line.onsiteDates, ...line.remoteDates];
        for (const date of dates) {
          const key = `${line.clientId} ${date}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
      }
    }
  });
});

describe('speed', () => {
  it('computes a month of 1,000 clients with a year of attendance well within a second', () => {
    // ≈ 250,000 attendance rows. On a quiet machine a month takes some tens of milliseconds; the
    // bound is generous for loaded CI machines and still catches anything quadratic.
    const scenario = parsed(1000, 20250101);
    expect(scenario.attendance.length).toBeGreaterThan(240_000);
    computeMonth(scenario, '2025-05'); // warm-up
    const started = performance.now();
    const invoice = computeMonth(scenario, '2025-06');
    const elapsed = performance.now() - started;
    expect(invoice.lines.length).toBeGreaterThan(1000);
    expect(elapsed).toBeLessThan(1000);
  });
});
