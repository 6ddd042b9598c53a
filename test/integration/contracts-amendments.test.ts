// Changing and removing a contract's amendments: only the purchaser, within the contract, one per
// date; approved invoices never change, and the next draft corrects the approved months with
// adjustment lines that name them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePersonalId } from '../../src/domain/identity/personal-id.ts';
import { api, createWorld, signIn, type Session, type World } from '../support/world.ts';

let world: World;
const s: Record<string, Session> = {};
const r: Record<string, string> = {};
const as = (who: string) => api(world, s[who]);
const TERMS = { basis: 'day', dayPriceCents: 4500, remoteDayPriceCents: 3900, outcomeBonusCents: {} };

beforeAll(async () => {
  world = await createWorld();
  for (const who of ['purchaser', 'purchaserHki', 'coachA1', 'managerA']) s[who] = await signIn(world, who);
  const contract = await as('purchaser')('POST', '/api/contracts', {
    providerId: world.ids.providerA, reference: 'TRE-2025-09', title: 'Työtoiminta', startDate: '2025-01-01', endDate: '2025-12-31',
    serviceKinds: ['rehabilitative_work_1a'], terms: TERMS,
  });
  expect(contract.status, JSON.stringify(contract.body)).toBe(201);
  r.contract = contract.body.id;
  const client = await as('coachA1')('POST', '/api/clients', {
    firstName: 'Aino', lastName: 'Muutettava', personalId: makePersonalId('1991-06-06', 602), municipalityCode: '837', referrer: 'kela', homeUnitId: world.ids.unitA1,
  });
  expect(client.status).toBe(201);
  r.client = client.body.id;
  const period = await as('coachA1')('POST', `/api/clients/${r.client}/periods`, {
    unitId: world.ids.unitA1, serviceKind: 'rehabilitative_work_1a', startDate: '2025-01-07', deliveryMode: 'onsite', daysPerWeek: 3, hoursPerDay: 4, contractId: r.contract,
  });
  expect(period.status).toBe(201);
  // The periods API names the contract that pays for the period.
  const periods = await as('coachA1')('GET', `/api/clients/${r.client}/periods`);
  expect(periods.body[0]).toMatchObject({ id: period.body.id, contractId: r.contract, contractReference: 'TRE-2025-09' });
  for (const date of ['2025-02-03', '2025-02-04', '2025-03-03']) {
    const res = await as('coachA1')('POST', `/api/clients/${r.client}/attendance`, { periodId: period.body.id, date, hours: 4, mode: 'onsite' });
    expect(res.status).toBe(201);
  }
  // February approved under the contract's own terms: 2 days × 45.00.
  const feb = await as('purchaser')('POST', `/api/contracts/${r.contract}/invoices/draft`, { month: '2025-02' });
  expect(feb.body.totals.totalCents).toBe(9000);
  r.feb = feb.body.id;
  expect((await as('purchaser')('POST', `/api/invoices/${r.feb}/approve`)).status).toBe(200);
  const added = await as('purchaser')('POST', `/api/contracts/${r.contract}/amendments`, { effectiveFrom: '2025-04-01', title: 'Hinnankorotus', terms: { ...TERMS, dayPriceCents: 5000 } });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  r.amendment = added.body.amendments[0].id;
});
afterAll(async () => world?.close());

const patch = (body: Record<string, unknown>, who = 'purchaser', id = r.amendment) => as(who)('PATCH', `/api/contracts/${r.contract}/amendments/${id}`, body);
const march = async () => {
  const res = await as('purchaser')('POST', `/api/contracts/${r.contract}/invoices/draft`, { month: '2025-03' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};

describe('amendments', () => {
  it('changes an amendment’s title, note and terms; only the fields given', async () => {
    const res = await patch({ title: 'Hinnankorotus 2025', note: 'Indeksi' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.amendments).toMatchObject([{ id: r.amendment, effectiveFrom: '2025-04-01', title: 'Hinnankorotus 2025', note: 'Indeksi' }]);
    expect(res.body.amendments[0].terms.dayPriceCents).toBe(5000);
  });

  it('moves an amendment back over an approved month: the invoice stays, the next draft corrects it', async () => {
    const res = await patch({ effectiveFrom: '2025-02-01' });
    expect(res.status).toBe(200);
    const draft = await march();
    // March: 1 day × 50.00; February corrected: 2 × (50.00 − 45.00).
    expect(draft.totals).toEqual({ baseCents: 5000, outcomeCents: 0, durabilityCents: 0, adjustmentCents: 1000, totalCents: 6000 });
    const adjustment = draft.lines.find((l: any) => l.adjustment);
    expect(adjustment).toMatchObject({ forMonth: '2025-02', rule: 'adjustment', amountCents: 1000 });
    const feb = await as('purchaser')('GET', `/api/invoices/${r.feb}`);
    expect(feb.body.status).toBe('approved');
    expect(feb.body.totals.totalCents).toBe(9000);
  });

  it('refuses bad terms with their JSON path, a date outside the contract and a date another amendment has', async () => {
    const bad = await patch({ terms: { basis: 'day', dayPriceCents: -1, outcomeBonusCents: {} } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('terms.dayPriceCents');
    const outside = await patch({ effectiveFrom: '2026-02-01' });
    expect(outside.status).toBe(422);
    expect(outside.body.errors[0]).toMatchObject({ path: 'effectiveFrom', messageKey: 'errors.amendmentOutsideContract' });
    const other = await as('purchaser')('POST', `/api/contracts/${r.contract}/amendments`, { effectiveFrom: '2025-06-01', title: 'Kesä', terms: TERMS });
    expect(other.status).toBe(201);
    r.other = other.body.amendments.find((a: any) => a.effectiveFrom === '2025-06-01').id;
    const clash = await patch({ effectiveFrom: '2025-06-01' });
    expect(clash.status).toBe(409);
    expect(clash.body.messageKey).toBe('errors.amendmentExists');
  });

  it('is the purchaser’s: a unit manager may not, another municipality finds nothing', async () => {
    expect((await patch({ title: 'x' }, 'managerA')).status).toBe(403);
    expect((await as('managerA')('DELETE', `/api/contracts/${r.contract}/amendments/${r.amendment}`)).status).toBe(403);
    expect((await patch({ title: 'x' }, 'purchaserHki')).status).toBe(404);
    expect((await as('purchaserHki')('DELETE', `/api/contracts/${r.contract}/amendments/${r.amendment}`)).status).toBe(404);
    expect((await patch({ title: 'x' }, 'purchaser', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('removes an amendment: the next draft takes the approved month back to the contract’s terms', async () => {
    const res = await as('purchaser')('DELETE', `/api/contracts/${r.contract}/amendments/${r.amendment}`);
    expect(res.status).toBe(200);
    expect(res.body.amendments.map((a: any) => a.id)).toEqual([r.other]);
    const draft = await march();
    // February was approved at 45.00 a day and is 45.00 again: no adjustment; March at 45.00.
    expect(draft.totals).toEqual({ baseCents: 4500, outcomeCents: 0, durabilityCents: 0, adjustmentCents: 0, totalCents: 4500 });
    expect((await as('purchaser')('DELETE', `/api/contracts/${r.contract}/amendments/${r.amendment}`)).status).toBe(404);
  });
});
