// Cross-tabulation with Pearson's chi-square test of independence.
//   χ² = Σ (O − E)² / E,  E_ij = (row total_i · column total_j) / N,  df = (r − 1)(c − 1)
// No continuity correction (R: chisq.test(table, correct = FALSE)).
import { chiSquareUpperP } from './distributions.ts';
import { compareCategories, isMissing, MIN_GROUP_SIZE, type Category, type Maybe } from './descriptive.ts';

export interface ChiSquareTest {
  chisq: number;
  df: number;
  p: number;
  /** Cramér's V = √(χ² / (N · (min(r, c) − 1))). */
  cramersV: number;
  /** Cells whose expected count is below 5 (the usual caution for the χ² approximation). */
  lowExpectedCells: number;
}

export interface CrossTab {
  rows: Category[];
  columns: Category[];
  /** counts[i][j]: respondents in row group i who answered column category j. */
  counts: number[][];
  /** Percentages within each row. */
  rowPercent: number[][];
  rowTotals: number[];
  columnTotals: number[];
  n: number;
  /** Row groups with fewer than `minGroupSize` respondents: hidden and left out of the test. */
  suppressedRows: number;
  test: ChiSquareTest | null;
}

/** Pearson's chi-square test on a table of counts (rows × columns). Null if the test is undefined. */
export function chiSquareTest(counts: number[][]): ChiSquareTest | null {
  const r = counts.length;
  const c = r ? counts[0].length : 0;
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = Array.from({ length: c }, (_, j) => counts.reduce((a, row) => a + row[j], 0));
  const n = rowTotals.reduce((a, b) => a + b, 0);
  const rowsUsed = rowTotals.filter((t) => t > 0).length;
  const colsUsed = colTotals.filter((t) => t > 0).length;
  if (n === 0 || rowsUsed < 2 || colsUsed < 2) return null;
  let chisq = 0;
  let low = 0;
  for (let i = 0; i < r; i++) {
    if (rowTotals[i] === 0) continue;
    for (let j = 0; j < c; j++) {
      if (colTotals[j] === 0) continue;
      const e = (rowTotals[i] * colTotals[j]) / n;
      if (e < 5) low++;
      chisq += ((counts[i][j] - e) * (counts[i][j] - e)) / e;
    }
  }
  const df = (rowsUsed - 1) * (colsUsed - 1);
  return {
    chisq,
    df,
    p: chiSquareUpperP(chisq, df),
    cramersV: Math.sqrt(chisq / (n * (Math.min(rowsUsed, colsUsed) - 1))),
    lowExpectedCells: low,
  };
}

/**
 * Cross-tabulates a grouping variable (rows) against an answer (columns); a respondent missing
 * either is left out. Row groups smaller than `minGroupSize` (default 5) are hidden and the test
 * is computed on the rows shown, so the hidden counts cannot be derived from the result.
 * Pass `minGroupSize: 0` to keep every row.
 */
export function crossTabulate(
  rowValues: ReadonlyArray<Maybe<Category>>,
  columnValues: ReadonlyArray<Maybe<Category>>,
  options: { rowLevels?: readonly Category[]; columnLevels?: readonly Category[]; minGroupSize?: number } = {},
): CrossTab {
  if (rowValues.length !== columnValues.length) throw new RangeError('row and column values differ in length');
  const minGroupSize = options.minGroupSize ?? MIN_GROUP_SIZE;
  const pairs: Array<[Category, Category]> = [];
  for (let i = 0; i < rowValues.length; i++) {
    if (isMissing(rowValues[i]) || isMissing(columnValues[i])) continue;
    pairs.push([rowValues[i] as Category, columnValues[i] as Category]);
  }
  const levels = (fixed: readonly Category[] | undefined, seen: Category[]) => {
    const set = new Set(fixed ?? []);
    return [...(fixed ?? []), ...[...new Set(seen)].filter((v) => !set.has(v)).sort(compareCategories)];
  };
  const allRows = levels(options.rowLevels, pairs.map((p) => p[0]));
  const columns = levels(options.columnLevels, pairs.map((p) => p[1]));
  const rowIndex = new Map(allRows.map((v, i) => [v, i]));
  const colIndex = new Map(columns.map((v, i) => [v, i]));
  const full = allRows.map(() => columns.map(() => 0));
  for (const [a, b] of pairs) full[rowIndex.get(a)!][colIndex.get(b)!]++;
  const keep = allRows.map((_, i) => full[i].reduce((x, y) => x + y, 0) >= minGroupSize);
  const rows = allRows.filter((_, i) => keep[i]);
  const counts = full.filter((_, i) => keep[i]);
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = columns.map((_, j) => counts.reduce((a, row) => a + row[j], 0));
  return {
    rows,
    columns,
    counts,
    rowPercent: counts.map((row, i) => row.map((v) => (rowTotals[i] ? (100 * v) / rowTotals[i] : NaN))),
    rowTotals,
    columnTotals,
    n: rowTotals.reduce((a, b) => a + b, 0),
    suppressedRows: keep.filter((k) => !k).length,
    test: chiSquareTest(counts),
  };
}
