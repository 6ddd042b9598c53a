// Turns grouped counts into the rows a dashboard shows: each rate with its n and Wilson interval,
// and, for viewers who only get aggregates, small groups replaced by "< threshold".
import { wilson, type Rate } from './proportion.ts';
import { suppressionPlan, type SuppressionReason } from './suppression.ts';

export interface GroupCount {
  key: string;
  /** Distinct clients in the group: what suppression looks at. */
  clients: number;
  /** The denominator (periods, follow-ups …). */
  n: number;
  /** The numerator. */
  count: number;
}

export interface RateRow {
  key: string;
  /** Null when the group is hidden. */
  clients: number | null;
  rate: Rate | null;
  suppressed: SuppressionReason | null;
}

export interface Disclosure {
  /** True when the viewer may not see the individuals behind the figures. */
  suppress: boolean;
  minGroup: number;
}

/** Rows for a breakdown plus its total; hidden groups carry no numbers at all. */
export function rateRows(groups: readonly GroupCount[], total: GroupCount, disclosure: Disclosure, partition: boolean): { rows: RateRow[]; total: RateRow } {
  const plan = disclosure.suppress ? suppressionPlan(groups, disclosure.minGroup, partition) : groups.map(() => null);
  const rows = groups.map((g, i) => shown(g, plan[i]));
  const totalHidden = disclosure.suppress && total.clients > 0 && total.clients < disclosure.minGroup ? 'small' : null;
  return { rows, total: shown(total, totalHidden) };
}

function shown(g: GroupCount, suppressed: SuppressionReason | null): RateRow {
  if (suppressed) return { key: g.key, clients: null, rate: null, suppressed };
  return { key: g.key, clients: g.clients, rate: wilson(g.count, g.n), suppressed: null };
}

/** The suppression plan of any grouped figures (counts, means) that are not rates. */
export function hiddenKeys(groups: readonly { key: string; clients: number }[], disclosure: Disclosure, partition: boolean): Set<string> {
  if (!disclosure.suppress) return new Set();
  const plan = suppressionPlan(groups, disclosure.minGroup, partition);
  return new Set(groups.filter((_, i) => plan[i] !== null).map((g) => g.key));
}
