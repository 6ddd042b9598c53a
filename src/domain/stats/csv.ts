// CSV of survey responses: a header row, then one response per row.
// Fields may be quoted ("…", a doubled "" inside is a quote; quoted fields may span lines); the
// separator is a comma or a semicolon, whichever the header uses (Finnish Excel and Webropol export
// semicolons); a UTF-8 byte order mark is ignored; CRLF or LF line ends. An empty field is missing.

export class CsvError extends Error {
  override name = 'CsvError';
  constructor(
    message: string,
    /** 1-based line of the file where the problem is. */
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export interface CsvTable {
  separator: ',' | ';';
  header: string[];
  /** Data rows, each with exactly header.length fields. */
  rows: string[][];
  /** The 1-based file line on which each data row starts. */
  lines: number[];
}

function detectSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const records: Array<{ fields: string[]; line: number }> = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let atFieldStart = true;
  const n = text.length;
  const endRecord = () => {
    fields.push(field);
    // A line with nothing on it is skipped (for example the last newline of the file).
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  while (i < n) {
    const ch = text[i];
    if (atFieldStart && ch === '"') {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= n) throw new CsvError('a quoted field is not closed', quoteLine);
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      atFieldStart = false;
      const next = text[i];
      if (i < n && next !== separator && next !== '\n' && next !== '\r') {
        throw new CsvError(`unexpected ${JSON.stringify(next)} after a closing quote`, line);
      }
      continue;
    }
    if (ch === separator) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += ch;
      atFieldStart = false;
      i++;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  if (records.length === 0) throw new CsvError('the file is empty: a header row is needed', 1);
  const [head, ...body] = records;
  const header = head.fields.map((h) => h.trim());
  const seen = new Set<string>();
  header.forEach((h, j) => {
    if (h === '') throw new CsvError(`column ${j + 1} of the header has no name`, head.line);
    if (seen.has(h)) throw new CsvError(`the header names column "${h}" twice`, head.line);
    seen.add(h);
  });
  for (const r of body) {
    if (r.fields.length !== header.length) {
      throw new CsvError(`expected ${header.length} fields as in the header, found ${r.fields.length}`, r.line);
    }
  }
  return { separator, header, rows: body.map((r) => r.fields), lines: body.map((r) => r.line) };
}

/** Fast path for the usual Likert answer: a field of one to three digits; −1 otherwise. */
function smallInteger(field: string): number {
  const len = field.length;
  if (len === 0 || len > 3) return -1;
  let v = 0;
  for (let i = 0; i < len; i++) {
    const c = field.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * The numbers of one column, NaN for an empty field. With a semicolon separator a decimal comma
 * is accepted (3,5). Throws CsvError with the line of the first field that is not a number.
 */
export function numericColumn(table: CsvTable, name: string): Float64Array {
  const j = table.header.indexOf(name);
  if (j < 0) throw new RangeError(`no column ${name}`);
  const out = new Float64Array(table.rows.length);
  for (let r = 0; r < table.rows.length; r++) {
    const field = table.rows[r][j];
    const small = smallInteger(field);
    if (small >= 0) {
      out[r] = small;
      continue;
    }
    const raw = field.trim();
    if (raw === '') {
      out[r] = NaN;
      continue;
    }
    const text = table.separator === ';' ? raw.replace(',', '.') : raw;
    const v = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : NaN;
    if (Number.isNaN(v)) throw new CsvError(`column "${name}": ${JSON.stringify(raw)} is not a number`, table.lines[r]);
    out[r] = v;
  }
  return out;
}
