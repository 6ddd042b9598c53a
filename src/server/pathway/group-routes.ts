// Routes of group activities.
import { z } from 'zod';
import type { App, AppContext } from '../app.ts';
import { requireActor } from '../access/routes.ts';
import { todayIso } from '../../domain/calendar/dates.ts';
import { addParticipant, createGroup, getGroup, getGroupAttendance, listGroups, recordGroupAttendance, removeParticipant, updateGroup } from './groups.ts';
import * as s from './schemas.ts';

const tags = ['groups'];
const params = s.ZIdParams;

export function groupRoutes(app: App, { db }: AppContext) {
  app.get('/api/groups', { schema: { tags, summary: 'Groups in scope (a client: own groups)' } }, async (req) => listGroups(db, requireActor(req)));
  app.post('/api/groups', { schema: { tags, summary: 'Create a group', body: s.ZGroupCreate } }, async (req, reply) =>
    reply.code(201).send(await createGroup(db, requireActor(req), req.body)),
  );
  app.get('/api/groups/:id', { schema: { tags, summary: 'A group with timetable and participants', params } }, async (req) =>
    getGroup(db, requireActor(req), req.params.id),
  );
  app.patch('/api/groups/:id', { schema: { tags, summary: 'Change a group', params, body: s.ZGroupUpdate } }, async (req) =>
    updateGroup(db, requireActor(req), req.params.id, req.body),
  );
  app.post('/api/groups/:id/participants', { schema: { tags, summary: 'Add a participant', params, body: s.ZParticipantAdd } }, async (req) =>
    addParticipant(db, requireActor(req), req.params.id, req.body),
  );
  app.delete(
    '/api/groups/:id/participants/:clientId',
    {
      schema: {
        tags,
        summary: 'A participant leaves the group',
        params: z.object({ id: s.ZId, clientId: s.ZId }),
        querystring: z.object({ leftOn: s.ZDate.optional() }),
      },
    },
    async (req) => removeParticipant(db, requireActor(req), req.params.id, req.params.clientId, req.query.leftOn ?? todayIso()),
  );
  app.get(
    '/api/groups/:id/attendance',
    { schema: { tags, summary: 'The group’s attendance on a date', params, querystring: z.object({ date: s.ZDate }) } },
    async (req) => getGroupAttendance(db, requireActor(req), req.params.id, req.query.date),
  );
  app.post('/api/groups/:id/attendance', { schema: { tags, summary: 'Record the whole group’s attendance for a date', params, body: s.ZGroupAttendance } }, async (req) =>
    recordGroupAttendance(db, requireActor(req), req.params.id, req.body),
  );
}
