// CSV for spreadsheets: UTF-8 with a byte-order mark, semicolons, CRLF, as Finnish Excel opens it.
// Text cells that a spreadsheet would run as a formula get a leading apostrophe.

/** A number already formatted as text (e.g. "-45,00"): written as it is, never guarded. */
export interface CsvNumber {
  number: string;
}
export type CsvCell = string | number | null | undefined | CsvNumber;

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') text = String(value);
  else if (typeof value === 'object') text = value.number;
  else text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(cell).join(';'), ...rows.map((row) => row.map(cell).join(';'))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
