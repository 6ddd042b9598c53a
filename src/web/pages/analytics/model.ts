// Shapes of the analytics API's answers (src/server/analytics/service.ts) and small helpers the pages share.
import type { Rate } from '../../../domain/analytics/proportion.ts';
import { BREAKDOWN_CODE_LISTS, type Breakdown } from '../../../domain/analytics/definitions.ts';

export type { Rate };
export type Suppressed = 'small' | 'complementary' | null;
export interface Meta {
  window: { from: string; to: string };
  asOf: string;
  by: string;
  suppressed: boolean;
  minGroup: number;
}
export interface RateGroup {
  key: string;
  label: string | null;
  clients: number | null;
  rate: Rate | null;
  suppressed: Suppressed;
}
export interface Transitions extends Meta {
  counted: string[];
  total: RateGroup & { byDestination: Record<string, number | null> | null };
  groups: Array<RateGroup & { byDestination: Record<string, number | null> | null }>;
}
export interface Relative extends Meta {
  total: RelativeRow;
  groups: Array<RelativeRow & { label: string | null }>;
}
export interface RelativeRow {
  key: string;
  transitions: number | null;
  clientsAtEnd: number | null;
  ratio: number | null;
  suppressed: Suppressed;
}
export interface Durability extends Meta {
  horizons: Array<{ months: number; total: RateGroup & { other: number | null; unknown: number | null }; groups: Array<RateGroup & { other: number | null; unknown: number | null }> }>;
}
export interface TimeToOutcome extends Meta {
  readDays: number[];
  groups: Array<{
    key: string;
    label: string | null;
    clients: number | null;
    suppressed: Suppressed;
    curve: { n: number; events: number; medianDays: number | null; reached: Record<string, number>; steps: Array<{ time: number; nRisk: number; reached: number; lower: number; upper: number }> } | null;
  }>;
}
export interface CaseloadRow {
  key: string;
  coaches: number | null;
  clients: number | null;
  mean: number | null;
  median: number | null;
  suppressed: Suppressed;
}
export interface Caseload extends Meta {
  barometer: number;
  total: CaseloadRow;
  groups: CaseloadRow[];
}
export interface AttendanceRow {
  key: string;
  label?: string | null;
  clients: number | null;
  clientMonths: number | null;
  paidDays: number | null;
  remoteDays: number | null;
  daysPerClientMonth: number | null;
  remoteShare: number | null;
  suppressed: Suppressed;
}
export interface Attendance extends Meta {
  minHours: number;
  total: AttendanceRow;
  groups: AttendanceRow[];
}
export interface GoalPractices extends Meta {
  measures: Record<string, { total: RateGroup; groups: RateGroup[] }>;
}

/** The label of a group key in the chosen breakdown. */
export function groupName(t: (key: string) => string, by: string, row: { key: string; label?: string | null }): string {
  if (row.key === 'total') return t('analytics.total');
  if (row.label) return row.label;
  const list = BREAKDOWN_CODE_LISTS[by as Breakdown];
  if (row.key === 'none') return t('analytics.groups.none');
  if (list) return t(`codes.${list}.${row.key}`);
  if (by === 'ageGroup' || by === 'unemployment') return t(`analytics.groups.${row.key}`);
  return row.key;
}

export function pct(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

export function num(value: number | null | undefined, lang: string, digits = 1): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
}
