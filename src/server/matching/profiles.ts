// Job seeker profiles. The client and the staff who serve them (in scope) read and edit the
// content, every time logged; only the client sets who else sees it. Employers read a profile
// only when its owner made it public or showed it to them, and each such read is logged with the
// ground job_seeker_consent. An employer never sees anything of the pathway, only the profile.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import type { ProfileVisibility, WorkingTime } from '../../domain/codes.ts';
import type { SeekerProfile } from '../../domain/matching/match.ts';
import type { Actor } from '../access/actor.ts';
import { authorizeClient, clientInScope, logAccess } from '../access/scope.ts';
import { AppError, forbidden, invalidField, notFound } from '../errors.ts';
import type { TProfileContent, TVisibility } from './schemas.ts';
import { matchTaxonomyFor, type ServerTaxonomy } from './taxonomy.ts';

type Db = Database | Transaction<DB>;

export interface ConceptView {
  id: string;
  label: string;
  scheme: 'esco' | 'polku' | null;
  aspiration: boolean;
}

export interface ProfileContentView {
  occupations: ConceptView[];
  skills: ConceptView[];
  workHistory: TProfileContent['workHistory'];
  education: TProfileContent['education'];
  languages: TProfileContent['languages'];
  municipalityCodes: string[];
  workingTimes: WorkingTime[];
  wishes: string | null;
}

export interface ProfileView extends ProfileContentView {
  clientId: string;
  exists: boolean;
  deliveryModes: string[];
  visibility: ProfileVisibility;
  employers: Array<{ id: string; name: string }>;
  updatedAt: string | null;
}

/** What an employer sees: the profile, a first name and initial, and the unit to contact. */
export interface EmployerProfileView extends ProfileContentView {
  clientId: string;
  displayName: string;
  contactUnit: string;
}

interface ProfileRow {
  clientId: string;
  workHistory: unknown;
  education: unknown;
  languages: unknown;
  municipalityCodes: string[];
  workingTimes: string[];
  deliveryModes: string[];
  wishes: string | null;
  visibility: string;
  updatedAt: Date | string;
}

interface ConceptRow {
  clientId: string;
  occupationId: string | null;
  skillId: string | null;
  aspiration: boolean;
}

const toIso = (v: Date | string | null) => (v === null ? null : v instanceof Date ? v.toISOString() : v);

/** A uuid[] literal for `= any(...)`: one parameter however many ids (ids are UUIDs, no quoting). */
export const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

async function conceptsOf(db: Db, clientIds: string[]): Promise<Map<string, ConceptRow[]>> {
  const out = new Map<string, ConceptRow[]>();
  if (clientIds.length === 0) return out;
  const rows = await db
    .selectFrom('jobSeekerConcept')
    .select(['clientId', 'occupationId', 'skillId', 'aspiration'])
    .where(sql<boolean>`client_id = any(${uuidArray(clientIds)}::uuid[])`)
    .execute();
  for (const r of rows) {
    const list = out.get(r.clientId);
    if (list) list.push(r);
    else out.set(r.clientId, [r]);
  }
  return out;
}

function contentView(row: ProfileRow | undefined, concepts: ConceptRow[], taxonomy: ServerTaxonomy, lang: string): ProfileContentView {
  const view = (id: string, aspiration: boolean): ConceptView => ({ id, label: taxonomy.label(id, lang), scheme: taxonomy.scheme(id), aspiration });
  return {
    occupations: concepts.filter((c) => c.occupationId).map((c) => view(c.occupationId!, c.aspiration)),
    skills: concepts.filter((c) => c.skillId).map((c) => view(c.skillId!, c.aspiration)),
    workHistory: (row?.workHistory ?? []) as TProfileContent['workHistory'],
    education: (row?.education ?? []) as TProfileContent['education'],
    languages: (row?.languages ?? []) as TProfileContent['languages'],
    municipalityCodes: row?.municipalityCodes ?? [],
    workingTimes: (row?.workingTimes ?? []) as WorkingTime[],
    wishes: row?.wishes ?? null,
  };
}

const PROFILE_COLUMNS = [
  'clientId',
  'workHistory',
  'education',
  'languages',
  'municipalityCodes',
  'workingTimes',
  'deliveryModes',
  'wishes',
  'visibility',
  'updatedAt',
] as const;

async function readProfile(db: Db, clientId: string, lang: string, taxonomy: ServerTaxonomy): Promise<ProfileView> {
  const row = (await db.selectFrom('jobSeekerProfile').select(PROFILE_COLUMNS).where('clientId', '=', clientId).executeTakeFirst()) as ProfileRow | undefined;
  const concepts = (await conceptsOf(db, [clientId])).get(clientId) ?? [];
  const employers = await db
    .selectFrom('jobSeekerEmployer')
    .innerJoin('organisation', 'organisation.id', 'jobSeekerEmployer.employerId')
    .select(['organisation.id', 'organisation.name'])
    .where('jobSeekerEmployer.clientId', '=', clientId)
    .orderBy('organisation.name')
    .execute();
  return {
    clientId,
    exists: Boolean(row),
    ...contentView(row, concepts, taxonomy, lang),
    deliveryModes: row?.deliveryModes ?? [],
    visibility: (row?.visibility ?? 'hidden') as ProfileVisibility,
    employers,
    updatedAt: toIso(row?.updatedAt ?? null),
  };
}

/** The client's own profile, or one of a client in the staff member's scope (logged). */
export async function getProfile(db: Database, actor: Actor, clientId: string, lang: string): Promise<ProfileView> {
  const taxonomy = await matchTaxonomyFor(db);
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'job_seeker_profile', 'read');
    return readProfile(trx, clientId, lang, taxonomy);
  });
}

/** Checks that every chosen id is a concept of the right kind (else names the field). */
function checkConcepts(taxonomy: ServerTaxonomy, input: TProfileContent) {
  input.occupations.forEach((c, i) => {
    if (taxonomy.kind(c.id) !== 'occupation') throw invalidField(`occupations.${i}.id`, 'errors.unknownOccupation');
  });
  input.skills.forEach((c, i) => {
    if (taxonomy.kind(c.id) !== 'skill') throw invalidField(`skills.${i}.id`, 'errors.unknownSkill');
  });
}

async function ensureProfileRow(trx: Transaction<DB>, clientId: string, actor: Actor) {
  await trx
    .insertInto('jobSeekerProfile')
    .values({ clientId, updatedBy: actor.userId })
    .onConflict((oc) => oc.column('clientId').doNothing())
    .execute();
}

/** Saves the content of the profile (not its visibility): the client, or staff in scope. */
export async function saveProfileContent(db: Database, actor: Actor, clientId: string, input: TProfileContent, lang: string): Promise<ProfileView> {
  const taxonomy = await matchTaxonomyFor(db);
  checkConcepts(taxonomy, input);
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'job_seeker_profile', 'update');
    await ensureProfileRow(trx, clientId, actor);
    await trx
      .updateTable('jobSeekerProfile')
      .set({
        workHistory: JSON.stringify(input.workHistory),
        education: JSON.stringify(input.education),
        languages: JSON.stringify(input.languages),
        municipalityCodes: [...new Set(input.municipalityCodes)],
        workingTimes: [...new Set(input.workingTimes)],
        deliveryModes: [...new Set(input.deliveryModes)],
        wishes: input.wishes ?? null,
        updatedBy: actor.userId,
        updatedAt: sql`now()`,
      })
      .where('clientId', '=', clientId)
      .execute();
    await trx.deleteFrom('jobSeekerConcept').where('clientId', '=', clientId).execute();
    const seen = new Set<string>();
    const rows = [
      ...input.occupations.map((c) => ({ clientId, occupationId: c.id, skillId: null, aspiration: Boolean(c.aspiration) })),
      ...input.skills.map((c) => ({ clientId, occupationId: null, skillId: c.id, aspiration: Boolean(c.aspiration) })),
    ].filter((r) => {
      const key = r.occupationId ?? r.skillId!;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (rows.length) await trx.insertInto('jobSeekerConcept').values(rows).execute();
    return readProfile(trx, clientId, lang, taxonomy);
  });
}

/** Who sees the profile: the client alone decides. Staff may help with the content, never this. */
export async function setVisibility(db: Database, actor: Actor, clientId: string, input: TVisibility, lang: string): Promise<ProfileView> {
  const taxonomy = await matchTaxonomyFor(db);
  return db.transaction().execute(async (trx) => {
    // Outside the actor's scope a 404 as always; inside it, only the person themself may do this.
    if (actor.role === 'client') {
      if (actor.clientId !== clientId) throw notFound('client');
    } else {
      const inScope = await trx.selectFrom('client').select('client.id').where('client.id', '=', clientId).where(clientInScope(actor)).executeTakeFirst();
      if (!inScope) throw notFound('client');
      throw new AppError(403, 'errors.onlyClientSetsVisibility', 'only the client sets the visibility of their profile');
    }
    const employerIds = [...new Set(input.employerIds ?? [])];
    if (input.visibility === 'employers' && employerIds.length === 0) throw invalidField('employerIds', 'errors.chooseEmployers');
    if (employerIds.length) {
      const found = await trx.selectFrom('organisation').select('id').where('id', 'in', employerIds).where('kind', '=', 'employer').execute();
      if (found.length !== employerIds.length) throw invalidField('employerIds', 'errors.unknownEmployer');
    }
    await authorizeClient(trx, actor, clientId, 'job_seeker_profile', 'update');
    await ensureProfileRow(trx, clientId, actor);
    await trx
      .updateTable('jobSeekerProfile')
      .set({ visibility: input.visibility, visibilityChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where('clientId', '=', clientId)
      .execute();
    await trx.deleteFrom('jobSeekerEmployer').where('clientId', '=', clientId).execute();
    // The chosen employers are kept only while the profile is shown to chosen employers.
    if (input.visibility === 'employers') {
      await trx.insertInto('jobSeekerEmployer').values(employerIds.map((employerId) => ({ clientId, employerId }))).execute();
    }
    return readProfile(trx, clientId, lang, taxonomy);
  });
}

/** A condition (SQL) for profiles the employer organisation may see. */
export const visibleToEmployer = (employerId: string) =>
  sql<boolean>`(job_seeker_profile.visibility = 'public' or (job_seeker_profile.visibility = 'employers' and exists (
      select 1 from job_seeker_employer e where e.client_id = job_seeker_profile.client_id and e.employer_id = ${employerId})))`;

function requireEmployer(actor: Actor): string {
  if (actor.role !== 'employer' || !actor.organisationId) throw forbidden('for employers');
  return actor.organisationId;
}

/** Employer views of the profiles visible to the actor's organisation; logs one read per profile. */
export async function employerProfiles(trx: Db, actor: Actor, clientIds: string[], lang: string, taxonomy: ServerTaxonomy): Promise<Map<string, EmployerProfileView>> {
  const employerId = requireEmployer(actor);
  const out = new Map<string, EmployerProfileView>();
  if (clientIds.length === 0) return out;
  const rows = await trx
    .selectFrom('jobSeekerProfile')
    .innerJoin('client', 'client.id', 'jobSeekerProfile.clientId')
    .innerJoin('unit', 'unit.id', 'client.homeUnitId')
    .select([...PROFILE_COLUMNS.map((c) => `jobSeekerProfile.${c}` as const), 'client.firstName', 'client.lastName', 'unit.name as unitName'])
    .where('jobSeekerProfile.clientId', 'in', clientIds)
    .where(visibleToEmployer(employerId))
    .execute();
  const concepts = await conceptsOf(trx, rows.map((r) => r.clientId));
  for (const r of rows) {
    out.set(r.clientId, {
      clientId: r.clientId,
      displayName: `${r.firstName} ${r.lastName.slice(0, 1)}.`,
      contactUnit: r.unitName,
      ...contentView(r as unknown as ProfileRow, concepts.get(r.clientId) ?? [], taxonomy, lang),
    });
  }
  await logAccess(trx, actor, rows.map((r) => ({ clientId: r.clientId, action: 'read' as const, resource: 'job_seeker_profile' })));
  return out;
}

/** One profile as an employer sees it: 404 unless its owner lets this employer see it. */
export async function getProfileAsEmployer(db: Database, actor: Actor, clientId: string, lang: string): Promise<EmployerProfileView> {
  requireEmployer(actor);
  const taxonomy = await matchTaxonomyFor(db);
  return db.transaction().execute(async (trx) => {
    const found = (await employerProfiles(trx, actor, [clientId], lang, taxonomy)).get(clientId);
    if (!found) throw notFound('profile');
    return found;
  });
}

/** Profiles as the matcher sees them. `where` narrows the rows (e.g. visibility, scope). */
export async function seekerProfiles(db: Db, clientIds: string[] | null, extra?: (qb: any) => any): Promise<SeekerProfile[]> {
  let query = db.selectFrom('jobSeekerProfile').select(['jobSeekerProfile.clientId', 'jobSeekerProfile.municipalityCodes', 'jobSeekerProfile.workingTimes']);
  if (clientIds) {
    if (clientIds.length === 0) return [];
    query = query.where(sql<boolean>`job_seeker_profile.client_id = any(${uuidArray(clientIds)}::uuid[])`);
  }
  if (extra) query = extra(query);
  const rows = await query.execute();
  const concepts = await conceptsOf(db, rows.map((r) => r.clientId));
  return rows.map((r) => toSeeker(r.clientId, r.municipalityCodes, r.workingTimes, concepts.get(r.clientId) ?? []));
}

export function toSeeker(clientId: string, municipalityCodes: string[], workingTimes: string[], concepts: ConceptRow[]): SeekerProfile {
  const seeker: SeekerProfile = {
    id: clientId,
    occupations: [],
    skills: [],
    aspirationOccupations: [],
    aspirationSkills: [],
    municipalityCodes,
    workingTimes: workingTimes as WorkingTime[],
  };
  for (const c of concepts) {
    if (c.occupationId) (c.aspiration ? seeker.aspirationOccupations! : seeker.occupations).push(c.occupationId);
    else if (c.skillId) (c.aspiration ? seeker.aspirationSkills! : seeker.skills).push(c.skillId);
  }
  return seeker;
}

/** Employer organisations a client may show their profile to. Not personal data. */
export async function listEmployerChoices(db: Database) {
  return db.selectFrom('organisation').select(['id', 'name']).where('kind', '=', 'employer').orderBy('name').execute();
}
