import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot } from '../../src/config.js';
import { boltAnswers, ensureLocalNeo4j, runningPid, type LocalNeo4jHandle } from '../../src/graph/local-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * One real Neo4j for the whole test run: NEO4J_TEST_URI if given, else the local
 * embedded one on its own port and data folder. Tests wipe the graph, so they
 * never use NEO4J_URI, which may point at data someone cares about.
 */
export default async function setup(project: TestProject) {
  let handle: LocalNeo4jHandle | undefined;
  let uri = process.env.NEO4J_TEST_URI;
  if (!uri) {
    const port = Number(process.env.NEO4J_TEST_PORT ?? 7688);
    // Each port has its own store, so two checkouts (or worktrees) can run their suites side by side.
    const dataDir = path.join(repoRoot, '.neo4j', port === 7688 ? 'test' : `test-${port}`);
    // The tests wipe the graph: reuse only the test database this checkout started, never another one on the port.
    if ((await boltAnswers('127.0.0.1', port)) && !runningPid(dataDir)) {
      throw new Error(`something else answers Bolt on port ${port}; the tests would wipe it. Stop it, or set NEO4J_TEST_PORT or NEO4J_TEST_URI.`);
    }
    const started = performance.now();
    handle = await ensureLocalNeo4j({
      repoRoot,
      port,
      dataDir,
      log: (msg: string) => process.stderr.write(`[neo4j] ${msg}\n`),
    });
    uri = handle.uri;
    process.stderr.write(`[neo4j] test database at ${uri} (${handle.startedByUs ? 'started' : 'reused'} in ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  project.provide('neo4jUri', uri);
  return async () => {
    await handle?.stop();
  };
}
