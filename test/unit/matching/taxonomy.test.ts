// The matching taxonomy from the suggester's index: concepts linked across vocabularies are one,
// related occupations, and the candidate ids a database narrows by. A generated check shows that
// neither the candidate ids nor the cheap tests of the ranking ever drop a real match.
import { describe, expect, it } from 'vitest';
import { matchPair, rankPostings, rankSeekers, type PostingProfile, type SeekerProfile } from '../../../src/domain/matching/match.ts';
import { taxonomyFromIndex } from '../../../src/domain/matching/taxonomy.ts';
import { buildSuggestIndex } from '../../../src/domain/skills/suggest-index.ts';
import type { TaxonomyConcept } from '../../../src/domain/skills/types.ts';
import { vocabularyTaxonomy } from '../../../src/domain/skills/vocabulary/index.ts';

const concept = (kind: 'occupation' | 'skill', id: string, scheme: 'esco' | 'polku', escoUri: string | null, isco: string | null, label: string): TaxonomyConcept => ({
  kind,
  id,
  scheme,
  uri: scheme === 'esco' ? escoUri! : `urn:polku:${kind}:${id}`,
  escoUri,
  iscoGroup: isco,
  labels: [{ lang: 'en', kind: 'preferred', text: label }],
});

describe('taxonomy from the index', () => {
  const index = buildSuggestIndex({
    concepts: [
      concept('occupation', 'E1', 'esco', 'esco:o1', '7112', 'bricklayer'),
      concept('occupation', 'P1', 'polku', 'esco:o1', '7112', 'muurari'),
      concept('occupation', 'E2', 'esco', 'esco:o2', '7112', 'stonemason'),
      concept('occupation', 'E3', 'esco', 'esco:o3', '5120', 'cook'),
      concept('occupation', 'E4', 'esco', 'esco:o4', null, 'chimney builder'),
      concept('skill', 'ES', 'esco', 'esco:s1', null, 'lay bricks'),
      concept('skill', 'PS', 'polku', 'esco:s1', null, 'muuraus'),
      concept('skill', 'ES2', 'esco', 'esco:s2', null, 'cook meals'),
    ],
    relations: [
      { occupationId: 'E1', skillId: 'ES', relation: 'essential' },
      { occupationId: 'E1', skillId: 'ES2', relation: 'optional' },
    ],
  });
  const taxonomy = taxonomyFromIndex(index, [{ occupationId: 'E4', broaderId: 'E1' }]);

  it('treats a Polku concept linked to ESCO as that concept', () => {
    expect(taxonomy.canonical('P1')).toBe('esco:o1');
    expect(taxonomy.canonical('E1')).toBe('esco:o1');
    expect(taxonomy.canonical('PS')).toBe(taxonomy.canonical('ES'));
    expect(taxonomy.canonical('unknown')).toBe('unknown');
    expect(taxonomy.iscoGroup('P1')).toBe('7112');
    expect(taxonomy.essentialSkills('E1')).toEqual(['ES']);
    expect(taxonomy.label('P1', 'fi')).toBe('muurari');
    expect(taxonomy.kind('PS')).toBe('skill');
  });

  it('names as candidates the same concepts, the ISCO group and the hierarchy, and nothing else', () => {
    const { occupations, skills } = taxonomy.candidateIds(['P1', 'PS']);
    expect(new Set(occupations)).toEqual(new Set(['E1', 'P1', 'E2', 'E4']));
    expect(new Set(skills)).toEqual(new Set(['ES', 'PS']));
    // A broader occupation finds the narrower one through the hierarchy.
    expect(taxonomy.candidateIds(['E4']).occupations).toEqual(expect.arrayContaining(['E1', 'P1']));
  });
});

describe('candidates and cheap tests never drop a match (generated from the built-in vocabulary)', () => {
  const input = vocabularyTaxonomy();
  const taxonomy = taxonomyFromIndex(buildSuggestIndex(input));
  const occupations = input.concepts.filter((c) => c.kind === 'occupation').map((c) => c.id);
  const skills = input.concepts.filter((c) => c.kind === 'skill').map((c) => c.id);
  let seed = 42;
  const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const some = <T>(list: T[], max: number) => Array.from({ length: Math.floor(rnd() * (max + 1)) }, () => pick(list));
  const seekers: SeekerProfile[] = Array.from({ length: 150 }, (_, i) => ({
    id: `s${String(i).padStart(3, '0')}`,
    occupations: some(occupations, 2),
    skills: some(skills, 6),
    aspirationOccupations: some(occupations, 1),
    aspirationSkills: some(skills, 2),
    municipalityCodes: some(['837', '091'], 1),
    workingTimes: [],
  }));
  const postings: PostingProfile[] = Array.from({ length: 150 }, (_, i) => ({
    id: `p${String(i).padStart(3, '0')}`,
    mainOccupation: pick(occupations),
    occupations: some(occupations, 1),
    skills: some(skills, 6),
    municipalityCode: pick(['837', '091', null]),
    workingTime: null,
  }));
  const conceptsOf = (s: SeekerProfile) => [...s.occupations, ...s.skills, ...(s.aspirationOccupations ?? []), ...(s.aspirationSkills ?? [])];
  const postingConcepts = (p: PostingProfile) => [p.mainOccupation!, ...p.occupations, ...p.skills];

  it('every matching pair shares a candidate id, both ways', () => {
    let matches = 0;
    for (const s of seekers) {
      const fromSeeker = taxonomy.candidateIds(conceptsOf(s));
      const seekerIds = new Set([...fromSeeker.occupations, ...fromSeeker.skills]);
      for (const p of postings) {
        if (!matchPair(s, p, taxonomy)) continue;
        matches++;
        expect(postingConcepts(p).some((id) => seekerIds.has(id)), `${s.id} ${p.id}`).toBe(true);
        const fromPosting = taxonomy.candidateIds(postingConcepts(p));
        const postingIds = new Set([...fromPosting.occupations, ...fromPosting.skills]);
        expect(conceptsOf(s).some((id) => postingIds.has(id)), `${p.id} ${s.id}`).toBe(true);
      }
    }
    expect(matches).toBeGreaterThan(50);
  });

  it('ranking gives what matching every pair and sorting gives', () => {
    for (const s of seekers.slice(0, 40)) {
      const brute = postings.map((p) => matchPair(s, p, taxonomy)).filter((m) => m !== null);
      expect(rankPostings(s, postings, taxonomy, 1000).length).toBe(brute.length);
    }
    for (const p of postings.slice(0, 40)) {
      const brute = seekers.map((s) => matchPair(s, p, taxonomy)).filter((m) => m !== null);
      expect(rankSeekers(p, seekers, taxonomy, 1000).length).toBe(brute.length);
    }
  });
});
