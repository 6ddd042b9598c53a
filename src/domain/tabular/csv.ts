// CSV writing for exports: semicolon-separated with a byte order mark, as Finnish Excel opens it,
// fields quoted when they need it; formula-like text is prefixed with ' so a spreadsheet shows it
// as text (CSV injection).
export type CsvCell = string | number | null | undefined;

export function csvField(value: CsvCell, separator = ';'): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-?\d+([.,]\d+)?$/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(rows: readonly CsvCell[][], separator = ';'): string {
  return '\uFEFF' + rows.map((r) => r.map((c) => csvField(c, separator)).join(separator)).join('\r\n') + '\r\n';
}
