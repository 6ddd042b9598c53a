// Routes of the service catalogue. Searching and reading published services needs no sign-in;
// providers' unit managers (and admins) manage their organisation's services.
import type { App, AppContext } from '../app.ts';
import { requireActor } from '../access/routes.ts';
import { ZIdParams } from '../pathway/schemas.ts';
import * as s from './schemas.ts';
import { createService, getService, ownServices, referToService, searchServices, setPublished, updateService } from './services.ts';

const tags = ['catalogue'];
const params = ZIdParams;

export function catalogueRoutes(app: App, { db }: AppContext) {
  app.get('/api/catalogue/services', { schema: { tags, summary: 'Search published services (no sign-in)', querystring: s.ZCatalogueQuery } }, async (req) =>
    searchServices(db, req.query, req.locale),
  );
  app.get('/api/catalogue/services/:id', { schema: { tags, summary: 'A service with the earlier versions of its description', params } }, async (req) =>
    getService(db, req.actor, req.params.id, req.locale),
  );
  app.get('/api/catalogue/own-services', { schema: { tags, summary: 'The services of the caller’s provider, published or not' } }, async (req) =>
    ownServices(db, requireActor(req), req.locale),
  );
  app.post('/api/catalogue/services', { schema: { tags, summary: 'Add a service (provider’s unit manager)', body: s.ZServiceCreate } }, async (req, reply) =>
    reply.code(201).send(await createService(db, requireActor(req), req.body, req.locale)),
  );
  app.patch('/api/catalogue/services/:id', { schema: { tags, summary: 'Change a service; the description keeps its history', params, body: s.ZServiceUpdate } }, async (req) =>
    updateService(db, requireActor(req), req.params.id, req.body, req.locale),
  );
  app.post('/api/catalogue/services/:id/publish', { schema: { tags, summary: 'Publish a service', params } }, async (req) =>
    setPublished(db, requireActor(req), req.params.id, true, req.locale),
  );
  app.post('/api/catalogue/services/:id/unpublish', { schema: { tags, summary: 'Withdraw a service from the catalogue', params } }, async (req) =>
    setPublished(db, requireActor(req), req.params.id, false, req.locale),
  );
  app.post(
    '/api/catalogue/services/:id/referrals',
    { schema: { tags, summary: 'Refer a client to the service (coach)', params, body: s.ZCatalogueReferral } },
    async (req, reply) => reply.code(201).send(await referToService(db, requireActor(req), req.params.id, req.body)),
  );
}
