// Shared pieces of the purchaser's pages: money, months, the API shapes, and compensation terms
// shown in plain language (docs/compensation.md) instead of JSON.
import { useTranslation } from 'react-i18next';
import { Facts, TableWrap } from '../../components/ui.tsx';
import { displayNumber, intlLocale, monthName } from '../../format.ts';

export interface Terms {
  basis: 'day' | 'month';
  dayPriceCents?: number;
  remoteDayPriceCents?: number;
  monthPriceCents?: number;
  minHours?: number;
  outcomeBonusCents?: Record<string, number>;
  minDaysForOutcome?: number;
  bonusWindowDays?: number;
  durability?: { days: number; bonusCents: number; statuses: string[] };
  riskWeights?: { factors: Record<string, number>; max: number };
}

export type Localized = { fi?: string | null; sv?: string | null; en?: string | null } | null;

export interface Totals {
  baseCents: number | string;
  outcomeCents: number | string;
  durabilityCents: number | string;
  adjustmentCents: number | string;
  totalCents: number | string;
}

export interface InvoiceSummary extends Totals {
  id: string;
  contractId: string;
  contractReference: string;
  providerName: string;
  month: string;
  status: 'draft' | 'approved';
  number: number | string | null;
  createdAt: string;
  approvedAt: string | null;
}

/** Integer cents as euros in the user's language: 123456 → "1 234,56 €". */
export function useMoney() {
  const { i18n } = useTranslation();
  return (cents: number | string | null | undefined) =>
    cents === null || cents === undefined
      ? ''
      : new Intl.NumberFormat(intlLocale(i18n.language), { style: 'currency', currency: 'EUR' }).format(Number(cents) / 100);
}

/** '2026-01' → "tammikuu 2026" / "januari 2026" / "January 2026". */
export function useMonthName() {
  const { i18n } = useTranslation();
  return (month: string) => monthName(Number(month.slice(0, 4)), Number(month.slice(5, 7)), i18n.language);
}

/** A text in the user's language, else Finnish, else whichever there is. */
export function pickText(text: Localized | undefined, lang: string): string {
  if (!text) return '';
  return (text as Record<string, string | null | undefined>)[lang] ?? text.fi ?? text.sv ?? text.en ?? '';
}

/** Compensation terms in plain language: the prices, the bonuses and the risk weights as tables. */
export function TermsView({ terms, idPrefix }: { terms: Terms; idPrefix: string }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const bonuses = Object.entries(terms.outcomeBonusCents ?? {});
  const factors = Object.entries(terms.riskWeights?.factors ?? {});
  const facts: Array<[string, string]> = [[t('catalogue.purchasing.terms.basis'), t(`catalogue.purchasing.terms.basis_${terms.basis}`)]];
  if (terms.basis === 'day' || terms.dayPriceCents !== undefined) {
    if (terms.dayPriceCents !== undefined) facts.push([t('catalogue.purchasing.terms.dayPrice'), money(terms.dayPriceCents)]);
    if (terms.remoteDayPriceCents !== undefined) facts.push([t('catalogue.purchasing.terms.remoteDayPrice'), money(terms.remoteDayPriceCents)]);
  }
  if (terms.monthPriceCents !== undefined) facts.push([t('catalogue.purchasing.terms.monthPrice'), money(terms.monthPriceCents)]);
  facts.push([t('catalogue.purchasing.terms.minHours'), t('catalogue.purchasing.terms.hours', { hours: displayNumber(terms.minHours ?? 3, i18n.language) })]);
  facts.push([t('catalogue.purchasing.terms.minDaysForOutcome'), t('catalogue.purchasing.terms.days', { count: terms.minDaysForOutcome ?? 30 })]);
  facts.push([t('catalogue.purchasing.terms.bonusWindow'), t('catalogue.purchasing.terms.days', { count: terms.bonusWindowDays ?? 365 })]);
  facts.push([
    t('catalogue.purchasing.terms.durability'),
    terms.durability
      ? t('catalogue.purchasing.terms.durabilityValue', {
          amount: money(terms.durability.bonusCents),
          days: terms.durability.days,
          statuses: terms.durability.statuses.map((s) => t(`codes.followUpStatuses.${s}`)).join(', '),
        })
      : t('catalogue.purchasing.terms.none'),
  ]);
  facts.push([
    t('catalogue.purchasing.terms.riskWeights'),
    terms.riskWeights ? t('catalogue.purchasing.terms.riskWeightsValue', { max: displayNumber(terms.riskWeights.max, i18n.language) }) : t('catalogue.purchasing.terms.none'),
  ]);
  return (
    <div className="terms-view">
      <Facts items={facts} />
      <TableWrap label={t('catalogue.purchasing.terms.outcomeBonuses')}>
        <table className="table" id={`${idPrefix}-bonuses`}>
          <caption>{t('catalogue.purchasing.terms.outcomeBonuses')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('catalogue.purchasing.terms.destination')}</th>
              <th scope="col" className="num">{t('catalogue.purchasing.terms.bonus')}</th>
            </tr>
          </thead>
          <tbody>
            {bonuses.length === 0 ? (
              <tr>
                <td colSpan={2}>{t('catalogue.purchasing.terms.none')}</td>
              </tr>
            ) : (
              bonuses.map(([destination, cents]) => (
                <tr key={destination}>
                  <th scope="row">{t(`codes.destinations.${destination}`)}</th>
                  <td className="num">{money(cents)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </TableWrap>
      {factors.length > 0 ? (
        <TableWrap label={t('catalogue.purchasing.terms.riskWeights')}>
          <table className="table" id={`${idPrefix}-weights`}>
            <caption>{t('catalogue.purchasing.terms.riskWeightsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalogue.purchasing.terms.factor')}</th>
                <th scope="col" className="num">{t('catalogue.purchasing.terms.addition')}</th>
              </tr>
            </thead>
            <tbody>
              {factors.map(([factor, weight]) => (
                <tr key={factor}>
                  <th scope="row">{t(`codes.backgroundFactors.${factor}`)}</th>
                  <td className="num">+{displayNumber(weight, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </div>
  );
}
