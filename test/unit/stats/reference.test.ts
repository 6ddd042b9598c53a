// Polku's statistics against R psych on the public bfi data (test/reference; made by
// test/reference/make-reference.R). Tolerances of issue 5: 0.001 for alpha, its item statistics,
// correlations and p-values; 0.01 for loadings (up to factor order and sign), communalities, KMO and
// Bartlett's test. The tests read the stored JSON and do not need R.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bartlettTest,
  chiSquareUpperP,
  correlationMatrix,
  kmo,
  correlationPairs,
  crossTabulate,
  describe as describeValues,
  factorAnalysis,
  frequencies,
  groupBreakdown,
  normalQuantile,
  numericColumn,
  parseCsv,
  parseSpec,
  runAnalysis,
  scaleReliability,
  tTwoSidedP,
  type EfaResult,
} from '../../../src/domain/stats/index.ts';

const here = new URL('../../reference/', import.meta.url);
const ref = JSON.parse(readFileSync(new URL('psych-reference.json', here), 'utf8'));
const table = parseCsv(readFileSync(new URL('bfi.csv', here), 'utf8'));
const column = (name: string) => numericColumn(table, name);
const data = Object.fromEntries(table.header.map((h) => [h, column(h)]));
const range = ref.meta.reverse as { min: number; max: number };
const scaleNames = Object.keys(ref.scales);

/** Largest absolute difference per quantity, printed after the run (docs/statistics.md quotes them). */
const maxDiff = new Map<string, number>();
function close(label: string, actual: number, expected: number, tolerance: number) {
  const d = Math.abs(actual - expected);
  maxDiff.set(label, Math.max(maxDiff.get(label) ?? 0, d));
  if (!(d <= tolerance)) expect.fail(`${label}: ${actual} differs from R's ${expected} by ${d} (tolerance ${tolerance})`);
}
afterAll(() => {
  const lines = [...maxDiff].map(([k, v]) => `  ${k.padEnd(34)} ${v.toExponential(1)}`);
  console.info(`Largest differences from R psych ${ref.meta.psych} / GPArotation ${ref.meta.GPArotation}:\n${lines.join('\n')}`);
});

describe('the reference data', () => {
  it('is psych::bfi as written by R', () => {
    expect(table.rows).toHaveLength(ref.meta.rows);
    expect(table.header.slice(0, 5)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
    expect(table.header.slice(-3)).toEqual(['gender', 'education', 'age']);
  });
});

describe('Cronbach alpha as psych::alpha()', () => {
  for (const name of scaleNames) {
    it(`matches ${name}`, () => {
      const r = ref.alpha[name];
      const a = scaleReliability(data, ref.scales[name], range);
      expect(a.n).toBe(r.n);
      close('alpha raw_alpha', a.rawAlpha, r.raw_alpha, 0.001);
      close('alpha std.alpha', a.stdAlpha, r.std_alpha, 0.001);
      close('alpha average_r', a.averageR, r.average_r, 0.001);
      close('alpha mean', a.mean, r.mean, 0.001);
      close('alpha sd', a.sd, r.sd, 0.001);
      for (const item of a.items) {
        close('alpha.drop raw_alpha', item.alphaIfDropped, r.alpha_drop[item.item], 0.001);
        close('alpha.drop std.alpha', item.stdAlphaIfDropped, r.std_alpha_drop[item.item], 0.001);
        close('item.stats r.drop', item.itemRestR, r.r_drop[item.item], 0.001);
        close('item.stats mean (keyed)', item.mean, r.item_mean[item.item], 0.001);
        close('item.stats sd', item.sd, r.item_sd[item.item], 0.001);
      }
    });
  }
});

describe('correlations as psych::corr.test()', () => {
  const scores = runAnalysis(table, parseSpec({ scales: ref.scales, reverse: range })); // validates the spec path too
  it('runs the scales through the spec', () => expect(Object.keys(scores.scales)).toEqual(scaleNames));

  for (const method of ['pearson', 'spearman'] as const) {
    it(`matches ${method}, listwise, between scale scores and age`, () => {
      const r = ref.correlations[method];
      const out = runAnalysis(table, parseSpec({ scales: ref.scales, reverse: range, correlations: { variables: r.variables, method } }));
      expect(out.correlations).toHaveLength((r.variables.length * (r.variables.length - 1)) / 2);
      for (const c of out.correlations) {
        const i = r.variables.indexOf(c.a);
        const j = r.variables.indexOf(c.b);
        close(`${method} r`, c.r, r.r[i][j], 0.001);
        close(`${method} p`, c.p, r.p[i][j], 0.001);
        expect(c.n).toBe(r.n);
      }
    });
  }

  it('matches pearson, pairwise, with different n per pair', () => {
    const r = ref.correlations.pearson_pairwise;
    const pairs = correlationPairs(r.variables.map((name: string) => ({ name, values: data[name] })), { missing: 'pairwise' });
    for (const c of pairs) {
      const i = r.variables.indexOf(c.a);
      const j = r.variables.indexOf(c.b);
      close('pearson pairwise r', c.r, r.r[i][j], 0.001);
      close('pearson pairwise p', c.p, r.p[i][j], 0.001);
      expect(c.n).toBe(r.n[i][j]);
    }
  });
});

/** Pairs our factors with R's by the largest absolute Tucker congruence; returns R's index and the sign. */
function matchFactors(ours: number[][], theirs: number[][]): Array<{ index: number; sign: number; congruence: number }> {
  const k = ours[0].length;
  const congruence = (a: number, b: number) => {
    let xy = 0;
    let xx = 0;
    let yy = 0;
    for (let i = 0; i < ours.length; i++) {
      xy += ours[i][a] * theirs[i][b];
      xx += ours[i][a] ** 2;
      yy += theirs[i][b] ** 2;
    }
    return xy / Math.sqrt(xx * yy);
  };
  const free = new Set(Array.from({ length: k }, (_, j) => j));
  return Array.from({ length: k }, (_, a) => {
    let best = { index: -1, sign: 1, congruence: 0 };
    for (const b of free) {
      const c = congruence(a, b);
      if (Math.abs(c) > Math.abs(best.congruence)) best = { index: b, sign: Math.sign(c), congruence: c };
    }
    free.delete(best.index);
    return best;
  });
}

describe('factor analysis as psych::fa(), KMO() and cortest.bartlett()', () => {
  const items: string[] = ref.efa.items;
  const columns = items.map(column);
  const results = new Map<string, EfaResult>();
  const run = (fm: 'minres' | 'pa', rotate: 'none' | 'varimax' | 'oblimin') => {
    const key = `${fm}_${rotate}`;
    if (!results.has(key)) results.set(key, factorAnalysis(columns, { factors: 5, method: fm, rotation: rotate, scores: true }, items));
    return results.get(key)!;
  };

  it('matches KMO (overall and per item) and Bartlett', () => {
    const f = run('minres', 'none');
    expect(f.n).toBe(ref.efa.n);
    close('KMO overall MSA', f.kmo.overall, ref.efa.kmo, 0.01);
    items.forEach((item, i) => close('KMO MSAi', f.kmo.items[i], ref.efa.kmo_items[item], 0.01));
    close('Bartlett chisq (relative)', f.bartlett.chisq / ref.efa.bartlett.chisq, 1, 0.0001);
    expect(f.bartlett.df).toBe(ref.efa.bartlett.df);
    close('Bartlett p', f.bartlett.p, ref.efa.bartlett.p, 0.001);
  });

  it('matches KMO and Bartlett on a small sample, where p is not 0', () => {
    const s = ref.efa.small_sample;
    const rows = Array.from({ length: 60 }, (_, i) => i);
    const cols = s.items.map((item: string) => rows.map((i) => data[item][i]));
    const complete = rows.filter((i) => cols.every((c: number[]) => !Number.isNaN(c[i])));
    expect(complete).toHaveLength(s.n);
    const r = correlationMatrix(cols.map((c: number[]) => complete.map((i) => c[i])));
    close('KMO overall MSA', kmo(r).overall, s.kmo, 0.01);
    const b = bartlettTest(r, s.n);
    close('Bartlett chisq (relative)', b.chisq / s.bartlett.chisq, 1, 0.0001);
    close('Bartlett p', b.p, s.bartlett.p, 0.001);
    expect(b.df).toBe(s.bartlett.df);
  });

  for (const fm of ['minres', 'pa'] as const) {
    for (const rotate of ['none', 'varimax', 'oblimin'] as const) {
      it(`matches fm = "${fm}", rotate = "${rotate}"`, () => {
        const r = ref.efa.solutions[`${fm}_${rotate}`];
        const f = run(fm, rotate);
        expect(f.extraction.converged).toBe(true);
        expect(f.rotationInfo.converged).toBe(true);
        const match = matchFactors(f.loadings, r.loadings);
        for (const m of match) expect(Math.abs(m.congruence)).toBeGreaterThan(0.999);
        items.forEach((_, i) => {
          match.forEach((m, j) => close('loadings', f.loadings[i][j] * m.sign, r.loadings[i][m.index], 0.01));
          close('communalities', f.communalities[i], r.communalities[i], 0.01);
          close('uniquenesses', f.uniquenesses[i], r.uniquenesses[i], 0.01);
        });
        match.forEach((m, j) => {
          close('SS loadings', f.ssLoadings[j], r.ss_loadings[m.index], 0.01);
          close('proportion of variance', f.proportionVariance[j], r.proportion_var[m.index], 0.01);
        });
        if (rotate === 'oblimin') {
          match.forEach((a, i) => match.forEach((b, j) => close('factor correlations (Phi)', f.phi![i][j] * a.sign * b.sign, r.phi[a.index][b.index], 0.01)));
        } else {
          expect(f.phi).toBeNull();
        }
        // Regression factor scores of the first ten complete respondents.
        const complete = Array.from({ length: table.rows.length }, (_, i) => i).filter((i) => !Number.isNaN(f.scores![0][i]));
        for (let row = 0; row < 10; row++) {
          match.forEach((m, j) => close('factor scores (regression)', f.scores![j][complete[row]] * m.sign, r.scores_head[row][m.index], 0.01));
        }
      });
    }
  }

  it('gives the same EFA through the spec, with the output shape of the issue', () => {
    const out = runAnalysis(table, parseSpec({ efa: { items, factors: 5, method: 'pa', rotation: 'varimax' } }));
    const r = ref.efa.solutions.pa_varimax;
    const ours = items.map((i) => out.efa!.loadings[i]);
    const match = matchFactors(ours, r.loadings);
    items.forEach((item, i) => match.forEach((m, j) => close('loadings', ours[i][j] * m.sign, r.loadings[i][m.index], 0.01)));
    expect(Object.keys(out.efa!).sort()).toEqual(['bartlett', 'communalities', 'kmo', 'loadings', 'n', 'proportionVariance', 'ssLoadings']);
  });
});

describe('cross-tabulation as chisq.test(correct = FALSE)', () => {
  for (const [name, vars] of Object.entries({ gender_education: ['gender', 'education'], gender_age30: ['gender', 'age30'] })) {
    it(`matches ${name}`, () => {
      const r = ref.crosstab[name];
      const cols = vars[1] === 'age30' ? Array.from(data.age, (a) => (a >= 30 ? '30+' : '<30')) : Array.from(data[vars[1]], (v) => (Number.isNaN(v) ? null : String(v)));
      const t = crossTabulate(Array.from(data[vars[0]], String), cols, { minGroupSize: 0, columnLevels: r.cols });
      expect(t.counts).toEqual(r.counts);
      close('chi-square statistic', t.test!.chisq, r.chisq, 0.001);
      expect(t.test!.df).toBe(r.df);
      close('chi-square p', t.test!.p, r.p, 0.001);
    });
  }
});

describe('descriptive statistics as mean(), sd(), median(), table()', () => {
  it('matches age and A1', () => {
    for (const name of ['age', 'A1'] as const) {
      const d = describeValues(Array.from(data[name]));
      expect(d.n).toBe(ref.describe[name].n);
      close('mean', d.mean, ref.describe[name].mean, 1e-9);
      close('sd', d.sd, ref.describe[name].sd, 1e-9);
      close('median', d.median, ref.describe[name].median, 0);
    }
    const f = frequencies(Array.from(data.A1));
    expect(Object.fromEntries(f.rows.map((r) => [String(r.value), r.count]))).toEqual(ref.describe.A1.counts);
  });

  it('matches age by education', () => {
    const b = groupBreakdown(Array.from(data.age), Array.from(data.education));
    for (const row of b.groups) {
      if (row.suppressed) throw new Error('no group of bfi is small');
      const r = ref.describe.age_by_education[String(row.group)];
      expect(row.n).toBe(r.n);
      close('mean', row.mean, r.mean, 1e-9);
      close('sd', row.sd, r.sd, 1e-9);
      close('median', row.median, r.median, 0);
    }
  });
});

describe('distribution functions as pt(), pchisq(), qnorm()', () => {
  it('matches R', () => {
    for (const { t, df, p } of ref.distributions.t_two_sided) close('t two-sided p (relative)', tTwoSidedP(t, df) / p, 1, 1e-9);
    for (const { x, df, p } of ref.distributions.chisq_upper) close('chi-square upper p (relative)', chiSquareUpperP(x, df) / p, 1, 1e-9);
    for (const { p, z } of ref.distributions.normal_quantile) close('normal quantile', normalQuantile(p), z, 1e-9);
  });
});
