// Speed and memory of the skills suggester (issue 6: at most 30 ms at the 95th percentile for a
// 2,000-character text with the full ESCO loaded, at least 100 texts a second on one core, the
// index under 200 MB; the ESCO import at most 60 s on PGlite).
//   node --expose-gc --import tsx bench/suggest.ts [--texts N] [--skip-import] [--esco PATH]
// 1. Reads the English ESCO package and builds the index of ESCO and the built-in vocabulary.
// 2. Measures the index's memory: the heap after building it and dropping everything else,
//    against the heap before (needs --expose-gc for exact figures).
// 3. Times suggest() on N texts of 2,000 characters made from the evaluation sets' sentences
//    (Finnish and English), shuffled with a fixed seed, in this one thread: p50, p95, max, texts/s.
// 4. Imports the package into an in-memory PGlite (migrations and the built-in vocabulary first).
// Prints the machine's load, because on a busy machine every figure grows.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { escoTaxonomy, readEscoPackage } from '../src/domain/skills/esco/package.ts';
import type { EvaluationSet } from '../src/domain/skills/evaluate.ts';
import { buildSuggestIndex, estimateIndexBytes, type SuggestIndex } from '../src/domain/skills/suggest-index.ts';
import { suggest } from '../src/domain/skills/suggest.ts';
import { vocabularyTaxonomy } from '../src/domain/skills/vocabulary/index.ts';
import { escoFiles } from '../src/server/skills/esco-files.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const TEXTS = Number(arg('--texts') ?? 500);
const ESCO = arg('--esco') ?? path.resolve('../shared/data/esco');
const TEXT_LENGTH = 2000;
const gc = (globalThis as { gc?: () => void }).gc;
/** JS heap and the typed arrays' buffers (which live outside the heap). */
const heap = () => {
  for (let i = 0; i < 4; i++) gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (x: number) => `${x.toFixed(2)} ms`;

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

/** Texts of about 2,000 characters from the evaluation sets' sentences, one language each. */
function makeTexts(count: number): Array<{ text: string; lang: 'fi' | 'en' }> {
  const load = (name: string) => (JSON.parse(readFileSync(path.resolve('test/fixtures/skills', name), 'utf8')) as EvaluationSet).texts.map((t) => t.text);
  const pools = { fi: load('eval-fi.json'), en: load('eval-en.json') };
  const random = mulberry32(2020);
  const out: Array<{ text: string; lang: 'fi' | 'en' }> = [];
  for (let i = 0; i < count; i++) {
    const lang = i % 3 === 2 ? 'en' : 'fi';
    const pool = pools[lang];
    let text = '';
    while (text.length < TEXT_LENGTH) text += `${pool[Math.floor(random() * pool.length)]} `;
    out.push({ text: text.slice(0, TEXT_LENGTH), lang });
  }
  return out;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}; Node ${process.version}${gc ? '' : ' (run with --expose-gc for exact memory figures)'}`);

// 1–2. Index and its memory. (Built in a function of its own: what it leaves behind is the index.)
function build(): SuggestIndex {
  let started = performance.now();
  const pkg = readEscoPackage(escoFiles(ESCO));
  const readMs = performance.now() - started;
  const esco = escoTaxonomy(pkg);
  const builtIn = vocabularyTaxonomy();
  started = performance.now();
  const built = buildSuggestIndex({ concepts: [...esco.concepts, ...builtIn.concepts], relations: [...esco.relations, ...builtIn.relations] });
  const buildMs = performance.now() - started;
  console.log(`ESCO package read in ${(readMs / 1000).toFixed(1)} s; index of ${built.conceptCount} concepts, ${built.variantCount} label variants, ${built.keyIds.size} keys built in ${(buildMs / 1000).toFixed(1)} s`);
  return built;
}
vocabularyTaxonomy(); // the parsed vocabulary is cached for the process: not part of the index
const heapBefore = heap();
let index: SuggestIndex | null = build();
const indexHeap = heap() - heapBefore;
console.log(`Index memory: ${mb(indexHeap)} (JS heap and array buffers) after building (estimate from its arrays and strings: ${mb(estimateIndexBytes(index))}); target under 200 MB`);

// 3. Latency and throughput.
let started = performance.now();
const texts = makeTexts(TEXTS);
for (const t of texts.slice(0, 20)) suggest(index, t.text, { lang: t.lang }); // warm-up: JIT
const times: number[] = [];
started = performance.now();
for (const t of texts) {
  const t0 = performance.now();
  suggest(index, t.text, { lang: t.lang });
  times.push(performance.now() - t0);
}
const total = performance.now() - started;
times.sort((a, b) => a - b);
console.log(
  `suggest() on ${texts.length} texts of ${TEXT_LENGTH} characters (Finnish and English), one thread: ` +
    `p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times[times.length - 1])}; ` +
    `${(texts.length / (total / 1000)).toFixed(0)} texts/s (targets: p95 ≤ 30 ms, ≥ 100 texts/s)`,
);
const afterHeap = heap() - heapBefore;
console.log(`Heap after the run (index and the word cache): ${mb(afterHeap)}`);

// 4. Import on PGlite.
if (!process.argv.includes('--skip-import')) {
  index = null;
  const { connect } = await import('../src/db/connection.ts');
  const { migrate } = await import('../src/db/migrate.ts');
  const { loadBuiltInVocabulary } = await import('../src/server/skills/vocabulary.ts');
  const { importEscoPackage } = await import('../src/server/skills/import.ts');
  const handle = await connect({});
  await migrate(handle);
  started = performance.now();
  await loadBuiltInVocabulary(handle.db);
  const vocabularyMs = performance.now() - started;
  const first = await importEscoPackage(handle.db, ESCO);
  const second = await importEscoPackage(handle.db, ESCO);
  console.log(
    `PGlite (in memory): built-in vocabulary loaded in ${(vocabularyMs / 1000).toFixed(1)} s; ESCO import ${first.seconds.toFixed(1)} s ` +
      `(${first.occupations} occupations, ${first.skills} skills, ${first.occupationSkillRelations} relations), re-import ${second.seconds.toFixed(1)} s (target ≤ 60 s)`,
  );
  const { readTaxonomy } = await import('../src/server/skills/suggester.ts');
  started = performance.now();
  const taxonomy = await readTaxonomy(handle.db);
  const readMs = performance.now() - started;
  started = performance.now();
  buildSuggestIndex(taxonomy);
  console.log(`Suggester start from the database: taxonomy read in ${(readMs / 1000).toFixed(1)} s, index built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await handle.close();
}
