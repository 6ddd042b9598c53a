// Finnish public holidays, plus Midsummer Eve and Christmas Eve, which are not public holidays
// in law but are days off in practice. The rules are those in force since the early 1990s;
// in the 1970s and 1980s Epiphany and Ascension Day were moved to Saturdays, which is not modelled.

import { addDays, dateParts, formatIsoDate, isoWeekday, type IsoDate } from './dates.ts';

export const HOLIDAY_KEYS = [
  'new_years_day',
  'epiphany',
  'good_friday',
  'easter_sunday',
  'easter_monday',
  'may_day',
  'ascension_day',
  'whitsunday',
  'midsummer_eve',
  'midsummer_day',
  'all_saints_day',
  'independence_day',
  'christmas_eve',
  'christmas_day',
  'boxing_day',
] as const;

/** Shown to users through i18n as `holidays.<key>`. */
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

export interface Holiday {
  date: IsoDate;
  key: HolidayKey;
}

// The Gregorian Easter computus needs the Gregorian calendar; dates need a four-digit year.
const FIRST_YEAR = 1583;
const LAST_YEAR = 9999;

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`Year must be an integer from ${FIRST_YEAR} to ${LAST_YEAR}: ${year}`);
  }
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  assertYear(year);
  const goldenNumberIndex = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const centuryRemainder = century % 4;
  const lunarCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - lunarCorrection + 1) / 3);
  // Days from the spring equinox to the paschal full moon, roughly.
  const epact = (19 * goldenNumberIndex + century - leapCenturies - solarCorrection + 15) % 30;
  const leapYearsOfCentury = Math.floor(yearOfCentury / 4);
  const yearRemainder = yearOfCentury % 4;
  // Days from the full moon to the following Sunday.
  const toSunday = (32 + 2 * centuryRemainder + 2 * leapYearsOfCentury - epact - yearRemainder) % 7;
  const lateCorrection = Math.floor((goldenNumberIndex + 11 * epact + 22 * toSunday) / 451);
  const dayCount = epact + toSunday - 7 * lateCorrection + 114;
  return formatIsoDate(year, Math.floor(dayCount / 31), (dayCount % 31) + 1);
}

/** The first date on or after `from` that falls on the ISO weekday (1 = Monday … 7 = Sunday). */
function firstWeekdayOnOrAfter(from: IsoDate, weekday: number): IsoDate {
  return addDays(from, (weekday - isoWeekday(from) + 7) % 7);
}

const FRIDAY = 5;
const SATURDAY = 6;

/** Public holidays and de facto days off of a year, sorted by date. */
export function finnishHolidays(year: number): Holiday[] {
  assertYear(year);
  const on = (month: number, day: number) => formatIsoDate(year, month, day);
  const easter = easterSunday(year);
  const holidays: Holiday[] = [
    { date: on(1, 1), key: 'new_years_day' },
    { date: on(1, 6), key: 'epiphany' },
    { date: addDays(easter, -2), key: 'good_friday' },
    { date: easter, key: 'easter_sunday' },
    { date: addDays(easter, 1), key: 'easter_monday' },
    { date: on(5, 1), key: 'may_day' },
    { date: addDays(easter, 39), key: 'ascension_day' },
    { date: addDays(easter, 49), key: 'whitsunday' },
    // Midsummer Day is the Saturday from 20 to 26 June, and its eve the Friday before it.
    { date: firstWeekdayOnOrAfter(on(6, 19), FRIDAY), key: 'midsummer_eve' },
    { date: firstWeekdayOnOrAfter(on(6, 20), SATURDAY), key: 'midsummer_day' },
    { date: firstWeekdayOnOrAfter(on(10, 31), SATURDAY), key: 'all_saints_day' },
    { date: on(12, 6), key: 'independence_day' },
    { date: on(12, 24), key: 'christmas_eve' },
    { date: on(12, 25), key: 'christmas_day' },
    { date: on(12, 26), key: 'boxing_day' },
  ];
  // ISO date strings sort chronologically; Easter's position among the others varies.
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// A few years are enough for the dates one screen or report looks at; the limit keeps a
// long-running server from growing the cache without bound.
const MAX_CACHED_YEARS = 16;
const holidaysByYear = new Map<number, ReadonlyMap<IsoDate, HolidayKey>>();

function holidayMapOf(year: number): ReadonlyMap<IsoDate, HolidayKey> {
  let byDate = holidaysByYear.get(year);
  if (!byDate) {
    byDate = new Map(finnishHolidays(year).map((holiday) => [holiday.date, holiday.key]));
    if (holidaysByYear.size >= MAX_CACHED_YEARS) holidaysByYear.clear();
    holidaysByYear.set(year, byDate);
  }
  return byDate;
}

/** The key of the holiday or day off on `date`, or null on an ordinary day. Throws a RangeError on an invalid date. */
export function isFinnishHoliday(date: IsoDate): HolidayKey | null {
  const { year } = dateParts(date);
  if (year < FIRST_YEAR) return null;
  return holidayMapOf(year).get(date) ?? null;
}
