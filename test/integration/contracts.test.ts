// Contracts through the HTTP API: terms validated with parseTerms (errors named by their JSON path
// under `terms`), amendments, attached documents, periods under a contract, and who can see or
// change a contract.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { makePersonalId } from '../../src/domain/identity/personal-id.ts';
import { api, createWorld, signIn, type Session, type World } from '../support/world.ts';

let world: World;
const s: Record<string, Session> = {};
const r: Record<string, string> = {};
const as = (who: string) => api(world, s[who]);

const TERMS = { basis: 'day', dayPriceCents: 4500, outcomeBonusCents: { open_employment: 150000 } };
const contractInput = (extra: Record<string, unknown> = {}) => ({
  providerId: world.ids.providerA,
  reference: 'TRE-2025-01',
  title: 'Kuntouttava työtoiminta',
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  serviceKinds: ['rehabilitative_work_1a'],
  terms: TERMS,
  ...extra,
});

beforeAll(async () => {
  world = await createWorld();
  for (const who of ['purchaser', 'purchaserHki', 'coachA1', 'coachB1', 'managerA', 'managerB', 'employer', 'clientX', 'admin', 'researcher']) s[who] = await signIn(world, who);
});
afterAll(async () => world?.close());

describe('terms are validated when a contract is saved', () => {
  it('answers 422 with each problem at its JSON path under terms', async () => {
    const res = await as('purchaser')('POST', '/api/contracts', contractInput({
      terms: {
        basis: 'day',
        minHour: 2,
        dayPriceCents: 4500,
        outcomeBonusCents: { hired: 100 },
        durability: { days: 90, bonusCents: 500, statuses: ['open_employment', 'nope'] },
        riskWeights: { factors: { disability: 0.1234567 }, max: 0.5 },
      },
    }));
    expect(res.status).toBe(422);
    expect(res.body.messageKey).toBe('errors.validation');
    const paths = res.body.errors.map((e: any) => e.path).sort();
    expect(paths).toEqual(
      [
        'terms.minHour',
        'terms.outcomeBonusCents.hired',
        'terms.durability.statuses[1]',
        'terms.riskWeights.factors.disability',
        'terms.riskWeights.max',
      ].sort(),
    );
    for (const error of res.body.errors) expect(error.messageKey).toBe('errors.invalidTerms');
    const hired = res.body.errors.find((e: any) => e.path === 'terms.outcomeBonusCents.hired');
    expect(hired.params.reason).toMatch(/"hired" is not a destination code/);
    const missing = await as('purchaser')('POST', '/api/contracts', contractInput({ terms: { basis: 'day', outcomeBonusCents: { open_employment: 1.5 } } }));
    expect(missing.body.errors.map((e: any) => e.path)).toEqual(['terms.outcomeBonusCents.open_employment']);
    const basis = await as('purchaser')('POST', '/api/contracts', contractInput({ terms: { basis: 'day' } }));
    expect(basis.body.errors.map((e: any) => e.path)).toEqual(['terms.dayPriceCents']);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from contract`.execute(world.handle.db);
    expect(rows[0].n).toBe(0);
  });

  it('names the whole terms when they are not an object, and a key that needs quoting', async () => {
    expect((await as('purchaser')('POST', '/api/contracts', contractInput({ terms: 'day' }))).status).toBe(400);
    const res = await as('purchaser')('POST', '/api/contracts', contractInput({ terms: { ...TERMS, outcomeBonusCents: { 'a: b': 1 } } }));
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: any) => e.path)).toEqual(['terms.outcomeBonusCents["a: b"]']);
  });

  it('creates a contract with the defaults applied, and refuses a second one with the same reference', async () => {
    const res = await as('purchaser')('POST', '/api/contracts', contractInput({ invoicing: { paymentIban: 'fi21 1234 5600 0007 85', paymentBic: 'ndeafihh' } }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.purchaser).toEqual({ id: world.ids.tampere, name: 'Tampereen kaupunki' });
    expect(res.body.terms).toEqual({ ...TERMS, remoteDayPriceCents: 4500, minHours: 3, minDaysForOutcome: 30, bonusWindowDays: 365 });
    expect(res.body.invoicing).toMatchObject({ paymentIban: 'FI2112345600000785', paymentBic: 'NDEAFIHH', paymentTermDays: 14 });
    r.contract = res.body.id;
    const again = await as('purchaser')('POST', '/api/contracts', contractInput({ reference: 'tre-2025-01' }));
    expect(again.status).toBe(409);
    expect(again.body.messageKey).toBe('errors.contractReferenceExists');
  });

  it('checks the invoicing details and the provider', async () => {
    const res = await as('purchaser')('POST', '/api/contracts', contractInput({ reference: 'X-1', invoicing: { paymentIban: 'FI2112345600000786' } }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ path: 'invoicing.paymentIban', messageKey: 'errors.invalidIban' });
    const notProvider = await as('purchaser')('POST', '/api/contracts', contractInput({ reference: 'X-2', providerId: world.ids.employerOrg }));
    expect(notProvider.body.errors[0]).toMatchObject({ path: 'providerId', messageKey: 'errors.invalidChoice' });
    const order = await as('purchaser')('POST', '/api/contracts', contractInput({ reference: 'X-3', endDate: '2024-12-31' }));
    expect(order.body.errors[0]).toMatchObject({ path: 'endDate', messageKey: 'errors.dateOrder' });
  });

  it('validates the terms of a change the same way', async () => {
    const res = await as('purchaser')('PATCH', `/api/contracts/${r.contract}`, { terms: { basis: 'month' } });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'terms.monthPriceCents', messageKey: 'errors.invalidTerms' })]);
    const ok = await as('purchaser')('PATCH', `/api/contracts/${r.contract}`, { terms: { ...TERMS, dayPriceCents: 4600 }, title: 'Uusi nimi' });
    expect(ok.status).toBe(200);
    expect(ok.body.terms.dayPriceCents).toBe(4600);
    expect(ok.body.title).toBe('Uusi nimi');
    expect(ok.body.invoicing.paymentIban).toBe('FI2112345600000785');
  });
});

describe('amendments and documents', () => {
  it('adds an amendment with its own validated terms from a date within the contract', async () => {
    const bad = await as('purchaser')('POST', `/api/contracts/${r.contract}/amendments`, { effectiveFrom: '2025-04-01', title: 'Etäpalvelu', terms: { ...TERMS, remoteDayPriceCents: -1 } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.path)).toEqual(['terms.remoteDayPriceCents']);
    const outside = await as('purchaser')('POST', `/api/contracts/${r.contract}/amendments`, { effectiveFrom: '2026-01-01', title: 'Myöhään', terms: TERMS });
    expect(outside.body.errors[0]).toMatchObject({ path: 'effectiveFrom', messageKey: 'errors.amendmentOutsideContract' });
    const ok = await as('purchaser')('POST', `/api/contracts/${r.contract}/amendments`, {
      effectiveFrom: '2025-04-01', title: 'Etäpalvelulisäys', terms: { ...TERMS, remoteDayPriceCents: 3900 }, note: 'Poikkeusolot',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.amendments).toEqual([expect.objectContaining({ effectiveFrom: '2025-04-01', title: 'Etäpalvelulisäys', terms: expect.objectContaining({ remoteDayPriceCents: 3900 }) })]);
    r.amendment = ok.body.amendments[0].id;
    const twice = await as('purchaser')('POST', `/api/contracts/${r.contract}/amendments`, { effectiveFrom: '2025-04-01', title: 'Toinen', terms: TERMS });
    expect(twice.body.messageKey).toBe('errors.amendmentExists');
  });

  it('keeps a small file in the database and a link to a larger one', async () => {
    const text = 'Sopimusteksti: hinta 45,00 € / päivä.';
    const file = await as('purchaser')('POST', `/api/contracts/${r.contract}/documents`, {
      title: 'Sopimus', fileName: 'sopimus ä.txt', contentType: 'text/plain', contentBase64: Buffer.from(text).toString('base64'),
    });
    expect(file.status, JSON.stringify(file.body)).toBe(201);
    expect(file.body).toMatchObject({ title: 'Sopimus', fileName: 'sopimus ä.txt', sizeBytes: Buffer.byteLength(text), url: null });
    r.document = file.body.id;
    const download = await world.app.inject({ method: 'GET', url: `/api/contracts/${r.contract}/documents/${r.document}`, headers: { cookie: s.managerA.cookie } });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toMatch(/^text\/plain/);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''sopimus%20%C3%A4.txt");
    expect(download.body).toBe(text);
    const link = await as('purchaser')('POST', `/api/contracts/${r.contract}/documents`, { title: 'Liite', url: 'https://docs.example.fi/liite.pdf' });
    expect(link.status).toBe(201);
    const contract = await as('purchaser')('GET', `/api/contracts/${r.contract}`);
    expect(contract.body.documents.map((d: any) => [d.title, d.stored])).toEqual([['Sopimus', true], ['Liite', false]]);
  });

  it('refuses a document that is both or neither, of a wrong type, or too large', async () => {
    const call = as('purchaser');
    const url = `/api/contracts/${r.contract}/documents`;
    expect((await call('POST', url, { title: 'Ei mitään' })).body.errors[0].messageKey).toBe('errors.documentUrlOrFile');
    expect((await call('POST', url, { title: 'Tyyppi', fileName: 'a.exe', contentType: 'application/x-msdownload', contentBase64: 'AAAA' })).body.errors[0].messageKey).toBe('errors.fileTypeNotAllowed');
    const big = Buffer.alloc(512 * 1024 + 1, 1).toString('base64');
    const tooLarge = await call('POST', url, { title: 'Iso', fileName: 'iso.pdf', contentType: 'application/pdf', contentBase64: big });
    expect([400, 422]).toContain(tooLarge.status);
    expect(tooLarge.body.errors[0].messageKey).toBe('errors.fileTooLarge');
  });
});

describe('service periods under a contract', () => {
  beforeAll(async () => {
    const client = await as('coachA1')('POST', '/api/clients', {
      firstName: 'Kalle', lastName: 'Sopimus', personalId: makePersonalId('1991-01-01', 101), municipalityCode: '837', referrer: 'kela', homeUnitId: world.ids.unitA1,
    });
    r.client = client.body.id;
    const other = await as('purchaserHki')('POST', '/api/contracts', contractInput({ reference: 'HKI-1', providerId: world.ids.providerB }));
    expect(other.status).toBe(201);
    r.otherContract = other.body.id;
  });
  const period = (extra: Record<string, unknown>) =>
    as('coachA1')('POST', `/api/clients/${r.client}/periods`, {
      unitId: world.ids.unitA1, serviceKind: 'rehabilitative_work_1a', startDate: '2025-02-03', deliveryMode: 'onsite', daysPerWeek: 3, hoursPerDay: 4, ...extra,
    });

  it('lists the contracts a unit can use on a date, without their terms', async () => {
    const res = await as('coachA1')('GET', `/api/contracts/applicable?unitId=${world.ids.unitA1}&date=2025-02-03&serviceKind=rehabilitative_work_1a`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([expect.objectContaining({ id: r.contract, reference: 'TRE-2025-01', purchaserName: 'Tampereen kaupunki' })]);
    expect(res.body[0].terms).toBeUndefined();
    expect((await as('coachA1')('GET', `/api/contracts/applicable?unitId=${world.ids.unitA1}&date=2026-02-03`)).body).toEqual([]);
    expect((await as('coachB1')('GET', `/api/contracts/applicable?unitId=${world.ids.unitA1}&date=2025-02-03`)).status).toBe(404);
  });

  it('accepts a contract of the unit’s provider in force on the start date and covering the kind', async () => {
    expect((await period({ contractId: r.contract, startDate: '2024-12-31' })).body.errors[0]).toMatchObject({ path: 'contractId', messageKey: 'errors.contractNotInForce' });
    expect((await period({ contractId: r.contract, serviceKind: 'work_trial' })).body.errors[0]).toMatchObject({ path: 'contractId', messageKey: 'errors.serviceNotCovered' });
    expect((await period({ contractId: r.otherContract })).body.errors[0]).toMatchObject({ path: 'contractId', messageKey: 'errors.invalidChoice' });
    const ok = await period({ contractId: r.contract });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const stored = await world.handle.db.selectFrom('servicePeriod').select(['contractId', 'purchaserId']).where('id', '=', ok.body.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ contractId: r.contract, purchaserId: world.ids.tampere });
    const without = await period({ startDate: '2025-06-02' });
    expect(without.status).toBe(201);
  });
});

describe('who sees and changes a contract', () => {
  it('the purchaser lists its own, the provider’s unit manager reads its own read-only', async () => {
    expect((await as('purchaser')('GET', '/api/contracts')).body.map((c: any) => c.id)).toEqual([r.contract]);
    expect((await as('purchaserHki')('GET', '/api/contracts')).body.map((c: any) => c.id)).toEqual([r.otherContract]);
    expect((await as('managerA')('GET', '/api/contracts')).body.map((c: any) => c.id)).toEqual([r.contract]);
    expect((await as('managerB')('GET', '/api/contracts')).body.map((c: any) => c.id)).toEqual([r.otherContract]);
    const read = await as('managerA')('GET', `/api/contracts/${r.contract}`);
    expect(read.status).toBe(200);
    expect(read.body.canManage).toBe(false);
    expect((await as('managerA')('PATCH', `/api/contracts/${r.contract}`, { title: 'Muutettu' })).status).toBe(403);
    expect((await as('managerA')('POST', `/api/contracts/${r.contract}/amendments`, { effectiveFrom: '2025-05-01', title: 'x', terms: TERMS })).status).toBe(403);
    expect((await as('managerA')('POST', '/api/contracts', contractInput({ reference: 'M-1' }))).status).toBe(403);
    for (const who of ['coachA1', 'clientX', 'employer', 'researcher']) expect((await as(who)('GET', '/api/contracts')).status).toBe(403);
  });

  async function fingerprint() {
    const parts: string[] = [];
    for (const table of ['contract', 'contract_amendment', 'contract_document', 'contract_service']) {
      const { rows } = await sql<{ t: string }>`select coalesce(string_agg(x::text, '|' order by x::text), '') as t from ${sql.table(table)} x`.execute(world.handle.db);
      parts.push(rows[0].t);
    }
    return parts.join('\n');
  }

  it.each(['managerB', 'purchaserHki', 'coachA1', 'clientX', 'employer'])('%s can neither read nor change it (404)', async (who) => {
    const call = as(who);
    const before = await fingerprint();
    for (const url of [`/api/contracts/${r.contract}`, `/api/contracts/${r.contract}/documents/${r.document}`, `/api/contracts/${r.contract}/invoices`]) {
      const res = await call('GET', url);
      expect(res.status, `${who} GET ${url}`).toBe(404);
      expect(JSON.stringify(res.body)).not.toMatch(/TRE-2025|Sopimusteksti/);
    }
    for (const [method, url, body] of [
      ['PATCH', `/api/contracts/${r.contract}`, { title: 'Vieras' }],
      ['POST', `/api/contracts/${r.contract}/amendments`, { effectiveFrom: '2025-06-01', title: 'Vieras', terms: TERMS }],
      ['POST', `/api/contracts/${r.contract}/documents`, { title: 'Vieras', url: 'https://example.fi/x' }],
      ['DELETE', `/api/contracts/${r.contract}/documents/${r.document}`],
      ['POST', `/api/contracts/${r.contract}/invoices/draft`, { month: '2025-02' }],
    ] as const) {
      expect((await call(method, url, body)).status, `${who} ${method} ${url}`).toBe(404);
    }
    expect(await fingerprint()).toBe(before);
  });

  it('the purchaser removes a document', async () => {
    expect((await as('purchaser')('DELETE', `/api/contracts/${r.contract}/documents/${r.document}`)).status).toBe(204);
    expect((await as('purchaser')('GET', `/api/contracts/${r.contract}/documents/${r.document}`)).status).toBe(404);
  });

  it('an admin names the purchaser of a new contract', async () => {
    expect((await as('admin')('POST', '/api/contracts', contractInput({ reference: 'A-1' }))).body.errors[0]).toMatchObject({ path: 'purchaserId', messageKey: 'errors.required' });
    const res = await as('admin')('POST', '/api/contracts', contractInput({ reference: 'A-1', purchaserId: world.ids.helsinki }));
    expect(res.status).toBe(201);
    expect(res.body.purchaser.name).toBe('Helsingin kaupunki');
  });
});
