// `npm run test:e2e`: starts Polku on a free port with a fresh data folder and demo data, runs the
// browser specs in e2e/specs with node's test runner, and stops the server at the end, also when
// a spec fails or the run is interrupted. Assumes `npm run build:web` has been run.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const specDir = path.join(root, 'e2e', 'specs');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, server, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode} before it was ready`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer ${url}/api/health within ${seconds} s`);
}

function stop(child, name) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      process.stderr.write(`${name} did not stop in 10 s; killing it\n`);
      child.kill('SIGKILL');
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

if (!existsSync(path.join(root, 'dist', 'web', 'index.html'))) {
  console.error('dist/web is missing: run `npm run build:web` first.');
  process.exit(1);
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'polku-e2e-'));
const logFile = path.join(dataDir, 'server.log');
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const password = `e2e-${randomBytes(9).toString('base64url')}`;
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  POLKU_DATA_DIR: path.join(dataDir, 'data'),
  POLKU_DEMO_PASSWORD: password,
  POLKU_DEMO_CLIENTS: process.env.POLKU_DEMO_CLIENTS ?? '200',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};
delete env.DATABASE_URL; // always the embedded database in a fresh folder

let server;
let tests;
let exitCode = 1;
let stopping = false;
let testsRan = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await stop(tests, 'the test runner');
  await stop(server, 'the server');
  // After a test run the output ends with node's summary; the server log stays in the data folder
  // of a failed run. When the server itself failed to start, its last lines are shown here.
  if (code !== 0 && !testsRan && existsSync(logFile)) {
    const log = readFileSync(logFile, 'utf8').trim().split('\n').slice(-30).join('\n');
    if (log) console.error(`\nLast lines of the server log (${logFile}):\n${log}`);
  }
  if (code === 0) rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void shutdown(130));

try {
  const log = createWriteStream(logFile);
  console.log(`Starting Polku on ${url} (data in ${dataDir})…`);
  server = spawn(process.execPath, [path.join(root, 'bin', 'polku.mjs'), 'serve'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  const started = Date.now();
  await waitForHealth(url, server, 240);
  console.log(`Server ready in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);

  const only = process.argv.slice(2);
  const specs = readdirSync(specDir)
    .filter((name) => name.endsWith('.test.mjs'))
    .filter((name) => only.length === 0 || only.some((pattern) => name.includes(pattern)))
    .sort()
    .map((name) => path.join(specDir, name));
  if (specs.length === 0) throw new Error(`no spec in e2e/specs matches ${only.join(', ')}`);

  testsRan = true;
  tests = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...specs], {
    cwd: root,
    env: { ...process.env, POLKU_E2E_URL: url, POLKU_DEMO_PASSWORD: password },
    stdio: 'inherit',
  });
  exitCode = await new Promise((resolve) => tests.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
} catch (error) {
  console.error(`e2e: ${error.message}`);
  exitCode = 1;
}
await shutdown(exitCode);
