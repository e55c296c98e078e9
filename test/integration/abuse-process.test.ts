import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { createDriver, readQuery, RequestAbortedError, type Db } from '../../src/graph/driver.js';
import { boltAnswers, isAlive } from '../../src/graph/local-neo4j.js';
import type { RunningServer } from '../../src/graphql/server.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { readSources } from '../../src/ingest/sources.js';
import { freshDb, startTestServer, testConfig } from './helpers.js';

/**
 * The abuse suite's process side: a request's deadline, a client that goes away, a frozen
 * database, and signals. Each asserts what the README promises, on the real database.
 */

const KEY = 'abuse-process-key-0123456789';

/** The transactions Neo4j runs now that carry `query` (the statement's name) in their metadata. */
async function runningTransactions(db: Db, query: string): Promise<number> {
  const session = db.driver.session();
  try {
    const r = await session.run('SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = $query RETURN count(*) AS n', { query });
    return r.records[0].get('n');
  } finally {
    await session.close();
  }
}

/** Waits until `check` holds, polling; false when `ms` passed first. */
async function eventually(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

function post(url: string, body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
    signal,
  });
}

/**
 * A write lock on every article, held by an open transaction of the test: a mutation that touches
 * an article then waits on the lock inside Neo4j, a transaction that runs until something ends it.
 */
async function lockArticles(db: Db) {
  const session = db.driver.session();
  const tx = session.beginTransaction();
  await tx.run('MATCH (a:Article) SET a.lockedByTest = true');
  return async () => {
    await tx.rollback();
    await session.close();
  };
}

describe('a request deadline cancels the database work it started', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let articleId: string;

  beforeAll(async () => {
    db = await freshDb();
    await ingest(db, readSources([path.join(repoRoot, 'seeds')]));
    const r = await readQuery<{ id: string }>(db, 'testArticleId', 'MATCH (a:Article) RETURN a.id AS id', {});
    articleId = r.records[0].get('id');
  });
  afterAll(async () => {
    await db?.driver.close();
  });

  it('stops a slow read at the deadline, with the transaction gone from SHOW TRANSACTIONS', async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new RequestAbortedError('deadline')), 1_500);
    const scoped: Db = { ...db, request: { signal: controller.signal, deadline: Date.now() + 1_500 } };
    const started = performance.now();
    const err = await readQuery(scoped, 'slowCount', 'UNWIND range(1, 10000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n', {}).catch((e: unknown) => e);
    clearTimeout(timer);
    const took = performance.now() - started;
    // Either end is right: the service gives up at the deadline, Neo4j at the statement's timeout (the time left).
    expect(err instanceof RequestAbortedError || String((err as { code?: string }).code).includes('TransactionTimedOut'), String(err)).toBe(true);
    expect(took).toBeLessThan(4_000);
    expect(await eventually(async () => (await runningTransactions(db, 'slowCount')) === 0, 5_000)).toBe(true);
  });

  it('answers REQUEST_TIMEOUT at the deadline and leaves no transaction behind (a mutation waiting on a lock)', async () => {
    const server = await startTestServer(db, { apiKey: KEY, graphql: { ...testConfig.graphql, requestTimeoutMs: 1_500 } });
    const unlock = await lockArticles(db);
    try {
      const started = performance.now();
      const res = await post(server.url, { query: 'mutation ($ids: [ID!]!) { removeArticles(ids: $ids) { removed } }', variables: { ids: [articleId] } }, { authorization: `Bearer ${KEY}` });
      const took = performance.now() - started;
      const body = await res.json();
      expect(body.errors?.[0].extensions?.code).toBe('REQUEST_TIMEOUT');
      expect(body.errors?.[0].message).toMatch(/REQUEST_TIMEOUT_MS, 1500 ms/);
      expect(took).toBeGreaterThan(1_400);
      expect(took).toBeLessThan(4_000);
      expect(await eventually(async () => (await runningTransactions(db, 'removeArticles')) === 0, 5_000)).toBe(true);
    } finally {
      await unlock();
      await server.close();
    }
    // Nothing half-done: the article is still there.
    expect((await readQuery(db, 'testCount', 'MATCH (a:Article) RETURN count(a) AS n', {})).records[0].get('n')).toBe(1);
  });

  it('cancels the transaction of a client that goes away mid-request', async () => {
    // A deadline far away: only the client's going can end this request.
    const server = await startTestServer(db, { apiKey: KEY, graphql: { ...testConfig.graphql, requestTimeoutMs: 120_000 } });
    const unlock = await lockArticles(db);
    try {
      const client = new AbortController();
      const answer = post(server.url, { query: 'mutation ($ids: [ID!]!) { removeArticles(ids: $ids) { removed } }', variables: { ids: [articleId] } }, { authorization: `Bearer ${KEY}` }, client.signal).catch(
        (e: unknown) => e,
      );
      expect(await eventually(async () => (await runningTransactions(db, 'removeArticles')) === 1, 10_000)).toBe(true);
      client.abort();
      await answer;
      expect(await eventually(async () => (await runningTransactions(db, 'removeArticles')) === 0, 3_000)).toBe(true);
    } finally {
      await unlock();
      await server.close();
    }
    expect((await readQuery(db, 'testCount', 'MATCH (a:Article) RETURN count(a) AS n', {})).records[0].get('n')).toBe(1);
  });
});

/**
 * A TCP proxy in front of the test database that can freeze: it stops passing bytes either way
 * and accepts new connections without answering them, as a SIGSTOPped Neo4j does (the kernel
 * still accepts), without stopping the database the other tests share.
 */
class FreezableProxy {
  private server?: net.Server;
  private readonly pairs = new Set<{ client: net.Socket; upstream?: net.Socket }>();
  private frozen = false;
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}

  private link(pair: { client: net.Socket; upstream?: net.Socket }) {
    pair.upstream ??= net.connect(this.target.port, this.target.host);
    for (const s of [pair.client, pair.upstream]) s.on('error', () => this.drop(pair));
    pair.client.pipe(pair.upstream).pipe(pair.client);
  }

  private drop(pair: { client: net.Socket; upstream?: net.Socket }) {
    pair.client.destroy();
    pair.upstream?.destroy();
    this.pairs.delete(pair);
  }

  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const pair = { client };
      this.pairs.add(pair);
      client.on('close', () => this.drop(pair));
      if (this.frozen) client.pause();
      else this.link(pair);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  freeze(): void {
    this.frozen = true;
    for (const { client, upstream } of this.pairs) {
      client.unpipe();
      upstream?.unpipe();
      client.pause();
      upstream?.pause();
    }
  }

  async close(): Promise<void> {
    for (const pair of this.pairs) this.drop(pair);
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe('a frozen database', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let proxy: FreezableProxy;
  let viaProxy: Db;
  let server: RunningServer;

  beforeAll(async () => {
    db = await freshDb();
    await ingest(db, readSources([path.join(repoRoot, 'seeds')]));
    const { hostname, port } = new URL(inject('neo4jUri'));
    proxy = new FreezableProxy({ host: hostname, port: Number(port) });
    await proxy.open();
    viaProxy = { driver: createDriver(`bolt://127.0.0.1:${proxy.port}`, testConfig.neo4j) };
    server = await startTestServer(viaProxy, { apiKey: KEY, graphql: { ...testConfig.graphql, requestTimeoutMs: 2_000 } });
  });
  afterAll(async () => {
    await server?.close();
    await proxy?.close();
    await viaProxy?.driver.close();
    await db?.driver.close();
  });

  it('answers queries and mutations with REQUEST_TIMEOUT within the deadline, and /readyz 503 within 3 s', async () => {
    // Connections in the pool first, as in a service that has been serving.
    // (A cold database may need more than the 2 s deadline for the first answers: a few tries.)
    const warmed = await eventually(async () => !(await (await post(server.url, { query: '{ stats { articles } people(first: 3) { nodes { name articleCount } } }' })).json()).errors, 20_000);
    expect(warmed).toBe(true);
    proxy.freeze();

    const timed = async <T>(work: () => Promise<T>) => {
      const started = performance.now();
      const value = await work();
      return { value, ms: performance.now() - started };
    };
    const [query, mutation, ready] = await Promise.all([
      timed(async () => (await post(server.url, { query: '{ stats { articles } people(first: 3) { nodes { name articleCount } } }' })).json()),
      timed(async () =>
        (await post(server.url, { query: 'mutation { removeArticles(ids: ["no-such-article"]) { removed } }' }, { authorization: `Bearer ${KEY}` })).json(),
      ),
      timed(async () => {
        const res = await fetch(server.url.replace(/\/graphql$/, '/readyz'));
        return { status: res.status, body: await res.json() };
      }),
    ]);
    for (const r of [query, mutation]) {
      expect(r.value.errors?.[0].extensions?.code, JSON.stringify(r.value)).toBe('REQUEST_TIMEOUT');
      expect(r.ms).toBeLessThan(2_000 + 1_500);
    }
    expect(ready.value).toEqual({ status: 503, body: { status: 'unavailable', reason: 'database not reachable' } });
    expect(ready.ms).toBeLessThan(3_000);
    // The process still serves what needs no database.
    expect((await fetch(server.url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);
  }, 30_000);
});

describe('npm start and SIGTERM', () => {
  /** Every process under `pid` (children, grandchildren), from /proc. */
  function descendants(pid: number): number[] {
    const children = new Map<number, number[]>();
    for (const entry of readdirProc()) {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), entry]);
      } catch {
        // gone meanwhile
      }
    }
    const out: number[] = [];
    const walk = (p: number) => {
      for (const c of children.get(p) ?? []) {
        out.push(c);
        walk(c);
      }
    };
    walk(pid);
    return out;
  }
  const readdirProc = () =>
    readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number);

  it('SIGTERM to npm start stops the server and the Neo4j it started, leaving no process behind', async () => {
    const neo4jPort = Number(process.env.NEO4J_TEST_PORT ?? 7688) + 30;
    const dataDir = path.join(repoRoot, '.neo4j', `npm-start-sigterm-${neo4jPort}`);
    rmSync(dataDir, { recursive: true, force: true });
    const npm = spawn('npm', ['start', '--', '--no-seed'], {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_URI: '', NEO4J_LOCAL_PORT: String(neo4jPort), NEO4J_LOCAL_DATA: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let below: number[] = [];
    try {
      let stderr = '';
      npm.stderr!.on('data', (d) => (stderr += d));
      await new Promise<void>((resolve, reject) => {
        let out = '';
        npm.stdout!.on('data', (d) => {
          out += d;
          if (/GraphQL API at \S+/.test(out)) resolve();
        });
        npm.once('exit', (code) => reject(new Error(`npm start exited with ${code} before serving:\n${stderr}`)));
      });
      below = descendants(npm.pid!);
      // The server and its Neo4j (a JVM) run under npm.
      expect(below.length).toBeGreaterThanOrEqual(2);
      expect(await boltAnswers('127.0.0.1', neo4jPort)).toBe(true);

      const sent = performance.now();
      npm.kill('SIGTERM');
      const allGone = await eventually(() => below.every((p) => !isAlive(p)), 20_000);
      const took = performance.now() - sent;
      expect(allGone, `still running: ${below.filter(isAlive).join(', ')}\n${stderr}`).toBe(true);
      expect(await boltAnswers('127.0.0.1', neo4jPort)).toBe(false);
      expect(took).toBeLessThan(20_000);
    } finally {
      for (const p of [npm.pid!, ...below]) if (isAlive(p)) process.kill(p, 'SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
