// Who sees which contracts, as SQL: a purchaser its municipality's, a unit manager (read-only) its
// provider organisation's, an admin all. Invoices are seen with their contract. Anyone else sees
// none, and a contract outside the caller's scope answers 404 like a missing one.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { forbidden } from '../errors.ts';

export function contractVisible(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'contract'>): Expression<SqlBool> => {
    if (actor.role === 'admin') return sql<boolean>`true`;
    if (!actor.organisationId) return sql<boolean>`false`;
    if (actor.role === 'purchaser') return eb('contract.purchaserId', '=', actor.organisationId);
    if (actor.role === 'unit_manager') return eb('contract.providerId', '=', actor.organisationId);
    return sql<boolean>`false`;
  };
}

/** Roles that may see some contracts at all (others get 403 on lists, 404 on records). */
export const seesContracts = (actor: Actor) => ['admin', 'purchaser', 'unit_manager'].includes(actor.role);

/** Purchasers manage their contracts and invoices; an admin manages contracts too. */
export function assertManagesContracts(actor: Actor) {
  if (actor.role !== 'purchaser' && actor.role !== 'admin') throw forbidden(`${actor.role} may not change contracts`);
}

/** Approving an invoice is the purchaser's decision only. */
export function assertApproves(actor: Actor) {
  if (actor.role !== 'purchaser') throw forbidden(`${actor.role} may not approve invoices`);
}
