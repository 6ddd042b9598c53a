// Kaplan–Meier and logistic regression against R (test/reference/analytics/make-reference.R:
// survival::survfit with its default log interval, and glm(family = binomial)).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kaplanMeier } from '../../../src/domain/analytics/kaplan-meier.ts';
import { fitLogistic, type BinomialRow } from '../../../src/domain/analytics/logistic.ts';

const here = new URL('../../reference/analytics/', import.meta.url);
const ref = JSON.parse(readFileSync(new URL('reference.json', here), 'utf8'));
const csv = (name: string) =>
  readFileSync(new URL(name, here), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').map(Number));

describe('Kaplan–Meier against survival::survfit', () => {
  const curve = kaplanMeier(csv('km.csv').map(([time, event]) => ({ time, event: event === 1 })));
  const r = ref.survfit;

  it('has the same steps, numbers at risk, events and censorings', () => {
    expect(curve.steps.map((s) => s.time)).toEqual(r.time);
    expect(curve.steps.map((s) => s.nRisk)).toEqual(r.nRisk);
    expect(curve.steps.map((s) => s.nEvent)).toEqual(r.nEvent);
    expect(curve.steps.map((s) => s.nCensor)).toEqual(r.nCensor);
  });

  it('gives the same survival, Greenwood standard error and log interval', () => {
    curve.steps.forEach((s, i) => {
      expect(s.survival).toBeCloseTo(r.survival[i], 10);
      expect(s.stdError).toBeCloseTo(r.stdError[i], 10);
      expect(s.lower).toBeCloseTo(r.lower[i], 10);
      expect(s.upper).toBeCloseTo(r.upper[i], 10);
    });
  });

  it('gives the same median', () => {
    expect(curve.median).toBe(r.median);
  });
});

describe('logistic regression against glm(family = binomial)', () => {
  const rows = csv('glm.csv');
  const names = ['x1', 'x2', 'x3b', 'x3c', 'x4'];

  it('matches coefficients, standard errors, z, p, deviances and AIC on individual data', () => {
    const fit = fitLogistic(rows.map(([y, ...x]) => ({ x, successes: y, trials: 1 })), names);
    expect(fit.converged).toBe(true);
    expect(fit.coefficients.map((c) => c.name)).toEqual(ref.glm.names);
    fit.coefficients.forEach((c, i) => {
      expect(c.estimate).toBeCloseTo(ref.glm.estimate[i], 6);
      expect(c.stdError).toBeCloseTo(ref.glm.stdError[i], 6);
      expect(c.z).toBeCloseTo(ref.glm.z[i], 5);
      expect(c.p).toBeCloseTo(ref.glm.p[i], 6);
    });
    expect(fit.deviance).toBeCloseTo(ref.glm.deviance, 6);
    expect(fit.nullDeviance).toBeCloseTo(ref.glm.nullDeviance, 6);
    expect(fit.aic).toBeCloseTo(ref.glm.aic, 6);
    expect(fit.n).toBe(rows.length);
  });

  it('matches glm on grouped data (successes out of trials per covariate pattern)', () => {
    const patterns = new Map<string, BinomialRow>();
    for (const [y, x1, x2, x3b, x3c] of rows) {
      const key = [x1, x2, x3b, x3c].join();
      const row = patterns.get(key) ?? { x: [x1, x2, x3b, x3c], successes: 0, trials: 0 };
      row.successes += y;
      row.trials += 1;
      patterns.set(key, row);
    }
    const fit = fitLogistic([...patterns.values()], ['x1', 'x2', 'x3b', 'x3c']);
    fit.coefficients.forEach((c, i) => {
      expect(c.estimate).toBeCloseTo(ref.glmGrouped.estimate[i], 6);
      expect(c.stdError).toBeCloseTo(ref.glmGrouped.stdError[i], 6);
    });
    expect(fit.deviance).toBeCloseTo(ref.glmGrouped.deviance, 6);
    expect(fit.aic).toBeCloseTo(ref.glmGrouped.aic, 6);
  });
});
