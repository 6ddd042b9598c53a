// Euro cents as text for invoices and exports. Integer arithmetic only: no floating-point rounding.

/** 123456 → "1234,56" (decimal comma, as Finvoice and Finnish spreadsheets want); -5 → "-0,05". */
export function centsToDecimal(cents: number, separator: ',' | '.' = ','): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}${separator}${String(abs % 100).padStart(2, '0')}`;
}

/** 123456 → "1 234,56 €" with a no-break space between thousands, for people. */
export function formatEuros(cents: number): string {
  const [whole, fraction] = centsToDecimal(cents).split(',');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${sign}${grouped},${fraction}\u00a0€`;
}
