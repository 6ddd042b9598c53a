// Small-group suppression for viewers who may not see the individuals behind a figure
// (researchers, the public summary). A group with fewer clients than the threshold is shown as
// "< threshold". Because a breakdown's groups add up to a total that is also shown, one hidden
// group could be recovered by subtracting the others from the total (the differencing attack);
// so whenever a partition hides exactly one group, the next smallest group is hidden too.

export const DEFAULT_MIN_GROUP = 5;

export interface SuppressibleGroup {
  /** Distinct clients behind the group's figures. */
  clients: number;
}

export type SuppressionReason = 'small' | 'complementary';

/** For each group, null when it may be shown, or why it is hidden. `partition` says that the
 * groups are disjoint and add up to a total shown beside them (a breakdown by provider, unit,
 * month …); for overlapping groups (background factors) only the primary rule applies. */
export function suppressionPlan(groups: readonly SuppressibleGroup[], minGroup = DEFAULT_MIN_GROUP, partition = true): Array<SuppressionReason | null> {
  if (!Number.isInteger(minGroup) || minGroup < 1) throw new RangeError(`the smallest shown group must be a positive integer, got ${minGroup}`);
  const plan: Array<SuppressionReason | null> = groups.map((g) => (g.clients > 0 && g.clients < minGroup ? 'small' : null));
  if (!partition) return plan;
  const hidden = plan.filter((reason) => reason !== null).length;
  const hiddenClients = groups.reduce((s, g, i) => s + (plan[i] ? g.clients : 0), 0);
  // One hidden group is recoverable from the total; so is a set of hidden groups whose combined
  // size would itself be shown (below the threshold, the sum would reveal them together).
  if (hidden === 1 || (hidden > 1 && hiddenClients < minGroup)) {
    let smallest = -1;
    groups.forEach((g, i) => {
      if (plan[i] === null && g.clients > 0 && (smallest < 0 || g.clients < groups[smallest].clients)) smallest = i;
    });
    if (smallest >= 0) plan[smallest] = 'complementary';
  }
  return plan;
}

/** Whether the rows of a total itself must be hidden: a total over fewer clients than the threshold. */
export function totalSuppressed(clients: number, minGroup = DEFAULT_MIN_GROUP): boolean {
  return clients > 0 && clients < minGroup;
}
