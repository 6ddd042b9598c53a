// What a month's invoice comes to without naming anyone: the figures the terms preview shows per
// provider and month (docs/invoicing.md, "Trying terms before signing"). Pure: the invoice comes
// from `computeMonth`, the one place where the rules live.
import type { MonthInvoice } from '../compensation/invoice.ts';

export interface MonthFigures {
  /** Clients with at least one line in the month. */
  clients: number;
  /** Paid days: on site and remote (day basis: the days priced; month basis: the days behind the fees). */
  onsiteDays: number;
  remoteDays: number;
  /** Month fees (month basis). */
  monthFees: number;
  outcomeBonuses: number;
  durabilityBonuses: number;
  baseCents: number;
  outcomeCents: number;
  durabilityCents: number;
  totalCents: number;
}

export const emptyFigures = (): MonthFigures => ({
  clients: 0, onsiteDays: 0, remoteDays: 0, monthFees: 0, outcomeBonuses: 0, durabilityBonuses: 0,
  baseCents: 0, outcomeCents: 0, durabilityCents: 0, totalCents: 0,
});

export function monthFigures(invoice: MonthInvoice): MonthFigures {
  const figures = emptyFigures();
  const clients = new Set<string>();
  for (const line of invoice.lines) {
    clients.add(line.clientId);
    switch (line.rule) {
      case 'base_day':
        if (line.mode === 'onsite') figures.onsiteDays += line.days;
        else figures.remoteDays += line.days;
        figures.baseCents += line.amountCents;
        break;
      case 'base_month':
        figures.monthFees += 1;
        figures.onsiteDays += line.onsiteDates.length;
        figures.remoteDays += line.remoteDates.length;
        figures.baseCents += line.amountCents;
        break;
      case 'outcome_bonus':
        figures.outcomeBonuses += 1;
        figures.outcomeCents += line.amountCents;
        break;
      case 'durability_bonus':
        figures.durabilityBonuses += 1;
        figures.durabilityCents += line.amountCents;
        break;
    }
  }
  figures.clients = clients.size;
  figures.totalCents = figures.baseCents + figures.outcomeCents + figures.durabilityCents;
  return figures;
}

/** Figures added up, e.g. a provider's year. */
export function addFigures(a: MonthFigures, b: MonthFigures): MonthFigures {
  const out = emptyFigures();
  for (const key of Object.keys(out) as Array<keyof MonthFigures>) out[key] = a[key] + b[key];
  return out;
}
