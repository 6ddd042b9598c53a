// i18next with Finnish as the default and Swedish and English selectable. Each catalogue is its
// own chunk, loaded when the language is first used; <html lang> follows the language.
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../domain/codes.ts';
import { setApiLanguage } from './api.ts';

const STORAGE_KEY = 'polku.locale';

const loaders: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  fi: () => import('../i18n/fi.json', { with: { type: 'json' } }),
  sv: () => import('../i18n/sv.json', { with: { type: 'json' } }),
  en: () => import('../i18n/en.json', { with: { type: 'json' } }),
};

const chunkBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, _namespace: string, callback: ReadCallback) {
    const load = loaders[isLocale(language) ? language : 'fi'];
    load().then(
      (module) => callback(null, module.default as never),
      (error: unknown) => callback(error as Error, false),
    );
  },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

function followLanguage(language: string): void {
  const locale = isLocale(language) ? language : 'fi';
  document.documentElement.lang = locale;
  setApiLanguage(locale);
}

export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', followLanguage);
  await i18next
    .use(chunkBackend)
    .use(initReactI18next)
    .init({
      lng: storedLocale() ?? 'fi',
      fallbackLng: 'fi',
      supportedLngs: [...LOCALES],
      load: 'languageOnly',
      ns: ['translation'],
      defaultNS: 'translation',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  followLanguage(i18next.language);
  return i18next;
}

export { i18next };
