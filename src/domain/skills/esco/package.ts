// Reads the official ESCO CSV package (a language's classification files and the language-free
// relation files, as in the v1.1.x downloads) into plain records. Rows that break the format are
// reported with file and line and left out; everything else is kept.
import type { TaxonomyConcept, TaxonomyInput, TaxonomyRelation, RelationType } from '../types.ts';
import { readCsv } from './csv.ts';

export interface EscoProblem {
  file: string;
  line: number;
  message: string;
}

export interface EscoConcept {
  uri: string;
  preferred: string;
  alternative: string[];
  hidden: string[];
  description: string;
  /** ESCO code: occupations "7112.1", ISCO groups "7112", skill groups "S6.1". */
  code: string | null;
  /** Occupations: the ISCO-08 unit group. */
  iscoGroup: string | null;
  /** Skills: "skill/competence" or "knowledge". */
  skillType: string | null;
  /** Skills: "transversal", "cross-sector", "sector-specific", "occupation-specific". */
  reuseLevel: string | null;
  file: string;
  line: number;
}

export interface EscoClassification {
  lang: string;
  occupations: EscoConcept[];
  skills: EscoConcept[];
  skillGroups: EscoConcept[];
  iscoGroups: EscoConcept[];
}

export interface EscoLink {
  from: string;
  to: string;
  file: string;
  line: number;
}

export interface EscoRelations {
  occupationSkill: Array<EscoLink & { relation: RelationType }>;
  /** Skill or skill group → broader skill or skill group. */
  skillBroader: EscoLink[];
  /** Occupation → broader occupation (occupations under ISCO groups are given by iscoGroup). */
  occupationBroader: EscoLink[];
  skillSkill: Array<EscoLink & { relation: RelationType }>;
}

export interface EscoPackage {
  classifications: EscoClassification[];
  relations: EscoRelations | null;
  problems: EscoProblem[];
  /** Files that were read, and data rows in each. */
  files: Array<{ name: string; rows: number }>;
}

/** A file of the package: its base name and a way to read its text. */
export interface EscoFile {
  name: string;
  read: () => string;
}

const URI = /^https?:\/\/\S+$/;
const CLASSIFICATION = /^(occupations|skills|skillGroups|ISCOGroups)_([a-z]{2}(?:-[a-z]+)?)\.csv$/i;
const RELATION = /^(occupationSkillRelations|broaderRelationsSkillPillar|broaderRelationsOccPillar|skillSkillRelations)(?:_[a-z]{2}(?:-[a-z]+)?)?\.csv$/i;

/** Which files of a folder or archive belong to the package (by base name). */
export function isEscoFile(name: string): boolean {
  const base = name.split(/[\\/]/).pop() ?? name;
  return CLASSIFICATION.test(base) || RELATION.test(base);
}

const splitLabels = (value: string) => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of value.split(/\r?\n|\s\|\s/)) {
    const label = raw.trim();
    if (label && !seen.has(label)) {
      seen.add(label);
      out.push(label);
    }
  }
  return out;
};

interface Table {
  file: string;
  column: (name: string) => number;
  rows: Array<{ fields: string[]; line: number }>;
}

function readTable(file: EscoFile, required: string[], problems: EscoProblem[]): Table | null {
  let header: string[] | null = null;
  const rows: Table['rows'] = [];
  readCsv(
    file.read(),
    (record) => {
      if (!header) {
        header = record.fields.map((f) => f.trim());
        return;
      }
      if (record.fields.length !== header.length) {
        problems.push({ file: file.name, line: record.line, message: `expected ${header.length} fields, found ${record.fields.length}` });
        return;
      }
      rows.push(record);
    },
    (problem) => problems.push({ file: file.name, line: problem.line, message: problem.message }),
  );
  if (!header) {
    problems.push({ file: file.name, line: 1, message: 'empty file' });
    return null;
  }
  const columns: string[] = header;
  const missing = required.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    problems.push({ file: file.name, line: 1, message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` });
    return null;
  }
  return { file: file.name, column: (name) => columns.indexOf(name), rows };
}

function readConcepts(file: EscoFile, kind: string, problems: EscoProblem[]): EscoConcept[] {
  const uriColumn = 'conceptUri';
  const table = readTable(file, [uriColumn, 'preferredLabel'], problems);
  if (!table) return [];
  const col = (name: string) => table.column(name);
  const [cUri, cPref, cAlt, cHidden, cDesc, cCode, cIsco, cType, cReuse] = [
    col(uriColumn), col('preferredLabel'), col('altLabels'), col('hiddenLabels'), col('description'), col('code'), col('iscoGroup'), col('skillType'), col('reuseLevel'),
  ];
  const out: EscoConcept[] = [];
  const seen = new Set<string>();
  for (const { fields, line } of table.rows) {
    const uri = fields[cUri].trim();
    const preferred = fields[cPref].trim();
    const problem = (message: string) => problems.push({ file: table.file, line, message });
    if (!URI.test(uri)) {
      problem(`${kind}: not a URI: "${uri.slice(0, 80)}"`);
      continue;
    }
    if (!preferred) {
      problem(`${kind} ${uri}: no preferred label`);
      continue;
    }
    if (seen.has(uri)) {
      problem(`${kind} ${uri}: listed twice`);
      continue;
    }
    const iscoGroup = cIsco >= 0 ? fields[cIsco].trim() : '';
    if (kind === 'occupation' && !/^\d{4}$/.test(iscoGroup)) {
      problem(`occupation ${uri}: ISCO group "${iscoGroup}" is not a four-digit code`);
      continue;
    }
    seen.add(uri);
    const alternative = cAlt >= 0 ? splitLabels(fields[cAlt]).filter((l) => l !== preferred) : [];
    out.push({
      uri,
      preferred,
      alternative,
      hidden: cHidden >= 0 ? splitLabels(fields[cHidden]) : [],
      description: cDesc >= 0 ? fields[cDesc].trim() : '',
      code: cCode >= 0 && fields[cCode].trim() ? fields[cCode].trim() : null,
      iscoGroup: iscoGroup || null,
      skillType: cType >= 0 && fields[cType].trim() ? fields[cType].trim() : null,
      reuseLevel: cReuse >= 0 && fields[cReuse].trim() ? fields[cReuse].trim() : null,
      file: table.file,
      line,
    });
  }
  return out;
}

function readLinks(
  file: EscoFile,
  fromColumn: string,
  toColumn: string,
  problems: EscoProblem[],
  options: { relation?: string; filter?: (fields: string[], col: (name: string) => number) => boolean } = {},
): Array<EscoLink & { relation: RelationType }> {
  const required = [fromColumn, toColumn, ...(options.relation ? [options.relation] : [])];
  const table = readTable(file, required, problems);
  if (!table) return [];
  const cFrom = table.column(fromColumn);
  const cTo = table.column(toColumn);
  const cRel = options.relation ? table.column(options.relation) : -1;
  const out: Array<EscoLink & { relation: RelationType }> = [];
  for (const { fields, line } of table.rows) {
    if (options.filter && !options.filter(fields, table.column)) continue;
    const from = fields[cFrom].trim();
    const to = fields[cTo].trim();
    if (!URI.test(from) || !URI.test(to)) {
      problems.push({ file: table.file, line, message: `not a URI: "${(URI.test(from) ? to : from).slice(0, 80)}"` });
      continue;
    }
    let relation: RelationType = 'optional';
    if (cRel >= 0) {
      const value = fields[cRel].trim();
      if (value !== 'essential' && value !== 'optional') {
        problems.push({ file: table.file, line, message: `relation type "${value}" is neither essential nor optional` });
        continue;
      }
      relation = value;
    }
    out.push({ from, to, relation, file: table.file, line });
  }
  return out;
}

/** Reads the package's files; unknown files are ignored. */
export function readEscoPackage(files: EscoFile[]): EscoPackage {
  const problems: EscoProblem[] = [];
  const byLang = new Map<string, EscoClassification>();
  const counted: EscoPackage['files'] = [];
  let relations: EscoRelations | null = null;
  const relationsOf = () => (relations ??= { occupationSkill: [], skillBroader: [], occupationBroader: [], skillSkill: [] });
  const count = (name: string, before: number, after: number) => counted.push({ name, rows: after - before });
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const base = file.name.split(/[\\/:]/).pop() ?? file.name;
    const classification = CLASSIFICATION.exec(base);
    if (classification) {
      const lang = classification[2].toLowerCase();
      let target = byLang.get(lang);
      if (!target) byLang.set(lang, (target = { lang, occupations: [], skills: [], skillGroups: [], iscoGroups: [] }));
      const kind = classification[1].toLowerCase();
      const named = { name: base, read: file.read };
      const list =
        kind === 'occupations'
          ? (target.occupations = readConcepts(named, 'occupation', problems))
          : kind === 'skills'
            ? (target.skills = readConcepts(named, 'skill', problems))
            : kind === 'skillgroups'
              ? (target.skillGroups = readConcepts(named, 'skill group', problems))
              : (target.iscoGroups = readConcepts(named, 'ISCO group', problems));
      count(base, 0, list.length);
      continue;
    }
    const relation = RELATION.exec(base);
    if (!relation) continue;
    const named = { name: base, read: file.read };
    const r = relationsOf();
    const kind = relation[1].toLowerCase();
    if (kind === 'occupationskillrelations') {
      r.occupationSkill = readLinks(named, 'occupationUri', 'skillUri', problems, { relation: 'relationType' });
      count(base, 0, r.occupationSkill.length);
    } else if (kind === 'broaderrelationsskillpillar') {
      r.skillBroader = readLinks(named, 'conceptUri', 'broaderUri', problems);
      count(base, 0, r.skillBroader.length);
    } else if (kind === 'broaderrelationsoccpillar') {
      // Occupations under occupations; the ISCO hierarchy is kept as the occupations' codes.
      r.occupationBroader = readLinks(named, 'conceptUri', 'broaderUri', problems, {
        filter: (fields, col) => fields[col('conceptType')] === 'Occupation' && fields[col('broaderType')] === 'Occupation',
      });
      count(base, 0, r.occupationBroader.length);
    } else {
      r.skillSkill = readLinks(named, 'originalSkillUri', 'relatedSkillUri', problems, { relation: 'relationType' });
      count(base, 0, r.skillSkill.length);
    }
  }
  return { classifications: [...byLang.values()], relations, problems, files: counted };
}

/** The package as index input, with the URIs as ids (for building an index without a database). */
export function escoTaxonomy(pkg: EscoPackage): TaxonomyInput {
  const concepts = new Map<string, TaxonomyConcept>();
  for (const classification of pkg.classifications) {
    const add = (list: EscoConcept[], kind: 'occupation' | 'skill') => {
      for (const c of list) {
        let concept = concepts.get(c.uri);
        if (!concept) {
          concept = { kind, id: c.uri, scheme: 'esco', uri: c.uri, escoUri: c.uri, iscoGroup: c.iscoGroup, labels: [] };
          concepts.set(c.uri, concept);
        }
        const lang = classification.lang;
        concept.labels.push({ lang, kind: 'preferred', text: c.preferred });
        for (const text of c.alternative) concept.labels.push({ lang, kind: 'alternative', text });
        for (const text of c.hidden) concept.labels.push({ lang, kind: 'hidden', text });
      }
    };
    add(classification.occupations, 'occupation');
    add(classification.skills, 'skill');
  }
  const relations: TaxonomyRelation[] = [];
  for (const r of pkg.relations?.occupationSkill ?? []) {
    if (concepts.has(r.from) && concepts.has(r.to)) relations.push({ occupationId: r.from, skillId: r.to, relation: r.relation });
  }
  return { concepts: [...concepts.values()], relations };
}
