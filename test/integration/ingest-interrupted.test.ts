import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import type { Db } from '../../src/graph/driver.js';
import { boltAnswers, ensureLocalNeo4j, type LocalNeo4jHandle } from '../../src/graph/local-neo4j.js';
import { ensureSchema } from '../../src/graph/schema.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { readSources } from '../../src/ingest/sources.js';
import { articleDegrees, countArticles, snapshot, writeCorpus, type GraphSnapshot } from './corpus.js';
import { freshDb } from './helpers.js';

const ARTICLES = 100;
// Bounds for a loaded machine; on a quiet one each test takes well under a minute.
const TIMEOUT = 240_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `cond` holds; the bound only keeps a broken run from hanging the suite. */
async function until(cond: () => Promise<boolean>, what: string, limitMs = 60_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await sleep(20);
  }
}

/**
 * A Neo4j of its own for the test that stops one mid-ingest: stopping the shared test database would break the
 * other test files. Small heap and page cache: it holds one corpus.
 */
function privateNeo4j() {
  const port = Number(process.env.NEO4J_TEST_PORT ?? 7688) + 1000;
  const dataDir = path.join(repoRoot, '.neo4j', `test-restart-${port}`);
  const start = () => ensureLocalNeo4j({ repoRoot, port, dataDir, heap: '512m', pageCache: '64m' });
  const first = (async () => {
    if (await boltAnswers('127.0.0.1', port)) throw new Error(`something already answers Bolt on port ${port}; this test needs the port for a Neo4j it can stop`);
    rmSync(dataDir, { recursive: true, force: true });
    return start();
  })();
  first.catch(() => {}); // the test that awaits it reports the failure
  return { first, restart: start };
}

/** `newsgraph ingest` as a user runs it, against the test database. */
function cli(args: string[], uri: string) {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'newsgraph.mjs'), 'ingest', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, exited };
}

describe('interrupted ingests end with the graph of a clean run', () => {
  const dbs: Db[] = [];
  let dir: string;
  let clean: GraphSnapshot;
  let cleanDegrees: Map<string, number>;
  let ownNeo4j: ReturnType<typeof privateNeo4j> | undefined;

  // The reference: the corpus ingested in one uninterrupted run.
  beforeAll(async () => {
    // The second test's Neo4j starts now, while the reference run and the first test use the shared one: its
    // start-up (the slowest step of this file) overlaps their work instead of following it.
    ownNeo4j = privateNeo4j();
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-interrupted-'));
    await writeCorpus(dir, ARTICLES);
    const db = await freshDb();
    dbs.push(db);
    // Extracted on this thread: the same documents as the worker threads of the runs under test, without booting a
    // pool for a run that is only the reference.
    const run = await ingest(db, readSources([dir]), { batchSize: 10, workers: 0 });
    expect(run).toMatchObject({ read: ARTICLES, created: ARTICLES, rejected: [] });
    clean = await snapshot(db);
    cleanDegrees = await articleDegrees(db);
    expect(clean.articles).toBe(ARTICLES);
  }, TIMEOUT);
  afterAll(async () => {
    for (const db of dbs) await db.driver.close();
    // Stopped already unless its test did not run (stop() is then a no-op).
    await (await ownNeo4j?.first.catch(() => undefined))?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('a run killed mid-way (SIGKILL) and run again ends with exactly the graph of a clean run', async () => {
    const db = await freshDb();
    dbs.push(db);

    // Small batches, so the kill lands between commits and inside one.
    const first = cli([dir, '--batch', '10'], inject('neo4jUri'));
    await until(async () => (await countArticles(db)) > 0, 'the first batch to commit');
    first.child.kill('SIGKILL');
    const killed = await first.exited;
    expect(killed.signal).toBe('SIGKILL');

    const survived = await articleDegrees(db);
    expect(survived.size).toBeGreaterThan(0);
    expect(survived.size).toBeLessThan(ARTICLES);

    const rerun = await cli([dir, '--batch', '10'], inject('neo4jUri')).exited;
    expect(rerun.code, rerun.stderr).toBe(0);
    // What the killed run committed is recognised; everything else is written now.
    expect(rerun.stdout).toContain(`read ${ARTICLES}, ingested ${ARTICLES - survived.size} (new ${ARTICLES - survived.size}, updated 0), unchanged ${survived.size}, rejected 0`);
    expect(await snapshot(db)).toEqual(clean);
    // No half article: each one the killed run left had every edge a clean run gives it.
    for (const [id, degree] of survived) expect(degree, id).toBe(cleanDegrees.get(id));
  }, TIMEOUT);

  it('stops with a clear message when Neo4j goes away mid-ingest; after a restart the re-run completes, nothing lost or duplicated', async () => {
    const own = ownNeo4j!;
    let handle: LocalNeo4jHandle = await own.first;
    try {
      expect(handle.startedByUs).toBe(true);
      // The driver's own retry window (15 s in production) shortened, so the test waits seconds, not minutes.
      const db: Db = { driver: neo4j.driver(handle.uri, undefined, { disableLosslessIntegers: true, maxTransactionRetryTime: 1000, connectionAcquisitionTimeout: 2000 }) };
      dbs.push(db);
      await ensureSchema(db);

      // The run says when a batch has committed: no polling queries competing with it on a Neo4j just started.
      let firstCommit!: () => void;
      const committed = new Promise<void>((resolve) => (firstCommit = resolve));
      const running = ingest(db, readSources([dir]), { batchSize: 10, waitForDatabaseMs: 2000, onProgress: (p) => p.written > 0 && firstCommit() });
      await Promise.race([committed, running]);
      await handle.stop();
      const stopped = await running;
      expect(stopped.aborted).toMatch(/database stayed unreachable .*nothing half-written: run the same command again to finish/);
      expect(stopped.created).toBeLessThan(ARTICLES);

      handle = await own.restart();
      const survived = await articleDegrees(db);
      expect(survived.size).toBeGreaterThanOrEqual(stopped.created);
      expect(survived.size).toBeLessThan(ARTICLES);
      const rerun = await ingest(db, readSources([dir]), { batchSize: 10, workers: 0 });
      expect(rerun).toMatchObject({ read: ARTICLES, created: ARTICLES - survived.size, updated: 0, unchanged: survived.size, rejected: [] });
      expect(rerun.aborted).toBeUndefined();
      expect(await snapshot(db)).toEqual(clean);
      for (const [id, degree] of survived) expect(degree, id).toBe(cleanDegrees.get(id));
    } finally {
      await handle.stop();
    }
  }, TIMEOUT);
});
