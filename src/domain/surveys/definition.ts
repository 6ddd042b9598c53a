// A survey's definition: its questions (with stable item codes), scales and conditions, and the
// rules that check a definition, decide which questions are shown, check a response and score it.
// Pure functions: the server stores definitions as JSON and calls these; the answering page calls
// `visibleQuestions` and `checkResponse` too, so that the browser and the server agree.

export type Lang = 'fi' | 'sv' | 'en';
export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
/** A text in Finnish, optionally in Swedish and English. */
export interface Text {
  fi: string;
  sv?: string;
  en?: string;
}

export const QUESTION_TYPES = ['likert', 'nps', 'single', 'multiple', 'number', 'text', 'longtext', 'matrix'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const CONDITION_OPS = ['equals', 'notEquals', 'includes', 'answered', 'atLeast', 'atMost'] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

/** Show a question only when an earlier answer meets this. */
export interface Condition {
  code: string;
  op: ConditionOp;
  value?: string | number;
}

export interface Option {
  value: string;
  text: Text;
}

export interface Statement {
  code: string;
  text: Text;
}

export interface Question {
  /** Stable item code: the column name in exports and analyses, the same in every round. */
  code: string;
  type: QuestionType;
  text: Text;
  help?: Text;
  required: boolean;
  showIf?: Condition;
  /** likert, matrix: number of points (2–11) and the labels of each point (or of the two ends). */
  points?: number;
  labels?: Text[];
  /** single, multiple: the choices. */
  options?: Option[];
  /** number: bounds and whether decimals are allowed. */
  min?: number;
  max?: number;
  integer?: boolean;
  /** matrix: the Likert statements, each its own item code. */
  statements?: Statement[];
  /** text, longtext: the longest answer accepted. */
  maxLength?: number;
}

export interface Scale {
  code: string;
  name: Text;
  /** Item codes; a leading "-" marks a reverse-keyed item (recoded as 1 + points − x). */
  items: string[];
}

export interface SurveyDefinition {
  questions: Question[];
  scales: Scale[];
}

/** One answer: a number (likert, nps, number, each matrix statement), a choice, choices or text. */
export type AnswerValue = number | string | string[];
export type Answers = Record<string, AnswerValue>;

export interface Issue {
  /** JSON path into the definition or the answers, e.g. questions.3.options or Q4. */
  path: string;
  /** i18n key (errors.*). */
  messageKey: string;
  params?: Record<string, string | number>;
}

const CODE = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
export const MAX_TEXT_ANSWER = 4000;

/** Picks a text in a language, falling back to Finnish. */
export const textIn = (t: Text | undefined, lang: Lang): string => (t ? (t[lang] ?? t.fi) : '');

/** Every item code of the survey in order: a matrix contributes one per statement. */
export function itemCodes(def: SurveyDefinition): string[] {
  const out: string[] = [];
  for (const q of def.questions) {
    if (q.type === 'matrix') for (const s of q.statements ?? []) out.push(s.code);
    else out.push(q.code);
  }
  return out;
}

/** An item: a question or one statement of a matrix, with what its value means. */
export interface Item {
  code: string;
  question: Question;
  text: Text;
  /** numeric items can be averaged; the others are counted. */
  numeric: boolean;
  /** Ordered levels of a categorical or Likert item. */
  levels: Array<string | number>;
}

export function items(def: SurveyDefinition): Item[] {
  const out: Item[] = [];
  for (const q of def.questions) {
    if (q.type === 'matrix') {
      for (const s of q.statements ?? []) out.push({ code: s.code, question: q, text: s.text, numeric: true, levels: range(1, q.points ?? 5) });
    } else if (q.type === 'likert') out.push({ code: q.code, question: q, text: q.text, numeric: true, levels: range(1, q.points ?? 5) });
    else if (q.type === 'nps') out.push({ code: q.code, question: q, text: q.text, numeric: true, levels: range(0, 10) });
    else if (q.type === 'number') out.push({ code: q.code, question: q, text: q.text, numeric: true, levels: [] });
    else if (q.type === 'single' || q.type === 'multiple') out.push({ code: q.code, question: q, text: q.text, numeric: false, levels: (q.options ?? []).map((o) => o.value) });
    else out.push({ code: q.code, question: q, text: q.text, numeric: false, levels: [] });
  }
  return out;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Checks a definition; returns every problem found (empty when it is sound). */
export function checkDefinition(def: SurveyDefinition): Issue[] {
  const issues: Issue[] = [];
  const add = (path: string, messageKey: string, params?: Issue['params']) => issues.push({ path, messageKey, params });
  const seen = new Map<string, Question>();
  const checkText = (t: Text | undefined, path: string) => {
    if (!t || typeof t.fi !== 'string' || !t.fi.trim()) add(`${path}.fi`, 'errors.required');
  };
  if (!Array.isArray(def.questions) || def.questions.length === 0) add('questions', 'errors.surveyNoQuestions');
  const codeSeen = (code: string, path: string, q: Question) => {
    if (!CODE.test(code)) add(path, 'errors.surveyItemCode');
    else if (seen.has(code.toLowerCase())) add(path, 'errors.surveyDuplicateCode', { code });
    else seen.set(code.toLowerCase(), q);
  };
  (def.questions ?? []).forEach((q, i) => {
    const p = `questions.${i}`;
    codeSeen(q.code, `${p}.code`, q);
    checkText(q.text, `${p}.text`);
    if (q.type === 'likert' || q.type === 'matrix') {
      const points = q.points ?? 0;
      if (!Number.isInteger(points) || points < 2 || points > 11) add(`${p}.points`, 'errors.surveyPoints');
      if (q.labels && q.labels.length !== points && q.labels.length !== 2) add(`${p}.labels`, 'errors.surveyLabels');
      q.labels?.forEach((l, j) => checkText(l, `${p}.labels.${j}`));
    }
    if (q.type === 'matrix') {
      if (!q.statements?.length) add(`${p}.statements`, 'errors.surveyNoStatements');
      q.statements?.forEach((s, j) => {
        codeSeen(s.code, `${p}.statements.${j}.code`, q);
        checkText(s.text, `${p}.statements.${j}.text`);
      });
    }
    if (q.type === 'single' || q.type === 'multiple') {
      if (!q.options || q.options.length < 2) add(`${p}.options`, 'errors.surveyOptions');
      const values = new Set<string>();
      q.options?.forEach((o, j) => {
        if (!o.value || values.has(o.value)) add(`${p}.options.${j}.value`, 'errors.surveyDuplicateCode', { code: o.value });
        values.add(o.value);
        checkText(o.text, `${p}.options.${j}.text`);
      });
    }
    if (q.type === 'number' && q.min !== undefined && q.max !== undefined && q.min > q.max) add(`${p}.max`, 'errors.surveyRange');
    if (q.showIf) {
      // A condition looks back only: the answer it depends on must be asked earlier.
      const target = seen.get(q.showIf.code.toLowerCase());
      if (!target || target === q) add(`${p}.showIf.code`, 'errors.surveyConditionTarget', { code: q.showIf.code });
      if (!CONDITION_OPS.includes(q.showIf.op)) add(`${p}.showIf.op`, 'errors.invalidChoice');
      if (q.showIf.op !== 'answered' && q.showIf.value === undefined) add(`${p}.showIf.value`, 'errors.required');
    }
  });
  const all = new Map(items(def).map((it) => [it.code, it]));
  (def.scales ?? []).forEach((s, i) => {
    const p = `scales.${i}`;
    if (!CODE.test(s.code)) add(`${p}.code`, 'errors.surveyItemCode');
    checkText(s.name, `${p}.name`);
    if (!s.items?.length || s.items.length < 2) add(`${p}.items`, 'errors.surveyScaleItems');
    let points: number | undefined;
    s.items?.forEach((key, j) => {
      const it = all.get(key.replace(/^-/, ''));
      if (!it || (it.question.type !== 'likert' && it.question.type !== 'matrix')) add(`${p}.items.${j}`, 'errors.surveyScaleItem', { code: key });
      else if (points !== undefined && it.question.points !== points) add(`${p}.items.${j}`, 'errors.surveyScalePoints', { code: key });
      else points = it.question.points;
    });
  });
  return issues;
}

/** Does an answer meet a condition? A missing answer meets none but `notEquals`. */
export function meets(condition: Condition, answers: Answers): boolean {
  const v = answers[condition.code];
  const missing = v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  switch (condition.op) {
    case 'answered':
      return !missing;
    case 'equals':
      return !missing && String(v) === String(condition.value);
    case 'notEquals':
      return missing || String(v) !== String(condition.value);
    case 'includes':
      return Array.isArray(v) ? v.includes(String(condition.value)) : String(v) === String(condition.value);
    case 'atLeast':
      return typeof v === 'number' && v >= Number(condition.value);
    case 'atMost':
      return typeof v === 'number' && v <= Number(condition.value);
  }
}

/**
 * The questions shown with these answers. A question whose condition depends on a hidden question
 * is hidden too (its answer does not count), so hiding cascades in the order of the survey.
 */
export function visibleQuestions(def: SurveyDefinition, answers: Answers): Question[] {
  const shown: Question[] = [];
  const visibleAnswers: Answers = {};
  for (const q of def.questions) {
    if (q.showIf && !meets(q.showIf, visibleAnswers)) continue;
    shown.push(q);
    const codes = q.type === 'matrix' ? (q.statements ?? []).map((s) => s.code) : [q.code];
    for (const c of codes) if (answers[c] !== undefined) visibleAnswers[c] = answers[c];
  }
  return shown;
}

function checkValue(q: Question, value: unknown, path: string): Issue | null {
  const bad = (messageKey: string, params?: Issue['params']): Issue => ({ path, messageKey, params });
  switch (q.type) {
    case 'likert':
    case 'matrix':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= (q.points ?? 5) ? null : bad('errors.invalidChoice');
    case 'nps':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10 ? null : bad('errors.invalidChoice');
    case 'single':
      return typeof value === 'string' && (q.options ?? []).some((o) => o.value === value) ? null : bad('errors.invalidChoice');
    case 'multiple':
      return Array.isArray(value) && value.every((v) => (q.options ?? []).some((o) => o.value === v)) && new Set(value).size === value.length
        ? null
        : bad('errors.invalidChoice');
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return bad('errors.invalidType');
      if (q.integer && !Number.isInteger(value)) return bad('errors.surveyWholeNumber');
      if (q.min !== undefined && value < q.min) return bad('errors.tooSmall', { min: q.min });
      if (q.max !== undefined && value > q.max) return bad('errors.tooBig', { max: q.max });
      return null;
    }
    case 'text':
    case 'longtext': {
      if (typeof value !== 'string') return bad('errors.invalidType');
      const max = q.maxLength ?? (q.type === 'text' ? 200 : MAX_TEXT_ANSWER);
      return value.length > max ? bad('errors.tooLong', { max }) : null;
    }
  }
}

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/**
 * Checks answers against the definition. Returns the cleaned answers (only shown questions, empty
 * answers dropped, texts trimmed) and the problems. A draft (`final: false`) may leave required
 * questions empty; unknown codes are refused in both.
 */
export function checkResponse(def: SurveyDefinition, raw: Record<string, unknown>, options: { final: boolean }): { answers: Answers; issues: Issue[] } {
  const issues: Issue[] = [];
  const known = new Set(itemCodes(def));
  for (const code of Object.keys(raw)) if (!known.has(code)) issues.push({ path: code, messageKey: 'errors.unknownField' });
  const typed: Answers = {};
  for (const [code, v] of Object.entries(raw)) {
    if (!known.has(code) || isEmpty(v)) continue;
    typed[code] = typeof v === 'string' ? v.trim() : (v as AnswerValue);
  }
  const answers: Answers = {};
  for (const q of visibleQuestions(def, typed)) {
    const parts = q.type === 'matrix' ? (q.statements ?? []).map((s) => s.code) : [q.code];
    for (const code of parts) {
      const v = typed[code];
      if (v === undefined) {
        if (q.required && options.final) issues.push({ path: code, messageKey: 'errors.required' });
        continue;
      }
      const problem = checkValue(q, v, code);
      if (problem) issues.push(problem);
      else answers[code] = v;
    }
  }
  return { answers, issues };
}

/** Reverse-keyed value of a Likert answer on 1..points. */
export const reverse = (value: number, points: number) => 1 + points - value;

/** Scale scores of one response: the mean of the keyed items, null when an item is missing. */
export function scoreScales(def: SurveyDefinition, answers: Answers): Record<string, number | null> {
  const byCode = new Map(items(def).map((it) => [it.code, it]));
  const out: Record<string, number | null> = {};
  for (const s of def.scales) {
    let sum = 0;
    let complete = true;
    for (const key of s.items) {
      const reversed = key.startsWith('-');
      const code = reversed ? key.slice(1) : key;
      const v = answers[code];
      if (typeof v !== 'number') {
        complete = false;
        break;
      }
      sum += reversed ? reverse(v, byCode.get(code)?.question.points ?? 5) : v;
    }
    out[s.code] = complete ? sum / s.items.length : null;
  }
  return out;
}
