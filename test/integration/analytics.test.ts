// Effectiveness analytics through the HTTP API on a small hand-computed dataset: every measure,
// the scopes of every role, and suppression for the viewers who only get aggregates, including
// the differencing attack (a hidden group recovered by subtracting the others from the total).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePersonalId } from '../../src/domain/identity/personal-id.ts';
import { readXlsx } from '../../src/domain/tabular/xlsx.ts';
import { api, createWorld, signIn, type Session, type World } from '../support/world.ts';

let world: World;
const s: Record<string, Session> = {};
const as = (who: string) => api(world, s[who]);
const anyone = () => api(world, null);
const AS_OF = 'asOf=2026-06-30';
const Y2025 = `year=2025&${AS_OF}`;

type P = [client: number, unit: string, start: string, end: string | null, destination: string | null, purchaser?: string];
// P1–P12 of the worked example in docs/analytics.md.
const PERIODS: P[] = [
  [1, 'unitA1', '2025-01-10', '2025-03-10', 'open_employment'],
  [2, 'unitA1', '2025-02-01', '2025-05-01', 'education'],
  [3, 'unitA1', '2025-03-01', '2025-06-30', 'unemployment'],
  [4, 'unitA1', '2025-04-01', '2025-08-31', 'work_trial'],
  [5, 'unitA1', '2025-05-01', '2025-10-31', 'interrupted'],
  [6, 'unitA1', '2025-06-01', '2025-12-31', 'open_employment'],
  [7, 'unitA2', '2025-02-01', '2025-04-30', 'pension'],
  [8, 'unitA2', '2025-03-01', null, null],
  [9, 'unitB1', '2025-01-15', '2025-02-14', 'open_employment'],
  [10, 'unitB1', '2025-02-01', '2025-09-30', 'rehabilitation'],
  [11, 'unitB1', '2025-07-01', null, null],
  [12, 'unitB1', '2025-03-01', '2025-04-15', 'open_employment', 'helsinki'],
];
const COACH: Record<string, string> = { unitA1: 'coachA1', unitA2: 'coachA2', unitB1: 'coachB1' };

beforeAll(async () => {
  world = await createWorld();
  const { db } = world.handle;
  const client: Record<number, string> = {};
  const period: Record<number, string> = {};
  for (const [n, unit, start, end, destination, purchaser] of PERIODS) {
    client[n] = (
      await db
        .insertInto('client')
        .values({
          homeUnitId: world.ids[unit], firstName: `Asiakas${n}`, lastName: 'Esimerkki', personalId: makePersonalId(`19${70 + n}-01-01`, 100 + n),
          birthYear: 1970 + n, municipalityCode: '837', referrer: n % 2 ? 'employment_area' : 'municipal_social_services',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    period[n] = (
      await db
        .insertInto('servicePeriod')
        .values({
          clientId: client[n], unitId: world.ids[unit], serviceKind: 'rehabilitative_work_1a', startDate: start, endDate: end, destination,
          deliveryMode: 'onsite', daysPerWeek: 4, hoursPerDay: 5, coachId: world.ids[COACH[unit]], purchaserId: world.ids[purchaser ?? 'tampere'],
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  // Follow-ups of the periods that ended in work or education (P6's 3-month one was never recorded).
  const followUps: Array<[number, number, string, string]> = [
    [1, 3, '2025-06-10', 'open_employment'], [1, 6, '2025-09-10', 'education'],
    [2, 3, '2025-08-01', 'unknown'],
    [6, 6, '2026-06-30', 'open_employment'],
    [9, 3, '2025-05-14', 'unemployment'], [9, 6, '2025-08-14', 'open_employment'],
  ];
  for (const [n, months, on, status] of followUps) {
    await db.insertInto('followUp').values({ periodId: period[n], months, dueOn: on, status, recordedOn: on }).execute();
  }
  // Attendance of client 1 in February 2025: two records on the 3rd (one on site), a remote day, a short day.
  const att: Array<[string, number, string]> = [['2025-02-03', 4, 'onsite'], ['2025-02-03', 4, 'remote'], ['2025-02-04', 3, 'remote'], ['2025-02-05', 2, 'onsite']];
  for (const [date, hours, mode] of att) await db.insertInto('attendance').values({ clientId: client[1], periodId: period[1], date, hours, mode }).execute();
  const goal = async (n: number, kind: string, createdAt: string, proposedBy: string, outside: boolean) =>
    (
      await db
        .insertInto('goal')
        .values({ clientId: client[n], kind, title: `Tavoite ${n}`, proposedBy, towardsOutsideTasks: outside, createdAt: `${createdAt}T10:00:00Z` })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  await goal(1, 'employment', '2025-01-20', 'together', true);
  await goal(2, 'education', '2025-04-01', 'coach', false);
  await goal(4, 'work_ability', '2025-04-05', 'together', false);
  await goal(9, 'employment', '2025-01-20', 'client', true);
  const g8 = await goal(8, 'work_ability', '2025-03-10', 'coach', false);
  await db.insertInto('goalAssessment').values({ goalId: g8, assessedOn: '2026-06-15', score: 3 }).execute();

  for (const who of ['coachA1', 'managerA', 'managerB', 'purchaser', 'purchaserHki', 'researcher', 'admin', 'employer', 'clientX']) s[who] = await signIn(world, who);
});
afterAll(async () => world?.close());

describe('transition rate', () => {
  it('the purchaser sees its own services: 5 of 9 ended periods led to work, education or a work trial', async () => {
    const r = await as('purchaser')('GET', `/api/analytics/transitions?${Y2025}`);
    expect(r.status).toBe(200);
    expect(r.body.suppressed).toBe(false);
    expect(r.body.window).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(r.body.total.rate).toMatchObject({ count: 5, n: 9 });
    expect(r.body.total.rate.rate).toBeCloseTo(5 / 9, 12);
    expect(r.body.total.byDestination).toMatchObject({ open_employment: 3, education: 1, work_trial: 1, unemployment: 1, interrupted: 1, pension: 1, rehabilitation: 1 });
  });

  it('by provider: A 4 of 7, B 1 of 2, with names and Wilson intervals', async () => {
    const r = await as('purchaser')('GET', `/api/analytics/transitions?${Y2025}&by=provider`);
    const a = r.body.groups.find((g: any) => g.key === world.ids.providerA);
    const b = r.body.groups.find((g: any) => g.key === world.ids.providerB);
    expect(a).toMatchObject({ label: 'Työpaja A ry', clients: 7, suppressed: null, rate: { count: 4, n: 7 } });
    expect(b).toMatchObject({ clients: 2, rate: { count: 1, n: 2 } });
    expect(a.rate.lower).toBeCloseTo(0.2505, 4);
    expect(a.rate.upper).toBeCloseTo(0.8418, 4);
  });

  it('the counted destinations are configurable', async () => {
    const r = await as('purchaser')('GET', `/api/analytics/transitions?${Y2025}&counted=open_employment`);
    expect(r.body.total.rate).toMatchObject({ count: 3, n: 9 });
    expect(r.body.counted).toEqual(['open_employment']);
    expect((await as('purchaser')('GET', `/api/analytics/transitions?${Y2025}&counted=promotion`)).status).toBe(400);
  });

  it('a comparison of two providers says when the difference is within noise', async () => {
    const r = await as('admin')('GET', `/api/analytics/compare?${Y2025}&by=provider&a=${world.ids.providerA}&b=${world.ids.providerB}`);
    expect(r.status).toBe(200);
    expect(r.body.comparison.difference).toBeCloseTo(4 / 7 - 2 / 3, 12);
    expect(r.body.comparison.withinNoise).toBe(true);
  });

  it('filters narrow the periods for staff and purchasers', async () => {
    const r = await as('purchaser')('GET', `/api/analytics/transitions?${Y2025}&unitType=housing_service_unit`);
    expect(r.body.total.rate).toMatchObject({ count: 0, n: 1 });
  });
});

describe('scopes of every role', () => {
  const total = async (who: string, query = Y2025) => (await as(who)('GET', `/api/analytics/transitions?${query}`)).body;

  it('a coach sees the own caseload, a unit manager the own organisation, admin everything', async () => {
    expect((await total('coachA1')).total.rate).toMatchObject({ count: 4, n: 6 });
    expect((await total('managerA')).total.rate).toMatchObject({ count: 4, n: 7 });
    expect((await total('managerB')).total.rate).toMatchObject({ count: 2, n: 3 });
    expect((await total('admin')).total.rate).toMatchObject({ count: 6, n: 10 });
    expect((await total('purchaserHki')).total.rate).toMatchObject({ count: 1, n: 1 });
  });

  it('a purchaser cannot ask for another municipality; employers and clients get nothing', async () => {
    expect((await as('purchaserHki')('GET', `/api/analytics/transitions?${Y2025}&municipality=${world.ids.tampere}`)).status).toBe(404);
    expect((await as('employer')('GET', `/api/analytics/transitions?${Y2025}`)).status).toBe(403);
    expect((await as('clientX')('GET', `/api/analytics/transitions?${Y2025}`)).status).toBe(403);
  });

  it('a coach cannot break figures down by coach', async () => {
    expect((await as('coachA1')('GET', `/api/analytics/transitions?${Y2025}&by=coach`)).status).toBe(422);
  });
});

describe('suppression for researchers and the public', () => {
  for (const who of ['researcher', 'public']) {
    const call = (url: string) => (who === 'public' ? anyone()('GET', url) : as(who)('GET', url));

    it(`${who}: provider B (3 clients) is hidden, and so is A, because the total would reveal B`, async () => {
      const r = await call(`/api/analytics/transitions?${Y2025}&by=provider`);
      expect(r.status).toBe(200);
      expect(r.body.suppressed).toBe(true);
      const a = r.body.groups.find((g: any) => g.key === world.ids.providerA);
      const b = r.body.groups.find((g: any) => g.key === world.ids.providerB);
      expect(b).toMatchObject({ suppressed: 'small', clients: null, rate: null, byDestination: null });
      expect(a).toMatchObject({ suppressed: 'complementary', clients: null, rate: null, byDestination: null });
      // The total is shown: with both groups hidden it cannot be split.
      expect(r.body.total.rate).toMatchObject({ count: 6, n: 10 });
      // Single destinations below the threshold are hidden within the total too.
      expect(Object.values(r.body.total.byDestination).every((v) => v === null || (v as number) >= 5)).toBe(true);
    });

    it(`${who}: no filters, no nested or personal breakdowns, whole calendar years only`, async () => {
      expect((await call(`/api/analytics/transitions?${Y2025}&provider=${world.ids.providerA}`)).status).toBe(422);
      for (const by of ['unit', 'month', 'coach']) expect((await call(`/api/analytics/transitions?${Y2025}&by=${by}`)).status).toBe(422);
      expect((await call(`/api/analytics/transitions?from=2025-01-01&to=2025-11-30&${AS_OF}`)).status).toBe(422);
      expect((await call(`/api/analytics/transitions?from=2025-02-01&to=2026-01-31&${AS_OF}`)).status).toBe(422);
    });

    it(`${who}: the differencing attack finds nothing to subtract in any measure`, async () => {
      for (const path of ['durability', 'time-to-outcome', 'goal-practices', 'transitions-relative', 'attendance']) {
        const r = await call(`/api/analytics/${path}?${Y2025}&by=provider`);
        expect(r.status).toBe(200);
        const rows = JSON.stringify(r.body);
        // Whenever anything is hidden in a breakdown, at least two groups are.
        const groups: any[] = r.body.groups ?? r.body.horizons?.[0]?.groups ?? r.body.measures?.goals_together?.groups ?? [];
        const hidden = groups.filter((g) => g.suppressed);
        expect(hidden.length === 0 || hidden.length >= 2, `${path}: ${rows.slice(0, 300)}`).toBe(true);
      }
    });

    it(`${who}: the CSV export marks hidden groups "< 5"`, async () => {
      const r = await call(`/api/analytics/export?measure=transitions&${Y2025}&by=provider`);
      expect(r.status).toBe(200);
      expect(String(r.headers['content-type'])).toContain('text/csv');
      expect(String(r.body)).toContain('< 5');
      expect(String(r.body)).not.toContain('Työpaja A ry;7');
    });
  }

  it('a smaller threshold is not available to anyone through the API', async () => {
    const r = await anyone()('GET', `/api/analytics/transitions?${Y2025}&by=provider&minGroup=1`);
    expect(r.body.minGroup).toBe(5);
  });

  it('the public summary needs no sign-in but the hypotheses and the model do', async () => {
    expect((await anyone()('GET', `/api/analytics/hypotheses?${Y2025}`)).status).toBe(403);
    expect((await anyone()('GET', `/api/analytics/expected?${Y2025}`)).status).toBe(401);
    expect((await anyone()('GET', `/api/analytics/model?${Y2025}`)).status).toBe(401);
  });
});

describe('the other measures', () => {
  it('transitions relative to clients at the year’s end: 5 transitions, 2 clients', async () => {
    const r = await as('purchaser')('GET', `/api/analytics/transitions-relative?${Y2025}`);
    expect(r.body.total).toMatchObject({ transitions: 5, clientsAtEnd: 2, ratio: 2.5 });
  });

  it('durability: 1 of 4 still in work or education at 3 months (2 unknown), 3 of 4 at 6 months', async () => {
    const r = await as('purchaser')('GET', `/api/analytics/durability?${Y2025}`);
    const [three, six] = r.body.horizons;
    expect(three.months).toBe(3);
    expect(three.total).toMatchObject({ rate: { count: 1, n: 4 }, other: 1, unknown: 2 });
    expect(six.total).toMatchObject({ rate: { count: 3, n: 4 }, other: 0, unknown: 1 });
  });

  it('time to outcome: the Kaplan–Meier curve of the worked example', async () => {
    const r = await as('purchaser')('GET', `/api/analytics/time-to-outcome?${Y2025}`);
    const curve = r.body.groups[0].curve;
    expect(curve).toMatchObject({ n: 11, events: 5, medianDays: 213 });
    expect(curve.steps.map((st: any) => [st.time, st.nRisk])).toEqual([[30, 11], [59, 10], [89, 8], [152, 6], [213, 4]]);
    expect(curve.reached['90']).toBeCloseTo(1 - 63 / 88, 12);
    expect(curve.steps[4].reached).toBeCloseTo(1 - (63 / 88) * (5 / 6) * (3 / 4), 12);
  });

  it('caseload on 15 June 2025: 4, 1 and 1 clients per coach', async () => {
    const r = await as('purchaser')('GET', `/api/analytics/caseload?asOf=2025-06-15`);
    expect(r.body.total).toMatchObject({ coaches: 3, clients: 6, mean: 2, median: 1 });
    expect(r.body.groups.find((g: any) => g.key === 'workshop')).toMatchObject({ coaches: 1, clients: 4, mean: 4 });
    expect(r.body.barometer).toBe(9);
  });

  it('attendance in February 2025: 2 paid days over 5 client-months, half of them remote', async () => {
    const r = await as('purchaser')('GET', `/api/analytics/attendance?from=2025-02-01&to=2025-02-28&${AS_OF}`);
    expect(r.body.total).toMatchObject({ paidDays: 2, remoteDays: 1, clientMonths: 5, daysPerClientMonth: 0.4, remoteShare: 0.5 });
  });

  it('goal practices of the periods started in 2025', async () => {
    const r = await as('purchaser')('GET', `/api/analytics/goal-practices?${Y2025}`);
    const m = r.body.measures;
    expect(m.early_employment_goal.total.rate).toMatchObject({ count: 2, n: 11 });
    expect(m.goals_together.total.rate).toMatchObject({ count: 2, n: 11 });
    expect(m.outside_tasks.total.rate).toMatchObject({ count: 2, n: 11 });
    expect(m.assessed_recently.total.rate).toMatchObject({ count: 1, n: 2 });
  });

  it('the hypotheses: with goals set together 2 of 2 reached the outcome, without 3 of 7', async () => {
    const r = await as('purchaser')('GET', `/api/analytics/hypotheses?${Y2025}`);
    const together = r.body.hypotheses.find((h: any) => h.practice === 'goals_together');
    expect(together.with).toMatchObject({ count: 2, n: 2 });
    expect(together.without).toMatchObject({ count: 3, n: 7 });
    expect(together.crude.corrected).toBe(true);
    expect(together.crude.oddsRatio).toBeCloseTo((2.5 * 4.5) / (0.5 * 3.5), 10);
  });

  it('the model needs enough ended periods and says so', async () => {
    const r = await as('purchaser')('POST', '/api/analytics/model', { year: 2025 });
    expect(r.status).toBe(422);
    expect((await as('managerA')('POST', '/api/analytics/model', { year: 2025 })).status).toBe(403);
  });
});

describe('exports', () => {
  it('XLSX holds the same table as the CSV', async () => {
    const res = await world.app.inject({ method: 'GET', url: `/api/analytics/export?measure=transitions&format=xlsx&${Y2025}&by=provider`, headers: { cookie: s.purchaser.cookie, 'accept-language': 'en' } });
    expect(res.statusCode).toBe(200);
    const rows = readXlsx(res.rawPayload);
    expect(rows[0]).toEqual(['Group', 'Clients', 'Count', 'n', 'Share', 'Lower 95 %', 'Upper 95 %']);
    const a = rows.find((r) => r[0] === 'Työpaja A ry')!;
    expect(a.slice(1, 4)).toEqual(['7', '4', '7']);
    expect(rows.at(-1)![0]).toBe('Total');
  });

  it('the report to the council is a PDF with every key measure', async () => {
    const res = await world.app.inject({ method: 'GET', url: `/api/analytics/report.pdf?${Y2025}`, headers: { cookie: s.purchaser.cookie, 'accept-language': 'en' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload.toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    for (const heading of ['Transition rate', 'Durability', 'Time to outcome', 'Goal practices', 'Caseload']) expect(pdf).toContain(heading);
    expect(pdf).toContain('55.6 %');
  });

  it('the public gets the report too, with the suppression note', async () => {
    const res = await world.app.inject({ method: 'GET', url: `/api/analytics/report.pdf?${Y2025}`, headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.toString('latin1')).toContain('Groups of fewer than 5 clients are hidden');
  });
});

describe('municipal profile', () => {
  it('the municipality assesses itself yearly and sees the change', async () => {
    expect((await as('purchaser')('PUT', '/api/analytics/profile/2025', { scores: { strategic_placement: 2, unemployed_seen_as: 3 } })).status).toBe(200);
    const r = await as('purchaser')('PUT', '/api/analytics/profile/2026', { scores: { strategic_placement: 4, unemployed_seen_as: 3, job_search: 5 }, notes: 'Elinvoimaohjelma 2026' });
    expect(r.body.change).toMatchObject({ strategic_placement: 2, unemployed_seen_as: 0, job_search: null });
    expect(r.body.years.map((y: any) => y.year)).toEqual([2025, 2026]);
  });

  it('anyone may read it; only the municipality or an admin may change it; scores are 1–5', async () => {
    expect((await anyone()('GET', `/api/analytics/profile?municipality=${world.ids.tampere}`)).body.latestYear).toBe(2026);
    expect((await as('purchaserHki')('GET', `/api/analytics/profile?municipality=${world.ids.tampere}`)).status).toBe(404);
    expect((await as('managerA')('PUT', '/api/analytics/profile/2026', { municipality: world.ids.tampere, scores: {} })).status).toBe(403);
    expect((await as('purchaser')('PUT', '/api/analytics/profile/2026', { scores: { job_search: 6 } })).status).toBe(400);
  });
});
