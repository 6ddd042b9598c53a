// Assembles the council report from the same measures the dashboards show, in the reader's language.
import type { Database } from '../../db/connection.ts';
import { councilReportPdf, type ReportBar, type ReportSection } from '../../domain/analytics/report-pdf.ts';
import type { Rate } from '../../domain/analytics/proportion.ts';
import type { Locale } from '../../domain/codes.ts';
import { translate } from '../messages.ts';
import * as service from './service.ts';

export async function councilReport(db: Database, base: service.MeasureContext, locale: Locale): Promise<Buffer> {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${(v * 100).toFixed(1).replace('.', locale === 'en' ? '.' : ',')} %`);
  const hidden = `< ${base.viewer.minGroup}`;
  const rateText = (r: Rate | null, suppressed: unknown) => (suppressed || !r ? hidden : `${pct(r.rate)} (${pct(r.lower)}–${pct(r.upper)}), n = ${r.n}`);
  const rateBar = (label: string, r: Rate | null, suppressed: unknown): ReportBar => ({
    label,
    value: suppressed || !r ? null : r.rate,
    lower: r?.lower,
    upper: r?.upper,
    text: rateText(r, suppressed),
  });
  const ctx = (by: service.MeasureContext['by']) => ({ ...base, by });
  const [byService, relative, durability, time, practices, caseload] = await Promise.all([
    service.transitions(db, ctx('service')),
    service.relative(db, ctx('total')),
    service.durability(db, ctx('total')),
    service.timeToOutcome(db, ctx('total')),
    service.goalPractices(db, ctx('total')),
    service.caseload(db, ctx('total')),
  ]);
  const definition = (id: string) => t(`analytics.measures.${id}.definition`);
  const title = (id: string) => t(`analytics.measures.${id}.title`);
  const sections: ReportSection[] = [
    {
      title: title('transitions'),
      definition: `${definition('transitions')} ${t('analytics.countedAre', { list: byService.counted.map((d) => t(`codes.destinations.${d}`)).join(', ') })}`,
      bars: [
        rateBar(t('analytics.total'), byService.total.rate, byService.total.suppressed),
        ...byService.groups.map((g) => rateBar(t(`codes.serviceKinds.${g.key}`), g.rate, g.suppressed)),
      ],
    },
    {
      title: title('relative'),
      definition: definition('relative'),
      bars: [],
      notes: [
        relative.total.suppressed
          ? hidden
          : `${t('analytics.columns.transitions')}: ${relative.total.transitions}; ${t('analytics.columns.clientsAtEnd')}: ${relative.total.clientsAtEnd}; ${t('analytics.columns.ratio')}: ${relative.total.ratio === null ? '–' : relative.total.ratio.toFixed(2)}`,
      ],
    },
    {
      title: title('durability'),
      definition: definition('durability'),
      bars: durability.horizons.map((h) => rateBar(t('analytics.atMonths', { months: h.months }), h.total.rate, h.total.suppressed)),
      notes: durability.horizons.map((h) =>
        h.total.suppressed ? '' : `${t('analytics.atMonths', { months: h.months })}: ${t('analytics.unknownFollowUps', { count: h.total.unknown ?? 0, other: h.total.other ?? 0 })}`,
      ),
    },
    {
      title: title('timeToOutcome'),
      definition: definition('timeToOutcome'),
      bars: (time.groups[0]?.curve ? Object.entries(time.groups[0].curve.reached) : []).map(([days, v]) => ({
        label: t('analytics.columns.reachedBy', { days }),
        value: v,
        text: pct(v),
      })),
      notes: [
        time.groups[0]?.curve
          ? `${t('analytics.columns.medianDays')}: ${time.groups[0].curve.medianDays ?? t('analytics.notReached')}; n = ${time.groups[0].curve.n}`
          : hidden,
      ],
    },
    {
      title: title('goalPractices'),
      definition: definition('goalPractices'),
      bars: Object.entries(practices.measures).map(([name, m]) => rateBar(t(`analytics.practices.${name}`), m.total.rate, m.total.suppressed)),
    },
    {
      title: title('caseload'),
      definition: definition('caseload'),
      bars: [],
      notes: [
        caseload.total.suppressed || caseload.total.mean === null
          ? hidden
          : `${t('analytics.columns.mean')}: ${caseload.total.mean.toFixed(1)}; ${t('analytics.columns.median')}: ${caseload.total.median}; ${t('analytics.columns.coaches')}: ${caseload.total.coaches}. ${t('analytics.barometerReference', { value: caseload.barometer })}`,
      ],
    },
  ];
  return councilReportPdf({
    title: t('analytics.report.title'),
    subtitle: t('analytics.report.period', { from: base.window.from, to: base.window.to, asOf: base.asOf }),
    preface: base.viewer.suppress ? [t('analytics.report.suppressed', { min: base.viewer.minGroup })] : [],
    sections,
    footer: (page) => t('analytics.report.page', { page }),
  });
}
