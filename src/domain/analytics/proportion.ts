// Rates with honest uncertainty: the Wilson score interval for one proportion and Newcombe's
// hybrid score interval for the difference of two, so that a dashboard can say plainly when a
// difference between groups is within noise.
import { normalQuantile } from '../stats/distributions.ts';

export const CONFIDENCE = 0.95;
const Z95 = normalQuantile(1 - (1 - CONFIDENCE) / 2);

export interface Rate {
  /** Successes (the numerator). */
  count: number;
  /** Trials (the denominator). */
  n: number;
  /** count / n, or null when n is 0. */
  rate: number | null;
  lower: number | null;
  upper: number | null;
}

/** The 95 % Wilson score interval: well-behaved for small n and rates near 0 or 1, unlike the Wald one. */
export function wilson(count: number, n: number, z = Z95): Rate {
  if (!Number.isInteger(count) || !Number.isInteger(n) || count < 0 || n < 0 || count > n) {
    throw new RangeError(`a rate needs whole numbers 0 ≤ count ≤ n, got ${count}/${n}`);
  }
  if (n === 0) return { count, n, rate: null, lower: null, upper: null };
  const p = count / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At the edges the interval touches 0 or 1 exactly; rounding must not push it past them.
  return { count, n, rate: p, lower: count === 0 ? 0 : Math.max(0, centre - half), upper: count === n ? 1 : Math.min(1, centre + half) };
}

export interface RateComparison {
  /** a.rate − b.rate. */
  difference: number;
  lower: number;
  upper: number;
  /** True when the 95 % interval of the difference contains 0: the groups cannot be told apart. */
  withinNoise: boolean;
}

/** Newcombe's (1998) method 10: the difference of two independent proportions with an interval
 * built from the two Wilson intervals. Null when either group is empty. */
export function compareRates(a: Rate, b: Rate): RateComparison | null {
  if (a.rate === null || b.rate === null || a.lower === null || a.upper === null || b.lower === null || b.upper === null) return null;
  const d = a.rate - b.rate;
  const lower = d - Math.sqrt((a.rate - a.lower) ** 2 + (b.upper - b.rate) ** 2);
  const upper = d + Math.sqrt((a.upper - a.rate) ** 2 + (b.rate - b.lower) ** 2);
  return { difference: d, lower, upper, withinNoise: lower <= 0 && upper >= 0 };
}

export interface OddsRatio {
  oddsRatio: number;
  lower: number;
  upper: number;
  /** True when a zero cell made the Haldane–Anscombe correction (0.5 added to every cell) necessary. */
  corrected: boolean;
}

/** The odds ratio of a 2×2 table (with/without the practice × outcome yes/no) and its 95 % Woolf
 * (log) interval. Null when a whole row or column is empty. */
export function oddsRatio(withYes: number, withNo: number, withoutYes: number, withoutNo: number, z = Z95): OddsRatio | null {
  if (withYes + withNo === 0 || withoutYes + withoutNo === 0 || withYes + withoutYes === 0 || withNo + withoutNo === 0) return null;
  const corrected = withYes === 0 || withNo === 0 || withoutYes === 0 || withoutNo === 0;
  const [a, b, c, d] = [withYes, withNo, withoutYes, withoutNo].map((x) => (corrected ? x + 0.5 : x));
  const log = Math.log((a * d) / (b * c));
  const se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  return { oddsRatio: Math.exp(log), lower: Math.exp(log - z * se), upper: Math.exp(log + z * se), corrected };
}

/** exp(β ± z·se): an odds ratio and its Wald interval from a logistic regression coefficient. */
export function oddsRatioFromCoefficient(estimate: number, stdError: number, z = Z95): { oddsRatio: number; lower: number; upper: number } {
  return { oddsRatio: Math.exp(estimate), lower: Math.exp(estimate - z * stdError), upper: Math.exp(estimate + z * stdError) };
}
