// Small builders for the compensation tests: a default contract whose terms are the issue's
// example, and records written in one line each. Scenarios go through parseScenario, so every test
// also runs on validated input with the defaults applied, as the simulator does.
import { computeMonth, type IgnoredRecord, type InvoiceLine, type MonthInvoice } from '../../../src/domain/compensation/invoice.ts';
import { parseScenario, type Scenario } from '../../../src/domain/compensation/terms.ts';

export const TERMS = {
  basis: 'day',
  dayPriceCents: 4500,
  remoteDayPriceCents: 3900,
  monthPriceCents: 61000,
  outcomeBonusCents: { open_employment: 150000, education: 100000, work_trial: 40000 },
  durability: { days: 90, bonusCents: 50000, statuses: ['open_employment', 'education'] },
} as const;

export interface ScenarioParts {
  contract?: Record<string, unknown>;
  clients?: unknown[];
  periods?: unknown[];
  attendance?: unknown[];
  followUps?: unknown[];
}

/** A validated scenario; contract fields override the defaults (use `undefined` to drop one). */
export function scenario(parts: ScenarioParts = {}): Scenario {
  const contract: Record<string, unknown> = { id: 'K-1', start: '2025-01-01', end: '2025-12-31', ...TERMS, ...parts.contract };
  for (const key of Object.keys(contract)) if (contract[key] === undefined) delete contract[key];
  const clients = parts.clients ?? [{ id: 'c1', factors: [] }];
  const parsed = parseScenario({ contract, clients, periods: parts.periods ?? [], attendance: parts.attendance ?? [], followUps: parts.followUps ?? [] });
  if (!parsed.ok) throw new Error(`invalid test scenario:\n${parsed.errors.join('\n')}`);
  return parsed.value;
}

export const onsite = (date: string, hours = 4, client = 'c1') => ({ client, date, hours, mode: 'onsite' });
export const remote = (date: string, hours = 4, client = 'c1') => ({ client, date, hours, mode: 'remote' });
export const period = (id: string, start: string, end: string | null, destination: string | null = null, client = 'c1') => ({ id, client, start, end, destination });
export const followUp = (periodId: string, date: string, status: string, client = 'c1') => ({ client, period: periodId, date, status });

export function month(parts: ScenarioParts, m: string): MonthInvoice {
  return computeMonth(scenario(parts), m);
}

export const linesOf = <K extends InvoiceLine['kind']>(invoice: MonthInvoice, kind: K) =>
  invoice.lines.filter((l): l is Extract<InvoiceLine, { kind: K }> => l.kind === kind);

export const reasons = (invoice: MonthInvoice, record?: IgnoredRecord['record']) =>
  invoice.ignored.filter((r) => record === undefined || r.record === record).map((r) => [r.index, r.reason]);
