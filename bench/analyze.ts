// Speed of `polku analyze` (issue 5: 3,000 responses of 30 items, alpha for 5 scales, a 5-factor
// EFA and correlations in at most 1 s including the process start).
//   node --import tsx bench/analyze.ts [--runs N]
// Generates seeded synthetic responses, then times
//   1. the computation in this process (CSV parsing + runAnalysis), cold and warm;
//   2. whole CLI processes: `node --import tsx src/cli/analyze.ts analyze …` (and `node bin/polku.mjs
//      analyze …` once the command is wired into src/cli/index.ts), next to the bare start of node
//      and of node with tsx, so the share of the process start is visible.
// Prints the machine's load and a fixed CPU loop, because on a busy machine every figure grows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseCsv, parseSpec, runAnalysis } from '../src/domain/stats/index.ts';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const RESPONDENTS = 3000;
const FACTORS = 5;
const PER_FACTOR = 6;

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticSurvey(seed: number) {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const items: string[] = [];
  const scales: Record<string, string[]> = {};
  for (let f = 0; f < FACTORS; f++) {
    scales[`scale${f + 1}`] = [];
    for (let i = 0; i < PER_FACTOR; i++) {
      const code = `Q${f + 1}_${i + 1}`;
      items.push(code);
      // Two reverse-worded items per scale.
      scales[`scale${f + 1}`].push(i >= PER_FACTOR - 2 ? `-${code}` : code);
    }
  }
  const header = ['id', ...items, 'age'];
  const lines = [header.join(';')];
  for (let r = 0; r < RESPONDENTS; r++) {
    const general = normal();
    const factors = Array.from({ length: FACTORS }, () => 0.4 * general + 0.9 * normal());
    const row: string[] = [String(r + 1)];
    for (let f = 0; f < FACTORS; f++) {
      for (let i = 0; i < PER_FACTOR; i++) {
        const loading = 0.5 + 0.05 * i;
        const sign = i >= PER_FACTOR - 2 ? -1 : 1;
        const latent = sign * loading * factors[f] + Math.sqrt(1 - loading * loading) * normal();
        const likert = Math.min(5, Math.max(1, Math.round(3 + 1.1 * latent)));
        row.push(random() < 0.01 ? '' : String(likert)); // 1 % missing answers
      }
    }
    row.push(String(Math.round(20 + 45 * random())));
    lines.push(row.join(';'));
  }
  const spec = {
    scales,
    reverse: { min: 1, max: 5 },
    efa: { items, factors: FACTORS, method: 'minres', rotation: 'oblimin' },
    correlations: { variables: [...Object.keys(scales), 'age'], method: 'pearson' },
  };
  return { csv: `${lines.join('\n')}\n`, spec };
}

const ms = (t: number) => `${t.toFixed(0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = (xs: number[]) => `median ${ms(median(xs))}, min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))}`;

function cpuCalibration(): number {
  const t = performance.now();
  let s = 0;
  for (let i = 0; i < 1e7; i++) s += i * 0.5;
  if (s < 0) console.log(s);
  return performance.now() - t;
}

// Loaded first into every timed process: at exit it reports the CPU time the process used (all its
// threads), which a busy machine inflates much less than the wall clock.
const CPU_PROBE = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\nBENCH-CPU '+(u.user+u.system)/1000+'\\n')})`;

interface ProcessTimes {
  wall: number[];
  cpu: number[];
}

function timeProcess(args: string[], runs: number): ProcessTimes {
  const times: ProcessTimes = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, ['--import', CPU_PROBE, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const elapsed = performance.now() - started;
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
    times.wall.push(elapsed);
    times.cpu.push(Number(/BENCH-CPU ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN));
  }
  return times;
}
const both = (t: ProcessTimes) => `wall ${summary(t.wall)}; CPU median ${ms(median(t.cpu))}`;

const dir = mkdtempSync(path.join(tmpdir(), 'polku-bench-analyze-'));
const { csv, spec } = syntheticSurvey(20250105);
const csvFile = path.join(dir, 'responses.csv');
const specFile = path.join(dir, 'spec.json');
writeFileSync(csvFile, csv);
writeFileSync(specFile, JSON.stringify(spec));
const emptyTs = path.join(dir, 'empty.ts');
writeFileSync(emptyTs, 'export {};\n');

console.log(`Synthetic survey: ${RESPONDENTS} responses × ${FACTORS * PER_FACTOR} items (${(csv.length / 1024).toFixed(0)} KB), seed 20250105`);
console.log(`Machine: ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}, 1e7-step loop ${ms(cpuCalibration())} (about 10 ms on an idle modern core)`);

// 1. In-process computation.
const text = readFileSync(csvFile, 'utf8');
const parsedSpec = parseSpec(spec);
const inProcess: number[] = [];
const phases = { parse: [] as number[], analysis: [] as number[] };
let output: ReturnType<typeof runAnalysis> | undefined;
for (let i = 0; i < RUNS + 1; i++) {
  const t0 = performance.now();
  const table = parseCsv(text);
  const t1 = performance.now();
  output = runAnalysis(table, parsedSpec);
  const t2 = performance.now();
  phases.parse.push(t1 - t0);
  phases.analysis.push(t2 - t1);
  inProcess.push(t2 - t0);
}
if (!output?.efa) throw new Error('no EFA result');
const efa = output.efa;
console.log(`\nResult check: alphas ${Object.values(output.scales).map((s) => s.rawAlpha.toFixed(3)).join(' ')}; EFA n ${efa.n}, KMO ${efa.kmo.toFixed(3)}, SS loadings ${efa.ssLoadings.map((v) => v.toFixed(2)).join(' ')}; ${output.correlations.length} correlations`);
console.log('\nIn process (parse CSV + alpha ×5 + 5-factor minres/oblimin EFA + correlations):');
console.log(`  first run (cold JIT)    ${ms(inProcess[0])}`);
console.log(`  later runs              ${summary(inProcess.slice(1))}`);
console.log(`    of which CSV parsing  ${summary(phases.parse.slice(1))}`);
console.log(`    of which analysis     ${summary(phases.analysis.slice(1))}`);

// 2. Whole processes.
console.log(`\nWhole processes (${RUNS} runs each):`);
const bare = timeProcess(['-e', '0'], RUNS);
console.log(`  node -e 0                          ${both(bare)}`);
const tsxOnly = timeProcess(['--import', 'tsx', emptyTs], RUNS);
console.log(`  node --import tsx empty.ts         ${both(tsxOnly)}`);
const cli = timeProcess(['bin/polku.mjs', 'analyze', csvFile, '--spec', specFile, '--json'], RUNS);
console.log(`  bin/polku.mjs analyze             ${both(cli)}   <- the analyze command`);
// The same command bundled to plain JavaScript ahead of time (esbuild, which tsx itself uses): what
// the process costs without compiling TypeScript at start-up.
try {
  const esbuild = await import('esbuild');
  const bundle = path.join(dir, 'analyze.mjs');
  await esbuild.build({ entryPoints: ['src/cli/analyze.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: bundle, logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
  const bundled = timeProcess([bundle, 'analyze', csvFile, '--spec', specFile, '--json'], RUNS);
  console.log(`  node analyze.mjs (esbuild bundle)  ${both(bundled)}   <- the same without tsx`);
} catch (err) {
  console.log(`  (esbuild bundle not measured: ${(err as Error).message})`);
}
const wired = readFileSync('src/cli/index.ts', 'utf8').includes('registerAnalyzeCommand');
if (wired) {
  const full = timeProcess(['bin/polku.mjs', 'analyze', csvFile, '--spec', specFile, '--json'], RUNS);
  console.log(`  bin/polku.mjs analyze              ${both(full)}   <- npx polku analyze`);
} else {
  const help = timeProcess(['bin/polku.mjs', '--help'], RUNS);
  console.log(`  bin/polku.mjs --help               ${both(help)}   (analyze is not wired into src/cli/index.ts yet; this is the start of the full CLI)`);
}
const target = median(cli.wall);
console.log(`\nTarget <= 1000 ms including the process start: ${target <= 1000 ? 'met' : 'NOT met'} on this run (median wall ${ms(target)}, of which starting node with tsx ${ms(median(tsxOnly.wall))}).`);
