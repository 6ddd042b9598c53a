// The demo-data generator: deterministic for a seed and a reference date, realistic in its
// proportions, and with the seven demo logins set up for their stories.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, isoWeekday } from '../../src/domain/calendar/dates.ts';
import { isFinnishHoliday } from '../../src/domain/calendar/holidays.ts';
import { ROLES, UNIT_TYPES } from '../../src/domain/codes.ts';
import { parsePersonalId } from '../../src/domain/identity/personal-id.ts';
import { DEMO_EMAILS, generateDemo, type DemoOptions, type DemoSummary } from '../../src/demo/generate.ts';
import type { Database } from '../../src/db/connection.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { loadActor } from '../../src/server/access/actor.ts';
import { approveInvoice, draftInvoice } from '../../src/server/contracts/invoices.ts';
import { parseTerms } from '../../src/domain/compensation/terms.ts';

const TODAY = '2026-03-16';
const OPTIONS: DemoOptions = { clients: 300, seed: 20_240_601, password: 'demo-salasana-1', today: TODAY };

// Generating takes a few seconds per database, more on a busy machine.
const SLOW = 240_000;

const databases: TestDatabase[] = [];
let db: Database;
let summary: DemoSummary;
const progressSteps = new Set<string>();
let maxChunk = 0;

async function fresh(): Promise<Database> {
  const handle = await createTestDatabase();
  databases.push(handle);
  return handle.db;
}

/** A digest of a whole table's rows, to compare two generated databases. */
async function digest(target: Database, table: string, orderBy = 'id'): Promise<string> {
  const result = await sql<{ digest: string }>`
    select md5(coalesce(string_agg(t::text, '|' order by ${sql.raw(orderBy)}), '')) as digest from ${sql.table(table)} t`.execute(target);
  return result.rows[0].digest;
}

beforeAll(async () => {
  db = await fresh();
  const last = new Map<string, number>();
  summary = await generateDemo(db, {
    ...OPTIONS,
    onProgress: (step, done) => {
      progressSteps.add(step);
      maxChunk = Math.max(maxChunk, done - (last.get(step) ?? 0));
      last.set(step, done);
    },
  });
}, SLOW);

afterAll(async () => {
  for (const handle of databases) await handle.dispose();
});

describe('generateDemo', () => {
  it('reports what it made, and the counts match the database', async () => {
    const count = async (table: string, where = sql`true`) =>
      (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where ${where}`.execute(db)).rows[0].n;
    expect(summary.clients).toBe(300);
    expect(await count('client')).toBe(summary.clients);
    expect(await count('organisation')).toBe(summary.organisations);
    expect(await count('unit')).toBe(summary.units);
    expect(await count('app_user')).toBe(summary.users);
    expect(await count('service_period')).toBe(summary.periods);
    expect(await count('attendance')).toBe(summary.attendance);
    expect(await count('goal')).toBe(summary.goals);
    expect(await count('diary_entry')).toBe(summary.diaryEntries);
    expect(await count('group_activity')).toBe(summary.groups);
    expect(await count('follow_up')).toBe(summary.followUps);
    expect(summary.units).toBeGreaterThanOrEqual(16);
    expect(summary.units).toBeLessThanOrEqual(20);
    expect(summary.attendance).toBeGreaterThan(15_000);
    // Open periods at the reference date: 600–900 per 2,000 clients.
    const open = await count('service_period', sql`end_date is null`);
    expect(open / summary.clients).toBeGreaterThan(0.3);
    expect(open / summary.clients).toBeLessThan(0.45);
    expect(await count('attendance', sql`date >= ${TODAY}`)).toBe(0);
  });

  it('reports progress step by step, a chunk at a time', () => {
    for (const step of ['organisations', 'users', 'clients', 'periods', 'attendance', 'goals', 'follow-ups']) {
      expect(progressSteps).toContain(step);
    }
    expect(maxChunk).toBeLessThanOrEqual(5_000);
  });

  it('is deterministic for a seed and a reference date, and another seed differs', async () => {
    const again = await fresh();
    const other = await fresh();
    const secondSummary = await generateDemo(again, OPTIONS);
    const otherSummary = await generateDemo(other, { ...OPTIONS, seed: OPTIONS.seed + 1 });

    const clients = (target: Database) =>
      target.selectFrom('client').select(['id', 'firstName', 'lastName', 'personalId']).orderBy('id').execute();
    expect(await clients(again)).toEqual(await clients(db));
    expect(secondSummary.attendance).toBe(summary.attendance);
    // Byte-identical rows, table by table (the password hash alone differs: argon2 salts it).
    for (const table of ['organisation', 'unit', 'client', 'service_period', 'follow_up', 'goal', 'goal_assessment', 'attendance', 'group_activity', 'referral', 'catalogue_service', 'contract', 'contract_amendment']) {
      expect(await digest(again, table), table).toBe(await digest(db, table));
    }
    const otherIds = new Set((await clients(other)).map((c) => c.id));
    const sameIds = (await clients(db)).filter((c) => otherIds.has(c.id));
    expect(sameIds).toHaveLength(0);
    expect(otherSummary.attendance).not.toBe(summary.attendance);
  }, SLOW);

  it('refuses to run on a database that already has clients, and changes nothing', async () => {
    await expect(generateDemo(db, OPTIONS)).rejects.toThrow(/already has 300 clients/);
    const { n } = (await sql<{ n: number }>`select count(*)::int as n from app_user`.execute(db)).rows[0];
    expect(n).toBe(summary.users);
  });

  it('ends periods with the barometer’s transitions: back to basic services most often, open employment under a tenth', async () => {
    const rows = await db
      .selectFrom('servicePeriod')
      .select(['destination', sql<number>`count(*)::int`.as('n')])
      .where('endDate', 'is not', null)
      .groupBy('destination')
      .orderBy('n', 'desc')
      .execute();
    const ended = rows.reduce((sum, r) => sum + r.n, 0);
    expect(rows[0].destination).toBe('back_to_basic_services');
    const employed = rows.find((r) => r.destination === 'open_employment')?.n ?? 0;
    expect(employed / ended).toBeGreaterThan(0.05);
    expect(employed / ended).toBeLessThan(0.1);
  });

  it('has every unit type, about a third of the clients in multi-service centres', async () => {
    const types = (await db.selectFrom('unit').select('unitType').distinct().execute()).map((r) => r.unitType);
    expect(new Set(types)).toEqual(new Set(UNIT_TYPES));
    const { n } = await db
      .selectFrom('client')
      .innerJoin('unit', 'unit.id', 'client.homeUnitId')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('unit.unitType', '=', 'multi_service_centre')
      .executeTakeFirstOrThrow();
    expect(n / summary.clients).toBeGreaterThan(0.25);
    expect(n / summary.clients).toBeLessThan(0.45);
  });

  it('has each demo login with its role', async () => {
    expect(new Set(summary.demoLogins.map((l) => l.role))).toEqual(new Set(ROLES));
    for (const role of ROLES) {
      const user = await db.selectFrom('appUser').select(['role', 'active']).where('email', '=', DEMO_EMAILS[role]).executeTakeFirst();
      expect(user, role).toEqual({ role, active: true });
      expect(summary.demoLogins).toContainEqual({ role, email: DEMO_EMAILS[role] });
    }
  });

  it('links the demo client to a record in the demo coach’s unit, with a plan, diary and a remote group', async () => {
    const client = await db
      .selectFrom('client')
      .innerJoin('appUser', 'appUser.id', 'client.userId')
      .select(['client.id', 'client.homeUnitId'])
      .where('appUser.email', '=', DEMO_EMAILS.client)
      .executeTakeFirstOrThrow();
    const coach = await db.selectFrom('appUser').select('id').where('email', '=', DEMO_EMAILS.coach).executeTakeFirstOrThrow();
    const coachUnits = (await db.selectFrom('unitStaff').select('unitId').where('userId', '=', coach.id).execute()).map((r) => r.unitId);
    expect(coachUnits).toContain(client.homeUnitId);

    const period = await db
      .selectFrom('servicePeriod')
      .selectAll()
      .where('clientId', '=', client.id)
      .where('endDate', 'is', null)
      .executeTakeFirstOrThrow();
    expect(period.coachId).toBe(coach.id);
    expect(period.unitId).toBe(client.homeUnitId);

    const goals = await db.selectFrom('goal').select(['id', 'kind']).where('clientId', '=', client.id).execute();
    const employment = goals.find((g) => g.kind === 'employment');
    expect(employment).toBeDefined();
    const assessments = await db.selectFrom('goalAssessment').select('id').where('goalId', '=', employment!.id).execute();
    expect(assessments.length).toBeGreaterThanOrEqual(2);

    const diary = await db.selectFrom('diaryEntry').select('sharedWithCoach').where('clientId', '=', client.id).execute();
    expect(diary.some((d) => d.sharedWithCoach)).toBe(true);
    expect(diary.some((d) => !d.sharedWithCoach)).toBe(true);

    const attendance = await db.selectFrom('attendance').select('id').where('periodId', '=', period.id).execute();
    expect(attendance.length).toBeGreaterThan(0);

    const groups = await db
      .selectFrom('groupParticipant')
      .innerJoin('groupActivity', 'groupActivity.id', 'groupParticipant.groupId')
      .select(['groupActivity.remoteLink', 'groupActivity.endDate'])
      .where('groupParticipant.clientId', '=', client.id)
      .execute();
    expect(groups.some((g) => g.remoteLink?.startsWith('https://meet.example.fi/') && g.endDate! >= TODAY)).toBe(true);
  });

  it('gives the demo coach a caseload of 9–12 with work to do', async () => {
    const coach = await db.selectFrom('appUser').select('id').where('email', '=', DEMO_EMAILS.coach).executeTakeFirstOrThrow();
    const caseload = (
      await db.selectFrom('servicePeriod').select('clientId').where('coachId', '=', coach.id).where('endDate', 'is', null).execute()
    ).map((r) => r.clientId);
    expect(caseload.length).toBeGreaterThanOrEqual(9);
    expect(caseload.length).toBeLessThanOrEqual(12);

    const withGoals = new Set(
      (await db.selectFrom('goal').select('clientId').where('clientId', 'in', caseload).execute()).map((r) => r.clientId),
    );
    expect(caseload.some((id) => !withGoals.has(id))).toBe(true);

    const stale = await sql<{ n: number }>`
      select count(*)::int as n from goal g
       where g.client_id in (${sql.join(caseload)}) and g.status = 'active'
         and (select max(assessed_on) from goal_assessment a where a.goal_id = g.id) < ${addMonths(TODAY, -1)}::date`.execute(db);
    expect(stale.rows[0].n).toBeGreaterThan(0);

    const dueReferrals = await db
      .selectFrom('referral')
      .select('id')
      .where('clientId', 'in', caseload)
      .where('resolvedOn', 'is', null)
      .where('followUpOn', '<', TODAY)
      .execute();
    expect(dueReferrals.length).toBeGreaterThan(0);

    const dueFollowUps = await db
      .selectFrom('followUp')
      .innerJoin('servicePeriod', 'servicePeriod.id', 'followUp.periodId')
      .select('followUp.id')
      .where('servicePeriod.coachId', '=', coach.id)
      .where('followUp.status', 'is', null)
      .where('followUp.dueOn', '<', TODAY)
      .execute();
    expect(dueFollowUps.length).toBeGreaterThan(0);
  });

  it('runs the demo unit manager’s provider and the demo purchaser’s municipality', async () => {
    const manager = await db.selectFrom('appUser').select('organisationId').where('email', '=', DEMO_EMAILS.unit_manager).executeTakeFirstOrThrow();
    const client = await db
      .selectFrom('client')
      .innerJoin('appUser', 'appUser.id', 'client.userId')
      .innerJoin('unit', 'unit.id', 'client.homeUnitId')
      .select('unit.organisationId')
      .executeTakeFirstOrThrow();
    expect(manager.organisationId).toBe(client.organisationId);
    const purchaser = await db
      .selectFrom('appUser')
      .innerJoin('organisation', 'organisation.id', 'appUser.organisationId')
      .select(['organisation.kind', 'organisation.municipalityCode'])
      .where('email', '=', DEMO_EMAILS.purchaser)
      .executeTakeFirstOrThrow();
    expect(purchaser).toEqual({ kind: 'municipality', municipalityCode: '837' });
  });

  it('publishes every provider’s services in three languages, remote ones with the remote-delivery texts and some with history', async () => {
    expect(summary.contracts.services).toBeGreaterThanOrEqual(16);
    const services = await sql<{ id: string; deliveryMode: string; texts: string; version: number; published: boolean; providerId: string }>`
      select id, delivery_mode, texts::text as texts, version, published, provider_id from catalogue_service`.execute(db);
    expect(services.rows).toHaveLength(summary.contracts.services);
    const providers = await db.selectFrom('organisation').select('id').where('kind', '=', 'provider').execute();
    for (const p of providers) expect(services.rows.some((s) => s.providerId === p.id)).toBe(true);
    const remoteFields = ['content', 'methods', 'toolsAndPlatforms', 'dailyGuidance', 'documentationAndDiary', 'ethicalPrinciples', 'timetable', 'caseExample'];
    for (const service of services.rows) {
      expect(service.published).toBe(true);
      const texts = JSON.parse(service.texts) as { name: Record<string, string>; description: Record<string, string>; remote?: Record<string, Record<string, string>> };
      for (const lang of ['fi', 'sv', 'en']) {
        expect(texts.name[lang]).toBeTruthy();
        expect(texts.description[lang]).toBeTruthy();
      }
      if (service.deliveryMode !== 'onsite') for (const f of remoteFields) expect(Object.keys(texts.remote?.[f] ?? {}).sort()).toEqual(['en', 'fi', 'sv']);
    }
    expect(services.rows.filter((s) => s.deliveryMode === 'remote').length).toBeGreaterThan(0);
    expect(services.rows.filter((s) => s.deliveryMode === 'hybrid').length).toBeGreaterThan(0);
    const revised = services.rows.filter((s) => s.version === 2);
    expect(revised.length).toBeGreaterThan(0);
    const versions = await db.selectFrom('catalogueServiceVersion').select(['serviceId', 'version']).execute();
    for (const s of services.rows) expect(versions.filter((v) => v.serviceId === s.id).map((v) => v.version).sort()).toEqual(s.version === 2 ? [1, 2] : [1]);
  });

  it('contracts the private and third-sector providers with valid terms, a remote amendment and documents', async () => {
    const contracts = await sql<{ id: string; providerId: string; sector: string; terms: string; startDate: string; endDate: string | null; serviceKinds: string[] }>`
      select c.id, c.provider_id, o.sector, c.terms::text as terms, c.start_date::text as start_date, c.end_date::text as end_date, c.service_kinds
        from contract c join organisation o on o.id = c.provider_id`.execute(db);
    expect(contracts.rows).toHaveLength(summary.contracts.contracts);
    expect(contracts.rows.length).toBe(6);
    expect(new Set(contracts.rows.map((c) => c.sector))).toEqual(new Set(['private', 'third_sector']));
    const bases = new Set<string>();
    for (const c of contracts.rows) {
      const parsed = parseTerms(JSON.parse(c.terms));
      expect(parsed.ok).toBe(true);
      if (parsed.ok) bases.add(parsed.value.basis);
    }
    expect(bases).toEqual(new Set(['day', 'month']));
    const amendments = await sql<{ contractId: string; effectiveFrom: string; terms: string }>`
      select contract_id, effective_from::text as effective_from, terms::text as terms from contract_amendment`.execute(db);
    expect(amendments.rows).toHaveLength(1);
    expect(parseTerms(JSON.parse(amendments.rows[0].terms)).ok).toBe(true);
    expect(amendments.rows[0].effectiveFrom < TODAY).toBe(true);
    const documents = await db.selectFrom('contractDocument').select(['contractId', 'url', 'fileName']).execute();
    for (const c of contracts.rows) expect(documents.some((d) => d.contractId === c.id)).toBe(true);
    expect(documents.some((d) => d.fileName !== null)).toBe(true);

    // Each linked period is the contract provider's, of a covered kind, started within the contract.
    const linked = await sql<{ ok: boolean; n: number }>`
      select (u.organisation_id = c.provider_id and p.service_kind = any(c.service_kinds) and p.start_date >= c.start_date
              and (c.end_date is null or p.start_date <= c.end_date)) as ok, count(*)::int as n
        from service_period p join contract c on c.id = p.contract_id join unit u on u.id = p.unit_id group by 1`.execute(db);
    expect(linked.rows).toEqual([{ ok: true, n: summary.contracts.linkedPeriods }]);
    expect(summary.contracts.linkedPeriods / summary.periods).toBeGreaterThan(0.2);
  });

  it('has the month before last approved, and the purchaser can draft and approve the last month with real lines', async () => {
    const approvedMonth = '2026-01-01';
    const invoices = await db.selectFrom('invoice').select(['id', 'contractId', 'month', 'status', 'totalCents', 'number']).execute();
    expect(invoices).toHaveLength(6);
    for (const invoice of invoices) {
      expect(String(invoice.month).slice(0, 10)).toBe(approvedMonth);
      expect(invoice.status).toBe('approved');
      expect(invoice.number).not.toBeNull();
    }
    expect(invoices.filter((i) => Number(i.totalCents) > 0).length).toBeGreaterThanOrEqual(5);
    const stale = await db.selectFrom('invoiceStale').select(['contractId', 'since']).execute();
    for (const row of stale) expect(row.since).toBeNull();

    const purchaserId = (await db.selectFrom('appUser').select('id').where('email', '=', DEMO_EMAILS.purchaser).executeTakeFirstOrThrow()).id;
    const actor = (await loadActor(db, purchaserId))!;
    const contractId = invoices.find((i) => Number(i.totalCents) > 0)!.contractId;
    const draft = await draftInvoice(db, actor, contractId, '2026-02');
    expect(draft.status).toBe('draft');
    expect(draft.lines.filter((l) => l.rule === 'base_day' || l.rule === 'base_month').length).toBeGreaterThan(0);
    expect(draft.lines.every((l) => !l.adjustment)).toBe(true);
    const approved = await approveInvoice(db, actor, draft.id);
    expect(approved.status).toBe('approved');
    expect(approved.totals.totalCents).toBe(draft.totals.totalCents);
  });

  it('schedules follow-ups at 3 and 6 months after every ended period', async () => {
    const ended = await db.selectFrom('servicePeriod').select(['id', 'endDate']).where('endDate', 'is not', null).execute();
    const followUps = await db.selectFrom('followUp').select(['periodId', 'months', 'dueOn', 'status', 'recordedOn']).execute();
    const byPeriod = new Map<string, Map<number, (typeof followUps)[number]>>();
    for (const f of followUps) {
      if (!byPeriod.has(f.periodId)) byPeriod.set(f.periodId, new Map());
      byPeriod.get(f.periodId)!.set(f.months, f);
    }
    expect(ended.length).toBeGreaterThan(50);
    for (const period of ended) {
      for (const months of [3, 6]) {
        const followUp = byPeriod.get(period.id)?.get(months);
        expect(followUp, `${period.id} at ${months} months`).toBeDefined();
        expect(followUp!.dueOn).toBe(addMonths(period.endDate!, months));
        if (followUp!.dueOn >= TODAY) expect(followUp!.status).toBeNull();
        if (followUp!.recordedOn) expect(followUp!.recordedOn <= TODAY).toBe(true);
      }
    }
    const due6 = followUps.filter((f) => f.months === 6 && f.dueOn < TODAY);
    const recorded6 = due6.filter((f) => f.status !== null);
    expect(recorded6.length / due6.length).toBeGreaterThan(0.5);
    expect(recorded6.length).toBeLessThan(due6.length);
  });

  it('records no attendance on weekends or Finnish public holidays', async () => {
    const dates = (await db.selectFrom('attendance').select('date').distinct().execute()).map((r) => r.date);
    expect(dates.length).toBeGreaterThan(200);
    for (const date of dates) {
      expect(isoWeekday(date), date).toBeLessThanOrEqual(5);
      expect(isFinnishHoliday(date), date).toBeNull();
    }
  });

  it('gives every client a valid test-range personal id that matches the birth year', async () => {
    const clients = await db.selectFrom('client').select(['personalId', 'birthYear']).execute();
    for (const client of clients) {
      const parsed = parsePersonalId(client.personalId);
      expect(parsed.ok, client.personalId).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.birthYear).toBe(client.birthYear);
      expect(Number(client.personalId.slice(7, 10))).toBeGreaterThanOrEqual(900);
      const age = Number(TODAY.slice(0, 4)) - client.birthYear;
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThanOrEqual(65);
    }
  });
});
