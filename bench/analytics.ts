// Effectiveness analytics on the national-scale demo (issue 4): the headline dashboard — a year's
// transition rates by provider with intervals — at most 1 s on PostgreSQL and 10 s on PGlite, and
// the observed-against-expected model fitted in at most 30 s. Reads a database that
// `polku demo --scale national` has filled (it does not generate one):
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/polku_national npx tsx bench/analytics.ts
//   POLKU_DATA_DIR=/tmp/polku-national npx tsx bench/analytics.ts
//   [--year 2025] [--runs 5]
import { availableParallelism, loadavg } from 'node:os';
import { sql } from 'kysely';
import { connect } from '../src/db/connection.ts';
import type { Actor } from '../src/server/access/actor.ts';
import * as service from '../src/server/analytics/service.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 5);
const url = process.env.DATABASE_URL;
const handle = await connect(url ? { url } : { dataDir: process.env.POLKU_DATA_DIR ?? 'data/polku' });
const { db } = handle;

const counts = await sql<{ clients: number; periods: number; providers: number; municipalities: number }>`
  select (select count(*) from client)::int as clients, (select count(*) from service_period)::int as periods,
    (select count(*) from organisation where kind = 'provider')::int as providers,
    (select count(*) from organisation where kind = 'municipality')::int as municipalities`.execute(db);
const latest = await sql<{ year: number }>`select extract(year from max(end_date))::int as year from service_period`.execute(db);
const YEAR = arg('year', latest.rows[0].year - 1);
const admin = await db.selectFrom('appUser').select(['id', 'email']).where('role', '=', 'admin').executeTakeFirstOrThrow();
const purchaser = await sql<{ id: string; organisationId: string; periods: number }>`
  select u.id, u.organisation_id, (select count(*) from service_period p where p.purchaser_id = u.organisation_id)::int as periods
  from app_user u where u.role = 'purchaser' order by periods desc limit 1`.execute(db);
const actor = (role: Actor['role'], id: string, organisationId: string | null): Actor => ({
  userId: id, email: 'bench@polku.fi', displayName: 'Bench', role, organisationId, locale: 'fi', clientId: null, unitIds: [],
});
const adminActor = actor('admin', admin.id, null);
const purchaserActor = actor('purchaser', purchaser.rows[0].id, purchaser.rows[0].organisationId);

async function time(label: string, run: () => Promise<unknown>) {
  const times: number[] = [];
  let result: unknown;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times.at(-1)!.toFixed(0)}, ${RUNS} runs)`);
  return result;
}

console.log(`${url ? 'PostgreSQL' : 'PGlite'}; ${counts.rows[0].clients.toLocaleString('en')} clients, ${counts.rows[0].periods.toLocaleString('en')} periods, ${counts.rows[0].providers} providers, ${counts.rows[0].municipalities} municipalities; year ${YEAR}`);
console.log(`${availableParallelism()} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

const headline = service.measureContext(adminActor, { year: YEAR, by: 'provider' }, 5);
const result = (await time('headline: a year’s transition rates by provider, all areas (admin)', () => service.transitions(db, headline))) as Awaited<ReturnType<typeof service.transitions>>;
console.log(`  ${result.groups.length} providers, ${result.total.rate?.n.toLocaleString('en')} ended periods`);
const area = service.measureContext(purchaserActor, { year: YEAR, by: 'provider' }, 5);
await time('headline for the largest area’s purchaser', () => service.transitions(db, area));
const researcher = service.measureContext(actor('researcher', admin.id, null), { year: YEAR, by: 'provider' }, 5);
await time('headline for a researcher (suppressed)', () => service.transitions(db, researcher));
await time('time to outcome by service kind (Kaplan–Meier)', () => service.timeToOutcome(db, { ...headline, by: 'service' }));
await time('durability by provider', () => service.durability(db, headline));

const modelContext = service.measureContext(purchaserActor, { year: YEAR, by: 'total' }, 5);
const start = performance.now();
const model = await service.fitModel(db, purchaserActor, modelContext);
console.log(`model for the largest area: ${((performance.now() - start) / 1000).toFixed(1)} s, ${model.periods.toLocaleString('en')} periods, ${model.fit.coefficients.length} coefficients, converged ${model.fit.converged} in ${model.fit.iterations} iterations`);
const allStart = performance.now();
const national = await service.fitModel(db, adminActor, service.measureContext(adminActor, { year: YEAR, by: 'total' }, 5));
console.log(`model for the whole country: ${((performance.now() - allStart) / 1000).toFixed(1)} s, ${national.periods.toLocaleString('en')} periods, ${national.fit.coefficients.length} coefficients`);
await time('observed against expected by provider (purchaser)', () => service.expected(db, purchaserActor, modelContext));
await handle.close();
