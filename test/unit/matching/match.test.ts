// Matching of people and postings with hand-computed scores (weights: occupation 0.4, skills 0.35,
// location 0.15, working time 0.1, averaged over the parts that apply).
import { describe, expect, it } from 'vitest';
import { mapTaxonomy, matchPair, rankPostings, rankSeekers, type PostingProfile, type SeekerProfile } from '../../../src/domain/matching/match.ts';

const taxonomy = mapTaxonomy({
  // The built-in "muurari" is linked to ESCO's bricklayer: the same occupation.
  canonical: { 'polku-muurari': 'esco-bricklayer' },
  isco: { 'polku-muurari': '7112', 'esco-bricklayer': '7112', 'esco-mason': '7112', 'esco-cook': '5120', 'esco-tiler': '7122' },
  broader: [['esco-bricklayer', 'esco-building-worker']],
});

const seeker: SeekerProfile = {
  id: 'S',
  occupations: ['polku-muurari'],
  skills: ['s-lay-bricks', 's-mortar'],
  aspirationOccupations: ['esco-tiler'],
  aspirationSkills: ['s-tiles'],
  municipalityCodes: ['837'],
  workingTimes: ['full_time'],
};

const posting = (id: string, p: Partial<PostingProfile>): PostingProfile => ({
  id,
  mainOccupation: null,
  occupations: [],
  skills: [],
  municipalityCode: null,
  workingTime: null,
  ...p,
});

const P1 = posting('P1', { mainOccupation: 'esco-bricklayer', skills: ['s-lay-bricks', 's-mortar', 's-scaffold', 's-read-plans'], municipalityCode: '837', workingTime: 'full_time' });
const P2 = posting('P2', { mainOccupation: 'esco-mason', skills: ['s-mortar'], municipalityCode: '091' });
const P3 = posting('P3', { mainOccupation: 'esco-cook', municipalityCode: '837', workingTime: 'part_time' });
const P4 = posting('P4', { mainOccupation: 'esco-tiler', skills: ['s-tiles'], workingTime: 'part_time' });
const P5 = posting('P5', { mainOccupation: 'esco-building-worker', municipalityCode: '837', workingTime: 'full_time' });

describe('matching a person and a posting', () => {
  it('scores the same occupation across vocabularies, half the skills, the wanted place and hours', () => {
    const m = matchPair(seeker, P1, taxonomy)!;
    // (0.4·1 + 0.35·2/4 + 0.15·1 + 0.1·1) / 1.0 = 0.825
    expect(m.score).toBe(0.825);
    expect(m.parts).toEqual({ occupation: 1, skills: 0.5, location: 1, workingTime: 1 });
    expect(m.reasons).toEqual({
      occupation: { kind: 'main', seekerOccupation: 'polku-muurari', postingOccupation: 'esco-bricklayer', aspiration: false },
      matchedSkills: ['s-lay-bricks', 's-mortar'],
      aspiredSkills: [],
      missingSkills: ['s-scaffold', 's-read-plans'],
      location: 'match',
      workingTime: 'match',
    });
  });

  it('counts an occupation of the same ISCO group as related, another municipality as a mismatch, and leaves out what the posting does not say', () => {
    const m = matchPair(seeker, P2, taxonomy)!;
    // (0.4·0.5 + 0.35·1 + 0.15·0) / (0.4 + 0.35 + 0.15) = 0.55 / 0.9 = 0.6111
    expect(m.score).toBe(0.611);
    expect(m.reasons.occupation).toMatchObject({ kind: 'related', seekerOccupation: 'polku-muurari', postingOccupation: 'esco-mason' });
    expect(m.reasons.location).toBe('mismatch');
    expect(m.reasons.workingTime).toBe('unknown');
    expect(m.parts.workingTime).toBeNull();
  });

  it('is no match without a shared occupation or skill, however well place and hours fit', () => {
    expect(matchPair(seeker, P3, taxonomy)).toBeNull();
  });

  it('counts aspirations at a discount: occupation × 0.6, an aspired skill as half', () => {
    const m = matchPair(seeker, P4, taxonomy)!;
    // (0.4·0.6 + 0.35·0.5 + 0.1·0) / (0.4 + 0.35 + 0.1) = 0.415 / 0.85 = 0.4882
    expect(m.score).toBe(0.488);
    expect(m.reasons.occupation).toMatchObject({ kind: 'main', aspiration: true, seekerOccupation: 'esco-tiler' });
    expect(m.reasons.aspiredSkills).toEqual(['s-tiles']);
    expect(m.reasons.workingTime).toBe('mismatch');
  });

  it('finds related occupations through the hierarchy (broader / narrower)', () => {
    const m = matchPair(seeker, P5, taxonomy)!;
    // (0.4·0.5 + 0.15·1 + 0.1·1) / (0.4 + 0.15 + 0.1) = 0.45 / 0.65 = 0.6923
    expect(m.score).toBe(0.692);
    expect(m.reasons.occupation).toMatchObject({ kind: 'related', postingOccupation: 'esco-building-worker', seekerOccupation: 'polku-muurari' });
  });

  it('gives half a point for place and hours to a person with no wishes', () => {
    const open: SeekerProfile = { id: 'O', occupations: [], skills: ['s-mortar', 's-scaffold'], municipalityCodes: [], workingTimes: [] };
    const m = matchPair(open, P1, taxonomy)!;
    // (0 + 0.35·2/4 + 0.15·0.5 + 0.1·0.5) / 1.0 = 0.3
    expect(m.score).toBe(0.3);
    expect(m.reasons).toMatchObject({ location: 'any', workingTime: 'any', occupation: { kind: 'none' } });
  });
});

describe('ranking', () => {
  it('ranks postings for a person, best first, leaving out non-matches', () => {
    const ranked = rankPostings(seeker, [P2, P3, P4, P5, P1], taxonomy);
    expect(ranked.map((m) => [m.postingId, m.score])).toEqual([
      ['P1', 0.825],
      ['P5', 0.692],
      ['P2', 0.611],
      ['P4', 0.488],
    ]);
    expect(rankPostings(seeker, [P2, P3, P4, P5, P1], taxonomy, 2, 0).map((m) => m.postingId)).toEqual(['P1', 'P5']);
    expect(rankPostings(seeker, [P2, P3, P4, P5, P1], taxonomy, 10, 0.6).map((m) => m.postingId)).toEqual(['P1', 'P5', 'P2']);
  });

  it('ranks people for a posting, ties by more matched skills and then by id', () => {
    const other: SeekerProfile = { id: 'A', occupations: [], skills: ['s-mortar', 's-scaffold'], municipalityCodes: [], workingTimes: [] };
    const twin: SeekerProfile = { ...other, id: 'B' };
    const ranked = rankSeekers(P1, [twin, seeker, other], taxonomy);
    expect(ranked.map((m) => [m.seekerId, m.score])).toEqual([
      ['S', 0.825],
      ['A', 0.3],
      ['B', 0.3],
    ]);
  });
});
