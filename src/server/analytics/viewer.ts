// Who looks at the figures decides which periods count and whether small groups are hidden.
// Staff and purchasers see figures about clients they may see individually anyway (their own
// caseload, their organisation's units, the services they pay for), so nothing is hidden from
// them; researchers and the public summary only ever get suppressed aggregates.
import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../access/actor.ts';
import { AppError, forbidden } from '../errors.ts';

export type ViewerKind = 'coach' | 'unit_manager' | 'purchaser' | 'admin' | 'researcher' | 'public';

export interface Viewer {
  kind: ViewerKind;
  /** SQL condition on the period (alias p) and its unit (alias u). */
  scope: RawBuilder<boolean>;
  suppress: boolean;
  minGroup: number;
  /** The purchasing municipality the figures are limited to, if any. */
  municipalityId: string | null;
  actor: Actor | null;
}

/** `municipalityId` narrows admin, researcher and public views to one purchaser's services;
 * purchasers are always limited to their own. */
export function viewerFor(actor: Actor | null, minGroup: number, municipalityId?: string): Viewer {
  const base = { minGroup, actor };
  const narrowed = municipalityId ? sql<boolean>`p.purchaser_id = ${municipalityId}` : sql<boolean>`true`;
  if (!actor) return { ...base, kind: 'public', scope: narrowed, suppress: true, municipalityId: municipalityId ?? null };
  switch (actor.role) {
    case 'coach':
      return { ...base, kind: 'coach', scope: sql<boolean>`p.coach_id = ${actor.userId} and ${narrowed}`, suppress: false, municipalityId: municipalityId ?? null };
    case 'unit_manager':
      if (!actor.organisationId) throw forbidden('a unit manager without an organisation');
      return { ...base, kind: 'unit_manager', scope: sql<boolean>`u.organisation_id = ${actor.organisationId} and ${narrowed}`, suppress: false, municipalityId: municipalityId ?? null };
    case 'purchaser':
      if (!actor.organisationId) throw forbidden('a purchaser without an organisation');
      if (municipalityId && municipalityId !== actor.organisationId) throw new AppError(404, 'errors.notFound', 'another municipality’s figures');
      return { ...base, kind: 'purchaser', scope: sql<boolean>`p.purchaser_id = ${actor.organisationId}`, suppress: false, municipalityId: actor.organisationId };
    case 'admin':
      return { ...base, kind: 'admin', scope: narrowed, suppress: false, municipalityId: municipalityId ?? null };
    case 'researcher':
      return { ...base, kind: 'researcher', scope: narrowed, suppress: true, municipalityId: municipalityId ?? null };
    default:
      throw forbidden('analytics are for staff, purchasers and researchers');
  }
}

/** Every period of the viewer's municipality (or of all, without one), whoever the viewer is: the
 * model is fitted on them all, because it describes clients and only its coefficients leave. */
export function municipalityWide(viewer: Viewer): Viewer {
  const scope = viewer.municipalityId ? sql<boolean>`p.purchaser_id = ${viewer.municipalityId}` : sql<boolean>`true`;
  return { ...viewer, kind: 'admin', scope, suppress: false };
}
