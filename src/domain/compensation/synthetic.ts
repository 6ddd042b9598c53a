// A deterministic synthetic scenario for the simulator's benchmark and speed tests: N clients over
// one calendar year, about 250 attendance rows per client, periods that end in every month with
// a mix of destinations, follow-ups after 3 and 6 months, and background factors. Same seed, same file.
import { addDays, isoWeekday, type IsoDate } from '../calendar/dates.ts';
import { BACKGROUND_FACTORS, DESTINATIONS } from '../codes.ts';
import type { CompensationTermsInput } from './terms.ts';

/** mulberry32: a small, fast, seeded PRNG returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  clients: number;
  year: number;
  seed: number;
}

/** The scenario as it would be written to a file (defaults not applied, plain JSON). */
export interface SyntheticScenario {
  contract: { id: string; start: IsoDate; end: IsoDate | null } & CompensationTermsInput;
  clients: { id: string; factors: string[] }[];
  periods: { id: string; client: string; start: IsoDate; end: IsoDate | null; destination: string | null }[];
  attendance: { client: string; date: IsoDate; hours: number; mode: 'onsite' | 'remote' }[];
  followUps: { client: string; period: string; date: IsoDate; status: string }[];
}

export function syntheticScenario({ clients, year, seed }: SyntheticOptions): SyntheticScenario {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const weekdays: IsoDate[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) if (isoWeekday(d) <= 5) weekdays.push(d);

  const scenario: SyntheticScenario = {
    contract: {
      id: `synthetic-${year}`,
      start,
      end,
      basis: 'day',
      dayPriceCents: 4500,
      remoteDayPriceCents: 3900,
      monthPriceCents: 61000,
      minHours: 3,
      outcomeBonusCents: { open_employment: 150000, education: 100000, work_trial: 40000 },
      minDaysForOutcome: 30,
      bonusWindowDays: 365,
      durability: { days: 90, bonusCents: 50000, statuses: ['open_employment', 'education'] },
      riskWeights: { factors: { disability: 0.5, mental_health: 0.5, substance_abuse: 0.25 }, max: 1.75 },
    },
    clients: [],
    periods: [],
    attendance: [],
    followUps: [],
  };

  for (let c = 0; c < clients; c++) {
    const clientId = `c${String(c + 1).padStart(5, '0')}`;
    const factors = BACKGROUND_FACTORS.filter(() => random() < 0.15);
    scenario.clients.push({ id: clientId, factors });

    // One to three consecutive periods; the first may have started last year, the last may be open.
    let periodStart = addDays(start, -Math.floor(random() * 200));
    const count = 1 + Math.floor(random() * 3);
    const spans: { start: IsoDate; end: IsoDate | null }[] = [];
    for (let p = 0; p < count && periodStart <= end; p++) {
      const length = 20 + Math.floor(random() * 300);
      const periodEnd = addDays(periodStart, length - 1);
      const open = p === count - 1 && random() < 0.3;
      const periodId = `${clientId}-p${p + 1}`;
      const destination = open ? null : pick(DESTINATIONS);
      scenario.periods.push({ id: periodId, client: clientId, start: periodStart, end: open ? null : periodEnd, destination });
      spans.push({ start: periodStart, end: open ? null : periodEnd });
      if (!open && destination) {
        for (const after of [91, 183]) {
          if (random() < 0.7) {
            const status = random() < 0.6 ? destination : pick(DESTINATIONS);
            scenario.followUps.push({ client: clientId, period: periodId, date: addDays(periodEnd, after + Math.floor(random() * 10) - 5), status });
          }
        }
      }
      periodStart = addDays(periodEnd, 1 + Math.floor(random() * 20));
    }

    // Attendance on about 95 % of the weekdays of the year, mostly inside the periods.
    for (const date of weekdays) {
      if (random() < 0.05) continue;
      const hours = random() < 0.05 ? 2 : 3 + Math.floor(random() * 4);
      const mode = random() < 0.2 ? 'remote' : 'onsite';
      scenario.attendance.push({ client: clientId, date, hours, mode });
      if (random() < 0.01) scenario.attendance.push({ client: clientId, date, hours: 4, mode: mode === 'remote' ? 'onsite' : 'remote' });
    }
  }
  return scenario;
}
