// Matching through the API: postings for a person, people for a posting (employers: only those
// who let them see their profile; staff: their own clients), employers' needs recorded by a unit
// matched to its clients, and catalogue services suggested to a client. Every profile read is
// logged in the same transaction.
import type { Transaction } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import type { BackgroundFactor, DeliveryMode, GoalKind, Locale, ServiceKind } from '../../domain/codes.ts';
import { isStaff } from '../../domain/access/permissions.ts';
import { rankPostings, rankSeekers, type Match, type PostingProfile, type SeekerProfile } from '../../domain/matching/match.ts';
import { suggestServices, type ServiceReason } from '../../domain/matching/services.ts';
import { suggest } from '../../domain/skills/suggest.ts';
import type { Actor } from '../access/actor.ts';
import { authorizeClient, clientInScope, logAccess } from '../access/scope.ts';
import { forbidden, notFound } from '../errors.ts';
import { pick } from '../catalogue/services.ts';
import { openPostingProfiles, postingConcepts, postingViews, loadPostingRow, type PostingView } from './postings.ts';
import { employerProfiles, seekerProfiles, uuidArray, visibleToEmployer, type EmployerProfileView } from './profiles.ts';
import { raw } from '../skills/bulk.ts';
import { matchTaxonomyFor, type ServerTaxonomy } from './taxonomy.ts';

type Tx = Transaction<DB>;

export interface LabelledReasons {
  occupation: {
    kind: string;
    aspiration: boolean;
    seekerOccupation: { id: string; label: string } | null;
    postingOccupation: { id: string; label: string } | null;
  };
  matchedSkills: Array<{ id: string; label: string }>;
  aspiredSkills: Array<{ id: string; label: string }>;
  missingSkills: Array<{ id: string; label: string }>;
  location: string;
  workingTime: string;
}

function labelled(match: Match, taxonomy: ServerTaxonomy, lang: string): LabelledReasons {
  const ref = (id: string | null) => (id ? { id, label: taxonomy.label(id, lang) } : null);
  const r = match.reasons;
  return {
    occupation: { kind: r.occupation.kind, aspiration: r.occupation.aspiration, seekerOccupation: ref(r.occupation.seekerOccupation), postingOccupation: ref(r.occupation.postingOccupation) },
    matchedSkills: r.matchedSkills.map((id) => ref(id)!),
    aspiredSkills: r.aspiredSkills.map((id) => ref(id)!),
    missingSkills: r.missingSkills.map((id) => ref(id)!),
    location: r.location,
    workingTime: r.workingTime,
  };
}

// A match needs a shared (or related) occupation or a shared skill, so the database first narrows
// the candidates through the concept tables' indexes; only those are read and matched.

async function candidatePostings(trx: Tx, taxonomy: ServerTaxonomy, seeker: SeekerProfile): Promise<string[]> {
  const { occupations, skills } = taxonomy.candidateIds([
    ...seeker.occupations,
    ...(seeker.aspirationOccupations ?? []),
    ...seeker.skills,
    ...(seeker.aspirationSkills ?? []),
  ]);
  const rows = await raw<{ id: string }>(
    trx,
    `select id from job_posting where main_occupation_id = any($1::uuid[])
     union select posting_id from job_posting_concept where occupation_id = any($1::uuid[]) or skill_id = any($2::uuid[])`,
    [uuidArray(occupations), uuidArray(skills)],
  );
  return rows.map((r) => r.id);
}

async function candidateSeekers(trx: Tx, taxonomy: ServerTaxonomy, posting: PostingProfile): Promise<string[]> {
  const { occupations, skills } = taxonomy.candidateIds([...(posting.mainOccupation ? [posting.mainOccupation] : []), ...posting.occupations, ...posting.skills]);
  const rows = await raw<{ clientId: string }>(
    trx,
    `select distinct client_id from job_seeker_concept where occupation_id = any($1::uuid[]) or skill_id = any($2::uuid[])`,
    [uuidArray(occupations), uuidArray(skills)],
  );
  return rows.map((r) => r.clientId);
}

/** Open postings for a client's profile, best first. The client, or staff in scope. */
export async function postingsForClient(db: Database, actor: Actor, clientId: string, lang: string, limit = 20) {
  const taxonomy = await matchTaxonomyFor(db);
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'job_seeker_profile', 'read');
    const [seeker] = await seekerProfiles(trx, [clientId]);
    if (!seeker) return { hasProfile: false, matches: [] };
    const postings = await openPostingProfiles(trx, await candidatePostings(trx, taxonomy, seeker));
    const ranked = rankPostings(seeker, postings, taxonomy, limit);
    const byId = new Map(postings.map((p) => [p.id, p.row]));
    const views = new Map((await postingViews(trx, ranked.map((m) => byId.get(m.postingId)!), actor, lang, taxonomy)).map((v) => [v.id, v]));
    return {
      hasProfile: true,
      matches: ranked.map((m) => ({ posting: views.get(m.postingId)!, score: m.score, parts: m.parts, reasons: labelled(m, taxonomy, lang) })),
    };
  });
}

/** People for a posting: an employer sees those who allow it, staff their own clients. */
export async function seekersForPosting(db: Database, actor: Actor, postingId: string, lang: string, limit = 20) {
  const taxonomy = await matchTaxonomyFor(db);
  return db.transaction().execute(async (trx) => {
    const row = await loadPostingRow(trx, postingId);
    if (!row) throw notFound('posting');
    // The posting's own owner may look at matches of a closed posting too: read it regardless of status.
    const concepts = (await postingConcepts(trx, [postingId])).get(postingId)!;
    const posting: PostingProfile = {
      id: postingId,
      mainOccupation: row.mainOccupationId,
      occupations: concepts.occupations,
      skills: concepts.skills,
      municipalityCode: row.municipalityCode,
      workingTime: row.workingTime as PostingProfile['workingTime'],
    };
    if (actor.role === 'employer') {
      if (!actor.organisationId || row.employerId !== actor.organisationId) throw notFound('posting');
      const employerId = actor.organisationId;
      const seekers = await seekerProfiles(trx, await candidateSeekers(trx, taxonomy, posting), (qb) => qb.where(visibleToEmployer(employerId)));
      const ranked = rankSeekers(posting, seekers, taxonomy, limit);
      const profiles = await employerProfiles(trx, actor, ranked.map((m) => m.seekerId), lang, taxonomy);
      return ranked
        .filter((m) => profiles.has(m.seekerId))
        .map((m) => ({ profile: profiles.get(m.seekerId)! as EmployerProfileView, score: m.score, parts: m.parts, reasons: labelled(m, taxonomy, lang) }));
    }
    if (!isStaff(actor.role)) throw forbidden('matches of a posting are for its employer and staff');
    return staffMatches(trx, actor, posting, taxonomy, lang, limit);
  });
}

/** The actor's clients (in scope, with a profile) ranked for a posting or need; logs each one shown. */
async function staffMatches(trx: Tx, actor: Actor, posting: PostingProfile, taxonomy: ServerTaxonomy, lang: string, limit: number) {
  const seekers = await seekerProfiles(trx, await candidateSeekers(trx, taxonomy, posting), (qb) =>
    qb.innerJoin('client', 'client.id', 'jobSeekerProfile.clientId').where(clientInScope(actor)),
  );
  const ranked = rankSeekers(posting, seekers, taxonomy, limit);
  if (ranked.length === 0) return [];
  const clients = new Map(
    (await trx.selectFrom('client').select(['id', 'firstName', 'lastName']).where('id', 'in', ranked.map((m) => m.seekerId)).execute()).map((c) => [c.id, c]),
  );
  await logAccess(trx, actor, ranked.map((m) => ({ clientId: m.seekerId, action: 'read' as const, resource: 'job_seeker_profile' })));
  return ranked.map((m) => ({ client: clients.get(m.seekerId)!, score: m.score, parts: m.parts, reasons: labelled(m, taxonomy, lang) }));
}

/** What the suggester read from each need's text, per taxonomy: a coach's page ranks up to 500
 * needs on every load, and a need's text rarely changes. */
const needReadings = new WeakMap<ServerTaxonomy, Map<string, Pick<PostingProfile, 'mainOccupation' | 'occupations' | 'skills'>>>();

/** A need recorded in free text, read by the suggester into occupations and skills. */
function needAsPosting(taxonomy: ServerTaxonomy, need: { id: string; description: string; municipalityCode: string | null }): PostingProfile {
  let readings = needReadings.get(taxonomy);
  if (!readings) needReadings.set(taxonomy, (readings = new Map()));
  const key = `${need.id}\0${need.description}`;
  let read = readings.get(key);
  if (!read) {
    const found = suggest(taxonomy.index, need.description, { limits: { occupations: 3, skills: 10, aspirations: 0 } });
    const occupations = found.occupations.filter((o) => o.source === 'text').map((o) => o.id);
    read = { mainOccupation: occupations[0] ?? null, occupations: occupations.slice(1), skills: found.skills.filter((s) => s.source === 'text').map((s) => s.id) };
    readings.set(key, read);
  }
  return { id: need.id, ...read, municipalityCode: need.municipalityCode, workingTime: null };
}

async function needsOfActor(trx: Tx, actor: Actor, needId?: string) {
  let qb = trx
    .selectFrom('employerNeed')
    .innerJoin('organisation', 'organisation.id', 'employerNeed.employerId')
    .innerJoin('unit', 'unit.id', 'employerNeed.unitId')
    .select(['employerNeed.id', 'employerNeed.description', 'employerNeed.positions', 'organisation.id as employerId', 'organisation.name as employerName', 'unit.name as unitName', 'unit.municipalityCode'])
    .where('employerNeed.open', '=', true);
  if (actor.role !== 'admin') qb = qb.where('employerNeed.unitId', 'in', actor.unitIds.length ? actor.unitIds : ['00000000-0000-0000-0000-000000000000']);
  if (needId) qb = qb.where('employerNeed.id', '=', needId);
  return qb.orderBy('employerNeed.createdAt', 'desc').limit(500).execute();
}

/** Open needs of the actor's units for one client (staff). */
export async function needsForClient(db: Database, actor: Actor, clientId: string, lang: string, limit = 20) {
  if (!isStaff(actor.role)) throw forbidden('employer needs are the units’ own notes');
  const taxonomy = await matchTaxonomyFor(db);
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'job_seeker_profile', 'read');
    const [seeker] = await seekerProfiles(trx, [clientId]);
    if (!seeker) return { hasProfile: false, matches: [] };
    const needs = await needsOfActor(trx, actor);
    const byId = new Map(needs.map((n) => [n.id, n]));
    const ranked = rankPostings(seeker, needs.map((n) => needAsPosting(taxonomy, n)), taxonomy, limit);
    return {
      hasProfile: true,
      matches: ranked.map((m) => {
        const n = byId.get(m.postingId)!;
        return {
          need: { id: n.id, description: n.description, positions: n.positions, employer: { id: n.employerId, name: n.employerName }, unitName: n.unitName },
          score: m.score,
          parts: m.parts,
          reasons: labelled(m, taxonomy, lang),
        };
      }),
    };
  });
}

/** The actor's clients for one open need of their unit (staff). */
export async function clientsForNeed(db: Database, actor: Actor, needId: string, lang: string, limit = 20) {
  if (!isStaff(actor.role)) throw forbidden('employer needs are the units’ own notes');
  const taxonomy = await matchTaxonomyFor(db);
  return db.transaction().execute(async (trx) => {
    const [need] = await needsOfActor(trx, actor, needId);
    if (!need) throw notFound('need');
    const posting = needAsPosting(taxonomy, need);
    const matches = await staffMatches(trx, actor, posting, taxonomy, lang, limit);
    const ref = (id: string) => ({ id, label: taxonomy.label(id, lang) });
    return {
      need: { id: need.id, description: need.description, employer: { id: need.employerId, name: need.employerName }, unitName: need.unitName },
      // What the need was read as, so that the coach can see why these clients came up.
      readAs: { occupations: [posting.mainOccupation, ...posting.occupations].filter((x): x is string => Boolean(x)).map(ref), skills: posting.skills.map(ref) },
      matches,
    };
  });
}

export interface ServiceMatch {
  service: { id: string; name: string | null; kind: string; deliveryMode: string; provider: string; municipalityCodes: string[]; languages: string[] };
  score: number;
  reasons: ServiceReason[];
}

/** Published catalogue services for a client's situation, with reasons. The client, or staff in scope. */
export async function servicesForClient(db: Database, actor: Actor, clientId: string, lang: Locale, limit = 10): Promise<{ matches: ServiceMatch[] }> {
  return db.transaction().execute(async (trx) => {
    // The suggestion reads the profile, the plan's goals and the intake's self-assessment.
    await authorizeClient(trx, actor, clientId, 'job_seeker_profile', 'read');
    await authorizeClient(trx, actor, clientId, 'plan', 'read');
    await authorizeClient(trx, actor, clientId, 'intake', 'read');
    const client = await trx.selectFrom('client').select(['municipalityCode', 'languages']).where('id', '=', clientId).executeTakeFirstOrThrow();
    const factors = await trx.selectFrom('clientBackgroundFactor').select('factor').where('clientId', '=', clientId).execute();
    const goals = await trx.selectFrom('goal').select('kind').where('clientId', '=', clientId).where('status', '=', 'active').execute();
    const intake = await trx.selectFrom('intake').select('selfAssessment').where('clientId', '=', clientId).executeTakeFirst();
    const profile = await trx.selectFrom('jobSeekerProfile').select(['deliveryModes', 'languages']).where('clientId', '=', clientId).executeTakeFirst();
    const selfAssessment = (intake?.selfAssessment ?? {}) as Record<string, number>;
    const workAbility = typeof selfAssessment.work_ability === 'number' ? selfAssessment.work_ability : null;
    const profileLanguages = ((profile?.languages ?? []) as Array<{ language: string }>).map((l) => l.language);
    const services = await trx
      .selectFrom('catalogueService')
      .innerJoin('organisation as provider', 'provider.id', 'catalogueService.providerId')
      .select([
        'catalogueService.id',
        'catalogueService.kind',
        'catalogueService.deliveryMode',
        'catalogueService.municipalityCodes',
        'catalogueService.languages',
        'catalogueService.targetFactors',
        'catalogueService.texts',
        'provider.name as providerName',
      ])
      .where('catalogueService.published', '=', true)
      .execute();
    const suggestions = suggestServices(
      {
        municipalityCode: client.municipalityCode,
        languages: [...new Set([...client.languages, ...profileLanguages])],
        backgroundFactors: factors.map((f) => f.factor as BackgroundFactor),
        goalKinds: goals.map((g) => g.kind as GoalKind),
        workAbility,
        deliveryModes: (profile?.deliveryModes ?? []) as DeliveryMode[],
      },
      services.map((s) => ({ id: s.id, kind: s.kind as ServiceKind, deliveryMode: s.deliveryMode as DeliveryMode, municipalityCodes: s.municipalityCodes, languages: s.languages, targetFactors: s.targetFactors })),
      limit,
    );
    const byId = new Map(services.map((s) => [s.id, s]));
    return {
      matches: suggestions.map((s) => {
        const service = byId.get(s.serviceId)!;
        const texts = service.texts as { name?: Record<string, string> };
        return {
          service: {
            id: service.id,
            name: pick(texts.name, lang),
            kind: service.kind,
            deliveryMode: service.deliveryMode,
            provider: service.providerName,
            municipalityCodes: service.municipalityCodes,
            languages: service.languages,
          },
          score: s.score,
          reasons: s.reasons,
        };
      }),
    };
  });
}

export type { PostingView };
