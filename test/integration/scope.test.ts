// One test per resource that another coach, unit, provider, client or role can neither read nor
// change a client's records: a foreign record answers 404, exactly like a missing one, and nothing
// changes. The people who may see the client still can.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { makePersonalId } from '../../src/domain/identity/personal-id.ts';
import { addDays, isoWeekday, todayIso } from '../../src/domain/calendar/dates.ts';
import { isFinnishHoliday } from '../../src/domain/calendar/holidays.ts';
import { api, createWorld, signIn, type Session, type World } from '../support/world.ts';

let world: World;
const r: Record<string, string> = {};
const today = todayIso();
let workday = addDays(today, -1);
while (isoWeekday(workday) > 5 || isFinnishHoliday(workday)) workday = addDays(workday, -1);

/** Everything a client has, made by the client's own coach (and the client) through the API. */
beforeAll(async () => {
  world = await createWorld();
  const coach = api(world, await signIn(world, 'coachA1'));
  const client = await coach('POST', '/api/clients', {
    firstName: 'Sisko', lastName: 'Salainen', personalId: makePersonalId('1992-09-09', 930), municipalityCode: '837',
    referrer: 'kela', homeUnitId: world.ids.unitA1, backgroundFactors: [{ factor: 'disability' }],
  });
  r.client = client.body.id;
  await world.handle.db.updateTable('client').set({ userId: world.ids.clientX }).where('id', '=', r.client).execute();
  await coach('PUT', `/api/clients/${r.client}/intake`, { workHistory: 'Salainen historia', debtSituation: 'Velkoja' });
  r.period = (await coach('POST', `/api/clients/${r.client}/periods`, {
    unitId: world.ids.unitA1, serviceKind: 'rehabilitative_work_1b', startDate: addDays(today, -100), deliveryMode: 'onsite', daysPerWeek: 3, hoursPerDay: 4,
  })).body.id;
  r.endedPeriod = (await coach('POST', `/api/clients/${r.client}/periods`, {
    unitId: world.ids.unitA1, serviceKind: 'work_trial', startDate: addDays(today, -300), deliveryMode: 'onsite', daysPerWeek: 5, hoursPerDay: 6,
  })).body.id;
  r.followUp = (await coach('POST', `/api/periods/${r.endedPeriod}/end`, { endDate: addDays(today, -200), destination: 'other_service' })).body.followUps[0].id;
  r.goal = (await coach('POST', `/api/clients/${r.client}/goals`, { kind: 'employment', title: 'Salainen tavoite', proposedBy: 'together' })).body.id;
  r.attendance = (await coach('POST', `/api/clients/${r.client}/attendance`, { periodId: r.period, date: workday, hours: 4, mode: 'onsite' })).body.id;
  r.employer = world.ids.employerOrg;
  r.placement = (await coach('POST', `/api/clients/${r.client}/placements`, { employerId: r.employer, startDate: addDays(today, -30), tasks: 'Pihatyöt' })).body.id;
  r.device = (await coach('POST', `/api/clients/${r.client}/devices`, { deviceKind: 'phone', lentOn: addDays(today, -5) })).body.id;
  r.referral = (await coach('POST', `/api/clients/${r.client}/referrals`, { service: 'Päihdepalvelut', referredOn: addDays(today, -5), followUpOn: today })).body.id;
  r.group = (await coach('POST', '/api/groups', {
    unitId: world.ids.unitA1, name: 'Kartoitusryhmä', kind: 'mapping', deliveryMode: 'hybrid', remoteLink: 'https://meet.example.fi/abc',
    startDate: addDays(today, -60), timetable: [{ weekday: 2, startTime: '09:00', endTime: '13:00' }],
  })).body.id;
  await coach('POST', `/api/groups/${r.group}/participants`, { clientId: r.client, joinedOn: addDays(today, -60) });
  const own = api(world, await signIn(world, 'clientX'));
  r.diary = (await own('POST', `/api/clients/${r.client}/diary`, { entryDate: today, didWhat: 'Salainen päiväkirja', sharedWithCoach: true })).body.id;
  for (const [key, value] of Object.entries(r)) if (!value) throw new Error(`fixture ${key} was not created`);
});
afterAll(async () => world?.close());

const reads = () => [
  `/api/clients/${r.client}`,
  `/api/clients/${r.client}/intake`,
  `/api/clients/${r.client}/periods`,
  `/api/clients/${r.client}/plan`,
  `/api/clients/${r.client}/diary`,
  `/api/clients/${r.client}/attendance`,
  `/api/clients/${r.client}/placements`,
  `/api/clients/${r.client}/devices`,
  `/api/clients/${r.client}/referrals`,
  `/api/clients/${r.client}/access-log`,
  `/api/groups/${r.group}`,
  `/api/groups/${r.group}/attendance?date=${workday}`,
];

type Write = [method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown];
const writes = (): Write[] => [
  ['PATCH', `/api/clients/${r.client}`, { lastName: 'Muutettu' }],
  ['PUT', `/api/clients/${r.client}/intake`, { workHistory: 'Muutettu' }],
  ['POST', `/api/clients/${r.client}/periods`, { unitId: world.ids.unitA1, serviceKind: 'training', startDate: today, deliveryMode: 'onsite', daysPerWeek: 1, hoursPerDay: 4 }],
  ['PATCH', `/api/periods/${r.period}`, { daysPerWeek: 1 }],
  ['POST', `/api/periods/${r.period}/end`, { endDate: today, destination: 'interrupted' }],
  ['POST', `/api/follow-ups/${r.followUp}`, { status: 'unknown', recordedOn: today }],
  ['POST', `/api/clients/${r.client}/goals`, { kind: 'education', title: 'Vieras', proposedBy: 'coach' }],
  ['PATCH', `/api/goals/${r.goal}`, { title: 'Muutettu' }],
  ['POST', `/api/goals/${r.goal}/assessments`, { assessedOn: today, score: 1 }],
  ['POST', `/api/clients/${r.client}/diary`, { entryDate: today, didWhat: 'Vieras merkintä' }],
  ['PATCH', `/api/diary/${r.diary}`, { didWhat: 'Muutettu' }],
  ['POST', `/api/diary/${r.diary}/comments`, { body: 'Vieras kommentti' }],
  ['POST', `/api/clients/${r.client}/attendance`, { periodId: r.period, date: workday, hours: 1, mode: 'remote' }],
  ['DELETE', `/api/attendance/${r.attendance}`],
  ['POST', `/api/clients/${r.client}/placements`, { employerId: r.employer, startDate: today }],
  ['POST', `/api/clients/${r.client}/devices`, { deviceKind: 'laptop', lentOn: today }],
  ['POST', `/api/devices/${r.device}/return`, { returnedOn: today }],
  ['POST', `/api/clients/${r.client}/referrals`, { service: 'Vieras', referredOn: today, followUpOn: today }],
  ['POST', `/api/referrals/${r.referral}/resolve`, { resolvedOn: today }],
  ['PATCH', `/api/groups/${r.group}`, { name: 'Muutettu' }],
  ['POST', `/api/groups/${r.group}/participants`, { clientId: r.client, joinedOn: today }],
  ['POST', `/api/groups/${r.group}/attendance`, { date: workday, entries: [{ clientId: r.client, hours: 0, mode: 'onsite' }] }],
];

/** A fingerprint of everything stored about the client (excluding the access log, which grows). */
async function fingerprint() {
  const tables = ['client', 'intake', 'service_period', 'follow_up', 'goal', 'goal_assessment', 'diary_entry', 'diary_comment', 'attendance', 'placement', 'device_loan', 'referral', 'group_activity', 'group_participant'];
  const parts: string[] = [];
  for (const table of tables) {
    const { rows } = await sql<{ t: string }>`select coalesce(string_agg(x::text, '|' order by x::text), '') as t from ${sql.table(table)} x`.execute(world.handle.db);
    parts.push(rows[0].t);
  }
  return parts.join('\n');
}

const outsiders = ['coachA2', 'coachB1', 'managerB', 'clientY', 'purchaserHki', 'employer', 'researcher'];

describe.each(outsiders)('%s, outside the client’s scope', (outsider) => {
  let session: Session;
  beforeAll(async () => {
    session = await signIn(world, outsider);
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])('cannot read resource %i', async (i) => {
    const res = await api(world, session)('GET', reads()[i]);
    expect(res.status, reads()[i]).toBe(404);
    expect(JSON.stringify(res.body)).not.toMatch(/Salai|Sisko|meet\.example/);
  });

  it('cannot change any resource, and nothing changes', async () => {
    const before = await fingerprint();
    for (const [method, url, body] of writes()) {
      const res = await api(world, session)(method, url, body);
      // Clients and non-staff roles meet a role check on some staff-only actions first; either
      // way the answer says nothing about the record.
      expect([403, 404], `${method} ${url}`).toContain(res.status);
      if (res.status === 403) expect(['clientY', 'purchaserHki', 'employer', 'researcher']).toContain(outsider);
    }
    expect(await fingerprint()).toBe(before);
  });

  it('does not see the client in lists', async () => {
    const call = api(world, session);
    const list = await call('GET', '/api/clients?q=Salainen');
    if (list.status === 200) expect(list.body).toEqual([]);
    else expect(list.status).toBe(403);
    const caseload = await call('GET', '/api/caseload');
    if (caseload.status === 200) expect(JSON.stringify(caseload.body)).not.toContain(r.client);
    const groups = await call('GET', '/api/groups');
    if (groups.status === 200) expect(JSON.stringify(groups.body)).not.toContain(r.group);
  });
});

describe('the people who may see the client', () => {
  it('the unit manager of the provider reads everything but diary entries the client keeps', async () => {
    const call = api(world, await signIn(world, 'managerA'));
    for (const url of reads()) expect((await call('GET', url)).status, url).toBe(200);
  });

  it('the purchaser reads a pathway summary, never intake notes, diary or contact details', async () => {
    const call = api(world, await signIn(world, 'purchaser'));
    const client = await call('GET', `/api/clients/${r.client}`);
    expect(client.status).toBe(200);
    expect(client.body.phone).toBeNull();
    expect((await call('GET', `/api/clients/${r.client}/periods`)).status).toBe(200);
    expect((await call('GET', `/api/clients/${r.client}/plan`)).status).toBe(200);
    for (const url of [`/api/clients/${r.client}/intake`, `/api/clients/${r.client}/diary`, `/api/clients/${r.client}/devices`, `/api/clients/${r.client}/referrals`]) {
      expect((await call('GET', url)).status, url).toBe(403);
    }
    const log = await world.handle.db.selectFrom('accessLog').select('ground').where('actorUserId', '=', world.ids.purchaser).execute();
    expect(new Set(log.map((l) => l.ground))).toEqual(new Set(['service_purchase']));
  });

  it('the client reads their own record, but nobody else’s', async () => {
    const call = api(world, await signIn(world, 'clientX'));
    expect((await call('GET', `/api/clients/${r.client}`)).status).toBe(200);
    const groups = await call('GET', '/api/groups');
    expect(groups.body.map((g: { id: string }) => g.id)).toEqual([r.group]);
    expect(groups.body[0].remoteLink).toBe('https://meet.example.fi/abc');
    expect((await call('GET', '/api/clients?q=Sisko')).status).toBe(403);
  });

  it('an admin reads on the ground of administration', async () => {
    const call = api(world, await signIn(world, 'admin'));
    expect((await call('GET', `/api/clients/${r.client}`)).status).toBe(200);
    const log = await world.handle.db.selectFrom('accessLog').select('ground').where('actorUserId', '=', world.ids.admin).execute();
    expect(log.map((l) => l.ground)).toEqual(['administration']);
  });
});

describe('the access log', () => {
  it('is append-only, even for the database owner', async () => {
    await expect(sql`update access_log set actor_name = 'x'`.execute(world.handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from access_log`.execute(world.handle.db)).rejects.toThrow(/append-only/);
  });

  it('is written in the same transaction as the read: a failed request leaves no row behind', async () => {
    const count = async () =>
      Number((await world.handle.db.selectFrom('accessLog').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const coach = api(world, await signIn(world, 'coachA1'));
    // Authorised (a log row is written), then refused by a rule: the whole transaction rolls back.
    const res = await coach('POST', `/api/periods/${r.endedPeriod}/end`, { endDate: today, destination: 'education' });
    expect(res.status).toBe(409);
    expect(await count()).toBe(before);
  });
});
