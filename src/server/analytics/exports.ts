// A measure's numbers as a flat table (one row per group, the total last) for CSV and XLSX, with
// column headings in the reader's language. Hidden groups keep their row, marked "< N".
import type { Locale } from '../../domain/codes.ts';
import { toCsv, type CsvCell } from '../../domain/invoicing/csv.ts';
import { BREAKDOWN_CODE_LISTS, type Breakdown } from '../../domain/analytics/definitions.ts';
import type { Rate } from '../../domain/analytics/proportion.ts';
import { translate } from '../messages.ts';

export interface Table {
  columns: string[];
  rows: Array<Array<string | number | null>>;
}

type Row = Record<string, unknown> & { key: string; label?: string | null; suppressed?: string | null };

const rateCells = (r: Rate | null | undefined) => (r ? [r.count, r.n, r.rate, r.lower, r.upper] : [null, null, null, null, null]);
const RATE_COLUMNS = ['count', 'n', 'rate', 'lower', 'upper'];

/** Builds the table of a measure's result (the JSON the API returns). */
export function measureTable(measure: string, result: Record<string, unknown>, locale: Locale): Table {
  const minGroup = Number(result.minGroup ?? 5);
  const hiddenMark = `< ${minGroup}`;
  const head = (names: string[]) => names.map((n) => translate(locale, `analytics.columns.${n}`));
  const name = (r: Row) => (r.key === 'total' ? translate(locale, 'analytics.total') : (r.label ?? groupLabel(locale, String(result.by), r.key)));
  const mark = (r: Row, cells: Array<string | number | null>) => (r.suppressed ? cells.map(() => hiddenMark) : cells);
  const groupsAndTotal = (groups: unknown, total: unknown) => [...((groups as Row[]) ?? []), ...(total ? [total as Row] : [])];

  switch (measure) {
    case 'transitions':
      return {
        columns: head(['group', 'clients', ...RATE_COLUMNS]),
        rows: groupsAndTotal(result.groups, result.total).map((r) => [name(r), ...mark(r, [r.clients as number, ...rateCells(r.rate as Rate)])]),
      };
    case 'relative':
      return {
        columns: head(['group', 'transitions', 'clientsAtEnd', 'ratio']),
        rows: groupsAndTotal(result.groups, result.total).map((r) => [name(r), ...mark(r, [r.transitions as number, r.clientsAtEnd as number, r.ratio as number])]),
      };
    case 'durability':
      return {
        columns: head(['months', 'group', ...RATE_COLUMNS, 'other', 'unknown']),
        rows: (result.horizons as Array<{ months: number; groups: Row[]; total: Row }>).flatMap((h) =>
          groupsAndTotal(h.groups, h.total).map((r) => [h.months, name(r), ...mark(r, [...rateCells(r.rate as Rate), r.other as number, r.unknown as number])]),
        ),
      };
    case 'timeToOutcome':
      return {
        columns: head(['group', 'n', 'events', 'medianDays', 'reached90', 'reached180', 'reached365']),
        rows: (result.groups as Row[]).map((r) => {
          const c = r.curve as { n: number; events: number; medianDays: number | null; reached: Record<string, number> } | null;
          return [name(r), ...mark(r, c ? [c.n, c.events, c.medianDays, c.reached['90'], c.reached['180'], c.reached['365']] : [null, null, null, null, null, null])];
        }),
      };
    case 'caseload':
      return {
        columns: head(['group', 'coaches', 'clients', 'mean', 'median']),
        rows: groupsAndTotal(result.groups, result.total).map((r) => [
          r.key === 'total' ? translate(locale, 'analytics.total') : translate(locale, `codes.unitTypes.${r.key}`),
          ...mark(r, [r.coaches as number, r.clients as number, r.mean as number, r.median as number]),
        ]),
      };
    case 'attendance':
      return {
        columns: head(['group', 'clients', 'clientMonths', 'paidDays', 'remoteDays', 'daysPerClientMonth', 'remoteShare']),
        rows: groupsAndTotal(result.groups, result.total).map((r) => [
          name(r),
          ...mark(r, [r.clients as number, r.clientMonths as number, r.paidDays as number, r.remoteDays as number, r.daysPerClientMonth as number, r.remoteShare as number]),
        ]),
      };
    case 'goalPractices':
      return {
        columns: head(['measure', 'group', ...RATE_COLUMNS]),
        rows: Object.entries(result.measures as Record<string, { total: Row; groups: Row[] }>).flatMap(([m, v]) =>
          groupsAndTotal(v.groups, v.total).map((r) => [translate(locale, `analytics.practices.${m}`), name(r), ...mark(r, rateCells(r.rate as Rate))]),
        ),
      };
    case 'expected':
      return {
        columns: head(['group', 'count', 'n', 'rate', 'expected', 'ratio', 'ratioLower', 'ratioUpper']),
        rows: (result.providers as Row[]).map((r) => {
          const o = r.observed as Rate | null;
          return [name(r), ...mark(r, [o?.count ?? null, o?.n ?? null, o?.rate ?? null, r.expected as number, r.ratio as number, r.ratioLower as number, r.ratioUpper as number])];
        }),
      };
    case 'hypotheses':
      return {
        columns: head(['practice', 'withRate', 'withN', 'withoutRate', 'withoutN', 'oddsRatio', 'orLower', 'orUpper', 'adjustedOr', 'adjustedLower', 'adjustedUpper']),
        rows: (result.hypotheses as Array<Record<string, unknown>>).map((h) => {
          const w = h.with as Rate | null;
          const wo = h.without as Rate | null;
          const crude = h.crude as { oddsRatio: number; lower: number; upper: number } | null;
          const adj = h.adjusted as { oddsRatio: number; lower: number; upper: number } | null;
          return [
            translate(locale, `analytics.practices.${h.practice as string}`),
            w?.rate ?? null, w?.n ?? null, wo?.rate ?? null, wo?.n ?? null,
            crude?.oddsRatio ?? null, crude?.lower ?? null, crude?.upper ?? null,
            adj?.oddsRatio ?? null, adj?.lower ?? null, adj?.upper ?? null,
          ];
        }),
      };
    default:
      throw new Error(`no table for ${measure}`);
  }
}

function groupLabel(locale: Locale, by: string, key: string): string {
  const list = BREAKDOWN_CODE_LISTS[by as Breakdown];
  if (key === 'none') return translate(locale, 'analytics.groups.none');
  if (list) return translate(locale, `codes.${list}.${key}`);
  if (by === 'ageGroup' || by === 'unemployment') return translate(locale, `analytics.groups.${key}`);
  return key;
}

/** Semicolon CSV with decimal commas, as Finnish spreadsheets read it. */
export function tableCsv(table: Table): string {
  const cell = (v: string | number | null): CsvCell => (typeof v === 'number' ? { number: formatDecimal(v) } : v);
  return toCsv(table.columns, table.rows.map((r) => r.map(cell)));
}

const formatDecimal = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(4).replace('.', ','));
