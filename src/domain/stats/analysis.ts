// One analysis run from a spec, as `polku analyze RESPONSES.csv --spec SPEC.json` does it:
//
//   {"scales": {"NAME": ["ITEM", "-ITEM", ...]}, "reverse": {"min": 1, "max": 6},
//    "efa": {"items": [...], "factors": 5, "method": "minres" | "pa", "rotation": "varimax" | "oblimin" | "none"},
//    "correlations": {"variables": ["NAME or column", ...], "method": "pearson" | "spearman"}}
//
// A leading "-" marks a reverse-keyed item, recoded as min + max − x; a scale score is the mean of
// its items; each analysis drops the rows with a missing value among its own variables and reports
// its n. Every section is optional. EFA defaults: method minres, rotation oblimin (psych's defaults);
// correlations default to Pearson. A correlation variable is a scale name, else a column, else F1…Fk
// for the regression factor scores of the spec's EFA (in the order of its output).
import { parseItemKey, reverseColumn, scaleReliability, scaleScores, type ReverseRange } from './reliability.ts';
import { factorAnalysis, type ExtractionMethod, type RotationMethod } from './factor.ts';
import { correlationPairs, type CorrelationMethod } from './correlation.ts';
import { numericColumn, type CsvTable } from './csv.ts';
import { StatsError } from './linalg.ts';

/** A spec that cannot be run; `path` is a JSON path into the spec, like $.efa.factors. */
export class SpecError extends Error {
  override name = 'SpecError';
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path}: ${detail}`);
  }
}

export interface AnalysisSpec {
  scales: Record<string, string[]>;
  reverse: ReverseRange | null;
  efa: { items: string[]; factors: number; method: ExtractionMethod; rotation: RotationMethod } | null;
  correlations: { variables: string[]; method: CorrelationMethod } | null;
}

export interface ScaleOutput {
  n: number;
  rawAlpha: number;
  stdAlpha: number;
  averageR: number;
  mean: number;
  sd: number;
  alphaIfDropped: Record<string, number>;
  itemRestR: Record<string, number>;
}

export interface EfaOutput {
  n: number;
  loadings: Record<string, number[]>;
  communalities: Record<string, number>;
  ssLoadings: number[];
  proportionVariance: number[];
  kmo: number;
  bartlett: { chisq: number; df: number; p: number };
  /** Factor correlations Φ; only for the oblique rotation (oblimin). */
  factorCorrelations?: number[][];
}

export interface AnalysisOutput {
  /** Data rows in the file. */
  n: number;
  scales: Record<string, ScaleOutput>;
  efa: EfaOutput | null;
  correlations: Array<{ a: string; b: string; r: number; p: number; n: number }>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const key = (path: string, name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`);

function only(obj: Record<string, unknown>, path: string, allowed: string[]) {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) throw new SpecError(key(path, k), `unknown key; expected ${allowed.join(', ')}`);
  }
}

function itemList(value: unknown, path: string, min: number): string[] {
  if (!Array.isArray(value)) throw new SpecError(path, 'expected an array of item codes');
  if (value.length < min) throw new SpecError(path, `expected at least ${min} items, found ${value.length}`);
  const seen = new Set<string>();
  return value.map((v, i) => {
    if (typeof v !== 'string' || parseItemKey(v.trim()).item === '') throw new SpecError(`${path}[${i}]`, 'expected an item code such as "A1" or "-A1"');
    const item = parseItemKey(v.trim()).item;
    if (seen.has(item)) throw new SpecError(`${path}[${i}]`, `item ${item} is listed twice`);
    seen.add(item);
    return v.trim();
  });
}

function oneOf<T extends string>(value: unknown, path: string, options: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !options.includes(value as T)) throw new SpecError(path, `expected one of ${options.map((o) => JSON.stringify(o)).join(', ')}`);
  return value as T;
}

/** Validates a parsed spec.json; errors name the JSON path. */
export function parseSpec(raw: unknown): AnalysisSpec {
  if (!isObject(raw)) throw new SpecError('$', 'the spec must be a JSON object');
  only(raw, '$', ['scales', 'reverse', 'efa', 'correlations']);
  const scales: Record<string, string[]> = {};
  if (raw.scales !== undefined) {
    if (!isObject(raw.scales)) throw new SpecError('$.scales', 'expected an object {"NAME": ["ITEM", "-ITEM", ...]}');
    for (const [name, items] of Object.entries(raw.scales)) {
      if (name.trim() === '') throw new SpecError('$.scales', 'a scale needs a name');
      scales[name] = itemList(items, key('$.scales', name), 2);
    }
  }
  let reverse: ReverseRange | null = null;
  if (raw.reverse !== undefined) {
    const r = raw.reverse;
    if (!isObject(r)) throw new SpecError('$.reverse', 'expected {"min": number, "max": number}');
    only(r, '$.reverse', ['min', 'max']);
    if (typeof r.min !== 'number' || !Number.isFinite(r.min)) throw new SpecError('$.reverse.min', 'expected a number');
    if (typeof r.max !== 'number' || !Number.isFinite(r.max)) throw new SpecError('$.reverse.max', 'expected a number');
    if (r.max <= r.min) throw new SpecError('$.reverse.max', 'must be greater than min');
    reverse = { min: r.min, max: r.max };
  }
  let efa: AnalysisSpec['efa'] = null;
  if (raw.efa !== undefined) {
    const e = raw.efa;
    if (!isObject(e)) throw new SpecError('$.efa', 'expected {"items": [...], "factors": n, "method": ..., "rotation": ...}');
    only(e, '$.efa', ['items', 'factors', 'method', 'rotation']);
    const items = itemList(e.items, '$.efa.items', 3);
    if (typeof e.factors !== 'number' || !Number.isInteger(e.factors) || e.factors < 1) throw new SpecError('$.efa.factors', 'expected a positive whole number');
    if (e.factors >= items.length) throw new SpecError('$.efa.factors', `must be less than the number of items (${items.length})`);
    efa = {
      items,
      factors: e.factors,
      method: oneOf(e.method, '$.efa.method', ['minres', 'pa'] as const, 'minres'),
      rotation: oneOf(e.rotation, '$.efa.rotation', ['varimax', 'oblimin', 'none'] as const, 'oblimin'),
    };
  }
  let correlations: AnalysisSpec['correlations'] = null;
  if (raw.correlations !== undefined) {
    const c = raw.correlations;
    if (!isObject(c)) throw new SpecError('$.correlations', 'expected {"variables": [...], "method": "pearson" | "spearman"}');
    only(c, '$.correlations', ['variables', 'method']);
    if (!Array.isArray(c.variables) || c.variables.length < 2) throw new SpecError('$.correlations.variables', 'expected an array of at least two scale names or columns');
    const seen = new Set<string>();
    const variables = c.variables.map((v, i) => {
      if (typeof v !== 'string' || v.trim() === '') throw new SpecError(`$.correlations.variables[${i}]`, 'expected a scale name or a column');
      if (seen.has(v.trim())) throw new SpecError(`$.correlations.variables[${i}]`, `${v} is listed twice`);
      seen.add(v.trim());
      return v.trim();
    });
    correlations = { variables, method: oneOf(c.method, '$.correlations.method', ['pearson', 'spearman'] as const, 'pearson') };
  }
  const usesReverse = Object.values(scales).some((items) => items.some((i) => i.startsWith('-'))) || (efa?.items.some((i) => i.startsWith('-')) ?? false);
  if (usesReverse && !reverse) throw new SpecError('$.reverse', 'reverse-keyed items ("-ITEM") need the scale range {"min": ..., "max": ...}');
  return { scales, reverse, efa, correlations };
}

/** Runs fn; a StatsError (data that do not allow the analysis) gets the spec path of the analysis. */
function within<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof StatsError) throw new StatsError(`${path}: ${err.message}`);
    throw err;
  }
}

/** Runs the spec on a parsed CSV. Throws SpecError (unknown columns…), CsvError (a value that is not a number) or StatsError. */
export function runAnalysis(table: CsvTable, spec: AnalysisSpec): AnalysisOutput {
  const columns = new Map<string, Float64Array>();
  const column = (name: string, path: string): Float64Array => {
    let c = columns.get(name);
    if (!c) {
      if (!table.header.includes(name)) {
        throw new SpecError(path, `no column ${JSON.stringify(name)} in the responses (columns: ${table.header.join(', ')})`);
      }
      c = numericColumn(table, name);
      columns.set(name, c);
    }
    return c;
  };
  const keyedData = (items: string[], path: string) => {
    const data: Record<string, Float64Array> = {};
    items.forEach((spec, i) => {
      const { item } = parseItemKey(spec);
      data[item] = column(item, `${path}[${i}]`);
    });
    return data;
  };
  const range = spec.reverse ?? { min: 0, max: 0 };

  const scales: Record<string, ScaleOutput> = {};
  const scaleScoresByName = new Map<string, Float64Array>();
  for (const [name, items] of Object.entries(spec.scales)) {
    const data = keyedData(items, key('$.scales', name));
    const a = within(key('$.scales', name), () => scaleReliability(data, items, range));
    scales[name] = {
      n: a.n,
      rawAlpha: a.rawAlpha,
      stdAlpha: a.stdAlpha,
      averageR: a.averageR,
      mean: a.mean,
      sd: a.sd,
      alphaIfDropped: Object.fromEntries(a.items.map((s) => [s.item, s.alphaIfDropped])),
      itemRestR: Object.fromEntries(a.items.map((s) => [s.item, s.itemRestR])),
    };
    scaleScoresByName.set(name, scaleScores(data, items, range));
  }

  let efa: EfaOutput | null = null;
  let factorScores: Float64Array[] = [];
  if (spec.efa) {
    const data = keyedData(spec.efa.items, '$.efa.items');
    const keys = spec.efa.items.map(parseItemKey);
    const cols = keys.map((k) => (k.reversed ? reverseColumn(data[k.item], range) : data[k.item]));
    const names = keys.map((k) => k.item);
    const needScores = spec.correlations?.variables.some((v) => /^F\d+$/.test(v) && !Object.hasOwn(spec.scales, v) && !table.header.includes(v)) ?? false;
    const efaSpec = spec.efa;
    const f = within('$.efa', () =>
      factorAnalysis(cols, { factors: efaSpec.factors, method: efaSpec.method, rotation: efaSpec.rotation, scores: needScores }, names),
    );
    factorScores = f.scores ?? [];
    efa = {
      n: f.n,
      loadings: Object.fromEntries(names.map((n, i) => [n, f.loadings[i]])),
      communalities: Object.fromEntries(names.map((n, i) => [n, f.communalities[i]])),
      ssLoadings: f.ssLoadings,
      proportionVariance: f.proportionVariance,
      kmo: f.kmo.overall,
      bartlett: f.bartlett,
      ...(f.phi ? { factorCorrelations: f.phi } : {}),
    };
  }

  let correlations: AnalysisOutput['correlations'] = [];
  if (spec.correlations) {
    const variables = spec.correlations.variables.map((name, i) => {
      const path = `$.correlations.variables[${i}]`;
      const scale = scaleScoresByName.get(name);
      if (scale) return { name, values: scale };
      if (table.header.includes(name)) return { name, values: column(name, path) };
      const factor = /^F(\d+)$/.exec(name);
      if (factor && spec.efa) {
        const j = Number(factor[1]) - 1;
        if (j >= 0 && j < factorScores.length) return { name, values: factorScores[j] };
        throw new SpecError(path, `the EFA has ${spec.efa.factors} factors (F1–F${spec.efa.factors})`);
      }
      throw new SpecError(path, `${JSON.stringify(name)} is neither a scale of the spec nor a column of the responses`);
    });
    const correlationSpec = spec.correlations;
    correlations = within('$.correlations', () => correlationPairs(variables, { method: correlationSpec.method, missing: 'listwise' })).map((c) => ({ a: c.a, b: c.b, r: c.r, p: c.p, n: c.n }));
  }

  return { n: table.rows.length, scales, efa, correlations };
}
