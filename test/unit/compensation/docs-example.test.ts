// The worked example of docs/compensation.md, read from the document itself, so that the figures
// in the text are the figures of the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeMonth } from '../../../src/domain/compensation/invoice.ts';
import { parseScenario, parseTerms } from '../../../src/domain/compensation/terms.ts';

const doc = readFileSync(new URL('../../../docs/compensation.md', import.meta.url), 'utf8');
const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('docs/compensation.md', () => {
  it('shows valid terms', () => {
    expect(parseTerms(JSON.parse(jsonBlocks[0])).ok).toBe(true);
  });

  it('computes the worked example as the text says', () => {
    const parsed = parseScenario(JSON.parse(jsonBlocks[1]));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const march = computeMonth(parsed.value, '2025-03');
    // anna 2 × 4500 = 9000; ben 4500 + 2 × 3900 = 12300; outcome 150000 × 1.75 = 262500
    expect(march.byKind).toEqual({ base: 21300, outcome: 262500, durability: 0 });
    expect(march.totalCents).toBe(283800);
    expect(march.lines.map((l) => [l.clientId, l.rule, l.amountCents])).toEqual([
      ['anna', 'base_day', 9000],
      ['anna', 'outcome_bonus', 262500],
      ['ben', 'base_day', 4500],
      ['ben', 'base_day', 7800],
    ]);
    expect(march.ignored.map((r) => [r.index, r.reason])).toEqual([
      [1, 'short_hours'],
      [2, 'duplicate_date'],
      [4, 'outside_period'],
      [7, 'duplicate_date'],
    ]);
    // 500,00 € × 1.75 in June
    const june = computeMonth(parsed.value, '2025-06');
    expect(june.totalCents).toBe(87500);
    expect(JSON.parse(jsonBlocks[2])).toEqual(JSON.parse(JSON.stringify(june)));
    const september = computeMonth(parsed.value, '2025-09');
    expect(september.totalCents).toBe(0);
    expect(september.ignored.map((r) => [r.index, r.reason])).toEqual([[1, 'durability_already_paid']]);
  });
});
