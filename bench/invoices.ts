// A month's invoices for a city the size of Tampere on PostgreSQL (issue 3: at most 2 s):
// 2,300 clients, 30 contracts and 200,000 attendance rows a month. Builds the synthetic data in a
// scratch database on the local PostgreSQL server (created and dropped here), bulk-inserted with
// INSERT … SELECT FROM unnest(...) arrays, then times drafting all 30 contracts' invoices for one
// month through the same service function as POST /api/contracts/:id/invoices/draft:
//   1. the first month (nothing approved before);
//   2. the third month, after the first two were approved and then changed late in 10 contracts
//      (late attendance and a corrected destination), so those drafts recompute and adjust;
//   3. approving the third month's 30 drafts (each checks its draft against the data again).
//   npx tsx bench/invoices.ts [--clients 2300] [--contracts 30] [--rows 200000] [--seed 3]
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres (the server's admin database)
import { randomBytes } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import { sql } from 'kysely';
import { connect, type DatabaseHandle } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { addDays, isoWeekday } from '../src/domain/calendar/dates.ts';
import { BACKGROUND_FACTORS, DESTINATIONS } from '../src/domain/codes.ts';
import { seededRandom } from '../src/domain/compensation/synthetic.ts';
import { makeBusinessId } from '../src/domain/identity/business-id.ts';
import type { Actor } from '../src/server/access/actor.ts';
import { approveInvoice, draftInvoice, draftMonth } from '../src/server/contracts/invoices.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CLIENTS = arg('clients', 2300);
const CONTRACTS = arg('contracts', 30);
const ROWS_PER_MONTH = arg('rows', 200_000);
const SEED = arg('seed', 3);
const MONTHS = ['2025-01', '2025-02', '2025-03'];
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const ms = (t: number) => `${t.toFixed(0)} ms`;
const uuid = () => crypto.randomUUID();

/** One INSERT … SELECT FROM unnest($1::type[], …) per chunk: one parameter per column. */
async function bulkInsert(handle: DatabaseHandle, table: string, columns: [name: string, type: string][], rows: unknown[][]) {
  const CHUNK = 50_000;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const arrays = columns.map((_, c) => chunk.map((row) => row[c]));
    const list = columns.map(([, type], c) => sql`${arrays[c]}::${sql.raw(type)}[]`);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map(([name]) => sql.ref(name)))})
              select * from unnest(${sql.join(list)})`.execute(handle.db);
  }
}

/** Monday to Saturday: some units work on Saturdays too. */
const workdays = (month: string) => {
  const days: string[] = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) if (isoWeekday(d) <= 6) days.push(d);
  return days;
};

interface BenchPeriod {
  id: string;
  clientId: string;
  start: string;
  end: string | null;
}
interface World {
  purchaser: Actor;
  contractIds: string[];
  periodsByContract: Map<string, BenchPeriod[]>;
  attendanceRows: number;
}

async function build(handle: DatabaseHandle): Promise<World> {
  const random = seededRandom(SEED);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const tampere = uuid();
  const providers = Array.from({ length: CONTRACTS }, () => uuid());
  let seed = 2_000_000;
  const businessId = () => {
    for (;;) {
      const id = makeBusinessId(seed++);
      if (id) return id;
    }
  };
  await bulkInsert(handle, 'organisation', [['id', 'uuid'], ['kind', 'text'], ['name', 'text'], ['municipality_code', 'text'], ['business_id', 'text'], ['sector', 'text']], [
    [tampere, 'municipality', 'Tampereen kaupunki', '837', null, null],
    ...providers.map((id, i) => [id, 'provider', `Palveluntuottaja ${i + 1}`, null, businessId(), pick(['public', 'private', 'third_sector'])]),
  ]);
  const units = providers.map(() => uuid());
  await bulkInsert(handle, 'unit', [['id', 'uuid'], ['organisation_id', 'uuid'], ['name', 'text'], ['unit_type', 'text'], ['municipality_code', 'text']],
    units.map((id, i) => [id, providers[i], `Yksikkö ${i + 1}`, 'workshop', '837']));
  const purchaserId = uuid();
  await bulkInsert(handle, 'app_user', [['id', 'uuid'], ['email', 'text'], ['display_name', 'text'], ['password_hash', 'text'], ['role', 'text'], ['organisation_id', 'uuid']],
    [[purchaserId, 'tilaaja@bench.polku.fi', 'Bench purchaser', 'x', 'purchaser', tampere]]);

  const contractIds = providers.map(() => uuid());
  const terms = (i: number) =>
    JSON.stringify({
      basis: i % 6 === 5 ? 'month' : 'day',
      dayPriceCents: 4500,
      remoteDayPriceCents: 3900,
      monthPriceCents: 61000,
      minHours: 3,
      outcomeBonusCents: { open_employment: 150000, education: 100000, work_trial: 40000 },
      minDaysForOutcome: 30,
      bonusWindowDays: 365,
      durability: { days: 90, bonusCents: 50000, statuses: ['open_employment', 'education'] },
      riskWeights: { factors: { disability: 0.5, mental_health: 0.5, substance_abuse: 0.25 }, max: 1.75 },
    });
  await handle.db
    .insertInto('contract')
    .values(contractIds.map((id, i) => ({
      id, purchaserId: tampere, providerId: providers[i], reference: `TRE-2025-${String(i + 1).padStart(2, '0')}`, title: 'Kuntouttava työtoiminta',
      startDate: '2024-01-01', endDate: '2025-12-31', serviceKinds: ['rehabilitative_work_1a', 'rehabilitative_work_1b'], terms: terms(i),
    })))
    .execute();

  // Clients, two concurrent periods each (the main service and a group service) under one contract.
  const clients: unknown[][] = [];
  const factors: unknown[][] = [];
  const periods: unknown[][] = [];
  const followUps: unknown[][] = [];
  const periodsByContract = new Map<string, BenchPeriod[]>(contractIds.map((c) => [c, []]));
  for (let c = 0; c < CLIENTS; c++) {
    const id = uuid();
    const k = c % CONTRACTS;
    clients.push([id, units[k], 'Etu', `Suku${c}`, `BENCH${String(c).padStart(6, '0')}`, 1960 + (c % 40), '837', 'kela']);
    for (const factor of BACKGROUND_FACTORS) if (random() < 0.12) factors.push([id, factor]);
    for (let p = 0; p < 2; p++) {
      const periodId = uuid();
      // About one main period in twelve ends in each benchmark month, with any destination; one
      // group period in ten ended last autumn and has its 3-month follow-up recorded in them.
      const endedLastAutumn = p === 1 && random() < 0.1;
      const start = endedLastAutumn ? addDays('2024-05-01', Math.floor(random() * 100)) : addDays('2024-06-01', Math.floor(random() * 200));
      const endsIn = p === 0 && random() < 0.25 ? pick(MONTHS) : null;
      const end = endedLastAutumn ? addDays('2024-10-01', Math.floor(random() * 60)) : endsIn ? addDays(`${endsIn}-01`, Math.floor(random() * 27)) : null;
      const destination = endedLastAutumn ? pick(['open_employment', 'education']) : end ? pick(DESTINATIONS) : null;
      periods.push([periodId, id, units[k], p === 0 ? 'rehabilitative_work_1a' : 'rehabilitative_work_1b', start, end, destination, 'onsite', 3, 4, contractIds[k], tampere]);
      periodsByContract.get(contractIds[k])!.push({ id: periodId, clientId: id, start, end });
      if (endedLastAutumn) {
        followUps.push([uuid(), periodId, 3, addDays(end!, 91), pick(['open_employment', 'education', 'unknown']), addDays(end!, 95 + Math.floor(random() * 20))]);
      }
    }
  }
  await bulkInsert(handle, 'client', [['id', 'uuid'], ['home_unit_id', 'uuid'], ['first_name', 'text'], ['last_name', 'text'], ['personal_id', 'text'], ['birth_year', 'int4'], ['municipality_code', 'text'], ['referrer', 'text']], clients);
  await bulkInsert(handle, 'client_background_factor', [['client_id', 'uuid'], ['factor', 'text']], factors);
  await bulkInsert(handle, 'service_period', [['id', 'uuid'], ['client_id', 'uuid'], ['unit_id', 'uuid'], ['service_kind', 'text'], ['start_date', 'date'], ['end_date', 'date'], ['destination', 'text'], ['delivery_mode', 'text'], ['days_per_week', 'int4'], ['hours_per_day', 'numeric'], ['contract_id', 'uuid'], ['purchaser_id', 'uuid']], periods);
  await bulkInsert(handle, 'follow_up', [['id', 'uuid'], ['period_id', 'uuid'], ['months', 'int4'], ['due_on', 'date'], ['status', 'text'], ['recorded_on', 'date']], followUps);

  // Attendance: every workday of every period on site (one in twenty too short to count), and the
  // rest of the month's rows remote on randomly chosen period days, inserted day by day as they
  // are recorded, so that a contract's rows are spread over the table.
  let attendanceRows = 0;
  const allPeriods = [...periodsByContract.values()].flat();
  for (const month of MONTHS) {
    const days: [BenchPeriod, string][] = [];
    for (const date of workdays(month)) {
      for (const period of allPeriods) if (date >= period.start && (period.end === null || date <= period.end)) days.push([period, date]);
    }
    const remote = new Set<number>();
    const wanted = Math.min(days.length, Math.max(0, ROWS_PER_MONTH - days.length));
    while (remote.size < wanted) remote.add(Math.floor(random() * days.length));
    const rows: unknown[][] = [];
    days.forEach(([period, date], i) => {
      rows.push([period.clientId, period.id, date, random() < 0.05 ? 2 : 4 + Math.floor(random() * 3), 'onsite']);
      if (remote.has(i)) rows.push([period.clientId, period.id, date, 4, 'remote']);
    });
    await bulkInsert(handle, 'attendance', [['client_id', 'uuid'], ['period_id', 'uuid'], ['date', 'date'], ['hours', 'numeric'], ['mode', 'text']], rows);
    attendanceRows += rows.length;
  }
  await sql`analyze`.execute(handle.db);
  const purchaser: Actor = { userId: purchaserId, email: 'tilaaja@bench.polku.fi', displayName: 'Bench purchaser', role: 'purchaser', organisationId: tampere, locale: 'fi', clientId: null, unitIds: [] };
  return { purchaser, contractIds, periodsByContract, attendanceRows };
}

/** The month's drafts of all contracts, as POST /api/invoices/drafts makes them. */
async function draftAll(handle: DatabaseHandle, world: World, month: string) {
  const started = performance.now();
  const result = await draftMonth(handle.db, world.purchaser, month);
  const elapsed = performance.now() - started;
  const failed = result.invoices.filter((i) => i.messageKey);
  if (failed.length) throw new Error(`drafts failed: ${failed.map((f) => f.messageKey).join(', ')}`);
  return { elapsed, invoices: result.invoices };
}

/** One contract after another through the single-contract service (POST /api/contracts/:id/invoices/draft). */
async function draftOneByOne(handle: DatabaseHandle, world: World, month: string) {
  const started = performance.now();
  for (const contractId of world.contractIds) await draftInvoice(handle.db, world.purchaser, contractId, month);
  return performance.now() - started;
}

async function main() {
  const name = `polku_bench_invoices_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const handle = await connect({ url: url.toString(), poolSize: 10 });
  try {
    await migrate(handle);
    let t = performance.now();
    const world = await build(handle);
    console.log(`Built ${CLIENTS} clients, ${CONTRACTS} contracts, ${world.attendanceRows} attendance rows over ${MONTHS.length} months in ${ms(performance.now() - t)}.`);

    // Warm-up: a round of the first month, discarded, so that connections and plans are ready.
    await draftAll(handle, world, MONTHS[0]);
    const oneByOne = await draftOneByOne(handle, world, MONTHS[0]);
    // Three timed rounds (each replaces the drafts of the previous one); the median is the figure.
    const rounds = [await draftAll(handle, world, MONTHS[0]), await draftAll(handle, world, MONTHS[0]), await draftAll(handle, world, MONTHS[0])];
    const times = rounds.map((x) => x.elapsed).sort((a, b) => a - b);
    const first = { ...rounds[rounds.length - 1], elapsed: times[1] };
    const lines = first.invoices.reduce((n, i) => n + i.lines, 0);
    const total = first.invoices.reduce((n, i) => n + i.totals!.totalCents, 0);
    const rowsOfMonth = await sql<{ n: number }>`select count(*)::int as n from attendance where date between '2025-01-01' and '2025-01-31'`.execute(handle.db);
    console.log(`1. ${MONTHS[0]}: ${CONTRACTS} drafts from ${rowsOfMonth.rows[0].n} attendance rows, ${lines} lines, ${(total / 100).toFixed(2)} € in ${ms(first.elapsed)} (median of 3; ${times.map(ms).join(', ')}).`);
    console.log(`   One contract at a time, each answering the invoice with its lines: ${ms(oneByOne)} (${ms(oneByOne / CONTRACTS)} a contract).`);

    for (const invoice of first.invoices) await approveInvoice(handle.db, world.purchaser, invoice.invoiceId!);
    const feb = await draftAll(handle, world, MONTHS[1]);
    for (const invoice of feb.invoices) await approveInvoice(handle.db, world.purchaser, invoice.invoiceId!);
    // Late changes in 10 contracts: attendance added to January (a Sunday), a destination corrected.
    for (const contractId of world.contractIds.slice(0, 10)) {
      const period = world.periodsByContract.get(contractId)!.find((p) => p.end === null)!;
      await sql`insert into attendance (client_id, period_id, date, hours, mode) values (${period.clientId}, ${period.id}, '2025-01-05', 5, 'onsite')`.execute(handle.db);
      await sql`update service_period set destination = 'education'
                 where id = (select id from service_period where contract_id = ${contractId} and end_date between '2025-01-01' and '2025-02-28' order by id limit 1)`.execute(handle.db);
    }
    const third = await draftAll(handle, world, MONTHS[2]);
    const adjustments = third.invoices.reduce((n, i) => n + i.adjustments, 0);
    const rowsRead = await sql<{ n: number }>`select count(*)::int as n from attendance where date between '2025-01-01' and '2025-03-31'`.execute(handle.db);
    console.log(`2. ${MONTHS[2]}: ${CONTRACTS} drafts, 10 of them recomputing January and February (${rowsRead.rows[0].n} attendance rows in the three months), ${adjustments} adjustment lines, in ${ms(third.elapsed)}.`);

    t = performance.now();
    for (const invoice of third.invoices) await approveInvoice(handle.db, world.purchaser, invoice.invoiceId!);
    console.log(`3. ${MONTHS[2]}: ${CONTRACTS} approvals (each recomputes its draft) in ${ms(performance.now() - t)}.`);
    console.log(`\nA month's invoices for ${CLIENTS} clients and ${CONTRACTS} contracts: ${ms(first.elapsed)} (limit 2000 ms); with late corrections: ${ms(third.elapsed)}.`);
    console.log(`Node ${process.version}, ${availableParallelism()} CPUs, load ${loadavg()[0].toFixed(2)}; PostgreSQL ${(await admin.query('show server_version')).rows[0].server_version}.`);
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await handle.close();
    // The pool's connections close asynchronously: wait for them rather than killing them (a
    // killed connection would surface as an error event of the closed pool).
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        break;
      } catch (error) {
        if (attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
