// The client pathway through the HTTP API on a real database: a coach works through a whole service
// period with a client, and every step writes the access log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePersonalId } from '../../src/domain/identity/personal-id.ts';
import { addMonths, todayIso, addDays, isoWeekday } from '../../src/domain/calendar/dates.ts';
import { api, createWorld, signIn, type Session, type World } from '../support/world.ts';

let world: World;
let coach: Session;
let clientSession: Session;
let clientId: string;

const today = todayIso();
/** The most recent working day that is not a public holiday, for attendance. */
function lastWorkingDay(from = today) {
  let d = from;
  const holidays = new Set(['01-01', '01-06', '05-01', '12-06', '12-24', '12-25', '12-26']);
  while (isoWeekday(d) > 5 || holidays.has(d.slice(5))) d = addDays(d, -1);
  return d;
}

beforeAll(async () => {
  world = await createWorld();
  coach = await signIn(world, 'coachA1');
});
afterAll(async () => world?.close());

describe('a coach and a client through a service period', () => {
  it('creates a client record with a validated, masked personal identity code', async () => {
    const call = api(world, coach);
    const personalId = makePersonalId('1988-03-14', 911);
    const res = await call('POST', '/api/clients', {
      firstName: 'Aino',
      lastName: 'Virtanen',
      personalId,
      municipalityCode: '837',
      languages: ['fi'],
      phone: '040 123 4567',
      referrer: 'employment_area',
      homeUnitId: world.ids.unitA1,
      backgroundFactors: [{ factor: 'long_term_unemployed', unemploymentMonths: 30 }, { factor: 'mental_health' }],
    });
    expect(res.status).toBe(201);
    expect(res.body.personalIdMasked).toBe(`${personalId.slice(0, 7)}****`);
    expect(JSON.stringify(res.body)).not.toContain(personalId);
    expect(res.body.birthYear).toBe(1988);
    expect(res.body.backgroundFactors).toEqual([
      { factor: 'long_term_unemployed', unemploymentMonths: 30 },
      { factor: 'mental_health', unemploymentMonths: null },
    ]);
    clientId = res.body.id;
    // The client gets an account of their own (as `polku users add --client` does).
    await world.handle.db.updateTable('client').set({ userId: world.ids.clientX }).where('id', '=', clientId).execute();
    clientSession = await signIn(world, 'clientX');
    expect(clientSession.clientId).toBe(clientId);
  });

  it('refuses a bad personal identity code with a field message in the user’s language', async () => {
    const res = await api(world, coach)(
      'POST',
      '/api/clients',
      { firstName: 'X', lastName: 'Y', personalId: '131052-308U', municipalityCode: '837', referrer: 'self', homeUnitId: world.ids.unitA1 },
      { 'accept-language': 'fi' },
    );
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.messageKey).toBe('errors.validation');
    const field = res.body.errors.find((e: { path: string }) => e.path === 'personalId');
    expect(field.messageKey).toBe('errors.invalidPersonalId');
    expect(field.message).not.toBe('errors.invalidPersonalId');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts/);
  });

  it('names every invalid field, and a refused request changes nothing', async () => {
    const before = await world.handle.db.selectFrom('client').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await api(world, coach)('POST', '/api/clients', {
      firstName: '',
      lastName: 'Y',
      personalId: makePersonalId('1990-01-01', 950),
      municipalityCode: '8370',
      referrer: 'nobody',
      homeUnitId: world.ids.unitA1,
      backgroundFactors: [{ factor: 'disability', unemploymentMonths: 5 }],
    });
    expect(res.status).toBe(400);
    const paths = res.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['backgroundFactors.0.unemploymentMonths', 'firstName', 'municipalityCode', 'referrer']);
    const after = await world.handle.db.selectFrom('client').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses a second record for the same person', async () => {
    const existing = await world.handle.db.selectFrom('client').select('personalId').where('id', '=', clientId).executeTakeFirstOrThrow();
    const res = await api(world, coach)('POST', '/api/clients', {
      firstName: 'A', lastName: 'B', personalId: existing.personalId, municipalityCode: '837', referrer: 'self', homeUnitId: world.ids.unitA1,
    });
    expect(res.status).toBe(409);
    expect(res.body.messageKey).toBe('errors.personalIdExists');
  });

  it('saves the intake mapping with skipped self-assessment questions', async () => {
    const res = await api(world, coach)('PUT', `/api/clients/${clientId}/intake`, {
      workHistory: 'Varastotyöt 2010–2015',
      ownGoals: 'Haluan päästä takaisin töihin',
      financialSituation: '',
      selfAssessment: { health: 3, housing: null, motivation: 5, coping_daily: 2 },
    });
    expect(res.status).toBe(200);
    expect(res.body.selfAssessment).toEqual({ health: 3, motivation: 5, coping_daily: 2 });
    // Read back as stored: domain codes inside the JSON keep their snake_case.
    expect((await api(world, coach)('GET', `/api/clients/${clientId}/intake`)).body.selfAssessment).toEqual({ health: 3, motivation: 5, coping_daily: 2 });
    expect(res.body.financialSituation).toBeNull();
  });

  let periodId: string;
  it('starts a service period at the coach’s unit, paid by the unit’s municipality', async () => {
    const res = await api(world, coach)('POST', `/api/clients/${clientId}/periods`, {
      unitId: world.ids.unitA1,
      serviceKind: 'rehabilitative_work_1a',
      startDate: addDays(today, -60),
      plannedEndDate: addMonths(today, 3),
      deliveryMode: 'hybrid',
      daysPerWeek: 3,
      hoursPerDay: 4,
    });
    expect(res.status).toBe(201);
    expect(res.body.coachId).toBe(coach.userId);
    periodId = res.body.id;
    const row = await world.handle.db.selectFrom('servicePeriod').select('purchaserId').where('id', '=', periodId).executeTakeFirstOrThrow();
    expect(row.purchaserId).toBe(world.ids.tampere);
  });

  it('refuses a period at a unit the coach does not work in', async () => {
    const res = await api(world, coach)('POST', `/api/clients/${clientId}/periods`, {
      unitId: world.ids.unitB1, serviceKind: 'work_trial', startDate: today, deliveryMode: 'onsite', daysPerWeek: 5, hoursPerDay: 6,
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ path: 'unitId', messageKey: 'errors.unitNotInScope' });
  });

  let goalId: string;
  it('builds a plan with the client: goals visible to the client at once, with assessments', async () => {
    const call = api(world, coach);
    const goal = await call('POST', `/api/clients/${clientId}/goals`, {
      kind: 'employment',
      title: 'Työpaikka varastosta',
      clientWords: 'Haluan töihin varastoon, koska tykkään järjestellä',
      proposedBy: 'together',
      towardsOutsideTasks: true,
      targetDate: addMonths(today, 6),
    });
    expect(goal.status).toBe(201);
    goalId = goal.body.id;
    const assessment = await call('POST', `/api/goals/${goalId}/assessments`, { assessedOn: today, score: 2, note: 'Hyvä alku' });
    expect(assessment.status).toBe(201);
    expect(assessment.body.assessments).toHaveLength(1);

    const own = await api(world, clientSession)('GET', `/api/clients/${clientId}/plan`);
    expect(own.status).toBe(200);
    expect(own.body.goals.map((g: { title: string }) => g.title)).toEqual(['Työpaikka varastosta']);
    expect(own.body.goals[0].clientWords).toContain('tykkään järjestellä');
    expect(own.body.summary.employmentOrEducationGoal).toEqual({ exists: true, since: own.body.goals[0].createdOn });
    expect(own.body.summary.goalsTowardsOutsideTasks).toBe(1);
    expect(own.body.summary.goalsSetTogether).toBe(1);
  });

  it('lets a client propose a goal but not assess it', async () => {
    const call = api(world, clientSession);
    const own = await call('POST', `/api/clients/${clientId}/goals`, { kind: 'life_management', title: 'Päivärytmi kuntoon', proposedBy: 'coach' });
    expect(own.status).toBe(201);
    expect(own.body.proposedBy).toBe('client');
    expect((await call('POST', `/api/goals/${goalId}/assessments`, { assessedOn: today, score: 5 })).status).toBe(403);
  });

  it('keeps diary entries the client does not share away from the coach', async () => {
    const client = api(world, clientSession);
    const shared = await client('POST', `/api/clients/${clientId}/diary`, { entryDate: today, didWhat: 'Lajittelin tavaraa', mood: 4, sharedWithCoach: true });
    const privateEntry = await client('POST', `/api/clients/${clientId}/diary`, { entryDate: today, didWhat: 'Huono päivä', mood: 2, sharedWithCoach: false });
    expect(shared.status).toBe(201);
    expect(privateEntry.status).toBe(201);
    const staff = api(world, coach);
    const seen = await staff('GET', `/api/clients/${clientId}/diary`);
    expect(seen.body.map((e: { id: string }) => e.id)).toEqual([shared.body.id]);
    expect((await staff('POST', `/api/diary/${privateEntry.body.id}/comments`, { body: 'Hei' })).status).toBe(404);
    const comment = await staff('POST', `/api/diary/${shared.body.id}/comments`, { body: 'Hienoa työtä!' });
    expect(comment.status).toBe(201);
    expect(comment.body.comments[0].body).toBe('Hienoa työtä!');
    expect((await client('GET', `/api/clients/${clientId}/diary`)).body).toHaveLength(2);
    // The client may change their mind about sharing.
    await client('PATCH', `/api/diary/${shared.body.id}`, { sharedWithCoach: false });
    expect((await staff('GET', `/api/clients/${clientId}/diary`)).body).toHaveLength(0);
    // Coaches do not write in the client's diary.
    expect((await staff('POST', `/api/clients/${clientId}/diary`, { entryDate: today, didWhat: 'x' })).status).toBe(403);
  });

  it('records attendance once per day and mode, correcting instead of duplicating', async () => {
    const call = api(world, coach);
    const day = lastWorkingDay(addDays(today, -1));
    const first = await call('POST', `/api/clients/${clientId}/attendance`, { periodId, date: day, hours: 4, mode: 'onsite' });
    expect(first.status).toBe(201);
    const again = await call('POST', `/api/clients/${clientId}/attendance`, { periodId, date: day, hours: 3.5, mode: 'onsite' });
    expect(again.body.id).toBe(first.body.id);
    const remote = await call('POST', `/api/clients/${clientId}/attendance`, { periodId, date: day, hours: 2, mode: 'remote' });
    expect(remote.status).toBe(201);
    const list = await call('GET', `/api/clients/${clientId}/attendance?from=${day}&to=${day}`);
    expect(list.body.map((r: { hours: number; mode: string }) => [r.mode, r.hours]).sort()).toEqual([['onsite', 3.5], ['remote', 2]]);
  });

  it('knows Finnish public holidays and the period’s dates', async () => {
    const call = api(world, coach);
    const independenceDay = `${Number(today.slice(0, 4)) - 1}-12-06`;
    const holiday = await call('POST', `/api/clients/${clientId}/attendance`, { periodId, date: independenceDay, hours: 4, mode: 'onsite' });
    expect(holiday.status).toBe(422);
    expect(holiday.body.errors[0]).toMatchObject({ path: 'date', messageKey: 'errors.publicHoliday' });
    const before = await call('POST', `/api/clients/${clientId}/attendance`, { periodId, date: addDays(today, -400), hours: 4, mode: 'onsite', allowHoliday: true });
    expect(before.body.errors[0]).toMatchObject({ path: 'date', messageKey: 'errors.outsidePeriod' });
  });

  it('ends the period with a transition and schedules follow-ups at 3 and 6 months', async () => {
    const call = api(world, coach);
    const early = await call('POST', `/api/periods/${periodId}/end`, { endDate: addDays(today, -61), destination: 'open_employment' });
    expect(early.status).toBe(422);
    const ended = await call('POST', `/api/periods/${periodId}/end`, { endDate: today, destination: 'open_employment', note: 'Varastotyöntekijäksi' });
    expect(ended.status).toBe(200);
    expect(ended.body.destination).toBe('open_employment');
    expect(ended.body.followUps.map((f: { months: number; dueOn: string }) => [f.months, f.dueOn])).toEqual([
      [3, addMonths(today, 3)],
      [6, addMonths(today, 6)],
    ]);
    expect((await call('POST', `/api/periods/${periodId}/end`, { endDate: today, destination: 'education' })).status).toBe(409);
    const recorded = await call('POST', `/api/follow-ups/${ended.body.followUps[0].id}`, { status: 'open_employment', recordedOn: today });
    expect(recorded.body.followUps[0].status).toBe('open_employment');
    expect((await call('POST', `/api/follow-ups/${ended.body.followUps[1].id}`, { status: 'somewhere', recordedOn: today })).status).toBe(400);
  });

  it('lends and takes back a device, and follows a referral until resolved', async () => {
    const call = api(world, coach);
    const loan = await call('POST', `/api/clients/${clientId}/devices`, { deviceKind: 'laptop', identifier: 'LAP-7', lentOn: addDays(today, -10) });
    expect(loan.status).toBe(201);
    const back = await call('POST', `/api/devices/${loan.body.id}/return`, { returnedOn: today });
    expect(back.body.returnedOn).toBe(today);
    expect((await call('POST', `/api/devices/${loan.body.id}/return`, { returnedOn: today })).status).toBe(409);
    const referral = await call('POST', `/api/clients/${clientId}/referrals`, {
      service: 'Velkaneuvonta', organisationName: 'Talous- ja velkaneuvonta', referredOn: addDays(today, -20), followUpOn: addDays(today, -1),
    });
    expect(referral.status).toBe(201);
    const caseload = await call('GET', '/api/caseload');
    expect(caseload.body.tasks.some((t: { kind: string; id: string }) => t.kind === 'referral' && t.id === referral.body.id)).toBe(true);
    await call('POST', `/api/referrals/${referral.body.id}/resolve`, { resolvedOn: today, outcome: 'Aika sovittu' });
    const after = await call('GET', '/api/caseload');
    expect(after.body.tasks.some((t: { id: string }) => t.id === referral.body.id)).toBe(false);
  });

  it('shows the client who has processed their data, with the ground', async () => {
    const log = await api(world, clientSession)('GET', `/api/clients/${clientId}/access-log`);
    expect(log.status).toBe(200);
    const coachRows = log.body.filter((r: { actorName: string }) => r.actorName === 'Test coachA1');
    expect(coachRows.length).toBeGreaterThan(5);
    expect(new Set(coachRows.map((r: { ground: string }) => r.ground))).toEqual(new Set(['care_relationship']));
    const resources = new Set(coachRows.map((r: { resource: string }) => r.resource));
    for (const r of ['client', 'intake', 'period', 'plan', 'diary', 'attendance', 'device', 'referral']) expect(resources).toContain(r);
    // A coach may not read the access log; the unit manager may.
    expect((await api(world, coach)('GET', `/api/clients/${clientId}/access-log`)).status).toBe(403);
  });
});

describe('the caseload', () => {
  it('flags clients with no plan and goals without an assessment for 30 days', async () => {
    const call = api(world, coach);
    const make = async (first: string, individual: number) => {
      const c = await call('POST', '/api/clients', {
        firstName: first, lastName: 'Testi', personalId: makePersonalId('1975-06-01', individual), municipalityCode: '837', referrer: 'self', homeUnitId: world.ids.unitA1,
      });
      await call('POST', `/api/clients/${c.body.id}/periods`, {
        unitId: world.ids.unitA1, serviceKind: 'work_trial', startDate: addDays(today, -90), deliveryMode: 'onsite', daysPerWeek: 2, hoursPerDay: 4,
      });
      return c.body.id as string;
    };
    const noPlan = await make('Eeva', 920);
    const stale = await make('Olli', 922);
    const goal = await call('POST', `/api/clients/${stale}/goals`, { kind: 'work_ability', title: 'Jaksaminen', proposedBy: 'coach' });
    await world.handle.db.updateTable('goal').set({ createdAt: new Date(Date.now() - 40 * 86_400_000) }).where('id', '=', goal.body.id).execute();
    await call('POST', `/api/goals/${goal.body.id}/assessments`, { assessedOn: addDays(today, -35), score: 3 });

    const caseload = await call('GET', '/api/caseload');
    const byId = new Map(caseload.body.clients.map((c: { id: string }) => [c.id, c]));
    expect((byId.get(noPlan) as any).flags).toMatchObject({ noPlan: true, staleGoals: false });
    expect((byId.get(stale) as any).flags).toMatchObject({ noPlan: false, staleGoals: true });
    expect(caseload.body.tasks.some((t: { kind: string; clientId: string }) => t.kind === 'staleGoal' && t.clientId === stale)).toBe(true);
    await call('POST', `/api/goals/${goal.body.id}/assessments`, { assessedOn: today, score: 3 });
    const later = await call('GET', '/api/caseload');
    expect(later.body.clients.find((c: { id: string }) => c.id === stale).flags.staleGoals).toBe(false);
  });
});

describe('client search', () => {
  it('needs a search term or a unit, since every client listed is a logged read', async () => {
    const call = api(world, coach);
    const open = await call('GET', '/api/clients');
    expect(open.status).toBe(400);
    expect(open.body.errors[0]).toMatchObject({ path: 'q', messageKey: 'errors.searchTermRequired' });
    const found = await call('GET', '/api/clients?q=virtanen');
    expect(found.body.map((c: { lastName: string }) => c.lastName)).toEqual(['Virtanen']);
    const rows = await world.handle.db.selectFrom('accessLog').select('resource').where('clientId', '=', clientId).where('resource', '=', 'client_list').execute();
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('double submits', () => {
  it('creates one record for a repeated Idempotency-Key and replays the first answer', async () => {
    const call = api(world, coach);
    const body = { kind: 'education', title: 'Ammattitutkinto', proposedBy: 'client' };
    const headers = { 'idempotency-key': 'form-123' };
    const first = await call('POST', `/api/clients/${clientId}/goals`, body, headers);
    const second = await call('POST', `/api/clients/${clientId}/goals`, body, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    const goals = await world.handle.db.selectFrom('goal').select('id').where('clientId', '=', clientId).where('title', '=', 'Ammattitutkinto').execute();
    expect(goals).toHaveLength(1);
    const reused = await call('POST', `/api/clients/${clientId}/goals`, { ...body, title: 'Toinen' }, headers);
    expect(reused.status).toBe(422);
  });

  it('frees the key of a refused request so the corrected form can be sent', async () => {
    const call = api(world, coach);
    const headers = { 'idempotency-key': 'form-456' };
    const bad = await call('POST', `/api/clients/${clientId}/goals`, { kind: 'education', title: '', proposedBy: 'client' }, headers);
    expect(bad.status).toBe(400);
    const good = await call('POST', `/api/clients/${clientId}/goals`, { kind: 'education', title: 'Korjattu', proposedBy: 'client' }, headers);
    expect(good.status).toBe(201);
  });
});
