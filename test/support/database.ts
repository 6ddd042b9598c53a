// Every integration test file gets a fresh, migrated database of its own: an in-memory PGlite by
// default, or a scratch database on the PostgreSQL server when POLKU_TEST_BACKEND=postgres.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';

const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase extends DatabaseHandle {
  /** Drops the scratch database (PostgreSQL) or closes PGlite. */
  dispose(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.POLKU_TEST_BACKEND !== 'postgres') {
    const handle = await connect({});
    await migrate(handle);
    return { ...handle, dispose: () => handle.close() };
  }
  const name = `polku_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const handle = await connect({ url: url.toString(), poolSize: 4 });
  await migrate(handle);
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: SERVER_URL });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export const testBackend = () => (process.env.POLKU_TEST_BACKEND === 'postgres' ? 'postgres' : 'pglite');
