// Trying draft terms before signing: the terms as JSON (a wrong term is named by its JSON path),
// the services and months to try them on, and what each provider would have been paid, month by
// month, beside what its contract in force gives for the same data. No client is named.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { SERVICE_KINDS } from '../../../domain/codes.ts';
import { api } from '../../api.ts';
import { AreaField, CheckGroupField, SelectField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { bind, Empty, FormShell, Section, TableWrap } from '../../components/ui.tsx';
import { todayIso } from '../../format.ts';
import { useFields, useSubmit } from '../../hooks.ts';
import { parseTermsText, useTermsErrors } from './ContractPage.tsx';
import { TermsView, useMoney, useMonthName, type Terms } from './shared.tsx';

interface Figures {
  clients: number;
  onsiteDays: number;
  remoteDays: number;
  monthFees: number;
  outcomeBonuses: number;
  durabilityBonuses: number;
  baseCents: number;
  outcomeCents: number;
  durabilityCents: number;
  totalCents: number;
}

interface PreviewResult {
  from: string;
  to: string;
  terms: Terms;
  totalCents: number;
  providers: Array<{
    provider: { id: string; name: string };
    contract: { id: string; reference: string } | null;
    periods: number;
    months: Array<{ month: string; draft: Figures; current: Figures | null }>;
    total: Figures;
    currentTotal: Figures | null;
  }>;
}

/** The example terms of docs/compensation.md, to start from. */
const EXAMPLE = {
  basis: 'day',
  dayPriceCents: 4500,
  remoteDayPriceCents: 3900,
  minHours: 3,
  outcomeBonusCents: { open_employment: 150000, education: 100000, work_trial: 40000 },
  minDaysForOutcome: 30,
  bonusWindowDays: 365,
  durability: { days: 90, bonusCents: 50000, statuses: ['open_employment', 'education'] },
  riskWeights: { factors: { disability: 0.5, mental_health: 0.5 }, max: 1.75 },
};

/** The twelve months of last year, and the latest 24 full months to choose from. */
function monthChoices(): { months: string[]; from: string; to: string } {
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  const months: string[] = [];
  let y = year;
  let m = Number(today.slice(5, 7)) - 1;
  for (let i = 0; i < 36; i++) {
    if (m === 0) {
      m = 12;
      y -= 1;
    }
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m -= 1;
  }
  return { months, from: `${year - 1}-01`, to: `${year - 1}-12` };
}

export default function TermsPreview() {
  const { t } = useTranslation();
  const monthName = useMonthName();
  const choices = monthChoices();
  const fields = useFields({
    terms: JSON.stringify(EXAMPLE, null, 2),
    serviceKinds: ['rehabilitative_work_1a', 'rehabilitative_work_1b'] as string[],
    from: choices.from,
    to: choices.to,
  });
  const v = fields.values;
  const [result, setResult] = useState<PreviewResult | null>(null);
  const submission = useSubmit<PreviewResult>({
    validate: () => {
      const errors: Record<string, string> = {};
      const parsed = parseTermsText(v.terms);
      if (parsed.errorKey) errors.terms = parsed.errorKey;
      if (v.serviceKinds.length === 0) errors.serviceKinds = 'errors.required';
      if (v.to < v.from) errors.to = 'errors.dateOrder';
      return errors;
    },
    send: (key) => api.post<PreviewResult>('/api/contracts/terms-preview', { terms: parseTermsText(v.terms).value, serviceKinds: v.serviceKinds, from: v.from, to: v.to }, key),
    onSuccess: setResult,
    savedText: t('catalogue.purchasing.previewDone'),
  });
  const shown = useTermsErrors(submission);
  const f = (path: string) => bind('preview', shown, path);
  return (
    <>
      <PageTitle>{t('catalogue.purchasing.previewTitle')}</PageTitle>
      <Paragraph mb="m">{t('catalogue.purchasing.previewIntro')}</Paragraph>
      <p className="page-actions">
        <Link to="/purchasing/contracts">{t('catalogue.purchasing.backToContracts')}</Link>
      </p>
      <div className="narrow">
        <FormShell id="preview" submission={shown} submitLabel={t('catalogue.purchasing.previewSubmit')}>
          <div className="code-area">
            <AreaField {...f('terms')} label={t('catalogue.purchasing.termsJson')} hint={t('catalogue.purchasing.termsJsonHint')} rows={18} value={v.terms} onChange={(x) => fields.set('terms', x)} />
          </div>
          <CheckGroupField
            {...f('serviceKinds')}
            label={t('catalogue.purchasing.previewKinds')}
            values={v.serviceKinds}
            onChange={(x) => fields.set('serviceKinds', x)}
            options={SERVICE_KINDS.map((k) => ({ value: k, label: t(`codes.serviceKinds.${k}`) }))}
          />
          <SelectField {...f('from')} label={t('catalogue.purchasing.previewFrom')} value={v.from} onChange={(x) => fields.set('from', x)} options={[...choices.months].reverse().map((m) => ({ value: m, label: monthName(m) }))} />
          <SelectField {...f('to')} label={t('catalogue.purchasing.previewTo')} value={v.to} onChange={(x) => fields.set('to', x)} options={[...choices.months].reverse().map((m) => ({ value: m, label: monthName(m) }))} />
        </FormShell>
      </div>
      {result ? <PreviewResults result={result} /> : null}
    </>
  );
}

function PreviewResults({ result }: { result: PreviewResult }) {
  const { t } = useTranslation();
  const money = useMoney();
  const monthName = useMonthName();
  return (
    <Section title={t('catalogue.purchasing.previewResults', { from: monthName(result.from), to: monthName(result.to) })} id="results">
      <Paragraph mb="s">{t('catalogue.purchasing.previewTotal', { total: money(result.totalCents) })}</Paragraph>
      <Heading variant="h3">{t('catalogue.purchasing.previewTermsRead')}</Heading>
      <TermsView terms={result.terms} idPrefix="preview-terms" />
      {result.providers.length === 0 ? (
        <Empty>{t('catalogue.purchasing.previewNoData')}</Empty>
      ) : (
        <>
          <TableWrap label={t('catalogue.purchasing.previewByProvider')}>
            <table className="table">
              <caption>{t('catalogue.purchasing.previewByProvider')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('catalogue.purchasing.provider')}</th>
                  <th scope="col" className="num">{t('catalogue.purchasing.previewDays')}</th>
                  <th scope="col" className="num">{t('catalogue.purchasing.totals.baseCents')}</th>
                  <th scope="col" className="num">{t('catalogue.purchasing.totals.outcomeCents')}</th>
                  <th scope="col" className="num">{t('catalogue.purchasing.totals.durabilityCents')}</th>
                  <th scope="col" className="num">{t('catalogue.purchasing.previewDraftTotal')}</th>
                  <th scope="col" className="num">{t('catalogue.purchasing.previewCurrentTotal')}</th>
                </tr>
              </thead>
              <tbody>
                {result.providers.map((p) => (
                  <tr key={p.provider.id}>
                    <th scope="row">
                      {p.provider.name}
                      {p.contract ? (
                        <div className="muted">
                          <Link to={`/purchasing/contracts/${p.contract.id}`}>{p.contract.reference}</Link>
                        </div>
                      ) : null}
                    </th>
                    <td className="num">{p.total.onsiteDays + p.total.remoteDays}</td>
                    <td className="num">{money(p.total.baseCents)}</td>
                    <td className="num">{money(p.total.outcomeCents)}</td>
                    <td className="num">{money(p.total.durabilityCents)}</td>
                    <td className="num">
                      <strong>{money(p.total.totalCents)}</strong>
                    </td>
                    <td className="num">{p.currentTotal ? money(p.currentTotal.totalCents) : t('catalogue.purchasing.previewNoContract')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {result.providers.map((p) => (
            <details key={p.provider.id} className="preview-months">
              <summary>{t('catalogue.purchasing.previewMonthsOf', { provider: p.provider.name })}</summary>
              <TableWrap label={t('catalogue.purchasing.previewMonthsOf', { provider: p.provider.name })}>
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('catalogue.purchasing.month')}</th>
                      <th scope="col" className="num">{t('catalogue.purchasing.previewClients')}</th>
                      <th scope="col" className="num">{t('catalogue.purchasing.previewOnsite')}</th>
                      <th scope="col" className="num">{t('catalogue.purchasing.previewRemote')}</th>
                      <th scope="col" className="num">{t('catalogue.purchasing.previewBonuses')}</th>
                      <th scope="col" className="num">{t('catalogue.purchasing.previewDraftTotal')}</th>
                      <th scope="col" className="num">{t('catalogue.purchasing.previewCurrentTotal')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.months.map((m) => (
                      <tr key={m.month}>
                        <th scope="row">{monthName(m.month)}</th>
                        <td className="num">{m.draft.clients}</td>
                        <td className="num">{m.draft.onsiteDays}</td>
                        <td className="num">{m.draft.remoteDays}</td>
                        <td className="num">{m.draft.outcomeBonuses + m.draft.durabilityBonuses}</td>
                        <td className="num">{money(m.draft.totalCents)}</td>
                        <td className="num">{m.current ? money(m.current.totalCents) : '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            </details>
          ))}
        </>
      )}
    </Section>
  );
}
