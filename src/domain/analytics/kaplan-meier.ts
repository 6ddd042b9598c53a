// The Kaplan–Meier estimator as R's survival::survfit gives it for one group: the survival
// function at each distinct event time, Greenwood's standard error and the default "log"
// confidence interval. Time to outcome in Polku: days from a period's start to a counted
// transition; ongoing periods and other endings are censored.
import { normalQuantile } from '../stats/distributions.ts';

export interface SurvivalObservation {
  /** Time (days); ties are grouped. */
  time: number;
  /** True for an event (a counted transition), false for a censored observation. */
  event: boolean;
  /** How many identical observations this row stands for (aggregated input). Default 1. */
  count?: number;
}

export interface SurvivalStep {
  time: number;
  nRisk: number;
  nEvent: number;
  nCensor: number;
  survival: number;
  /** Standard error of S(t) (Greenwood), as survfit's `std.err` × surv. */
  stdError: number;
  lower: number;
  upper: number;
}

export interface SurvivalCurve {
  n: number;
  events: number;
  steps: SurvivalStep[];
  /** The first time at which S(t) ≤ 0.5, or null when the curve never gets there. */
  median: number | null;
}

/** One row per distinct time (events or censorings), like summary(survfit(...), censored = TRUE). */
export function kaplanMeier(observations: readonly SurvivalObservation[], confidence = 0.95): SurvivalCurve {
  const byTime = new Map<number, { events: number; censored: number }>();
  let n = 0;
  let events = 0;
  for (const o of observations) {
    const count = o.count ?? 1;
    if (!Number.isFinite(o.time) || o.time < 0) throw new RangeError(`survival times must be non-negative, got ${o.time}`);
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`a count must be a non-negative integer, got ${count}`);
    const slot = byTime.get(o.time) ?? { events: 0, censored: 0 };
    if (o.event) slot.events += count;
    else slot.censored += count;
    byTime.set(o.time, slot);
    n += count;
    if (o.event) events += count;
  }
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const times = [...byTime.keys()].sort((a, b) => a - b);
  const steps: SurvivalStep[] = [];
  let atRisk = n;
  let survival = 1;
  let greenwood = 0; // Σ d / (n (n − d)): the variance of log S(t)
  for (const time of times) {
    const { events: d, censored } = byTime.get(time)!;
    if (d > 0) {
      survival *= 1 - d / atRisk;
      greenwood += atRisk > d ? d / (atRisk * (atRisk - d)) : Infinity;
    }
    const seLog = Math.sqrt(greenwood);
    const finite = survival > 0 && Number.isFinite(seLog);
    steps.push({
      time,
      nRisk: atRisk,
      nEvent: d,
      nCensor: censored,
      survival,
      stdError: finite ? survival * seLog : 0,
      lower: finite ? survival * Math.exp(-z * seLog) : 0,
      upper: finite ? Math.min(1, survival * Math.exp(z * seLog)) : survival === 0 ? 0 : 1,
    });
    atRisk -= d + censored;
  }
  return { n, events, steps, median: medianOf(steps) };
}

/** The first time S(t) ≤ 0.5; where the curve lies exactly at 0.5 over an interval, its midpoint
 * (as survfit reports it). */
function medianOf(steps: readonly SurvivalStep[]): number | null {
  const events = steps.filter((s) => s.nEvent > 0);
  const i = events.findIndex((s) => s.survival <= 0.5 + 1e-12);
  if (i < 0) return null;
  if (Math.abs(events[i].survival - 0.5) < 1e-12) return i + 1 < events.length ? (events[i].time + events[i + 1].time) / 2 : null;
  return events[i].time;
}

/** S(t) read off the curve: the value of the last step at or before t. */
export function survivalAt(curve: SurvivalCurve, time: number): number {
  let s = 1;
  for (const step of curve.steps) {
    if (step.time > time) break;
    s = step.survival;
  }
  return s;
}
