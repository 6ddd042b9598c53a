// The Finnish business ID (Y-tunnus), NNNNNNN-C: seven digits and a check digit.

export type BusinessIdError = 'format' | 'checksum';

export type BusinessIdParseResult = { ok: true; /** Normalised to seven digits. */ value: string } | { ok: false; reason: BusinessIdError };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

// Old IDs were issued with six digits; they are the same number with a leading zero.
const BUSINESS_ID_PATTERN = /^(\d{6,7})-(\d)$/;

/** The check digit of seven digits, or null when the remainder is 1: such numbers are never issued. */
function checkDigit(sevenDigits: string): number | null {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(sevenDigits[i]) * WEIGHTS[i];
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

/** Validates a business ID; the result's `value` is always in the seven-digit form. */
export function parseBusinessId(input: string): BusinessIdParseResult {
  const match = BUSINESS_ID_PATTERN.exec(input.trim());
  if (!match) return { ok: false, reason: 'format' };
  const digits = match[1].padStart(7, '0');
  if (checkDigit(digits) !== Number(match[2])) return { ok: false, reason: 'checksum' };
  return { ok: true, value: `${digits}-${match[2]}` };
}

/** True when `input` is a valid business ID. */
export function isValidBusinessId(input: string): boolean {
  return parseBusinessId(input).ok;
}

/**
 * Builds a business ID from a number 0–9 999 999, e.g. 737546 → '0737546-2'. Returns null when
 * the number can have no valid check digit; throws a RangeError for a number outside the range.
 */
export function makeBusinessId(sevenDigits: number): string | null {
  if (!Number.isInteger(sevenDigits) || sevenDigits < 0 || sevenDigits > 9_999_999) {
    throw new RangeError(`Business ID number must be an integer from 0 to 9999999: ${sevenDigits}`);
  }
  const digits = String(sevenDigits).padStart(7, '0');
  const check = checkDigit(digits);
  return check === null ? null : `${digits}-${check}`;
}
