// The observed-against-expected model on small hand-made pattern sets.
import { describe, expect, it } from 'vitest';
import { columnNames, designFor, encode, fitOutcomeModel, observedAgainstExpected, suggestedRiskWeights, type OutcomePattern } from '../../../src/domain/analytics/model.ts';

const base = { unemployment: 'not_long_term', referrer: 'employment_area', serviceKind: 'rehabilitative_work_1a' };
const patterns: OutcomePattern[] = [
  { ...base, ageGroup: '30_39', factors: [], group: 'A', trials: 40, successes: 20 },
  { ...base, ageGroup: '30_39', factors: ['mental_health'], group: 'A', trials: 10, successes: 2 },
  { ...base, ageGroup: 'under_25', factors: [], group: 'B', trials: 20, successes: 12 },
  { ...base, ageGroup: 'under_25', factors: ['mental_health'], group: 'B', trials: 30, successes: 6 },
];

describe('the model design', () => {
  it('takes the most common level as the reference and drops variables without variation', () => {
    const design = designFor(patterns);
    expect(design.categorical.find((c) => c.variable === 'ageGroup')).toEqual({ variable: 'ageGroup', reference: '30_39', levels: ['under_25'] });
    expect(design.categorical.find((c) => c.variable === 'referrer')!.levels).toEqual([]);
    expect(design.factors).toEqual(['mental_health']);
    expect(columnNames(design)).toEqual(['ageGroup:under_25', 'factor:mental_health']);
    expect(encode(design, patterns[3])).toEqual([1, 1]);
  });
  it('leaves long-term unemployment to the unemployment-length groups (the same information twice would be collinear)', () => {
    const withLtu = patterns.map((p, i) => ({ ...p, factors: i % 2 ? [...p.factors, 'long_term_unemployed'] : p.factors, unemployment: i % 2 ? 'months_12_23' : 'not_long_term' }));
    const design = designFor(withLtu);
    expect(design.factors).toEqual(['mental_health']);
    expect(design.categorical.find((c) => c.variable === 'unemployment')!.levels).toHaveLength(1);
  });
});

describe('rare levels', () => {
  it('are pooled with the reference instead of getting a coefficient that would run off to infinity', () => {
    const rare: OutcomePattern[] = [...patterns, { ...base, ageGroup: '60_plus', factors: ['substance_abuse'], group: 'B', trials: 6, successes: 0 }];
    const design = designFor(rare);
    expect(design.categorical.find((c) => c.variable === 'ageGroup')!.levels).toEqual(['under_25']);
    expect(design.factors).toEqual(['mental_health']);
    const model = fitOutcomeModel(rare);
    expect(model.fit.converged).toBe(true);
    for (const c of model.fit.coefficients) expect(Math.abs(c.estimate)).toBeLessThan(5);
  });
});

describe('observed against expected', () => {
  const model = fitOutcomeModel(patterns);
  const rows = observedAgainstExpected(model, patterns);

  it('expected successes add up to the observed ones over everyone (a property of the fit)', () => {
    const expected = rows.reduce((s, r) => s + r.expected * r.observed.n, 0);
    expect(expected).toBeCloseTo(40, 6);
  });

  it('a provider whose clients are harder is expected to reach less', () => {
    const a = rows.find((r) => r.group === 'A')!;
    const b = rows.find((r) => r.group === 'B')!;
    expect(a.observed.rate).toBeCloseTo(22 / 50, 12);
    expect(b.observed.rate).toBeCloseTo(18 / 50, 12);
    // B serves mostly clients with a mental-health factor: its expected rate is lower than A's.
    expect(b.expected).toBeLessThan(a.expected);
    expect(a.ratio).toBeCloseTo(a.observed.rate! / a.expected, 12);
    expect(a.ratioLower! < a.ratio! && a.ratio! < a.ratioUpper!).toBe(true);
  });

  it('suggests a risk weight for a factor that lowers the odds clearly', () => {
    const weights = suggestedRiskWeights(model);
    const coefficient = model.fit.coefficients.find((c) => c.name === 'factor:mental_health')!;
    expect(coefficient.estimate).toBeLessThan(0);
    expect(weights.factors.mental_health).toBeCloseTo(Math.round((Math.exp(-coefficient.estimate) - 1) * 20) / 20, 10);
    expect(weights.max).toBe(1.75);
  });
});
