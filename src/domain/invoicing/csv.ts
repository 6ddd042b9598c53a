// Invoice CSV: a header row and the lines, written by the one CSV writer (src/domain/tabular/csv.ts).
import { writeCsv, type CsvCell } from '../tabular/csv.ts';

export type { CsvCell, CsvNumber } from '../tabular/csv.ts';

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return writeCsv([header, ...rows]);
}
