// Calendar dates as 'YYYY-MM-DD' strings. All arithmetic runs on UTC midnights, so the local
// time zone and daylight saving time can never move a date by one day.

/** A calendar date written as 'YYYY-MM-DD'. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year, month (1–12) and day of a date string. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const DAYS_IN_COMMON_YEAR_MONTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian leap year: every fourth year, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_COMMON_YEAR_MONTHS[month - 1];
}

/** True when `s` is a 'YYYY-MM-DD' string naming a real calendar date (no 2025-02-30). */
export function isIsoDate(s: string): boolean {
  const match = ISO_DATE_PATTERN.exec(s);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits a date string into numbers; throws a RangeError on anything that is not a real date. */
export function dateParts(date: IsoDate): DateParts {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Builds a date string from numbers; `month` and `day` are 1-based and must already be valid. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toEpochDay(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return Math.round(utc.getTime() / MS_PER_DAY);
}

function fromEpochDay(epochDay: number): IsoDate {
  const utc = new Date(epochDay * MS_PER_DAY);
  const year = utc.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`Date out of the four-digit year range: ${year}`);
  return formatIsoDate(year, utc.getUTCMonth() + 1, utc.getUTCDate());
}

/** The date `n` days after `date` (before it when `n` is negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Day count must be an integer: ${n}`);
  return fromEpochDay(toEpochDay(date) + n);
}

/**
 * The date `n` months after `date`. A day that does not exist in the target month is clamped to
 * its last day (2025-08-31 + 6 months = 2026-02-28), as in the Finnish rule for periods in months.
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Month count must be an integer: ${n}`);
  const { year, month, day } = dateParts(date);
  const monthIndex = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < 0 || targetYear > 9999) throw new RangeError(`Date out of the four-digit year range: ${targetYear}`);
  return formatIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Whole days from `a` to `b`: positive when `b` is later, negative when it is earlier. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** ISO 8601 weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 (epoch day 0) was a Thursday, ISO weekday 4.
  const mondayBased = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  return mondayBased + 1;
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDate(from: IsoDate, to: IsoDate): IsoDate[] {
  const first = toEpochDay(from);
  const last = toEpochDay(to);
  const dates: IsoDate[] = [];
  for (let epochDay = first; epochDay <= last; epochDay++) dates.push(fromEpochDay(epochDay));
  return dates;
}

// Created once: constructing an Intl formatter is comparatively slow.
const helsinkiDateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Finland (Europe/Helsinki), whatever the server's own time zone is. */
export function todayIso(now: Date = new Date()): IsoDate {
  // formatToParts avoids depending on the locale's order of day, month and year.
  const parts = helsinkiDateFormat.formatToParts(now);
  const part = (type: 'year' | 'month' | 'day') => Number(parts.find((p) => p.type === type)?.value);
  return formatIsoDate(part('year'), part('month'), part('day'));
}

/**
 * Age in whole years on `onDate`. Someone born on 29 February turns a year older on 28 February
 * in common years, consistent with `addMonths` and the Finnish rule for periods counted in years.
 * Throws a RangeError when `onDate` is before `birthDate`.
 */
export function ageOn(birthDate: IsoDate, onDate: IsoDate): number {
  const birth = dateParts(birthDate);
  const on = dateParts(onDate);
  if (daysBetween(birthDate, onDate) < 0) {
    throw new RangeError(`Date ${onDate} is before the birth date ${birthDate}`);
  }
  const birthdayDay = Math.min(birth.day, daysInMonth(on.year, birth.month));
  const birthdayPassed = on.month > birth.month || (on.month === birth.month && on.day >= birthdayDay);
  return on.year - birth.year - (birthdayPassed ? 0 : 1);
}
