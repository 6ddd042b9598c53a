// Group activities (mapping groups, theme groups, the youth group) with a weekly timetable, a remote
// link, participants, and attendance entered for the whole group at once.
import { sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import { isStaff } from '../../domain/access/permissions.ts';
import { ageOn } from '../../domain/calendar/dates.ts';
import { YOUTH_GROUP_AGES } from '../../domain/codes.ts';
import { parsePersonalId } from '../../domain/identity/personal-id.ts';
import type { Actor } from '../access/actor.ts';
import { authorizeClient, logAccess } from '../access/scope.ts';
import { forbidden, invalidField, notFound } from '../errors.ts';
import { assertNotHoliday, upsertAttendance } from './attendance.ts';
import { assertOwnUnit } from './clients.ts';
import type { ZGroupAttendance, ZGroupCreate, ZGroupUpdate, ZParticipantAdd } from './schemas.ts';

type Tx = Transaction<DB>;

const GROUP_COLUMNS = [
  'groupActivity.id',
  'groupActivity.unitId',
  'unit.name as unitName',
  'groupActivity.name',
  'groupActivity.kind',
  'groupActivity.description',
  'groupActivity.deliveryMode',
  'groupActivity.remoteLink',
  'groupActivity.startDate',
  'groupActivity.endDate',
  'groupActivity.coachId',
  'coach.displayName as coachName',
] as const;

/** Staff see their units' groups; a client sees the groups they take part in. */
function groupsInScope(trx: Tx, actor: Actor) {
  let query = trx
    .selectFrom('groupActivity')
    .innerJoin('unit', 'unit.id', 'groupActivity.unitId')
    .leftJoin('appUser as coach', 'coach.id', 'groupActivity.coachId');
  if (actor.role === 'client') {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('groupParticipant')
          .innerJoin('client', 'client.id', 'groupParticipant.clientId')
          .select(sql`1`.as('one'))
          .whereRef('groupParticipant.groupId', '=', 'groupActivity.id')
          .where('client.userId', '=', actor.userId),
      ),
    );
  } else if (actor.role !== 'admin') {
    if (!isStaff(actor.role) || actor.unitIds.length === 0) return query.where(sql<boolean>`false`);
    query = query.where('groupActivity.unitId', 'in', actor.unitIds);
  }
  return query;
}

async function timetables(trx: Tx, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return trx
    .selectFrom('groupTimetableSlot')
    .select(['id', 'groupId', 'weekday', sql<string>`to_char(start_time, 'HH24:MI')`.as('startTime'), sql<string>`to_char(end_time, 'HH24:MI')`.as('endTime'), 'place'])
    .where('groupId', 'in', groupIds)
    .orderBy('weekday')
    .orderBy('startTime')
    .execute();
}

export async function listGroups(db: Database, actor: Actor) {
  return db.transaction().execute(async (trx) => {
    const groups = await groupsInScope(trx, actor)
      .select(GROUP_COLUMNS)
      .select((eb) =>
        eb
          .selectFrom('groupParticipant')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('groupParticipant.groupId', '=', 'groupActivity.id')
          .where('groupParticipant.leftOn', 'is', null)
          .as('participantCount'),
      )
      .orderBy('groupActivity.startDate', 'desc')
      .execute();
    const slots = await timetables(trx, groups.map((g) => g.id));
    return groups.map((g) => ({ ...g, timetable: slots.filter((s) => s.groupId === g.id) }));
  });
}

async function readGroup(trx: Tx, actor: Actor, groupId: string) {
  const group = await groupsInScope(trx, actor).select(GROUP_COLUMNS).where('groupActivity.id', '=', groupId).executeTakeFirst();
  if (!group) throw notFound('group');
  const timetable = await timetables(trx, [groupId]);
  // Clients see the group, not the other participants.
  if (actor.role === 'client') return { ...group, timetable, participants: [] };
  const participants = await trx
    .selectFrom('groupParticipant')
    .innerJoin('client', 'client.id', 'groupParticipant.clientId')
    .select(['client.id as clientId', 'client.firstName', 'client.lastName', 'groupParticipant.joinedOn', 'groupParticipant.leftOn'])
    .where('groupParticipant.groupId', '=', groupId)
    .orderBy('client.lastName')
    .execute();
  await logAccess(trx, actor, participants.map((p) => ({ clientId: p.clientId, action: 'read' as const, resource: 'group', resourceId: groupId })));
  return { ...group, timetable, participants };
}

export async function getGroup(db: Database, actor: Actor, groupId: string) {
  return db.transaction().execute((trx) => readGroup(trx, actor, groupId));
}

async function writeTimetable(trx: Tx, groupId: string, slots: z.infer<typeof ZGroupCreate>['timetable']) {
  await trx.deleteFrom('groupTimetableSlot').where('groupId', '=', groupId).execute();
  if (slots.length) {
    await trx
      .insertInto('groupTimetableSlot')
      .values(slots.map((s) => ({ groupId, weekday: s.weekday, startTime: s.startTime, endTime: s.endTime, place: s.place ?? null })))
      .execute();
  }
}

function assertGroupDates(startDate: string, endDate: string | null | undefined) {
  if (endDate && endDate < startDate) throw invalidField('endDate', 'errors.dateOrder');
}

export async function createGroup(db: Database, actor: Actor, input: z.infer<typeof ZGroupCreate>) {
  if (!isStaff(actor.role)) throw forbidden('groups are run by staff');
  assertOwnUnit(actor, input.unitId);
  assertGroupDates(input.startDate, input.endDate);
  return db.transaction().execute(async (trx) => {
    const { timetable, ...fields } = input;
    const { id } = await trx
      .insertInto('groupActivity')
      .values({
        ...fields,
        description: fields.description ?? null,
        remoteLink: fields.remoteLink ?? null,
        endDate: fields.endDate ?? null,
        coachId: fields.coachId === undefined ? (actor.role === 'coach' ? actor.userId : null) : fields.coachId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeTimetable(trx, id, timetable);
    return readGroup(trx, actor, id);
  });
}

async function assertStaffGroup(trx: Tx, actor: Actor, groupId: string) {
  if (!isStaff(actor.role)) throw notFound('group');
  const group = await groupsInScope(trx, actor)
    .select(['groupActivity.id', 'groupActivity.unitId', 'groupActivity.kind', 'groupActivity.startDate', 'groupActivity.endDate'])
    .where('groupActivity.id', '=', groupId)
    .executeTakeFirst();
  if (!group) throw notFound('group');
  return group;
}

export async function updateGroup(db: Database, actor: Actor, groupId: string, input: z.infer<typeof ZGroupUpdate>) {
  return db.transaction().execute(async (trx) => {
    const group = await assertStaffGroup(trx, actor, groupId);
    assertGroupDates(input.startDate ?? group.startDate, input.endDate === undefined ? group.endDate : input.endDate);
    const { timetable, ...fields } = input;
    if (Object.keys(fields).length) await trx.updateTable('groupActivity').set(fields).where('id', '=', groupId).execute();
    if (timetable) await writeTimetable(trx, groupId, timetable);
    return readGroup(trx, actor, groupId);
  });
}

export async function addParticipant(db: Database, actor: Actor, groupId: string, input: z.infer<typeof ZParticipantAdd>) {
  return db.transaction().execute(async (trx) => {
    const group = await assertStaffGroup(trx, actor, groupId);
    await authorizeClient(trx, actor, input.clientId, 'group', 'update', groupId);
    if (group.kind === 'youth') {
      // The youth group serves ages 18–29 on the day the client joins.
      const client = await trx.selectFrom('client').select('personalId').where('id', '=', input.clientId).executeTakeFirstOrThrow();
      const parsed = parsePersonalId(client.personalId);
      const age = parsed.ok ? ageOn(parsed.birthDate, input.joinedOn) : null;
      if (age === null || age < YOUTH_GROUP_AGES.min || age > YOUTH_GROUP_AGES.max) {
        throw invalidField('clientId', 'errors.youthGroupAge', { min: YOUTH_GROUP_AGES.min, max: YOUTH_GROUP_AGES.max });
      }
    }
    await trx
      .insertInto('groupParticipant')
      .values({ groupId, clientId: input.clientId, joinedOn: input.joinedOn })
      .onConflict((oc) => oc.columns(['groupId', 'clientId']).doUpdateSet({ joinedOn: input.joinedOn, leftOn: null }))
      .execute();
    return readGroup(trx, actor, groupId);
  });
}

export async function removeParticipant(db: Database, actor: Actor, groupId: string, clientId: string, leftOn: string) {
  return db.transaction().execute(async (trx) => {
    await assertStaffGroup(trx, actor, groupId);
    await authorizeClient(trx, actor, clientId, 'group', 'update', groupId);
    const result = await trx
      .updateTable('groupParticipant')
      .set({ leftOn })
      .where('groupId', '=', groupId)
      .where('clientId', '=', clientId)
      .where('leftOn', 'is', null)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound('participant');
    return readGroup(trx, actor, groupId);
  });
}

export async function getGroupAttendance(db: Database, actor: Actor, groupId: string, date: string) {
  return db.transaction().execute(async (trx) => {
    await assertStaffGroup(trx, actor, groupId);
    const rows = await trx
      .selectFrom('attendance')
      .select(['id', 'clientId', 'date', 'hours', 'mode'])
      .where('groupId', '=', groupId)
      .where('date', '=', date)
      .execute();
    await logAccess(trx, actor, rows.map((r) => ({ clientId: r.clientId, action: 'read' as const, resource: 'attendance', resourceId: r.id })));
    return rows;
  });
}

/**
 * Records one day for the whole group: hours > 0 records or corrects a client's attendance,
 * hours = 0 removes it (absent). Each record is tied to the client's period at the group's unit
 * on that date when there is one, so that it counts for that service too.
 */
export async function recordGroupAttendance(db: Database, actor: Actor, groupId: string, input: z.infer<typeof ZGroupAttendance>) {
  assertNotHoliday(input.date, input.allowHoliday);
  return db.transaction().execute(async (trx) => {
    const group = await assertStaffGroup(trx, actor, groupId);
    if (input.date < group.startDate || (group.endDate && input.date > group.endDate)) throw invalidField('date', 'errors.outsideGroupDates');
    const clientIds = input.entries.map((e) => e.clientId);
    if (new Set(clientIds).size !== clientIds.length) throw invalidField('entries', 'errors.duplicateClient');
    const participants = await trx
      .selectFrom('groupParticipant')
      .select('clientId')
      .where('groupId', '=', groupId)
      .where('clientId', 'in', clientIds)
      .where('joinedOn', '<=', input.date)
      .where((eb) => eb.or([eb('leftOn', 'is', null), eb('leftOn', '>=', input.date)]))
      .execute();
    const members = new Set(participants.map((p) => p.clientId));
    input.entries.forEach((e, i) => {
      if (!members.has(e.clientId)) throw invalidField(`entries.${i}.clientId`, 'errors.notParticipant');
    });
    const periods = await trx
      .selectFrom('servicePeriod')
      .select(['id', 'clientId'])
      .where('clientId', 'in', clientIds)
      .where('unitId', '=', group.unitId)
      .where('startDate', '<=', input.date)
      .where((eb) => eb.or([eb('endDate', 'is', null), eb('endDate', '>=', input.date)]))
      .orderBy('startDate', 'desc')
      .execute();
    const periodOf = new Map<string, string>();
    for (const p of periods) if (!periodOf.has(p.clientId)) periodOf.set(p.clientId, p.id);

    const absent = input.entries.filter((e) => e.hours === 0).map((e) => e.clientId);
    if (absent.length) {
      await trx.deleteFrom('attendance').where('groupId', '=', groupId).where('date', '=', input.date).where('clientId', 'in', absent).execute();
    }
    const present = input.entries.filter((e) => e.hours > 0);
    const saved = await upsertAttendance(
      trx,
      actor,
      present.map((e) => ({ clientId: e.clientId, periodId: periodOf.get(e.clientId) ?? null, groupId, date: input.date, hours: e.hours, mode: e.mode })),
    );
    await logAccess(trx, actor, input.entries.map((e) => ({ clientId: e.clientId, action: 'update' as const, resource: 'attendance', resourceId: groupId })));
    return { date: input.date, saved: saved.length, removed: absent.length };
  });
}
