import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

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
        test: {
          // The Cypher each read function produces, against a recording driver: no database.
          name: 'cypher',
          include: ['test/cypher/**/*.test.ts'],
        },
      },
      {
        extends: true,
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
