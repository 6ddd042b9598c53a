// Net Promoter Score of a 0–10 recommendation question.
//
// Promoters answer 9–10, passives 7–8, detractors 0–6; NPS = %promoters − %detractors (−100…100).
//
// 95 % interval: the adjusted-Wald interval for the NPS of
//   Rocks, B. (2016). Interval estimation for the "net promoter score".
//   The American Statistician 70(4), 365–372. doi:10.1080/00031305.2016.1158124
// as presented by Sauro, J. & Lewis, J. R. (MeasuringU, "Confidence intervals for Net Promoter
// Scores", 2021): add 3 pseudo-responses, ¾ of a promoter, ¾ of a detractor and 1½ passives:
//   ñ = n + 3,  p̃P = (nP + ¾) / ñ,  p̃D = (nD + ¾) / ñ,  ÑPS = p̃P − p̃D,
//   Var(ÑPS) = (p̃P + p̃D − ÑPS²) / ñ,   interval = ÑPS ± z(0.975) · √Var(ÑPS)   (clipped to ±1).
// The change between two independent rounds (same source):
//   NPS₂ − NPS₁, interval (ÑPS₂ − ÑPS₁) ± z(0.975) · √(Var₁ + Var₂)   (clipped to ±2).
// The point estimates are the plain (unadjusted) scores; only the intervals use the adjustment.
// All results are in points (×100) and percentages.
import { normalQuantile } from './distributions.ts';
import type { Maybe } from './descriptive.ts';

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

export interface NpsResult extends NpsCounts {
  n: number;
  promoterPercent: number;
  passivePercent: number;
  detractorPercent: number;
  /** %promoters − %detractors, −100…100. */
  nps: number;
  /** Adjusted-Wald interval, in points. */
  ci: { lower: number; upper: number; level: number };
}

export interface NpsDifference {
  /** later.nps − earlier.nps, in points. */
  difference: number;
  ci: { lower: number; upper: number; level: number };
  earlier: NpsResult;
  later: NpsResult;
}

export function npsCategory(score: number): 'promoter' | 'passive' | 'detractor' {
  if (!Number.isInteger(score) || score < 0 || score > 10) throw new RangeError(`an NPS answer must be an integer 0–10, got ${score}`);
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** Counts the answers of a 0–10 question; missing answers are skipped, others must be integers 0–10. */
export function npsCounts(scores: ReadonlyArray<Maybe<number>>): NpsCounts {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const s of scores) {
    if (s === null || s === undefined || Number.isNaN(s)) continue;
    const c = npsCategory(s);
    if (c === 'promoter') counts.promoters++;
    else if (c === 'passive') counts.passives++;
    else counts.detractors++;
  }
  return counts;
}

function adjusted(c: NpsCounts) {
  const n = c.promoters + c.passives + c.detractors + 3;
  const pP = (c.promoters + 0.75) / n;
  const pD = (c.detractors + 0.75) / n;
  const nps = pP - pD;
  return { nps, variance: (pP + pD - nps * nps) / n };
}

const clip = (v: number, limit: number) => Math.max(-limit, Math.min(limit, v));

export function npsFromCounts(c: NpsCounts, level = 0.95): NpsResult {
  for (const [k, v] of Object.entries(c)) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`${k} must be a non-negative integer, got ${v}`);
  }
  const n = c.promoters + c.passives + c.detractors;
  const z = normalQuantile(1 - (1 - level) / 2);
  const a = adjusted(c);
  const half = z * Math.sqrt(a.variance);
  const pct = (v: number) => (n ? (100 * v) / n : NaN);
  return {
    ...c,
    n,
    promoterPercent: pct(c.promoters),
    passivePercent: pct(c.passives),
    detractorPercent: pct(c.detractors),
    nps: n ? (100 * (c.promoters - c.detractors)) / n : NaN,
    ci: { lower: 100 * clip(a.nps - half, 1), upper: 100 * clip(a.nps + half, 1), level },
  };
}

/** NPS of the answers of a 0–10 question. */
export function netPromoterScore(scores: ReadonlyArray<Maybe<number>>, level = 0.95): NpsResult {
  return npsFromCounts(npsCounts(scores), level);
}

/** The change in NPS from an earlier round to a later one (independent samples), with its interval. */
export function npsDifference(earlier: NpsCounts, later: NpsCounts, level = 0.95): NpsDifference {
  const e = npsFromCounts(earlier, level);
  const l = npsFromCounts(later, level);
  const ae = adjusted(earlier);
  const al = adjusted(later);
  const z = normalQuantile(1 - (1 - level) / 2);
  const half = z * Math.sqrt(ae.variance + al.variance);
  const centre = al.nps - ae.nps;
  return {
    difference: l.nps - e.nps,
    ci: { lower: 100 * clip(centre - half, 2), upper: 100 * clip(centre + half, 2), level },
    earlier: e,
    later: l,
  };
}
