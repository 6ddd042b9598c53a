// The suggester over the taxonomy in the database: both vocabularies are read into one in-memory
// index (src/domain/skills/suggest-index.ts), built once per process and rebuilt when an import
// or a new built-in vocabulary changes the taxonomy (taxonomy_source.loaded_at).
import type { Database } from '../../db/connection.ts';
import { buildSuggestIndex, type SuggestIndex } from '../../domain/skills/suggest-index.ts';
import type { ConceptLabel, LabelKind, Scheme, TaxonomyConcept, TaxonomyInput, RelationType } from '../../domain/skills/types.ts';
import { raw } from './bulk.ts';

// Rows travel as one text each (fields split by the unit separator, rows by the record
// separator): for a hundred thousand rows that is several times faster than a result row per
// label, on PGlite above all.
const US = '\u001f';
const RS = '\u001e';

async function rowsOf(db: Database, select: string, from: string): Promise<string[][]> {
  const [row] = await raw<{ text: string | null }>(db, `select string_agg(${select}, chr(30)) as text from ${from}`);
  if (!row?.text) return [];
  return row.text.split(RS).map((line) => line.split(US));
}

const fields = (...columns: string[]) => columns.map((c) => `coalesce(${c}::text, '')`).join(` || chr(31) || `);

/** Reads every occupation and skill (not skill groups) with their labels, and their relations. */
export async function readTaxonomy(db: Database): Promise<TaxonomyInput> {
  const concepts = new Map<string, TaxonomyConcept>();
  for (const [id, scheme, uri, escoUri, iscoGroup] of await rowsOf(db, fields('id', 'scheme', 'uri', 'esco_uri', 'isco_group'), 'occupation')) {
    concepts.set(id, { kind: 'occupation', id, scheme: scheme as Scheme, uri, escoUri: escoUri || null, iscoGroup: iscoGroup || null, labels: [] });
  }
  for (const [id, scheme, uri, escoUri] of await rowsOf(db, fields('id', 'scheme', 'uri', 'esco_uri'), `skill where concept_type = 'skill'`)) {
    concepts.set(id, { kind: 'skill', id, scheme: scheme as Scheme, uri, escoUri: escoUri || null, labels: [] });
  }
  for (const table of ['occupation', 'skill'] as const) {
    const labelText = `translate(label, chr(30) || chr(31), '  ')`;
    for (const [id, lang, kind, text] of await rowsOf(db, fields(`${table}_id`, 'language', 'kind', labelText), `${table}_label`)) {
      concepts.get(id)?.labels.push({ lang, kind: kind as LabelKind, text } satisfies ConceptLabel);
    }
  }
  const relations: TaxonomyInput['relations'] = [];
  for (const [occupationId, skillId, relation] of await rowsOf(db, fields('occupation_id', 'skill_id', 'relation'), 'occupation_skill')) {
    relations.push({ occupationId, skillId, relation: relation as RelationType });
  }
  return { concepts: [...concepts.values()].filter((c) => c.labels.length > 0), relations };
}

/** Changes whenever the taxonomy does. */
export async function taxonomyGeneration(db: Database): Promise<string> {
  const [row] = await raw<{ generation: string }>(
    db,
    `select coalesce(max(loaded_at)::text, '') || '/' || count(*) as generation from taxonomy_source`,
  );
  return row?.generation ?? '';
}

const cache = new WeakMap<Database, { generation: string; index: Promise<SuggestIndex> }>();

/** The index for the database's current taxonomy (built on first use, rebuilt after changes). */
export async function suggestIndexFor(db: Database): Promise<SuggestIndex> {
  const generation = await taxonomyGeneration(db);
  const cached = cache.get(db);
  if (cached && cached.generation === generation) return cached.index;
  const index = readTaxonomy(db).then(buildSuggestIndex);
  cache.set(db, { generation, index });
  index.catch(() => {
    if (cache.get(db)?.index === index) cache.delete(db);
  });
  return index;
}
