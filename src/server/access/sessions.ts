// Database-backed sessions: any server process can serve any user. The cookie holds a random token;
// the database holds only its SHA-256, plus a CSRF token the page must echo on every change.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { Config } from '../config.ts';

export const SESSION_COOKIE = 'polku_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function createSession(db: Database, config: Config, userId: string) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db
    .insertInto('userSession')
    .values({
      tokenHash: hashToken(token),
      userId,
      csrfToken,
      expiresAt: sql`now() + make_interval(hours => ${config.sessionMaxHours})`,
    })
    .execute();
  return { token, csrfToken };
}

/** The live session of a token, touching its last-seen time (at most once a minute, to spare writes). */
export async function resolveSession(db: Database, config: Config, token: string) {
  const session = await db
    .selectFrom('userSession')
    .select(['userId', 'csrfToken', 'tokenHash'])
    .select(sql<boolean>`last_seen_at < now() - interval '1 minute'`.as('stale'))
    .where('tokenHash', '=', hashToken(token))
    .where('expiresAt', '>', sql<Date>`now()`)
    .where('lastSeenAt', '>', sql<Date>`now() - make_interval(mins => ${config.sessionIdleMinutes})`)
    .executeTakeFirst();
  if (!session) return null;
  if (session.stale) {
    await db.updateTable('userSession').set({ lastSeenAt: sql`now()` }).where('tokenHash', '=', session.tokenHash).execute();
  }
  return { userId: session.userId, csrfToken: session.csrfToken };
}

export async function endSession(db: Database, token: string) {
  await db.deleteFrom('userSession').where('tokenHash', '=', hashToken(token)).execute();
}

/** Removes sessions that can no longer be used; run now and then. */
export async function purgeExpiredSessions(db: Database, config: Config) {
  await db
    .deleteFrom('userSession')
    .where((eb) =>
      eb.or([
        eb('expiresAt', '<=', sql<Date>`now()`),
        eb('lastSeenAt', '<=', sql<Date>`now() - make_interval(mins => ${config.sessionIdleMinutes})`),
      ]),
    )
    .execute();
}

export function sameToken(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
