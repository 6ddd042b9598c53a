// Adjustment lines: the difference per client and kind between what was approved for a month and
// what the current data says of it. Property: after any sequence of data changes and monthly
// approvals, the approved lines plus approved adjustments of each month equal computeMonth now.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/calendar/dates.ts';
import { computeMonth } from '../../../src/domain/compensation/invoice.ts';
import { seededRandom, syntheticScenario } from '../../../src/domain/compensation/synthetic.ts';
import { DESTINATIONS } from '../../../src/domain/codes.ts';
import { parseScenario, type Scenario } from '../../../src/domain/compensation/terms.ts';
import { computeAdjustments, sumByClientKind } from '../../../src/domain/invoicing/adjustments.ts';
import { regularLines, type StoredLine } from '../../../src/domain/invoicing/lines.ts';

describe('computeAdjustments', () => {
  it('adds one line per client and kind whose sums differ, naming the month it corrects', () => {
    const approved = [
      { clientId: 'a', kind: 'base' as const, amountCents: 9000 },
      { clientId: 'a', kind: 'outcome' as const, amountCents: 262500 },
      { clientId: 'b', kind: 'base' as const, amountCents: 3900 },
      { clientId: 'c', kind: 'base' as const, amountCents: 4500 },
    ];
    const current = [
      { clientId: 'a', kind: 'base' as const, amountCents: 4500 },
      { clientId: 'a', kind: 'base' as const, amountCents: 4500 },
      { clientId: 'a', kind: 'outcome' as const, amountCents: 175000, rule: 'outcome_bonus', detail: { explanation: 'now education' } },
      { clientId: 'b', kind: 'base' as const, amountCents: 8400 },
      { clientId: 'd', kind: 'durability' as const, amountCents: 50000 },
    ];
    const lines = computeAdjustments('2025-03', approved, current);
    expect(lines.map((l) => [l.clientId, l.kind, l.amountCents])).toEqual([
      ['a', 'outcome', -87500],
      ['b', 'base', 4500],
      ['c', 'base', -4500],
      ['d', 'durability', 50000],
    ]);
    for (const line of lines) expect(line).toMatchObject({ forMonth: '2025-03', rule: 'adjustment', quantity: 1, unitPriceCents: null });
    expect(lines[0].detail).toMatchObject({
      correctsMonth: '2025-03',
      approvedCents: 262500,
      currentCents: 175000,
      currentLines: [{ rule: 'outcome_bonus', amountCents: 175000, explanation: 'now education' }],
    });
    expect(lines[0].detail.explanation).toBe('correction of 2025-03 (outcome): approved 2625.00, the current data gives 1750.00: -875.00');
    expect(lines[1].detail.explanation).toMatch(/: \+45\.00$/);
  });

  it('adds nothing when nothing changed', () => {
    expect(computeAdjustments('2025-03', [{ clientId: 'a', kind: 'base', amountCents: 1 }], [{ clientId: 'a', kind: 'base', amountCents: 1 }])).toEqual([]);
    expect(computeAdjustments('2025-03', [], [])).toEqual([]);
  });
});

describe('the invariant over a year of changes', () => {
  function parsed(raw: unknown): Scenario {
    const result = parseScenario(raw);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    return result.value;
  }

  it('approved lines plus adjustments of every month equal what the data says now', () => {
    const random = seededRandom(7);
    const raw = syntheticScenario({ clients: 40, year: 2025, seed: 3 });
    const approvedLines: StoredLine[] = [];
    const approvedMonths: string[] = [];
    const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
    const ids = (s: Scenario) => ({ attendance: s.attendance.map((_, i) => `a${i}`), followUps: s.followUps.map((_, i) => `f${i}`) });

    for (const month of months) {
      // Late changes before each month's invoice: attendance added and removed in earlier months,
      // a corrected destination, a changed factor.
      if (approvedMonths.length) {
        const client = raw.clients[Math.floor(random() * raw.clients.length)];
        const lateMonth = approvedMonths[Math.floor(random() * approvedMonths.length)];
        raw.attendance.push({ client: client.id, date: addDays(`${lateMonth}-01`, Math.floor(random() * 27)), hours: 4 + Math.floor(random() * 3), mode: random() < 0.5 ? 'onsite' : 'remote' });
        raw.attendance.splice(Math.floor(random() * raw.attendance.length), 1);
        const ended = raw.periods.filter((p) => p.end !== null && p.end < `${month}-01`);
        if (ended.length) ended[Math.floor(random() * ended.length)].destination = DESTINATIONS[Math.floor(random() * DESTINATIONS.length)];
        raw.clients[Math.floor(random() * raw.clients.length)].factors = random() < 0.5 ? ['disability'] : [];
      }
      const scenario = parsed(raw);
      const lines = regularLines(computeMonth(scenario, month), ids(scenario));
      for (const earlier of approvedMonths) {
        const approved = approvedLines.filter((l) => l.forMonth === earlier);
        lines.push(...computeAdjustments(earlier, approved, regularLines(computeMonth(scenario, earlier), ids(scenario))));
      }
      approvedLines.push(...lines);
      approvedMonths.push(month);

      for (const m of approvedMonths) {
        const now = regularLines(computeMonth(scenario, m), ids(scenario));
        const norm = (list: StoredLine[]) =>
          Object.fromEntries([...sumByClientKind(list)].filter(([, v]) => v.amountCents !== 0).map(([k, v]) => [k, v.amountCents]));
        expect(norm(approvedLines.filter((l) => l.forMonth === m)), `${m} after ${month}`).toEqual(norm(now));
      }
    }
    expect(approvedLines.some((l) => l.rule === 'adjustment')).toBe(true);
  });
});
