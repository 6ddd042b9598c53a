// Small builders for the shipped templates: texts in Finnish, Swedish and English, Likert labels.
import type { Option, Question, Statement, Text } from '../definition.ts';

export const tx = (fi: string, sv: string, en: string): Text => ({ fi, sv, en });

export const opts = (list: Array<[string, string, string, string]>): Option[] => list.map(([value, fi, sv, en]) => ({ value, text: tx(fi, sv, en) }));

export const statements = (prefix: string, list: Array<[string, string, string]>, start = 1): Statement[] =>
  list.map(([fi, sv, en], i) => ({ code: `${prefix}${String(i + start).padStart(2, '0')}`, text: tx(fi, sv, en) }));

/** Five-point agreement, the scale of the 2020 study and the barometer's statements. */
export const AGREE5: Text[] = [
  tx('Täysin eri mieltä', 'Helt av annan åsikt', 'Strongly disagree'),
  tx('Jokseenkin eri mieltä', 'Delvis av annan åsikt', 'Somewhat disagree'),
  tx('Ei samaa eikä eri mieltä', 'Varken av samma eller annan åsikt', 'Neither agree nor disagree'),
  tx('Jokseenkin samaa mieltä', 'Delvis av samma åsikt', 'Somewhat agree'),
  tx('Täysin samaa mieltä', 'Helt av samma åsikt', 'Strongly agree'),
];

export const IMPORTANCE5: Text[] = [
  tx('Ei lainkaan tärkeä', 'Inte alls viktig', 'Not at all important'),
  tx('Vähän tärkeä', 'Lite viktig', 'Slightly important'),
  tx('Jonkin verran tärkeä', 'Ganska viktig', 'Moderately important'),
  tx('Tärkeä', 'Viktig', 'Important'),
  tx('Erittäin tärkeä', 'Mycket viktig', 'Very important'),
];

export interface Template {
  key: string;
  title: Text;
  description: Text;
  mode: 'anonymous' | 'identified';
  questions: Question[];
  scales: Array<{ code: string; name: Text; items: string[] }>;
}
