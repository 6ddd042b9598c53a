// The taxonomy as matching sees it: canonical keys (a Polku concept linked to ESCO is that ESCO
// concept), ISCO groups and the occupation hierarchy, and labels for the reasons. Built from the
// suggester's cached index plus the occupation hierarchy, and rebuilt when the taxonomy changes.
import type { Database } from '../../db/connection.ts';
import type { MatchTaxonomy } from '../../domain/matching/match.ts';
import type { SuggestIndex } from '../../domain/skills/suggest-index.ts';
import { raw } from '../skills/bulk.ts';
import { suggestIndexFor, taxonomyGeneration } from '../skills/suggester.ts';

export interface ServerTaxonomy extends MatchTaxonomy {
  index: SuggestIndex;
  /** The preferred label in the first language that has one. */
  label(id: string, lang: string): string;
  scheme(id: string): 'esco' | 'polku' | null;
  kind(id: string): 'occupation' | 'skill' | null;
  /** Essential skills of an occupation (ids). */
  essentialSkills(id: string): string[];
}

const cache = new WeakMap<Database, { generation: string; taxonomy: Promise<ServerTaxonomy> }>();

async function build(db: Database): Promise<ServerTaxonomy> {
  const index = await suggestIndexFor(db);
  const broader = await raw<{ occupationId: string; broaderId: string }>(db, `select occupation_id, broader_id from occupation_broader`);
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
  };
}

export async function matchTaxonomyFor(db: Database): Promise<ServerTaxonomy> {
  const generation = await taxonomyGeneration(db);
  const cached = cache.get(db);
  if (cached && cached.generation === generation) return cached.taxonomy;
  const taxonomy = build(db);
  cache.set(db, { generation, taxonomy });
  taxonomy.catch(() => {
    if (cache.get(db)?.taxonomy === taxonomy) cache.delete(db);
  });
  return taxonomy;
}
