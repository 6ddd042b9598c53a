// Routes of the client pathway. Each handler checks the session and calls one service function.
import type { App, AppContext } from '../app.ts';
import { requireActor } from '../access/routes.ts';
import { getCaseload } from './caseload.ts';
import { createClient, getClient, getIntake, listClients, saveIntake, updateClient } from './clients.ts';
import { addDiaryComment, createDiaryEntry, listDiary, updateDiaryEntry } from './diary.ts';
import { deleteAttendance, listAttendance, recordAttendance } from './attendance.ts';
import { createPeriod, endPeriod, listPeriods, recordFollowUp, updatePeriod } from './periods.ts';
import { addAssessment, createGoal, getPlan, updateGoal } from './plan.ts';
import * as s from './schemas.ts';
import {
  createPlacement,
  createReferral,
  lendDevice,
  listDevices,
  listPlacements,
  listReferrals,
  readAccessLog,
  resolveReferral,
  returnDevice,
} from './support.ts';

const tags = ['pathway'];
const params = s.ZIdParams;

export function pathwayRoutes(app: App, { db }: AppContext) {
  app.get('/api/caseload', { schema: { tags, summary: 'My clients and tasks' } }, async (req) => getCaseload(db, requireActor(req)));

  app.get('/api/clients', { schema: { tags, summary: 'Search clients in scope', querystring: s.ZClientQuery } }, async (req) =>
    listClients(db, requireActor(req), req.query),
  );
  app.post('/api/clients', { schema: { tags, summary: 'Create a client record', body: s.ZClientCreate } }, async (req, reply) =>
    reply.code(201).send(await createClient(db, requireActor(req), req.body)),
  );
  app.get('/api/clients/:id', { schema: { tags, summary: 'A client record', params } }, async (req) =>
    getClient(db, requireActor(req), req.params.id),
  );
  app.patch('/api/clients/:id', { schema: { tags, summary: 'Change a client record', params, body: s.ZClientUpdate } }, async (req) =>
    updateClient(db, requireActor(req), req.params.id, req.body),
  );

  app.get('/api/clients/:id/intake', { schema: { tags, summary: 'Intake mapping', params } }, async (req) =>
    getIntake(db, requireActor(req), req.params.id),
  );
  app.put('/api/clients/:id/intake', { schema: { tags, summary: 'Save intake mapping', params, body: s.ZIntake } }, async (req) =>
    saveIntake(db, requireActor(req), req.params.id, req.body),
  );

  app.get('/api/clients/:id/periods', { schema: { tags, summary: 'Service periods with follow-ups', params } }, async (req) =>
    listPeriods(db, requireActor(req), req.params.id),
  );
  app.post('/api/clients/:id/periods', { schema: { tags, summary: 'Start a service period', params, body: s.ZPeriodCreate } }, async (req, reply) =>
    reply.code(201).send(await createPeriod(db, requireActor(req), req.params.id, req.body)),
  );
  app.patch('/api/periods/:id', { schema: { tags, summary: 'Change an open period', params, body: s.ZPeriodUpdate } }, async (req) =>
    updatePeriod(db, requireActor(req), req.params.id, req.body),
  );
  app.post('/api/periods/:id/end', { schema: { tags, summary: 'End a period with its destination', params, body: s.ZPeriodEnd } }, async (req) =>
    endPeriod(db, requireActor(req), req.params.id, req.body),
  );
  app.post('/api/follow-ups/:id', { schema: { tags, summary: 'Record a follow-up', params, body: s.ZFollowUpRecord } }, async (req) =>
    recordFollowUp(db, requireActor(req), req.params.id, req.body),
  );

  app.get('/api/clients/:id/plan', { schema: { tags, summary: 'Plan, goals and assessments', params } }, async (req) =>
    getPlan(db, requireActor(req), req.params.id),
  );
  app.post('/api/clients/:id/goals', { schema: { tags, summary: 'Add a goal', params, body: s.ZGoalCreate } }, async (req, reply) =>
    reply.code(201).send(await createGoal(db, requireActor(req), req.params.id, req.body)),
  );
  app.patch('/api/goals/:id', { schema: { tags, summary: 'Change a goal', params, body: s.ZGoalUpdate } }, async (req) =>
    updateGoal(db, requireActor(req), req.params.id, req.body),
  );
  app.post('/api/goals/:id/assessments', { schema: { tags, summary: 'Assess progress', params, body: s.ZAssessmentCreate } }, async (req, reply) =>
    reply.code(201).send(await addAssessment(db, requireActor(req), req.params.id, req.body)),
  );

  app.get('/api/clients/:id/diary', { schema: { tags, summary: 'Diary entries', params } }, async (req) =>
    listDiary(db, requireActor(req), req.params.id),
  );
  app.post('/api/clients/:id/diary', { schema: { tags, summary: 'Write a diary entry', params, body: s.ZDiaryCreate } }, async (req, reply) =>
    reply.code(201).send(await createDiaryEntry(db, requireActor(req), req.params.id, req.body)),
  );
  app.patch('/api/diary/:id', { schema: { tags, summary: 'Change a diary entry', params, body: s.ZDiaryUpdate } }, async (req) =>
    updateDiaryEntry(db, requireActor(req), req.params.id, req.body),
  );
  app.post('/api/diary/:id/comments', { schema: { tags, summary: 'Comment a shared entry', params, body: s.ZCommentCreate } }, async (req, reply) =>
    reply.code(201).send(await addDiaryComment(db, requireActor(req), req.params.id, req.body)),
  );

  app.get('/api/clients/:id/attendance', { schema: { tags, summary: 'Attendance', params, querystring: s.ZDateRange } }, async (req) =>
    listAttendance(db, requireActor(req), req.params.id, req.query),
  );
  app.post('/api/clients/:id/attendance', { schema: { tags, summary: 'Record attendance', params, body: s.ZAttendanceCreate } }, async (req, reply) =>
    reply.code(201).send(await recordAttendance(db, requireActor(req), req.params.id, req.body)),
  );
  app.delete('/api/attendance/:id', { schema: { tags, summary: 'Remove a mistaken record', params } }, async (req, reply) => {
    await deleteAttendance(db, requireActor(req), req.params.id);
    return reply.code(204).send();
  });

  app.get('/api/clients/:id/placements', { schema: { tags, summary: 'Placements with employers', params } }, async (req) =>
    listPlacements(db, requireActor(req), req.params.id),
  );
  app.post('/api/clients/:id/placements', { schema: { tags, summary: 'Add a placement', params, body: s.ZPlacementCreate } }, async (req, reply) =>
    reply.code(201).send(await createPlacement(db, requireActor(req), req.params.id, req.body)),
  );
  app.get('/api/clients/:id/devices', { schema: { tags, summary: 'Lent devices', params } }, async (req) =>
    listDevices(db, requireActor(req), req.params.id),
  );
  app.post('/api/clients/:id/devices', { schema: { tags, summary: 'Lend a device', params, body: s.ZDeviceCreate } }, async (req, reply) =>
    reply.code(201).send(await lendDevice(db, requireActor(req), req.params.id, req.body)),
  );
  app.post('/api/devices/:id/return', { schema: { tags, summary: 'Record a device returned', params, body: s.ZDeviceReturn } }, async (req) =>
    returnDevice(db, requireActor(req), req.params.id, req.body),
  );
  app.get('/api/clients/:id/referrals', { schema: { tags, summary: 'Referrals to outside services', params } }, async (req) =>
    listReferrals(db, requireActor(req), req.params.id),
  );
  app.post('/api/clients/:id/referrals', { schema: { tags, summary: 'Refer to an outside service', params, body: s.ZReferralCreate } }, async (req, reply) =>
    reply.code(201).send(await createReferral(db, requireActor(req), req.params.id, req.body)),
  );
  app.post('/api/referrals/:id/resolve', { schema: { tags, summary: 'Resolve a referral', params, body: s.ZReferralResolve } }, async (req) =>
    resolveReferral(db, requireActor(req), req.params.id, req.body),
  );
  app.get('/api/clients/:id/access-log', { schema: { tags, summary: 'Who has processed the client’s data', params } }, async (req) =>
    readAccessLog(db, requireActor(req), req.params.id),
  );
}
