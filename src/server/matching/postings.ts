// Job postings: employers (role employer) create, edit and close their own organisation's
// postings; every signed-in user reads the open ones. Postings imported from Job Market Finland
// keep their source and link (its terms ask for the citation) and are changed only by re-import.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import type { WorkingTime } from '../../domain/codes.ts';
import type { PostingProfile } from '../../domain/matching/match.ts';
import type { Actor } from '../access/actor.ts';
import { AppError, forbidden, invalidField, notFound } from '../errors.ts';
import type { TPostingCreate, TPostingUpdate } from './schemas.ts';
import { matchTaxonomyFor, type ServerTaxonomy } from './taxonomy.ts';

type Db = Database | Transaction<DB>;

export const SOURCE_NAMES: Record<string, string> = { polku: 'Polku', tyomarkkinatori: 'Työmarkkinatori (Job Market Finland)' };
/** Where a Job Market Finland posting without its own link is cited to. */
export const TYOMARKKINATORI_URL = 'https://tyomarkkinatori.fi/';

export interface ConceptRef {
  id: string;
  label: string;
}

export interface PostingView {
  id: string;
  employer: { id: string | null; name: string };
  title: string;
  description: string;
  mainOccupation: ConceptRef | null;
  occupations: ConceptRef[];
  skills: ConceptRef[];
  municipalityCode: string | null;
  workingTime: string | null;
  employmentType: string | null;
  openPositions: number;
  expiresOn: string | null;
  status: string;
  /** Where the posting comes from; imported ones cite their source with a link. */
  source: { kind: string; name: string; id: string | null; url: string | null };
  own: boolean;
  updatedAt: string;
}

const COLUMNS = [
  'jobPosting.id',
  'jobPosting.employerId',
  'jobPosting.employerName',
  'jobPosting.title',
  'jobPosting.description',
  'jobPosting.mainOccupationId',
  'jobPosting.municipalityCode',
  'jobPosting.workingTime',
  'jobPosting.employmentType',
  'jobPosting.openPositions',
  'jobPosting.expiresOn',
  'jobPosting.status',
  'jobPosting.source',
  'jobPosting.sourceId',
  'jobPosting.sourceUrl',
  'jobPosting.updatedAt',
] as const;

type PostingRow = {
  id: string;
  employerId: string | null;
  employerName: string;
  title: string;
  description: string;
  mainOccupationId: string | null;
  municipalityCode: string | null;
  workingTime: string | null;
  employmentType: string | null;
  openPositions: number;
  expiresOn: string | null;
  status: string;
  source: string;
  sourceId: string | null;
  sourceUrl: string | null;
  updatedAt: Date | string;
};

export async function postingConcepts(db: Db, ids: string[]): Promise<Map<string, { occupations: string[]; skills: string[] }>> {
  const out = new Map<string, { occupations: string[]; skills: string[] }>();
  for (const id of ids) out.set(id, { occupations: [], skills: [] });
  if (ids.length === 0) return out;
  // Large sets travel as one array parameter.
  const rows = await db
    .selectFrom('jobPostingConcept')
    .select(['postingId', 'occupationId', 'skillId'])
    .where(sql<boolean>`posting_id = any(${`{${ids.join(',')}}`}::uuid[])`)
    .execute();
  for (const r of rows) {
    const entry = out.get(r.postingId)!;
    if (r.occupationId) entry.occupations.push(r.occupationId);
    else if (r.skillId) entry.skills.push(r.skillId);
  }
  return out;
}

function toView(row: PostingRow, concepts: { occupations: string[]; skills: string[] }, taxonomy: ServerTaxonomy, lang: string, actor: Actor | null): PostingView {
  const ref = (id: string) => ({ id, label: taxonomy.label(id, lang) });
  return {
    id: row.id,
    employer: { id: row.employerId, name: row.employerName },
    title: row.title,
    description: row.description,
    mainOccupation: row.mainOccupationId ? ref(row.mainOccupationId) : null,
    occupations: concepts.occupations.map(ref),
    skills: concepts.skills.map(ref),
    municipalityCode: row.municipalityCode,
    workingTime: row.workingTime,
    employmentType: row.employmentType,
    openPositions: row.openPositions,
    expiresOn: row.expiresOn,
    status: row.status,
    source: {
      kind: row.source,
      name: SOURCE_NAMES[row.source] ?? row.source,
      id: row.sourceId,
      url: row.source === 'polku' ? null : (row.sourceUrl ?? TYOMARKKINATORI_URL),
    },
    own: Boolean(actor && actor.role === 'employer' && row.employerId && actor.organisationId === row.employerId),
    updatedAt: row.updatedAt instanceof Date ? row.updatedAt.toISOString() : row.updatedAt,
  };
}

/** Views of posting rows; the taxonomy comes from the caller (looked up outside any transaction). */
export async function postingViews(db: Db, rows: PostingRow[], actor: Actor | null, lang: string, taxonomy: ServerTaxonomy): Promise<PostingView[]> {
  const concepts = await postingConcepts(db, rows.map((r) => r.id));
  return rows.map((r) => toView(r, concepts.get(r.id)!, taxonomy, lang, actor));
}

/** Open postings whose expiry date has not passed. */
const isOpen = sql<boolean>`job_posting.status = 'open' and (job_posting.expires_on is null or job_posting.expires_on >= current_date)`;

export async function listPostings(db: Database, actor: Actor, query: { mine?: string; q?: string; limit?: number }, lang: string): Promise<PostingView[]> {
  let qb = db.selectFrom('jobPosting').select(COLUMNS).orderBy('jobPosting.updatedAt', 'desc').orderBy('jobPosting.id').limit(query.limit ?? 100);
  if (query.mine) {
    const employerId = requireEmployer(actor);
    qb = qb.where('jobPosting.employerId', '=', employerId);
  } else {
    qb = qb.where(isOpen);
  }
  if (query.q) {
    const term = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb = qb.where((eb) => eb.or([eb(sql`lower(job_posting.title)`, 'like', term), eb(sql`lower(job_posting.employer_name)`, 'like', term)]));
  }
  return postingViews(db, (await qb.execute()) as PostingRow[], actor, lang, await matchTaxonomyFor(db));
}

async function loadRow(db: Db, id: string): Promise<PostingRow | undefined> {
  return (await db.selectFrom('jobPosting').select(COLUMNS).where('jobPosting.id', '=', id).executeTakeFirst()) as PostingRow | undefined;
}

/** An open posting, or any posting of the employer's own organisation. */
export async function getPosting(db: Database, actor: Actor, id: string, lang: string): Promise<PostingView> {
  const row = await loadRow(db, id);
  if (!row) throw notFound('posting');
  const own = actor.role === 'employer' && actor.organisationId === row.employerId;
  const open = row.status === 'open' && (!row.expiresOn || row.expiresOn >= new Date().toISOString().slice(0, 10));
  if (!own && !open && actor.role !== 'admin') throw notFound('posting');
  return (await postingViews(db, [row], actor, lang, await matchTaxonomyFor(db)))[0];
}

export function requireEmployer(actor: Actor): string {
  if (actor.role !== 'employer' || !actor.organisationId) throw forbidden('postings are made by employers');
  return actor.organisationId;
}

function checkConcepts(taxonomy: ServerTaxonomy, input: { mainOccupationId?: string | null; occupationIds?: string[]; skillIds?: string[] }) {
  if (input.mainOccupationId && taxonomy.kind(input.mainOccupationId) !== 'occupation') throw invalidField('mainOccupationId', 'errors.unknownOccupation');
  input.occupationIds?.forEach((id, i) => {
    if (taxonomy.kind(id) !== 'occupation') throw invalidField(`occupationIds.${i}`, 'errors.unknownOccupation');
  });
  input.skillIds?.forEach((id, i) => {
    if (taxonomy.kind(id) !== 'skill') throw invalidField(`skillIds.${i}`, 'errors.unknownSkill');
  });
}

export async function replaceConcepts(db: Db, postingId: string, occupationIds: string[], skillIds: string[]) {
  await db.deleteFrom('jobPostingConcept').where('postingId', '=', postingId).execute();
  const rows = [
    ...[...new Set(occupationIds)].map((occupationId) => ({ postingId, occupationId, skillId: null })),
    ...[...new Set(skillIds)].map((skillId) => ({ postingId, occupationId: null, skillId })),
  ];
  if (rows.length) await db.insertInto('jobPostingConcept').values(rows).execute();
}

export async function createPosting(db: Database, actor: Actor, input: TPostingCreate, lang: string): Promise<PostingView> {
  const employerId = requireEmployer(actor);
  const taxonomy = await matchTaxonomyFor(db);
  checkConcepts(taxonomy, input);
  return db.transaction().execute(async (trx) => {
    const employer = await trx.selectFrom('organisation').select('name').where('id', '=', employerId).where('kind', '=', 'employer').executeTakeFirst();
    if (!employer) throw forbidden('not an employer organisation');
    const { id } = await trx
      .insertInto('jobPosting')
      .values({
        employerId,
        employerName: employer.name,
        title: input.title,
        description: input.description ?? '',
        mainOccupationId: input.mainOccupationId ?? null,
        municipalityCode: input.municipalityCode ?? null,
        workingTime: input.workingTime ?? null,
        employmentType: input.employmentType ?? null,
        openPositions: input.openPositions ?? 1,
        expiresOn: input.expiresOn ?? null,
        createdBy: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceConcepts(trx, id, input.occupationIds ?? [], input.skillIds ?? []);
    return (await postingViews(trx, [(await loadRow(trx, id))!], actor, lang, taxonomy))[0];
  });
}

export async function updatePosting(db: Database, actor: Actor, id: string, input: TPostingUpdate, lang: string): Promise<PostingView> {
  const employerId = requireEmployer(actor);
  const taxonomy = await matchTaxonomyFor(db);
  checkConcepts(taxonomy, input);
  return db.transaction().execute(async (trx) => {
    const row = await loadRow(trx, id);
    if (!row || row.employerId !== employerId) throw notFound('posting');
    if (row.source !== 'polku') throw new AppError(409, 'errors.importedPostingReadOnly', 'imported postings change by re-import');
    const { occupationIds, skillIds, ...fields } = input;
    const set: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) set[key] = key === 'description' ? (value ?? '') : value;
    await trx
      .updateTable('jobPosting')
      .set({ ...set, updatedAt: sql`now()` })
      .where('id', '=', id)
      .execute();
    if (occupationIds || skillIds) {
      const current = (await postingConcepts(trx, [id])).get(id)!;
      await replaceConcepts(trx, id, occupationIds ?? current.occupations, skillIds ?? current.skills);
    }
    return (await postingViews(trx, [(await loadRow(trx, id))!], actor, lang, taxonomy))[0];
  });
}

/** Open postings as the matcher sees them (optionally only some). */
export async function openPostingProfiles(db: Db, ids?: string[]): Promise<Array<PostingProfile & { row: PostingRow }>> {
  let qb = db.selectFrom('jobPosting').select(COLUMNS).where(isOpen);
  if (ids) {
    if (ids.length === 0) return [];
    qb = qb.where(sql<boolean>`job_posting.id = any(${`{${ids.join(',')}}`}::uuid[])`);
  }
  const rows = (await qb.execute()) as PostingRow[];
  const concepts = await postingConcepts(db, rows.map((r) => r.id));
  return rows.map((row) => {
    const c = concepts.get(row.id)!;
    return {
      id: row.id,
      mainOccupation: row.mainOccupationId,
      occupations: c.occupations,
      skills: c.skills,
      municipalityCode: row.municipalityCode,
      workingTime: row.workingTime as WorkingTime | null,
      row,
    };
  });
}

export { loadRow as loadPostingRow, type PostingRow };
