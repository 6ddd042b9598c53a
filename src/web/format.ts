// Dates and numbers for people: 'YYYY-MM-DD' is shown and typed as d.M.yyyy (the Finnish and
// Finland-Swedish way, also used in the English UI); instants in the user's time zone.
import { isIsoDate } from '../domain/calendar/dates.ts';

const INTL_LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function intlLocale(lang: string): string {
  return INTL_LOCALES[lang] ?? 'fi-FI';
}

/** Today's calendar date where the user is. */
export function todayIso(): string {
  const now = new Date();
  return isoFromLocalDate(now);
}

export function isoFromLocalDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** '2025-03-07' → '7.3.2025'. Anything that is not a date comes back unchanged. */
export function displayDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const day = iso.slice(0, 10);
  if (!isIsoDate(day)) return iso;
  const [y, m, d] = day.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

/** '7.3.2025', '07.03.2025' or '2025-03-07' → '2025-03-07'; null when it is not a real date. */
export function parseDateInput(text: string): string | null {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (!match) return null;
  const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Weekday and date, e.g. 'ma 3.3.2025'. */
export function displayDateWithWeekday(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = new Intl.DateTimeFormat(intlLocale(lang), { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
  return `${weekday} ${d}.${m}.${y}`;
}

export function displayInstant(value: string | null | undefined, lang: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.valueOf())) return value;
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

export function displayNumber(value: number | string | null | undefined, lang: string): string {
  if (value === null || value === undefined || value === '') return '';
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) return String(value);
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 2 }).format(number);
}

/** '4,5' or '4.5' → 4.5; null for empty or not a number. */
export function parseDecimal(text: string): number | null {
  const value = text.trim().replace(',', '.');
  if (value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

export function monthName(year: number, month: number, lang: string): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

/** 'HH:MM:SS' → 'HH.MM' in Finnish and Swedish, 'HH:MM' in English. */
export function displayTime(value: string, lang: string): string {
  const hm = value.slice(0, 5);
  return lang === 'en' ? hm : hm.replace(':', '.');
}

export function fullName(person: { firstName?: string; lastName?: string; name?: string }): string {
  if (person.name) return person.name;
  return [person.firstName, person.lastName].filter(Boolean).join(' ');
}
