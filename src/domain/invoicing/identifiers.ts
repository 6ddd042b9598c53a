// Payment identifiers of Finnish invoices: the national reference number (viitenumero), IBAN and
// BIC checks, and the OVT e-invoice address derived from a business ID.
import { parseBusinessId } from '../identity/business-id.ts';

const REFERENCE_WEIGHTS = [7, 3, 1];

/**
 * A Finnish reference number from a base of 3–19 digits: the base and a check digit computed with
 * the weights 7, 3, 1 repeated from the right (e.g. 1234 → 12344). Leading zeros are dropped.
 */
export function finnishReference(base: string | number): string {
  const digits = String(base).replace(/^0+(?=\d)/, '');
  if (!/^\d{3,19}$/.test(digits)) throw new RangeError(`A reference base is 3–19 digits: ${JSON.stringify(String(base))}`);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[digits.length - 1 - i]) * REFERENCE_WEIGHTS[i % 3];
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

/** True for a valid Finnish reference number (check digit included). */
export function isFinnishReference(reference: string): boolean {
  const compact = reference.replace(/\s/g, '');
  return /^\d{4,20}$/.test(compact) && !compact.startsWith('0') && finnishReference(compact.slice(0, -1)) === compact;
}

/** 'fi21 1234 5600 0007 85' → 'FI2112345600000785'. */
export function normaliseIban(iban: string): string {
  return iban.replace(/\s/g, '').toUpperCase();
}

/** ISO 13616: two letters, two check digits, up to 30 characters, remainder 1 modulo 97. */
export function isValidIban(iban: string): boolean {
  const compact = normaliseIban(iban);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  if (compact.startsWith('FI') && compact.length !== 18) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const c of rearranged) {
    const value = c >= 'A' ? String(c.charCodeAt(0) - 55) : c;
    for (const d of value) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}

/** ISO 9362: bank, country, location and an optional branch (8 or 11 characters). */
export function isValidBic(bic: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic.trim().toUpperCase());
}

/** The OVT identifier of an organisation: 0037 + the business ID's eight digits. */
export function ovtFromBusinessId(businessId: string): string | null {
  const parsed = parseBusinessId(businessId);
  return parsed.ok ? `0037${parsed.value.replace('-', '')}` : null;
}

/** The Finnish VAT number of a business ID: FI + its eight digits. */
export function vatNumberFromBusinessId(businessId: string): string | null {
  const parsed = parseBusinessId(businessId);
  return parsed.ok ? `FI${parsed.value.replace('-', '')}` : null;
}
