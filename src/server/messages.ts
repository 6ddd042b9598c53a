// Server-side lookup of user-facing texts (error titles and field messages) in the same catalogues
// the web app uses, so that an API client gets the message in its language too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { I18N_DIR } from '../paths.ts';
import { LOCALES, type Locale } from '../domain/codes.ts';

type Catalogue = Record<string, unknown>;
const catalogues = new Map<Locale, Catalogue>();

function catalogue(locale: Locale): Catalogue {
  let found = catalogues.get(locale);
  if (!found) {
    try {
      found = JSON.parse(readFileSync(path.join(I18N_DIR, `${locale}.json`), 'utf8')) as Catalogue;
    } catch {
      found = {};
    }
    catalogues.set(locale, found);
  }
  return found;
}

/** `errors.notFound` → the text in that locale, falling back to English and then to the key.
 * `{{name}}` placeholders are filled from params, as i18next does in the browser. */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  for (const candidate of [locale, 'en' as const]) {
    const text = key.split('.').reduce<unknown>((node, part) => (node as Catalogue | undefined)?.[part], catalogue(candidate));
    if (typeof text === 'string') return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => String(params[name] ?? ''));
  }
  return key;
}

/** Picks fi, sv or en from an Accept-Language header; Finnish is the default. */
export function localeFromHeader(header: string | undefined): Locale {
  const wanted = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase().slice(0, 2), q: q === undefined ? 1 : Number(q) };
    })
    .sort((a, b) => b.q - a.q);
  return (wanted.find((w) => (LOCALES as readonly string[]).includes(w.tag))?.tag as Locale) ?? 'fi';
}
