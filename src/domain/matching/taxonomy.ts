// The taxonomy as matching sees it, built from the suggester's index: a concept's canonical key
// (a Polku concept linked to ESCO counts as that ESCO concept), its ISCO-08 unit group, the
// occupations broader or narrower than it, labels, and an occupation's essential skills.
import type { SuggestIndex } from '../skills/suggest-index.ts';
import type { MatchTaxonomy } from './match.ts';

export interface IndexTaxonomy extends MatchTaxonomy {
  index: SuggestIndex;
  /** The preferred label in the first language that has one. */
  label(id: string, lang: string): string;
  scheme(id: string): 'esco' | 'polku' | null;
  kind(id: string): 'occupation' | 'skill' | null;
  /** Essential skills of an occupation (ids). */
  essentialSkills(id: string): string[];
  /**
   * Every concept id that could match one of these concepts: the same canonical key, and for
   * occupations also the same ISCO group and the hierarchy's neighbours. A superset of what
   * matchPrepared accepts, so that a database can narrow the candidates before matching.
   */
  candidateIds(ids: readonly string[]): { occupations: string[]; skills: string[] };
}

export function taxonomyFromIndex(index: SuggestIndex, broader: ReadonlyArray<{ occupationId: string; broaderId: string }> = []): IndexTaxonomy {
  const canonical = (id: string) => {
    const c = index.byId.get(id);
    if (c === undefined) return id;
    return index.escoUris[c] ?? index.uris[c];
  };
  const neighbours = new Map<string, string[]>();
  const push = (from: string, to: string) => {
    const list = neighbours.get(from);
    if (list) list.push(canonical(to));
    else neighbours.set(from, [canonical(to)]);
  };
  for (const { occupationId, broaderId } of broader) {
    push(occupationId, broaderId);
    push(broaderId, occupationId);
  }
  const byKey = new Map<string, string[]>();
  const byGroup = new Map<string, string[]>();
  for (let c = 0; c < index.conceptCount; c++) {
    const id = index.ids[c];
    const key = index.escoUris[c] ?? index.uris[c];
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(id);
    const group = index.iscoGroups[c];
    if (group && index.conceptKind[c] === 0) (byGroup.get(group) ?? byGroup.set(group, []).get(group)!).push(id);
  }
  const idsOf = (key: string) => byKey.get(key) ?? [key];
  return {
    index,
    canonical,
    iscoGroup: (id) => {
      const c = index.byId.get(id);
      return c === undefined ? null : index.iscoGroups[c];
    },
    neighbours: (id) => neighbours.get(id) ?? [],
    label: (id, lang) => {
      const c = index.byId.get(id);
      return c === undefined ? id : index.label(c, [lang, 'fi', 'en', 'sv']);
    },
    scheme: (id) => {
      const c = index.byId.get(id);
      return c === undefined ? null : index.conceptScheme[c] === 0 ? 'esco' : 'polku';
    },
    kind: (id) => {
      const c = index.byId.get(id);
      return c === undefined ? null : index.conceptKind[c] === 0 ? 'occupation' : 'skill';
    },
    essentialSkills: (id) => {
      const c = index.byId.get(id);
      if (c === undefined || index.conceptKind[c] !== 0) return [];
      const out: string[] = [];
      for (let i = index.occupationSkillStart[c]; i < index.occupationSkillStart[c + 1]; i++) {
        if (index.occupationSkillType[i] === 1) out.push(index.ids[index.occupationSkills[i]]);
      }
      return out;
    },
    candidateIds: (ids) => {
      const occupations = new Set<string>();
      const skills = new Set<string>();
      for (const id of ids) {
        const c = index.byId.get(id);
        const isOccupation = c !== undefined && index.conceptKind[c] === 0;
        const target = isOccupation ? occupations : skills;
        for (const same of idsOf(canonical(id))) target.add(same);
        if (!isOccupation) continue;
        const group = index.iscoGroups[c];
        if (group) for (const other of byGroup.get(group) ?? []) occupations.add(other);
        for (const key of neighbours.get(id) ?? []) for (const other of idsOf(key)) occupations.add(other);
        // Neighbours of the concepts that are the same as this one (a Polku concept linked to ESCO).
        for (const same of idsOf(canonical(id))) for (const key of neighbours.get(same) ?? []) for (const other of idsOf(key)) occupations.add(other);
      }
      return { occupations: [...occupations], skills: [...skills] };
    },
  };
}
