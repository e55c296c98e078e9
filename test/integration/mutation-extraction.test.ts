import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { repoRoot } from '../../src/config.js';
import type { RunningServer } from '../../src/graphql/server.js';
import { freshDb, gql, startTestServer, testConfig } from './helpers.js';

const KEY = 'test-key-0123456789abcdef';
const auth = { authorization: `Bearer ${KEY}` };
const INGEST = `mutation ($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) { created rejected results { status reason message } } }`;

/** A long article of real text: the gold articles' bodies over and over, to about `bytes`. */
function longArticle(bytes: number, title: string) {
  const dir = path.join(repoRoot, 'test', 'fixtures', 'gold');
  const bodies = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseArticle(readFileSync(path.join(dir, f), 'utf8'), f).body.trim());
  const parts: string[] = [];
  for (let size = 0, k = 0; size < bytes; k++) {
    parts.push(bodies[k % bodies.length]);
    size += Buffer.byteLength(bodies[k % bodies.length]) + 1;
  }
  return { title, publishedAt: '2011-08-16T14:00:00Z', body: parts.join('\n'), source: `feed/${title}` };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ingestArticles extracts off the thread that answers requests', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let server: RunningServer;
  beforeAll(async () => {
    db = await freshDb();
    // What is measured is the event loop, not the request deadline: a busy machine may take longer than 30 s to extract 1.5 MB.
    server = await startTestServer(db, { apiKey: KEY, graphql: { ...testConfig.graphql, requestTimeoutMs: 600_000 } });
  });
  afterAll(async () => {
    await server?.close();
    await db?.driver.close();
  });

  it('answers /healthz within 500 ms throughout the ingest of a 1.5 MB article', async () => {
    const healthz = server.url.replace(/\/graphql$/, '/healthz');
    let done = false;
    const ingesting = gql(server.url, INGEST, { articles: [longArticle(1.5 * 1024 * 1024, 'long')] }, auth).finally(() => {
      done = true;
    });
    ingesting.catch(() => {}); // awaited below; not unhandled should /healthz fail first
    const waits: number[] = [];
    while (!done) {
      const asked = performance.now();
      const res = await fetch(healthz);
      expect(res.status).toBe(200);
      await res.json();
      waits.push(performance.now() - asked);
      await sleep(100);
    }
    const res = await ingesting;
    expect(res.errors).toBeUndefined();
    expect(res.data.ingestArticles.results).toEqual([{ status: 'CREATED', reason: null, message: null }]);
    // The extraction takes seconds: /healthz was asked many times meanwhile, and never waited for it.
    expect(waits.length).toBeGreaterThan(10);
    expect(Math.max(...waits)).toBeLessThan(500);
  }, 600_000);
});

describe('serve with extraction threads', () => {
  it('exits promptly on SIGTERM in the middle of extracting a long article for a mutation', async () => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/newsgraph.mjs'), 'serve', '--no-seed'], {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production', API_KEY: KEY, HTTP_WORKERS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (d) => {
          out += d;
          const m = /GraphQL API at (\S+)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening:\n${stderr}`)));
      });
      // A small article first: the extraction threads are up and have done a task.
      const small = await gql(url, INGEST, { articles: [longArticle(1, 'short')] }, auth);
      expect(small.data.ingestArticles.created).toBe(1);
      // Then one that takes far longer to extract than shutting down should: the threads are busy with it.
      const pending = gql(url, INGEST, { articles: [longArticle(4 * 1024 * 1024, 'very long')] }, auth).catch(() => undefined);
      await sleep(3_000);
      const signalled = performance.now();
      child.kill('SIGTERM');
      const code = await exited;
      const seconds = (performance.now() - signalled) / 1000;
      expect(code).toBe(0);
      // Apollo drains requests for up to 10 s; the extraction threads are ended, not waited for.
      expect(seconds).toBeLessThan(20);
      await pending;
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 600_000);
});
