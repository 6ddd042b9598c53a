// The client's diary. The client writes it and decides, entry by entry, whether the coach may read it.
import { sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import { isStaff } from '../../domain/access/permissions.ts';
import type { Actor } from '../access/actor.ts';
import { authorizeClient, authorizeRecord } from '../access/scope.ts';
import { forbidden, notFound } from '../errors.ts';
import type { ZCommentCreate, ZDiaryCreate, ZDiaryUpdate } from './schemas.ts';

type Tx = Transaction<DB>;

async function readDiary(trx: Tx, actor: Actor, clientId: string, entryId?: string) {
  let query = trx
    .selectFrom('diaryEntry')
    .select(['id', 'entryDate', 'didWhat', 'howItWent', 'mood', 'sharedWithCoach', 'createdAt', 'updatedAt'])
    .where('clientId', '=', clientId)
    .orderBy('entryDate', 'desc')
    .orderBy('createdAt', 'desc');
  // Staff never receive entries the client has kept to themself.
  if (actor.role !== 'client') query = query.where('sharedWithCoach', '=', true);
  if (entryId) query = query.where('id', '=', entryId);
  const entries = await query.execute();
  const comments = entries.length
    ? await trx
        .selectFrom('diaryComment')
        .leftJoin('appUser as author', 'author.id', 'diaryComment.authorId')
        .select(['diaryComment.id', 'entryId', 'body', 'diaryComment.createdAt', 'author.displayName as authorName'])
        .where(
          'entryId',
          'in',
          entries.map((e) => e.id),
        )
        .orderBy('diaryComment.createdAt')
        .execute()
    : [];
  return entries.map((e) => ({ ...e, comments: comments.filter((c) => c.entryId === e.id) }));
}

export async function listDiary(db: Database, actor: Actor, clientId: string) {
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'diary', 'read');
    return readDiary(trx, actor, clientId);
  });
}

export async function createDiaryEntry(db: Database, actor: Actor, clientId: string, input: z.infer<typeof ZDiaryCreate>) {
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'diary', 'create');
    if (actor.role !== 'client') throw forbidden('the diary is written by the client');
    const { id } = await trx
      .insertInto('diaryEntry')
      .values({
        clientId,
        entryDate: input.entryDate,
        didWhat: input.didWhat,
        howItWent: input.howItWent ?? null,
        mood: input.mood ?? null,
        sharedWithCoach: input.sharedWithCoach,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await readDiary(trx, actor, clientId, id))[0];
  });
}

export async function updateDiaryEntry(db: Database, actor: Actor, entryId: string, input: z.infer<typeof ZDiaryUpdate>) {
  return db.transaction().execute(async (trx) => {
    const clientId = await authorizeRecord(trx, actor, 'diaryEntry', entryId, 'diary', 'update');
    if (actor.role !== 'client') throw notFound('diary entry');
    await trx.updateTable('diaryEntry').set({ ...input, updatedAt: sql`now()` }).where('id', '=', entryId).execute();
    return (await readDiary(trx, actor, clientId, entryId))[0];
  });
}

export async function addDiaryComment(db: Database, actor: Actor, entryId: string, input: z.infer<typeof ZCommentCreate>) {
  return db.transaction().execute(async (trx) => {
    const clientId = await authorizeRecord(trx, actor, 'diaryEntry', entryId, 'diary', 'update');
    if (!isStaff(actor.role)) throw forbidden('comments are the coach’s');
    const entry = await trx.selectFrom('diaryEntry').select('sharedWithCoach').where('id', '=', entryId).executeTakeFirstOrThrow();
    // An entry the client has not shared does not exist for the coach.
    if (!entry.sharedWithCoach) throw notFound('diary entry');
    await trx.insertInto('diaryComment').values({ entryId, authorId: actor.userId, body: input.body }).execute();
    return (await readDiary(trx, actor, clientId, entryId))[0];
  });
}
