// Monthly invoices through the HTTP API on a real database (PGlite, and PostgreSQL with
// vitest.pg.config.ts): drafts computed by the same computeMonth as the simulator, the purchaser's
// approval that locks them (also in the database), adjustment lines after late changes, exports,
// and who can see or change them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { makePersonalId } from '../../src/domain/identity/personal-id.ts';
import { isFinnishReference } from '../../src/domain/invoicing/identifiers.ts';
import { monthStart } from '../../src/domain/invoicing/months.ts';
import { sumByClientKind } from '../../src/domain/invoicing/adjustments.ts';
import { currentFigures } from '../../src/server/contracts/compute.ts';
import { api, createWorld, signIn, type Session, type World } from '../support/world.ts';
import { findAll, parseXml, textOf } from '../unit/invoicing/xml-parser.ts';

let world: World;
const s: Record<string, Session> = {};
const r: Record<string, string> = {};
const as = (who: string) => api(world, s[who]);

/** The terms of docs/compensation.md. */
export const TERMS = {
  basis: 'day',
  dayPriceCents: 4500,
  remoteDayPriceCents: 3900,
  monthPriceCents: 61000,
  minHours: 3,
  outcomeBonusCents: { open_employment: 150000, education: 100000, work_trial: 40000 },
  minDaysForOutcome: 30,
  bonusWindowDays: 365,
  durability: { days: 90, bonusCents: 50000, statuses: ['open_employment', 'education'] },
  riskWeights: { factors: { disability: 0.5, mental_health: 0.5 }, max: 1.75 },
};
const IBAN = 'FI2112345600000785';

beforeAll(async () => {
  world = await createWorld();
  for (const who of ['purchaser', 'purchaserHki', 'coachA1', 'coachB1', 'managerA', 'managerB', 'employer', 'clientX', 'admin']) s[who] = await signIn(world, who);
  const contract = await as('purchaser')('POST', '/api/contracts', {
    providerId: world.ids.providerA,
    reference: 'TRE-2025-07',
    title: 'Kuntouttava työtoiminta 2025',
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    serviceKinds: ['rehabilitative_work_1a', 'rehabilitative_work_1b'],
    terms: TERMS,
    invoicing: { paymentIban: IBAN, paymentBic: 'NDEAFIHH', buyerBusinessId: '0211675-2', buyerReference: 'KTT/2025' },
  });
  expect(contract.status, JSON.stringify(contract.body)).toBe(201);
  r.contract = contract.body.id;

  const coach = as('coachA1');
  const client = async (key: string, firstName: string, birth: string, serial: number, factors: string[]) => {
    const res = await coach('POST', '/api/clients', {
      firstName, lastName: 'Laskutettava', personalId: makePersonalId(birth, serial), municipalityCode: '837', referrer: 'kela',
      homeUnitId: world.ids.unitA1, backgroundFactors: factors.map((factor) => ({ factor })),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    r[key] = res.body.id;
  };
  await client('anna', 'Anna', '1990-04-04', 402, ['disability', 'mental_health']);
  await client('ben', 'Ben', '1985-05-05', 503, ['long_term_unemployed']);
  const period = async (key: string, clientKey: string, startDate: string) => {
    const res = await coach('POST', `/api/clients/${r[clientKey]}/periods`, {
      unitId: world.ids.unitA1, serviceKind: 'rehabilitative_work_1a', startDate, deliveryMode: 'hybrid', daysPerWeek: 3, hoursPerDay: 4, contractId: r.contract,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    r[key] = res.body.id;
  };
  await period('annaPeriod', 'anna', '2025-01-13');
  await period('benPeriod', 'ben', '2025-02-03');
  await attend('anna', 'annaPeriod', [['2025-02-03', 4, 'onsite'], ['2025-02-04', 4, 'onsite']]);
  await attend('ben', 'benPeriod', [['2025-02-04', 4, 'remote']]);
  // March as in the worked example of docs/compensation.md.
  await attend('anna', 'annaPeriod', [['2025-03-03', 4, 'onsite'], ['2025-03-04', 2, 'onsite'], ['2025-03-05', 4, 'remote'], ['2025-03-05', 4, 'onsite']]);
  await attend('ben', 'benPeriod', [['2025-03-03', 4, 'remote'], ['2025-03-04', 3, 'remote'], ['2025-03-06', 6, 'onsite']]);
  const ended = await coach('POST', `/api/periods/${r.annaPeriod}/end`, { endDate: '2025-03-14', destination: 'open_employment' });
  expect(ended.status).toBe(200);
});
afterAll(async () => world?.close());

async function attend(clientKey: string, periodKey: string, days: [string, number, string][]) {
  for (const [date, hours, mode] of days) {
    const res = await as('coachA1')('POST', `/api/clients/${r[clientKey]}/attendance`, { periodId: r[periodKey], date, hours, mode });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
}

const draft = (month: string, who = 'purchaser') => as(who)('POST', `/api/contracts/${r.contract}/invoices/draft`, { month });
const approve = (id: string, who = 'purchaser') => as(who)('POST', `/api/invoices/${id}/approve`);
const linesOf = (body: any) => body.lines.map((l: any) => [l.forMonth, l.firstName, l.kind, l.rule, l.amountCents]);

describe('drafts and approval', () => {
  it('drafts February from the database, the same rules as the simulator', async () => {
    const res = await draft('2025-02');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('draft');
    expect(res.body.number).toBeNull();
    expect(res.body.totals).toEqual({ baseCents: 12900, outcomeCents: 0, durabilityCents: 0, adjustmentCents: 0, totalCents: 12900 });
    expect(linesOf(res.body)).toEqual(
      [
        ['2025-02', 'Anna', 'base', 'base_day', 9000],
        ['2025-02', 'Ben', 'base', 'base_day', 3900],
      ].sort((a, b) => ((a[1] === 'Anna') === (r.anna < r.ben) ? -1 : 1)),
    );
    const anna = res.body.lines.find((l: any) => l.clientId === r.anna);
    expect(anna.detail.dates).toEqual(['2025-02-03', '2025-02-04']);
    expect(anna.explanation).toMatch(/2 paid on-site day\(s\) × 45\.00/);
    r.feb = res.body.id;
  });

  it('remakes a draft in place, and a provider’s unit manager may read but not approve it', async () => {
    const again = await draft('2025-02');
    expect(again.status).toBe(201);
    expect(again.body.totals.totalCents).toBe(12900);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from invoice where contract_id = ${r.contract}`.execute(world.handle.db);
    expect(rows[0].n).toBe(1);
    r.feb = again.body.id;
    expect((await as('managerA')('GET', `/api/invoices/${r.feb}`)).status).toBe(200);
    expect((await approve(r.feb, 'managerA')).status).toBe(403);
    expect((await draft('2025-02', 'managerA')).status).toBe(403);
    expect((await approve(r.feb, 'admin')).status).toBe(403);
  });

  it('approves February: the invoice gets a number and is locked', async () => {
    const res = await approve(r.feb);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('approved');
    expect(res.body.number).toBeGreaterThan(1000);
    expect(res.body.approvedByName).toBe('Test purchaser');
    expect((await approve(r.feb)).body.messageKey).toBe('errors.invoiceApproved');
    expect((await draft('2025-02')).status).toBe(409);
    expect((await as('purchaser')('DELETE', `/api/invoices/${r.feb}`)).status).toBe(409);
  });

  it('drafts March as in the worked example: 2 838,00 €', async () => {
    const res = await draft('2025-03');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.totals).toEqual({ baseCents: 21300, outcomeCents: 262500, durabilityCents: 0, adjustmentCents: 0, totalCents: 283800 });
    const outcome = res.body.lines.find((l: any) => l.rule === 'outcome_bonus');
    expect(outcome).toMatchObject({ clientId: r.anna, unitPriceCents: 150000, amountCents: 262500 });
    expect(outcome.detail).toMatchObject({ periodId: r.annaPeriod, destination: 'open_employment', periodDays: 61, weight: 1.75 });
    expect(res.body.ignored.counts).toEqual({ short_hours: 1, duplicate_date: 1 });
    expect(res.body.ignored.records).toEqual([expect.objectContaining({ record: 'attendance', clientId: r.anna, date: '2025-03-04', reason: 'short_hours' })]);
    expect(res.body.termsEffectiveFrom).toBe('2025-01-01');
    r.mar = res.body.id;
  });

  it('refuses months out of order', async () => {
    expect((await draft('2025-05')).body.messageKey).toBe('errors.previousMonthNotApproved');
    expect((await draft('2024-12')).body.messageKey).toBe('errors.validation');
    expect((await draft('2025-13')).status).toBe(400);
    expect((await approve(r.mar)).status).toBe(200);
    expect((await draft('2025-01')).body.messageKey).toBe('errors.laterMonthApproved');
  });

  it('writes the access log for every client an invoice names', async () => {
    const res = await as('purchaser')('GET', `/api/invoices/${r.mar}`);
    expect(res.status).toBe(200);
    const { rows } = await sql<{ clientId: string; ground: string }>`
      select client_id as "clientId", ground from access_log
       where resource = 'invoice' and action = 'read' and resource_id = ${r.mar} and actor_user_id = ${s.purchaser.userId}`.execute(world.handle.db);
    expect(rows.map((x) => x.clientId).sort()).toEqual([r.anna, r.ben].sort());
    expect(new Set(rows.map((x) => x.ground))).toEqual(new Set(['service_purchase']));
  });
});

describe('locking', () => {
  it('refuses any change of an approved invoice or its lines in the database itself', async () => {
    const db = world.handle.db;
    const attempts = [
      sql`update invoice set total_cents = 0, base_cents = 0 where id = ${r.feb}`,
      sql`update invoice set status = 'draft', approved_at = null, number = null where id = ${r.feb}`,
      sql`delete from invoice where id = ${r.feb}`,
      sql`update invoice_line set amount_cents = amount_cents + 1 where invoice_id = ${r.feb}`,
      sql`delete from invoice_line where invoice_id = ${r.feb}`,
      sql`insert into invoice_line (invoice_id, line_no, for_month, client_id, kind, rule, quantity, amount_cents, detail)
          values (${r.feb}, 99, '2025-02-01', ${r.anna}, 'base', 'base_day', 1, 100, '{}')`,
    ];
    for (const attempt of attempts) await expect(attempt.execute(db)).rejects.toThrow(/approved/);
    const { rows } = await sql<{ total: number; lines: number }>`
      select total_cents::int as total, (select count(*)::int from invoice_line where invoice_id = ${r.feb}) as lines from invoice where id = ${r.feb}`.execute(db);
    expect(rows[0]).toEqual({ total: 12900, lines: 2 });
  });

  it('approving must not change a figure, even when done by hand', async () => {
    const res = await draft('2025-04');
    expect(res.status).toBe(201);
    await expect(
      sql`update invoice set status = 'approved', approved_at = now(), number = 1, total_cents = 1, base_cents = 1 where id = ${res.body.id}`.execute(world.handle.db),
    ).rejects.toThrow(/figures/);
    expect((await as('purchaser')('DELETE', `/api/invoices/${res.body.id}`)).status).toBe(204);
  });
});

describe('adjustments after late changes', () => {
  it('carries the corrections of February and March on the April draft', async () => {
    // Late attendance for February, and March's destination corrected (as a data fix would do it).
    await attend('ben', 'benPeriod', [['2025-02-05', 5, 'onsite']]);
    await sql`update service_period set destination = 'education' where id = ${r.annaPeriod}`.execute(world.handle.db);
    await attend('ben', 'benPeriod', [['2025-04-01', 4, 'onsite']]);

    const res = await draft('2025-04');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(linesOf(res.body)).toEqual([
      ['2025-04', 'Ben', 'base', 'base_day', 4500],
      ['2025-02', 'Ben', 'base', 'adjustment', 4500],
      ['2025-03', 'Anna', 'outcome', 'adjustment', -87500],
    ]);
    const correction = res.body.lines.find((l: any) => l.forMonth === '2025-03');
    expect(correction.adjustment).toBe(true);
    expect(correction.detail).toMatchObject({ correctsMonth: '2025-03', approvedCents: 262500, currentCents: 175000 });
    expect(correction.explanation).toMatch(/correction of 2025-03 \(outcome\)/);
    expect(res.body.totals).toEqual({ baseCents: 4500, outcomeCents: 0, durabilityCents: 0, adjustmentCents: -83000, totalCents: -78500 });
    expect((await approve(res.body.id)).status).toBe(200);
    r.apr = res.body.id;
  });

  it('keeps the invariant: approved lines plus adjustments of each month equal what the data says now', async () => {
    const db = world.handle.db;
    for (const month of ['2025-02', '2025-03', '2025-04']) {
      const approved = await db
        .selectFrom('invoiceLine')
        .innerJoin('invoice', 'invoice.id', 'invoiceLine.invoiceId')
        .select(['invoiceLine.clientId', 'invoiceLine.kind', 'invoiceLine.amountCents'])
        .where('invoice.contractId', '=', r.contract)
        .where('invoice.status', '=', 'approved')
        .where('invoiceLine.forMonth', '=', monthStart(month))
        .execute();
      const now = await db.transaction().execute((trx) => currentFigures(trx, r.contract, month));
      const norm = (m: Map<string, { amountCents: number }>) => Object.fromEntries([...m].filter(([, v]) => v.amountCents !== 0).map(([k, v]) => [k, v.amountCents]));
      expect(norm(sumByClientKind(approved.map((a) => ({ ...a, kind: a.kind as 'base', amountCents: Number(a.amountCents) })))), month).toEqual(norm(sumByClientKind(now)));
    }
  });

  it('needs no adjustment when nothing has changed since', async () => {
    const res = await draft('2025-05');
    expect(res.status).toBe(201);
    expect(res.body.lines.filter((l: any) => l.adjustment)).toEqual([]);
    r.may = res.body.id;
  });

  it('refuses to approve a draft whose data changed after it was made, but not for changes of later months', async () => {
    await attend('ben', 'benPeriod', [['2025-06-02', 4, 'onsite']]);
    const later = await approve(r.may);
    expect(later.status, JSON.stringify(later.body)).toBe(200);
    const jun = await draft('2025-06');
    await attend('ben', 'benPeriod', [['2025-06-03', 4, 'remote']]);
    const stale = await approve(jun.body.id);
    expect(stale.status).toBe(409);
    expect(stale.body.messageKey).toBe('errors.invoiceOutdated');
    const redrafted = await draft('2025-06');
    expect(redrafted.body.totals.totalCents).toBe(4500 + 3900);
    expect((await approve(redrafted.body.id)).status).toBe(200);
  });

  it('pays the durability bonus under the terms of an amendment in force', async () => {
    const amended = await as('purchaser')('POST', `/api/contracts/${r.contract}/amendments`, {
      effectiveFrom: '2025-06-16', title: 'Etäpalvelulisäys', terms: { ...TERMS, remoteDayPriceCents: 4000, durability: { days: 90, bonusCents: 60000, statuses: ['education'] } },
    });
    expect(amended.status, JSON.stringify(amended.body)).toBe(201);
    const followUps = await as('coachA1')('GET', `/api/clients/${r.anna}/periods`);
    const threeMonths = followUps.body.find((p: any) => p.id === r.annaPeriod).followUps.find((f: any) => f.months === 3);
    expect((await as('coachA1')('POST', `/api/follow-ups/${threeMonths.id}`, { status: 'education', recordedOn: '2025-07-01' })).status).toBe(200);
    await attend('ben', 'benPeriod', [['2025-07-01', 4, 'remote']]);
    const jul = await draft('2025-07');
    expect(jul.status, JSON.stringify(jul.body)).toBe(201);
    // July is paid under the amendment (effective 16 June, so from July); June, recomputed because
    // the amendment dates from June, still falls under the original terms: no adjustment.
    expect(jul.body.termsEffectiveFrom).toBe('2025-06-16');
    expect(linesOf(jul.body)).toEqual(
      [
        ['2025-07', 'Anna', 'durability', 'durability_bonus', 105000],
        ['2025-07', 'Ben', 'base', 'base_day', 4000],
      ].sort((a, b) => ((a[1] === 'Anna') === (r.anna < r.ben) ? -1 : 1)),
    );
    r.jul = jul.body.id;
    expect((await approve(r.jul)).status).toBe(200);
  });
});

describe('exports', () => {
  it('CSV: one row per line, semicolons, amounts in cents that add up', async () => {
    const res = await world.app.inject({ method: 'GET', url: `/api/invoices/${r.apr}.csv`, headers: { cookie: s.purchaser.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="invoice-TRE-2025-07-2025-04-\d+\.csv"/);
    const [header, ...rows] = res.body.replace(/^\ufeff/, '').trimEnd().split('\r\n').map((line) => line.split(';'));
    expect(header.slice(0, 6)).toEqual(['invoice_number', 'contract', 'month', 'status', 'line', 'for_month']);
    expect(rows).toHaveLength(3);
    const cents = header.indexOf('amount_cents');
    expect(rows.reduce((sum, row) => sum + Number(row[cents]), 0)).toBe(-78500);
    const march = rows.find((row) => row[header.indexOf('for_month')] === '2025-03')!;
    expect(march[header.indexOf('adjustment')]).toBe('yes');
    expect(march[header.indexOf('amount_eur')]).toBe('-875,00');
    expect(march[header.indexOf('first_name')]).toBe('Anna');
    const { rows: logged } = await sql<{ n: number }>`select count(*)::int as n from access_log where resource = 'invoice_export' and resource_id = ${r.apr}`.execute(world.handle.db);
    expect(logged[0].n).toBe(2);
  });

  it('Finvoice 3.0: well-formed, the provider as seller, the right totals, VAT 0 with the exemption text', async () => {
    const res = await world.app.inject({ method: 'GET', url: `/api/invoices/${r.mar}/finvoice.xml`, headers: { cookie: s.purchaser.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    const root = parseXml(res.body);
    expect(root.name).toBe('Finvoice');
    expect(root.attributes.Version).toBe('3.0');
    expect(root.children.map((c) => c.name)).toEqual([
      'MessageTransmissionDetails', 'SellerPartyDetails', 'SellerInformationDetails', 'BuyerPartyDetails', 'InvoiceDetails', 'InvoiceRow', 'InvoiceRow', 'InvoiceRow', 'InvoiceRow', 'EpiDetails',
    ]);
    const providerA = await world.handle.db.selectFrom('organisation').select('businessId').where('id', '=', world.ids.providerA).executeTakeFirstOrThrow();
    expect(textOf(root, 'SellerPartyIdentifier')).toBe(providerA.businessId);
    expect(textOf(root, 'BuyerOrganisationName')).toBe('Tampereen kaupunki');
    expect(textOf(root, 'BuyerPartyIdentifier')).toBe('0211675-2');
    expect(textOf(root, 'InvoiceTypeCode')).toBe('INV01');
    expect(textOf(root, 'InvoiceTotalVatExcludedAmount')).toBe('2838,00');
    expect(textOf(root, 'InvoiceTotalVatAmount')).toBe('0,00');
    expect(textOf(root, 'InvoiceTotalVatIncludedAmount')).toBe('2838,00');
    expect(textOf(root, 'VatRatePercent')).toBe('0');
    expect(textOf(root, 'VatFreeText')).toMatch(/AVL 37 §/);
    expect(textOf(root, 'AgreementIdentifier')).toBe('TRE-2025-07');
    const rowSum = findAll(root, 'RowAmount').reduce((sum, n) => sum + Math.round(Number(n.text.replace(',', '.')) * 100), 0);
    expect(rowSum).toBe(283800);
    expect(textOf(root, 'EpiAccountID')).toBe(IBAN);
    expect(textOf(root, 'EpiInstructedAmount')).toBe('2838,00');
    expect(isFinnishReference(textOf(root, 'EpiRemittanceInfoIdentifier')!)).toBe(true);
    expect(textOf(root, 'InvoiceDate')).toMatch(/^\d{8}$/);
    // Clients appear only by pseudonym in a document that leaves Polku.
    expect(res.body).not.toMatch(/Laskutettava|Anna|Ben\b/);
  });

  it('Finvoice of a credit: INV02', async () => {
    const res = await world.app.inject({ method: 'GET', url: `/api/invoices/${r.apr}/finvoice.xml`, headers: { cookie: s.purchaser.cookie } });
    expect(res.statusCode).toBe(200);
    expect(textOf(parseXml(res.body), 'InvoiceTypeCode')).toBe('INV02');
  });

  it('Finvoice only of approved invoices, and only with the provider’s bank account', async () => {
    const aug = await draft('2025-08');
    expect((await as('purchaser')('GET', `/api/invoices/${aug.body.id}/finvoice.xml`)).body.messageKey).toBe('errors.invoiceNotApproved');
    expect((await as('purchaser')('PATCH', `/api/contracts/${r.contract}`, { invoicing: { paymentIban: null } })).status).toBe(200);
    expect((await as('purchaser')('GET', `/api/invoices/${r.mar}/finvoice.xml`)).body.messageKey).toBe('errors.paymentDetailsMissing');
    expect((await as('purchaser')('PATCH', `/api/contracts/${r.contract}`, { invoicing: { paymentIban: IBAN } })).status).toBe(200);
  });

  it('PDF: a valid PDF 1.4 file with a correct cross-reference table', async () => {
    const res = await world.app.inject({ method: 'GET', url: `/api/invoices/${r.mar}.pdf`, headers: { cookie: s.purchaser.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const bytes = res.rawPayload;
    const text = bytes.toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    const startxref = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((offset, i) => expect(text.slice(offset, offset + 12)).toMatch(new RegExp(`^${i + 1} 0 obj`)));
    expect(text).toContain('(2 838,00 \x80)');
    expect(text).toContain('Laskutettava Anna');
  });
});

describe('the month at once', () => {
  it('drafts every contract in force, replacing earlier drafts, and reports those it cannot draft', async () => {
    const res = await as('purchaser')('POST', '/api/invoices/drafts', { month: '2025-08' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.invoices).toEqual([expect.objectContaining({ contractId: r.contract, reference: 'TRE-2025-07', messageKey: null, lines: expect.any(Number) })]);
    const drafts = (await as('purchaser')('GET', `/api/invoices?contractId=${r.contract}&status=draft`)).body;
    expect(drafts.map((d: any) => [d.id, d.month])).toEqual([[res.body.invoices[0].invoiceId, '2025-08']]);
    const later = await as('purchaser')('POST', '/api/invoices/drafts', { month: '2025-10' });
    expect(later.body.invoices).toEqual([expect.objectContaining({ contractId: r.contract, invoiceId: null, messageKey: 'errors.previousMonthNotApproved' })]);
    expect((await as('purchaserHki')('POST', '/api/invoices/drafts', { month: '2025-08' })).body.invoices).toEqual([]);
    expect((await as('purchaserHki')('POST', '/api/invoices/drafts', { month: '2025-08', contractIds: [r.contract] })).status).toBe(404);
    for (const who of ['coachA1', 'managerA', 'employer']) expect((await as(who)('POST', '/api/invoices/drafts', { month: '2025-08' })).status).toBe(403);
  });
});

describe('outsiders', () => {
  const outsiders = ['managerB', 'purchaserHki', 'coachA1', 'coachB1', 'clientX', 'employer'];

  it.each(outsiders)('%s can neither read nor change an invoice (404)', async (who) => {
    const call = as(who);
    for (const url of [`/api/invoices/${r.mar}`, `/api/invoices/${r.mar}.csv`, `/api/invoices/${r.mar}/finvoice.xml`, `/api/invoices/${r.mar}.pdf`, `/api/contracts/${r.contract}/invoices`]) {
      const res = await call('GET', url);
      expect(res.status, `${who} GET ${url}`).toBe(404);
      expect(JSON.stringify(res.body)).not.toMatch(/Laskutettava|Anna/);
    }
    const aug = (await as('purchaser')('GET', `/api/invoices?contractId=${r.contract}&month=2025-08`)).body[0];
    for (const [method, url, body] of [
      ['POST', `/api/invoices/${aug.id}/approve`],
      ['DELETE', `/api/invoices/${aug.id}`],
      ['POST', `/api/contracts/${r.contract}/invoices/draft`, { month: '2025-08' }],
    ] as const) {
      expect((await call(method, url, body)).status, `${who} ${method} ${url}`).toBe(404);
    }
    expect((await as('purchaser')('GET', `/api/invoices/${aug.id}`)).body.status).toBe('draft');
  });

  it('lists only invoices in scope', async () => {
    expect((await as('purchaserHki')('GET', '/api/invoices')).body).toEqual([]);
    expect((await as('managerB')('GET', '/api/invoices')).body).toEqual([]);
    expect((await as('managerA')('GET', '/api/invoices')).body.length).toBeGreaterThan(5);
    for (const who of ['coachA1', 'clientX', 'employer']) expect((await as(who)('GET', '/api/invoices')).status).toBe(403);
  });
});
