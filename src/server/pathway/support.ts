// Placements with employers, lent devices and referrals to outside services.
import type { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import type { Actor } from '../access/actor.ts';
import { authorizeClient, authorizeRecord } from '../access/scope.ts';
import { conflict, invalidField } from '../errors.ts';
import type { ZDeviceCreate, ZDeviceReturn, ZPlacementCreate, ZReferralCreate, ZReferralResolve } from './schemas.ts';

export async function listPlacements(db: Database, actor: Actor, clientId: string) {
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'placement', 'read');
    return trx
      .selectFrom('placement')
      .innerJoin('organisation as employer', 'employer.id', 'placement.employerId')
      .select(['placement.id', 'placement.employerId', 'employer.name as employerName', 'periodId', 'startDate', 'endDate', 'tasks'])
      .where('placement.clientId', '=', clientId)
      .orderBy('startDate', 'desc')
      .execute();
  });
}

export async function createPlacement(db: Database, actor: Actor, clientId: string, input: z.infer<typeof ZPlacementCreate>) {
  if (input.endDate && input.endDate < input.startDate) throw invalidField('endDate', 'errors.dateOrder');
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'placement', 'create');
    const employer = await trx.selectFrom('organisation').select('id').where('id', '=', input.employerId).where('kind', '=', 'employer').executeTakeFirst();
    if (!employer) throw invalidField('employerId', 'errors.invalidChoice');
    if (input.periodId) {
      const period = await trx.selectFrom('servicePeriod').select('id').where('id', '=', input.periodId).where('clientId', '=', clientId).executeTakeFirst();
      if (!period) throw invalidField('periodId', 'errors.invalidChoice');
    }
    return trx
      .insertInto('placement')
      .values({ clientId, employerId: input.employerId, periodId: input.periodId ?? null, startDate: input.startDate, endDate: input.endDate ?? null, tasks: input.tasks ?? null, createdBy: actor.userId })
      .returning(['id', 'employerId', 'periodId', 'startDate', 'endDate', 'tasks'])
      .executeTakeFirstOrThrow();
  });
}

const DEVICE_COLUMNS = ['id', 'deviceKind', 'identifier', 'lentOn', 'dueOn', 'returnedOn'] as const;

export async function listDevices(db: Database, actor: Actor, clientId: string) {
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'device', 'read');
    return trx.selectFrom('deviceLoan').select(DEVICE_COLUMNS).where('clientId', '=', clientId).orderBy('lentOn', 'desc').execute();
  });
}

export async function lendDevice(db: Database, actor: Actor, clientId: string, input: z.infer<typeof ZDeviceCreate>) {
  if (input.dueOn && input.dueOn < input.lentOn) throw invalidField('dueOn', 'errors.dateOrder');
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'device', 'create');
    return trx
      .insertInto('deviceLoan')
      .values({ clientId, deviceKind: input.deviceKind, identifier: input.identifier ?? null, lentOn: input.lentOn, dueOn: input.dueOn ?? null, lentBy: actor.userId })
      .returning(DEVICE_COLUMNS)
      .executeTakeFirstOrThrow();
  });
}

export async function returnDevice(db: Database, actor: Actor, loanId: string, input: z.infer<typeof ZDeviceReturn>) {
  return db.transaction().execute(async (trx) => {
    await authorizeRecord(trx, actor, 'deviceLoan', loanId, 'device', 'update');
    const loan = await trx.selectFrom('deviceLoan').select(['lentOn', 'returnedOn']).where('id', '=', loanId).executeTakeFirstOrThrow();
    if (loan.returnedOn) throw conflict('errors.alreadyReturned');
    if (input.returnedOn < loan.lentOn) throw invalidField('returnedOn', 'errors.dateOrder');
    return trx.updateTable('deviceLoan').set({ returnedOn: input.returnedOn }).where('id', '=', loanId).returning(DEVICE_COLUMNS).executeTakeFirstOrThrow();
  });
}

const REFERRAL_COLUMNS = ['id', 'service', 'organisationName', 'referredOn', 'followUpOn', 'resolvedOn', 'outcome'] as const;

export async function listReferrals(db: Database, actor: Actor, clientId: string) {
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'referral', 'read');
    return trx.selectFrom('referral').select(REFERRAL_COLUMNS).where('clientId', '=', clientId).orderBy('referredOn', 'desc').execute();
  });
}

export async function createReferral(db: Database, actor: Actor, clientId: string, input: z.infer<typeof ZReferralCreate>) {
  if (input.followUpOn < input.referredOn) throw invalidField('followUpOn', 'errors.dateOrder');
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'referral', 'create');
    return trx
      .insertInto('referral')
      .values({ clientId, service: input.service, organisationName: input.organisationName ?? null, referredOn: input.referredOn, followUpOn: input.followUpOn, createdBy: actor.userId })
      .returning(REFERRAL_COLUMNS)
      .executeTakeFirstOrThrow();
  });
}

export async function resolveReferral(db: Database, actor: Actor, referralId: string, input: z.infer<typeof ZReferralResolve>) {
  return db.transaction().execute(async (trx) => {
    await authorizeRecord(trx, actor, 'referral', referralId, 'referral', 'update');
    const referral = await trx.selectFrom('referral').select(['referredOn', 'resolvedOn']).where('id', '=', referralId).executeTakeFirstOrThrow();
    if (referral.resolvedOn) throw conflict('errors.alreadyResolved');
    if (input.resolvedOn < referral.referredOn) throw invalidField('resolvedOn', 'errors.dateOrder');
    return trx
      .updateTable('referral')
      .set({ resolvedOn: input.resolvedOn, outcome: input.outcome ?? null })
      .where('id', '=', referralId)
      .returning(REFERRAL_COLUMNS)
      .executeTakeFirstOrThrow();
  });
}

/** Who has processed the client's data: the client's right under the client-data act. */
export async function readAccessLog(db: Database, actor: Actor, clientId: string) {
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'access_log', 'read');
    return trx
      .selectFrom('accessLog')
      .select(['id', 'at', 'actorName', 'actorRole', 'action', 'resource', 'ground'])
      .where('clientId', '=', clientId)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(500)
      .execute();
  });
}

