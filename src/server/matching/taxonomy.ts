// The matching taxonomy of a database: the suggester's cached index plus the occupation hierarchy
// (src/domain/matching/taxonomy.ts), rebuilt when the taxonomy changes.
import type { Database } from '../../db/connection.ts';
import { taxonomyFromIndex, type IndexTaxonomy } from '../../domain/matching/taxonomy.ts';
import { raw } from '../skills/bulk.ts';
import { suggestIndexFor, taxonomyGeneration } from '../skills/suggester.ts';

export type ServerTaxonomy = IndexTaxonomy;

const cache = new WeakMap<Database, { generation: string; taxonomy: Promise<ServerTaxonomy> }>();

async function build(db: Database): Promise<ServerTaxonomy> {
  const index = await suggestIndexFor(db);
  const broader = await raw<{ occupationId: string; broaderId: string }>(db, `select occupation_id, broader_id from occupation_broader`);
  return taxonomyFromIndex(index, broader);
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
