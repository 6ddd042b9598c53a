import { defineConfig } from 'vitest/config';

// `npm run test:pg`: the database integration tests again, against the PostgreSQL server in
// TEST_DATABASE_URL (default: the local server's `test` database). Each test file gets its own
// scratch database, created and dropped by test/support/database.ts.
export default defineConfig({
  test: {
    include: ['test/integration/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { POLKU_TEST_BACKEND: 'postgres' },
  },
});
