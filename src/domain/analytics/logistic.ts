// Logistic regression by iteratively reweighted least squares, as R's glm(family = binomial)
// fits it: the same coefficients, standard errors, z values, p-values, deviances and AIC.
// Data may be grouped (covariate patterns with successes out of trials), which is how a million
// service periods become a few thousand rows before the fit.
import { normalCdf } from '../stats/distributions.ts';
import { invert, StatsError, type Mat } from '../stats/linalg.ts';

export interface BinomialRow {
  /** Covariate values, the intercept excluded. */
  x: readonly number[];
  successes: number;
  trials: number;
}

export interface Coefficient {
  name: string;
  estimate: number;
  stdError: number;
  z: number;
  p: number;
}

export interface LogisticFit {
  coefficients: Coefficient[];
  /** Observations (the sum of trials). */
  n: number;
  deviance: number;
  nullDeviance: number;
  aic: number;
  iterations: number;
  converged: boolean;
}

const MAX_ITERATIONS = 25; // glm.control()'s maxit
const TOLERANCE = 1e-8; // glm.control()'s epsilon, on the relative change of the deviance

/** Fits logit P(success) = β0 + Σ βj xj. `names` label the covariates (the intercept is added). */
export function fitLogistic(rows: readonly BinomialRow[], names: readonly string[]): LogisticFit {
  const p = names.length + 1;
  const used = rows.filter((r) => r.trials > 0);
  for (const r of used) {
    if (r.x.length !== names.length) throw new StatsError(`a row has ${r.x.length} covariates, expected ${names.length}`);
    if (r.successes < 0 || r.successes > r.trials) throw new StatsError(`successes must lie in 0…trials, got ${r.successes}/${r.trials}`);
  }
  const n = used.reduce((s, r) => s + r.trials, 0);
  if (n === 0) throw new StatsError('no observations to fit');
  const design = used.map((r) => [1, ...r.x]);
  const y = used.map((r) => r.successes / r.trials);
  const w = used.map((r) => r.trials);

  // glm's starting values: mu = (w·y + 0.5) / (w + 1).
  let eta = used.map((_, i) => {
    const mu = (w[i] * y[i] + 0.5) / (w[i] + 1);
    return Math.log(mu / (1 - mu));
  });
  let beta = new Array<number>(p).fill(0);
  let deviance = Infinity;
  let converged = false;
  let iterations = 0;
  let information: Mat = [];
  for (iterations = 1; iterations <= MAX_ITERATIONS; iterations++) {
    // Weighted least squares of the working response z on X with weights w·mu(1−mu).
    const xtwx: Mat = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    const xtwz = new Array<number>(p).fill(0);
    for (let i = 0; i < used.length; i++) {
      const mu = logistic(eta[i]);
      const variance = Math.max(mu * (1 - mu), 1e-12);
      const weight = w[i] * variance;
      const z = eta[i] + (y[i] - mu) / variance;
      const xi = design[i];
      for (let a = 0; a < p; a++) {
        const wa = weight * xi[a];
        if (wa === 0) continue;
        xtwz[a] += wa * z;
        for (let b = a; b < p; b++) xtwx[a][b] += wa * xi[b];
      }
    }
    for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) xtwx[a][b] = xtwx[b][a];
    let inverse: Mat;
    try {
      inverse = invert(xtwx);
    } catch {
      throw new StatsError('the model cannot be fitted: some covariates are collinear or a group has no observations');
    }
    beta = inverse.map((row) => row.reduce((s, v, j) => s + v * xtwz[j], 0));
    eta = design.map((xi) => xi.reduce((s, v, j) => s + v * beta[j], 0));
    const next = binomialDeviance(y, w, eta.map(logistic));
    information = xtwx;
    if (Math.abs(next - deviance) / (Math.abs(next) + 0.1) < TOLERANCE) {
      deviance = next;
      converged = true;
      break;
    }
    deviance = next;
  }
  // Standard errors from the weights of the last iteration, as glm reports them (its QR of the
  // final weighted least-squares fit).
  const covariance = invert(information);
  const meanY = used.reduce((s, r) => s + r.successes, 0) / n;
  const nullDeviance = binomialDeviance(y, w, y.map(() => meanY));
  const coefficients = ['(Intercept)', ...names].map((name, j) => {
    const stdError = Math.sqrt(covariance[j][j]);
    const z = beta[j] / stdError;
    return { name, estimate: beta[j], stdError, z, p: 2 * normalCdf(-Math.abs(z)) };
  });
  return { coefficients, n, deviance, nullDeviance, aic: aic(used, eta.map(logistic)), iterations, converged };
}

export function logistic(eta: number): number {
  return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
}

/** The predicted probability of a covariate vector under fitted coefficients (intercept first). */
export function predict(coefficients: readonly { estimate: number }[], x: readonly number[]): number {
  let eta = coefficients[0].estimate;
  for (let j = 0; j < x.length; j++) eta += coefficients[j + 1].estimate * x[j];
  return logistic(eta);
}

function binomialDeviance(y: readonly number[], w: readonly number[], mu: readonly number[]): number {
  let d = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i];
    const mi = Math.min(Math.max(mu[i], 1e-300), 1 - 1e-16);
    if (yi > 0) d += 2 * w[i] * yi * Math.log(yi / mi);
    if (yi < 1) d += 2 * w[i] * (1 - yi) * Math.log((1 - yi) / (1 - mi));
  }
  return d;
}

/** AIC as binomial()$aic computes it for grouped data: −2 Σ log dbinom(successes, trials, mu) + 2p. */
function aic(rows: readonly BinomialRow[], mu: readonly number[]): number {
  let logLik = 0;
  rows.forEach((r, i) => {
    const m = mu[i];
    logLik += logChoose(r.trials, r.successes) + (r.successes > 0 ? r.successes * Math.log(m) : 0) + (r.trials - r.successes > 0 ? (r.trials - r.successes) * Math.log(1 - m) : 0);
  });
  return -2 * logLik + 2 * (rows[0].x.length + 1);
}

function logChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
  return s;
}
