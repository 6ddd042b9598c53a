// Rule 5: risk weight min(1 + Σ factor weights, max) on outcome and durability bonuses, rounded
// half up to a whole cent. Table: disability 0.5, mental_health 0.5, substance_abuse 0.25; max 1.75.
import { describe, expect, it } from 'vitest';
import { applyWeight, clientWeight } from '../../../src/domain/compensation/invoice.ts';
import { followUp, linesOf, month, onsite, period } from './helpers.ts';

const RISK = { factors: { disability: 0.5, mental_health: 0.5, substance_abuse: 0.25 }, max: 1.75 };
// 2025-01-10 – 2025-03-14, 64 days, open_employment (150000); follow-up 06-12 is 90 days later (50000)
const P1 = period('p1', '2025-01-10', '2025-03-14', 'open_employment');

const outcomeFor = (factors: string[], contract: Record<string, unknown> = { riskWeights: RISK }) =>
  linesOf(month({ contract, clients: [{ id: 'c1', factors }], periods: [P1] }, '2025-03'), 'outcome')[0];

describe('rule 5: risk weight', () => {
  it('is 1 without riskWeights, whatever the factors', () => {
    expect(outcomeFor(['disability', 'mental_health'], {})).toMatchObject({ weight: 1, weightFactors: [], amountCents: 150000 });
  });

  it('adds the weights of the client’s factors', () => {
    // disability: 1 + 0.5 = 1.5 → 150000 × 1.5 = 225000
    expect(outcomeFor(['disability'])).toMatchObject({ weight: 1.5, weightFactors: ['disability'], amountCents: 225000 });
    // disability + substance_abuse: 1 + 0.5 + 0.25 = 1.75 (= max, not above it) → 262500
    expect(outcomeFor(['disability', 'substance_abuse'])).toMatchObject({ weight: 1.75, amountCents: 262500 });
  });

  it('caps the weight at max, for outcome and durability bonuses alike', () => {
    // disability + mental_health: 1 + 0.5 + 0.5 = 2.0 → capped at 1.75
    // outcome 150000 × 1.75 = 262500 in March; durability 50000 × 1.75 = 87500 in June
    const parts = { contract: { riskWeights: RISK }, clients: [{ id: 'c1', factors: ['disability', 'mental_health'] }], periods: [P1], followUps: [followUp('p1', '2025-06-12', 'education')] };
    const march = linesOf(month(parts, '2025-03'), 'outcome')[0];
    expect(march).toMatchObject({ weight: 1.75, weightFactors: ['disability', 'mental_health'], amountCents: 262500 });
    expect(march.explanation).toContain('capped');
    expect(linesOf(month(parts, '2025-06'), 'durability')[0]).toMatchObject({ weight: 1.75, amountCents: 87500 });
  });

  it('ignores factors that are not in the table, known codes or not', () => {
    // martian (unknown code) and long_term_unemployed (no weight) count 0: 1 + 0.25 = 1.25 → 187500
    expect(outcomeFor(['martian', 'long_term_unemployed', 'substance_abuse'])).toMatchObject({ weight: 1.25, weightFactors: ['substance_abuse'], amountCents: 187500 });
    // only unknown factors: weight 1
    expect(outcomeFor(['martian'])).toMatchObject({ weight: 1, amountCents: 150000 });
  });

  it('counts a factor listed twice once', () => {
    expect(outcomeFor(['disability', 'disability'])).toMatchObject({ weight: 1.5, amountCents: 225000 });
  });

  it('rounds half up to a whole cent', () => {
    // 33333 × 1.5 = 49999.5 → 50000
    const contract = { riskWeights: RISK, outcomeBonusCents: { open_employment: 33333 } };
    expect(outcomeFor(['disability'], contract).amountCents).toBe(50000);
    // 33333 × 1.25 = 41666.25 → 41666
    expect(outcomeFor(['substance_abuse'], contract).amountCents).toBe(41666);
  });

  it('rounds exactly where floating point would not', () => {
    // 100 × 1.005 = 100.5 → 101, but 100 * 1.005 in floating point is 100.49999999999999 (→ 100)
    expect(100 * 1.005).toBeLessThan(100.5);
    const w1005 = { riskWeights: { factors: { other: 0.005 }, max: 2 }, outcomeBonusCents: { open_employment: 100 } };
    expect(outcomeFor(['other'], w1005).amountCents).toBe(101);
    // 0.1 + 0.2 summed exactly: 1.3; 5 × 1.3 = 6.5 → 7
    const w13 = { riskWeights: { factors: { disability: 0.1, mental_health: 0.2 }, max: 2 }, outcomeBonusCents: { open_employment: 5 } };
    expect(outcomeFor(['disability', 'mental_health'], w13)).toMatchObject({ weight: 1.3, amountCents: 7 });
  });

  it('does not weight base fees', () => {
    // disability + mental_health, one on-site day: 4500, not 4500 × 1.75
    const invoice = month(
      { contract: { riskWeights: RISK }, clients: [{ id: 'c1', factors: ['disability', 'mental_health'] }], periods: [period('p1', '2025-03-01', null)], attendance: [onsite('2025-03-03')] },
      '2025-03',
    );
    expect(invoice.totalCents).toBe(4500);
  });

  it('computes weights and products in integers', () => {
    expect(clientWeight(['disability', 'mental_health'], RISK)).toEqual({ scaled: 1_750_000, factors: ['disability', 'mental_health'], capped: true });
    expect(clientWeight([], RISK)).toEqual({ scaled: 1_000_000, factors: [], capped: false });
    expect(clientWeight(['disability'], undefined).scaled).toBe(1_000_000);
    expect(applyWeight(150000, 1_750_000)).toBe(262500);
    expect(applyWeight(33333, 1_500_000)).toBe(50000);
    expect(applyWeight(1, 1_500_000)).toBe(2); // 1.5 → 2
    expect(applyWeight(1, 1_499_999)).toBe(1); // 1.499999 → 1
    expect(applyWeight(1_000_000_000, 100_000_000)).toBe(100_000_000_000); // 10 M€ × 100, no overflow
  });
});
