// The charts of the effectiveness dashboards: plain SVG, described for screen readers, and always
// shown beside the table that holds the same numbers (the table is the accessible source; the
// chart repeats it for the eye).
import { useTranslation } from 'react-i18next';

export interface IntervalBar {
  label: string;
  value: number | null;
  lower?: number | null;
  upper?: number | null;
  /** A second marker, e.g. the expected rate or last year's value. */
  marker?: number | null;
  /** Shown instead of a bar, e.g. "< 5". */
  note?: string;
}

const percent = (v: number, lang: string) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(v);

/** Horizontal bars with 95 % interval whiskers; `max` is the right edge (1 for shares). */
export function IntervalBars({
  bars,
  title,
  max = 1,
  reference,
  format = 'percent',
}: {
  bars: IntervalBar[];
  title: string;
  max?: number;
  /** A vertical reference line, e.g. 1 for observed/expected. */
  reference?: { value: number; label: string };
  format?: 'percent' | 'number';
}) {
  const { i18n } = useTranslation();
  const fmt = (v: number) => (format === 'percent' ? percent(v, i18n.language) : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(v));
  const rowHeight = 26;
  const labelWidth = 190;
  const width = 560;
  const plot = width - labelWidth - 60;
  const height = bars.length * rowHeight + 24;
  const x = (v: number) => labelWidth + Math.max(0, Math.min(1, v / max)) * plot;
  const description = bars.map((b) => `${b.label}: ${b.note ?? (b.value === null ? '–' : fmt(b.value))}`).join('; ');
  return (
    <figure className="ichart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${description}`} width="100%" preserveAspectRatio="xMinYMin meet">
        {[0, 0.25, 0.5, 0.75, 1].map((f) => (
          <g key={f}>
            <line x1={labelWidth + f * plot} x2={labelWidth + f * plot} y1={0} y2={height - 20} className="ichart-grid" />
            <text x={labelWidth + f * plot} y={height - 6} className="ichart-axis" textAnchor="middle">
              {fmt(f * max)}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const y = i * rowHeight + 4;
          return (
            <g key={`${b.label}-${i}`}>
              <text x={labelWidth - 8} y={y + 15} className="ichart-label" textAnchor="end">
                {b.label.length > 28 ? `${b.label.slice(0, 27)}…` : b.label}
              </text>
              {b.value === null ? (
                <text x={labelWidth + 4} y={y + 15} className="ichart-note">
                  {b.note ?? '–'}
                </text>
              ) : (
                <>
                  <rect x={labelWidth} y={y + 3} width={Math.max(1, x(b.value) - labelWidth)} height={rowHeight - 10} className="ichart-bar" />
                  {b.lower != null && b.upper != null ? (
                    <g className="ichart-whisker">
                      <line x1={x(b.lower)} x2={x(b.upper)} y1={y + rowHeight / 2 - 1} y2={y + rowHeight / 2 - 1} />
                      <line x1={x(b.lower)} x2={x(b.lower)} y1={y + 5} y2={y + rowHeight - 7} />
                      <line x1={x(b.upper)} x2={x(b.upper)} y1={y + 5} y2={y + rowHeight - 7} />
                    </g>
                  ) : null}
                  {b.marker != null ? <circle cx={x(b.marker)} cy={y + rowHeight / 2 - 1} r={4} className="ichart-marker" /> : null}
                  <text x={Math.min(x(b.upper ?? b.value) + 6, width - 4)} y={y + 15} className="ichart-value" textAnchor={x(b.upper ?? b.value) + 6 > width - 50 ? 'end' : 'start'}>
                    {fmt(b.value)}
                  </text>
                </>
              )}
            </g>
          );
        })}
        {reference ? (
          <g>
            <line x1={x(reference.value)} x2={x(reference.value)} y1={0} y2={height - 20} className="ichart-reference" />
            <title>{reference.label}</title>
          </g>
        ) : null}
      </svg>
    </figure>
  );
}

export interface Curve {
  label: string;
  steps: Array<{ time: number; reached: number }>;
}

const CURVE_CLASSES = ['ichart-curve-0', 'ichart-curve-1', 'ichart-curve-2', 'ichart-curve-3', 'ichart-curve-4', 'ichart-curve-5'];

/** Kaplan–Meier step curves of the share that has reached the outcome by day t. */
export function StepCurves({ curves, title, maxDays }: { curves: Curve[]; title: string; maxDays: number }) {
  const { t, i18n } = useTranslation();
  const width = 560;
  const height = 260;
  const left = 48;
  const bottom = 30;
  const plotW = width - left - 130;
  const plotH = height - bottom - 10;
  const x = (d: number) => left + (Math.min(d, maxDays) / maxDays) * plotW;
  const y = (v: number) => 10 + (1 - v) * plotH;
  const path = (c: Curve) => {
    let d = `M${x(0)},${y(0)}`;
    let last = 0;
    for (const s of c.steps) {
      if (s.time > maxDays) break;
      d += ` H${x(s.time)} V${y(s.reached)}`;
      last = s.reached;
    }
    return `${d} H${x(maxDays)} V${y(last)}`;
  };
  const shown = curves.slice(0, CURVE_CLASSES.length);
  return (
    <figure className="ichart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${t('analytics.chart.curveDescription', { count: shown.length })}`} width="100%">
        {[0, 0.25, 0.5, 0.75, 1].map((v) => (
          <g key={v}>
            <line x1={left} x2={left + plotW} y1={y(v)} y2={y(v)} className="ichart-grid" />
            <text x={left - 6} y={y(v) + 4} className="ichart-axis" textAnchor="end">
              {percent(v, i18n.language)}
            </text>
          </g>
        ))}
        {[0, 0.25, 0.5, 0.75, 1].map((f) => (
          <text key={f} x={x(f * maxDays)} y={height - 10} className="ichart-axis" textAnchor="middle">
            {Math.round(f * maxDays)}
          </text>
        ))}
        {shown.map((c, i) => (
          <g key={c.label}>
            <path d={path(c)} className={`ichart-curve ${CURVE_CLASSES[i]}`} />
            <line x1={left + plotW + 12} x2={left + plotW + 30} y1={20 + i * 18} y2={20 + i * 18} className={`ichart-curve ${CURVE_CLASSES[i]}`} />
            <text x={left + plotW + 34} y={24 + i * 18} className="ichart-label">
              {c.label.length > 14 ? `${c.label.slice(0, 13)}…` : c.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="ichart-caption">{t('analytics.chart.daysAxis')}</figcaption>
    </figure>
  );
}
