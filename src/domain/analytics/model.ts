// The observed-against-expected model: a logistic regression of the counted outcome on client
// characteristics (age group, background factors, unemployment length, referrer, service kind),
// fitted on a municipality's ended periods. A provider's expected rate is the mean predicted
// probability of its own clients, so a provider serving harder clients is compared with what its
// clients would be expected to reach, not with the average.
import { fitLogistic, predict, type BinomialRow, type LogisticFit } from './logistic.ts';
import { wilson, type Rate } from './proportion.ts';

/** One covariate pattern: periods with the same characteristics, and how many of them succeeded. */
export interface OutcomePattern {
  ageGroup: string;
  /** Background factors of the client, sorted. */
  factors: readonly string[];
  unemployment: string;
  referrer: string;
  serviceKind: string;
  /** The group the expected rates are computed for (a provider, say). */
  group?: string;
  /** Practices present in these periods (for the hypotheses). */
  practices?: readonly string[];
  trials: number;
  successes: number;
}

const CATEGORICAL = ['ageGroup', 'unemployment', 'referrer', 'serviceKind'] as const;
/** Long-term unemployment is in the model as the unemployment-length groups; as a factor of its
 * own it would duplicate them exactly (collinear columns). */
const ENCODED_ELSEWHERE = new Set(['long_term_unemployed']);
type Categorical = (typeof CATEGORICAL)[number];

/** How patterns become covariate vectors: reference levels and the columns kept. */
export interface ModelDesign {
  categorical: Array<{ variable: Categorical; reference: string; levels: string[] }>;
  factors: string[];
  practices: string[];
}

export interface OutcomeModel {
  design: ModelDesign;
  fit: LogisticFit;
}

/** A level, factor or practice gets a coefficient of its own only with at least this many
 * periods on both sides and both outcomes among them; rarer ones are pooled with the reference.
 * Without this a small municipality's model separates perfectly and its coefficients run off
 * to infinity. */
export const MIN_PERIODS_PER_COLUMN = 20;

/** Chooses each categorical variable's most common level as its reference (stable, and the
 * coefficients read as "compared with the typical client"), and keeps only the levels, factors
 * and practices that can be estimated (see MIN_PERIODS_PER_COLUMN). */
export function designFor(patterns: readonly OutcomePattern[], practices: readonly string[] = []): ModelDesign {
  const total = patterns.reduce((s, p) => s + p.trials, 0);
  const successes = patterns.reduce((s, p) => s + p.successes, 0);
  /** Counts of the periods that have a property, and their successes. */
  const tally = (has: (p: OutcomePattern) => boolean) => {
    let trials = 0;
    let yes = 0;
    for (const p of patterns) {
      if (!has(p)) continue;
      trials += p.trials;
      yes += p.successes;
    }
    return { trials, yes };
  };
  const estimable = ({ trials, yes }: { trials: number; yes: number }) =>
    trials >= MIN_PERIODS_PER_COLUMN && total - trials >= MIN_PERIODS_PER_COLUMN && yes > 0 && yes < trials && successes - yes > 0 && successes - yes < total - trials;
  const categorical = CATEGORICAL.map((variable) => {
    const counts = new Map<string, number>();
    for (const p of patterns) counts.set(p[variable], (counts.get(p[variable]) ?? 0) + p.trials);
    const ordered = [...counts.entries()].filter(([, c]) => c > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const levels = ordered
      .slice(1)
      .map(([level]) => level)
      .filter((level) => estimable(tally((p) => p[variable] === level)))
      .sort();
    return { variable, reference: ordered[0]?.[0] ?? '', levels };
  });
  const factorNames = new Set(patterns.flatMap((p) => p.factors).filter((f) => !ENCODED_ELSEWHERE.has(f)));
  const factors = [...factorNames].filter((f) => estimable(tally((p) => p.factors.includes(f)))).sort();
  const kept = practices.filter((practice) => estimable(tally((p) => p.practices?.includes(practice) ?? false)));
  return { categorical, factors, practices: kept };
}

export function columnNames(design: ModelDesign): string[] {
  return [
    ...design.categorical.flatMap((c) => c.levels.map((level) => `${c.variable}:${level}`)),
    ...design.factors.map((f) => `factor:${f}`),
    ...design.practices.map((p) => `practice:${p}`),
  ];
}

export function encode(design: ModelDesign, p: Omit<OutcomePattern, 'trials' | 'successes'>): number[] {
  return [
    ...design.categorical.flatMap((c) => c.levels.map((level) => (p[c.variable] === level ? 1 : 0))),
    ...design.factors.map((f) => (p.factors.includes(f) ? 1 : 0)),
    ...design.practices.map((practice) => (p.practices?.includes(practice) ? 1 : 0)),
  ];
}

/** Fits the model on the patterns (groups pooled: the model describes clients, not providers). */
export function fitOutcomeModel(patterns: readonly OutcomePattern[], practices: readonly string[] = []): OutcomeModel {
  const design = designFor(patterns, practices);
  const pooled = new Map<string, BinomialRow>();
  for (const p of patterns) {
    const x = encode(design, p);
    const key = x.join(',');
    const row = pooled.get(key);
    if (row) {
      row.successes += p.successes;
      row.trials += p.trials;
    } else pooled.set(key, { x, successes: p.successes, trials: p.trials });
  }
  return { design, fit: fitLogistic([...pooled.values()], columnNames(design)) };
}

export interface ObservedExpected {
  group: string;
  clients?: number;
  observed: Rate;
  /** Mean predicted probability of the group's own periods. */
  expected: number;
  /** observed / expected, with the Wilson interval of the observed rate divided by the expected. */
  ratio: number | null;
  ratioLower: number | null;
  ratioUpper: number | null;
}

/** Observed and expected rates per group under a fitted model. */
export function observedAgainstExpected(model: OutcomeModel, patterns: readonly OutcomePattern[]): ObservedExpected[] {
  const byGroup = new Map<string, { trials: number; successes: number; expected: number }>();
  for (const p of patterns) {
    const key = p.group ?? '';
    const g = byGroup.get(key) ?? { trials: 0, successes: 0, expected: 0 };
    g.trials += p.trials;
    g.successes += p.successes;
    g.expected += p.trials * predict(model.fit.coefficients, encode(model.design, p));
    byGroup.set(key, g);
  }
  return [...byGroup.entries()].map(([group, g]) => {
    const observed = wilson(g.successes, g.trials);
    const expected = g.trials > 0 ? g.expected / g.trials : 0;
    const ok = expected > 0 && observed.rate !== null;
    return {
      group,
      observed,
      expected,
      ratio: ok ? observed.rate! / expected : null,
      ratioLower: ok ? observed.lower! / expected : null,
      ratioUpper: ok ? observed.upper! / expected : null,
    };
  });
}

/** Risk weights a contract could use, read off the model: a factor that lowers the odds of the
 * outcome by the factor exp(β) < 1 gets the weight 1/exp(β) − 1, rounded to 0.05, so that the
 * bonus makes up for the harder start; factors that do not lower the odds get none. */
export function suggestedRiskWeights(model: OutcomeModel, max = 1.75): { factors: Record<string, number>; max: number } {
  const factors: Record<string, number> = {};
  for (const c of model.fit.coefficients) {
    if (!c.name.startsWith('factor:') || c.estimate >= 0 || c.p >= 0.05) continue;
    const weight = Math.round((Math.exp(-c.estimate) - 1) * 20) / 20;
    if (weight > 0) factors[c.name.slice('factor:'.length)] = weight;
  }
  return { factors, max };
}
