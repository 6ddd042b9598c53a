// One section per effectiveness measure: its definition, a chart and the same numbers as a table,
// with CSV export. Used by the signed-in dashboard and by the public summary.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { Async, Section, TableWrap } from '../../components/ui.tsx';
import { useApi } from '../../hooks.ts';
import { IntervalBars, StepCurves } from './charts.tsx';
import { GroupTable, Hidden } from './GroupTable.tsx';
import { groupName, num, pct, type Attendance, type Caseload, type Durability, type GoalPractices, type RateGroup, type Relative, type TimeToOutcome, type Transitions } from './model.ts';

export interface MeasureProps {
  /** The query string shared by every measure (window, breakdown, filters). */
  query: string;
}

function ExportLinks({ measure, query }: { measure: string; query: string }) {
  const { t } = useTranslation();
  const base = `/api/analytics/export?measure=${measure}&${query.replace(/^\?/, '')}`;
  return (
    <p className="export-links">
      <a href={`${base}&format=csv`} download>
        {t('analytics.exportCsv')}
      </a>
      {' · '}
      <a href={`${base}&format=xlsx`} download>
        {t('analytics.exportXlsx')}
      </a>
    </p>
  );
}

function MeasureSection({ id, measure, query, children }: { id: string; measure: string; query: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Section title={t(`analytics.measures.${id}.title`)} id={`measure-${id}`} actions={<ExportLinks measure={measure} query={query} />}>
      <Paragraph className="definition">{t(`analytics.measures.${id}.definition`)}</Paragraph>
      {children}
    </Section>
  );
}

/** A table of rates: group, share, interval, count of n. */
function RateTable({ caption, rows, by, minGroup }: { caption: string; rows: RateGroup[]; by: string; minGroup: number }) {
  const { t, i18n } = useTranslation();
  return (
    <GroupTable
      label={caption}
      groupHeader={t('analytics.columns.group')}
      name={(r) => groupName(t, by, r)}
      rows={rows}
      minGroup={minGroup}
      columns={[
        { header: t('analytics.columns.rate'), cell: (r) => pct(r.rate?.rate, i18n.language) },
        { header: t('analytics.columns.interval'), cell: (r) => `${pct(r.rate?.lower, i18n.language)}–${pct(r.rate?.upper, i18n.language)}` },
        { header: t('analytics.columns.countOfN'), cell: (r) => `${r.rate?.count} / ${r.rate?.n}` },
      ]}
    />
  );
}

function rateBars(t: (key: string) => string, by: string, rows: RateGroup[], minGroup: number) {
  return rows.map((r) => ({
    label: groupName(t, by, r),
    value: r.suppressed ? null : (r.rate?.rate ?? null),
    lower: r.rate?.lower,
    upper: r.rate?.upper,
    note: r.suppressed ? `< ${minGroup}` : undefined,
  }));
}

export function TransitionSection({ query }: MeasureProps) {
  const { t } = useTranslation();
  const state = useApi<Transitions>(`/api/analytics/transitions${query}`);
  return (
    <MeasureSection id="transitions" measure="transitions" query={query}>
      <Async state={state}>
        {(data) => {
          const rows = data.by === 'total' ? [data.total] : [...data.groups, data.total];
          return (
            <>
              <Paragraph className="definition">
                {t('analytics.countedAre', { list: data.counted.map((d) => t(`codes.destinations.${d}`)).join(', ') })}
              </Paragraph>
              <div className="measure-grid">
                <IntervalBars title={t('analytics.measures.transitions.title')} bars={rateBars(t, data.by, rows, data.minGroup)} />
                <RateTable caption={t('analytics.measures.transitions.title')} rows={rows} by={data.by} minGroup={data.minGroup} />
              </div>
              <DestinationTable data={data} />
            </>
          );
        }}
      </Async>
    </MeasureSection>
  );
}

function DestinationTable({ data }: { data: Transitions }) {
  const { t } = useTranslation();
  const counts = data.total.byDestination;
  if (!counts) return null;
  const entries = Object.entries(counts).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
  return (
    <TableWrap label={t('analytics.byDestination')}>
      <table className="data-table">
        <caption>{t('analytics.byDestination')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analytics.columns.destination')}</th>
            <th scope="col" className="num">{t('analytics.columns.periods')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([destination, n]) => (
            <tr key={destination}>
              <th scope="row">{t(`codes.destinations.${destination}`)}</th>
              <td className="num">{n === null ? <Hidden minGroup={data.minGroup} /> : n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function RelativeSection({ query }: MeasureProps) {
  const { t, i18n } = useTranslation();
  const state = useApi<Relative>(`/api/analytics/transitions-relative${query}`);
  return (
    <MeasureSection id="relative" measure="relative" query={query}>
      <Async state={state}>
        {(data) => (
          <GroupTable
            label={t('analytics.measures.relative.title')}
            groupHeader={t('analytics.columns.group')}
            name={(r) => groupName(t, data.by, r)}
            rows={[...(data.by === 'total' ? [] : data.groups), data.total]}
            minGroup={data.minGroup}
            columns={[
              { header: t('analytics.columns.transitions'), cell: (r) => r.transitions },
              { header: t('analytics.columns.clientsAtEnd'), cell: (r) => r.clientsAtEnd },
              { header: t('analytics.columns.ratio'), cell: (r) => num(r.ratio, i18n.language, 2) },
            ]}
          />
        )}
      </Async>
    </MeasureSection>
  );
}

export function DurabilitySection({ query }: MeasureProps) {
  const { t } = useTranslation();
  const state = useApi<Durability>(`/api/analytics/durability${query}`);
  return (
    <MeasureSection id="durability" measure="durability" query={query}>
      <Async state={state}>
        {(data) => (
          <div className="measure-grid">
            {data.horizons.map((h) => {
              const rows = data.by === 'total' ? [h.total] : [...h.groups, h.total];
              const title = t('analytics.atMonths', { months: h.months });
              return (
                <div key={h.months}>
                  <h3>{title}</h3>
                  <IntervalBars title={title} bars={rateBars(t, data.by, rows, data.minGroup)} />
                  <RateTable caption={title} rows={rows} by={data.by} minGroup={data.minGroup} />
                  <Paragraph className="definition">
                    {h.total.suppressed ? null : t('analytics.unknownFollowUps', { count: h.total.unknown ?? 0, other: h.total.other ?? 0 })}
                  </Paragraph>
                </div>
              );
            })}
          </div>
        )}
      </Async>
    </MeasureSection>
  );
}

export function TimeToOutcomeSection({ query }: MeasureProps) {
  const { t, i18n } = useTranslation();
  const state = useApi<TimeToOutcome>(`/api/analytics/time-to-outcome${query}`);
  return (
    <MeasureSection id="timeToOutcome" measure="timeToOutcome" query={query}>
      <Async state={state}>
        {(data) => {
          const shown = data.groups.filter((g) => g.curve);
          return (
            <div className="measure-grid">
              <StepCurves
                title={t('analytics.measures.timeToOutcome.title')}
                maxDays={365}
                curves={shown.map((g) => ({ label: groupName(t, data.by, g), steps: g.curve!.steps }))}
              />
              <GroupTable
                label={t('analytics.measures.timeToOutcome.title')}
                groupHeader={t('analytics.columns.group')}
                name={(g) => groupName(t, data.by, g)}
                rows={data.groups}
                minGroup={data.minGroup}
                columns={[
                  { header: t('analytics.columns.n'), cell: (g) => g.curve?.n },
                  { header: t('analytics.columns.medianDays'), cell: (g) => g.curve?.medianDays ?? t('analytics.notReached') },
                  ...data.readDays.map((d) => ({ header: t('analytics.columns.reachedBy', { days: d }), cell: (g: (typeof data.groups)[number]) => pct(g.curve?.reached[String(d)], i18n.language) })),
                ]}
              />
            </div>
          );
        }}
      </Async>
    </MeasureSection>
  );
}

export function CaseloadSection({ query }: MeasureProps) {
  const { t, i18n } = useTranslation();
  const state = useApi<Caseload>(`/api/analytics/caseload${query}`);
  return (
    <MeasureSection id="caseload" measure="caseload" query={query}>
      <Async state={state}>
        {(data) => {
          const rows = [...data.groups, data.total];
          const max = Math.max(data.barometer * 2, ...rows.map((r) => r.mean ?? 0));
          return (
            <div className="measure-grid">
              <IntervalBars
                title={t('analytics.measures.caseload.title')}
                format="number"
                max={max}
                reference={{ value: data.barometer, label: t('analytics.barometerReference', { value: data.barometer }) }}
                bars={rows.map((r) => ({ label: r.key === 'total' ? t('analytics.total') : t(`codes.unitTypes.${r.key}`), value: r.mean, note: r.suppressed ? `< ${data.minGroup}` : undefined }))}
              />
              <div>
                <GroupTable
                  label={t('analytics.measures.caseload.title')}
                  groupHeader={t('analytics.columns.unitType')}
                  name={(r) => (r.key === 'total' ? t('analytics.total') : t(`codes.unitTypes.${r.key}`))}
                  rows={rows}
                  minGroup={data.minGroup}
                  columns={[
                    { header: t('analytics.columns.coaches'), cell: (r) => r.coaches },
                    { header: t('analytics.columns.mean'), cell: (r) => num(r.mean, i18n.language) },
                    { header: t('analytics.columns.median'), cell: (r) => num(r.median, i18n.language) },
                  ]}
                />
                <Paragraph className="definition">{t('analytics.barometerReference', { value: data.barometer })}</Paragraph>
              </div>
            </div>
          );
        }}
      </Async>
    </MeasureSection>
  );
}

export function AttendanceSection({ query }: MeasureProps) {
  const { t, i18n } = useTranslation();
  const state = useApi<Attendance>(`/api/analytics/attendance${query}`);
  return (
    <MeasureSection id="attendance" measure="attendance" query={query}>
      <Async state={state}>
        {(data) => (
          <GroupTable
            label={t('analytics.measures.attendance.title')}
            groupHeader={t('analytics.columns.group')}
            name={(r) => groupName(t, data.by, r)}
            rows={[...(data.by === 'total' ? [] : data.groups), data.total]}
            minGroup={data.minGroup}
            columns={[
              { header: t('analytics.columns.clientMonths'), cell: (r) => r.clientMonths },
              { header: t('analytics.columns.paidDays'), cell: (r) => r.paidDays },
              { header: t('analytics.columns.daysPerClientMonth'), cell: (r) => num(r.daysPerClientMonth, i18n.language) },
              { header: t('analytics.columns.remoteShare'), cell: (r) => pct(r.remoteShare, i18n.language) },
            ]}
          />
        )}
      </Async>
    </MeasureSection>
  );
}

export function GoalPracticeSection({ query }: MeasureProps) {
  const { t } = useTranslation();
  const state = useApi<GoalPractices>(`/api/analytics/goal-practices${query}`);
  return (
    <MeasureSection id="goalPractices" measure="goalPractices" query={query}>
      <Async state={state}>
        {(data) => {
          const names = Object.keys(data.measures);
          const totals = names.map((name) => ({ ...data.measures[name].total, key: name, label: t(`analytics.practices.${name}`) }));
          return (
            <>
              <div className="measure-grid">
                <IntervalBars title={t('analytics.measures.goalPractices.title')} bars={rateBars(t, 'practice', totals, data.minGroup)} />
                <RateTable caption={t('analytics.measures.goalPractices.title')} rows={totals} by="practice" minGroup={data.minGroup} />
              </div>
              {data.by !== 'total'
                ? names.map((name) => (
                    <div key={name}>
                      <h3>{t(`analytics.practices.${name}`)}</h3>
                      <RateTable caption={t(`analytics.practices.${name}`)} rows={data.measures[name].groups} by={data.by} minGroup={data.minGroup} />
                    </div>
                  ))
                : null}
            </>
          );
        }}
      </Async>
    </MeasureSection>
  );
}
