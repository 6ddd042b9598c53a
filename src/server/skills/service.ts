// Skills services: suggestions from free text, an occupation or a skill with its relations, and
// search by label. The taxonomy is public reference data (ESCO and Polku's vocabulary); the text
// given for suggestions is not stored.
import type { Database } from '../../db/connection.ts';
import type { Lang } from '../../domain/skills/stem.ts';
import { suggest, type SuggestResult } from '../../domain/skills/suggest.ts';
import { notFound } from '../errors.ts';
import { raw } from './bulk.ts';
import { suggestIndexFor } from './suggester.ts';

export interface SuggestInput {
  text: string;
  lang?: Lang;
  /** Language of the labels in the answer. */
  labelLang?: string;
  chosen?: string[];
  limit?: number;
}

export async function suggestSkills(db: Database, input: SuggestInput): Promise<SuggestResult> {
  const index = await suggestIndexFor(db);
  const limit = input.limit;
  return suggest(index, input.text, {
    lang: input.lang,
    labelLang: input.labelLang,
    chosen: input.chosen,
    limits: limit ? { occupations: limit, skills: limit * 2, aspirations: limit } : undefined,
  });
}

export interface ConceptRef {
  id: string;
  label: string;
  scheme: string;
  relation?: string;
}

export interface Labels {
  preferred: Record<string, string>;
  alternative: Record<string, string[]>;
}

export interface OccupationView {
  id: string;
  kind: 'occupation';
  scheme: string;
  uri: string;
  escoUri: string | null;
  code: string | null;
  iscoGroup: string | null;
  iscoGroupLabel: string | null;
  label: string;
  labels: Labels;
  description: string | null;
  skills: ConceptRef[];
  broader: ConceptRef[];
  narrower: ConceptRef[];
}

export interface SkillView {
  id: string;
  kind: 'skill';
  scheme: string;
  uri: string;
  escoUri: string | null;
  conceptType: string;
  skillType: string | null;
  reuseLevel: string | null;
  label: string;
  labels: Labels;
  description: string | null;
  occupations: ConceptRef[];
  broader: ConceptRef[];
  narrower: ConceptRef[];
  related: ConceptRef[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Languages to pick a label from, best first. */
const preference = (lang: string) => [...new Set([lang, 'fi', 'en', 'sv'])];

/** SQL for the best preferred label of a concept in $2's order of languages (fi, en, sv after it). */
const labelSql = (table: 'occupation' | 'skill', alias: string) =>
  `(select l.label from ${table}_label l where l.${table}_id = ${alias}.id and l.kind = 'preferred'
     order by array_position($2::text[], l.language) nulls last, l.language limit 1)`;

function pickDescription(description: unknown, langs: string[]): string | null {
  if (!description || typeof description !== 'object') return null;
  const map = description as Record<string, string>;
  for (const lang of langs) if (map[lang]) return map[lang];
  return Object.values(map)[0] ?? null;
}

async function labelsOf(db: Database, table: 'occupation' | 'skill', id: string): Promise<Labels> {
  const rows = await raw<{ language: string; kind: string; label: string }>(
    db,
    `select language, kind, label from ${table}_label where ${table}_id = $1 and kind <> 'hidden' order by language, kind, label`,
    [id],
  );
  const labels: Labels = { preferred: {}, alternative: {} };
  for (const r of rows) {
    if (r.kind === 'preferred') labels.preferred[r.language] = r.label;
    else (labels.alternative[r.language] ??= []).push(r.label);
  }
  return labels;
}

const langArray = (langs: string[]) => `{${langs.join(',')}}`;

export async function getOccupation(db: Database, id: string, lang = 'fi'): Promise<OccupationView> {
  if (!UUID.test(id)) throw notFound('occupation');
  const langs = preference(lang);
  const [row] = await raw<{ id: string; scheme: string; uri: string; escoUri: string | null; code: string | null; iscoGroup: string | null; description: unknown; label: string | null; iscoLabel: unknown }>(
    db,
    `select o.id, o.scheme, o.uri, o.esco_uri, o.code, o.isco_group, o.description, ${labelSql('occupation', 'o')} as label,
            (select g.label from isco_group g where g.code = o.isco_group) as isco_label
       from occupation o where o.id = $1`,
    [id, langArray(langs)],
  );
  if (!row) throw notFound('occupation');
  const skills = await raw<ConceptRef>(
    db,
    `select s.id, ${labelSql('skill', 's')} as label, s.scheme, os.relation
       from occupation_skill os join skill s on s.id = os.skill_id
      where os.occupation_id = $1 order by os.relation, 2`,
    [id, langArray(langs)],
  );
  const broader = await raw<ConceptRef>(
    db,
    `select o.id, ${labelSql('occupation', 'o')} as label, o.scheme from occupation_broader b join occupation o on o.id = b.broader_id where b.occupation_id = $1 order by 2`,
    [id, langArray(langs)],
  );
  const narrower = await raw<ConceptRef>(
    db,
    `select o.id, ${labelSql('occupation', 'o')} as label, o.scheme from occupation_broader b join occupation o on o.id = b.occupation_id where b.broader_id = $1 order by 2`,
    [id, langArray(langs)],
  );
  return {
    id: row.id,
    kind: 'occupation',
    scheme: row.scheme,
    uri: row.uri,
    escoUri: row.escoUri,
    code: row.code,
    iscoGroup: row.iscoGroup,
    iscoGroupLabel: pickDescription(row.iscoLabel, langs),
    label: row.label ?? row.uri,
    labels: await labelsOf(db, 'occupation', id),
    description: pickDescription(row.description, langs),
    skills,
    broader,
    narrower,
  };
}

export async function getSkill(db: Database, id: string, lang = 'fi'): Promise<SkillView> {
  if (!UUID.test(id)) throw notFound('skill');
  const langs = preference(lang);
  const [row] = await raw<{ id: string; scheme: string; uri: string; escoUri: string | null; conceptType: string; skillType: string | null; reuseLevel: string | null; description: unknown; label: string | null }>(
    db,
    `select s.id, s.scheme, s.uri, s.esco_uri, s.concept_type, s.skill_type, s.reuse_level, s.description, ${labelSql('skill', 's')} as label
       from skill s where s.id = $1`,
    [id, langArray(langs)],
  );
  if (!row) throw notFound('skill');
  const occupations = await raw<ConceptRef>(
    db,
    `select o.id, ${labelSql('occupation', 'o')} as label, o.scheme, os.relation
       from occupation_skill os join occupation o on o.id = os.occupation_id
      where os.skill_id = $1 order by os.relation, 2 limit 500`,
    [id, langArray(langs)],
  );
  const broader = await raw<ConceptRef>(
    db,
    `select s.id, ${labelSql('skill', 's')} as label, s.scheme from skill_broader b join skill s on s.id = b.broader_id where b.skill_id = $1 order by 2`,
    [id, langArray(langs)],
  );
  const narrower = await raw<ConceptRef>(
    db,
    `select s.id, ${labelSql('skill', 's')} as label, s.scheme from skill_broader b join skill s on s.id = b.skill_id where b.broader_id = $1 order by 2 limit 500`,
    [id, langArray(langs)],
  );
  const related = await raw<ConceptRef>(
    db,
    `select s.id, ${labelSql('skill', 's')} as label, s.scheme, r.relation from skill_relation r join skill s on s.id = r.related_id where r.skill_id = $1 order by 2`,
    [id, langArray(langs)],
  );
  return {
    id: row.id,
    kind: 'skill',
    scheme: row.scheme,
    uri: row.uri,
    escoUri: row.escoUri,
    conceptType: row.conceptType,
    skillType: row.skillType,
    reuseLevel: row.reuseLevel,
    label: row.label ?? row.uri,
    labels: await labelsOf(db, 'skill', id),
    description: pickDescription(row.description, langs),
    occupations,
    broader,
    narrower,
    related,
  };
}

export interface SearchHit {
  id: string;
  kind: 'occupation' | 'skill';
  /** The preferred label in the asked language (or the nearest one). */
  label: string;
  /** The label that matched. */
  matched: string;
  scheme: string;
}

/** Occupations and skills whose label begins with, or else contains, `q` (case-insensitive). */
export async function searchTaxonomy(db: Database, q: string, options: { lang?: string; kind?: 'occupation' | 'skill'; limit?: number } = {}): Promise<SearchHit[]> {
  const term = q.trim().toLowerCase();
  if (!term) return [];
  const langs = preference(options.lang ?? 'fi');
  const limit = Math.min(100, Math.max(1, options.limit ?? 20));
  const escaped = term.replace(/[\\%_]/g, (c) => `\\${c}`);
  const kinds = options.kind ? [options.kind] : (['occupation', 'skill'] as const);
  const hits: Array<SearchHit & { rank: number }> = [];
  for (const kind of kinds) {
    const extra = kind === 'skill' ? `and c.concept_type = 'skill'` : '';
    const rows = await raw<{ id: string; label: string | null; matched: string; scheme: string; rank: number }>(
      db,
      `select c.id, ${labelSql(kind, 'c')} as label, m.matched, c.scheme, m.rank
         from (select * from (
                 select distinct on (l.${kind}_id) l.${kind}_id as id, l.label as matched,
                        (case when lower(l.label) = $1 then 0 when lower(l.label) like $3 || '%' then 1 else 2 end
                         + case when l.kind = 'preferred' then 0 else 0.5 end + length(l.label) / 1000.0)::float8 as rank
                   from ${kind}_label l
                  where lower(l.label) like '%' || $3 || '%' and l.kind <> 'hidden'
                  order by l.${kind}_id, rank) d
               order by rank limit $4) m
         join ${kind} c on c.id = m.id ${extra}
        order by m.rank`,
      [term, langArray(langs), escaped, limit],
    );
    for (const r of rows) hits.push({ id: r.id, kind, label: r.label ?? r.matched, matched: r.matched, scheme: r.scheme, rank: r.rank });
  }
  return hits
    .sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map(({ rank: _rank, ...hit }) => hit);
}
