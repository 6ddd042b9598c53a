// Trying draft terms on earlier months' real data (POST /api/contracts/terms-preview): the figures
// come from the same computeMonth as the invoices, per provider and month, with no client named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePersonalId } from '../../src/domain/identity/personal-id.ts';
import { api, createWorld, signIn, type Session, type World } from '../support/world.ts';

let world: World;
const s: Record<string, Session> = {};
const r: Record<string, string> = {};
const as = (who: string) => api(world, s[who]);

/** The terms of docs/compensation.md. */
const TERMS = {
  basis: 'day', dayPriceCents: 4500, remoteDayPriceCents: 3900, monthPriceCents: 61000, minHours: 3,
  outcomeBonusCents: { open_employment: 150000, education: 100000, work_trial: 40000 },
  minDaysForOutcome: 30, bonusWindowDays: 365,
  durability: { days: 90, bonusCents: 50000, statuses: ['open_employment', 'education'] },
  riskWeights: { factors: { disability: 0.5, mental_health: 0.5 }, max: 1.75 },
};
const KINDS = ['rehabilitative_work_1a', 'rehabilitative_work_1b'];

beforeAll(async () => {
  world = await createWorld();
  for (const who of ['purchaser', 'purchaserHki', 'coachA1', 'managerA', 'admin', 'researcher']) s[who] = await signIn(world, who);
  const contract = await as('purchaser')('POST', '/api/contracts', {
    providerId: world.ids.providerA, reference: 'TRE-2025-07', title: 'Kuntouttava työtoiminta 2025',
    startDate: '2025-01-01', endDate: '2025-12-31', serviceKinds: KINDS, terms: TERMS,
  });
  expect(contract.status, JSON.stringify(contract.body)).toBe(201);
  r.contract = contract.body.id;
  const coach = as('coachA1');
  for (const [key, firstName, birth, serial, factors] of [
    ['anna', 'Anna', '1990-04-04', 402, ['disability', 'mental_health']],
    ['ben', 'Ben', '1985-05-05', 503, ['long_term_unemployed']],
  ] as const) {
    const res = await coach('POST', '/api/clients', {
      firstName, lastName: 'Esikatseltava', personalId: makePersonalId(birth, serial), municipalityCode: '837', referrer: 'kela',
      homeUnitId: world.ids.unitA1, backgroundFactors: factors.map((factor) => ({ factor })),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    r[key] = res.body.id;
  }
  for (const [key, client, startDate] of [['annaPeriod', 'anna', '2025-01-13'], ['benPeriod', 'ben', '2025-02-03']]) {
    const res = await coach('POST', `/api/clients/${r[client]}/periods`, {
      unitId: world.ids.unitA1, serviceKind: 'rehabilitative_work_1a', startDate, deliveryMode: 'hybrid', daysPerWeek: 3, hoursPerDay: 4, contractId: r.contract,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    r[key] = res.body.id;
  }
  const attend = async (client: string, period: string, days: [string, number, string][]) => {
    for (const [date, hours, mode] of days) {
      const res = await coach('POST', `/api/clients/${r[client]}/attendance`, { periodId: r[period], date, hours, mode });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
  };
  await attend('anna', 'annaPeriod', [['2025-02-03', 4, 'onsite'], ['2025-02-04', 4, 'onsite']]);
  await attend('ben', 'benPeriod', [['2025-02-04', 4, 'remote']]);
  await attend('anna', 'annaPeriod', [['2025-03-03', 4, 'onsite'], ['2025-03-04', 2, 'onsite'], ['2025-03-05', 4, 'remote'], ['2025-03-05', 4, 'onsite']]);
  await attend('ben', 'benPeriod', [['2025-03-03', 4, 'remote'], ['2025-03-04', 3, 'remote'], ['2025-03-06', 6, 'onsite']]);
  const ended = await coach('POST', `/api/periods/${r.annaPeriod}/end`, { endDate: '2025-03-14', destination: 'open_employment' });
  expect(ended.status).toBe(200);
});
afterAll(async () => world?.close());

const preview = (body: Record<string, unknown>, who = 'purchaser') => as(who)('POST', '/api/contracts/terms-preview', body);

describe('terms preview', () => {
  it('gives with the contract’s own terms exactly what its invoices say, month by month', async () => {
    const res = await preview({ terms: TERMS, serviceKinds: KINDS, from: '2025-01', to: '2025-04' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.providers).toHaveLength(1);
    const provider = res.body.providers[0];
    expect(provider.provider).toEqual({ id: world.ids.providerA, name: 'Työpaja A ry' });
    expect(provider.contract).toEqual({ id: r.contract, reference: 'TRE-2025-07' });
    expect(provider.months.map((m: any) => m.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    for (const month of ['2025-02', '2025-03']) {
      const invoice = await as('purchaser')('POST', `/api/contracts/${r.contract}/invoices/draft`, { month });
      expect(invoice.status).toBe(201);
      const figures = provider.months.find((m: any) => m.month === month);
      expect(figures.draft.totalCents, month).toBe(invoice.body.totals.totalCents);
      expect(figures.draft.baseCents).toBe(invoice.body.totals.baseCents);
      expect(figures.draft.outcomeCents).toBe(invoice.body.totals.outcomeCents);
      expect(figures.current).toEqual(figures.draft);
    }
    // February by hand: Anna 2 on-site days × 45.00, Ben 1 remote day × 39.00.
    const feb = provider.months[1].draft;
    expect(feb).toMatchObject({ clients: 2, onsiteDays: 2, remoteDays: 1, baseCents: 12900, totalCents: 12900 });
    expect(provider.total.totalCents).toBe(provider.months.reduce((sum: number, m: any) => sum + m.draft.totalCents, 0));
    expect(res.body.totalCents).toBe(provider.total.totalCents);
  });

  it('computes other terms on the same data: a month fee per client with a paid day, and the weighted bonus', async () => {
    const terms = { basis: 'month', monthPriceCents: 61000, outcomeBonusCents: { open_employment: 150000 }, riskWeights: { factors: { disability: 0.5, mental_health: 0.5 }, max: 1.75 } };
    const res = await preview({ terms, serviceKinds: ['rehabilitative_work_1a'], from: '2025-02', to: '2025-03' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [feb, mar] = res.body.providers[0].months;
    // February: two clients with paid days → 2 × 610.00.
    expect(feb.draft).toMatchObject({ clients: 2, monthFees: 2, baseCents: 122000, outcomeCents: 0, totalCents: 122000 });
    // March: two month fees, and Anna's open employment after 61 days: 1,500.00 × min(1 + 0.5 + 0.5, 1.75) = 2,625.00.
    expect(mar.draft).toMatchObject({ monthFees: 2, outcomeBonuses: 1, baseCents: 122000, outcomeCents: 262500, totalCents: 384500 });
    expect(mar.current.totalCents).not.toBe(mar.draft.totalCents);
  });

  it('names no client: no ids, names or dates of anyone', async () => {
    const res = await preview({ terms: TERMS, serviceKinds: KINDS, from: '2025-01', to: '2025-06' });
    const text = JSON.stringify(res.body);
    for (const secret of [r.anna, r.ben, r.annaPeriod, r.benPeriod, 'Anna', 'Ben', 'Esikatseltava', '2025-03-14']) expect(text).not.toContain(secret);
  });

  it('names the JSON path of a wrong term, and refuses a range that is not over or too long', async () => {
    const bad = await preview({ terms: { basis: 'day', dayPriceCents: 4500, outcomeBonusCents: { hired: 100 } }, serviceKinds: KINDS, from: '2025-01', to: '2025-02' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.path)).toEqual(['terms.outcomeBonusCents.hired']);
    const noPrice = await preview({ terms: { basis: 'day', outcomeBonusCents: {} }, serviceKinds: KINDS, from: '2025-01', to: '2025-02' });
    expect(noPrice.status).toBe(422);
    expect(noPrice.body.errors.map((e: any) => e.path)).toEqual(['terms.dayPriceCents']);
    expect((await preview({ terms: TERMS, serviceKinds: KINDS, from: '2025-03', to: '2025-01' })).status).toBe(422);
    expect((await preview({ terms: TERMS, serviceKinds: KINDS, from: '2023-01', to: '2025-06' })).status).toBe(422);
    expect((await preview({ terms: TERMS, serviceKinds: KINDS, from: '2025-01', to: '2099-01' })).status).toBe(422);
    expect((await preview({ terms: TERMS, serviceKinds: [], from: '2025-01', to: '2025-02' })).status).toBe(400);
  });

  it('is for purchasers only, and each sees only its own municipality’s data', async () => {
    for (const who of ['coachA1', 'managerA', 'admin', 'researcher']) {
      expect((await preview({ terms: TERMS, serviceKinds: KINDS, from: '2025-01', to: '2025-03' }, who)).status, who).toBe(403);
    }
    expect((await api(world, null)('POST', '/api/contracts/terms-preview', { terms: TERMS, serviceKinds: KINDS })).status).toBe(401);
    const helsinki = await preview({ terms: TERMS, serviceKinds: KINDS, from: '2025-01', to: '2025-03' }, 'purchaserHki');
    expect(helsinki.status).toBe(200);
    expect(helsinki.body.providers).toEqual([]);
    expect(helsinki.body.totalCents).toBe(0);
  });

  it('filters by provider', async () => {
    const res = await preview({ terms: TERMS, serviceKinds: KINDS, providerIds: [world.ids.providerB], from: '2025-01', to: '2025-03' });
    expect(res.status).toBe(200);
    expect(res.body.providers).toEqual([]);
  });
});
