// Hand-computed cases for the building blocks of the effectiveness measures.
import { describe, expect, it } from 'vitest';
import { kaplanMeier, survivalAt } from '../../../src/domain/analytics/kaplan-meier.ts';
import { compareRates, oddsRatio, wilson } from '../../../src/domain/analytics/proportion.ts';
import { suppressionPlan } from '../../../src/domain/analytics/suppression.ts';
import { rateRows } from '../../../src/domain/analytics/tables.ts';
import { ageGroup, unemploymentGroup } from '../../../src/domain/analytics/definitions.ts';

describe('Wilson interval', () => {
  it('8 of 10: 0.8 within 0.490–0.943', () => {
    const r = wilson(8, 10);
    expect(r.rate).toBe(0.8);
    expect(r.lower).toBeCloseTo(0.4902, 4);
    expect(r.upper).toBeCloseTo(0.9433, 4);
  });
  it('0 of 20 touches 0 and reaches 0.161; 20 of 20 touches 1', () => {
    expect(wilson(0, 20).lower).toBe(0);
    expect(wilson(0, 20).upper).toBeCloseTo(0.1611, 4);
    expect(wilson(20, 20).upper).toBe(1);
  });
  it('an empty group has no rate; impossible counts are refused', () => {
    expect(wilson(0, 0).rate).toBeNull();
    expect(() => wilson(3, 2)).toThrow(RangeError);
    expect(() => wilson(1.5, 2)).toThrow(RangeError);
  });
});

describe('comparing two rates (Newcombe)', () => {
  it('56/70 against 48/80: difference 0.2 within 0.0524–0.3339 (Newcombe 1998, example)', () => {
    const c = compareRates(wilson(56, 70), wilson(48, 80))!;
    expect(c.difference).toBeCloseTo(0.2, 10);
    expect(c.lower).toBeCloseTo(0.0524, 4);
    expect(c.upper).toBeCloseTo(0.3339, 4);
    expect(c.withinNoise).toBe(false);
  });
  it('says when a difference is within noise', () => {
    expect(compareRates(wilson(5, 10), wilson(4, 10))!.withinNoise).toBe(true);
    expect(compareRates(wilson(0, 0), wilson(4, 10))).toBeNull();
  });
});

describe('odds ratio', () => {
  it('20/10 against 10/30: 6 within 2.11–17.03 (Woolf)', () => {
    const or = oddsRatio(20, 10, 10, 30)!;
    expect(or.oddsRatio).toBeCloseTo(6, 10);
    expect(or.lower).toBeCloseTo(2.1137, 3);
    expect(or.upper).toBeCloseTo(17.032, 2);
    expect(or.corrected).toBe(false);
  });
  it('adds 0.5 to every cell when one is empty', () => {
    const or = oddsRatio(5, 0, 3, 4)!;
    expect(or.corrected).toBe(true);
    expect(or.oddsRatio).toBeCloseTo((5.5 * 4.5) / (0.5 * 3.5), 10);
    expect(oddsRatio(0, 0, 3, 4)).toBeNull();
  });
});

describe('Kaplan–Meier by hand', () => {
  // Times 1, 2+, 3, 3, 4+, 5: S(1) = 5/6; S(3) = 5/6 × (1 − 2/4) = 5/12; S(5) = 0.
  const curve = kaplanMeier([
    { time: 1, event: true },
    { time: 2, event: false },
    { time: 3, event: true },
    { time: 3, event: true },
    { time: 4, event: false },
    { time: 5, event: true },
  ]);
  it('steps down at events only', () => {
    expect(curve.steps.map((s) => [s.time, s.nRisk, s.nEvent, s.nCensor])).toEqual([
      [1, 6, 1, 0],
      [2, 5, 0, 1],
      [3, 4, 2, 0],
      [4, 2, 0, 1],
      [5, 1, 1, 0],
    ]);
    expect(survivalAt(curve, 2)).toBeCloseTo(5 / 6, 12);
    expect(survivalAt(curve, 3)).toBeCloseTo(5 / 12, 12);
    expect(survivalAt(curve, 5)).toBe(0);
    expect(curve.median).toBe(3);
    expect(curve.events).toBe(4);
  });
  it('aggregated counts give the same curve', () => {
    const grouped = kaplanMeier([
      { time: 1, event: true },
      { time: 2, event: false },
      { time: 3, event: true, count: 2 },
      { time: 4, event: false },
      { time: 5, event: true },
    ]);
    expect(grouped.steps).toEqual(curve.steps);
  });
  it('a curve lying exactly at 0.5 has the midpoint as its median, as survfit', () => {
    const flat = kaplanMeier([1, 2, 3, 4].map((time) => ({ time, event: true })));
    expect(flat.median).toBe(2.5);
  });
});

describe('suppression', () => {
  it('hides groups of 1–4 clients and, in a partition, one more so that the total does not reveal it', () => {
    expect(suppressionPlan([{ clients: 3 }, { clients: 12 }, { clients: 7 }, { clients: 0 }])).toEqual(['small', null, 'complementary', null]);
  });
  it('two hidden groups that together reach the threshold need nothing more', () => {
    expect(suppressionPlan([{ clients: 3 }, { clients: 4 }, { clients: 9 }])).toEqual(['small', 'small', null]);
  });
  it('two hidden groups that together stay below the threshold get a third', () => {
    expect(suppressionPlan([{ clients: 1 }, { clients: 2 }, { clients: 9 }, { clients: 6 }])).toEqual(['small', 'small', null, 'complementary']);
  });
  it('overlapping groups only get the primary rule', () => {
    expect(suppressionPlan([{ clients: 3 }, { clients: 12 }], 5, false)).toEqual(['small', null]);
  });
  it('the threshold is configurable', () => {
    expect(suppressionPlan([{ clients: 7 }, { clients: 12 }, { clients: 30 }], 10)).toEqual(['small', 'complementary', null]);
  });
  it('rate rows carry no numbers for hidden groups, and all numbers for viewers who may see individuals', () => {
    const groups = [
      { key: 'a', clients: 3, n: 3, count: 1 },
      { key: 'b', clients: 20, n: 22, count: 11 },
      { key: 'c', clients: 8, n: 8, count: 2 },
    ];
    const total = { key: 'total', clients: 31, n: 33, count: 14 };
    const hidden = rateRows(groups, total, { suppress: true, minGroup: 5 }, true);
    expect(hidden.rows.map((r) => [r.key, r.suppressed, r.clients, r.rate])).toEqual([
      ['a', 'small', null, null],
      ['b', null, 20, wilson(11, 22)],
      ['c', 'complementary', null, null],
    ]);
    expect(hidden.total.rate).toEqual(wilson(14, 33));
    const open = rateRows(groups, total, { suppress: false, minGroup: 5 }, true);
    expect(open.rows.every((r) => r.suppressed === null && r.rate !== null)).toBe(true);
  });
});

describe('client groups', () => {
  it('age groups', () => {
    expect([17, 24, 25, 29, 30, 59, 60, 67].map(ageGroup)).toEqual(['under_25', 'under_25', '25_29', '25_29', '30_39', '50_59', '60_plus', '60_plus']);
  });
  it('unemployment length', () => {
    expect(unemploymentGroup(false, null)).toBe('not_long_term');
    expect(unemploymentGroup(true, null)).toBe('long_term_unknown');
    expect([12, 23, 24, 35, 36].map((m) => unemploymentGroup(true, m))).toEqual(['months_12_23', 'months_12_23', 'months_24_35', 'months_24_35', 'months_36_plus']);
  });
});
