// Responses in and out as tables. Export: one row per response, one column per item code (a
// multiple choice as one 0/1 column per option, CODE_VALUE), the round's label first, nothing that
// identifies a respondent or when they answered; and a codebook of every column. Import: a table
// from Webropol, LimeSurvey or a spreadsheet, its columns mapped to item codes, each value read as
// the item needs (numbers with a decimal comma, choices by value or by label in any language),
// every row checked as the answering page checks it, and each problem reported by row and column.
import { checkResponse, items as itemsOf, LANGS, textIn, type Answers, type Issue, type Item, type Lang, type SurveyDefinition } from './definition.ts';

export interface ExportColumn {
  name: string;
  item: Item;
  /** For the 0/1 column of one option of a multiple choice. */
  option?: string;
}

export function exportColumns(def: SurveyDefinition): ExportColumn[] {
  const out: ExportColumn[] = [];
  for (const it of itemsOf(def)) {
    if (it.question.type === 'multiple') for (const o of it.question.options ?? []) out.push({ name: `${it.code}_${o.value}`, item: it, option: o.value });
    else out.push({ name: it.code, item: it });
  }
  return out;
}

/** The table of responses: header, then one row per response (round label first). */
export function responseTable(def: SurveyDefinition, responses: Array<{ round: string; answers: Answers }>): Array<Array<string | number | null>> {
  const columns = exportColumns(def);
  const rows: Array<Array<string | number | null>> = [['round', ...columns.map((c) => c.name)]];
  for (const r of responses) {
    rows.push([
      r.round,
      ...columns.map((c) => {
        const v = r.answers[c.item.code];
        if (c.option !== undefined) return Array.isArray(v) ? (v.includes(c.option) ? 1 : 0) : null;
        if (v === undefined) return null;
        return Array.isArray(v) ? v.join(';') : v;
      }),
    ]);
  }
  return rows;
}

/** The codebook: what each column holds and what its values mean, in one language. */
export function codebook(def: SurveyDefinition, lang: Lang): string[][] {
  const reversed = new Map<string, string>();
  for (const s of def.scales) for (const k of s.items) reversed.set(k.replace(/^-/, ''), `${s.code}${k.startsWith('-') ? ' (reversed)' : ''}`);
  const rows: string[][] = [['column', 'question', 'type', 'values', 'scale']];
  rows.push(['round', 'Round', 'text', '', '']);
  for (const c of exportColumns(def)) {
    const q = c.item.question;
    let values = '';
    if (c.option !== undefined) values = `1 = ${textIn(q.options?.find((o) => o.value === c.option)?.text, lang)}; 0 = not chosen`;
    else if (q.type === 'single') values = (q.options ?? []).map((o) => `${o.value} = ${textIn(o.text, lang)}`).join('; ');
    else if (q.type === 'likert' || q.type === 'matrix') {
      const points = q.points ?? 5;
      const labels = q.labels ?? [];
      values = Array.from({ length: points }, (_, i) => {
        const label = labels.length === points ? labels[i] : labels.length === 2 && (i === 0 || i === points - 1) ? labels[i === 0 ? 0 : 1] : undefined;
        return label ? `${i + 1} = ${textIn(label, lang)}` : `${i + 1}`;
      }).join('; ');
    } else if (q.type === 'nps') values = '0–10';
    else if (q.type === 'number') values = [q.min !== undefined ? `min ${q.min}` : '', q.max !== undefined ? `max ${q.max}` : ''].filter(Boolean).join(', ');
    const text = q.type === 'matrix' ? `${textIn(q.text, lang)} — ${textIn(c.item.text, lang)}` : textIn(q.text, lang);
    rows.push([c.name, text, q.type, values, reversed.get(c.item.code) ?? '']);
  }
  return rows;
}

export interface ImportIssue {
  /** 1-based row of the file (the header is row 1). */
  row: number;
  column: string | null;
  messageKey: string;
  value?: string;
}

/** Column → item code (or CODE_VALUE for one option of a multiple choice). Unmapped columns are ignored. */
export type ColumnMapping = Record<string, string>;

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** A first guess of the mapping: a column named as an item code, or worded as its question. */
export function suggestMapping(def: SurveyDefinition, header: string[]): ColumnMapping {
  const targets = new Map<string, string>();
  for (const c of exportColumns(def)) targets.set(norm(c.name), c.name);
  for (const it of itemsOf(def)) {
    if (it.question.type === 'multiple') continue;
    for (const lang of LANGS) {
      const t = it.text[lang];
      if (t) targets.set(norm(t), it.code);
    }
  }
  const mapping: ColumnMapping = {};
  for (const h of header) {
    const target = targets.get(norm(h));
    if (target) mapping[h] = target;
  }
  return mapping;
}

function labelMatch(item: Item, raw: string): number | string | undefined {
  const q = item.question;
  const wanted = norm(raw);
  if (q.type === 'single' || q.type === 'multiple') {
    for (const o of q.options ?? []) {
      if (norm(o.value) === wanted) return o.value;
      if (LANGS.some((l) => o.text[l] && norm(o.text[l]!) === wanted)) return o.value;
    }
    return undefined;
  }
  if ((q.type === 'likert' || q.type === 'matrix') && q.labels?.length === q.points) {
    const i = q.labels!.findIndex((l) => LANGS.some((lang) => l[lang] && norm(l[lang]!) === wanted));
    if (i >= 0) return i + 1;
  }
  return undefined;
}

function parseNumber(raw: string): number | undefined {
  const text = raw.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/**
 * Reads the rows (without the header) with the mapping. Returns the answers of each row (null for a
 * row with a problem) and the problems. A value that cannot be read is a problem of its row and
 * column; so is every problem `checkResponse` finds (required, out of range, …).
 */
export function readResponses(def: SurveyDefinition, header: string[], rows: string[][], mapping: ColumnMapping): { rows: Array<Answers | null>; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const columns = exportColumns(def);
  const byTarget = new Map(columns.map((c) => [c.name, c]));
  const byItem = new Map(itemsOf(def).map((it) => [it.code, it]));
  for (const [column, target] of Object.entries(mapping)) {
    if (!header.includes(column)) issues.push({ row: 1, column, messageKey: 'errors.importNoColumn' });
    if (!byTarget.has(target) && !byItem.has(target)) issues.push({ row: 1, column, messageKey: 'errors.importUnknownItem', value: target });
  }
  if (issues.length) return { rows: rows.map(() => null), issues };
  const out: Array<Answers | null> = [];
  rows.forEach((cells, r) => {
    const rowNumber = r + 2;
    const raw: Record<string, unknown> = {};
    const columnOf: Record<string, string> = {};
    let bad = false;
    const unread = new Set<string>();
    for (const [column, target] of Object.entries(mapping)) {
      const text = (cells[header.indexOf(column)] ?? '').trim();
      const option = byTarget.get(target)?.option;
      const item = byTarget.get(target)?.item ?? byItem.get(target)!;
      columnOf[item.code] = column;
      if (text === '') continue;
      const q = item.question;
      const fail = (messageKey: string) => {
        issues.push({ row: rowNumber, column, messageKey, value: text });
        unread.add(item.code);
        bad = true;
      };
      if (option !== undefined) {
        const yes = ['1', 'x', 'true', 'kyllä', 'ja', 'yes'].includes(norm(text)) || norm(text) === norm(option);
        const no = ['0', 'false', 'ei', 'nej', 'no'].includes(norm(text));
        if (!yes && !no) fail('errors.invalidChoice');
        else if (yes) raw[item.code] = [...((raw[item.code] as string[]) ?? []), option];
        else raw[item.code] ??= [];
        continue;
      }
      if (q.type === 'multiple') {
        const parts = text.split(/[;|,]/).map((p) => p.trim()).filter(Boolean);
        const values = parts.map((p) => labelMatch(item, p));
        if (values.some((v) => v === undefined)) fail('errors.invalidChoice');
        else raw[item.code] = values as string[];
      } else if (q.type === 'single') {
        const v = labelMatch(item, text);
        if (v === undefined) fail('errors.invalidChoice');
        else raw[item.code] = v;
      } else if (q.type === 'likert' || q.type === 'matrix' || q.type === 'nps' || q.type === 'number') {
        const v = parseNumber(text) ?? labelMatch(item, text);
        if (v === undefined) fail('errors.invalidType');
        else raw[item.code] = v;
      } else raw[item.code] = text;
    }
    const checked = checkResponse(def, raw, { final: true });
    for (const issue of checked.issues as Issue[]) {
      // A value that could not be read is reported once, not again as missing.
      if (unread.has(issue.path)) continue;
      issues.push({ row: rowNumber, column: columnOf[issue.path] ?? issue.path, messageKey: issue.messageKey });
      bad = true;
    }
    out.push(bad ? null : checked.answers);
  });
  return { rows: out, issues };
}
