// Routes of employer work.
import type { App, AppContext } from '../app.ts';
import { requireActor } from '../access/routes.ts';
import { addEmployerContact, addEmployerNeed, createEmployer, getEmployer, listEmployers } from './employers.ts';
import * as s from './schemas.ts';

const tags = ['employers'];
const params = s.ZIdParams;

export function employerRoutes(app: App, { db }: AppContext) {
  app.get('/api/employers', { schema: { tags, summary: 'Employers with the caller’s units’ needs and contacts' } }, async (req) =>
    listEmployers(db, requireActor(req)),
  );
  app.post('/api/employers', { schema: { tags, summary: 'Add an employer', body: s.ZEmployerCreate } }, async (req, reply) =>
    reply.code(201).send(await createEmployer(db, requireActor(req), req.body)),
  );
  app.get('/api/employers/:id', { schema: { tags, summary: 'Needs, contacts and placements', params } }, async (req) =>
    getEmployer(db, requireActor(req), req.params.id),
  );
  app.post('/api/employers/:id/needs', { schema: { tags, summary: 'Record work the employer needs done', params, body: s.ZEmployerNeed } }, async (req, reply) =>
    reply.code(201).send(await addEmployerNeed(db, requireActor(req), req.params.id, req.body)),
  );
  app.post('/api/employers/:id/contacts', { schema: { tags, summary: 'Record a contact', params, body: s.ZEmployerContact } }, async (req, reply) =>
    reply.code(201).send(await addEmployerContact(db, requireActor(req), req.params.id, req.body)),
  );
}
