// The terms preview (POST /api/contracts/terms-preview) on the demo world: draft terms run with
// computeMonth over the previous calendar year of every provider's periods of the usual service
// kinds. Generates the demo (default 2,000 clients) into a scratch database: PostgreSQL when
// BENCH_DATABASE_URL names the server's admin database (a database is created and dropped here),
// else in-memory PGlite. Times the service function five times; the median is the figure.
//   npx tsx bench/terms-preview.ts [--clients 2000] [--seed 7]
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import pg from 'pg';
import { connect, type DatabaseHandle } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { addMonths, todayIso } from '../src/domain/calendar/dates.ts';
import { DEMO_EMAILS, generateDemo } from '../src/demo/generate.ts';
import { loadActor } from '../src/server/access/actor.ts';
import { previewTerms } from '../src/server/contracts/preview.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CLIENTS = arg('clients', 2000);
const SEED = arg('seed', 7);
const SERVER = process.env.BENCH_DATABASE_URL;
const TERMS = {
  basis: 'day', dayPriceCents: 4500, remoteDayPriceCents: 3900, minHours: 3,
  outcomeBonusCents: { open_employment: 150000, education: 100000, work_trial: 40000 },
  durability: { days: 90, bonusCents: 50000, statuses: ['open_employment', 'education'] },
  riskWeights: { factors: { disability: 0.5, mental_health: 0.5 }, max: 1.75 },
};
const KINDS = ['rehabilitative_work_1a', 'rehabilitative_work_1b', 'social_rehabilitation_1c', 'work_activity_social_welfare_act', 'work_trial'] as const;

async function main() {
  let handle: DatabaseHandle;
  let drop: (() => Promise<void>) | null = null;
  if (SERVER) {
    const name = `polku_bench_preview_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: SERVER });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(SERVER);
    url.pathname = `/${name}`;
    handle = await connect({ url: url.toString(), poolSize: 4 });
    drop = async () => {
      await admin.query(`DROP DATABASE ${name}`);
      await admin.end();
    };
  } else {
    handle = await connect({});
  }
  try {
    await migrate(handle);
    const today = todayIso();
    let t = performance.now();
    const summary = await generateDemo(handle.db, { clients: CLIENTS, seed: SEED, password: 'bench-password', today });
    console.log(`Demo: ${summary.clients} clients, ${summary.periods} periods, ${summary.attendance} attendance rows in ${((performance.now() - t) / 1000).toFixed(1)} s (${SERVER ? 'PostgreSQL' : 'PGlite'}).`);
    const user = await handle.db.selectFrom('appUser').select('id').where('email', '=', DEMO_EMAILS.purchaser).executeTakeFirstOrThrow();
    const actor = (await loadActor(handle.db, user.id))!;
    const input = { terms: TERMS, serviceKinds: [...KINDS] };
    await previewTerms(handle.db, actor, input, today); // warm-up
    const times: number[] = [];
    let result: Awaited<ReturnType<typeof previewTerms>> | null = null;
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      result = await previewTerms(handle.db, actor, input, today);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const periods = result!.providers.reduce((n, p) => n + p.periods, 0);
    console.log(
      `Terms preview ${result!.from}…${result!.to}: ${result!.providers.length} providers, ${periods} periods, ${(result!.totalCents / 100).toFixed(2)} €: ` +
        `median ${times[2].toFixed(0)} ms (${times.map((x) => x.toFixed(0)).join(', ')}), load ${loadavg()[0].toFixed(1)}. Window ${addMonths(today, -24)}…${today}.`,
    );
  } finally {
    await handle.close();
    await drop?.();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
