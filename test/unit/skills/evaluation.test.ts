// Quality of the suggester on the evaluation sets in test/fixtures/skills (the figures are in
// docs/skills.md). Fails when recall@10 of the expected occupations drops below 0.9 on the Finnish
// set with the built-in vocabulary, or below 0.8 on the English set with ESCO: the English index is
// built straight from the real ESCO v1.1.1 CSV package in ../shared/data/esco (the same records
// `taxonomy import` writes to the database), together with the built-in vocabulary.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEscoPackage, escoTaxonomy } from '../../../src/domain/skills/esco/package.ts';
import { evaluate, labelsById, type EvaluationResult, type EvaluationSet } from '../../../src/domain/skills/evaluate.ts';
import { buildSuggestIndex } from '../../../src/domain/skills/suggest-index.ts';
import type { TaxonomyInput } from '../../../src/domain/skills/types.ts';
import { vocabularyTaxonomy } from '../../../src/domain/skills/vocabulary/index.ts';
import { escoFiles } from '../../../src/server/skills/esco-files.ts';

const ESCO_PACKAGE = process.env.POLKU_ESCO_PACKAGE ?? path.resolve('../shared/data/esco');
const set = (name: string): EvaluationSet => JSON.parse(readFileSync(path.resolve('test/fixtures/skills', name), 'utf8'));
const finnish = set('eval-fi.json');
const english = set('eval-en.json');

const report = (name: string, r: EvaluationResult) => {
  console.log(`${name}: recall@10 ${r.recallAt10.toFixed(3)} (${r.found}/${r.expected}), precision@5 ${r.precisionAt5.toFixed(3)}, ${r.texts} texts`);
  for (const miss of r.misses) console.log(`  ${miss.id}: missing ${miss.missing.join(', ')}; top: ${miss.top.join(', ')}`);
};

describe('evaluation sets', () => {
  it('are big enough and written as job seekers write', () => {
    expect(finnish.texts.length).toBeGreaterThanOrEqual(50);
    expect(english.texts.length).toBeGreaterThanOrEqual(30);
    for (const t of [...finnish.texts, ...english.texts]) {
      expect(t.expected.length, t.id).toBeGreaterThan(0);
      expect(t.text.length, t.id).toBeLessThan(400);
    }
    expect(new Set([...finnish.texts, ...english.texts].map((t) => t.id)).size).toBe(finnish.texts.length + english.texts.length);
  });

  it('Finnish, built-in vocabulary: recall@10 at least 0.9', () => {
    const taxonomy = vocabularyTaxonomy();
    const result = evaluate(buildSuggestIndex(taxonomy), finnish, labelsById(taxonomy), 'fi');
    report('Finnish set, built-in vocabulary', result);
    expect(result.recallAt10).toBeGreaterThanOrEqual(0.9);
  });
});

describe.skipIf(!existsSync(ESCO_PACKAGE))('evaluation with ESCO', () => {
  let esco: TaxonomyInput;
  let both: TaxonomyInput;
  beforeAll(() => {
    esco = escoTaxonomy(readEscoPackage(escoFiles(ESCO_PACKAGE)));
    const builtIn = vocabularyTaxonomy();
    both = { concepts: [...esco.concepts, ...builtIn.concepts], relations: [...esco.relations, ...builtIn.relations] };
  });

  it('English, ESCO with the built-in vocabulary: recall@10 at least 0.8', () => {
    expect(esco.concepts.filter((c) => c.kind === 'occupation')).toHaveLength(3007);
    const index = buildSuggestIndex(both);
    const labels = labelsById(both);
    const result = evaluate(index, english, labels, 'en');
    report('English set, ESCO + built-in vocabulary', result);
    expect(result.recallAt10).toBeGreaterThanOrEqual(0.8);
    // The Finnish set does not suffer from ESCO's English labels in the same index.
    const fi = evaluate(index, finnish, labels, 'fi');
    report('Finnish set, ESCO + built-in vocabulary', fi);
    expect(fi.recallAt10).toBeGreaterThanOrEqual(0.9);
  });

  it('English, ESCO alone (for the record)', () => {
    const result = evaluate(buildSuggestIndex(esco), english, labelsById(esco), 'en');
    report('English set, ESCO alone', result);
    expect(result.recallAt10).toBeGreaterThanOrEqual(0.8);
  });
});
