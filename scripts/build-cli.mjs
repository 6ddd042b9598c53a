// Bundles the command line (src/cli/index.ts and everything it imports from src/) into
// dist/cli/polku.mjs, so that `npx polku` starts without compiling TypeScript on the fly.
// Packages stay external (PGlite, argon2 and friends load their own files). bin/polku.mjs uses
// the bundle only while it is newer than every source file; otherwise it runs the sources.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/cli', { recursive: true, force: true });

await build({
  entryPoints: ['src/cli/index.ts'],
  outdir: 'dist/cli',
  entryNames: 'polku',
  outExtension: { '.js': '.mjs' },
  // Dynamic imports become chunks of their own, so a command loads only the packages it uses.
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
