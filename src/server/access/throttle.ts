// Login throttling against password guessing: too many failures for one address, or from one IP,
// within a window lock further attempts until the window has passed. Counts live in the database,
// so every server process sees the same counts.
import { sql } from 'kysely';
import type { Database } from '../../db/connection.ts';

export const THROTTLE = { windowMinutes: 15, maxFailuresPerEmail: 5, maxFailuresPerIp: 20 } as const;

/** Seconds until another attempt is allowed, or 0 when it is allowed now. */
export async function loginRetryAfter(db: Database, email: string, ip: string): Promise<number> {
  const window = sql<Date>`now() - make_interval(mins => ${THROTTLE.windowMinutes})`;
  // Failures count since the window began or since the address's last success, whichever is later.
  const lastSuccess = db
    .selectFrom('loginAttempt')
    .select((eb) => eb.fn.max('at').as('at'))
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .where('success', '=', true);
  const rows = await db
    .selectFrom('loginAttempt')
    .select([
      sql<number>`count(*) filter (where lower(email) = ${email.toLowerCase()} and at > coalesce((${lastSuccess}), '-infinity'))`.as('byEmail'),
      sql<number>`count(*) filter (where ip = ${ip})`.as('byIp'),
      sql<number>`extract(epoch from (min(at) + make_interval(mins => ${THROTTLE.windowMinutes}) - now()))`.as('oldestExpiresIn'),
    ])
    .where('success', '=', false)
    .where('at', '>', window)
    .where((eb) => eb.or([eb(sql`lower(email)`, '=', email.toLowerCase()), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  if (rows.byEmail >= THROTTLE.maxFailuresPerEmail || rows.byIp >= THROTTLE.maxFailuresPerIp) {
    return Math.max(1, Math.ceil(Number(rows.oldestExpiresIn)));
  }
  return 0;
}

export async function recordLoginAttempt(db: Database, email: string, ip: string, success: boolean) {
  await db.insertInto('loginAttempt').values({ email: email.toLowerCase(), ip, success }).execute();
}
