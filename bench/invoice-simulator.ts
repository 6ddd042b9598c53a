// The compensation simulator on 1,000 clients over 12 months (issue 3: at most 1 s).
// Generates a deterministic synthetic scenario (seeded PRNG, about 250 attendance rows per client),
// writes it to a temporary file, then times
//   1. in-process: reading and parsing the JSON, validating it, computeMonth for each month;
//   2. the whole command as child processes: `invoice --scenario FILE --month 2025-06 --json`,
//      with the bare start of Node + tsx measured alongside, so the command's own share shows.
//   npx tsx bench/invoice-simulator.ts [--clients 1000] [--runs 7] [--seed 20250101]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeMonth } from '../src/domain/compensation/invoice.ts';
import { syntheticScenario } from '../src/domain/compensation/synthetic.ts';
import { parseScenario } from '../src/domain/compensation/terms.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ENTRY = path.join(ROOT, 'bin/polku.mjs');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const clients = arg('clients', 1000);
const runs = arg('runs', 7);
const seed = arg('seed', 20250101);
const YEAR = 2025;
const MONTH = `${YEAR}-06`;

const ms = (t: number) => `${t.toFixed(0)} ms`;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summary = (xs: number[]) => `median ${ms(median(xs))}, min ${ms(sorted(xs)[0])}, max ${ms(sorted(xs)[xs.length - 1])} (${xs.length} runs)`;

function time<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const value = fn();
  return [value, performance.now() - started];
}

/** Wall time of one child process, stdout drained; rejects on a non-zero exit. */
function timeProcess(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stdout.on('data', () => {});
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`exit ${code}: ${err}`))));
  });
}

async function timeProcesses(args: string[]): Promise<number[]> {
  await timeProcess(args); // warm-up: tsx's transform cache and the file system cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeProcess(args));
  return times;
}

const dir = mkdtempSync(path.join(tmpdir(), 'polku-invoice-bench-'));
try {
  const [scenario, generateMs] = time(() => syntheticScenario({ clients, year: YEAR, seed }));
  const file = path.join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  console.log(`Machine: ${availableParallelism()} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at start; Node ${process.version}`);
  console.log(
    `Scenario: ${clients} clients, ${scenario.periods.length} periods, ${scenario.attendance.length} attendance rows, ${scenario.followUps.length} follow-ups, ` +
      `${(statSync(file).size / 1e6).toFixed(1)} MB (seed ${seed}, generated in ${ms(generateMs)})`,
  );

  // 1. In-process.
  const read: number[] = [];
  const validate: number[] = [];
  let parsed: ReturnType<typeof parseScenario> | undefined;
  for (let i = 0; i < 3; i++) {
    const [data, readMs] = time(() => JSON.parse(readFileSync(file, 'utf8')) as unknown);
    const [result, validateMs] = time(() => parseScenario(data));
    read.push(readMs);
    validate.push(validateMs);
    parsed = result;
  }
  if (!parsed?.ok) throw new Error(`synthetic scenario is invalid: ${parsed && !parsed.ok ? parsed.errors.slice(0, 3).join('; ') : ''}`);
  const input = parsed.value;
  const compute: number[] = [];
  let yearTotal = 0;
  for (let m = 1; m <= 12; m++) {
    const month = `${YEAR}-${String(m).padStart(2, '0')}`;
    const [invoice, computeMs] = time(() => computeMonth(input, month));
    compute.push(computeMs);
    yearTotal += invoice.totalCents;
  }
  const [june, juneMs] = time(() => computeMonth(input, MONTH));
  const [json, stringifyMs] = time(() => JSON.stringify(june));
  console.log(`\nIn-process`);
  console.log(`  read + JSON.parse     ${summary(read)}`);
  console.log(`  validate (zod + fast path for attendance rows)  ${summary(validate)}`);
  console.log(`  computeMonth, each of the 12 months  ${summary(compute)}`);
  console.log(`  computeMonth ${MONTH}: ${ms(juneMs)} → ${june.lines.length} lines, ${june.ignored.length} ignored, total ${(june.totalCents / 100).toFixed(2)} €; JSON output ${(json.length / 1e6).toFixed(1)} MB in ${ms(stringifyMs)}`);
  console.log(`  year ${YEAR} total ${(yearTotal / 100).toFixed(2)} €`);

  // 2. Whole processes.
  console.log(`\nChild processes (after one warm-up run each)`);
  const empty = path.join(dir, 'empty.mjs');
  writeFileSync(empty, '');
  const bareNode = await timeProcesses([empty]);
  console.log(`  node, empty script                         ${summary(bareNode)}`);
  const bareTsx = await timeProcesses(['--import', 'tsx', empty]);
  console.log(`  node --import tsx, empty script            ${summary(bareTsx)}`);
  const command = await timeProcesses([ENTRY, 'invoice', '--scenario', file, '--month', MONTH, '--json']);
  console.log(`  node bin/polku.mjs invoice --month ${MONTH} --json  ${summary(command)}`);
  console.log(`  load average now ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
