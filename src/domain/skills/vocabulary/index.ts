// Polku's own vocabulary: Finnish occupations and skills as job seekers write them, with Swedish
// and English labels where known. Written for Polku (see format.ts for the format); it carries no
// ESCO data. ESCO links are made at import time (see src/server/skills/import.ts).
import { createHash } from 'node:crypto';
import type { TaxonomyConcept, TaxonomyInput, ConceptLabel } from '../types.ts';
import { parseVocabulary, type Vocabulary, type VocabularyLabels } from './format.ts';
import { SOURCES } from './sources.ts';

let cached: Vocabulary | null = null;

/** The built-in vocabulary, parsed once. */
export function builtInVocabulary(): Vocabulary {
  cached ??= parseVocabulary(SOURCES);
  return cached;
}

/** A hash of the vocabulary's sources: loading is skipped when the database has this version. */
export function builtInVocabularyVersion(): string {
  const hash = createHash('sha256');
  for (const [name, text] of Object.entries(SOURCES)) hash.update(name).update('\0').update(text).update('\0');
  return hash.digest('hex').slice(0, 16);
}

export function vocabularyLabels(labels: VocabularyLabels): ConceptLabel[] {
  const out: ConceptLabel[] = [];
  for (const lang of ['fi', 'sv', 'en'] as const) {
    labels[lang].forEach((text, i) => out.push({ lang, kind: i === 0 ? 'preferred' : 'alternative', text }));
  }
  return out;
}

/** The vocabulary as index input, with the URIs as ids (for building an index without a database). */
export function vocabularyTaxonomy(vocabulary: Vocabulary = builtInVocabulary()): TaxonomyInput {
  const concepts: TaxonomyConcept[] = [];
  for (const skill of vocabulary.skills) {
    concepts.push({ kind: 'skill', id: skill.uri, scheme: 'polku', uri: skill.uri, escoUri: null, labels: vocabularyLabels(skill.labels) });
  }
  const relations: TaxonomyInput['relations'] = [];
  for (const occupation of vocabulary.occupations) {
    concepts.push({
      kind: 'occupation',
      id: occupation.uri,
      scheme: 'polku',
      uri: occupation.uri,
      escoUri: null,
      iscoGroup: occupation.iscoGroup,
      labels: vocabularyLabels(occupation.labels),
    });
    for (const key of occupation.essential) relations.push({ occupationId: occupation.uri, skillId: `urn:polku:skill:${key}`, relation: 'essential' });
    for (const key of occupation.optional) relations.push({ occupationId: occupation.uri, skillId: `urn:polku:skill:${key}`, relation: 'optional' });
  }
  return { concepts, relations };
}
