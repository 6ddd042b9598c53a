// Attendance: one record per client, day and mode, entered for one client or a whole group at once.
import { sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import { isFinnishHoliday } from '../../domain/calendar/holidays.ts';
import type { Actor } from '../access/actor.ts';
import { authorizeClient, authorizeRecord } from '../access/scope.ts';
import { conflict, invalidField } from '../errors.ts';
import type { ZAttendanceCreate } from './schemas.ts';

type Tx = Transaction<DB>;

export function assertNotHoliday(date: string, allowHoliday: boolean, path = 'date') {
  const holiday = isFinnishHoliday(date);
  if (holiday && !allowHoliday) throw invalidField(path, 'errors.publicHoliday', { holiday });
}

export async function listAttendance(db: Database, actor: Actor, clientId: string, range: { from?: string; to?: string }) {
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'attendance', 'read');
    let query = trx
      .selectFrom('attendance')
      .leftJoin('groupActivity', 'groupActivity.id', 'attendance.groupId')
      .select([
        'attendance.id',
        'attendance.date',
        'attendance.hours',
        'attendance.mode',
        'attendance.periodId',
        'attendance.groupId',
        'groupActivity.name as groupName',
      ])
      .where('attendance.clientId', '=', clientId)
      .orderBy('attendance.date', 'desc')
      .limit(1000);
    if (range.from) query = query.where('attendance.date', '>=', range.from);
    if (range.to) query = query.where('attendance.date', '<=', range.to);
    const rows = await query.execute();
    return rows.map((r) => ({ ...r, holiday: isFinnishHoliday(r.date) }));
  });
}

/** Records (or corrects) one day; the date must fall within the period. */
export async function recordAttendance(db: Database, actor: Actor, clientId: string, input: z.infer<typeof ZAttendanceCreate>) {
  assertNotHoliday(input.date, input.allowHoliday);
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'attendance', 'create');
    const period = await trx
      .selectFrom('servicePeriod')
      .select(['startDate', 'endDate'])
      .where('id', '=', input.periodId)
      .where('clientId', '=', clientId)
      .executeTakeFirst();
    if (!period) throw invalidField('periodId', 'errors.invalidChoice');
    if (input.date < period.startDate || (period.endDate && input.date > period.endDate)) {
      throw invalidField('date', 'errors.outsidePeriod');
    }
    return upsertAttendance(trx, actor, [{ clientId, periodId: input.periodId, groupId: null, date: input.date, hours: input.hours, mode: input.mode }]);
  }).then((rows) => rows[0]);
}

export interface AttendanceRow {
  clientId: string;
  periodId: string | null;
  groupId: string | null;
  date: string;
  hours: number;
  mode: 'onsite' | 'remote';
}

/** Inserts or corrects records; the unique index makes a repeated entry a correction, not a duplicate. */
export async function upsertAttendance(trx: Tx, actor: Actor, rows: AttendanceRow[]) {
  if (rows.length === 0) return [];
  return trx
    .insertInto('attendance')
    .values(rows.map((r) => ({ ...r, recordedBy: actor.userId })))
    .onConflict((oc) =>
      oc
        .expression(sql`client_id, date, mode, coalesce(period_id, group_id)`)
        // A group's record of a day the period already has keeps the group: it is the same day.
        .doUpdateSet({
          hours: (eb) => eb.ref('excluded.hours'),
          groupId: sql`coalesce(excluded.group_id, attendance.group_id)`,
          recordedBy: actor.userId,
          updatedAt: sql`now()`,
        }),
    )
    .returning(['id', 'clientId', 'date', 'hours', 'mode', 'periodId', 'groupId'])
    .execute();
}

export async function deleteAttendance(db: Database, actor: Actor, attendanceId: string) {
  await db.transaction().execute(async (trx) => {
    await authorizeRecord(trx, actor, 'attendance', attendanceId, 'attendance', 'delete');
    const deleted = await trx.deleteFrom('attendance').where('id', '=', attendanceId).executeTakeFirst();
    if (deleted.numDeletedRows === 0n) throw conflict();
  });
}
