// Properties of extraction and rotation that hold whatever R says: an exact factor model is recovered,
// rotations keep the communalities, varimax is orthogonal, oblimin's Φ is a correlation matrix.
import { describe, expect, it } from 'vitest';
import { extractMinres, extractPrincipalAxis, factorAnalysisOfCorrelation, oblimin, StatsError, varimax } from '../../../src/domain/stats/index.ts';
import { crossProduct, multiply, svd, symmetricEigen, transpose } from '../../../src/domain/stats/linalg.ts';

// Two factors with simple structure: items 1–4 on F1, 5–8 on F2.
const lambda = [
  [0.8, 0],
  [0.7, 0],
  [0.6, 0],
  [0.5, 0],
  [0, 0.75],
  [0, 0.65],
  [0, 0.55],
  [0, 0.45],
];
const phi = [
  [1, 0.3],
  [0.3, 1],
];
/** R = Λ Φ Λᵀ + Ψ with unit diagonal. */
function modelCorrelation(l: number[][], f: number[][]) {
  const c = multiply(multiply(l, f), transpose(l));
  return c.map((row, i) => row.map((v, j) => (i === j ? 1 : v)));
}
const rowSS = (m: number[][]) => m.map((r) => r.reduce((s, v) => s + v * v, 0));

describe('extraction', () => {
  const r = modelCorrelation(lambda, [
    [1, 0],
    [0, 1],
  ]);

  it('minres reproduces an exact two-factor model', () => {
    const e = extractMinres(r, 2);
    expect(e.converged).toBe(true);
    const h2 = rowSS(e.loadings);
    h2.forEach((h, i) => expect(h).toBeCloseTo(lambda[i][0] ** 2 + lambda[i][1] ** 2, 6));
    const fitted = multiply(e.loadings, transpose(e.loadings));
    for (let i = 0; i < 8; i++) for (let j = 0; j < 8; j++) if (i !== j) expect(fitted[i][j]).toBeCloseTo(r[i][j], 6);
  });

  it('principal axis gets close in its 0.001 stopping rule', () => {
    const e = extractPrincipalAxis(r, 2);
    expect(e.converged).toBe(true);
    rowSS(e.loadings).forEach((h, i) => expect(Math.abs(h - (lambda[i][0] ** 2 + lambda[i][1] ** 2))).toBeLessThan(0.02));
  });
});

describe('rotation', () => {
  const r = modelCorrelation(lambda, [
    [1, 0],
    [0, 1],
  ]);
  const unrotated = extractMinres(r, 2).loadings;

  it('varimax finds the simple structure with an orthogonal rotation and keeps communalities', () => {
    const v = varimax(unrotated);
    const tt = crossProduct(v.rotation, v.rotation);
    expect(tt[0][0]).toBeCloseTo(1, 10);
    expect(tt[0][1]).toBeCloseTo(0, 10);
    rowSS(v.loadings).forEach((h, i) => expect(h).toBeCloseTo(rowSS(unrotated)[i], 10));
    const big = v.loadings.map((row) => row.map((x) => Math.abs(x)));
    for (let i = 0; i < 4; i++) expect(Math.abs(big[i][0] - big[i][1])).toBeCloseTo(lambda[i][0], 3);
    for (let i = 4; i < 8; i++) expect(Math.abs(big[i][0] - big[i][1])).toBeCloseTo(lambda[i][1], 3);
  });

  it('oblimin recovers correlated factors: pattern and Φ of the model', () => {
    const correlated = modelCorrelation(lambda, phi);
    const f = factorAnalysisOfCorrelation(correlated, 500, { factors: 2, method: 'minres', rotation: 'oblimin' });
    expect(f.rotationInfo.converged).toBe(true);
    expect(f.phi![0][0]).toBeCloseTo(1, 10);
    expect(Math.abs(f.phi![0][1])).toBeCloseTo(0.3, 3);
    // the factor with the larger SS loadings comes first, as in psych: F1 (0.8, 0.7, 0.6, 0.5)
    for (let i = 0; i < 4; i++) {
      expect(f.loadings[i][0]).toBeCloseTo(lambda[i][0], 3);
      expect(f.loadings[i][1]).toBeCloseTo(0, 3);
    }
    // P Φ Pᵀ reproduces the communalities
    const model = multiply(multiply(f.loadings, f.phi!), transpose(f.loadings));
    f.communalities.forEach((h, i) => expect(model[i][i]).toBeCloseTo(h, 8));
  });

  it('oblimin with gamma keeps Φ a correlation matrix', () => {
    const o = oblimin(unrotated, { gamma: 0.5 });
    expect(o.phi[0][0]).toBeCloseTo(1, 10);
    expect(o.phi[1][1]).toBeCloseTo(1, 10);
    expect(Math.abs(o.phi[0][1])).toBeLessThan(1);
  });
});

describe('factorAnalysisOfCorrelation', () => {
  it('refuses impossible requests', () => {
    const r = modelCorrelation(lambda, phi);
    expect(() => factorAnalysisOfCorrelation(r, 500, { factors: 8 })).toThrow(StatsError);
    expect(() => factorAnalysisOfCorrelation(r, 5, { factors: 2 })).toThrow(/more complete responses/);
    const singular = [
      [1, 1, 0.5],
      [1, 1, 0.5],
      [0.5, 0.5, 1],
    ];
    expect(() => factorAnalysisOfCorrelation(singular, 100, { factors: 1 })).toThrow(/singular/);
  });
});

describe('linear algebra', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
  const symmetric = (n: number) => {
    const a = Array.from({ length: n }, () => Array.from({ length: n }, random));
    return a.map((row, i) => row.map((v, j) => v + a[j][i]));
  };

  it('symmetricEigen: A V = V Λ, Vᵀ V = I, largest first, also with repeated eigenvalues', () => {
    const equicorrelated = Array.from({ length: 12 }, (_, i) => Array.from({ length: 12 }, (_, j) => (i === j ? 1 : 0.3)));
    for (const a of [symmetric(1), symmetric(2), symmetric(7), symmetric(30), equicorrelated]) {
      const n = a.length;
      const { values, vectors } = symmetricEigen(a);
      for (let m = 1; m < n; m++) expect(values[m]).toBeLessThanOrEqual(values[m - 1]);
      const av = multiply(a, vectors);
      const vtv = crossProduct(vectors, vectors);
      for (let i = 0; i < n; i++) {
        for (let m = 0; m < n; m++) {
          expect(Math.abs(av[i][m] - values[m] * vectors[i][m])).toBeLessThan(1e-12);
          expect(Math.abs(vtv[i][m] - (i === m ? 1 : 0))).toBeLessThan(1e-12);
        }
      }
    }
    // 1 + 11·0.3 once and 0.7 eleven times
    const { values } = symmetricEigen(equicorrelated);
    expect(values[0]).toBeCloseTo(4.3, 12);
    expect(values[11]).toBeCloseTo(0.7, 12);
  });

  it('svd: U diag(d) Vᵀ = A with orthogonal U and V, also for a singular matrix', () => {
    const singular = [
      [1, 2, 3],
      [2, 4, 6],
      [1, 0, 1],
    ];
    for (const a of [symmetric(5).map((r) => r.map((v, j) => v * (j + 1))), singular]) {
      const { u, d, v } = svd(a);
      const n = a.length;
      const rebuilt = multiply(multiply(u, d.map((x, i) => d.map((_, j) => (i === j ? x : 0)))), transpose(v));
      const utu = crossProduct(u, u);
      const vtv = crossProduct(v, v);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          expect(Math.abs(rebuilt[i][j] - a[i][j])).toBeLessThan(1e-12);
          expect(Math.abs(utu[i][j] - (i === j ? 1 : 0))).toBeLessThan(1e-12);
          expect(Math.abs(vtv[i][j] - (i === j ? 1 : 0))).toBeLessThan(1e-12);
        }
      }
    }
  });
});
