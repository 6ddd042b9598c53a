import { describe, expect, it } from 'vitest';
import { computeMonth } from '../../../src/domain/compensation/invoice.ts';
import { parseScenario } from '../../../src/domain/compensation/terms.ts';
import { invoiceDigest, invoiceTotals, regularLines, stableStringify, summariseIgnored } from '../../../src/domain/invoicing/lines.ts';
import { termsForMonth } from '../../../src/domain/invoicing/terms-in-force.ts';
import { addMonthsToMonth, monthOf, monthStart } from '../../../src/domain/invoicing/months.ts';

const parsed = parseScenario({
  contract: { id: 'K', start: '2025-01-01', end: null, basis: 'day', dayPriceCents: 4500, remoteDayPriceCents: 3900, outcomeBonusCents: { education: 100000 }, durability: { days: 90, bonusCents: 50000, statuses: ['education'] } },
  clients: [{ id: 'c1', factors: [] }],
  periods: [{ id: 'p1', client: 'c1', start: '2025-01-01', end: '2025-03-31', destination: 'education' }],
  attendance: [
    { client: 'c1', date: '2025-07-01', hours: 4, mode: 'onsite' },
    { client: 'c1', date: '2025-03-03', hours: 4, mode: 'remote' },
    { client: 'c1', date: '2025-03-03', hours: 4, mode: 'onsite' },
    { client: 'c1', date: '2025-03-04', hours: 1, mode: 'onsite' },
  ],
  followUps: [{ client: 'c1', period: 'p1', date: '2025-07-01', status: 'education' }],
});
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const scenario = parsed.value;
const ids = { followUps: ['F0'] };

describe('stored lines', () => {
  it('keep computeMonth’s lines, with record positions replaced by ids', () => {
    const march = regularLines(computeMonth(scenario, '2025-03'), ids);
    expect(march.map((l) => [l.forMonth, l.kind, l.rule, l.quantity, l.unitPriceCents, l.amountCents])).toEqual([
      ['2025-03', 'base', 'base_day', 1, 4500, 4500],
      ['2025-03', 'outcome', 'outcome_bonus', 1, 100000, 100000],
    ]);
    expect(march[0].detail).toMatchObject({ mode: 'onsite', dates: ['2025-03-03'] });
    expect(march[0].detail.explanation).toMatch(/1 paid on-site day/);
    const july = regularLines(computeMonth(scenario, '2025-07'), ids);
    const durability = july.find((l) => l.rule === 'durability_bonus')!;
    expect(durability.detail.followUp).toEqual({ id: 'F0', date: '2025-07-01', status: 'education' });
  });

  it('summarise the ignored records, duplicates only as a count', () => {
    const july = summariseIgnored(computeMonth(scenario, '2025-09').ignored, ids, ['p1']);
    expect(july).toEqual({ counts: {}, records: [] });
    const march = computeMonth(scenario, '2025-03');
    const summary = summariseIgnored(march.ignored, ids, ['p1']);
    expect(summary.counts).toEqual({ duplicate_date: 1, short_hours: 1 });
    expect(summary.records).toEqual([{ record: 'attendance', clientId: 'c1', date: '2025-03-04', hours: 1, mode: 'onsite', reason: 'short_hours', detail: '1 h < minHours 3' }]);
    expect(JSON.stringify(summary)).not.toMatch(/"index"/);
  });

  it('total by kind, adjustments apart, and fingerprint equal content alike', () => {
    const lines = regularLines(computeMonth(scenario, '2025-03'), ids);
    const adjustment = { ...lines[0], forMonth: '2025-02', rule: 'adjustment' as const, amountCents: -100 };
    expect(invoiceTotals([...lines, adjustment], '2025-03')).toEqual({ baseCents: 4500, outcomeCents: 100000, durabilityCents: 0, adjustmentCents: -100, totalCents: 104400 });
    expect(stableStringify({ b: 1, a: [{ d: 1, c: undefined }] })).toBe('{"a":[{"d":1}],"b":1}');
    expect(invoiceDigest(lines, { x: 1, y: 2 })).toBe(invoiceDigest(JSON.parse(JSON.stringify(lines)), { y: 2, x: 1 }));
    expect(invoiceDigest(lines, {})).not.toBe(invoiceDigest([...lines, adjustment], {}));
  });
});

describe('terms in force', () => {
  const contract = { startDate: '2025-01-01', terms: 'base' };
  const amendments = [
    { id: 'b', effectiveFrom: '2025-06-16', terms: 'remote' },
    { id: 'a', effectiveFrom: '2025-03-01', terms: 'first' },
  ];
  it('are the latest amendment effective on or before the month’s first day', () => {
    expect(termsForMonth(contract, amendments, '2025-02')).toEqual({ amendmentId: null, effectiveFrom: '2025-01-01', terms: 'base' });
    expect(termsForMonth(contract, amendments, '2025-03').terms).toBe('first');
    expect(termsForMonth(contract, amendments, '2025-06').terms).toBe('first');
    expect(termsForMonth(contract, amendments, '2025-07')).toEqual({ amendmentId: 'b', effectiveFrom: '2025-06-16', terms: 'remote' });
  });
  it('months', () => {
    expect(monthStart('2025-03')).toBe('2025-03-01');
    expect(monthOf('2025-03-31')).toBe('2025-03');
    expect(addMonthsToMonth('2025-01', -1)).toBe('2024-12');
    expect(addMonthsToMonth('2025-12', 1)).toBe('2026-01');
    expect(() => monthStart('2025-13')).toThrow(RangeError);
  });
});
