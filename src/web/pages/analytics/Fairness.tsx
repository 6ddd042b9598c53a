// Fair comparison: each provider's observed rate against the rate expected from its own clients'
// characteristics, with the model's method, coefficients and suggested contract risk weights.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from 'suomifi-ui-components';
import { api, ApiError } from '../../api.ts';
import { useUser } from '../../auth.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Section, TableWrap } from '../../components/ui.tsx';
import { useApi, useErrorText } from '../../hooks.ts';
import { displayInstant } from '../../format.ts';
import { AnalyticsNav } from './AnalyticsNav.tsx';
import { GroupTable } from './GroupTable.tsx';
import { IntervalBars } from './charts.tsx';
import { Controls, useChoices } from './Controls.tsx';
import { num, pct, type Meta, type Rate } from './model.ts';

interface Expected extends Meta {
  counted: string[];
  model: { id: string; fittedAt: string; window: { from: string; to: string }; periods: number };
  providers: Array<{ key: string; label: string | null; suppressed: string | null; observed: Rate | null; expected: number | null; ratio: number | null; ratioLower: number | null; ratioUpper: number | null }>;
}
interface ModelAnswer {
  model: null | {
    fittedAt: string;
    periods: number;
    window: { from: string; to: string };
    fit: { coefficients: Array<{ name: string; estimate: number; stdError: number; z: number; p: number }>; deviance: number; nullDeviance: number; aic: number; converged: boolean };
    suggestedRiskWeights: { factors: Record<string, number>; max: number };
  };
}

export default function Fairness() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const aggregateOnly = user.role === 'researcher';
  const [choices, update, query] = useChoices(aggregateOnly);
  const expected = useApi<Expected>(`/api/analytics/expected${query}`);
  const model = useApi<ModelAnswer>(`/api/analytics/model${query}`);
  const errorText = useErrorText();
  const [fitting, setFitting] = useState(false);
  const [fitError, setFitError] = useState<string | null>(null);
  const mayRefit = user.role === 'purchaser' || user.role === 'admin';

  const refit = async () => {
    setFitting(true);
    setFitError(null);
    try {
      await api.post('/api/analytics/model', { ...(/^\d{4}$/.test(choices.year) ? { year: Number(choices.year) } : {}), ...(choices.municipality ? { municipality: choices.municipality } : {}) });
      model.reload();
      expected.reload();
    } catch (error) {
      setFitError(error instanceof ApiError ? errorText(error.messageKey, error.message) : String(error));
    } finally {
      setFitting(false);
    }
  };

  return (
    <>
      <PageTitle>{t('analytics.fairness.title')}</PageTitle>
      <AnalyticsNav />
      <Paragraph className="definition">{t('analytics.fairness.method')}</Paragraph>
      <Controls choices={choices} update={update} aggregateOnly={aggregateOnly} chooseMunicipality={user.role !== 'purchaser'} hideBreakdown />
      <Section title={t('analytics.fairness.byProvider')} id="fairness-providers">
        <Async state={expected}>
          {(data) => (
            <>
              <Paragraph className="definition">
                {t('analytics.fairness.modelUsed', { date: displayInstant(data.model.fittedAt, i18n.language), periods: data.model.periods, from: data.model.window.from, to: data.model.window.to })}
              </Paragraph>
              <div>
                <IntervalBars
                  title={t('analytics.fairness.ratioChart')}
                  format="number"
                  // Small providers' intervals can reach far; the scale stops at 3 and the table has the numbers.
                  max={Math.min(3, Math.max(2, ...data.providers.map((p) => p.ratio ?? 0)))}
                  reference={{ value: 1, label: t('analytics.fairness.asExpected') }}
                  bars={data.providers.map((p) => ({ label: p.label ?? p.key, value: p.ratio, lower: p.ratioLower, upper: p.ratioUpper, note: p.suppressed ? `< ${data.minGroup}` : undefined }))}
                />
                <GroupTable
                  label={t('analytics.fairness.byProvider')}
                  groupHeader={t('analytics.columns.provider')}
                  name={(p) => p.label ?? p.key}
                  rows={data.providers}
                  minGroup={data.minGroup}
                  columns={[
                    { header: t('analytics.columns.observed'), cell: (p) => pct(p.observed?.rate, i18n.language) },
                    { header: t('analytics.columns.expected'), cell: (p) => pct(p.expected, i18n.language) },
                    { header: t('analytics.columns.ratio'), cell: (p) => num(p.ratio, i18n.language, 2) },
                    { header: t('analytics.columns.interval'), cell: (p) => `${num(p.ratioLower, i18n.language, 2)}–${num(p.ratioUpper, i18n.language, 2)}` },
                    { header: t('analytics.columns.n'), cell: (p) => p.observed?.n },
                  ]}
                />
              </div>
            </>
          )}
        </Async>
      </Section>
      <Section
        title={t('analytics.fairness.modelTitle')}
        id="fairness-model"
        actions={
          mayRefit ? (
            <Button onClick={() => void refit()} disabled={fitting}>
              {fitting ? t('analytics.fairness.fitting') : t('analytics.fairness.refit')}
            </Button>
          ) : null
        }
      >
        {fitError ? (
          <Paragraph className="noise-note" role="alert">
            {fitError}
          </Paragraph>
        ) : null}
        <Async state={model}>
          {({ model: m }) =>
            !m ? (
              <Paragraph>{t('analytics.fairness.noModel')}</Paragraph>
            ) : (
              <>
                <Paragraph className="definition">
                  {t('analytics.fairness.fitSummary', { periods: m.periods, deviance: num(m.fit.deviance, i18n.language, 1), nullDeviance: num(m.fit.nullDeviance, i18n.language, 1), aic: num(m.fit.aic, i18n.language, 1) })}
                </Paragraph>
                <TableWrap label={t('analytics.fairness.coefficients')}>
                  <table className="data-table">
                    <caption>{t('analytics.fairness.coefficients')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('analytics.columns.term')}</th>
                        <th scope="col" className="num">{t('analytics.columns.estimate')}</th>
                        <th scope="col" className="num">{t('analytics.columns.oddsRatio')}</th>
                        <th scope="col" className="num">{t('analytics.columns.stdError')}</th>
                        <th scope="col" className="num">p</th>
                      </tr>
                    </thead>
                    <tbody>
                      {m.fit.coefficients.map((c) => (
                        <tr key={c.name}>
                          <th scope="row">{termLabel(t, c.name)}</th>
                          <td className="num">{num(c.estimate, i18n.language, 3)}</td>
                          <td className="num">{num(Math.exp(c.estimate), i18n.language, 2)}</td>
                          <td className="num">{num(c.stdError, i18n.language, 3)}</td>
                          <td className="num">{c.p < 0.001 ? '< 0,001' : num(c.p, i18n.language, 3)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
                <h3>{t('analytics.fairness.weightsTitle')}</h3>
                <Paragraph className="definition">{t('analytics.fairness.weightsHelp')}</Paragraph>
                <pre className="code-block">{JSON.stringify({ riskWeights: m.suggestedRiskWeights }, null, 2)}</pre>
              </>
            )
          }
        </Async>
      </Section>
    </>
  );
}

/** "ageGroup:under_25" → "Age group: under 25". */
export function termLabel(t: (key: string, options?: Record<string, unknown>) => string, name: string): string {
  if (name === '(Intercept)') return t('analytics.fairness.intercept');
  const [variable, level] = name.split(':');
  const lists: Record<string, string> = { referrer: 'referrers', serviceKind: 'serviceKinds', factor: 'backgroundFactors' };
  const value = lists[variable] ? t(`codes.${lists[variable]}.${level}`) : variable === 'practice' ? t(`analytics.practices.${level}`) : t(`analytics.groups.${level}`);
  return `${t(`analytics.variables.${variable}`)}: ${value}`;
}
