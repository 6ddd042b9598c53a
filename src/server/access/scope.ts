// Which clients an actor may see, as SQL. Every query that touches client data filters with this,
// so that rows outside the scope are never fetched (and answer 404 like rows that do not exist).
import { sql, type ExpressionBuilder, type Expression, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Database } from '../../db/connection.ts';
import { pgArray } from '../../db/arrays.ts';
import { mayAccess, accessGround, type ClientResource } from '../../domain/access/permissions.ts';
import type { AccessAction } from '../../domain/codes.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';

type Db = Database | Transaction<DB>;

/** A condition on the `client` table (as named in the query) that holds for clients in scope. */
export function clientInScope(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'client'>): Expression<SqlBool> => {
    switch (actor.role) {
      case 'admin':
        return sql<boolean>`true`;
      case 'client':
        return eb('client.userId', '=', actor.userId);
      case 'coach':
      case 'unit_manager':
        if (actor.unitIds.length === 0) return sql<boolean>`false`;
        return eb.or([
          eb('client.homeUnitId', 'in', actor.unitIds),
          eb.exists(
            eb
              .selectFrom('servicePeriod as scopePeriod')
              .select(sql`1`.as('one'))
              .whereRef('scopePeriod.clientId', '=', 'client.id')
              .where('scopePeriod.unitId', 'in', actor.unitIds),
          ),
        ]);
      case 'purchaser':
        if (!actor.organisationId) return sql<boolean>`false`;
        return eb.exists(
          eb
            .selectFrom('servicePeriod as scopePeriod')
            .select(sql`1`.as('one'))
            .whereRef('scopePeriod.clientId', '=', 'client.id')
            .where('scopePeriod.purchaserId', '=', actor.organisationId),
        );
      default:
        return sql<boolean>`false`;
    }
  };
}

export interface AccessEntry {
  clientId: string;
  action: AccessAction;
  resource: string;
  resourceId?: string | null;
}

/** Above this many rows (a month's invoice drafts name every client of a city) the rows go in as
 * one array per column instead of a parameter per value. */
const BULK_LOG_ROWS = 500;

/** Appends access-log rows; call inside the transaction of the read or change it records. */
export async function logAccess(db: Db, actor: Actor, entries: AccessEntry[]) {
  if (entries.length === 0) return;
  if (entries.length >= BULK_LOG_ROWS) {
    const column = (f: (e: AccessEntry) => string | null) => pgArray(entries.map(f));
    await sql`
      insert into access_log (actor_user_id, actor_name, actor_role, client_id, action, resource, resource_id, ground)
      select ${actor.userId}::uuid, ${actor.displayName}, ${actor.role}, u.client_id, u.action, u.resource, u.resource_id, ${accessGround(actor.role)}
        from unnest(${column((e) => e.clientId)}::uuid[], ${column((e) => e.action)}::text[], ${column((e) => e.resource)}::text[], ${column((e) => e.resourceId ?? null)}::text[])
          as u (client_id, action, resource, resource_id)`.execute(db);
    return;
  }
  await db
    .insertInto('accessLog')
    .values(
      entries.map((e) => ({
        actorUserId: actor.userId,
        actorName: actor.displayName,
        actorRole: actor.role,
        clientId: e.clientId,
        action: e.action,
        resource: e.resource,
        resourceId: e.resourceId ?? null,
        ground: accessGround(actor.role),
      })),
    )
    .execute();
}

/**
 * Checks that the client is in the actor's scope (else 404) and that the role may do this to this
 * kind of record (else 403), then logs the access. Returns the client id.
 */
export async function authorizeClient(
  db: Db,
  actor: Actor,
  clientId: string,
  resource: ClientResource,
  action: AccessAction,
  resourceId?: string | null,
): Promise<string> {
  const found = await db
    .selectFrom('client')
    .select('client.id')
    .where('client.id', '=', clientId)
    .where(clientInScope(actor))
    .executeTakeFirst();
  if (!found) throw notFound('client');
  if (!mayAccess(actor.role, resource, action === 'read' ? 'read' : 'write')) throw forbidden(`${actor.role} may not ${action} ${resource}`);
  await logAccess(db, actor, [{ clientId, action, resource, resourceId }]);
  return clientId;
}


/**
 * authorizeRecord for many records of one kind at once (one query and one access-log insert, not
 * one of each per record): every record must exist and belong to a client in scope (else 404).
 * Returns each record's client id.
 */
export async function authorizeRecords(
  db: Db,
  actor: Actor,
  table: ClientOwnedTable,
  ids: readonly string[],
  resource: ClientResource,
  action: AccessAction,
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  // Every client-owned table has an id and a client_id; the query is typed through one of them.
  const owned = table as 'servicePeriod';
  const rows = await db
    .selectFrom(owned)
    .innerJoin('client', 'client.id', `${owned}.clientId`)
    .select([`${owned}.id as id`, `${owned}.clientId as clientId`])
    .where(`${owned}.id`, 'in', [...ids])
    .where(clientInScope(actor))
    .execute();
  const clientOf = new Map(rows.map((r) => [r.id, r.clientId]));
  if (ids.some((id) => !clientOf.has(id))) throw notFound(table);
  if (!mayAccess(actor.role, resource, action === 'read' ? 'read' : 'write')) throw forbidden(`${actor.role} may not ${action} ${resource}`);
  await logAccess(db, actor, ids.map((id) => ({ clientId: clientOf.get(id)!, action, resource, resourceId: id })));
  return clientOf;
}

/** Tables whose rows belong to one client through a client_id column. */
type ClientOwnedTable = 'servicePeriod' | 'goal' | 'diaryEntry' | 'attendance' | 'placement' | 'deviceLoan' | 'referral';

/** Finds the client a record belongs to, then authorizes as above. A missing record is a 404. */
export async function authorizeRecord(
  db: Db,
  actor: Actor,
  table: ClientOwnedTable,
  id: string,
  resource: ClientResource,
  action: AccessAction,
): Promise<string> {
  const row = await db
    .selectFrom(table)
    .select('clientId')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound(table);
  return authorizeClient(db, actor, row.clientId, resource, action, id);
}
