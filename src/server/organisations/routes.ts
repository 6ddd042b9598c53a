// Organisations (municipalities, providers, employers), their units and unit staff.
import { z } from 'zod';
import * as codes from '../../domain/codes.ts';
import { parseBusinessId } from '../../domain/identity/business-id.ts';
import type { App, AppContext } from '../app.ts';
import type { Actor } from '../access/actor.ts';
import { requireActor } from '../access/routes.ts';
import { conflict, forbidden, invalidField, notFound } from '../errors.ts';
import { ZId, ZIdParams, ZText } from '../pathway/schemas.ts';
import type { Database } from '../../db/connection.ts';

const tags = ['organisations'];

export const ZOrganisationCreate = z.object({
  kind: z.enum(codes.ORGANISATION_KINDS),
  name: z.string().trim().min(1).max(200),
  municipalityCode: z.string().regex(/^\d{3}$/, { message: 'errors.invalidMunicipalityCode' }).optional(),
  businessId: z.string().trim().optional(),
  sector: z.enum(codes.PROVIDER_SECTORS).optional(),
});
export const ZUnitCreate = z.object({
  name: z.string().trim().min(1).max(200),
  unitType: z.enum(codes.UNIT_TYPES),
  municipalityCode: z.string().regex(/^\d{3}$/, { message: 'errors.invalidMunicipalityCode' }),
  address: ZText(300),
});

/** What each kind of organisation must have: a municipality its code, others a valid business ID. */
function checkOrganisation(input: z.infer<typeof ZOrganisationCreate>) {
  if (input.kind === 'municipality') {
    if (!input.municipalityCode) throw invalidField('municipalityCode', 'errors.required');
    return { municipalityCode: input.municipalityCode, businessId: null, sector: null };
  }
  if (!input.businessId) throw invalidField('businessId', 'errors.required');
  const parsed = parseBusinessId(input.businessId);
  if (!parsed.ok) throw invalidField('businessId', 'errors.invalidBusinessId');
  if (input.kind === 'provider' && !input.sector) throw invalidField('sector', 'errors.required');
  return { municipalityCode: null, businessId: parsed.value, sector: input.kind === 'provider' ? input.sector! : null };
}

/** An admin manages every organisation; a unit manager their own. */
function mayManage(actor: Actor, organisationId: string) {
  return actor.role === 'admin' || (actor.role === 'unit_manager' && actor.organisationId === organisationId);
}

async function unitOrganisation(db: Database, unitId: string) {
  const unit = await db.selectFrom('unit').select('organisationId').where('id', '=', unitId).executeTakeFirst();
  if (!unit) throw notFound('unit');
  return unit.organisationId;
}

export function organisationRoutes(app: App, { db }: AppContext) {
  app.get(
    '/api/organisations',
    { schema: { tags, summary: 'Organisations (admin, purchaser)', querystring: z.object({ kind: z.enum(codes.ORGANISATION_KINDS).optional() }) } },
    async (req) => {
      const actor = requireActor(req);
      if (actor.role !== 'admin' && actor.role !== 'purchaser') throw forbidden('organisation register');
      let query = db.selectFrom('organisation').select(['id', 'kind', 'name', 'municipalityCode', 'businessId', 'sector']).orderBy('name');
      if (req.query.kind) query = query.where('kind', '=', req.query.kind);
      return query.execute();
    },
  );

  app.post('/api/organisations', { schema: { tags, summary: 'Add an organisation (admin)', body: ZOrganisationCreate } }, async (req, reply) => {
    const actor = requireActor(req);
    if (actor.role !== 'admin') throw forbidden('admin only');
    const checked = checkOrganisation(req.body);
    const duplicate = await db
      .selectFrom('organisation')
      .select('id')
      .where((eb) =>
        checked.businessId
          ? eb('businessId', '=', checked.businessId)
          : eb.and([eb('kind', '=', 'municipality'), eb('municipalityCode', '=', checked.municipalityCode)]),
      )
      .executeTakeFirst();
    if (duplicate) throw conflict(checked.businessId ? 'errors.businessIdExists' : 'errors.municipalityExists');
    const created = await db
      .insertInto('organisation')
      .values({ kind: req.body.kind, name: req.body.name, ...checked })
      .returning(['id', 'kind', 'name', 'municipalityCode', 'businessId', 'sector'])
      .executeTakeFirstOrThrow();
    return reply.code(201).send(created);
  });

  app.post('/api/organisations/:id/units', { schema: { tags, summary: 'Add a unit to a provider', params: ZIdParams, body: ZUnitCreate } }, async (req, reply) => {
    const actor = requireActor(req);
    const organisation = await db.selectFrom('organisation').select(['id', 'kind']).where('id', '=', req.params.id).executeTakeFirst();
    if (!organisation || !mayManage(actor, organisation.id)) throw notFound('organisation');
    if (organisation.kind !== 'provider') throw invalidField('id', 'errors.unitsBelongToProviders');
    const unit = await db
      .insertInto('unit')
      .values({ organisationId: organisation.id, name: req.body.name, unitType: req.body.unitType, municipalityCode: req.body.municipalityCode, address: req.body.address ?? null })
      .returning(['id', 'organisationId', 'name', 'unitType', 'municipalityCode', 'address'])
      .executeTakeFirstOrThrow();
    return reply.code(201).send(unit);
  });

  app.post(
    '/api/units/:id/staff',
    { schema: { tags, summary: 'A staff member starts working in a unit', params: ZIdParams, body: z.object({ userId: ZId }) } },
    async (req, reply) => {
      const actor = requireActor(req);
      const organisationId = await unitOrganisation(db, req.params.id);
      if (!mayManage(actor, organisationId)) throw notFound('unit');
      const user = await db.selectFrom('appUser').select(['role', 'organisationId']).where('id', '=', req.body.userId).executeTakeFirst();
      if (!user || (user.role !== 'coach' && user.role !== 'unit_manager') || user.organisationId !== organisationId) {
        throw invalidField('userId', 'errors.notStaffOfOrganisation');
      }
      await db.insertInto('unitStaff').values({ unitId: req.params.id, userId: req.body.userId }).onConflict((oc) => oc.doNothing()).execute();
      return reply.code(204).send();
    },
  );
}
