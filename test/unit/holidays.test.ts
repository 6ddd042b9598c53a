import { describe, expect, it } from 'vitest';
import { HOLIDAY_NAMES } from '../../src/domain/calendar/holiday-names.ts';
import { easterSunday, finnishHolidays, HOLIDAY_KEYS, isFinnishHoliday } from '../../src/domain/calendar/holidays.ts';
import { isoWeekday } from '../../src/domain/calendar/dates.ts';

const dateOf = (year: number, key: string) => finnishHolidays(year).find((holiday) => holiday.key === key)?.date;

describe('easterSunday', () => {
  it('matches published Easter dates', () => {
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2020)).toBe('2020-04-12');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    // 25 April is the latest possible Easter Sunday.
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2200; year++) {
      const easter = easterSunday(year);
      expect(isoWeekday(easter)).toBe(7);
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
    }
  });

  it('rejects years outside the Gregorian calendar and four-digit dates', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
    expect(() => easterSunday(10000)).toThrow(RangeError);
    expect(() => easterSunday(2025.5)).toThrow(RangeError);
  });
});

describe('finnishHolidays', () => {
  it('lists the holidays and days off of 2025 in date order', () => {
    expect(finnishHolidays(2025)).toEqual([
      { date: '2025-01-01', key: 'new_years_day' },
      { date: '2025-01-06', key: 'epiphany' },
      { date: '2025-04-18', key: 'good_friday' },
      { date: '2025-04-20', key: 'easter_sunday' },
      { date: '2025-04-21', key: 'easter_monday' },
      { date: '2025-05-01', key: 'may_day' },
      { date: '2025-05-29', key: 'ascension_day' },
      { date: '2025-06-08', key: 'whitsunday' },
      { date: '2025-06-20', key: 'midsummer_eve' },
      { date: '2025-06-21', key: 'midsummer_day' },
      { date: '2025-11-01', key: 'all_saints_day' },
      { date: '2025-12-06', key: 'independence_day' },
      { date: '2025-12-24', key: 'christmas_eve' },
      { date: '2025-12-25', key: 'christmas_day' },
      { date: '2025-12-26', key: 'boxing_day' },
    ]);
  });

  it('derives the movable Easter holidays from Easter Sunday', () => {
    // Easter 2024 was on 31 March.
    expect(dateOf(2024, 'good_friday')).toBe('2024-03-29');
    expect(dateOf(2024, 'easter_monday')).toBe('2024-04-01');
    expect(dateOf(2024, 'ascension_day')).toBe('2024-05-09');
    expect(dateOf(2024, 'whitsunday')).toBe('2024-05-19');
    expect(dateOf(2038, 'ascension_day')).toBe('2038-06-03');
    expect(dateOf(2038, 'whitsunday')).toBe('2038-06-13');
  });

  it('puts Midsummer on the Friday 19–25 June and the Saturday 20–26 June', () => {
    expect(dateOf(2025, 'midsummer_eve')).toBe('2025-06-20');
    expect(dateOf(2026, 'midsummer_eve')).toBe('2026-06-19');
    expect(dateOf(2026, 'midsummer_day')).toBe('2026-06-20');
    // 2027 is the other extreme: 25 June is the Friday.
    expect(dateOf(2027, 'midsummer_eve')).toBe('2027-06-25');
    expect(dateOf(2027, 'midsummer_day')).toBe('2027-06-26');
  });

  it("puts All Saints' Day on the Saturday from 31 October to 6 November", () => {
    expect(dateOf(2025, 'all_saints_day')).toBe('2025-11-01');
    expect(dateOf(2026, 'all_saints_day')).toBe('2026-10-31');
    expect(dateOf(2027, 'all_saints_day')).toBe('2027-11-06');
  });

  it('keeps the weekday rules in every year', () => {
    for (let year = 2000; year <= 2100; year++) {
      const holidays = finnishHolidays(year);
      expect(holidays.map((h) => h.key).sort()).toEqual([...HOLIDAY_KEYS].sort());
      const sorted = [...holidays].sort((a, b) => a.date.localeCompare(b.date));
      expect(holidays).toEqual(sorted);
      const eve = dateOf(year, 'midsummer_eve')!;
      expect(isoWeekday(eve)).toBe(5);
      expect(eve >= `${year}-06-19` && eve <= `${year}-06-25`).toBe(true);
      expect(isoWeekday(dateOf(year, 'midsummer_day')!)).toBe(6);
      const allSaints = dateOf(year, 'all_saints_day')!;
      expect(isoWeekday(allSaints)).toBe(6);
      expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`).toBe(true);
      expect(isoWeekday(dateOf(year, 'good_friday')!)).toBe(5);
      expect(isoWeekday(dateOf(year, 'ascension_day')!)).toBe(4);
    }
  });
});

describe('isFinnishHoliday', () => {
  it('returns the key of a holiday', () => {
    expect(isFinnishHoliday('2025-12-06')).toBe('independence_day');
    expect(isFinnishHoliday('2024-03-29')).toBe('good_friday');
    expect(isFinnishHoliday('2026-06-19')).toBe('midsummer_eve');
    expect(isFinnishHoliday('2026-10-31')).toBe('all_saints_day');
    expect(isFinnishHoliday('2025-12-24')).toBe('christmas_eve');
  });

  it('returns null on an ordinary day', () => {
    expect(isFinnishHoliday('2025-12-08')).toBeNull();
    expect(isFinnishHoliday('2025-06-19')).toBeNull();
    expect(isFinnishHoliday('2025-12-31')).toBeNull();
  });

  it('gives the same answers when asked about many years (cache eviction)', () => {
    for (let year = 2000; year < 2060; year++) expect(isFinnishHoliday(`${year}-12-25`)).toBe('christmas_day');
    expect(isFinnishHoliday('2025-04-21')).toBe('easter_monday');
  });

  it('rejects invalid dates', () => {
    expect(() => isFinnishHoliday('2025-02-30')).toThrow(RangeError);
    expect(() => isFinnishHoliday('6.12.2025')).toThrow(RangeError);
  });
});

describe('HOLIDAY_NAMES', () => {
  it('names every holiday in Finnish, Swedish and English', () => {
    expect(Object.keys(HOLIDAY_NAMES).sort()).toEqual([...HOLIDAY_KEYS].sort());
    for (const names of Object.values(HOLIDAY_NAMES)) {
      expect(names.fi.length).toBeGreaterThan(0);
      expect(names.sv.length).toBeGreaterThan(0);
      expect(names.en.length).toBeGreaterThan(0);
    }
  });

  it('uses the established names', () => {
    expect(HOLIDAY_NAMES.easter_monday).toEqual({ fi: '2. pääsiäispäivä', sv: 'annandag påsk', en: 'Easter Monday' });
    expect(HOLIDAY_NAMES.midsummer_eve.fi).toBe('juhannusaatto');
    expect(HOLIDAY_NAMES.boxing_day.sv).toBe('annandag jul');
  });
});
