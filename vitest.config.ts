import { defineConfig } from 'vitest/config';

// `npm test`: unit tests and integration tests on PGlite (embedded PostgreSQL), no server needed.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
