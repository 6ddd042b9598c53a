// The answering page's texts: only the `surveys.answer` section and the error titles of each
// language catalogue (Vite keeps just the named parts of a JSON file, so the staff app's texts do
// not weigh on a phone).
import { errors as enErrors, surveys as enSurveys } from '../../i18n/en.json';
import { errors as fiErrors, surveys as fiSurveys } from '../../i18n/fi.json';
import { errors as svErrors, surveys as svSurveys } from '../../i18n/sv.json';
import type { Lang } from '../../domain/surveys/definition.ts';

const TEXTS = {
  fi: { ...fiSurveys.answer, errors: fiErrors as Record<string, string> },
  sv: { ...svSurveys.answer, errors: svErrors as Record<string, string> },
  en: { ...enSurveys.answer, errors: enErrors as Record<string, string> },
};
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
