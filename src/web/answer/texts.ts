// The answering page's texts: only the `surveys.answer` section and the error titles of each
// language (a virtual module made at build time), so the staff app's texts do not weigh on a phone.
import TEXTS from 'virtual:answer-texts';
import type { Lang } from '../../domain/surveys/definition.ts';

export type AnswerTexts = (typeof TEXTS)['fi'];

export function textsFor(lang: Lang): AnswerTexts {
  return TEXTS[lang];
}

/** Fills {{name}} placeholders as i18next does. */
export function fill(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function errorText(t: AnswerTexts, key: string, params?: Record<string, string | number>): string {
  const short = key.replace(/^errors\./, '');
  return fill(t.errors[short] ?? t.errors.invalid ?? key, params);
}
