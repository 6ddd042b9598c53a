// Which compensation terms apply to a month: a contract's own terms until its first amendment,
// then the latest amendment effective on or before the month's first day. An amendment dated in
// the middle of a month therefore applies from the next month: a month is paid under one set of
// terms, which is what the invoice states (docs/invoicing.md).
import type { IsoDate } from '../calendar/dates.ts';
import { monthStart, type Month } from './months.ts';

export interface TermsSource<T> {
  /** null for the contract's own terms. */
  amendmentId: string | null;
  effectiveFrom: IsoDate;
  terms: T;
}

export function termsForMonth<T>(
  contract: { startDate: IsoDate; terms: T },
  amendments: readonly { id: string; effectiveFrom: IsoDate; terms: T }[],
  month: Month,
): TermsSource<T> {
  const first = monthStart(month);
  let best: TermsSource<T> = { amendmentId: null, effectiveFrom: contract.startDate, terms: contract.terms };
  for (const a of amendments) {
    if (a.effectiveFrom <= first && (best.amendmentId === null || a.effectiveFrom > best.effectiveFrom)) {
      best = { amendmentId: a.id, effectiveFrom: a.effectiveFrom, terms: a.terms };
    }
  }
  return best;
}
