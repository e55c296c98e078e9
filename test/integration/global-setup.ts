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
 * The one test database of a run, shared by every project that lists this file as its globalSetup (integration and
 * browser). Vitest runs a project's globalSetup once per project, each time in a fresh module instance but in the
 * same main process, so the database is kept on globalThis: the first project starts it, the others take it, and
 * the last teardown stops it.
 */
interface SharedDatabase {
  uri: Promise<string>;
  handle?: LocalNeo4jHandle;
  users: number;
}
const KEY = Symbol.for('newsgraph.test-neo4j');
const registry = globalThis as typeof globalThis & { [KEY]?: SharedDatabase };

/**
 * NEO4J_TEST_URI if given, else the local embedded Neo4j on its own port and data folder. Tests wipe the graph, so
 * they never use NEO4J_URI, which may point at data someone cares about.
 */
async function startDatabase(shared: SharedDatabase): Promise<string> {
  const given = process.env.NEO4J_TEST_URI;
  if (given) return given;
  const port = Number(process.env.NEO4J_TEST_PORT ?? 7688);
  // Each port has its own store, so two checkouts (or worktrees) can run their suites side by side.
  const dataDir = path.join(repoRoot, '.neo4j', port === 7688 ? 'test' : `test-${port}`);
  // The tests wipe the graph: reuse only the test database this checkout started, never another one on the port.
  if ((await boltAnswers('127.0.0.1', port)) && !runningPid(dataDir)) {
    throw new Error(`something else answers Bolt on port ${port}; the tests would wipe it. Stop it, or set NEO4J_TEST_PORT or NEO4J_TEST_URI.`);
  }
  const started = performance.now();
  shared.handle = await ensureLocalNeo4j({
    repoRoot,
    port,
    dataDir,
    log: (msg: string) => process.stderr.write(`[neo4j] ${msg}\n`),
  });
  process.stderr.write(
    `[neo4j] test database at ${shared.handle.uri} (${shared.handle.startedByUs ? 'started' : 'reused'} in ${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  return shared.handle.uri;
}

export default async function setup(project: TestProject) {
  let shared = registry[KEY];
  if (!shared) {
    const fresh: SharedDatabase = { users: 0, uri: Promise.resolve('') };
    fresh.uri = startDatabase(fresh);
    registry[KEY] = shared = fresh;
  }
  shared.users++;
  try {
    project.provide('neo4jUri', await shared.uri);
  } catch (err) {
    shared.users--;
    if (registry[KEY] === shared && shared.users === 0) delete registry[KEY];
    throw err;
  }
  return async () => {
    if (--shared.users > 0) return;
    if (registry[KEY] === shared) delete registry[KEY];
    // Stopping Neo4j makes it checkpoint before it exits (see teardownTimeout in vitest.config.ts).
    await shared.handle?.stop();
  };
}
