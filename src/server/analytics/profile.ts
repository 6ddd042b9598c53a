// The municipal profile: a municipality's yearly self-assessment on the 2020 study's nine points,
// from employment services organised as a social service (1) to a vitality service (5).
import { sql } from 'kysely';
import type { Database } from '../../db/connection.ts';
import { PROFILE_DIMENSIONS, type ProfileDimension } from '../../domain/analytics/definitions.ts';
import type { Actor } from '../access/actor.ts';
import { AppError, forbidden, notFound } from '../errors.ts';

type Scores = Partial<Record<ProfileDimension, number>>;

/** Whose profile: a purchaser's own municipality; others name one. */
async function municipalityOf(db: Database, actor: Actor | null, requested: string | undefined, write: boolean): Promise<{ id: string; name: string }> {
  let id = requested;
  if (actor?.role === 'purchaser') {
    if (requested && requested !== actor.organisationId) throw notFound('municipality');
    id = actor.organisationId ?? undefined;
  } else if (write && actor?.role !== 'admin') throw forbidden('only the municipality itself or an admin assesses its profile');
  if (!id) throw new AppError(400, 'errors.analyticsMunicipalityRequired', 'name the municipality');
  const org = await db.selectFrom('organisation').select(['id', 'name']).where('id', '=', id).where('kind', '=', 'municipality').executeTakeFirst();
  if (!org) throw notFound('municipality');
  return org;
}

export async function getProfile(db: Database, actor: Actor | null, municipality: string | undefined) {
  const org = await municipalityOf(db, actor, municipality, false);
  const rows = await db
    .selectFrom('municipalProfile')
    .select(['year', 'scores', 'notes', sql<string>`updated_at::text`.as('updatedAt')])
    .where('municipalityId', '=', org.id)
    .orderBy('year')
    .execute();
  const years = rows.map((r) => ({ year: r.year, scores: r.scores as Scores, notes: r.notes, updatedAt: r.updatedAt }));
  const latest = years.at(-1);
  const previous = years.at(-2);
  // Year-on-year change of each point between the two latest assessments.
  const change = Object.fromEntries(
    PROFILE_DIMENSIONS.map((d) => [d, latest?.scores[d] !== undefined && previous?.scores[d] !== undefined ? latest.scores[d]! - previous.scores[d]! : null]),
  );
  return { municipality: org, dimensions: PROFILE_DIMENSIONS, years, change, latestYear: latest?.year ?? null, previousYear: previous?.year ?? null };
}

export async function saveProfile(db: Database, actor: Actor, year: number, body: { municipality?: string; scores: Scores; notes?: string | null }) {
  const org = await municipalityOf(db, actor, body.municipality, true);
  await db
    .insertInto('municipalProfile')
    .values({ municipalityId: org.id, year, scores: JSON.stringify(body.scores), notes: body.notes ?? null, updatedBy: actor.userId })
    .onConflict((oc) => oc.columns(['municipalityId', 'year']).doUpdateSet({ scores: JSON.stringify(body.scores), notes: body.notes ?? null, updatedBy: actor.userId, updatedAt: sql`now()` }))
    .execute();
  return getProfile(db, actor, org.id);
}
