// The Finnish personal identity code (henkilötunnus), DDMMYYCZZZQ: birth date, century sign,
// individual number and check character.

import { formatIsoDate, isIsoDate, type IsoDate } from '../calendar/dates.ts';

export type Sex = 'female' | 'male';

export type PersonalIdError = 'format' | 'date' | 'checksum';

export interface ParsedPersonalId {
  ok: true;
  /** The code normalised: trimmed and upper case. */
  value: string;
  birthDate: IsoDate;
  birthYear: number;
  sex: Sex;
}

export type PersonalIdParseResult = ParsedPersonalId | { ok: false; reason: PersonalIdError };

// The check characters leave out G, I, O, Q and Z, which are easy to misread as digits or other letters.
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Century signs and the first year of their century. The letters other than '+', '-' and 'A' came with the 2023 reform. */
export const CENTURY_SIGNS: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/** The sign `makePersonalId` uses when none is given: the traditional one of each century. */
const DEFAULT_CENTURY_SIGNS: Readonly<Record<number, string>> = { 1800: '+', 1900: '-', 2000: 'A' };

const PERSONAL_ID_PATTERN = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Z])$/;

/** 000 and 001 are never issued; 002–899 are for people, 900–999 for temporary and test codes. */
const MIN_INDIVIDUAL_NUMBER = 2;
const MAX_INDIVIDUAL_NUMBER = 999;

function checkCharacter(dayMonthYear: string, individual: string): string {
  // Nine digits fit well within the safe integer range, so plain arithmetic is exact.
  return CHECK_CHARACTERS[Number(dayMonthYear + individual) % 31];
}

function normalise(input: string): string {
  return input.trim().toUpperCase();
}

/** Validates a personal identity code and reads the birth date and sex from it. */
export function parsePersonalId(input: string): PersonalIdParseResult {
  const value = normalise(input);
  const match = PERSONAL_ID_PATTERN.exec(value);
  if (!match) return { ok: false, reason: 'format' };
  const [, day, month, yearOfCentury, centurySign, individual, check] = match;

  const individualNumber = Number(individual);
  if (individualNumber < MIN_INDIVIDUAL_NUMBER) return { ok: false, reason: 'format' };

  const birthYear = CENTURY_SIGNS[centurySign] + Number(yearOfCentury);
  const birthDate = formatIsoDate(birthYear, Number(month), Number(day));
  if (!isIsoDate(birthDate)) return { ok: false, reason: 'date' };

  if (checkCharacter(day + month + yearOfCentury, individual) !== check) return { ok: false, reason: 'checksum' };

  return { ok: true, value, birthDate, birthYear, sex: individualNumber % 2 === 1 ? 'male' : 'female' };
}

/** True when `input` is a valid personal identity code. */
export function isValidPersonalId(input: string): boolean {
  return parsePersonalId(input).ok;
}

const FULL_MASK = '*'.repeat(11);

/**
 * Hides the individual number and check character: `131052-308T` → `131052-****`. Anything not
 * shaped like a personal identity code is masked completely, so that nothing leaks by mistake.
 */
export function maskPersonalId(value: string): string {
  const normalised = normalise(value);
  if (!PERSONAL_ID_PATTERN.test(normalised)) return FULL_MASK;
  return `${normalised.slice(0, 7)}****`;
}

/**
 * Builds a valid personal identity code, e.g. a test code in the 900–999 range for demo data.
 * The century sign defaults to '+' (1800s), '-' (1900s) or 'A' (2000s). Throws a RangeError when
 * the birth date is not a date in 1800–2099, the individual number is not 2–999, or the century
 * sign does not match the birth year.
 */
export function makePersonalId(birthDate: IsoDate, individual: number, centurySign?: string): string {
  if (!isIsoDate(birthDate)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(birthDate)}`);
  if (!Number.isInteger(individual) || individual < MIN_INDIVIDUAL_NUMBER || individual > MAX_INDIVIDUAL_NUMBER) {
    throw new RangeError(`Individual number must be an integer from 2 to 999: ${individual}`);
  }
  const year = Number(birthDate.slice(0, 4));
  const century = Math.floor(year / 100) * 100;
  const sign = centurySign ?? DEFAULT_CENTURY_SIGNS[century];
  if (sign === undefined) throw new RangeError(`No century sign for the year ${year}`);
  if (!Object.hasOwn(CENTURY_SIGNS, sign) || CENTURY_SIGNS[sign] !== century) {
    throw new RangeError(`Century sign ${JSON.stringify(sign)} does not belong to the year ${year}`);
  }
  const dayMonthYear = birthDate.slice(8, 10) + birthDate.slice(5, 7) + birthDate.slice(2, 4);
  const individualDigits = String(individual).padStart(3, '0');
  return dayMonthYear + sign + individualDigits + checkCharacter(dayMonthYear, individualDigits);
}
