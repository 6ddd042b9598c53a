// `polku taxonomy import PATH`: the official ESCO CSV package into the taxonomy tables, in one
// transaction. Concepts are upserted by URI (ids stay, so whatever refers to them keeps working),
// a language's labels are replaced, and the relations of the ESCO scheme are replaced when the
// package has them. Rows that break the format, or relations to concepts the classification does
// not have, are reported with file and line and left out; the rest goes in.
import { readEscoPackage, type EscoConcept, type EscoPackage, type EscoProblem } from '../../domain/skills/esco/package.ts';
import type { Database } from '../../db/connection.ts';
import { inChunks, raw, withDeferredChecks, type Executor } from './bulk.ts';
import { escoFiles } from './esco-files.ts';
import { linkPolkuToEsco } from './vocabulary.ts';

export interface ImportProgress {
  (step: string, done: number, total: number): void;
}

export interface ImportSummary {
  languages: string[];
  /** ESCO release from the file names (e.g. "v1.1.1"), when they tell. */
  version: string | null;
  /** Rows in the database after the import (ESCO scheme). */
  occupations: number;
  skills: number;
  skillGroups: number;
  occupationSkillRelations: number;
  skillHierarchyRelations: number;
  occupationHierarchyRelations: number;
  skillSkillRelations: number;
  iscoGroups: number;
  /** Polku concepts linked to ESCO concepts in this import. */
  linked: number;
  problems: EscoProblem[];
  seconds: number;
}

type Row = { id: string; uri: string };

async function upsertSkills(db: Executor, lang: string, skills: EscoConcept[], groups: EscoConcept[]): Promise<Row[]> {
  const rows = [...groups.map((c) => ({ c, type: 'group' })), ...skills.map((c) => ({ c, type: 'skill' }))];
  return inChunks<(typeof rows)[number], Row>(
    db,
    rows,
    [(r) => r.c.uri, (r) => r.type, (r) => r.c.skillType, (r) => r.c.reuseLevel, (r) => r.c.code, (r) => r.c.description, () => lang],
    `insert into skill (scheme, uri, esco_uri, concept_type, skill_type, reuse_level, code, description)
     select 'esco', u.uri, u.uri, u.concept_type, u.skill_type, u.reuse_level, u.code,
            case when coalesce(u.description, '') = '' then '{}'::jsonb else jsonb_build_object(u.lang, u.description) end
       from unnest($1::text::text[], $2::text::text[], $3::text::text[], $4::text::text[], $5::text::text[], $6::text::text[], $7::text::text[])
            as u(uri, concept_type, skill_type, reuse_level, code, description, lang)
     on conflict (uri) do update set
       concept_type = excluded.concept_type, skill_type = excluded.skill_type, reuse_level = excluded.reuse_level,
       code = excluded.code, description = skill.description || excluded.description, updated_at = now()
     returning id, uri`,
  );
}

async function upsertOccupations(db: Executor, lang: string, occupations: EscoConcept[]): Promise<Row[]> {
  return inChunks<EscoConcept, Row>(
    db,
    occupations,
    [(c) => c.uri, (c) => c.code, (c) => c.iscoGroup, (c) => c.description, () => lang],
    `insert into occupation (scheme, uri, esco_uri, code, isco_group, description)
     select 'esco', u.uri, u.uri, u.code, u.isco_group,
            case when coalesce(u.description, '') = '' then '{}'::jsonb else jsonb_build_object(u.lang, u.description) end
       from unnest($1::text::text[], $2::text::text[], $3::text::text[], $4::text::text[], $5::text::text[]) as u(uri, code, isco_group, description, lang)
     on conflict (uri) do update set
       code = excluded.code, isco_group = excluded.isco_group, description = occupation.description || excluded.description, updated_at = now()
     returning id, uri`,
  );
}

interface LabelRow {
  id: string;
  kind: string;
  label: string;
}

function labelRows(concepts: EscoConcept[], ids: Map<string, string>): LabelRow[] {
  const out: LabelRow[] = [];
  for (const c of concepts) {
    const id = ids.get(c.uri);
    if (!id) continue;
    out.push({ id, kind: 'preferred', label: c.preferred });
    const seen = new Set([c.preferred]);
    for (const label of c.alternative) if (!seen.has(label)) (seen.add(label), out.push({ id, kind: 'alternative', label }));
    const hidden = new Set<string>();
    for (const label of c.hidden) if (!hidden.has(label)) (hidden.add(label), out.push({ id, kind: 'hidden', label }));
  }
  return out;
}

async function replaceLabels(db: Executor, table: 'skill' | 'occupation', lang: string, rows: LabelRow[], onChunk: (done: number) => void) {
  const idColumn = `${table}_id`;
  await raw(db, `delete from ${table}_label l using ${table} c where c.id = l.${idColumn} and c.scheme = 'esco' and l.language = $1`, [lang]);
  await inChunks(
    db,
    rows,
    [(r) => r.id, (r) => r.kind, (r) => r.label, () => lang],
    `insert into ${table}_label (${idColumn}, language, kind, label)
     select u.id, u.lang, u.kind, u.label from unnest($1::text::uuid[], $2::text::text[], $3::text::text[], $4::text::text[]) as u(id, kind, label, lang)
     on conflict do nothing`,
    onChunk,
  );
}

async function uriMap(db: Executor, table: 'skill' | 'occupation'): Promise<Map<string, string>> {
  const rows = await raw<Row>(db, `select id, uri from ${table} where scheme = 'esco'`);
  return new Map(rows.map((r) => [r.uri, r.id]));
}

/** The ESCO release named in the package's file names ("ESCO dataset - v1.1.1 - …"). */
function versionOf(names: string[]): string | null {
  for (const name of names) {
    const match = /v(\d+(?:\.\d+)+)/i.exec(name);
    if (match) return `v${match[1]}`;
  }
  return null;
}

/** Imports the ESCO package at `path` (a ZIP, a folder of ZIPs, or a folder of CSV files). */
export async function importEscoPackage(db: Database, path: string, onProgress: ImportProgress = () => {}): Promise<ImportSummary> {
  const started = Date.now();
  const files = escoFiles(path);
  let read = 0;
  const pkg: EscoPackage = readEscoPackage(
    files.map((f) => ({
      name: f.name,
      read: () => {
        const text = f.read();
        onProgress('reading files', ++read, files.length);
        return text;
      },
    })),
  );
  const problems = [...pkg.problems];
  if (pkg.classifications.length === 0 && !pkg.relations) throw new Error(`${path}: no ESCO classification or relation files`);
  const version = versionOf(files.map((f) => f.name));

  const linked = await db.transaction().execute(async (trx) => {
    for (const c of pkg.classifications) {
      const lang = c.lang;
      const total = c.skills.length + c.skillGroups.length + c.occupations.length;
      // ISCO groups (their names are per language).
      await inChunks(
        trx,
        c.iscoGroups.filter((g) => g.code && /^\d{1,4}$/.test(g.code)),
        [(g) => g.code, (g) => g.uri, (g) => g.preferred, (g) => g.description, () => lang],
        `insert into isco_group (code, uri, label, description)
         select u.code, u.uri, jsonb_build_object(u.lang, u.label),
                case when coalesce(u.description, '') = '' then '{}'::jsonb else jsonb_build_object(u.lang, u.description) end
           from unnest($1::text::text[], $2::text::text[], $3::text::text[], $4::text::text[], $5::text::text[]) as u(code, uri, label, description, lang)
         on conflict (code) do update set uri = excluded.uri, label = isco_group.label || excluded.label,
           description = isco_group.description || excluded.description`,
      );
      onProgress(`concepts (${lang})`, 0, total);
      const skillIds = new Map((await upsertSkills(trx, lang, c.skills, c.skillGroups)).map((r) => [r.uri, r.id]));
      onProgress(`concepts (${lang})`, c.skills.length + c.skillGroups.length, total);
      const occupationIds = new Map((await upsertOccupations(trx, lang, c.occupations)).map((r) => [r.uri, r.id]));
      onProgress(`concepts (${lang})`, total, total);
      const skillLabels = labelRows([...c.skillGroups, ...c.skills], skillIds);
      const occupationLabels = labelRows(c.occupations, occupationIds);
      const labelTotal = skillLabels.length + occupationLabels.length;
      await withDeferredChecks(trx, ['skill_label', 'occupation_label'], async () => {
        await replaceLabels(trx, 'skill', lang, skillLabels, (done) => onProgress(`labels (${lang})`, done, labelTotal));
        await replaceLabels(trx, 'occupation', lang, occupationLabels, (done) => onProgress(`labels (${lang})`, skillLabels.length + done, labelTotal));
      });
      await raw(
        trx,
        `insert into taxonomy_source (scheme, language, version, counts, loaded_at) values ('esco', $1, $2, $3::jsonb, now())
         on conflict (scheme, language) do update set version = excluded.version, counts = excluded.counts, loaded_at = now()`,
        [lang, version, JSON.stringify({ occupations: c.occupations.length, skills: c.skills.length, skillGroups: c.skillGroups.length, iscoGroups: c.iscoGroups.length })],
      );
    }

    const relations = pkg.relations;
    if (relations) {
      const skills = await uriMap(trx, 'skill');
      const occupations = await uriMap(trx, 'occupation');
      const unknown = (file: string, line: number, what: string, uri: string) =>
        problems.push({ file, line, message: `unknown ${what} ${uri} (not in the classification): relation left out` });
      const resolve = <T extends { from: string; to: string; file: string; line: number }>(
        links: T[],
        from: Map<string, string>,
        to: Map<string, string>,
        fromWhat: string,
        toWhat: string,
      ) => {
        const out: Array<T & { fromId: string; toId: string }> = [];
        const seen = new Set<string>();
        for (const link of links) {
          const fromId = from.get(link.from);
          const toId = to.get(link.to);
          if (!fromId) unknown(link.file, link.line, fromWhat, link.from);
          else if (!toId) unknown(link.file, link.line, toWhat, link.to);
          else if (fromId !== toId && !seen.has(`${fromId} ${toId}`)) {
            seen.add(`${fromId} ${toId}`);
            out.push({ ...link, fromId, toId });
          }
        }
        return out;
      };
      const occupationSkill = resolve(relations.occupationSkill, occupations, skills, 'occupation', 'skill');
      const skillBroader = resolve(relations.skillBroader, skills, skills, 'skill', 'skill');
      const occupationBroader = resolve(relations.occupationBroader, occupations, occupations, 'occupation', 'occupation');
      const skillSkill = resolve(relations.skillSkill, skills, skills, 'skill', 'skill');
      const total = occupationSkill.length + skillBroader.length + occupationBroader.length + skillSkill.length;
      let done = 0;
      const step = (n: number) => onProgress('relations', done + n, total);
      const replace = async (table: string, columns: [string, string, string?], rows: Array<{ fromId: string; toId: string; relation?: string }>) => {
        await raw(trx, `delete from ${table} where scheme = 'esco'`);
        const [a, b, c] = columns;
        await inChunks(
          trx,
          rows,
          c ? [(r) => r.fromId, (r) => r.toId, (r) => r.relation] : [(r) => r.fromId, (r) => r.toId],
          c
            ? `insert into ${table} (${a}, ${b}, ${c}, scheme) select u.a, u.b, u.c, 'esco' from unnest($1::text::uuid[], $2::text::uuid[], $3::text::text[]) as u(a, b, c) on conflict do nothing`
            : `insert into ${table} (${a}, ${b}, scheme) select u.a, u.b, 'esco' from unnest($1::text::uuid[], $2::text::uuid[]) as u(a, b) on conflict do nothing`,
          step,
        );
        done += rows.length;
      };
      await withDeferredChecks(trx, ['occupation_skill', 'skill_broader', 'occupation_broader', 'skill_relation'], async () => {
        await replace('occupation_skill', ['occupation_id', 'skill_id', 'relation'], occupationSkill);
        await replace('skill_broader', ['skill_id', 'broader_id'], skillBroader);
        await replace('occupation_broader', ['occupation_id', 'broader_id'], occupationBroader);
        await replace('skill_relation', ['skill_id', 'related_id', 'relation'], skillSkill);
      });
      await raw(
        trx,
        `insert into taxonomy_source (scheme, language, version, counts, loaded_at) values ('esco', '*', $1, $2::jsonb, now())
         on conflict (scheme, language) do update set version = excluded.version, counts = excluded.counts, loaded_at = now()`,
        [version, JSON.stringify({ occupationSkill: occupationSkill.length, skillBroader: skillBroader.length, occupationBroader: occupationBroader.length, skillSkill: skillSkill.length })],
      );
    }
    onProgress('linking Polku to ESCO', 0, 1);
    const count = await linkPolkuToEsco(trx);
    onProgress('linking Polku to ESCO', 1, 1);
    return count;
  });

  const [counts] = await raw<Record<string, number>>(
    db,
    `select (select count(*) from occupation where scheme = 'esco')::int as occupations,
            (select count(*) from skill where scheme = 'esco' and concept_type = 'skill')::int as skills,
            (select count(*) from skill where scheme = 'esco' and concept_type = 'group')::int as groups,
            (select count(*) from occupation_skill where scheme = 'esco')::int as relations,
            (select count(*) from skill_broader where scheme = 'esco')::int as skill_broader,
            (select count(*) from occupation_broader where scheme = 'esco')::int as occupation_broader,
            (select count(*) from skill_relation where scheme = 'esco')::int as skill_skill,
            (select count(*) from isco_group)::int as isco`,
  );
  return {
    languages: pkg.classifications.map((c) => c.lang),
    version,
    occupations: counts.occupations,
    skills: counts.skills,
    skillGroups: counts.groups,
    occupationSkillRelations: counts.relations,
    skillHierarchyRelations: counts.skillBroader,
    occupationHierarchyRelations: counts.occupationBroader,
    skillSkillRelations: counts.skillSkill,
    iscoGroups: counts.isco,
    linked,
    problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    seconds: (Date.now() - started) / 1000,
  };
}
