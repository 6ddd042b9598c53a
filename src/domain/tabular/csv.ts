// CSV writing for every export (invoices, survey responses, analytics tables): semicolon-separated
// with a byte order mark, as Finnish Excel opens it, fields quoted when they need it; formula-like
// text is prefixed with ' so a spreadsheet shows it as text (CSV injection), but text that is just a
// number ("-5", "-45,00") is left alone.

/** A number already formatted as text (e.g. "-45,00"): written as it is, never guarded. */
export interface CsvNumber {
  number: string;
}
export type CsvCell = string | number | null | undefined | CsvNumber;

export function csvField(value: CsvCell, separator = ';'): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'object') text = value.number;
  else text = /^[=+\-@\t\r]/.test(value) && !/^-?\d+([.,]\d+)?$/.test(value) ? `'${value}` : value;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(rows: readonly (readonly CsvCell[])[], separator = ';'): string {
  return '\uFEFF' + rows.map((r) => r.map((c) => csvField(c, separator)).join(separator)).join('\r\n') + '\r\n';
}
