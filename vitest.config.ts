import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * What the integration and browser projects share: one real Neo4j for the whole run, started by the first of them
 * that runs (test/integration/global-setup.ts keeps it for the other and stops it after the last). Each file wipes
 * the graph, so a project's files run one at a time, in one fork.
 */
const onTheTestDatabase = {
  globalSetup: ['test/integration/global-setup.ts'],
  pool: 'forks' as const,
  poolOptions: { forks: { singleFork: true } },
  testTimeout: 120_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  resolve: {
    // Node (and so the service) loads graphql's CommonJS build, and so do the libraries that build
    // and run the schema (@graphql-tools/schema, graphql-jit, Apollo); Vite would hand the sources
    // the ES module build, a second copy of graphql whose types the first does not recognise.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    // The global teardown stops Neo4j, which checkpoints before it exits.
    teardownTimeout: 60_000,
    // Projects run in parallel unless told otherwise: those without a database run first (group 0, the default),
    // then integration, then browser, so no two files on the test database ever overlap.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        // The Cypher each read function produces, against a recording driver: no database.
        test: { name: 'cypher', include: ['test/cypher/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], ...onTheTestDatabase, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        // Chromium against the API on the same database (the playground and the explorer).
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], ...onTheTestDatabase, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
