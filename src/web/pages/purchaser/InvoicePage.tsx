// One contract's invoice of a month: lines per client with the reason of each (which records,
// which rule), adjustment lines naming the month they correct, the totals and the VAT note;
// approve (after a confirmation), discard a draft, and the CSV, PDF and Finvoice downloads.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { api, ApiError } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Badge, Empty, Facts, SaveStatus, Section, TableWrap } from '../../components/ui.tsx';
import { displayDate, displayInstant } from '../../format.ts';
import { useApi, useErrorText } from '../../hooks.ts';
import { TermsView, useMoney, useMonthName, type Terms, type Totals } from './shared.tsx';

interface Line {
  lineNo: number;
  forMonth: string;
  adjustment: boolean;
  clientId: string;
  firstName: string;
  lastName: string;
  kind: 'base' | 'outcome' | 'durability';
  rule: string;
  quantity: number;
  unitPriceCents: number | string | null;
  amountCents: number | string;
  explanation: string;
  detail: Record<string, any>;
}

interface Invoice {
  id: string;
  contract: { id: string; reference: string; title: string; purchaser: { name: string }; provider: { name: string; businessId: string | null } };
  month: string;
  status: 'draft' | 'approved';
  number: number | string | null;
  totals: Totals;
  terms: Terms;
  termsEffectiveFrom: string;
  createdAt: string;
  approvedAt: string | null;
  approvedByName: string | null;
  lines: Line[];
  ignored: { counts: Record<string, number>; records: unknown[] };
}

const shortDate = (iso: string) => {
  const [, m, d] = iso.split('-').map(Number);
  return `${d}.${m}.`;
};

/** The reason of a line in the user's language, from what the rule recorded. */
function useReason() {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const monthName = useMonthName();
  const weight = (d: Record<string, any>) =>
    Number(d.weight ?? 1) === 1
      ? ''
      : ` ${t('catalogue.purchasing.reason.weight', {
          weight: new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : `${i18n.language}-FI`, { maximumFractionDigits: 6 }).format(Number(d.weight)),
          factors: (d.weightFactors ?? []).map((f: string) => t(`codes.backgroundFactors.${f}`)).join(', '),
        })}`;
  return (line: Line, terms: Terms) => {
    const d = line.detail;
    switch (line.rule) {
      case 'base_day':
        return t('catalogue.purchasing.reason.baseDay', {
          count: line.quantity,
          mode: t(`codes.attendanceModes.${d.mode}`),
          dates: (d.dates ?? []).map(shortDate).join(', '),
          price: money(line.unitPriceCents),
          hours: terms.minHours ?? 3,
        });
      case 'base_month':
        return t('catalogue.purchasing.reason.baseMonth', {
          count: Number(d.days ?? 0),
          dates: [...(d.onsiteDates ?? []), ...(d.remoteDates ?? [])].sort().map(shortDate).join(', '),
          price: money(line.unitPriceCents),
        });
      case 'outcome_bonus':
        return (
          t('catalogue.purchasing.reason.outcome', {
            start: displayDate(d.periodStart),
            end: displayDate(d.periodEnd),
            days: d.periodDays,
            destination: t(`codes.destinations.${d.destination}`),
            price: money(line.unitPriceCents),
          }) + weight(d)
        );
      case 'durability_bonus':
        return (
          t('catalogue.purchasing.reason.durability', {
            date: displayDate(d.followUp?.date),
            status: t(`codes.followUpStatuses.${d.followUp?.status}`),
            days: d.daysAfterEnd,
            end: displayDate(d.periodEnd),
            price: money(line.unitPriceCents),
          }) + weight(d)
        );
      default:
        return t('catalogue.purchasing.reason.adjustment', {
          month: monthName(line.forMonth),
          kind: t(`catalogue.purchasing.kind_${line.kind}`),
          approved: money(d.approvedCents ?? 0),
          current: money(d.currentCents ?? 0),
        });
    }
  };
}

export default function InvoicePage() {
  const { invoiceId } = useParams();
  const invoice = useApi<Invoice>(`/api/invoices/${invoiceId}`);
  return <Async state={invoice}>{(data) => <InvoiceView invoice={data} onChanged={(next) => invoice.setData(next)} />}</Async>;
}

function InvoiceView({ invoice, onChanged }: { invoice: Invoice; onChanged(next: Invoice): void }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const monthName = useMonthName();
  const reason = useReason();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { user } = useAuth();
  // Approving is the purchaser's decision; a draft may also be discarded by an admin.
  const mayApprove = user?.role === 'purchaser';
  const mayDiscard = user?.role === 'purchaser' || user?.role === 'admin';
  const [confirming, setConfirming] = useState<'approve' | 'discard' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const approved = invoice.status === 'approved';
  const run = (action: 'approve' | 'discard') => {
    setBusy(true);
    const request =
      action === 'approve'
        ? api.post<Invoice>(`/api/invoices/${invoice.id}/approve`).then((next) => {
            onChanged(next);
            setStatus(t('catalogue.purchasing.approvedStatus', { number: next.number }));
          })
        : api.delete(`/api/invoices/${invoice.id}`).then(() => navigate(`/purchasing/contracts/${invoice.contract.id}`));
    request
      .then(() => {
        setConfirming(null);
        setError(null);
      })
      .catch((caught: unknown) => setError(caught instanceof ApiError ? errorText(caught.messageKey, caught.title) : t('errors.internal')))
      .finally(() => setBusy(false));
  };

  // Lines grouped per client, clients by name; within a client the order of the invoice.
  const groups = new Map<string, Line[]>();
  for (const line of invoice.lines) {
    const lines = groups.get(line.clientId);
    if (lines) lines.push(line);
    else groups.set(line.clientId, [line]);
  }
  const clients = [...groups.values()].sort((a, b) => `${a[0].lastName} ${a[0].firstName}`.localeCompare(`${b[0].lastName} ${b[0].firstName}`, i18n.language));
  const ignored = Object.entries(invoice.ignored?.counts ?? {});
  const title = t('catalogue.purchasing.invoiceTitle', { reference: invoice.contract.reference, month: monthName(invoice.month) });

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p className="page-actions">
        <Link to={`/purchasing/contracts/${invoice.contract.id}`}>{t('catalogue.purchasing.backToContract', { reference: invoice.contract.reference })}</Link>
      </p>
      <Facts
        items={[
          [t('catalogue.purchasing.status'), <Badge key="s" tone={approved ? 'success' : 'warning'}>{t(`catalogue.purchasing.status_${invoice.status}`)}</Badge>],
          [t('catalogue.purchasing.number'), invoice.number === null ? t('catalogue.purchasing.numberAtApproval') : String(invoice.number)],
          [t('catalogue.purchasing.provider'), `${invoice.contract.provider.name}${invoice.contract.provider.businessId ? ` (${invoice.contract.provider.businessId})` : ''}`],
          [t('catalogue.purchasing.purchaser'), invoice.contract.purchaser.name],
          [t('catalogue.purchasing.termsInForce'), t('catalogue.purchasing.termsInForceValue', { date: displayDate(invoice.termsEffectiveFrom) })],
          [t('catalogue.purchasing.createdAt'), displayInstant(invoice.createdAt, i18n.language)],
          ...(approved ? ([[t('catalogue.purchasing.approvedAt'), `${displayInstant(invoice.approvedAt, i18n.language)} (${invoice.approvedByName ?? ''})`]] as Array<[string, string]>) : []),
        ]}
      />

      <Section title={t('catalogue.purchasing.totalsTitle')} id="totals">
        <TableWrap label={t('catalogue.purchasing.totalsTitle')}>
          <table className="table totals-table">
            <tbody>
              {(['baseCents', 'outcomeCents', 'durabilityCents', 'adjustmentCents'] as const).map((key) => (
                <tr key={key}>
                  <th scope="row">{t(`catalogue.purchasing.totals.${key}`)}</th>
                  <td className="num">{money(invoice.totals[key])}</td>
                </tr>
              ))}
              <tr className="total-row">
                <th scope="row">{t('catalogue.purchasing.totals.totalCents')}</th>
                <td className="num">
                  <strong>{money(invoice.totals.totalCents)}</strong>
                </td>
              </tr>
            </tbody>
          </table>
        </TableWrap>
        <Paragraph mb="s">{t('catalogue.purchasing.vatNote')}</Paragraph>
      </Section>

      <Section title={t('catalogue.purchasing.actionsTitle')} id="actions">
        <ul className="plain-list downloads">
          <li>
            <a href={`/api/invoices/${invoice.id}.csv`} download>{t('catalogue.purchasing.downloadCsv')}</a>
          </li>
          <li>
            <a href={`/api/invoices/${invoice.id}.pdf`} download>{t('catalogue.purchasing.downloadPdf')}</a>
          </li>
          <li>
            {approved ? (
              <a href={`/api/invoices/${invoice.id}/finvoice.xml`} download>{t('catalogue.purchasing.downloadFinvoice')}</a>
            ) : (
              <span className="muted">{t('catalogue.purchasing.finvoiceAfterApproval')}</span>
            )}
          </li>
        </ul>
        {!approved ? (
          confirming ? (
            <div className="confirm-box" role="group" aria-labelledby="confirm-text">
              <InlineAlert status="warning">
                <span id="confirm-text">
                  {confirming === 'approve'
                    ? t('catalogue.purchasing.approveConfirm', { total: money(invoice.totals.totalCents), month: monthName(invoice.month) })
                    : t('catalogue.purchasing.discardConfirm')}
                </span>
              </InlineAlert>
              <div className="actions-row">
                <Button disabled={busy} onClick={() => run(confirming)}>
                  {confirming === 'approve' ? t('catalogue.purchasing.approveYes') : t('catalogue.purchasing.discardYes')}
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(null)}>{t('common.cancel')}</Button>
              </div>
            </div>
          ) : (
            <div className="actions-row">
              {mayApprove ? <Button onClick={() => setConfirming('approve')}>{t('catalogue.purchasing.approve')}</Button> : null}
              {mayDiscard ? <Button variant="secondary" onClick={() => setConfirming('discard')}>{t('catalogue.purchasing.discard')}</Button> : null}
            </div>
          )
        ) : (
          <Paragraph>{t('catalogue.purchasing.lockedNote')}</Paragraph>
        )}
        <div role="alert">{error ? <InlineAlert status="error">{error}</InlineAlert> : null}</div>
        <SaveStatus message={status} />
      </Section>

      <Section title={t('catalogue.purchasing.linesTitle')} id="lines">
        {clients.length === 0 ? (
          <Empty>{t('catalogue.purchasing.noLines')}</Empty>
        ) : (
          <TableWrap label={t('catalogue.purchasing.linesTitle')}>
            <table className="table invoice-lines">
              <thead>
                <tr>
                  <th scope="col">{t('catalogue.purchasing.client')}</th>
                  <th scope="col">{t('catalogue.purchasing.line')}</th>
                  <th scope="col">{t('catalogue.purchasing.reasonTitle')}</th>
                  <th scope="col" className="num">{t('catalogue.purchasing.amount')}</th>
                </tr>
              </thead>
              {clients.map((lines) => (
                <tbody key={lines[0].clientId}>
                  {lines.map((line, i) => (
                    <tr key={line.lineNo}>
                      {i === 0 ? (
                        <th scope="rowgroup" rowSpan={lines.length}>
                          {line.lastName} {line.firstName}
                        </th>
                      ) : null}
                      <td>
                        {t(`catalogue.purchasing.rule_${line.rule}`)}
                        {line.adjustment ? (
                          <div>
                            <Badge tone="warning">{t('catalogue.purchasing.correctsMonth', { month: monthName(line.forMonth) })}</Badge>
                          </div>
                        ) : null}
                      </td>
                      <td>{reason(line, invoice.terms)}</td>
                      <td className="num">{money(line.amountCents)}</td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </TableWrap>
        )}
      </Section>

      <Section title={t('catalogue.purchasing.ignoredTitle')} id="ignored">
        {ignored.length === 0 ? (
          <Empty>{t('catalogue.purchasing.noIgnored')}</Empty>
        ) : (
          <TableWrap label={t('catalogue.purchasing.ignoredTitle')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('catalogue.purchasing.ignoredReason')}</th>
                  <th scope="col" className="num">{t('catalogue.purchasing.ignoredCount')}</th>
                </tr>
              </thead>
              <tbody>
                {ignored.map(([key, count]) => (
                  <tr key={key}>
                    <th scope="row">{t(`catalogue.purchasing.ignoredReasons.${key}`)}</th>
                    <td className="num">{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Section>

      <Section title={t('catalogue.purchasing.termsOfMonth')} id="terms">
        <TermsView terms={invoice.terms} idPrefix="invoice-terms" />
      </Section>
    </>
  );
}
