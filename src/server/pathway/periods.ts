// Service periods, their endings (transitions) and follow-ups.
import type { Transaction } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import { followUpSchedule } from '../../domain/pathway/ending.ts';
import type { Actor } from '../access/actor.ts';
import { authorizeClient, authorizeRecord } from '../access/scope.ts';
import { conflict, invalidField, notFound } from '../errors.ts';
import { assertOwnUnit } from './clients.ts';
import type { TPeriodCreate } from './schemas.ts';
import { contractForPeriod } from '../contracts/contracts.ts';
import type { z } from 'zod';
import type { ZFollowUpRecord, ZPeriodEnd, ZPeriodUpdate } from './schemas.ts';

type Tx = Transaction<DB>;

async function readPeriods(trx: Tx, clientId: string, periodId?: string) {
  let query = trx
    .selectFrom('servicePeriod')
    .innerJoin('unit', 'unit.id', 'servicePeriod.unitId')
    .leftJoin('appUser as coach', 'coach.id', 'servicePeriod.coachId')
    .leftJoin('contract', 'contract.id', 'servicePeriod.contractId')
    .select([
      'servicePeriod.id',
      'servicePeriod.unitId',
      'unit.name as unitName',
      'servicePeriod.serviceKind',
      'servicePeriod.startDate',
      'servicePeriod.plannedEndDate',
      'servicePeriod.endDate',
      'servicePeriod.deliveryMode',
      'servicePeriod.daysPerWeek',
      'servicePeriod.hoursPerDay',
      'servicePeriod.coachId',
      'coach.displayName as coachName',
      'servicePeriod.destination',
      'servicePeriod.endNote',
      'servicePeriod.contractId',
      'contract.reference as contractReference',
    ])
    .where('servicePeriod.clientId', '=', clientId)
    .orderBy('servicePeriod.startDate', 'desc');
  if (periodId) query = query.where('servicePeriod.id', '=', periodId);
  const periods = await query.execute();
  if (periods.length === 0) return [];
  const followUps = await trx
    .selectFrom('followUp')
    .select(['id', 'periodId', 'months', 'dueOn', 'status', 'recordedOn', 'note'])
    .where(
      'periodId',
      'in',
      periods.map((p) => p.id),
    )
    .orderBy('months')
    .execute();
  return periods.map((p) => ({ ...p, followUps: followUps.filter((f) => f.periodId === p.id) }));
}

export async function listPeriods(db: Database, actor: Actor, clientId: string) {
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'period', 'read');
    return readPeriods(trx, clientId);
  });
}

async function assertCoachOfUnit(trx: Tx, coachId: string | null | undefined, unitId: string) {
  if (!coachId) return;
  const works = await trx.selectFrom('unitStaff').select('userId').where('userId', '=', coachId).where('unitId', '=', unitId).executeTakeFirst();
  if (!works) throw invalidField('coachId', 'errors.coachNotInUnit');
}

export async function createPeriod(db: Database, actor: Actor, clientId: string, input: TPeriodCreate) {
  if (input.plannedEndDate && input.plannedEndDate < input.startDate) throw invalidField('plannedEndDate', 'errors.dateOrder');
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'period', 'create');
    assertOwnUnit(actor, input.unitId);
    await assertCoachOfUnit(trx, input.coachId, input.unitId);
    // The purchaser is the municipality that runs the unit's employment services.
    const purchaser = await trx
      .selectFrom('unit')
      .innerJoin('organisation', (join) => join.onRef('organisation.municipalityCode', '=', 'unit.municipalityCode').on('organisation.kind', '=', 'municipality'))
      .select('organisation.id')
      .where('unit.id', '=', input.unitId)
      .executeTakeFirst();
    // Under a contract, the contract's purchaser pays.
    const contract = input.contractId ? await contractForPeriod(trx, input.contractId, input.unitId, input.startDate, input.serviceKind) : null;
    const { id } = await trx
      .insertInto('servicePeriod')
      .values({
        clientId,
        unitId: input.unitId,
        serviceKind: input.serviceKind,
        startDate: input.startDate,
        plannedEndDate: input.plannedEndDate ?? null,
        deliveryMode: input.deliveryMode,
        daysPerWeek: input.daysPerWeek,
        hoursPerDay: input.hoursPerDay,
        coachId: input.coachId === undefined ? (actor.role === 'coach' ? actor.userId : null) : input.coachId,
        purchaserId: contract?.purchaserId ?? purchaser?.id ?? null,
        contractId: input.contractId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await readPeriods(trx, clientId, id))[0];
  });
}

export async function updatePeriod(db: Database, actor: Actor, periodId: string, input: z.infer<typeof ZPeriodUpdate>) {
  return db.transaction().execute(async (trx) => {
    const clientId = await authorizeRecord(trx, actor, 'servicePeriod', periodId, 'period', 'update');
    const period = await trx.selectFrom('servicePeriod').select(['unitId', 'startDate', 'endDate']).where('id', '=', periodId).executeTakeFirstOrThrow();
    if (period.endDate) throw conflict('errors.periodEnded');
    if (input.plannedEndDate && input.plannedEndDate < period.startDate) throw invalidField('plannedEndDate', 'errors.dateOrder');
    await assertCoachOfUnit(trx, input.coachId, period.unitId);
    await trx.updateTable('servicePeriod').set(input).where('id', '=', periodId).execute();
    return (await readPeriods(trx, clientId, periodId))[0];
  });
}

/** Ends a period with its destination (the transition) and schedules the 3- and 6-month follow-ups. */
export async function endPeriod(db: Database, actor: Actor, periodId: string, input: z.infer<typeof ZPeriodEnd>) {
  return db.transaction().execute(async (trx) => {
    const clientId = await authorizeRecord(trx, actor, 'servicePeriod', periodId, 'period', 'update');
    const period = await trx
      .selectFrom('servicePeriod')
      .select(['startDate', 'endDate'])
      .where('id', '=', periodId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (period.endDate) throw conflict('errors.periodEnded');
    if (input.endDate < period.startDate) throw invalidField('endDate', 'errors.dateOrder');
    await trx
      .updateTable('servicePeriod')
      .set({ endDate: input.endDate, destination: input.destination, endNote: input.note ?? null })
      .where('id', '=', periodId)
      .execute();
    await trx
      .insertInto('followUp')
      .values(followUpSchedule(input.endDate).map((f) => ({ periodId, months: f.months, dueOn: f.dueOn })))
      .execute();
    return (await readPeriods(trx, clientId, periodId))[0];
  });
}

export async function recordFollowUp(db: Database, actor: Actor, followUpId: string, input: z.infer<typeof ZFollowUpRecord>) {
  return db.transaction().execute(async (trx) => {
    const followUp = await trx.selectFrom('followUp').select(['periodId']).where('id', '=', followUpId).executeTakeFirst();
    if (!followUp) throw notFound('follow-up');
    const clientId = await authorizeRecord(trx, actor, 'servicePeriod', followUp.periodId, 'period', 'update');
    await trx
      .updateTable('followUp')
      .set({ status: input.status, recordedOn: input.recordedOn, note: input.note ?? null, recordedBy: actor.userId })
      .where('id', '=', followUpId)
      .execute();
    return (await readPeriods(trx, clientId, followUp.periodId))[0];
  });
}
