// Compensation terms as the API takes them: validated with `parseTerms` (the same schema as the
// simulator's), errors as field errors whose path is the JSON path under `terms`.
import { parseTerms, type CompensationTerms } from '../../domain/compensation/terms.ts';
import { AppError, type FieldError } from '../errors.ts';

/**
 * Splits a "json.path: reason" line of parseTerms into its path and reason. The path is read token
 * by token (`name`, `.name`, `[3]`, `["any key"]`), so a key containing ": " cannot cut it short.
 */
export function splitIssue(line: string): { path: string; reason: string } {
  if (line.startsWith('$: ')) return { path: '', reason: line.slice(3) };
  let i = 0;
  const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*/;
  while (i < line.length) {
    const rest = line.slice(i);
    if (rest.startsWith(': ')) return { path: line.slice(0, i), reason: line.slice(i + 2) };
    const name = identifier.exec(rest.startsWith('.') ? rest.slice(1) : rest);
    if (name && (rest.startsWith('.') || i === 0)) {
      i += name[0].length + (rest.startsWith('.') ? 1 : 0);
      continue;
    }
    const index = /^\[\d+\]/.exec(rest);
    if (index) {
      i += index[0].length;
      continue;
    }
    if (rest.startsWith('["')) {
      // A JSON string: ends at the first quote not escaped by a backslash, then "]".
      let j = 2;
      while (j < rest.length && rest[j] !== '"') j += rest[j] === '\\' ? 2 : 1;
      if (rest[j + 1] === ']') {
        i += j + 2;
        continue;
      }
    }
    break;
  }
  const cut = line.indexOf(': ');
  return cut < 0 ? { path: '', reason: line } : { path: line.slice(0, cut), reason: line.slice(cut + 2) };
}

/** "outcomeBonusCents.hired: …" → {path: "terms.outcomeBonusCents.hired", messageKey: "errors.invalidTerms", params: {reason}} */
export function termsFieldErrors(errors: readonly string[], prefix = 'terms'): FieldError[] {
  return errors.map((line) => {
    const { path, reason } = splitIssue(line);
    const full = path === '' ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
    return { path: full, messageKey: 'errors.invalidTerms', params: { reason } };
  });
}

/** Validated terms with the defaults applied, or a 422 naming every problem. */
export function validTerms(data: unknown, prefix = 'terms'): CompensationTerms {
  const parsed = parseTerms(data);
  if (parsed.ok) return parsed.value;
  throw new AppError(422, 'errors.validation', `invalid terms: ${parsed.errors.join('; ')}`, termsFieldErrors(parsed.errors, prefix));
}

/** Terms read back from the database, checked again (they were valid when saved). */
export function storedTerms(data: unknown): CompensationTerms {
  const parsed = parseTerms(data);
  if (!parsed.ok) throw new Error(`stored compensation terms are not valid: ${parsed.errors.join('; ')}`);
  return parsed.value;
}
