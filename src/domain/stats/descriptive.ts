// Descriptive statistics: mean, SD, median, frequencies and group breakdowns.
// Missing values are null, undefined or NaN; every function reports how many values it used.

/** Groups with fewer respondents than this are hidden from breakdowns (privacy of small groups). */
export const MIN_GROUP_SIZE = 5;

export type Maybe<T> = T | null | undefined;

export function isMissing(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)) || v === '';
}

/** The non-missing numbers of a column. */
export function present(values: ReadonlyArray<Maybe<number>>): number[] {
  const out: number[] = [];
  for (const v of values) if (typeof v === 'number' && !Number.isNaN(v)) out.push(v);
  return out;
}

export function sum(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}

/** Arithmetic mean; NaN for no values. */
export function mean(xs: ArrayLike<number>): number {
  return xs.length === 0 ? NaN : sum(xs) / xs.length;
}

/** Sample variance with the n − 1 denominator; NaN for fewer than two values. */
export function variance(xs: ArrayLike<number>): number {
  const n = xs.length;
  if (n < 2) return NaN;
  const m = mean(xs);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (xs[i] - m) * (xs[i] - m);
  return ss / (n - 1);
}

/** Sample standard deviation (n − 1 denominator), as R's sd(). */
export function sd(xs: ArrayLike<number>): number {
  return Math.sqrt(variance(xs));
}

/** Median: the middle value, or the mean of the two middle values. NaN for no values. */
export function median(xs: ArrayLike<number>): number {
  const n = xs.length;
  if (n === 0) return NaN;
  const sorted = Array.from(xs).sort((a, b) => a - b);
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Description {
  n: number;
  missing: number;
  mean: number;
  sd: number;
  median: number;
  min: number;
  max: number;
}

export function describe(values: ReadonlyArray<Maybe<number>>): Description {
  const xs = present(values);
  let min = Infinity;
  let max = -Infinity;
  for (const x of xs) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return {
    n: xs.length,
    missing: values.length - xs.length,
    mean: mean(xs),
    sd: sd(xs),
    median: median(xs),
    min: xs.length ? min : NaN,
    max: xs.length ? max : NaN,
  };
}

export type Category = string | number | boolean;

export interface FrequencyRow {
  value: Category;
  count: number;
  /** Percentage of all values, missing included. */
  percent: number;
  /** Percentage of the non-missing values (SPSS's "valid percent"). */
  validPercent: number;
}

export interface Frequencies {
  total: number;
  n: number;
  missing: number;
  rows: FrequencyRow[];
}

/**
 * Frequencies and percentages. `levels` fixes the order and lists the categories nobody chose
 * (for example all points of a Likert scale); other values follow in their natural order.
 */
export function frequencies(values: ReadonlyArray<Maybe<Category>>, levels: readonly Category[] = []): Frequencies {
  const counts = new Map<Category, number>();
  for (const level of levels) counts.set(level, 0);
  let missing = 0;
  for (const v of values) {
    if (isMissing(v)) missing++;
    else counts.set(v as Category, (counts.get(v as Category) ?? 0) + 1);
  }
  const fixed = new Set(levels);
  const extra = [...counts.keys()].filter((k) => !fixed.has(k)).sort(compareCategories);
  const total = values.length;
  const n = total - missing;
  return {
    total,
    n,
    missing,
    rows: [...levels, ...extra].map((value) => {
      const count = counts.get(value) ?? 0;
      return { value, count, percent: total ? (100 * count) / total : NaN, validPercent: n ? (100 * count) / n : NaN };
    }),
  };
}

export function compareCategories(a: Category, b: Category): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'fi', { numeric: true });
}

export type GroupRow =
  | { group: Category; suppressed: false; n: number; mean: number; sd: number; median: number }
  | { group: Category; suppressed: true };

export interface GroupBreakdown {
  groups: GroupRow[];
  /**
   * All respondents with a value, those of hidden groups and those without a group included;
   * null when there are fewer than `minGroupSize` of them.
   */
  total: { n: number; mean: number; sd: number; median: number } | null;
  /** How many groups were hidden because they had fewer than `minGroupSize` respondents. */
  suppressedGroups: number;
}

/**
 * Mean, SD and median of `values` by `groups`. A group with fewer than `minGroupSize` respondents
 * who answered is shown only as suppressed: neither its statistics nor its size are reported.
 * Respondents without a group count in the total only. So that the hidden respondents cannot be
 * recovered as "total minus the shown groups", further groups (the smallest first) are hidden while
 * that difference would cover 1 to `minGroupSize` − 1 respondents.
 */
export function groupBreakdown(
  values: ReadonlyArray<Maybe<number>>,
  groups: ReadonlyArray<Maybe<Category>>,
  options: { minGroupSize?: number; levels?: readonly Category[] } = {},
): GroupBreakdown {
  if (values.length !== groups.length) throw new RangeError('values and groups differ in length');
  const minGroupSize = options.minGroupSize ?? MIN_GROUP_SIZE;
  const byGroup = new Map<Category, number[]>();
  for (const level of options.levels ?? []) byGroup.set(level, []);
  const all: number[] = [];
  values.forEach((v, i) => {
    if (typeof v !== 'number' || Number.isNaN(v)) return;
    all.push(v);
    const g = groups[i];
    if (isMissing(g)) return;
    let list = byGroup.get(g as Category);
    if (!list) byGroup.set(g as Category, (list = []));
    list.push(v);
  });
  const fixed = new Set(options.levels ?? []);
  const order = [...(options.levels ?? []), ...[...byGroup.keys()].filter((k) => !fixed.has(k)).sort(compareCategories)];
  const hidden = new Set(order.filter((g) => (byGroup.get(g) ?? []).length < minGroupSize));
  // Secondary suppression: the total minus the shown groups must not single out fewer than
  // `minGroupSize` respondents (the members of hidden groups plus those without a group).
  // Hide the smallest shown groups until it does not.
  let shownN = 0;
  for (const g of order) if (!hidden.has(g)) shownN += byGroup.get(g)!.length;
  const shownBySize = order.filter((g) => !hidden.has(g)).sort((a, b) => byGroup.get(a)!.length - byGroup.get(b)!.length);
  while (all.length - shownN > 0 && all.length - shownN < minGroupSize && shownBySize.length > 0) {
    const g = shownBySize.shift()!;
    hidden.add(g);
    shownN -= byGroup.get(g)!.length;
  }
  const rows: GroupRow[] = order.map((group) => {
    const xs = byGroup.get(group) ?? [];
    if (hidden.has(group)) return { group, suppressed: true };
    return { group, suppressed: false, n: xs.length, mean: mean(xs), sd: sd(xs), median: median(xs) };
  });
  const total = all.length >= minGroupSize || all.length === 0
    ? { n: all.length, mean: mean(all), sd: sd(all), median: median(all) }
    : null;
  return { groups: rows, total, suppressedGroups: hidden.size };
}
