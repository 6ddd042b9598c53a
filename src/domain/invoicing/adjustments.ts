// Corrections of approved months. An approved invoice never changes; when the data behind an
// approved month changes later, the month is recomputed with the current data and the difference
// per client and kind (base, outcome, durability) goes on the next draft as adjustment lines that
// name the month they correct. Invariant: for every approved month, the amounts of its approved
// lines plus all approved adjustments of it equal what computeMonth says of it now.
import type { LineKind } from '../compensation/invoice.ts';
import type { StoredLine } from './lines.ts';
import { centsToDecimal } from './money.ts';
import type { Month } from './months.ts';

export interface ClientKindAmount {
  clientId: string;
  kind: LineKind;
  amountCents: number;
}

const KIND_ORDER: Record<LineKind, number> = { base: 0, outcome: 1, durability: 2 };
const key = (clientId: string, kind: LineKind) => `${clientId}\u0000${kind}`;
const signed = (cents: number) => (cents >= 0 ? `+${centsToDecimal(cents, '.')}` : centsToDecimal(cents, '.'));

/** Sums amounts per client and kind. */
export function sumByClientKind(amounts: readonly ClientKindAmount[]): Map<string, ClientKindAmount> {
  const sums = new Map<string, ClientKindAmount>();
  for (const a of amounts) {
    const k = key(a.clientId, a.kind);
    const sum = sums.get(k);
    if (sum) sum.amountCents += a.amountCents;
    else sums.set(k, { clientId: a.clientId, kind: a.kind, amountCents: a.amountCents });
  }
  return sums;
}

/**
 * Adjustment lines for `month`: `approved` is everything approved for the month so far (its own
 * lines and earlier adjustments of it), `current` the month's lines computed from today's data.
 * One line per client and kind whose sums differ, sorted by client and kind.
 */
export function computeAdjustments(
  month: Month,
  approved: readonly ClientKindAmount[],
  current: readonly (ClientKindAmount & { rule?: string; detail?: { explanation: string } })[],
): StoredLine[] {
  const before = sumByClientKind(approved);
  const now = sumByClientKind(current);
  const keys = new Set([...before.keys(), ...now.keys()]);
  const lines: StoredLine[] = [];
  for (const k of keys) {
    const was = before.get(k)?.amountCents ?? 0;
    const is = now.get(k)?.amountCents ?? 0;
    if (was === is) continue;
    const { clientId, kind } = (now.get(k) ?? before.get(k))!;
    const currentLines = current
      .filter((c) => c.clientId === clientId && c.kind === kind)
      .map((c) => ({ rule: c.rule ?? kind, amountCents: c.amountCents, explanation: c.detail?.explanation ?? '' }));
    lines.push({
      forMonth: month,
      clientId,
      kind,
      rule: 'adjustment',
      quantity: 1,
      unitPriceCents: null,
      amountCents: is - was,
      detail: {
        correctsMonth: month,
        approvedCents: was,
        currentCents: is,
        currentLines,
        explanation: `correction of ${month} (${kind}): approved ${centsToDecimal(was, '.')}, the current data gives ${centsToDecimal(is, '.')}: ${signed(is - was)}`,
      },
    });
  }
  lines.sort((a, b) => (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));
  return lines;
}
