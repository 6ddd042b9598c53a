// Pearson and Spearman correlations with two-sided p-values, as R psych's corr.test() gives them.
//   Pearson   r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²)
//   Spearman  ρ = Pearson's r of the ranks (ties get their average rank)
//   test      t = r √((n − 2)/(1 − r²)), two-sided p from Student's t with n − 2 df
// (for Spearman this is the t approximation corr.test uses, not cor.test's exact test).
// Missing values (NaN) are dropped listwise (rows missing any of the variables) or pairwise.
import { tTwoSidedP } from './distributions.ts';
import { completeRows, selectRows, StatsError } from './linalg.ts';

export type CorrelationMethod = 'pearson' | 'spearman';
export type MissingHandling = 'listwise' | 'pairwise';

export interface CorrelationTest {
  r: number;
  n: number;
  t: number;
  df: number;
  p: number;
}

export interface CorrelationPair extends CorrelationTest {
  a: string;
  b: string;
}

/** Pearson's r of two complete, equally long columns; NaN if either is constant. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n !== y.length) throw new RangeError('columns differ in length');
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const r = sxy / Math.sqrt(sxx * syy);
  return Math.max(-1, Math.min(1, r));
}

/** Ranks 1…n, ties sharing their average rank. */
export function ranks(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const out = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && x[order[j + 1]] === x[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let m = i; m <= j; m++) out[order[m]] = rank;
    i = j + 1;
  }
  return out;
}

export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearson(ranks(x), ranks(y));
}

/** The t test of a correlation r from n pairs. */
export function testCorrelation(r: number, n: number): CorrelationTest {
  const df = n - 2;
  if (df < 1 || Number.isNaN(r)) return { r, n, t: NaN, df, p: NaN };
  if (Math.abs(r) >= 1) return { r, n, t: r > 0 ? Infinity : -Infinity, df, p: 0 };
  const t = r * Math.sqrt(df / (1 - r * r));
  return { r, n, t, df, p: tTwoSidedP(t, df) };
}

/** Correlation of two columns over the rows where both have a value. */
export function correlationTest(x: ArrayLike<number>, y: ArrayLike<number>, method: CorrelationMethod = 'pearson'): CorrelationTest {
  const rows = completeRows([x, y]);
  const xs = selectRows(x, rows);
  const ys = selectRows(y, rows);
  return testCorrelation(method === 'spearman' ? spearman(xs, ys) : pearson(xs, ys), rows.length);
}

export interface NamedColumn {
  name: string;
  values: ArrayLike<number>;
}

/**
 * Every pair of the variables (in the given order: 1–2, 1–3, …, 2–3, …) with r, p and n.
 * Listwise (default) uses the rows where all variables have a value, pairwise the rows where the two have.
 */
export function correlationPairs(
  variables: readonly NamedColumn[],
  options: { method?: CorrelationMethod; missing?: MissingHandling } = {},
): CorrelationPair[] {
  const method = options.method ?? 'pearson';
  if (variables.length < 2) throw new StatsError('correlations need at least two variables');
  let columns = variables.map((v) => v.values);
  if ((options.missing ?? 'listwise') === 'listwise') {
    const rows = completeRows(columns);
    columns = columns.map((c) => selectRows(c, rows));
    if (method === 'spearman') columns = columns.map((c) => ranks(c));
    const out: CorrelationPair[] = [];
    for (let i = 0; i < columns.length; i++) {
      for (let j = i + 1; j < columns.length; j++) {
        out.push({ a: variables[i].name, b: variables[j].name, ...testCorrelation(pearson(columns[i], columns[j]), rows.length) });
      }
    }
    return out;
  }
  const out: CorrelationPair[] = [];
  for (let i = 0; i < columns.length; i++) {
    for (let j = i + 1; j < columns.length; j++) {
      out.push({ a: variables[i].name, b: variables[j].name, ...correlationTest(columns[i], columns[j], method) });
    }
  }
  return out;
}
