// Polku's own vocabulary: size, well-formedness, ISCO-08 codes, and the forms people write.
import { describe, expect, it } from 'vitest';
import { builtInVocabulary, builtInVocabularyVersion, vocabularyTaxonomy } from '../../../src/domain/skills/vocabulary/index.ts';
import { parseVocabulary } from '../../../src/domain/skills/vocabulary/format.ts';

const vocabulary = builtInVocabulary();
const finnishLabels = (list: Array<{ labels: { fi: string[] } }>) => new Set(list.flatMap((c) => c.labels.fi.map((l) => l.toLowerCase())));

describe('built-in vocabulary', () => {
  it('reads without problems', () => {
    expect(vocabulary.problems).toEqual([]);
  });

  it('has at least 400 occupations and 1,500 skills', () => {
    expect(vocabulary.occupations.length).toBeGreaterThanOrEqual(400);
    expect(vocabulary.skills.length).toBeGreaterThanOrEqual(1500);
  });

  it('gives every occupation an ISCO-08 unit group and at least one essential skill', () => {
    for (const o of vocabulary.occupations) {
      expect(o.iscoGroup, o.key).toMatch(/^[1-9]\d{3}$/);
      expect(o.essential.length, o.key).toBeGreaterThan(0);
    }
  });

  it('has Finnish labels everywhere and English or Swedish ones for most', () => {
    const all = [...vocabulary.occupations, ...vocabulary.skills];
    expect(all.every((c) => c.labels.fi.length > 0)).toBe(true);
    expect(all.filter((c) => c.labels.en.length > 0).length / all.length).toBeGreaterThan(0.95);
    expect(vocabulary.occupations.filter((c) => c.labels.sv.length > 0).length / vocabulary.occupations.length).toBeGreaterThan(0.95);
  });

  it('knows the colloquial forms job seekers write', () => {
    const skills = finnishLabels(vocabulary.skills);
    for (const form of ['sähköhommat', 'muurarin työt', 'siivoushommat', 'kylpyhuoneremontti', 'remppa', 'puistohommat', 'kassatyöt', 'hyllytys']) {
      expect(skills.has(form), form).toBe(true);
    }
  });

  it('covers the work of employment units', () => {
    const occupations = finnishLabels(vocabulary.occupations);
    for (const name of [
      'kiinteistönhoitaja', 'siivooja', 'ompelija', 'puuseppä', 'hitsaaja', 'keittiöapulainen', 'kokoonpanija', 'pakkaaja', 'kopiointityöntekijä',
      'puistotyöntekijä', 'pesulatyöntekijä', 'elektroniikkaromun purkaja', 'toimistotyöntekijä', 'IT-tukihenkilö', 'kassamyyjä',
      'asiakaspalvelija', 'automekaanikko', 'polkupyörämekaanikko', 'hyllyttäjä', 'varastotyöntekijä', 'muurari', 'sähköasentaja', 'metsuri',
    ]) {
      expect(occupations.has(name.toLowerCase()), name).toBe(true);
    }
  });

  it('uses stable URIs named after the Finnish preferred label and carries no ESCO URIs itself', () => {
    const taxonomy = vocabularyTaxonomy();
    expect(taxonomy.concepts.every((c) => c.uri.startsWith(`urn:polku:${c.kind}:`) && c.escoUri === null)).toBe(true);
    expect(new Set(taxonomy.concepts.map((c) => c.uri)).size).toBe(taxonomy.concepts.length);
    expect(builtInVocabularyVersion()).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('vocabulary format', () => {
  it('reports unknown skills, duplicates and malformed occupation lines', () => {
    const parsed = parseVocabulary({
      a: 'muuraus; muurata | murning | bricklaying\nmuuraus | x | y\n@ 7112 muurari | murare | bricklayer\n+ muuraus; laastin tasoitus\n@ ABC rikki\n+ muuraus\n~ muuraus',
    });
    expect(parsed.problems).toEqual(['a:2: skill "muuraus" twice', 'a:5: an occupation line is "@ ISCO labels | sv | en"', 'a:6: skills outside an occupation', 'a:7: skills outside an occupation', 'a:4: no skill "laastin tasoitus"']);
    expect(parsed.occupations[0]).toMatchObject({ key: 'muurari', iscoGroup: '7112', essential: ['muuraus'], labels: { fi: ['muurari'], sv: ['murare'], en: ['bricklayer'] } });
  });
});
