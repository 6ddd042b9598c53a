// The answering page's texts, made at build time by the answerTexts plugin in src/web/vite.config.ts.
declare module 'virtual:answer-texts' {
  type Section = typeof import('../../i18n/fi.json', { with: { type: 'json' } })['surveys']['answer'] & { errors: Record<string, string> };
  const texts: { fi: Section; sv: Section; en: Section };
  export default texts;
}
