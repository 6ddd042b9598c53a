// Reference data every page needs: code lists, public holidays, and the units and staff in scope.
import { z } from 'zod';
import * as codes from '../../domain/codes.ts';
import { finnishHolidays } from '../../domain/calendar/holidays.ts';
import { isStaff } from '../../domain/access/permissions.ts';
import type { App, AppContext } from '../app.ts';
import { requireActor } from '../access/routes.ts';
import { forbidden } from '../errors.ts';
import type { Actor } from '../access/actor.ts';

export function requireStaff(actor: Actor) {
  if (!isStaff(actor.role)) throw forbidden('staff only');
  return actor;
}

/** Units an actor works with: their own for coaches and managers, all for an admin. */
export function unitFilter(actor: Actor): string[] | 'all' {
  return actor.role === 'admin' ? 'all' : actor.unitIds;
}

export function referenceRoutes(app: App, { db }: AppContext) {
  app.get('/api/codes', { schema: { tags: ['reference'], summary: 'All code lists' } }, async () => codes.CODE_LISTS);

  app.get(
    '/api/holidays',
    { schema: { tags: ['reference'], summary: 'Finnish public holidays of a year', querystring: z.object({ year: z.coerce.number().int().min(1900).max(2200) }) } },
    async (req) => finnishHolidays(req.query.year),
  );

  app.get('/api/units', { schema: { tags: ['reference'], summary: 'Units in the caller’s scope' } }, async (req) => {
    const actor = requireStaff(requireActor(req));
    const units = unitFilter(actor);
    if (units !== 'all' && units.length === 0) return [];
    let query = db
      .selectFrom('unit')
      .innerJoin('organisation', 'organisation.id', 'unit.organisationId')
      .select(['unit.id', 'unit.name', 'unit.unitType', 'unit.municipalityCode', 'unit.organisationId', 'organisation.name as organisationName'])
      .orderBy('unit.name');
    if (units !== 'all') query = query.where('unit.id', 'in', units);
    return query.execute();
  });

  app.get(
    '/api/staff',
    { schema: { tags: ['reference'], summary: 'Coaches of the caller’s units', querystring: z.object({ unitId: z.uuid().optional() }) } },
    async (req) => {
      const actor = requireStaff(requireActor(req));
      const units = unitFilter(actor);
      if (units !== 'all' && units.length === 0) return [];
      let query = db
        .selectFrom('unitStaff')
        .innerJoin('appUser', 'appUser.id', 'unitStaff.userId')
        .select(['appUser.id', 'appUser.displayName', (eb) => eb.fn.agg<string[]>('array_agg', ['unitStaff.unitId']).as('unitIds')])
        .where('appUser.active', '=', true)
        .groupBy(['appUser.id', 'appUser.displayName'])
        .orderBy('appUser.displayName');
      if (units !== 'all') query = query.where('unitStaff.unitId', 'in', units);
      if (req.query.unitId) query = query.where('unitStaff.unitId', '=', req.query.unitId);
      return query.execute();
    },
  );
}
