// Reliability of a scale as R psych's alpha() reports it, reverse keying and scale scores.
//
// With k items, C their covariance matrix (n − 1) and R their correlation matrix:
//   raw alpha      α = k/(k − 1) · (1 − tr C / ΣC)                        (Cronbach 1951)
//   average r      r̄ = mean of the k(k − 1)/2 correlations between items
//   std. alpha     αₛ = k r̄ / (1 + (k − 1) r̄)                            (alpha of the standardised items)
//   alpha if item i is dropped: α of the other k − 1 items, from C without row and column i
//   item–rest r    r(xᵢ, Σ_{j≠i} xⱼ) = (Σⱼ Cᵢⱼ − Cᵢᵢ) / √(Cᵢᵢ · (ΣC − 2Σⱼ Cᵢⱼ + Cᵢᵢ))   (psych's r.drop)
//   item–total r   r(xᵢ, Σⱼ xⱼ) = Σⱼ Cᵢⱼ / √(Cᵢᵢ · ΣC)                    (psych's raw.r)
//   scale mean, sd the mean and SD (n − 1) of the respondents' scale scores, a score being the
//                  mean of the items (psych's default, cumulative = FALSE)
// Rows with a missing item are dropped first (listwise), so every statistic uses the same n.
import { completeRows, covarianceMatrix, selectRows, StatsError, type Mat } from './linalg.ts';
import { mean, sd } from './descriptive.ts';

export interface ItemKey {
  item: string;
  reversed: boolean;
}

/** "A1" → {item: "A1", reversed: false}; "-A1" → {item: "A1", reversed: true}. */
export function parseItemKey(spec: string): ItemKey {
  return spec.startsWith('-') ? { item: spec.slice(1), reversed: true } : { item: spec, reversed: false };
}

export interface ReverseRange {
  min: number;
  max: number;
}

/** Reverse keying: min + max − x (on a 1–5 scale 1 ↔ 5, 2 ↔ 4). Missing stays missing. */
export function reverseKey(value: number, range: ReverseRange): number {
  return range.min + range.max - value;
}

export function reverseColumn(values: ArrayLike<number>, range: ReverseRange): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = range.min + range.max - values[i];
  return out;
}

export interface ItemStatistics {
  item: string;
  /** Raw alpha of the scale without this item. */
  alphaIfDropped: number;
  /** Standardised alpha of the scale without this item. */
  stdAlphaIfDropped: number;
  /** Correlation of the item with the sum of the other items (corrected item–total). */
  itemRestR: number;
  /** Correlation of the item with the sum of all items (uncorrected). */
  itemTotalR: number;
  mean: number;
  sd: number;
}

export interface AlphaResult {
  /** Respondents with every item answered. */
  n: number;
  k: number;
  rawAlpha: number;
  stdAlpha: number;
  averageR: number;
  /** Mean and SD of the scale score (the mean of the items). */
  mean: number;
  sd: number;
  items: ItemStatistics[];
}

function rawAlphaOf(cov: Mat, keep: readonly number[]): number {
  const k = keep.length;
  let trace = 0;
  let total = 0;
  for (const i of keep) {
    trace += cov[i][i];
    for (const j of keep) total += cov[i][j];
  }
  return (k / (k - 1)) * (1 - trace / total);
}

function averageCorrelation(cor: Mat, keep: readonly number[]): number {
  let s = 0;
  let m = 0;
  for (let a = 0; a < keep.length; a++) {
    for (let b = a + 1; b < keep.length; b++) {
      s += cor[keep[a]][keep[b]];
      m++;
    }
  }
  return s / m;
}

const standardised = (k: number, r: number) => (k * r) / (1 + (k - 1) * r);

/**
 * Cronbach's alpha and item statistics of already keyed item columns (NaN = missing; rows with a
 * missing item are dropped). Reverse-keyed items must be recoded first (reverseColumn).
 */
export function cronbachAlpha(columns: ReadonlyArray<ArrayLike<number>>, names?: readonly string[]): AlphaResult {
  const k = columns.length;
  if (k < 2) throw new StatsError('alpha needs at least two items');
  const itemNames = names ?? columns.map((_, i) => `item${i + 1}`);
  const rows = completeRows(columns);
  const n = rows.length;
  if (n < 2) throw new StatsError(`alpha needs at least two complete responses, found ${n}`);
  const data = columns.map((c) => selectRows(c, rows));
  const cov = covarianceMatrix(data);
  const sds = cov.map((row, i) => Math.sqrt(row[i]));
  const zeroVariance = itemNames.filter((_, i) => !(sds[i] > 0));
  if (zeroVariance.length) throw new StatsError(`every respondent gave the same answer to ${zeroVariance.join(', ')}`);
  const cor = cov.map((row, i) => row.map((v, j) => (i === j ? 1 : v / (sds[i] * sds[j]))));
  const all = Array.from({ length: k }, (_, i) => i);
  const averageR = averageCorrelation(cor, all);
  let total = 0;
  for (const row of cov) for (const v of row) total += v;

  const scores = new Float64Array(n);
  for (const c of data) for (let r = 0; r < n; r++) scores[r] += c[r];
  for (let r = 0; r < n; r++) scores[r] /= k;

  const items = all.map((i): ItemStatistics => {
    const rest = all.filter((j) => j !== i);
    let rowSum = 0;
    for (const v of cov[i]) rowSum += v;
    const restVariance = total - 2 * rowSum + cov[i][i];
    return {
      item: itemNames[i],
      alphaIfDropped: k > 2 ? rawAlphaOf(cov, rest) : NaN,
      stdAlphaIfDropped: k > 2 ? standardised(k - 1, averageCorrelation(cor, rest)) : NaN,
      itemRestR: (rowSum - cov[i][i]) / Math.sqrt(cov[i][i] * restVariance),
      itemTotalR: rowSum / Math.sqrt(cov[i][i] * total),
      mean: mean(data[i]),
      sd: sds[i],
    };
  });
  return {
    n,
    k,
    rawAlpha: rawAlphaOf(cov, all),
    stdAlpha: standardised(k, averageR),
    averageR,
    mean: mean(scores),
    sd: sd(scores),
    items,
  };
}

/** Item columns of a scale, reverse-keyed items recoded as min + max − x. */
export function keyedColumns(
  data: Readonly<Record<string, ArrayLike<number>>>,
  keys: ReadonlyArray<string | ItemKey>,
  range: ReverseRange,
): { names: string[]; columns: ArrayLike<number>[] } {
  const parsed = keys.map((k) => (typeof k === 'string' ? parseItemKey(k) : k));
  return {
    names: parsed.map((k) => k.item),
    columns: parsed.map((k) => {
      const column = data[k.item];
      if (!column) throw new StatsError(`no item ${k.item}`);
      return k.reversed ? reverseColumn(column, range) : column;
    }),
  };
}

/** Alpha of a scale given as item keys ("A1", "-A2" for a reverse-keyed item). */
export function scaleReliability(
  data: Readonly<Record<string, ArrayLike<number>>>,
  keys: ReadonlyArray<string | ItemKey>,
  range: ReverseRange,
): AlphaResult {
  const { names, columns } = keyedColumns(data, keys, range);
  return cronbachAlpha(columns, names);
}

/** Scale scores: the mean of the keyed items, NaN where any item is missing. */
export function scaleScores(
  data: Readonly<Record<string, ArrayLike<number>>>,
  keys: ReadonlyArray<string | ItemKey>,
  range: ReverseRange,
): Float64Array {
  const { columns } = keyedColumns(data, keys, range);
  const n = columns.length ? columns[0].length : 0;
  const out = new Float64Array(n);
  for (const c of columns) for (let r = 0; r < n; r++) out[r] += c[r];
  // Sum first, divide once: equal sums give bit-identical scores, so ties stay ties (Spearman).
  for (let r = 0; r < n; r++) out[r] /= columns.length;
  return out; // NaN propagates from any missing item
}
