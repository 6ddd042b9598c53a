#!/usr/bin/env node
// Entry point for `npx polku`. Runs the bundled command line (dist/cli/polku.mjs, made by
// `npm run build:cli`, which `npm ci` runs) when it is newer than every source file, and the
// TypeScript sources through tsx otherwise, so an edited source is never shadowed by a stale bundle.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'cli', 'polku.mjs');

/** The newest modification time of the command line's sources (the web app is not part of it). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== path.join(root, 'src', 'web')) newest = Math.max(newest, newestSource(full));
    } else if (/\.(ts|json)$/.test(entry.name)) {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

function bundleIsFresh() {
  if (process.env.POLKU_FROM_SOURCES) return false;
  try {
    return statSync(bundle).mtimeMs >= newestSource(path.join(root, 'src'));
  } catch {
    return false;
  }
}

if (bundleIsFresh()) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/index.ts');
}
