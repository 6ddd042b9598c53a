// The 2020 study's hypotheses on live data: the outcome with and without each practice, the crude
// odds ratio and the odds ratio adjusted for client characteristics — associations, not effects.
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { useUser } from '../../auth.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Section, TableWrap } from '../../components/ui.tsx';
import { useApi } from '../../hooks.ts';
import { AnalyticsNav } from './AnalyticsNav.tsx';
import { IntervalBars } from './charts.tsx';
import { Controls, useChoices } from './Controls.tsx';
import { num, pct, type Meta, type Rate } from './model.ts';

interface OddsRatio {
  oddsRatio: number;
  lower: number;
  upper: number;
}
interface Hypotheses extends Meta {
  periods: number;
  hypotheses: Array<{
    practice: string;
    suppressed: string | null;
    with: Rate | null;
    without: Rate | null;
    comparison: { difference: number; lower: number; upper: number; withinNoise: boolean } | null;
    crude: (OddsRatio & { corrected: boolean }) | null;
    adjusted: (OddsRatio & { p: number }) | null;
  }>;
}

export default function HypothesesPage() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const aggregateOnly = user.role === 'researcher';
  const [choices, update, query] = useChoices(aggregateOnly);
  const state = useApi<Hypotheses>(`/api/analytics/hypotheses${query}`);
  const or = (v: OddsRatio | null) => (v ? `${num(v.oddsRatio, i18n.language, 2)} (${num(v.lower, i18n.language, 2)}–${num(v.upper, i18n.language, 2)})` : '–');
  return (
    <>
      <PageTitle>{t('analytics.hypotheses.title')}</PageTitle>
      <AnalyticsNav />
      <Paragraph className="noise-note">{t('analytics.hypotheses.associations')}</Paragraph>
      <Controls choices={choices} update={update} aggregateOnly={aggregateOnly} chooseMunicipality={user.role === 'admin' || user.role === 'researcher'} hideBreakdown />
      <Async state={state}>
        {(data) => (
          <>
            {data.hypotheses.map((h, i) => (
              <Section key={h.practice} title={t(`analytics.hypotheses.h${i + 1}`)} id={`hypothesis-${h.practice}`}>
                {h.suppressed || !h.with || !h.without ? (
                  <Paragraph>{t('analytics.suppressedHint', { min: data.minGroup })}</Paragraph>
                ) : (
                  <div className="measure-grid">
                    <IntervalBars
                      title={t(`analytics.hypotheses.h${i + 1}`)}
                      bars={[
                        { label: t('analytics.hypotheses.with'), value: h.with.rate, lower: h.with.lower, upper: h.with.upper },
                        { label: t('analytics.hypotheses.without'), value: h.without.rate, lower: h.without.lower, upper: h.without.upper },
                      ]}
                    />
                    <div>
                      <TableWrap label={t(`analytics.hypotheses.h${i + 1}`)}>
                        <table className="data-table">
                          <tbody>
                            <tr>
                              <th scope="row">{t('analytics.hypotheses.with')}</th>
                              <td className="num">
                                {pct(h.with.rate, i18n.language)} ({h.with.count} / {h.with.n})
                              </td>
                            </tr>
                            <tr>
                              <th scope="row">{t('analytics.hypotheses.without')}</th>
                              <td className="num">
                                {pct(h.without.rate, i18n.language)} ({h.without.count} / {h.without.n})
                              </td>
                            </tr>
                            <tr>
                              <th scope="row">{t('analytics.hypotheses.crude')}</th>
                              <td className="num">{or(h.crude)}</td>
                            </tr>
                            <tr>
                              <th scope="row">{t('analytics.hypotheses.adjusted')}</th>
                              <td className="num">{or(h.adjusted)}</td>
                            </tr>
                          </tbody>
                        </table>
                      </TableWrap>
                      {h.comparison ? (
                        <Paragraph className="definition">
                          {h.comparison.withinNoise ? t('analytics.withinNoise') : t('analytics.clearDifference', { difference: pct(h.comparison.difference, i18n.language) })}
                        </Paragraph>
                      ) : null}
                    </div>
                  </div>
                )}
              </Section>
            ))}
          </>
        )}
      </Async>
    </>
  );
}
