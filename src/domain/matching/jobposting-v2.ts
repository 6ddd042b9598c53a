// Reading Job Market Finland (Työmarkkinatori) job postings, JobPostingV2 JSON, one posting per
// line. The exact published schema was not available to us (docs/skills.md lists what we assume),
// so the reader is tolerant: each field is looked for under the names the interface and its
// Finnish variants use, localised texts may be plain strings, {fi, sv, en} maps or lists of
// {language, value}; unknown fields are ignored. Only the id and the title are required.
import type { EmploymentType, WorkingTime } from '../codes.ts';

export interface ImportedPosting {
  sourceId: string;
  title: string;
  description: string;
  employerName: string;
  businessId: string | null;
  /** ESCO (or other) URIs of the main occupation and the others. */
  mainOccupationUri: string | null;
  occupationUris: string[];
  skillUris: string[];
  municipalityCode: string | null;
  workingTime: WorkingTime | null;
  employmentType: EmploymentType | null;
  openPositions: number;
  expiresOn: string | null;
  url: string | null;
  language: string | null;
}

export interface LineProblem {
  line: number;
  message: string;
}

export interface ParsedFile {
  postings: Array<{ line: number; posting: ImportedPosting }>;
  problems: LineProblem[];
  /** Set when the file as a whole is not JSON Lines of postings. */
  malformed: string | null;
  lines: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at the first of the dotted paths that has one. */
function first(record: Obj, paths: string[]): Json | undefined {
  for (const path of paths) {
    let node: Json | undefined = record;
    for (const part of path.split('.')) {
      if (Array.isArray(node) && /^\d+$/.test(part)) node = node[Number(part)];
      else node = isObj(node) ? node[part] : undefined;
      if (node === undefined || node === null) break;
    }
    if (node !== undefined && node !== null && node !== '') return node;
  }
  return undefined;
}

const LANG_PREFERENCE = ['fi', 'sv', 'en'];

/** A text from a string, {fi, sv, en}, [{language, value}] or {values: [...]}. */
export function localized(value: Json | undefined): { text: string; language: string | null } | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() ? { text: value.trim(), language: null } : null;
  if (typeof value === 'number') return { text: String(value), language: null };
  if (Array.isArray(value)) {
    const items = value
      .filter(isObj)
      .map((v) => ({ language: String(v.language ?? v.lang ?? v.languageCode ?? '').slice(0, 2).toLowerCase(), text: String(v.value ?? v.text ?? v.content ?? '').trim() }))
      .filter((v) => v.text);
    for (const lang of LANG_PREFERENCE) {
      const hit = items.find((i) => i.language === lang);
      if (hit) return { text: hit.text, language: lang };
    }
    return items[0] ? { text: items[0].text, language: items[0].language || null } : null;
  }
  if (isObj(value)) {
    if ('values' in value) return localized(value.values);
    for (const lang of LANG_PREFERENCE) {
      const v = value[lang] ?? value[lang.toUpperCase()] ?? value[`${lang}_FI`];
      if (typeof v === 'string' && v.trim()) return { text: v.trim(), language: lang };
    }
    for (const v of Object.values(value)) if (typeof v === 'string' && v.trim()) return { text: v.trim(), language: null };
  }
  return null;
}

/** A concept reference: a URI string, or an object with escoUri / uri / conceptUri / code. */
function conceptUri(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (isObj(value)) {
    const v = first(value, ['escoUri', 'uri', 'conceptUri', 'esco.uri', 'occupationUri', 'skillUri', 'id']);
    return typeof v === 'string' && v.trim() ? v.trim() : null;
  }
  return null;
}

const list = (value: Json | undefined): Json[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

const WORKING_TIME: Array<[RegExp, WorkingTime]> = [
  [/^(full[_ -]?time|fulltime|kokoaika|kokoaikatyo|kokoaikainen|heltid|01)$/i, 'full_time'],
  [/^(part[_ -]?time|parttime|osa-?aika|osa-?aikatyo|osa-?aikainen|deltid|02)$/i, 'part_time'],
];
const EMPLOYMENT: Array<[RegExp, EmploymentType]> = [
  [/^(permanent|vakituinen|toistaiseksi[_ ]voimassa[_ ]oleva|tillsvidare|01)$/i, 'permanent'],
  [/^(fixed[_ -]?term|temporary|maaraaikainen|määräaikainen|visstid|02)$/i, 'fixed_term'],
  [/^(seasonal|summer(_job)?|kesatyo|kesätyö|sommarjobb|03)$/i, 'seasonal'],
  [/^(apprenticeship|oppisopimus|läroavtal|04)$/i, 'apprenticeship'],
];

function code<T>(value: Json | undefined, table: Array<[RegExp, T]>, fallback: T | null): T | null {
  const raw = isObj(value) ? first(value, ['code', 'value', 'id']) : value;
  if (raw === undefined || raw === null) return null;
  const text = String(raw).trim();
  for (const [pattern, out] of table) if (pattern.test(text)) return out;
  return fallback;
}

function dateOf(value: Json | undefined): string | null | 'invalid' {
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m) {
    // An instant at the end of a Finnish day (…T21:59:59Z) is still that day in Finland.
    if (text.length > 10) {
      const d = new Date(text);
      if (Number.isNaN(d.getTime())) return 'invalid';
      return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(d);
    }
    const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text.slice(0, 10) ? 'invalid' : text.slice(0, 10);
  }
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (fi) return dateOf(`${fi[3]}-${fi[2].padStart(2, '0')}-${fi[1].padStart(2, '0')}`);
  return 'invalid';
}

/** One line's posting, or the reason it cannot be read. */
export function readPosting(record: unknown): { ok: true; posting: ImportedPosting } | { ok: false; message: string } {
  if (!isObj(record)) return { ok: false, message: 'not a JSON object' };
  const id = first(record, ['jobPostingId', 'id', 'postingId', 'ilmoitusnumero', 'ilmoitusId', 'basicInfo.id']);
  if (id === undefined || (typeof id !== 'string' && typeof id !== 'number') || !String(id).trim()) return { ok: false, message: 'no id (jobPostingId)' };
  const title = localized(first(record, ['title', 'basicInfo.title', 'jobTitle', 'otsikko', 'name', 'position.title']));
  if (!title) return { ok: false, message: 'no title' };
  if (title.text.length > 200) return { ok: false, message: 'title longer than 200 characters' };
  const description = localized(first(record, ['description', 'basicInfo.description', 'jobDescription', 'kuvaus', 'position.description']));
  const employer = first(record, ['employer', 'hiringOrganization', 'company', 'organization']);
  const employerName =
    localized(isObj(employer) ? first(employer, ['name', 'businessName', 'tradeName']) : employer) ?? localized(first(record, ['employerName', 'companyName', 'tyonantaja']));
  const businessIdRaw = (isObj(employer) ? first(employer, ['businessId', 'ytunnus']) : undefined) ?? first(record, ['businessId', 'ytunnus']);
  const businessId = typeof businessIdRaw === 'string' && /^\d{7}-\d$/.test(businessIdRaw.trim()) ? businessIdRaw.trim() : null;

  const main = conceptUri(first(record, ['mainOccupation', 'occupation', 'basicInfo.occupation', 'basicInfo.mainOccupation', 'ammatti']));
  const occupations = list(first(record, ['occupations', 'basicInfo.occupations', 'additionalOccupations'])).map(conceptUri).filter((u): u is string => Boolean(u));
  const skills = list(first(record, ['skills', 'competences', 'competencies', 'requirements.skills', 'osaamiset']))
    .map(conceptUri)
    .filter((u): u is string => Boolean(u));

  const location = first(record, ['location', 'workLocation', 'workLocations.0', 'locations.0', 'sijainti']);
  const municipalityRaw =
    (isObj(location) ? first(location, ['municipalityCode', 'municipality.code', 'municipality', 'municipalities.0', 'kuntakoodi']) : undefined) ??
    first(record, ['municipalityCode', 'municipality', 'kunta']);
  const municipalityText = municipalityRaw === undefined ? null : String(isObj(municipalityRaw) ? (first(municipalityRaw, ['code', 'value']) ?? '') : municipalityRaw).trim();
  if (municipalityText && !/^\d{1,3}$/.test(municipalityText)) return { ok: false, message: `municipality code "${municipalityText}" is not a Statistics Finland code` };
  const municipalityCode = municipalityText ? municipalityText.padStart(3, '0') : null;

  const positionsRaw = first(record, ['numberOfPositions', 'openPositions', 'positions', 'vacancies', 'paikkojenMaara', 'basicInfo.numberOfPositions']);
  let openPositions = 1;
  if (positionsRaw !== undefined) {
    const n = Number(positionsRaw);
    if (!Number.isInteger(n) || n < 1 || n > 10_000) return { ok: false, message: `number of positions "${String(positionsRaw)}" is not a whole number 1–10000` };
    openPositions = n;
  }
  const expires = dateOf(first(record, ['applicationPeriodEnd', 'applicationEndDate', 'applicationPeriod.end', 'validThrough', 'expires', 'publicationEnds', 'hakuPaattyy']));
  if (expires === 'invalid') return { ok: false, message: 'the application end date is not a date' };
  const url = first(record, ['url', 'link', 'jobPostingUrl', 'sourceUrl', 'links.self']);
  const urlText = typeof url === 'string' && /^https?:\/\//.test(url.trim()) ? url.trim() : null;

  return {
    ok: true,
    posting: {
      sourceId: String(id).trim(),
      title: title.text,
      description: description?.text ?? '',
      employerName: employerName?.text ?? '',
      businessId,
      mainOccupationUri: main,
      occupationUris: occupations.filter((u) => u !== main),
      skillUris: [...new Set(skills)],
      municipalityCode,
      workingTime: code(first(record, ['workTime', 'workingTime', 'workingHours', 'basicInfo.workTime', 'tyoaika']), WORKING_TIME, null),
      employmentType: code(first(record, ['employmentType', 'employmentRelationship', 'typeOfEmployment', 'basicInfo.employmentType', 'tyosuhde']), EMPLOYMENT, 'other'),
      openPositions,
      expiresOn: expires,
      url: urlText,
      language: title.language ?? (typeof record.language === 'string' ? record.language.slice(0, 2).toLowerCase() : null),
    },
  };
}

/** Reads a whole JSON Lines file. Blank lines are skipped; line numbers count from 1. */
export function readJobPostingLines(text: string): ParsedFile {
  const out: ParsedFile = { postings: [], problems: [], malformed: null, lines: 0 };
  if (text.includes('\u0000')) return { ...out, malformed: 'not a text file' };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const firstLine = lines.find((l) => l.trim());
  if (!firstLine) return { ...out, malformed: 'the file is empty' };
  if (firstLine.trim().startsWith('[')) return { ...out, malformed: 'a JSON array: expected one JSON object per line (JSON Lines)' };
  let parsedAny = false;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    out.lines++;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      out.problems.push({ line: i + 1, message: `not valid JSON (${(error as Error).message.split('\n')[0]})` });
      return;
    }
    parsedAny = true;
    const result = readPosting(record);
    if (result.ok) out.postings.push({ line: i + 1, posting: result.posting });
    else out.problems.push({ line: i + 1, message: result.message });
  });
  if (!parsedAny) out.malformed = 'no line is a JSON object';
  return out;
}
