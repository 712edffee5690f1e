import { defineConfig } from 'vitest/config';

// Tests that touch the database are named *.db.test.ts and run once per engine (PGlite, then
// PostgreSQL); every other *.test.ts runs once. Browser journeys live in e2e/.
const dbTests = ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'sandbox/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: [...dbTests, '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: { name: 'pglite', include: dbTests, env: { TEST_ENGINE: 'pglite' } },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: dbTests,
          env: { TEST_ENGINE: 'postgres' },
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['e2e/**/*.e2e.test.ts'], fileParallelism: false, testTimeout: 120_000 },
      },
    ],
  },
});
