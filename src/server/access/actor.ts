// The signed-in person on whose behalf a request runs, with what scopes their queries need.
import type { Database } from '../../db/connection.ts';
import type { Locale, Role } from '../../domain/codes.ts';

export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  locale: Locale;
  /** The client record of a client user. */
  clientId: string | null;
  /** Units whose clients a coach or unit manager serves. */
  unitIds: string[];
}

/** Loads the actor of an active user; null for an unknown or deactivated account. */
export async function loadActor(db: Database, userId: string): Promise<Actor | null> {
  const user = await db
    .selectFrom('appUser')
    .leftJoin('client', 'client.userId', 'appUser.id')
    .select([
      'appUser.id',
      'appUser.email',
      'appUser.displayName',
      'appUser.role',
      'appUser.organisationId',
      'appUser.locale',
      'client.id as clientId',
    ])
    .where('appUser.id', '=', userId)
    .where('appUser.active', '=', true)
    .executeTakeFirst();
  if (!user) return null;
  const role = user.role as Role;
  let unitIds: string[] = [];
  if (role === 'coach') {
    unitIds = (await db.selectFrom('unitStaff').select('unitId').where('userId', '=', userId).execute()).map((r) => r.unitId);
  } else if (role === 'unit_manager' && user.organisationId) {
    unitIds = (await db.selectFrom('unit').select('id').where('organisationId', '=', user.organisationId).execute()).map((r) => r.id);
  }
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role,
    organisationId: user.organisationId,
    locale: user.locale as Locale,
    clientId: user.clientId,
    unitIds,
  };
}

export function publicUser(actor: Actor) {
  return {
    id: actor.userId,
    email: actor.email,
    displayName: actor.displayName,
    role: actor.role,
    organisationId: actor.organisationId,
    locale: actor.locale,
    clientId: actor.clientId,
  };
}
