// A contract: parties, validity, services, the compensation terms in plain language, amendments
// with their effective dates, attached documents, and the monthly invoices with a draft of a month.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { api } from '../../api.ts';
import { AreaField, DateField, SelectField, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Badge, bind, Empty, Facts, FormShell, SaveStatus, Section, TableWrap } from '../../components/ui.tsx';
import { displayDate, displayInstant, todayIso } from '../../format.ts';
import { useApi, useErrorText, useFields, useSubmit, type Submission } from '../../hooks.ts';
import { ApiError } from '../../api.ts';
import { isIsoDate } from '../../../domain/calendar/dates.ts';
import { pickText, TermsView, useMoney, useMonthName, type InvoiceSummary, type Localized, type Terms } from './shared.tsx';

export interface ContractBody {
  id: string;
  reference: string;
  title: string;
  purchaser: { id: string; name: string };
  provider: { id: string; name: string; businessId: string | null };
  startDate: string;
  endDate: string | null;
  serviceKinds: string[];
  services: Array<{ id: string; kind: string; name: Localized }>;
  terms: Terms;
  note: string | null;
  invoicing: { paymentIban: string | null; paymentBic: string | null; buyerReference: string | null; paymentTermDays: number };
  amendments: Array<{ id: string; effectiveFrom: string; title: string; terms: Terms; note: string | null; createdAt: string }>;
  documents: Array<{ id: string; title: string; fileName: string | null; contentType: string | null; sizeBytes: number | null; url: string | null; stored: boolean; createdAt: string }>;
  canManage: boolean;
}

/** The months a draft can be made for: from the contract's start (at most three years back) to this month. */
function draftableMonths(contract: ContractBody): string[] {
  const today = todayIso();
  const last = contract.endDate && contract.endDate < today ? contract.endDate.slice(0, 7) : today.slice(0, 7);
  const startYear = Number(today.slice(0, 4)) - 3;
  let month = contract.startDate.slice(0, 7) < `${startYear}-01` ? `${startYear}-01` : contract.startDate.slice(0, 7);
  const months: string[] = [];
  while (month <= last) {
    months.push(month);
    const [y, m] = month.split('-').map(Number);
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return months.reverse();
}

export default function ContractPage() {
  const { contractId } = useParams();
  const { t } = useTranslation();
  const contract = useApi<ContractBody>(`/api/contracts/${contractId}`);
  const invoices = useApi<InvoiceSummary[]>(`/api/contracts/${contractId}/invoices`);
  return (
    <Async state={contract}>
      {(c) => (
        <>
          <PageTitle title={`${c.reference} – ${t('catalogue.purchasing.contractTitle')}`}>
            {c.reference}: {c.title}
          </PageTitle>
          <p className="page-actions">
            <Link to="/purchasing/contracts">{t('catalogue.purchasing.backToContracts')}</Link>
          </p>
          <ContractFacts contract={c} />
          <Section title={t('catalogue.purchasing.invoicesTitle')} id="invoices">
            {c.canManage ? <DraftForm contract={c} invoices={invoices.data ?? []} /> : null}
            <Async state={invoices}>{(list) => <InvoiceTable invoices={list} />}</Async>
          </Section>
          <Section title={t('catalogue.purchasing.termsTitle')} id="terms">
            <Paragraph mb="s">{t('catalogue.purchasing.termsFrom', { date: displayDate(c.startDate) })}</Paragraph>
            <TermsView terms={c.terms} idPrefix="contract-terms" />
          </Section>
          <Section title={t('catalogue.purchasing.amendmentsTitle')} id="amendments">
            <Amendments contract={c} onChanged={(next) => contract.setData(next)} />
          </Section>
          <Section title={t('catalogue.purchasing.documentsTitle')} id="documents">
            {c.documents.length === 0 ? (
              <Empty>{t('catalogue.purchasing.noDocuments')}</Empty>
            ) : (
              <ul className="plain-list">
                {c.documents.map((d) => (
                  <li key={d.id}>
                    {d.stored ? (
                      <a href={`/api/contracts/${c.id}/documents/${d.id}`} download={d.fileName ?? undefined}>
                        {d.title} ({d.fileName}, {t('catalogue.purchasing.kilobytes', { kb: Math.max(1, Math.round((d.sizeBytes ?? 0) / 1024)) })})
                      </a>
                    ) : (
                      <a href={d.url ?? '#'} rel="noopener noreferrer" target="_blank">
                        {d.title} <span className="visually-hidden">({t('catalogue.purchasing.opensInNewWindow')})</span>
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      )}
    </Async>
  );
}

function ContractFacts({ contract: c }: { contract: ContractBody }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('catalogue.purchasing.partiesTitle')} id="parties">
      <Facts
        items={[
          [t('catalogue.purchasing.purchaser'), c.purchaser.name],
          [t('catalogue.purchasing.provider'), `${c.provider.name}${c.provider.businessId ? ` (${c.provider.businessId})` : ''}`],
          [t('catalogue.purchasing.validity'), `${displayDate(c.startDate)}–${displayDate(c.endDate) || t('catalogue.purchasing.openEnded')}`],
          [t('catalogue.purchasing.serviceKinds'), c.serviceKinds.map((k) => t(`codes.serviceKinds.${k}`)).join(', ')],
          [
            t('catalogue.purchasing.services'),
            c.services.length ? (
              <ul className="plain-list">
                {c.services.map((s) => (
                  <li key={s.id}>
                    <Link to={`/catalogue/${s.id}`}>{pickText(s.name, i18n.language)}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              t('catalogue.purchasing.noServices')
            ),
          ],
          [t('catalogue.purchasing.paymentTerm'), t('catalogue.purchasing.paymentTermValue', { days: c.invoicing.paymentTermDays })],
          [t('catalogue.purchasing.note'), c.note ?? ''],
        ]}
      />
    </Section>
  );
}

function InvoiceTable({ invoices }: { invoices: InvoiceSummary[] }) {
  const { t } = useTranslation();
  const money = useMoney();
  const monthName = useMonthName();
  if (invoices.length === 0) return <Empty>{t('catalogue.purchasing.noInvoices')}</Empty>;
  return (
    <TableWrap label={t('catalogue.purchasing.invoicesTitle')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('catalogue.purchasing.month')}</th>
            <th scope="col">{t('catalogue.purchasing.status')}</th>
            <th scope="col">{t('catalogue.purchasing.number')}</th>
            <th scope="col" className="num">{t('catalogue.purchasing.adjustments')}</th>
            <th scope="col" className="num">{t('catalogue.purchasing.total')}</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id}>
              <th scope="row">
                <Link to={`/purchasing/invoices/${invoice.id}`}>{monthName(invoice.month)}</Link>
              </th>
              <td>
                <Badge tone={invoice.status === 'approved' ? 'success' : 'warning'}>{t(`catalogue.purchasing.status_${invoice.status}`)}</Badge>
              </td>
              <td>{invoice.number ?? ''}</td>
              <td className="num">{money(invoice.adjustmentCents)}</td>
              <td className="num">{money(invoice.totalCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function DraftForm({ contract, invoices }: { contract: ContractBody; invoices: InvoiceSummary[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const monthName = useMonthName();
  const months = useMemo(() => draftableMonths(contract), [contract]);
  // By default the month after the latest approved one, else last month.
  const approved = invoices.filter((i) => i.status === 'approved').map((i) => i.month).sort();
  const latest = approved[approved.length - 1];
  // `months` runs from the newest back, so the month after the latest approved is the last one after it.
  const next = latest ? [...months].reverse().find((m) => m > latest) : undefined;
  const fallback = months[1] ?? months[0] ?? '';
  const [month, setMonth] = useState('');
  const chosen = month || next || fallback;
  const submission = useSubmit<{ id: string }>({
    validate: () => (chosen ? {} : { month: 'errors.required' }),
    send: (key) => api.post<{ id: string }>(`/api/contracts/${contract.id}/invoices/draft`, { month: chosen }, key),
    onSuccess: (invoice) => navigate(`/purchasing/invoices/${invoice.id}`),
  });
  return (
    <div className="inline-form narrow">
      <Heading variant="h3">{t('catalogue.purchasing.draftTitle')}</Heading>
      <Paragraph mb="s">{t('catalogue.purchasing.draftIntro')}</Paragraph>
      <FormShell id="draft" submission={submission} submitLabel={t('catalogue.purchasing.draftSubmit')}>
        <SelectField {...bind('draft', submission, 'month')} label={t('catalogue.purchasing.month')} value={chosen} onChange={setMonth} options={months.map((m) => ({ value: m, label: monthName(m) }))} />
      </FormShell>
    </div>
  );
}

function Amendments({ contract, onChanged }: { contract: ContractBody; onChanged(next: ContractBody): void }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const remove = (id: string) => {
    api
      .delete<ContractBody>(`/api/contracts/${contract.id}/amendments/${id}`)
      .then((next) => {
        setConfirming(null);
        setError(null);
        setStatus(t('catalogue.purchasing.amendmentRemoved'));
        onChanged(next);
      })
      .catch((caught: unknown) => setError(caught instanceof ApiError ? errorText(caught.messageKey, caught.title) : t('errors.internal')));
  };
  return (
    <>
      <Paragraph mb="s">{t('catalogue.purchasing.amendmentsIntro')}</Paragraph>
      {contract.amendments.length === 0 ? <Empty>{t('catalogue.purchasing.noAmendments')}</Empty> : null}
      {contract.amendments.map((a) => (
        <article key={a.id} className="card" aria-labelledby={`amendment-${a.id}`}>
          <Heading variant="h3" id={`amendment-${a.id}`}>
            {a.title}: {t('catalogue.purchasing.effectiveFrom', { date: displayDate(a.effectiveFrom) })}
          </Heading>
          {a.note ? <Paragraph mb="s">{a.note}</Paragraph> : null}
          <p className="muted">{t('catalogue.purchasing.savedAt', { at: displayInstant(a.createdAt, i18n.language) })}</p>
          <TermsView terms={a.terms} idPrefix={`amendment-${a.id}`} />
          {contract.canManage && editing === a.id ? (
            <AmendmentForm
              contract={contract}
              amendment={a}
              onCancel={() => setEditing(null)}
              onDone={(next) => {
                setEditing(null);
                setStatus(t('catalogue.purchasing.amendmentChanged'));
                onChanged(next);
              }}
            />
          ) : null}
          {contract.canManage && editing !== a.id ? (
            confirming === a.id ? (
              <div className="confirm-box" role="group" aria-label={t('catalogue.purchasing.removeAmendment')}>
                <InlineAlert status="warning">{t('catalogue.purchasing.removeAmendmentConfirm')}</InlineAlert>
                <div className="actions-row">
                  <Button onClick={() => remove(a.id)}>{t('catalogue.purchasing.removeAmendmentYes')}</Button>
                  <Button variant="secondary" onClick={() => setConfirming(null)}>{t('common.cancel')}</Button>
                </div>
              </div>
            ) : (
              <div className="actions-row">
                <Button variant="secondary" onClick={() => setEditing(a.id)}>{t('catalogue.purchasing.editAmendment')}</Button>
                <Button variant="secondary" onClick={() => setConfirming(a.id)}>{t('catalogue.purchasing.removeAmendment')}</Button>
              </div>
            )
          ) : null}
        </article>
      ))}
      <div role="alert">{error ? <InlineAlert status="error">{error}</InlineAlert> : null}</div>
      <SaveStatus message={status} />
      {contract.canManage ? (
        adding ? (
          <AmendmentForm
            contract={contract}
            onCancel={() => setAdding(false)}
            onDone={(next) => {
              setAdding(false);
              setStatus(t('catalogue.purchasing.amendmentAdded'));
              onChanged(next);
            }}
          />
        ) : (
          <p className="page-actions">
            <Button variant="secondary" onClick={() => setAdding(true)}>{t('catalogue.purchasing.addAmendment')}</Button>
          </p>
        )
      ) : null}
    </>
  );
}

/** Terms typed as JSON: a syntax error says where; the server names the JSON path of a wrong term. */
export function parseTermsText(text: string): { value?: unknown; errorKey?: string } {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { errorKey: 'errors.termsNotJson' };
  }
}

/**
 * The submission with every field error under `terms.*` gathered into one error of the terms
 * field, each line naming its JSON path: the error summary then links to the terms editor.
 */
export function useTermsErrors(submission: Submission): Submission {
  // Memoised: the form shell moves the focus to its error summary whenever the errors change.
  const fieldErrors = useMemo(() => {
    const lines: string[] = [];
    const out: Record<string, string> = {};
    for (const [path, text] of Object.entries(submission.fieldErrors)) {
      if (path === 'terms') lines.push(text);
      else if (path.startsWith('terms.') || path.startsWith('terms[')) lines.push(`${path.slice(path.startsWith('terms.') ? 6 : 5)}: ${text}`);
      else out[path] = text;
    }
    if (lines.length) out.terms = lines.join(' · ');
    return out;
  }, [submission.fieldErrors]);
  return { ...submission, fieldErrors };
}

type Amendment = ContractBody['amendments'][number];

/** Adds an amendment, or changes one (`amendment` given): the same fields either way. */
function AmendmentForm({ contract, amendment, onCancel, onDone }: { contract: ContractBody; amendment?: Amendment; onCancel(): void; onDone(next: ContractBody): void }) {
  const { t } = useTranslation();
  const latest = contract.amendments[contract.amendments.length - 1]?.terms ?? contract.terms;
  const formId = amendment ? `edit-amendment-${amendment.id}` : 'add-amendment';
  const fields = useFields({
    effectiveFrom: amendment?.effectiveFrom ?? '',
    title: amendment?.title ?? '',
    terms: JSON.stringify(amendment?.terms ?? latest, null, 2),
    note: amendment?.note ?? '',
  });
  const v = fields.values;
  const submission = useSubmit<ContractBody>({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.effectiveFrom) errors.effectiveFrom = 'errors.required';
      else if (!isIsoDate(v.effectiveFrom)) errors.effectiveFrom = 'errors.invalidDate';
      if (!v.title.trim()) errors.title = 'errors.required';
      const parsed = parseTermsText(v.terms);
      if (parsed.errorKey) errors.terms = parsed.errorKey;
      return errors;
    },
    send: (key) => {
      const body = { effectiveFrom: v.effectiveFrom, title: v.title.trim(), terms: parseTermsText(v.terms).value, note: v.note.trim() || undefined };
      return amendment
        ? api.patch<ContractBody>(`/api/contracts/${contract.id}/amendments/${amendment.id}`, body, key)
        : api.post<ContractBody>(`/api/contracts/${contract.id}/amendments`, body, key);
    },
    onSuccess: onDone,
  });
  const shown = useTermsErrors(submission);
  const f = (path: string) => bind(formId, shown, path);
  return (
    <div className="inline-form narrow">
      <Heading variant={amendment ? 'h4' : 'h3'}>{amendment ? t('catalogue.purchasing.editAmendment') : t('catalogue.purchasing.addAmendment')}</Heading>
      {amendment ? <Paragraph mb="s">{t('catalogue.purchasing.editAmendmentIntro')}</Paragraph> : null}
      <FormShell id={formId} submission={shown} submitLabel={t('catalogue.purchasing.addAmendmentSubmit')} secondary={<Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>}>
        <DateField {...f('effectiveFrom')} label={t('catalogue.purchasing.effectiveFromLabel')} hint={t('catalogue.purchasing.effectiveFromHint')} value={v.effectiveFrom} onChange={(x) => fields.set('effectiveFrom', x)} />
        <TextField {...f('title')} label={t('catalogue.purchasing.amendmentTitle')} value={v.title} onChange={(x) => fields.set('title', x)} />
        <div className="code-area">
          <AreaField {...f('terms')} label={t('catalogue.purchasing.termsJson')} hint={t('catalogue.purchasing.termsJsonHint')} rows={14} value={v.terms} onChange={(x) => fields.set('terms', x)} />
        </div>
        <AreaField {...f('note')} label={t('catalogue.purchasing.note')} optional value={v.note} onChange={(x) => fields.set('note', x)} />
      </FormShell>
    </div>
  );
}
