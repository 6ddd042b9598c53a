// Results of a survey round: frequencies and percentages, mean/SD/median by group, cross-tabs
// with chi-square, NPS with its interval and change from the previous round, reliability of the
// scales, exploratory factor analysis, correlations; each chart with its data table. Groups of
// fewer than five respondents are hidden by the server. Exports: CSV, XLSX with codebook, PDF.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { items as itemsOf, textIn, type Item, type SurveyDefinition } from '../../../domain/surveys/definition.ts';
import type { ItemReport, SurveyReport } from '../../../domain/surveys/results.ts';
import { query } from '../../api.ts';
import { BarChart } from '../../components/charts.tsx';
import { SelectField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Section, TableWrap } from '../../components/ui.tsx';
import { useApi } from '../../hooks.ts';
import { formatNumber, formatP, SurveyTabs, useLang, useText } from './common.tsx';
import type { Results, Survey } from './types.ts';
import './surveys.css';

export default function SurveyResults() {
  const { t } = useTranslation();
  const { surveyId } = useParams();
  const text = useText();
  const [roundId, setRoundId] = useState('');
  const [groupBy, setGroupBy] = useState('');
  const [rotation, setRotation] = useState('oblimin');
  const survey = useApi<Survey>(`/api/surveys/${surveyId}`);
  const results = useApi<Results>(`/api/surveys/${surveyId}/results${query({ roundId, groupBy, rotation })}`);
  const title = survey.data ? text(survey.data.title) : '';
  return (
    <>
      <PageTitle title={t('surveys.results.title', { title })}>{t('surveys.results.title', { title })}</PageTitle>
      <SurveyTabs id={surveyId!} canManage={survey.data?.canManage ?? false} />
      <Async state={results}>
        {(r) =>
          !r.round || !r.report || !r.definition ? (
            <Paragraph>{t('surveys.results.noRounds')}</Paragraph>
          ) : (
            <>
              <div className="results-controls">
                <SelectField id="results-round" label={t('surveys.results.round')} value={r.round.id} onChange={setRoundId} options={r.rounds.map((x) => ({ value: x.id, label: x.label }))} />
                <SelectField
                  id="results-group"
                  label={t('surveys.results.groupBy')}
                  optional
                  value={groupBy}
                  onChange={setGroupBy}
                  options={[
                    ...r.definition.questions.filter((q) => q.type === 'single' || q.type === 'likert').map((q) => ({ value: q.code, label: `${q.code}: ${text(q.text)}` })),
                  ]}
                />
                {r.definition.scales.length > 1 ? (
                  <SelectField
                    id="results-rotation"
                    label={t('surveys.results.rotation')}
                    value={rotation}
                    onChange={setRotation}
                    options={['oblimin', 'varimax', 'none'].map((x) => ({ value: x, label: x }))}
                  />
                ) : null}
              </div>
              <Exports surveyId={surveyId!} roundId={r.round.id} />
              <Report report={r.report} def={r.definition} roundLabel={r.round.label} />
            </>
          )
        }
      </Async>
    </>
  );
}

function Exports({ surveyId, roundId }: { surveyId: string; roundId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = query({ roundId, lang });
  return (
    <Section title={t('surveys.results.exports')} id="exports">
      <ul className="export-links">
        <li>
          <a href={`/api/surveys/${surveyId}/responses.csv${q}`} download>
            {t('surveys.results.csv')}
          </a>
        </li>
        <li>
          <a href={`/api/surveys/${surveyId}/responses.xlsx${q}`} download>
            {t('surveys.results.xlsx')}
          </a>
        </li>
        <li>
          <a href={`/api/surveys/${surveyId}/codebook.csv${q}`} download>
            {t('surveys.results.codebook')}
          </a>
        </li>
        <li>
          <a href={`/api/surveys/${surveyId}/report.pdf${q}`} download>
            {t('surveys.results.pdf')}
          </a>
        </li>
      </ul>
    </Section>
  );
}

function Report({ report, def, roundLabel }: { report: SurveyReport; def: SurveyDefinition; roundLabel: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const byCode = new Map(itemsOf(def).map((it) => [it.code, it]));
  if (report.tooFew) return <Paragraph>{t('surveys.results.tooFew', { min: report.minGroupSize })}</Paragraph>;
  const groupLabel = (v: unknown) => {
    if (!report.groupBy) return String(v);
    const l = report.groupBy.labels[String(v)];
    return l ? textIn(l, lang) : String(v);
  };
  return (
    <>
      <Paragraph mb="m">
        <strong>{roundLabel}</strong> · {t('surveys.results.n', { n: report.n })}
        {report.groupBy ? ` · ${t('surveys.results.hiddenNote', { min: report.minGroupSize })}` : ''}
      </Paragraph>
      {report.nps.length ? (
        <Section title={t('surveys.results.nps')} id="nps">
          {report.nps.map((n) => {
            const r = n.result;
            const fmt = (x: number) => formatNumber(x, lang, 0);
            return (
              <div key={n.code}>
                <Heading variant="h3">{textIn(n.text, lang)}</Heading>
                <Paragraph mb="xs">{t('surveys.results.npsValue', { nps: fmt(r.nps), lower: fmt(r.ci.lower), upper: fmt(r.ci.upper) })}</Paragraph>
                {n.previous ? (
                  <Paragraph mb="xs">
                    {t('surveys.results.npsChange', {
                      round: n.previous.roundLabel,
                      difference: fmt(n.previous.change.difference),
                      lower: fmt(n.previous.change.ci.lower),
                      upper: fmt(n.previous.change.ci.upper),
                    })}
                  </Paragraph>
                ) : null}
                <BarChart
                  title={`${t('surveys.results.nps')}: ${textIn(n.text, lang)}`}
                  min={-100}
                  max={100}
                  format={fmt}
                  labelHeader={t('surveys.results.round')}
                  valueHeader="NPS"
                  intervalHeader="95 %"
                  extraHeaders={[t('surveys.results.nCol')]}
                  data={[
                    ...(n.previous ? [{ label: n.previous.roundLabel, value: n.previous.result.nps, interval: [n.previous.result.ci.lower, n.previous.result.ci.upper] as [number, number], extra: [n.previous.result.n] }] : []),
                    { label: roundLabel, value: r.nps, interval: [r.ci.lower, r.ci.upper] as [number, number], extra: [r.n] },
                  ]}
                />
                <BarChart
                  title={`${textIn(n.text, lang)}: %`}
                  min={0}
                  max={100}
                  format={(x) => formatNumber(x, lang, 1)}
                  labelHeader={t('surveys.results.value')}
                  valueHeader={t('surveys.results.percent')}
                  extraHeaders={[t('surveys.results.count')]}
                  data={[
                    { label: t('surveys.results.promoters'), value: r.promoterPercent, extra: [r.promoters] },
                    { label: t('surveys.results.passives'), value: r.passivePercent, extra: [r.passives] },
                    { label: t('surveys.results.detractors'), value: r.detractorPercent, extra: [r.detractors] },
                  ]}
                />
              </div>
            );
          })}
        </Section>
      ) : null}
      <Section title={t('surveys.results.items')} id="items">
        {report.items.map((it) => (
          <ItemResult key={it.code} item={it} meta={byCode.get(it.code)} groupLabel={groupLabel} report={report} />
        ))}
      </Section>
      {report.scales.length ? <Scales report={report} /> : null}
      {report.efa || report.efaError ? <Efa report={report} /> : null}
      {report.correlations.length ? (
        <Section title={t('surveys.results.correlations')} id="correlations">
          <TableWrap label={t('surveys.results.correlations')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('surveys.results.variableA')}</th>
                  <th scope="col">{t('surveys.results.variableB')}</th>
                  <th scope="col">{t('surveys.results.r')}</th>
                  <th scope="col">{t('surveys.results.p')}</th>
                  <th scope="col">{t('surveys.results.nCol')}</th>
                </tr>
              </thead>
              <tbody>
                {report.correlations.map((c) => (
                  <tr key={`${c.a}-${c.b}`}>
                    <th scope="row">{c.a}</th>
                    <td>{c.b}</td>
                    <td>{formatNumber(c.r, lang, 3)}</td>
                    <td>{formatP(c.p, lang)}</td>
                    <td>{c.n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </Section>
      ) : null}
    </>
  );
}

function valueLabel(meta: Item | undefined, value: unknown, lang: 'fi' | 'sv' | 'en'): string {
  const q = meta?.question;
  if (!q) return String(value);
  if (q.options) return textIn(q.options.find((o) => o.value === value)?.text, lang) || String(value);
  if (q.labels && q.labels.length === q.points && typeof value === 'number') return `${value} ${textIn(q.labels[value - 1], lang)}`;
  if (q.labels && q.labels.length === 2 && typeof value === 'number') {
    if (value === 1) return `1 ${textIn(q.labels[0], lang)}`;
    if (value === q.points) return `${value} ${textIn(q.labels[1], lang)}`;
  }
  return String(value);
}

function ItemResult({ item, meta, groupLabel, report }: { item: ItemReport; meta?: Item; groupLabel(v: unknown): string; report: SurveyReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const title = `${item.code}: ${textIn(item.text, lang)}`;
  const pct = (x: number) => formatNumber(x, lang, 1);
  return (
    <div className="results-item">
      <Heading variant="h3">{title}</Heading>
      {item.description && item.description.n > 0 ? (
        <Paragraph mb="xs">
          {t('surveys.results.mean')} {formatNumber(item.description.mean, lang)}, {t('surveys.results.sd')} {formatNumber(item.description.sd, lang)}, {t('surveys.results.median')}{' '}
          {formatNumber(item.description.median, lang, 1)}, n = {item.description.n}
        </Paragraph>
      ) : null}
      {item.frequencies ? (
        <BarChart
          title={title}
          min={0}
          max={100}
          format={pct}
          labelHeader={t('surveys.results.value')}
          valueHeader={t('surveys.results.percent')}
          extraHeaders={[t('surveys.results.count')]}
          data={item.frequencies.rows.map((row) => ({ label: valueLabel(meta, row.value, lang), value: Number.isFinite(row.validPercent) ? row.validPercent : 0, extra: [row.count] }))}
        />
      ) : null}
      {item.byGroup ? (
        <BarChart
          title={`${title} · ${t('surveys.results.mean')} / ${report.groupBy ? textIn(report.groupBy.text, lang) : ''}`}
          format={(x) => formatNumber(x, lang)}
          labelHeader={t('surveys.results.group')}
          valueHeader={t('surveys.results.mean')}
          extraHeaders={[t('surveys.results.sd'), t('surveys.results.median'), t('surveys.results.nCol')]}
          data={[
            ...item.byGroup.groups.map((g) =>
              g.suppressed
                ? { label: `${groupLabel(g.group)} – ${t('surveys.results.hidden', { min: report.minGroupSize })}`, value: NaN, extra: ['', '', ''] }
                : { label: groupLabel(g.group), value: g.mean, extra: [formatNumber(g.sd, lang), formatNumber(g.median, lang, 1), g.n] },
            ),
            ...(item.byGroup.total ? [{ label: t('surveys.results.total'), value: item.byGroup.total.mean, extra: [formatNumber(item.byGroup.total.sd, lang), formatNumber(item.byGroup.total.median, lang, 1), item.byGroup.total.n] }] : []),
          ]}
        />
      ) : null}
      {item.crossTab && item.crossTab.rows.length > 0 ? (
        <>
          <TableWrap label={`${t('surveys.results.crossTab')}: ${title}`}>
            <table className="table">
              <caption className="visually-hidden">{`${t('surveys.results.crossTab')}: ${title}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.results.group')}</th>
                  {item.crossTab.columns.map((c) => (
                    <th scope="col" key={String(c)}>
                      {valueLabel(meta, c, lang)}
                    </th>
                  ))}
                  <th scope="col">{t('surveys.results.nCol')}</th>
                </tr>
              </thead>
              <tbody>
                {item.crossTab.rows.map((row, i) => (
                  <tr key={String(row)}>
                    <th scope="row">{groupLabel(row)}</th>
                    {item.crossTab!.counts[i].map((c, j) => (
                      <td key={j}>
                        {c} ({pct(item.crossTab!.rowPercent[i][j])} %)
                      </td>
                    ))}
                    <td>{item.crossTab!.rowTotals[i]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {item.crossTab.test ? (
            <Paragraph mb="s">
              {t('surveys.results.chiSquare', { chisq: formatNumber(item.crossTab.test.chisq, lang), df: item.crossTab.test.df, p: formatP(item.crossTab.test.p, lang) })}
            </Paragraph>
          ) : null}
        </>
      ) : null}
      {item.texts && item.texts.length ? (
        <details>
          <summary>{t('surveys.results.texts', { count: item.texts.length })}</summary>
          <ul className="text-answers">
            {item.texts.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function Scales({ report }: { report: SurveyReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Section title={t('surveys.results.scales')} id="scales">
      <BarChart
        title={t('surveys.results.scales')}
        min={0}
        max={1}
        format={(x) => formatNumber(x, lang, 3)}
        labelHeader={t('surveys.results.scale')}
        valueHeader={t('surveys.results.rawAlpha')}
        extraHeaders={[t('surveys.results.stdAlpha'), t('surveys.results.averageR'), t('surveys.results.mean'), t('surveys.results.sd'), t('surveys.results.nCol')]}
        tableLayout="below"
        data={report.scales.map((s) => ({
          label: textIn(s.name, lang),
          value: s.result?.rawAlpha ?? NaN,
          extra: s.result
            ? [formatNumber(s.result.stdAlpha, lang, 3), formatNumber(s.result.averageR, lang, 3), formatNumber(s.result.mean, lang), formatNumber(s.result.sd, lang), s.result.n]
            : ['–', '–', '–', '–', 0],
        }))}
      />
      {report.scales
        .filter((s) => s.result)
        .map((s) => (
          <TableWrap key={s.code} label={`${textIn(s.name, lang)}: ${t('surveys.results.alphaIfDropped')}`}>
            <table className="table">
              <caption>{textIn(s.name, lang)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.results.item')}</th>
                  <th scope="col">{t('surveys.results.alphaIfDropped')}</th>
                  <th scope="col">{t('surveys.results.itemRest')}</th>
                </tr>
              </thead>
              <tbody>
                {s.items.map((key) => {
                  const code = key.replace(/^-/, '');
                  return (
                    <tr key={key}>
                      <th scope="row">{key}</th>
                      <td>{formatNumber(s.result!.alphaIfDropped[code], lang, 3)}</td>
                      <td>{formatNumber(s.result!.itemRestR[code], lang, 3)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        ))}
    </Section>
  );
}

function Efa({ report }: { report: SurveyReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const efa = report.efa;
  return (
    <Section title={t('surveys.results.efa')} id="efa">
      {!efa ? (
        <Paragraph>{t('surveys.results.efaNotRun', { reason: report.efaError ?? '' })}</Paragraph>
      ) : (
        <>
          <Paragraph mb="s">
            {t('surveys.results.efaSummary', { kmo: formatNumber(efa.kmo, lang, 3), chisq: formatNumber(efa.bartlett.chisq, lang, 1), df: efa.bartlett.df, p: formatP(efa.bartlett.p, lang), n: efa.n })}
          </Paragraph>
          <TableWrap label={t('surveys.results.efa')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('surveys.results.item')}</th>
                  {efa.ssLoadings.map((_, j) => (
                    <th scope="col" key={j}>
                      {t('surveys.results.factor', { number: j + 1 })}
                    </th>
                  ))}
                  <th scope="col">{t('surveys.results.communality')}</th>
                </tr>
              </thead>
              <tbody>
                {efa.items.map((code) => (
                  <tr key={code}>
                    <th scope="row">{code}</th>
                    {efa.loadings[code].map((l, j) => (
                      <td key={j} className={Math.abs(l) >= 0.4 ? 'strong' : undefined}>
                        {Math.abs(l) >= 0.4 ? <strong>{formatNumber(l, lang)}</strong> : formatNumber(l, lang)}
                      </td>
                    ))}
                    <td>{formatNumber(efa.communalities[code], lang)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('surveys.results.ssLoadings')}</th>
                  {efa.ssLoadings.map((x, j) => (
                    <td key={j}>{formatNumber(x, lang)}</td>
                  ))}
                  <td />
                </tr>
                <tr>
                  <th scope="row">{t('surveys.results.propVar')}</th>
                  {efa.proportionVariance.map((x, j) => (
                    <td key={j}>{formatNumber(x, lang)}</td>
                  ))}
                  <td />
                </tr>
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </Section>
  );
}
