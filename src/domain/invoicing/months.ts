// Months as 'YYYY-MM' and their first days, the form the database keeps them in.
import { isMonth } from '../compensation/invoice.ts';
import type { IsoDate } from '../calendar/dates.ts';

export type Month = string;

/** '2025-03' → '2025-03-01'. */
export function monthStart(month: Month): IsoDate {
  if (!isMonth(month)) throw new RangeError(`Not a month (YYYY-MM): ${JSON.stringify(month)}`);
  return `${month}-01`;
}

/** '2025-03-14' → '2025-03'. */
export function monthOf(date: IsoDate): Month {
  return date.slice(0, 7);
}

/** The month `n` months after `month` (before it when `n` is negative). */
export function addMonthsToMonth(month: Month, n: number): Month {
  const year = Number(month.slice(0, 4));
  const index = year * 12 + Number(month.slice(5, 7)) - 1 + n;
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, '0')}-${String(index - y * 12 + 1).padStart(2, '0')}`;
}
