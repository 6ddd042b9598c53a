// Times `polku demo --scale national` (300,000 clients, 1,000,000 periods) on the embedded
// database (PGlite in a fresh folder) and on the PostgreSQL server (a scratch database that is
// dropped afterwards), then prints the rows per table and the database sizes.
//
//   node bench/national-demo.mjs [--only pglite|postgres] [--seed 1] [--fraction 1]
//        [--keep-pglite DIR]        keep the embedded database in DIR (must not exist yet)
//        [--keep-postgres NAME]     keep the PostgreSQL database under NAME (replaced if it exists)
//
// The server is postgres://postgres@127.0.0.1:5432 unless BENCH_POSTGRES_URL says otherwise.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const only = option('only');
const seed = option('seed', '1');
const fraction = option('fraction', '1');
const keepPglite = option('keep-pglite');
const keepPostgres = option('keep-postgres');
const serverUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const TABLES = ['organisation', 'unit', 'app_user', 'unit_staff', 'client', 'client_background_factor', 'service_period', 'follow_up', 'goal', 'goal_assessment', 'attendance'];

function polku(env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [path.join(root, 'bin', 'polku.mjs'), 'demo', '--scale', 'national', '--seed', seed, '--fraction', fraction, '--no-logins'], {
      env: { ...process.env, POLKU_DEMO_PASSWORD: process.env.POLKU_DEMO_PASSWORD ?? 'national-demo', ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    // Peak resident memory and CPU time of the command, read from /proc once a second (the CPU
    // time says how long it would take on an idle machine; the wall-clock time depends on the load).
    let peak = 0;
    let cpu = 0;
    const timer = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const m = /VmHWM:\s+(\d+) kB/.exec(status);
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        cpu = (Number(stat[11]) + Number(stat[12])) / 100;
      } catch {}
    }, 1000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code === 0) resolve({ seconds, peakMb: peak, cpuSeconds: cpu });
      else reject(new Error(`polku demo --scale national failed (exit code ${code})`));
    });
  });
}

function directorySize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(full) : statSync(full).size;
  }
  return total;
}

async function figures(query) {
  const rows = {};
  for (const table of TABLES) rows[table] = Number((await query(`select count(*)::int8 as n from ${table}`))[0].n);
  const size = Number((await query('select pg_database_size(current_database())::int8 as n'))[0].n);
  const tableSizes = {};
  for (const table of ['service_period', 'goal', 'goal_assessment', 'follow_up', 'attendance', 'client']) {
    tableSizes[table] = Number((await query(`select pg_total_relation_size('${table}')::int8 as n`))[0].n);
  }
  return { rows, size, tableSizes };
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const results = [];

if (!only || only === 'pglite') {
  const dir = keepPglite ?? path.join(mkdtempSync(path.join(tmpdir(), 'polku-national-bench-')), 'data');
  if (keepPglite && existsSync(keepPglite)) throw new Error(`${keepPglite} exists already; give a new folder`);
  console.log(`PGlite in ${dir}…`);
  const load = (await import('node:os')).loadavg()[0];
  const { seconds, peakMb, cpuSeconds } = await polku({ POLKU_DATA_DIR: dir, DATABASE_URL: '' });
  const db = new PGlite(dir);
  await db.waitReady;
  const f = await figures(async (text) => (await db.query(text)).rows);
  await db.close();
  results.push({ backend: 'PGlite', seconds, cpuSeconds, load, peakMb, ...f, onDisk: directorySize(dir) });
  if (!keepPglite) rmSync(path.dirname(dir), { recursive: true, force: true });
}

if (!only || only === 'postgres') {
  const name = keepPostgres ?? `polku_national_bench_${process.pid}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  console.log(`PostgreSQL database ${name}…`);
  try {
    const load = (await import('node:os')).loadavg()[0];
    const { seconds, peakMb, cpuSeconds } = await polku({ DATABASE_URL: url.toString() });
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const f = await figures(async (text) => (await client.query(text)).rows);
    await client.end();
    results.push({ backend: 'PostgreSQL', seconds, cpuSeconds, load, peakMb, ...f });
  } finally {
    if (!keepPostgres) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

console.log('\n| | ' + results.map((r) => r.backend).join(' | ') + ' |');
console.log('|---|' + results.map(() => '---:').join('|') + '|');
console.log('| generation, whole command | ' + results.map((r) => `${r.seconds.toFixed(0)} s`).join(' | ') + ' |');
console.log('| CPU time of the command (PostgreSQL: the client side only) | ' + results.map((r) => `${r.cpuSeconds.toFixed(0)} s`).join(' | ') + ' |');
console.log('| load average at the start | ' + results.map((r) => r.load.toFixed(1)).join(' | ') + ' |');
console.log('| peak memory of the command | ' + results.map((r) => `${r.peakMb.toFixed(0)} MB`).join(' | ') + ' |');
for (const table of TABLES) console.log(`| ${table} | ` + results.map((r) => r.rows[table].toLocaleString('en')).join(' | ') + ' |');
console.log('| database size | ' + results.map((r) => mb(r.size)).join(' | ') + ' |');
for (const table of Object.keys(results[0]?.tableSizes ?? {})) console.log(`| ${table} with indexes | ` + results.map((r) => mb(r.tableSizes[table])).join(' | ') + ' |');
if (results.some((r) => r.onDisk)) console.log('| folder on disk | ' + results.map((r) => (r.onDisk ? mb(r.onDisk) : '—')).join(' | ') + ' |');
