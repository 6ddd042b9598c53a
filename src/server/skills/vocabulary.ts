// Loads Polku's own vocabulary (src/domain/skills/vocabulary) into the taxonomy tables. Called
// after migrations at start-up and by `polku migrate`; it does nothing when the database already
// has this version of the vocabulary, so it is cheap to call every time.
import type { Database } from '../../db/connection.ts';
import { builtInVocabulary, builtInVocabularyVersion, vocabularyLabels } from '../../domain/skills/vocabulary/index.ts';
import { inChunks, raw, type Executor } from './bulk.ts';

export interface VocabularyLoadResult {
  /** False when the database already had this version. */
  loaded: boolean;
  version: string;
  occupations: number;
  skills: number;
  relations: number;
}

type Row = { id: string; uri: string };

/** Loads the built-in vocabulary unless the database has this version already (idempotent). */
export async function loadBuiltInVocabulary(db: Database): Promise<VocabularyLoadResult> {
  const version = builtInVocabularyVersion();
  const vocabulary = builtInVocabulary();
  const result = { version, occupations: vocabulary.occupations.length, skills: vocabulary.skills.length, relations: 0 };
  for (const o of vocabulary.occupations) result.relations += o.essential.length + o.optional.length;
  const current = await raw<{ version: string | null }>(db, `select version from taxonomy_source where scheme = 'polku' and language = 'fi'`);
  if (current[0]?.version === version) return { loaded: false, ...result };
  if (vocabulary.problems.length > 0) throw new Error(`The built-in vocabulary has problems: ${vocabulary.problems.slice(0, 5).join('; ')}`);

  await db.transaction().execute(async (trx) => {
    const skillIds = new Map(
      (
        await inChunks<(typeof vocabulary.skills)[number], Row>(
          trx,
          vocabulary.skills,
          [(s) => s.uri],
          `insert into skill (scheme, uri, concept_type) select 'polku', u.uri, 'skill' from unnest($1::text::text[]) as u(uri)
           on conflict (uri) do update set updated_at = now() returning id, uri`,
        )
      ).map((r) => [r.uri, r.id]),
    );
    const occupationIds = new Map(
      (
        await inChunks<(typeof vocabulary.occupations)[number], Row>(
          trx,
          vocabulary.occupations,
          [(o) => o.uri, (o) => o.iscoGroup],
          `insert into occupation (scheme, uri, isco_group) select 'polku', u.uri, u.isco from unnest($1::text::text[], $2::text::text[]) as u(uri, isco)
           on conflict (uri) do update set isco_group = excluded.isco_group, updated_at = now() returning id, uri`,
        )
      ).map((r) => [r.uri, r.id]),
    );

    type LabelRow = { id: string; lang: string; kind: string; text: string };
    const labels = (concepts: Array<{ uri: string; labels: Parameters<typeof vocabularyLabels>[0] }>, ids: Map<string, string>): LabelRow[] => {
      const out: LabelRow[] = [];
      for (const c of concepts) {
        const id = ids.get(c.uri)!;
        const seen = new Set<string>();
        for (const l of vocabularyLabels(c.labels)) {
          const key = `${l.lang}|${l.kind}|${l.text}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ id, lang: l.lang, kind: l.kind, text: l.text });
        }
      }
      return out;
    };
    for (const table of ['skill', 'occupation'] as const) {
      await raw(trx, `delete from ${table}_label l using ${table} c where c.id = l.${table}_id and c.scheme = 'polku'`);
      const rows = table === 'skill' ? labels(vocabulary.skills, skillIds) : labels(vocabulary.occupations, occupationIds);
      await inChunks(
        trx,
        rows,
        [(r) => r.id, (r) => r.lang, (r) => r.kind, (r) => r.text],
        `insert into ${table}_label (${table}_id, language, kind, label)
         select u.id, u.lang, u.kind, u.label from unnest($1::text::uuid[], $2::text::text[], $3::text::text[], $4::text::text[]) as u(id, lang, kind, label)
         on conflict do nothing`,
      );
    }

    await raw(trx, `delete from occupation_skill where scheme = 'polku'`);
    const relations: Array<{ o: string; s: string; r: string }> = [];
    for (const o of vocabulary.occupations) {
      for (const key of o.essential) relations.push({ o: occupationIds.get(o.uri)!, s: skillIds.get(`urn:polku:skill:${key}`)!, r: 'essential' });
      for (const key of o.optional) relations.push({ o: occupationIds.get(o.uri)!, s: skillIds.get(`urn:polku:skill:${key}`)!, r: 'optional' });
    }
    await inChunks(
      trx,
      relations,
      [(x) => x.o, (x) => x.s, (x) => x.r],
      `insert into occupation_skill (occupation_id, skill_id, relation, scheme)
       select u.o, u.s, u.r, 'polku' from unnest($1::text::uuid[], $2::text::uuid[], $3::text::text[]) as u(o, s, r)
       on conflict (occupation_id, skill_id) do update set relation = excluded.relation, scheme = excluded.scheme`,
    );
    await raw(
      trx,
      `insert into taxonomy_source (scheme, language, version, counts, loaded_at) values ('polku', 'fi', $1, $2::jsonb, now())
       on conflict (scheme, language) do update set version = excluded.version, counts = excluded.counts, loaded_at = now()`,
      [version, JSON.stringify({ occupations: result.occupations, skills: result.skills, relations: result.relations })],
    );
    await linkPolkuToEsco(trx);
  });
  return { loaded: true, ...result };
}

/**
 * Links Polku concepts to the ESCO concepts they are, where exactly one ESCO concept qualifies:
 * an occupation whose English preferred label is the ESCO occupation's preferred or alternative
 * label (ignoring case) in the same ISCO-08 unit group; a skill whose English preferred label is
 * the ESCO skill's preferred label. Other links are cleared, so the links always follow the
 * current data. Returns the links made.
 */
export async function linkPolkuToEsco(db: Executor): Promise<number> {
  let linked = 0;
  for (const table of ['occupation', 'skill'] as const) {
    const sameGroup = table === 'occupation' ? 'and e.isco_group = p.isco_group' : `and e.concept_type = 'skill'`;
    const kinds = table === 'occupation' ? `el.kind in ('preferred', 'alternative')` : `el.kind = 'preferred'`;
    const rows = await raw<{ n: number }>(
      db,
      `with match as (
         select p.id, min(e.uri) as uri, count(distinct e.id) as n
           from ${table} p
           join ${table}_label pl on pl.${table}_id = p.id and pl.language = 'en' and pl.kind = 'preferred'
           join ${table}_label el on el.language = 'en' and ${kinds} and lower(el.label) = lower(pl.label)
           join ${table} e on e.id = el.${table}_id and e.scheme = 'esco' ${sameGroup}
          where p.scheme = 'polku'
          group by p.id),
       updated as (
         update ${table} p set esco_uri = m.uri
           from (select c.id, case when match.n = 1 then match.uri end as uri
                   from ${table} c left join match on match.id = c.id where c.scheme = 'polku') m
          where p.id = m.id and p.esco_uri is distinct from m.uri
          returning p.esco_uri)
       select count(*)::int as n from updated where esco_uri is not null`,
    );
    linked += rows[0]?.n ?? 0;
  }
  return linked;
}
