// Where the project's files are, for code that reads them at run time (migrations, translations).
// Found from the package root rather than from this module's URL, so that the same code works
// from the sources (tsx) and from the bundled command line in dist/cli.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'src', 'db', 'migrations'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the Polku project folder (package.json with src/db/migrations)');
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot();
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'src', 'db', 'migrations');
export const I18N_DIR = path.join(PROJECT_ROOT, 'src', 'i18n');
