#!/usr/bin/env node
// Measures what a new user meets: the first start on an empty embedded database (migrations,
// demo data, and the web build unless --keep-web), a later start on the same data, and the
// server's resident memory with the demo data loaded, after a walk through the main pages' API calls.
//   node bench/startup.mjs [--keep-web]     (results: docs/benchmarks.md)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const keepWeb = process.argv.includes('--keep-web');
const port = 3900 + Math.floor(Math.random() * 50);
const dataDir = mkdtempSync(path.join(tmpdir(), 'polku-bench-'));
const webDir = keepWeb ? path.resolve('dist/web') : mkdtempSync(path.join(tmpdir(), 'polku-bench-web-'));
if (!keepWeb) rmSync(webDir, { recursive: true });
const password = 'bench-password-123';

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function waitForPage(started, child) {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const page = await fetch(`http://127.0.0.1:${port}/`);
      if (page.ok && (await page.text()).includes('<div id="root">')) return (Date.now() - started) / 1000;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function start(label) {
  const started = Date.now();
  const child = spawn(process.execPath, ['bin/polku.mjs', 'serve'], {
    env: { ...process.env, PORT: String(port), POLKU_DATA_DIR: dataDir, POLKU_WEB_DIR: webDir, POLKU_DEMO_PASSWORD: password, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.on('data', () => {});
  const seconds = await waitForPage(started, child);
  console.log(`${label}: usable page after ${seconds.toFixed(1)} s`);
  return { child, seconds };
}

async function walk() {
  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'coach@demo.polku.fi', password }),
  });
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const get = (url) => fetch(`http://127.0.0.1:${port}${url}`, { headers: { cookie } }).then((r) => r.json());
  const caseload = await get('/api/caseload');
  for (const c of caseload.clients.slice(0, 10)) {
    for (const part of ['', '/intake', '/periods', '/plan', '/diary', '/attendance', '/access-log']) await get(`/api/clients/${c.id}${part}`);
  }
  await get('/api/groups');
  await get('/api/employers');
}

const stop = (child) => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); });

try {
  const first = await start(`first start${keepWeb ? ' (web already built)' : ' (includes the web build)'}`);
  await walk();
  const rss = rssMb(first.child.pid);
  console.log(`resident memory with demo data, after a walk through the coach's pages: ${rss.toFixed(0)} MB`);
  await stop(first.child);
  const later = await start('later start');
  await walk();
  console.log(`resident memory on the later start: ${rssMb(later.child.pid).toFixed(0)} MB`);
  await stop(later.child);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  if (!keepWeb) rmSync(webDir, { recursive: true, force: true });
}
