// Client records and intake mapping.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import { maskPersonalId, parsePersonalId } from '../../domain/identity/personal-id.ts';
import { isStaff } from '../../domain/access/permissions.ts';
import type { Actor } from '../access/actor.ts';
import { authorizeClient, clientInScope, logAccess } from '../access/scope.ts';
import { conflict, forbidden, invalidField, notFound } from '../errors.ts';
import type { TClientCreate, TClientUpdate, TIntake } from './schemas.ts';

type Tx = Transaction<DB>;

/** A staff member may only place clients in units they work in. */
export function assertOwnUnit(actor: Actor, unitId: string, path = 'unitId') {
  if (actor.role !== 'admin' && !actor.unitIds.includes(unitId)) throw invalidField(path, 'errors.unitNotInScope');
}

export async function listClients(db: Database, actor: Actor, filter: { q?: string; unitId?: string }) {
  if (!isStaff(actor.role)) throw forbidden('client list is for staff');
  return db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('client')
      .innerJoin('unit', 'unit.id', 'client.homeUnitId')
      .select([
        'client.id',
        'client.firstName',
        'client.lastName',
        'client.birthYear',
        'client.personalId',
        'client.homeUnitId',
        'unit.name as homeUnitName',
      ])
      .where(clientInScope(actor))
      .orderBy('client.lastName')
      .orderBy('client.firstName')
      .limit(200);
    if (filter.unitId) query = query.where('client.homeUnitId', '=', filter.unitId);
    if (filter.q) {
      const words = filter.q.toLowerCase().split(/\s+/).filter(Boolean);
      for (const word of words) {
        const like = `%${word.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
        query = query.where((eb) =>
          eb.or([
            eb(eb.fn('lower', ['client.firstName']), 'like', like),
            eb(eb.fn('lower', ['client.lastName']), 'like', like),
            eb(eb.fn('lower', ['client.personalId']), 'like', like),
          ]),
        );
      }
    }
    const rows = await query.execute();
    await logAccess(trx, actor, rows.map((r) => ({ clientId: r.id, action: 'read' as const, resource: 'client_list' })));
    return rows.map(({ personalId, ...r }) => ({ ...r, personalIdMasked: maskPersonalId(personalId) }));
  });
}

async function writeFactors(trx: Tx, clientId: string, factors: TClientCreate['backgroundFactors']) {
  await trx.deleteFrom('clientBackgroundFactor').where('clientId', '=', clientId).execute();
  if (factors.length === 0) return;
  await trx
    .insertInto('clientBackgroundFactor')
    .values(factors.map((f) => ({ clientId, factor: f.factor, unemploymentMonths: f.unemploymentMonths ?? null })))
    .execute();
}

async function assertPersonalIdFree(trx: Tx, personalId: string, exceptClientId?: string) {
  let query = trx.selectFrom('client').select('id').where('personalId', '=', personalId);
  if (exceptClientId) query = query.where('id', '<>', exceptClientId);
  if (await query.executeTakeFirst()) throw conflict('errors.personalIdExists', 'personal id already has a record');
}

export async function createClient(db: Database, actor: Actor, input: TClientCreate) {
  if (!isStaff(actor.role)) throw forbidden('only staff create clients');
  assertOwnUnit(actor, input.homeUnitId, 'homeUnitId');
  const parsed = parsePersonalId(input.personalId);
  if (!parsed.ok) throw invalidField('personalId', 'errors.invalidPersonalId');
  return db.transaction().execute(async (trx) => {
    await assertPersonalIdFree(trx, parsed.value);
    const { backgroundFactors, ...fields } = input;
    const { id } = await trx
      .insertInto('client')
      .values({
        ...fields,
        personalId: parsed.value,
        birthYear: parsed.birthYear,
        phone: fields.phone ?? null,
        email: fields.email ?? null,
        address: fields.address ?? null,
        createdBy: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeFactors(trx, id, backgroundFactors);
    await logAccess(trx, actor, [{ clientId: id, action: 'create', resource: 'client', resourceId: id }]);
    return readClient(trx, actor, id);
  });
}

async function readClient(trx: Tx, actor: Actor, clientId: string) {
  const client = await trx
    .selectFrom('client')
    .innerJoin('unit', 'unit.id', 'client.homeUnitId')
    .selectAll('client')
    .select('unit.name as homeUnitName')
    .where('client.id', '=', clientId)
    .executeTakeFirst();
  if (!client) throw notFound('client');
  const factors = await trx
    .selectFrom('clientBackgroundFactor')
    .select(['factor', 'unemploymentMonths'])
    .where('clientId', '=', clientId)
    .orderBy('factor')
    .execute();
  const { personalId, userId: _userId, createdBy: _createdBy, ...rest } = client;
  const summaryOnly = actor.role === 'purchaser';
  return {
    ...rest,
    personalIdMasked: maskPersonalId(personalId),
    hasAccount: client.userId !== null,
    backgroundFactors: factors,
    // Purchasers get a pathway summary: no contact details.
    ...(summaryOnly ? { phone: null, email: null, address: null } : {}),
  };
}

export async function getClient(db: Database, actor: Actor, clientId: string) {
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'client', 'read', clientId);
    return readClient(trx, actor, clientId);
  });
}

export async function updateClient(db: Database, actor: Actor, clientId: string, input: TClientUpdate) {
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'client', 'update', clientId);
    const { backgroundFactors, personalId, ...fields } = input;
    const changes: Record<string, unknown> = { ...fields, updatedAt: sql`now()` };
    if (fields.homeUnitId) assertOwnUnit(actor, fields.homeUnitId, 'homeUnitId');
    if (personalId !== undefined) {
      const parsed = parsePersonalId(personalId);
      if (!parsed.ok) throw invalidField('personalId', 'errors.invalidPersonalId');
      await assertPersonalIdFree(trx, parsed.value, clientId);
      changes.personalId = parsed.value;
      changes.birthYear = parsed.birthYear;
    }
    await trx.updateTable('client').set(changes).where('id', '=', clientId).execute();
    if (backgroundFactors) await writeFactors(trx, clientId, backgroundFactors);
    return readClient(trx, actor, clientId);
  });
}

const EMPTY_INTAKE = {
  workHistory: null,
  studyHistory: null,
  workCapacity: null,
  functionalCapacity: null,
  ownGoals: null,
  financialSituation: null,
  debtSituation: null,
  selfAssessment: {},
  updatedAt: null,
};

async function readIntake(trx: Tx, clientId: string) {
  const intake = await trx
      .selectFrom('intake')
      .select([
        'workHistory',
        'studyHistory',
        'workCapacity',
        'functionalCapacity',
        'ownGoals',
        'financialSituation',
        'debtSituation',
        'selfAssessment',
        'updatedAt',
      ])
      .where('clientId', '=', clientId)
      .executeTakeFirst();
  return intake ?? EMPTY_INTAKE;
}

export async function getIntake(db: Database, actor: Actor, clientId: string) {
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'intake', 'read', clientId);
    return readIntake(trx, clientId);
  });
}

export async function saveIntake(db: Database, actor: Actor, clientId: string, input: TIntake) {
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'intake', 'update', clientId);
    // Skipped self-assessment questions are not stored at all.
    const selfAssessment = Object.fromEntries(Object.entries(input.selfAssessment).filter(([, v]) => v != null));
    const values = {
      workHistory: input.workHistory ?? null,
      studyHistory: input.studyHistory ?? null,
      workCapacity: input.workCapacity ?? null,
      functionalCapacity: input.functionalCapacity ?? null,
      ownGoals: input.ownGoals ?? null,
      financialSituation: input.financialSituation ?? null,
      debtSituation: input.debtSituation ?? null,
      selfAssessment: JSON.stringify(selfAssessment),
    };
    await trx
      .insertInto('intake')
      .values({ clientId, ...values, createdBy: actor.userId })
      .onConflict((oc) => oc.column('clientId').doUpdateSet({ ...values, updatedAt: sql`now()` }))
      .execute();
    return readIntake(trx, clientId);
  });
}
