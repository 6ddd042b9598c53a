// Factor rotations.
//
// Varimax (Kaiser 1958) with Kaiser normalisation, as R's stats::varimax (which psych's fa() uses
// for rotate = "varimax"): rows of the p×k loadings A are scaled to unit length, X = A / h, and the
// orthogonal T maximising Σⱼ [Σᵢ λᵢⱼ⁴ − (Σᵢ λᵢⱼ²)²/p] for Λ = X T is found by the SVD iteration
//   Z = X T,  B = Xᵀ (Z∘Z∘Z − Z · diag(Σᵢ zᵢⱼ²)/p),  B = U D Vᵀ,  T ← U Vᵀ
// until Σ D grows by less than a factor (1 + eps); the result is rescaled by h.
//
// Oblimin (Jennrich 1979; Carroll's family with parameter γ, γ = 0 = direct quartimin) by the
// gradient projection algorithm for oblique rotation of Bernaards & Jennrich (2005, Educational and
// Psychological Measurement 65(5), 676–696), as GPArotation's oblimin (which psych's fa() uses):
//   Λ = A (Tᵀ)⁻¹,  T with unit-length columns, factor correlations Φ = TᵀT,
//   Q(Λ) = ¼ Σ (Λ∘Λ) ∘ (C (Λ∘Λ) N),  C = I − (γ/p) 11ᵀ,  N = 11ᵀ − I,
//   ∂Q/∂Λ = Λ ∘ (C (Λ∘Λ) N),  G = −((Λᵀ ∂Q/∂Λ) T⁻¹)ᵀ,
//   projected gradient Gₚ = G − T diag(1ᵀ(T∘G)); stop when ‖Gₚ‖ < eps; otherwise step
//   T ← normalise columns of (T − α Gₚ), halving α until Q falls by at least ½ α ‖Gₚ‖².
// Both start from the identity and use psych's/GPArotation's defaults (eps 1e-5, 1000 iterations)
// so that they stop where R stops.
import { crossProduct, identity, invert, multiply, svd, transpose, zeros, type Mat } from './linalg.ts';

export interface OrthogonalRotation {
  loadings: Mat;
  rotation: Mat;
  iterations: number;
  converged: boolean;
}

export interface ObliqueRotation {
  /** Pattern loadings. */
  loadings: Mat;
  /** Factor correlations. */
  phi: Mat;
  /** T: Λ = A (Tᵀ)⁻¹. */
  rotation: Mat;
  iterations: number;
  converged: boolean;
}

export function varimax(a: Mat, options: { normalize?: boolean; eps?: number; maxIterations?: number } = {}): OrthogonalRotation {
  const p = a.length;
  const k = p ? a[0].length : 0;
  if (k < 2) return { loadings: a.map((r) => r.slice()), rotation: identity(k), iterations: 0, converged: true };
  const eps = options.eps ?? 1e-5;
  const maxIterations = options.maxIterations ?? 1000;
  const normalize = options.normalize ?? true;
  const h = a.map((row) => (normalize ? Math.sqrt(row.reduce((s, v) => s + v * v, 0)) || 1 : 1));
  const x = a.map((row, i) => row.map((v) => v / h[i]));
  let t = identity(k);
  let d = 0;
  let iterations = 0;
  let converged = false;
  for (; iterations < maxIterations; iterations++) {
    const z = multiply(x, t);
    const colSS = new Array<number>(k).fill(0);
    for (const row of z) for (let j = 0; j < k; j++) colSS[j] += row[j] * row[j];
    const w = z.map((row) => row.map((v, j) => v * v * v - (v * colSS[j]) / p));
    const b = crossProduct(x, w);
    const s = svd(b);
    t = multiply(s.u, transpose(s.v));
    const previous = d;
    d = s.d.reduce((acc, v) => acc + v, 0);
    if (d < previous * (1 + eps)) {
      converged = true;
      iterations++;
      break;
    }
  }
  const loadings = multiply(x, t).map((row, i) => row.map((v) => v * h[i]));
  return { loadings, rotation: t, iterations, converged };
}

function obliminCriterion(l: Mat, gamma: number): { f: number; gradient: Mat } {
  const p = l.length;
  const k = l[0].length;
  const l2 = l.map((row) => row.map((v) => v * v));
  // M = C (Λ∘Λ) N: N sums the other columns; C centres the columns (times γ/p).
  const colSums = new Array<number>(k).fill(0);
  if (gamma !== 0) for (const row of l2) for (let j = 0; j < k; j++) colSums[j] += row[j];
  let f = 0;
  const gradient = zeros(p, k);
  for (let i = 0; i < p; i++) {
    let rowSum = 0;
    for (let j = 0; j < k; j++) rowSum += l2[i][j];
    let colTotal = 0;
    if (gamma !== 0) for (let j = 0; j < k; j++) colTotal += colSums[j];
    for (let j = 0; j < k; j++) {
      let m = rowSum - l2[i][j];
      if (gamma !== 0) m -= (gamma / p) * (colTotal - colSums[j]);
      f += l2[i][j] * m;
      gradient[i][j] = l[i][j] * m;
    }
  }
  return { f: f / 4, gradient };
}

export function oblimin(a: Mat, options: { gamma?: number; eps?: number; maxIterations?: number } = {}): ObliqueRotation {
  const k = a.length ? a[0].length : 0;
  if (k < 2) return { loadings: a.map((r) => r.slice()), phi: identity(k), rotation: identity(k), iterations: 0, converged: true };
  const gamma = options.gamma ?? 0;
  const eps = options.eps ?? 1e-5;
  const maxIterations = options.maxIterations ?? 1000;
  let t = identity(k);
  let tInv = identity(k);
  let l = multiply(a, transpose(tInv));
  let { f, gradient: gq } = obliminCriterion(l, gamma);
  let g = transpose(multiply(crossProduct(l, gq), tInv)).map((row) => row.map((v) => -v));
  let alpha = 1;
  let iterations = 0;
  let converged = false;
  for (; iterations <= maxIterations; iterations++) {
    const colDot = new Array<number>(k).fill(0);
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) colDot[j] += t[i][j] * g[i][j];
    const gp = g.map((row, i) => row.map((v, j) => v - t[i][j] * colDot[j]));
    let s2 = 0;
    for (const row of gp) for (const v of row) s2 += v * v;
    if (Math.sqrt(s2) < eps) {
      converged = true;
      break;
    }
    alpha *= 2;
    let tNew = t;
    let tNewInv = tInv;
    let lNew = l;
    let fNew = f;
    let gqNew = gq;
    for (let step = 0; step <= 10; step++) {
      const xm = t.map((row, i) => row.map((v, j) => v - alpha * gp[i][j]));
      const norms = new Array<number>(k).fill(0);
      for (const row of xm) for (let j = 0; j < k; j++) norms[j] += row[j] * row[j];
      tNew = xm.map((row) => row.map((v, j) => v / Math.sqrt(norms[j])));
      tNewInv = invert(tNew);
      lNew = multiply(a, transpose(tNewInv));
      const c = obliminCriterion(lNew, gamma);
      fNew = c.f;
      gqNew = c.gradient;
      if (fNew < f - 0.5 * s2 * alpha) break;
      alpha /= 2;
    }
    t = tNew;
    tInv = tNewInv;
    l = lNew;
    f = fNew;
    gq = gqNew;
    g = transpose(multiply(crossProduct(l, gq), tInv)).map((row) => row.map((v) => -v));
  }
  return { loadings: l, phi: crossProduct(t, t), rotation: t, iterations, converged };
}
