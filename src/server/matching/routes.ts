// Routes of job seeker profiles, job postings and matching (issue 6).
import type { App, AppContext } from '../app.ts';
import { requireActor } from '../access/routes.ts';
import { ZIdParams } from '../pathway/schemas.ts';
import * as s from './schemas.ts';
import { getProfile, getProfileAsEmployer, listEmployerChoices, saveProfileContent, setVisibility } from './profiles.ts';
import { createPosting, getPosting, listPostings, updatePosting } from './postings.ts';
import { clientsForNeed, needsForClient, postingsForClient, seekersForPosting, servicesForClient } from './matches.ts';

const tags = ['matching'];
const params = ZIdParams;

export function matchingRoutes(app: App, { db }: AppContext) {
  app.get('/api/clients/:id/profile', { schema: { tags, summary: 'A client’s job seeker profile (the client; staff in scope)', params } }, async (req) =>
    getProfile(db, requireActor(req), req.params.id, req.locale),
  );
  app.put(
    '/api/clients/:id/profile',
    { schema: { tags, summary: 'Save the content of the profile (the client; staff in scope may help)', params, body: s.ZProfileContent } },
    async (req) => saveProfileContent(db, requireActor(req), req.params.id, req.body, req.locale),
  );
  app.put(
    '/api/clients/:id/profile/visibility',
    { schema: { tags, summary: 'Who sees the profile: hidden, chosen employers, public (the client alone)', params, body: s.ZVisibility } },
    async (req) => setVisibility(db, requireActor(req), req.params.id, req.body, req.locale),
  );
  app.get('/api/job-seekers/:id', { schema: { tags, summary: 'A profile its owner lets the calling employer see (logged)', params } }, async (req) =>
    getProfileAsEmployer(db, requireActor(req), req.params.id, req.locale),
  );
  app.get('/api/matching/employers', { schema: { tags, summary: 'Employer organisations a profile can be shown to' } }, async (req) => {
    requireActor(req);
    return listEmployerChoices(db);
  });

  app.get('/api/postings', { schema: { tags, summary: 'Open job postings; `mine=1`: the employer’s own, closed ones too', querystring: s.ZPostingQuery } }, async (req) =>
    listPostings(db, requireActor(req), req.query, req.locale),
  );
  app.get('/api/postings/:id', { schema: { tags, summary: 'A posting (open ones; the employer’s own in any state)', params } }, async (req) =>
    getPosting(db, requireActor(req), req.params.id, req.locale),
  );
  app.post('/api/postings', { schema: { tags, summary: 'Create a posting (employer)', body: s.ZPostingCreate } }, async (req, reply) =>
    reply.code(201).send(await createPosting(db, requireActor(req), req.body, req.locale)),
  );
  app.patch('/api/postings/:id', { schema: { tags, summary: 'Edit or close (status) an own posting (employer)', params, body: s.ZPostingUpdate } }, async (req) =>
    updatePosting(db, requireActor(req), req.params.id, req.body, req.locale),
  );
  app.post('/api/postings/:id/close', { schema: { tags, summary: 'Close an own posting (employer)', params } }, async (req) =>
    updatePosting(db, requireActor(req), req.params.id, { status: 'closed' }, req.locale),
  );

  app.get(
    '/api/clients/:id/matches/postings',
    { schema: { tags, summary: 'Open postings for the client’s profile, ranked, with reasons', params, querystring: s.ZMatchQuery } },
    async (req) => postingsForClient(db, requireActor(req), req.params.id, req.locale, req.query.limit),
  );
  app.get(
    '/api/clients/:id/matches/needs',
    { schema: { tags, summary: 'Open employer needs of the caller’s units for the client (staff)', params, querystring: s.ZMatchQuery } },
    async (req) => needsForClient(db, requireActor(req), req.params.id, req.locale, req.query.limit),
  );
  app.get(
    '/api/clients/:id/matches/services',
    { schema: { tags, summary: 'Published catalogue services for the client’s situation, with reasons', params, querystring: s.ZMatchQuery } },
    async (req) => servicesForClient(db, requireActor(req), req.params.id, req.locale, req.query.limit),
  );
  app.get(
    '/api/postings/:id/matches',
    { schema: { tags, summary: 'Job seekers for a posting: who allow the employer (employer), own clients (staff)', params, querystring: s.ZMatchQuery } },
    async (req) => seekersForPosting(db, requireActor(req), req.params.id, req.locale, req.query.limit),
  );
  app.get(
    '/api/employer-needs/:id/matches',
    { schema: { tags, summary: 'The caller’s clients for an open employer need of their unit (staff)', params, querystring: s.ZMatchQuery } },
    async (req) => clientsForNeed(db, requireActor(req), req.params.id, req.locale, req.query.limit),
  );
}
