// Hand-computed cases: descriptive statistics, small-group suppression, cross-tabulation, NPS.
import { describe, expect, it } from 'vitest';
import {
  chiSquareTest,
  crossTabulate,
  describe as describeValues,
  frequencies,
  groupBreakdown,
  mean,
  median,
  netPromoterScore,
  npsDifference,
  npsFromCounts,
  sd,
} from '../../../src/domain/stats/index.ts';

describe('mean, sd and median', () => {
  it('computes them by hand', () => {
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    // Σ(x − 5)² = 32, n − 1 = 7
    expect(sd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
    expect(sd([3])).toBeNaN();
  });

  it('skips missing values and counts them', () => {
    const d = describeValues([1, null, 3, undefined, Number.NaN, 5]);
    expect(d).toMatchObject({ n: 3, missing: 3, mean: 3, sd: 2, median: 3, min: 1, max: 5 });
  });
});

describe('frequencies', () => {
  it('gives counts, percentages and valid percentages, with unchosen levels', () => {
    const f = frequencies([1, 2, 2, 5, null, 2, 1, 5, 5, 5], [1, 2, 3, 4, 5]);
    expect(f).toMatchObject({ total: 10, n: 9, missing: 1 });
    expect(f.rows.map((r) => [r.value, r.count])).toEqual([[1, 2], [2, 3], [3, 0], [4, 0], [5, 4]]);
    expect(f.rows[4].percent).toBeCloseTo(40, 12);
    expect(f.rows[4].validPercent).toBeCloseTo(400 / 9, 12);
  });

  it('orders unlisted categories naturally', () => {
    expect(frequencies(['b', 'a10', 'a9', 'b']).rows.map((r) => r.value)).toEqual(['a9', 'a10', 'b']);
  });
});

describe('group breakdowns hide groups smaller than 5 respondents', () => {
  it('suppresses a small group and tells nothing of it but that it is hidden', () => {
    const values = [...Array(6).fill(3), ...Array(7).fill(4), ...[1, 2, 5, 5]];
    const groups = [...Array(6).fill('north'), ...Array(7).fill('south'), ...Array(4).fill('west')];
    const b = groupBreakdown(values, groups);
    const west = b.groups.find((g) => g.group === 'west')!;
    expect(west).toEqual({ group: 'west', suppressed: true });
    expect(Object.keys(west)).not.toContain('n');
    expect(Object.keys(west)).not.toContain('mean');
    // Only 4 hidden respondents would be "total minus the shown groups": the smallest shown group goes too.
    expect(b.groups.find((g) => g.group === 'north')).toEqual({ group: 'north', suppressed: true });
    expect(b.groups.find((g) => g.group === 'south')).toMatchObject({ suppressed: false, n: 7, mean: 4, median: 4 });
    expect(b.suppressedGroups).toBe(2);
    expect(b.total).toMatchObject({ n: 17 });
  });

  it('shows groups of exactly 5 and needs no secondary suppression when nothing is hidden', () => {
    const b = groupBreakdown([1, 2, 3, 4, 5, 2, 2, 2, 2, 2], ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'b']);
    expect(b.suppressedGroups).toBe(0);
    expect(b.groups).toEqual([
      { group: 'a', suppressed: false, n: 5, mean: 3, sd: Math.sqrt(2.5), median: 3 },
      { group: 'b', suppressed: false, n: 5, mean: 2, sd: 0, median: 2 },
    ]);
  });

  it('counts only respondents who answered, and hides those without a group if few', () => {
    const b = groupBreakdown([1, 1, 1, 1, null, 2, 2, 2, 2, 2, 2, 3], ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'b', 'b', null]);
    expect(b.groups[0]).toEqual({ group: 'a', suppressed: true }); // 4 answered
    // hidden: 4 of a + 1 without a group = 5, enough: b stays
    expect(b.groups[1]).toMatchObject({ group: 'b', suppressed: false, n: 6 });
  });

  it('hides the total of fewer than 5 respondents', () => {
    expect(groupBreakdown([1, 2, 3], ['a', 'a', 'b']).total).toBeNull();
  });

  it('accepts a custom threshold', () => {
    const b = groupBreakdown([1, 2, 3, 4], ['a', 'a', 'b', 'b'], { minGroupSize: 2 });
    expect(b.groups.every((g) => !g.suppressed)).toBe(true);
  });
});

describe('cross-tabulation and chi-square', () => {
  it('computes a 2 × 2 table by hand', () => {
    // rows 30 and 70, columns 40 and 60, N = 100: expected 12, 18, 28, 42
    // χ² = 4/12 + 4/18 + 4/28 + 4/42 = 0.793650…; R: chisq.test(correct = FALSE) p = 0.372998483613487
    const t = chiSquareTest([
      [10, 20],
      [30, 40],
    ])!;
    expect(t.chisq).toBeCloseTo(4 / 12 + 4 / 18 + 4 / 28 + 4 / 42, 12);
    expect(t.df).toBe(1);
    expect(t.p).toBeCloseTo(0.372998483613487, 9);
    expect(t.cramersV).toBeCloseTo(Math.sqrt(t.chisq / 100), 12);
  });

  it('matches R on a 2 × 3 table', () => {
    // R: chisq.test(matrix(c(12, 5, 7, 9, 3, 14), 2), correct = FALSE)
    const t = chiSquareTest([
      [12, 7, 3],
      [5, 9, 14],
    ])!;
    expect(t.chisq).toBeCloseTo(9.66923701298701, 9);
    expect(t.df).toBe(2);
    expect(t.p).toBeCloseTo(0.00794972051330087, 9);
    expect(t.lowExpectedCells).toBe(0);
  });

  it('tabulates raw answers, leaves out missing, hides small row groups and tests the rest', () => {
    const rows = ['m', 'm', 'm', 'm', 'm', 'f', 'f', 'f', 'f', 'f', 'f', 'x', null];
    const cols = ['yes', 'no', 'yes', 'yes', 'no', 'no', 'no', 'yes', 'no', 'no', null, 'yes', 'yes'];
    const t = crossTabulate(rows, cols);
    expect(t.rows).toEqual(['f', 'm']);
    expect(t.columns).toEqual(['no', 'yes']);
    expect(t.counts).toEqual([
      [4, 1],
      [2, 3],
    ]);
    expect(t.suppressedRows).toBe(1);
    expect(t.n).toBe(10);
    expect(t.rowPercent[0]).toEqual([80, 20]);
    expect(t.test!.df).toBe(1);
    expect(crossTabulate(rows, cols, { minGroupSize: 0 }).rows).toEqual(['f', 'm', 'x']);
  });

  it('has no test for a single row or column', () => {
    expect(chiSquareTest([[3, 4]])).toBeNull();
  });
});

describe('Net Promoter Score', () => {
  it("gives Tampere's remote-service NPS: 55.2 % promoters, 11.6 % detractors → 43.6", () => {
    const r = npsFromCounts({ promoters: 138, passives: 83, detractors: 29 });
    expect(r.n).toBe(250);
    expect(r.promoterPercent).toBeCloseTo(55.2, 10);
    expect(r.detractorPercent).toBeCloseTo(11.6, 10);
    expect(r.nps).toBeCloseTo(43.6, 10);
    // Adjusted Wald: ñ = 253, p̃P = 138.75/253, p̃D = 29.75/253, interval p̃P − p̃D ± 1.96 √((p̃P + p̃D − (p̃P − p̃D)²)/ñ)
    expect(r.ci.lower).toBeCloseTo(34.5424, 3);
    expect(r.ci.upper).toBeCloseTo(51.6236, 3);
  });

  it('classifies 0–10 answers: 9–10 promoters, 7–8 passives, 0–6 detractors', () => {
    const r = netPromoterScore([10, 9, 8, 7, 6, 0, null, 10]);
    expect(r).toMatchObject({ promoters: 3, passives: 2, detractors: 2, n: 7 });
    expect(r.nps).toBeCloseTo((100 * 1) / 7, 10);
    expect(() => netPromoterScore([11])).toThrow(RangeError);
    expect(() => netPromoterScore([7.5])).toThrow(RangeError);
  });

  it('gives the change between two rounds with an interval', () => {
    const d = npsDifference({ promoters: 50, passives: 30, detractors: 20 }, { promoters: 138, passives: 83, detractors: 29 });
    expect(d.earlier.nps).toBeCloseTo(30, 10);
    expect(d.difference).toBeCloseTo(13.6, 10);
    // (ÑPS₂ − ÑPS₁) ± 1.96 √(Var₁ + Var₂), computed by hand
    expect(d.ci.lower).toBeCloseTo(-3.3695, 3);
    expect(d.ci.upper).toBeCloseTo(31.2831, 3);
  });

  it('keeps the interval inside −100…100', () => {
    const r = npsFromCounts({ promoters: 5, passives: 0, detractors: 0 });
    expect(r.nps).toBe(100);
    expect(r.ci.upper).toBeLessThanOrEqual(100);
    expect(r.ci.lower).toBeGreaterThan(0);
  });
});
