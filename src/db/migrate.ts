// Forward-only migrations: plain numbered SQL files in ./migrations, each applied once, in order,
// inside one transaction together with its bookkeeping row.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { MIGRATIONS_DIR } from '../paths.ts';
import type { DatabaseHandle } from './connection.ts';

// Any fixed number: serialises migrations when several servers start against one PostgreSQL.
const MIGRATION_LOCK = 7_041_995;

export async function listMigrations(): Promise<string[]> {
  return (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f)).sort();
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(handle: DatabaseHandle): Promise<string[]> {
  await handle.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  if (handle.kind === 'postgres') await handle.exec(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
  try {
    const applied = new Set(
      (await handle.db.selectFrom('schemaMigration').select('name').execute()).map((r) => r.name),
    );
    const done: string[] = [];
    for (const name of await listMigrations()) {
      if (applied.has(name)) continue;
      const script = await readFile(path.join(MIGRATIONS_DIR, name), 'utf8');
      await handle.exec(`BEGIN;\n${script}\n;INSERT INTO schema_migration (name) VALUES ('${name}');\nCOMMIT;`);
      done.push(name);
    }
    return done;
  } catch (error) {
    if (handle.kind === 'pglite') await handle.exec('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    if (handle.kind === 'postgres') await handle.exec(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
  }
}
