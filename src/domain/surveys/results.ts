// A survey round's results as a researcher reads them: frequencies, mean/SD/median (by group),
// cross-tabulations with chi-square, NPS with its interval and its change from the previous round,
// reliability of each scale, an exploratory factor analysis of the scale items and correlations
// between scale scores and numeric items. The numbers come from src/domain/stats (matched against
// R psych); this module only arranges the responses for it. Nothing is reported for fewer than
// MIN_GROUP_SIZE respondents, and group breakdowns hide smaller groups.
import {
  correlationPairs,
  crossTabulate,
  describe,
  frequencies,
  groupBreakdown,
  MIN_GROUP_SIZE,
  npsCounts,
  npsDifference,
  npsFromCounts,
  runAnalysis,
  type CrossTab,
  type Description,
  type EfaOutput,
  type Frequencies,
  type GroupBreakdown,
  type NpsDifference,
  type NpsResult,
  type ScaleOutput,
} from '../stats/index.ts';
import { items as itemsOf, scoreScales, type Answers, type Item, type SurveyDefinition, type Text } from './definition.ts';

export interface ItemReport {
  code: string;
  text: Text;
  type: string;
  /** Counts of each level (choices and Likert points; each option of a multiple choice). */
  frequencies: Frequencies | null;
  description: Description | null;
  byGroup: GroupBreakdown | null;
  crossTab: CrossTab | null;
  /** Text answers in alphabetical order (not in the order they came). */
  texts?: string[];
}

export interface NpsReport {
  code: string;
  text: Text;
  result: NpsResult;
  previous: { roundLabel: string; result: NpsResult; change: NpsDifference } | null;
}

export interface SurveyReport {
  n: number;
  /** True when there are fewer than MIN_GROUP_SIZE responses: nothing else is reported. */
  tooFew: boolean;
  minGroupSize: number;
  groupBy: { code: string; text: Text; levels: Array<string | number>; labels: Record<string, Text> } | null;
  items: ItemReport[];
  nps: NpsReport[];
  scales: Array<{ code: string; name: Text; items: string[]; result: ScaleOutput | null; error?: string }>;
  efa: (EfaOutput & { items: string[]; factors: number }) | null;
  efaError?: string;
  correlations: Array<{ a: string; b: string; r: number; p: number; n: number }>;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The rows of a numeric table for the stats engine: item codes as columns, "" for missing. */
function table(codes: string[], responses: Answers[]) {
  return {
    separator: ',' as const,
    header: codes,
    rows: responses.map((a) => codes.map((c) => (typeof a[c] === 'number' ? String(a[c]) : ''))),
    lines: responses.map((_, i) => i + 2),
  };
}

export function buildReport(
  def: SurveyDefinition,
  responses: Answers[],
  options: { groupBy?: string | null; previous?: { roundLabel: string; responses: Answers[] } | null; efaRotation?: 'varimax' | 'oblimin' | 'none'; efaMethod?: 'minres' | 'pa' } = {},
): SurveyReport {
  const all = itemsOf(def);
  const byCode = new Map(all.map((it) => [it.code, it]));
  const groupItem = options.groupBy ? byCode.get(options.groupBy) : undefined;
  const groupBy =
    groupItem && (groupItem.question.type === 'single' || groupItem.question.type === 'likert')
      ? {
          code: groupItem.code,
          text: groupItem.text,
          levels: groupItem.levels,
          labels: Object.fromEntries((groupItem.question.options ?? []).map((o) => [o.value, o.text])),
        }
      : null;
  const empty: SurveyReport = { n: responses.length, tooFew: true, minGroupSize: MIN_GROUP_SIZE, groupBy, items: [], nps: [], scales: [], efa: null, correlations: [] };
  if (responses.length < MIN_GROUP_SIZE) return empty;
  const groups = groupBy ? responses.map((a) => (a[groupBy.code] as string | number | undefined) ?? null) : null;

  const items = all.map((it) => itemReport(it, responses, groups, groupBy?.levels));

  const nps: NpsReport[] = all
    .filter((it) => it.question.type === 'nps')
    .map((it) => {
      const counts = npsCounts(responses.map((a) => num(a[it.code])));
      const result = npsFromCounts(counts);
      let previous: NpsReport['previous'] = null;
      if (options.previous && options.previous.responses.length >= MIN_GROUP_SIZE) {
        const earlier = npsCounts(options.previous.responses.map((a) => num(a[it.code])));
        if (earlier.promoters + earlier.passives + earlier.detractors >= MIN_GROUP_SIZE) {
          previous = { roundLabel: options.previous.roundLabel, result: npsFromCounts(earlier), change: npsDifference(earlier, counts) };
        }
      }
      return { code: it.code, text: it.text, result, previous };
    });

  // Reliability per scale, each with its own reverse-keying range (1..points).
  const scales: SurveyReport['scales'] = def.scales.map((s) => {
    const codes = s.items.map((k) => k.replace(/^-/, ''));
    const points = byCode.get(codes[0])?.question.points ?? 5;
    try {
      const out = runAnalysis(table(codes, responses), { scales: { [s.code]: s.items }, reverse: { min: 1, max: points }, efa: null, correlations: null });
      return { code: s.code, name: s.name, items: s.items, result: out.scales[s.code] };
    } catch (error) {
      return { code: s.code, name: s.name, items: s.items, result: null, error: (error as Error).message };
    }
  });

  // EFA of the items of every scale (when the scales share one Likert range), one factor per
  // scale; correlations between scale scores and the numeric items that are not Likert items.
  let efa: SurveyReport['efa'] = null;
  let efaError: string | undefined;
  let correlations: SurveyReport['correlations'] = [];
  const pointsOf = new Set(def.scales.map((s) => byCode.get(s.items[0].replace(/^-/, ''))?.question.points));
  if (def.scales.length >= 1 && pointsOf.size === 1) {
    const points = [...pointsOf][0] ?? 5;
    const efaItems = def.scales.length >= 2 ? def.scales.flatMap((s) => s.items) : [];
    const numbers = all.filter((it) => it.question.type === 'number' || it.question.type === 'nps').map((it) => it.code);
    const variables = [...def.scales.map((s) => s.code), ...numbers];
    const codes = [...new Set([...def.scales.flatMap((s) => s.items.map((k) => k.replace(/^-/, ''))), ...numbers])];
    const spec = {
      scales: Object.fromEntries(def.scales.map((s) => [s.code, s.items])),
      reverse: { min: 1, max: points },
      efa: efaItems.length ? { items: efaItems, factors: def.scales.length, method: options.efaMethod ?? ('minres' as const), rotation: options.efaRotation ?? ('oblimin' as const) } : null,
      correlations: variables.length >= 2 ? { variables, method: 'pearson' as const } : null,
    };
    // Pairwise: an optional number item left empty by many must not shrink every other pair.
    const scores = responses.map((a) => scoreScales(def, a));
    const columns = variables.map((v) => ({
      name: v,
      values: Float64Array.from(responses.map((a, i) => (v in scores[i] ? (scores[i][v] ?? NaN) : (num(a[v]) ?? NaN)))),
    }));
    try {
      correlations = variables.length >= 2 ? correlationPairs(columns, { missing: 'pairwise' }).filter((c) => c.n >= MIN_GROUP_SIZE && Number.isFinite(c.r)) : [];
    } catch {
      correlations = [];
    }
    if (spec.efa) {
      try {
        const out = runAnalysis(table(codes, responses), { ...spec, correlations: null, scales: {} });
        efa = out.efa ? { ...out.efa, items: spec.efa.items.map((k) => k.replace(/^-/, '')), factors: spec.efa.factors } : null;
      } catch (error) {
        efaError = (error as Error).message;
      }
    }
  }
  return { ...empty, tooFew: false, items, nps, scales, efa, efaError, correlations };
}

function itemReport(it: Item, responses: Answers[], groups: Array<string | number | null> | null, groupLevels?: Array<string | number>): ItemReport {
  const q = it.question;
  const base = { code: it.code, text: it.text, type: q.type, frequencies: null, description: null, byGroup: null, crossTab: null };
  const values = responses.map((a) => a[it.code]);
  if (q.type === 'multiple') {
    // Each option as its own yes/no: the share of respondents who chose it.
    const answered = values.filter((v) => Array.isArray(v));
    const n = answered.length;
    const rows = (q.options ?? []).map((o) => {
      const count = answered.filter((v) => (v as string[]).includes(o.value)).length;
      return { value: o.value, count, percent: responses.length ? (100 * count) / responses.length : NaN, validPercent: n ? (100 * count) / n : NaN };
    });
    return { ...base, frequencies: { total: responses.length, n, missing: responses.length - n, rows } };
  }
  if (q.type === 'text' || q.type === 'longtext') {
    const texts = values.filter((v): v is string => typeof v === 'string' && v.length > 0).sort((a, b) => a.localeCompare(b, 'fi'));
    return { ...base, texts };
  }
  if (q.type === 'number') {
    const xs = values.map(num);
    return { ...base, description: describe(xs), byGroup: groups ? groupBreakdown(xs, groups, { levels: groupLevels }) : null };
  }
  const cats = values.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : null));
  const freq = frequencies(cats, it.levels);
  if (it.numeric) {
    const xs = values.map(num);
    return {
      ...base,
      frequencies: freq,
      description: describe(xs),
      byGroup: groups ? groupBreakdown(xs, groups, { levels: groupLevels }) : null,
      crossTab: groups ? crossTabulate(groups, cats, { rowLevels: groupLevels, columnLevels: it.levels }) : null,
    };
  }
  return { ...base, frequencies: freq, crossTab: groups ? crossTabulate(groups, cats, { rowLevels: groupLevels, columnLevels: it.levels }) : null };
}
