// Accessible SVG charts, always with their data table: a chart is a picture of the numbers, the
// table is the numbers. The SVG is one image with a text alternative (role="img" + aria-label)
// and is hidden from nothing; the table beside it is what screen readers and copy-paste use.
// Reusable by every area: pass rows of {label, value, interval?}.
import type { ReactNode } from 'react';
import './charts.css';

export interface BarDatum {
  label: string;
  value: number;
  /** Lower and upper end of an interval drawn as a whisker (same units as value). */
  interval?: [number, number];
  /** Extra columns shown in the table only (e.g. n, SD). */
  extra?: ReactNode[];
}

export interface BarChartProps {
  /** Names the chart and its table (also their accessible names). */
  title: string;
  data: BarDatum[];
  /** The axis range; defaults to 0…max of the values (and intervals). */
  min?: number;
  max?: number;
  /** Formats a value for the labels and the table. */
  format?: (value: number) => string;
  valueHeader: string;
  labelHeader: string;
  /** Headers of the `extra` columns. */
  extraHeaders?: string[];
  intervalHeader?: string;
  /** 'beside' on wide screens (wraps below on a phone), or always 'below'. */
  tableLayout?: 'beside' | 'below';
  /** The table's caption; the title by default. */
  caption?: string;
}

const defaultFormat = (v: number) => (Number.isFinite(v) ? (Math.round(v * 10) / 10).toLocaleString('fi-FI') : '–');

/** A horizontal bar chart with optional interval whiskers, and its data table. */
export function BarChart({ title, data, min, max, format = defaultFormat, valueHeader, labelHeader, extraHeaders = [], intervalHeader, tableLayout = 'beside', caption }: BarChartProps) {
  const values = data.flatMap((d) => [d.value, ...(d.interval ?? [])]).filter(Number.isFinite);
  const lo = min ?? Math.min(0, ...values);
  const hi = max ?? Math.max(1, ...values);
  const span = hi - lo || 1;
  const rowHeight = 28;
  const labelWidth = 150;
  const plotWidth = 260;
  const valueWidth = 64;
  const width = labelWidth + plotWidth + valueWidth;
  const height = data.length * rowHeight + 8;
  const x = (v: number) => labelWidth + ((Math.min(hi, Math.max(lo, v)) - lo) / span) * plotWidth;
  const zero = x(Math.max(lo, Math.min(hi, 0)));
  const hasIntervals = data.some((d) => d.interval);
  const summary = data.map((d) => `${d.label}: ${format(d.value)}${d.interval ? ` (${format(d.interval[0])}…${format(d.interval[1])})` : ''}`).join('; ');
  const short = (s: string) => (s.length > 22 ? `${s.slice(0, 21)}…` : s);
  return (
    <figure className={`chart chart-${tableLayout}`}>
      <svg className="chart-svg" viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={`${title}. ${summary}`} preserveAspectRatio="xMinYMin meet">
        <line x1={zero} x2={zero} y1={0} y2={height} stroke="#5f686d" strokeWidth={1} />
        {data.map((d, i) => {
          const y = i * rowHeight + 4;
          const start = Math.min(zero, x(d.value));
          const barWidth = Math.abs(x(d.value) - zero);
          return (
            <g key={`${d.label}-${i}`}>
              <text x={labelWidth - 6} y={y + rowHeight / 2 + 1} textAnchor="end" dominantBaseline="middle" fontSize={12} fill="#212121">
                {short(d.label)}
              </text>
              {Number.isFinite(d.value) ? <rect x={start} y={y + 4} width={Math.max(barWidth, 0.5)} height={rowHeight - 10} fill="#2a6ebb" /> : null}
              {d.interval ? (
                <g stroke="#212121" strokeWidth={1.5}>
                  <line x1={x(d.interval[0])} x2={x(d.interval[1])} y1={y + rowHeight / 2 - 1} y2={y + rowHeight / 2 - 1} />
                  <line x1={x(d.interval[0])} x2={x(d.interval[0])} y1={y + 7} y2={y + rowHeight - 9} />
                  <line x1={x(d.interval[1])} x2={x(d.interval[1])} y1={y + 7} y2={y + rowHeight - 9} />
                </g>
              ) : null}
              <text x={labelWidth + plotWidth + 6} y={y + rowHeight / 2 + 1} dominantBaseline="middle" fontSize={12} fill="#212121">
                {format(d.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="visually-hidden">{title}</figcaption>
      <div className="table-wrap chart-table" role="region" aria-label={caption ?? title} tabIndex={0}>
        <table className="table">
          <caption className="visually-hidden">{caption ?? title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{valueHeader}</th>
              {hasIntervals ? <th scope="col">{intervalHeader ?? '95 %'}</th> : null}
              {extraHeaders.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((d, i) => (
              <tr key={`${d.label}-${i}`}>
                <th scope="row">{d.label}</th>
                <td>{format(d.value)}</td>
                {hasIntervals ? <td>{d.interval ? `${format(d.interval[0])} … ${format(d.interval[1])}` : ''}</td> : null}
                {(d.extra ?? []).map((e, j) => (
                  <td key={j}>{e}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
