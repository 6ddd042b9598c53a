// Measuring the suggester on an evaluation set (test/fixtures/skills/eval-*.json): texts written
// the way job seekers write, each with the occupations a coach would expect. An expected
// occupation is found when one of the top ten suggested occupations has that label (any label,
// any language, case-insensitive); an entry may list equivalent names. Precision of the top five
// counts the expected and the further acceptable occupations as relevant.
import type { Lang } from './stem.ts';
import type { SuggestIndex } from './suggest-index.ts';
import { suggest } from './suggest.ts';
import type { TaxonomyInput } from './types.ts';

export interface EvaluationText {
  id: string;
  text: string;
  expected: Array<string | string[]>;
  acceptable?: string[];
}

export interface EvaluationSet {
  about?: string;
  texts: EvaluationText[];
}

export interface EvaluationResult {
  texts: number;
  expected: number;
  found: number;
  recallAt10: number;
  precisionAt5: number;
  misses: Array<{ id: string; missing: string[]; top: string[] }>;
}

/** Every label of every concept, lower case, by concept id. */
export function labelsById(taxonomy: TaxonomyInput): Map<string, Set<string>> {
  return new Map(taxonomy.concepts.map((c) => [c.id, new Set(c.labels.map((l) => l.text.toLowerCase()))]));
}

export function evaluate(index: SuggestIndex, set: EvaluationSet, labels: Map<string, Set<string>>, lang: Lang): EvaluationResult {
  let expected = 0;
  let found = 0;
  let precision = 0;
  const misses: EvaluationResult['misses'] = [];
  for (const item of set.texts) {
    const result = suggest(index, item.text, { lang });
    const top10 = result.occupations.slice(0, 10);
    const has = (occupationId: string, names: string[]) => names.some((n) => labels.get(occupationId)?.has(n.toLowerCase()));
    const missing: string[] = [];
    for (const entry of item.expected) {
      const names = Array.isArray(entry) ? entry : [entry];
      expected++;
      if (top10.some((o) => has(o.id, names))) found++;
      else missing.push(names[0]);
    }
    const relevant = [...item.expected.flat(), ...(item.acceptable ?? [])];
    precision += result.occupations.slice(0, 5).filter((o) => has(o.id, relevant)).length / 5;
    if (missing.length) misses.push({ id: item.id, missing, top: top10.map((o) => o.label) });
  }
  return {
    texts: set.texts.length,
    expected,
    found,
    recallAt10: expected ? found / expected : 0,
    precisionAt5: set.texts.length ? precision / set.texts.length : 0,
    misses,
  };
}
