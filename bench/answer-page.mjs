// Weight of the survey answering page (issue 5: at most 200 KB of compressed JavaScript).
//   npm run build:web && node bench/answer-page.mjs
// Follows dist/web/answer/index.html: its module script and preloads, then every static import
// of those modules (what the browser must load before the page works), and lists dynamic imports
// apart (loaded only if used). Sizes are raw, gzip (level 9, what a server or proxy typically
// sends) and brotli. The staff app's entry is measured the same way for comparison.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = fileURLToPath(new URL('../dist/web/', import.meta.url));
if (!existsSync(path.join(root, 'answer', 'index.html'))) {
  console.error('dist/web/answer/index.html is missing: run `npm run build:web` first.');
  process.exit(1);
}

function measure(file) {
  const bytes = readFileSync(path.join(root, file));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The JavaScript a page needs at start: entry scripts and preloads, and their static imports. */
function graph(htmlFile) {
  const html = readFileSync(path.join(root, htmlFile), 'utf8');
  const start = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set();
  const lazy = new Set();
  const queue = [...start];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(root, file), 'utf8');
    const dir = path.posix.dirname(file);
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${}\s,*]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(path.posix.join(dir, m[1]));
    for (const m of code.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g)) lazy.add(path.posix.join(dir, m[1]));
    // Vite lists lazily loaded chunks by their path from the site root.
    for (const m of code.matchAll(/["'](assets\/[^"']+\.js)["']/g)) lazy.add(m[1]);
  }
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+\.css)"/g)].map((m) => m[1]);
  return { files: [...seen], lazy: [...lazy].filter((f) => !seen.has(f)), css };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
function report(name, htmlFile) {
  const { files, lazy, css } = graph(htmlFile);
  const sizes = files.map((f) => ({ file: f, ...measure(f) }));
  const total = sizes.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const cssTotal = css.map(measure).reduce((a, s) => a + s.gzip, 0);
  console.log(`\n${name} (${htmlFile})`);
  for (const s of sizes) console.log(`  ${s.file.padEnd(42)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(9)} gzip ${kb(s.brotli).padStart(9)} brotli`);
  console.log(`  ${'JavaScript at start'.padEnd(42)} ${kb(total.raw).padStart(10)} raw ${kb(total.gzip).padStart(9)} gzip ${kb(total.brotli).padStart(9)} brotli`);
  console.log(`  CSS: ${kb(cssTotal)} gzip; loaded later only if used: ${lazy.length} chunks`);
  return total;
}

const answer = report('Survey answering page', 'answer/index.html');
report('Staff app, for comparison', 'index.html');
const limit = 200 * 1024;
console.log(`\nAnswering page: ${kb(answer.gzip)} of compressed JavaScript (gzip), target ≤ ${kb(limit)}: ${answer.gzip <= limit ? 'met' : 'NOT MET'}`);
process.exit(answer.gzip <= limit ? 0 : 1);
