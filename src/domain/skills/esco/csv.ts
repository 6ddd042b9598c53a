// CSV records with the line each starts on (RFC 4180: comma separated, "…" quotes with "" inside,
// quoted fields may span lines, CRLF or LF). A malformed record — a quote in the middle of an
// unquoted field's text is allowed, but text after a closing quote or a quote left open is not —
// is reported with its line and skipped up to the next line end, so the rest can still be read.

export interface CsvRecord {
  fields: string[];
  /** 1-based line on which the record starts. */
  line: number;
}

export interface CsvProblem {
  line: number;
  message: string;
}

/** Calls `onRecord` for every record (the header included) and `onProblem` for malformed ones. */
export function readCsv(text: string, onRecord: (record: CsvRecord) => void, onProblem: (problem: CsvProblem) => void): void {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const QUOTE = 34;
  const COMMA = 44;
  const CR = 13;
  const LF = 10;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let bad: string | null = null;
    for (;;) {
      // One field.
      if (text.charCodeAt(i) === QUOTE) {
        let value = '';
        let from = i + 1;
        let closed = false;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) break;
          const chunk = text.slice(from, q);
          for (let k = 0; k < chunk.length; k++) if (chunk.charCodeAt(k) === LF) line++;
          value += chunk;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
            continue;
          }
          i = q + 1;
          closed = true;
          break;
        }
        if (!closed) {
          bad = 'a quoted field is not closed';
          for (let k = from; k < n; k++) if (text.charCodeAt(k) === LF) line++;
          i = n;
          break;
        }
        fields.push(value.replace(/\r\n/g, '\n'));
        const c = text.charCodeAt(i);
        if (i < n && c !== COMMA && c !== CR && c !== LF) {
          bad = 'text after a closing quote';
          break;
        }
      } else {
        let end = i;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (c === COMMA || c === CR || c === LF) break;
          end++;
        }
        fields.push(text.slice(i, end));
        i = end;
      }
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      // End of record.
      if (c === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    if (bad) {
      onProblem({ line: startLine, message: bad });
      // Skip to the end of the current line.
      while (i < n && text.charCodeAt(i) !== LF) i++;
      if (i < n) {
        i++;
        line++;
      }
      continue;
    }
    if (fields.length === 1 && fields[0] === '') continue; // blank line
    onRecord({ fields, line: startLine });
  }
}
