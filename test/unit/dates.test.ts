import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  daysBetween,
  daysInMonth,
  eachDate,
  isIsoDate,
  isLeapYear,
  isoWeekday,
  todayIso,
} from '../../src/domain/calendar/dates.ts';

describe('isIsoDate', () => {
  it('accepts real calendar dates', () => {
    expect(isIsoDate('2025-01-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-12-31')).toBe(true);
  });

  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-01-00')).toBe(false);
  });

  it('rejects other shapes', () => {
    for (const s of ['', '2025-1-01', '2025-01-1', '25-01-01', '2025/01/01', '2025-01-01T00:00:00Z', ' 2025-01-01', '1.1.2025']) {
      expect(isIsoDate(s)).toBe(false);
    }
  });
});

describe('leap years and month lengths', () => {
  it('follows the Gregorian rules', () => {
    expect([1900, 2000, 2024, 2025, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });
});

describe('addDays', () => {
  it('moves across month and year ends', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-06-15', 0)).toBe('2025-06-15');
    expect(addDays('2025-01-01', 365)).toBe('2026-01-01');
  });

  it('is not shifted by daylight saving time (Finland: 2025-03-30 and 2025-10-26)', () => {
    expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
  });

  it('rejects invalid input', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2025-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('moves across years in both directions', () => {
    expect(addMonths('2025-11-15', 2)).toBe('2026-01-15');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-05-10', -24)).toBe('2023-05-10');
    expect(addMonths('2025-05-10', 0)).toBe('2025-05-10');
  });
});

describe('daysBetween', () => {
  it('counts b − a in days', () => {
    expect(daysBetween('2025-01-01', '2025-01-31')).toBe(30);
    expect(daysBetween('2025-01-31', '2025-01-01')).toBe(-30);
    expect(daysBetween('2025-03-01', '2025-03-01')).toBe(0);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('1999-12-31', '2000-03-01')).toBe(61);
  });
});

describe('isoWeekday', () => {
  it('numbers Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2025-01-06')).toBe(1); // Monday
    expect(isoWeekday('2025-12-06')).toBe(6); // Saturday
    expect(isoWeekday('2025-12-07')).toBe(7); // Sunday
    expect(isoWeekday('1970-01-01')).toBe(4); // Thursday
    expect(isoWeekday('1969-12-29')).toBe(1); // Monday, before the epoch
    expect(isoWeekday('2000-02-29')).toBe(2); // Tuesday
  });
});

describe('eachDate', () => {
  it('lists every date, both ends included', () => {
    expect(eachDate('2024-02-27', '2024-03-02')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
    expect(eachDate('2025-05-05', '2025-05-05')).toEqual(['2025-05-05']);
    expect(eachDate('2025-01-01', '2025-12-31')).toHaveLength(365);
  });

  it('is empty when the range is backwards', () => {
    expect(eachDate('2025-05-06', '2025-05-05')).toEqual([]);
  });
});

describe('todayIso', () => {
  it('uses the date in Helsinki, not in UTC', () => {
    // Summer time, UTC+3.
    expect(todayIso(new Date('2025-06-30T20:59:59Z'))).toBe('2025-06-30');
    expect(todayIso(new Date('2025-06-30T21:00:00Z'))).toBe('2025-07-01');
    // Standard time, UTC+2.
    expect(todayIso(new Date('2025-12-31T21:59:59Z'))).toBe('2025-12-31');
    expect(todayIso(new Date('2025-12-31T22:00:00Z'))).toBe('2026-01-01');
  });

  it('returns a valid date for the current moment', () => {
    expect(isIsoDate(todayIso())).toBe(true);
  });
});

describe('ageOn', () => {
  it('counts whole years', () => {
    expect(ageOn('1990-06-15', '2025-06-14')).toBe(34);
    expect(ageOn('1990-06-15', '2025-06-15')).toBe(35);
    expect(ageOn('1990-06-15', '2025-12-31')).toBe(35);
    expect(ageOn('2025-01-01', '2025-01-01')).toBe(0);
    expect(ageOn('2007-03-10', '2025-03-10')).toBe(18);
    expect(ageOn('2007-03-10', '2025-03-09')).toBe(17);
  });

  it('lets someone born on 29 February turn a year older on 28 February in common years', () => {
    expect(ageOn('2000-02-29', '2025-02-27')).toBe(24);
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2024-02-28')).toBe(23);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });

  it('rejects a date before the birth date', () => {
    expect(() => ageOn('2000-01-02', '2000-01-01')).toThrow(RangeError);
  });
});

describe('time zone independence', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('gives the same results whatever the process time zone is', () => {
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Helsinki']) {
      process.env.TZ = tz;
      expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
      expect(addDays('2025-10-26', 1)).toBe('2025-10-27');
      expect(isoWeekday('2025-03-30')).toBe(7);
      expect(daysBetween('2025-03-01', '2025-04-01')).toBe(31);
      expect(todayIso(new Date('2025-06-30T21:00:00Z'))).toBe('2025-07-01');
    }
  });
});
