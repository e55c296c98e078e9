import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The global teardown stops Neo4j, which checkpoints before it exits.
    teardownTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          // The browser test needs the same database (it asks the API through the playground).
          include: ['test/integration/**/*.test.ts', 'test/browser/**/*.test.ts'],
          // One real Neo4j for the whole run; files share it, so they run one at a time.
          globalSetup: ['test/integration/global-setup.ts'],
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
