// Employers a unit works with: what work they need done, contacts made, and placements of clients.
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import { isStaff } from '../../domain/access/permissions.ts';
import { parseBusinessId } from '../../domain/identity/business-id.ts';
import type { Actor } from '../access/actor.ts';
import { clientInScope, logAccess } from '../access/scope.ts';
import { conflict, forbidden, notFound } from '../errors.ts';
import { assertOwnUnit } from './clients.ts';
import type { ZEmployerContact, ZEmployerCreate, ZEmployerNeed } from './schemas.ts';

function requireStaffActor(actor: Actor) {
  if (!isStaff(actor.role)) throw forbidden('employer work is for staff');
}

/** Needs and contacts are the unit's own notes: a staff member sees those of their units. */
const ownUnits = (actor: Actor) => (actor.role === 'admin' ? null : actor.unitIds.length ? actor.unitIds : ['00000000-0000-0000-0000-000000000000']);

export async function listEmployers(db: Database, actor: Actor) {
  requireStaffActor(actor);
  const units = ownUnits(actor);
  const unitCondition = units ? sql`and unit_id in (${sql.join(units)})` : sql``;
  return db
    .selectFrom('organisation')
    .select([
      'organisation.id',
      'organisation.name',
      'organisation.businessId',
      sql<number>`(select count(*) from employer_need where employer_id = organisation.id and open ${unitCondition})`.as('openNeeds'),
      sql<number>`(select count(*) from employer_contact where employer_id = organisation.id ${unitCondition})`.as('contacts'),
      sql<string | null>`(select max(contact_date)::text from employer_contact where employer_id = organisation.id ${unitCondition})`.as('lastContactOn'),
    ])
    .where('organisation.kind', '=', 'employer')
    .orderBy('organisation.name')
    .execute();
}

export async function createEmployer(db: Database, actor: Actor, input: z.infer<typeof ZEmployerCreate>) {
  requireStaffActor(actor);
  const businessId = parseBusinessId(input.businessId);
  if (!businessId.ok) throw conflict('errors.invalidBusinessId');
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('organisation').select(['id', 'kind']).where('businessId', '=', businessId.value).executeTakeFirst();
    if (existing) throw conflict('errors.businessIdExists');
    return trx
      .insertInto('organisation')
      .values({ kind: 'employer', name: input.name, businessId: businessId.value })
      .returning(['id', 'name', 'businessId'])
      .executeTakeFirstOrThrow();
  });
}

export async function getEmployer(db: Database, actor: Actor, employerId: string) {
  requireStaffActor(actor);
  const units = ownUnits(actor);
  return db.transaction().execute(async (trx) => {
    const employer = await trx
      .selectFrom('organisation')
      .select(['id', 'name', 'businessId'])
      .where('id', '=', employerId)
      .where('kind', '=', 'employer')
      .executeTakeFirst();
    if (!employer) throw notFound('employer');
    let needs = trx
      .selectFrom('employerNeed')
      .innerJoin('unit', 'unit.id', 'employerNeed.unitId')
      .select(['employerNeed.id', 'employerNeed.unitId', 'unit.name as unitName', 'description', 'positions', 'open', 'employerNeed.createdAt'])
      .where('employerId', '=', employerId)
      .orderBy('employerNeed.createdAt', 'desc');
    let contacts = trx
      .selectFrom('employerContact')
      .innerJoin('unit', 'unit.id', 'employerContact.unitId')
      .leftJoin('appUser as author', 'author.id', 'employerContact.createdBy')
      .select(['employerContact.id', 'employerContact.unitId', 'unit.name as unitName', 'contactDate', 'contactPerson', 'channel', 'notes', 'author.displayName as createdByName'])
      .where('employerId', '=', employerId)
      .orderBy('contactDate', 'desc');
    if (units) {
      needs = needs.where('employerNeed.unitId', 'in', units);
      contacts = contacts.where('employerContact.unitId', 'in', units);
    }
    const placements = await trx
      .selectFrom('placement')
      .innerJoin('client', 'client.id', 'placement.clientId')
      .select(['placement.id', 'client.id as clientId', 'client.firstName', 'client.lastName', 'placement.startDate', 'placement.endDate', 'placement.tasks'])
      .where('placement.employerId', '=', employerId)
      .where(clientInScope(actor))
      .orderBy('placement.startDate', 'desc')
      .execute();
    await logAccess(trx, actor, placements.map((p) => ({ clientId: p.clientId, action: 'read' as const, resource: 'placement', resourceId: p.id })));
    return { ...employer, needs: await needs.execute(), contacts: await contacts.execute(), placements };
  });
}

async function assertEmployer(db: Database, employerId: string) {
  const employer = await db.selectFrom('organisation').select('id').where('id', '=', employerId).where('kind', '=', 'employer').executeTakeFirst();
  if (!employer) throw notFound('employer');
}

export async function addEmployerNeed(db: Database, actor: Actor, employerId: string, input: z.infer<typeof ZEmployerNeed>) {
  requireStaffActor(actor);
  assertOwnUnit(actor, input.unitId);
  await assertEmployer(db, employerId);
  return db
    .insertInto('employerNeed')
    .values({ employerId, unitId: input.unitId, description: input.description, positions: input.positions ?? null, createdBy: actor.userId })
    .returning(['id', 'unitId', 'description', 'positions', 'open', 'createdAt'])
    .executeTakeFirstOrThrow();
}

export async function addEmployerContact(db: Database, actor: Actor, employerId: string, input: z.infer<typeof ZEmployerContact>) {
  requireStaffActor(actor);
  assertOwnUnit(actor, input.unitId);
  await assertEmployer(db, employerId);
  return db
    .insertInto('employerContact')
    .values({
      employerId,
      unitId: input.unitId,
      contactDate: input.contactDate,
      contactPerson: input.contactPerson ?? null,
      channel: input.channel,
      notes: input.notes ?? null,
      createdBy: actor.userId,
    })
    .returning(['id', 'unitId', 'contactDate', 'contactPerson', 'channel', 'notes'])
    .executeTakeFirstOrThrow();
}
