// Exploratory factor analysis as R psych's fa() does it.
//
// Suitability of the correlation matrix R (p items, n respondents):
//   KMO (Kaiser–Meyer–Olkin) MSA = Σ_{i≠j} r²ᵢⱼ / (Σ_{i≠j} r²ᵢⱼ + Σ_{i≠j} a²ᵢⱼ), with the partial
//     correlations aᵢⱼ = −R⁻¹ᵢⱼ / √(R⁻¹ᵢᵢ R⁻¹ⱼⱼ); per item the sums run over j only.
//   Bartlett's test of sphericity: χ² = −(n − 1 − (2p + 5)/6) · ln|R|, df = p(p − 1)/2.
//
// Extraction of k factors:
//   minres (minimum residual, psych's default): the uniquenesses ψ minimise the sum of squared
//     residuals F(ψ) = ‖R − Ψ − ΛΛᵀ‖², where Λ = V_k D_k^½ holds the k largest eigenpairs of R − Ψ.
//     Then F(ψ) = Σ_{m>k} λ²ₘ and ∂F/∂ψᵢ = −2 (R − Ψ − ΛΛᵀ)ᵢᵢ (Harman & Jones 1966; Jöreskog's
//     ULS), so the optimum also makes the off-diagonal residual sum of squares stationary, which is
//     the criterion psych gives to optim(). We minimise it with box-constrained quasi-Newton over
//     0.005 ≤ ψᵢ ≤ 1 (psych's bounds), starting from ψ = 1 − SMC.
//   pa (principal axis): communalities start as the squared multiple correlations
//     SMCᵢ = 1 − 1/R⁻¹ᵢᵢ, put on the diagonal; the loadings are V_k D_k^½ of that matrix; the new
//     communalities are the row sums of squared loadings; repeat until the total communality changes
//     by less than 0.001 or 50 times (psych's min.err and max.iter).
// Rotation: none, varimax or oblimin (rotation.ts). Like psych, the factors are then ordered by the
// variance they account for and reflected so that every column of loadings sums positive.
//   communality hᵢ² = Σⱼ λᵢⱼ² of the unrotated loadings (rotation does not change it)
//   SS loadings: Σᵢ λᵢⱼ² (orthogonal), diag(Φ Λᵀ Λ) (oblique, as psych); proportion = SS / p
// Factor scores by the regression (Thurstone) method: W = R⁻¹ S with the structure S = Λ Φ,
// scores = Z W with Z the items standardised with their mean and SD (n − 1).
import {
  completeRows,
  correlationMatrix,
  invert,
  logDetPositiveDefinite,
  multiply,
  selectRows,
  StatsError,
  symmetricEigen,
  transpose,
  type Mat,
} from './linalg.ts';
import { chiSquareUpperP } from './distributions.ts';
import { minimizeInBox } from './optimize.ts';
import { oblimin, varimax } from './rotation.ts';

export type ExtractionMethod = 'minres' | 'pa';
export type RotationMethod = 'none' | 'varimax' | 'oblimin';

export interface KmoResult {
  overall: number;
  items: number[];
}

export interface BartlettResult {
  chisq: number;
  df: number;
  p: number;
}

function inverseOrThrow(r: Mat): Mat {
  try {
    return invert(r);
  } catch {
    throw new StatsError('the correlation matrix is singular: some items are linear combinations of others (or there are fewer respondents than items)');
  }
}

/** Squared multiple correlations of each item with the others: 1 − 1/R⁻¹ᵢᵢ. */
export function squaredMultipleCorrelations(r: Mat): number[] {
  const inv = inverseOrThrow(r);
  return r.map((_, i) => 1 - 1 / inv[i][i]);
}

export function kmo(r: Mat): KmoResult {
  const p = r.length;
  const inv = inverseOrThrow(r);
  let rTotal = 0;
  let aTotal = 0;
  const items = r.map((row, i) => {
    let rs = 0;
    let as = 0;
    for (let j = 0; j < p; j++) {
      if (i === j) continue;
      const a = -inv[i][j] / Math.sqrt(inv[i][i] * inv[j][j]);
      rs += row[j] * row[j];
      as += a * a;
    }
    rTotal += rs;
    aTotal += as;
    return rs / (rs + as);
  });
  return { overall: rTotal / (rTotal + aTotal), items };
}

export function bartlettTest(r: Mat, n: number): BartlettResult {
  const p = r.length;
  let logDet: number;
  try {
    logDet = logDetPositiveDefinite(r);
  } catch {
    throw new StatsError('the correlation matrix is not positive definite; Bartlett\'s test is undefined');
  }
  const chisq = -(n - 1 - (2 * p + 5) / 6) * logDet;
  const df = (p * (p - 1)) / 2;
  return { chisq, df, p: chiSquareUpperP(chisq, df) };
}

export interface Extraction {
  /** Unrotated loadings, p × k. */
  loadings: Mat;
  iterations: number;
  converged: boolean;
}

function leadingLoadings(m: Mat, k: number): { loadings: Mat; values: number[]; vectors: Mat } {
  const e = symmetricEigen(m);
  const loadings = m.map((_, i) => Array.from({ length: k }, (_, j) => e.vectors[i][j] * Math.sqrt(Math.max(e.values[j], 0))));
  return { loadings, values: e.values, vectors: e.vectors };
}

const PSI_MIN = 0.005;
const PSI_MAX = 1;

export function extractMinres(r: Mat, k: number): Extraction {
  const p = r.length;
  const smc = squaredMultipleCorrelations(r);
  const fg = (psi: readonly number[]) => {
    const m = r.map((row, i) => row.map((v, j) => (i === j ? v - psi[i] : v)));
    const e = symmetricEigen(m);
    let f = 0;
    const g = new Array<number>(p).fill(0);
    for (let q = 0; q < p; q++) {
      // The part of eigenvalue q that the k-factor model does not reproduce.
      const rest = q < k ? e.values[q] - Math.max(e.values[q], 0) : e.values[q];
      if (rest === 0) continue;
      f += rest * rest;
      for (let i = 0; i < p; i++) g[i] -= 2 * rest * e.vectors[i][q] * e.vectors[i][q];
    }
    return { f, g };
  };
  const result = minimizeInBox(fg, smc.map((s) => 1 - s), PSI_MIN, PSI_MAX, { maxIterations: 1000, gradientTolerance: 1e-8 });
  const m = r.map((row, i) => row.map((v, j) => (i === j ? v - result.x[i] : v)));
  return { loadings: leadingLoadings(m, k).loadings, iterations: result.iterations, converged: result.converged };
}

export function extractPrincipalAxis(r: Mat, k: number, options: { maxIterations?: number; minError?: number } = {}): Extraction {
  const maxIterations = options.maxIterations ?? 50;
  const minError = options.minError ?? 0.001;
  const m = r.map((row) => row.slice());
  const smc = squaredMultipleCorrelations(r);
  smc.forEach((s, i) => (m[i][i] = s));
  let total = smc.reduce((a, b) => a + b, 0);
  let loadings: Mat = [];
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    loadings = leadingLoadings(m, k).loadings;
    iterations++;
    const communalities = loadings.map((row) => row.reduce((s, v) => s + v * v, 0));
    const newTotal = communalities.reduce((a, b) => a + b, 0);
    communalities.forEach((h, i) => (m[i][i] = h));
    const change = Math.abs(total - newTotal);
    total = newTotal;
    if (change < minError) {
      converged = true;
      break;
    }
  }
  return { loadings, iterations, converged };
}

export interface EfaOptions {
  factors: number;
  method?: ExtractionMethod;
  rotation?: RotationMethod;
  /** Compute regression factor scores (needs the data, not just a correlation matrix). */
  scores?: boolean;
}

export interface EfaResult {
  n: number;
  variables: string[];
  method: ExtractionMethod;
  rotation: RotationMethod;
  factors: number;
  /** Pattern loadings, items × factors (for oblimin the pattern matrix). */
  loadings: Mat;
  /** Structure matrix Λ Φ (equals the loadings for orthogonal solutions). */
  structure: Mat;
  /** Factor correlations for oblimin; null for orthogonal solutions. */
  phi: Mat | null;
  communalities: number[];
  uniquenesses: number[];
  ssLoadings: number[];
  proportionVariance: number[];
  cumulativeVariance: number[];
  kmo: KmoResult;
  bartlett: BartlettResult;
  extraction: { iterations: number; converged: boolean };
  rotationInfo: { iterations: number; converged: boolean };
  /** Regression-method score weights R⁻¹ S, items × factors. */
  weights: Mat;
  /** Factor scores per input row (NaN for rows dropped for missing values); when requested. */
  scores?: Float64Array[];
}

function sortAndReflect(loadings: Mat, phi: Mat | null): { loadings: Mat; phi: Mat | null; ss: number[] } {
  const k = loadings[0].length;
  const ssOf = (l: Mat, ph: Mat | null) => {
    const ltl = multiply(transpose(l), l);
    return Array.from({ length: k }, (_, j) => (ph ? ph[j].reduce((s, v, m) => s + v * ltl[m][j], 0) : ltl[j][j]));
  };
  const ss = ssOf(loadings, phi);
  const order = ss.map((_, j) => j).sort((a, b) => ss[b] - ss[a]);
  const sign = order.map((j) => (loadings.reduce((s, row) => s + row[j], 0) < 0 ? -1 : 1));
  const l = loadings.map((row) => order.map((j, c) => row[j] * sign[c]));
  const ph = phi ? order.map((a, r) => order.map((b, c) => phi[a][b] * sign[r] * sign[c])) : null;
  return { loadings: l, phi: ph, ss: order.map((j) => ss[j]) };
}

/** Factor analysis of a correlation matrix of n respondents. */
export function factorAnalysisOfCorrelation(r: Mat, n: number, options: EfaOptions, variables?: string[]): EfaResult {
  const p = r.length;
  const k = options.factors;
  const method = options.method ?? 'minres';
  const rotation = options.rotation ?? 'oblimin';
  if (!Number.isInteger(k) || k < 1 || k >= p) throw new StatsError(`the number of factors must be between 1 and ${p - 1}, the number of items less one`);
  if (n <= p) throw new StatsError(`factor analysis needs more complete responses (${n}) than items (${p})`);
  const kmoResult = kmo(r);
  const bartlett = bartlettTest(r, n);
  const extraction = method === 'pa' ? extractPrincipalAxis(r, k) : extractMinres(r, k);
  const communalities = extraction.loadings.map((row) => row.reduce((s, v) => s + v * v, 0));
  let rotated: Mat = extraction.loadings;
  let phi: Mat | null = null;
  let rotationInfo = { iterations: 0, converged: true };
  if (rotation === 'varimax') {
    const v = varimax(extraction.loadings);
    rotated = v.loadings;
    rotationInfo = { iterations: v.iterations, converged: v.converged };
  } else if (rotation === 'oblimin' && k > 1) {
    const o = oblimin(extraction.loadings);
    rotated = o.loadings;
    phi = o.phi;
    rotationInfo = { iterations: o.iterations, converged: o.converged };
  }
  const sorted = sortAndReflect(rotated, phi);
  const structure = sorted.phi ? multiply(sorted.loadings, sorted.phi) : sorted.loadings.map((row) => row.slice());
  const weights = multiply(invert(r), structure);
  let cumulative = 0;
  return {
    n,
    variables: variables ?? r.map((_, i) => `V${i + 1}`),
    method,
    rotation,
    factors: k,
    loadings: sorted.loadings,
    structure,
    phi: sorted.phi,
    communalities,
    uniquenesses: communalities.map((h) => 1 - h),
    ssLoadings: sorted.ss,
    proportionVariance: sorted.ss.map((s) => s / p),
    cumulativeVariance: sorted.ss.map((s) => (cumulative += s / p)),
    kmo: kmoResult,
    bartlett,
    extraction: { iterations: extraction.iterations, converged: extraction.converged },
    rotationInfo,
    weights,
  };
}

/**
 * Factor analysis of item columns (NaN = missing; rows with a missing item are dropped).
 * With `scores: true` the result carries regression factor scores aligned with the input rows.
 */
export function factorAnalysis(columns: ReadonlyArray<ArrayLike<number>>, options: EfaOptions, variables?: string[]): EfaResult {
  const rows = completeRows(columns);
  const data = columns.map((c) => selectRows(c, rows));
  const names = variables ?? columns.map((_, i) => `V${i + 1}`);
  const constant = names.filter((_, j) => {
    const c = data[j];
    for (let i = 1; i < c.length; i++) if (c[i] !== c[0]) return false;
    return true;
  });
  if (constant.length && rows.length > 0) throw new StatsError(`every respondent gave the same answer to ${constant.join(', ')}`);
  if (rows.length <= columns.length) throw new StatsError(`factor analysis needs more complete responses (${rows.length}) than items (${columns.length})`);
  const r = correlationMatrix(data);
  const result = factorAnalysisOfCorrelation(r, rows.length, options, names);
  if (options.scores) {
    const scores = factorScores(data, result.weights);
    const total = columns.length ? columns[0].length : 0;
    result.scores = scores.map((s) => {
      const out = new Float64Array(total).fill(NaN);
      rows.forEach((row, i) => (out[row] = s[i]));
      return out;
    });
  }
  return result;
}

/** Regression factor scores of complete item columns: standardised items times the weights. Returns one column per factor. */
export function factorScores(data: ReadonlyArray<ArrayLike<number>>, weights: Mat): Float64Array[] {
  const n = data.length ? data[0].length : 0;
  const k = weights[0]?.length ?? 0;
  const out = Array.from({ length: k }, () => new Float64Array(n));
  data.forEach((c, j) => {
    let m = 0;
    for (let i = 0; i < n; i++) m += c[i];
    m /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (c[i] - m) * (c[i] - m);
    const s = Math.sqrt(ss / (n - 1));
    for (let f = 0; f < k; f++) {
      const w = weights[j][f] / s;
      const o = out[f];
      for (let i = 0; i < n; i++) o[i] += (c[i] - m) * w;
    }
  });
  return out;
}
