import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { rmSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { isAlive, runningPid } from '../../src/graph/local-neo4j.js';
import { createDriver, type Db } from '../../src/graph/driver.js';
import type { RunningServer } from '../../src/graphql/server.js';
import { freshDb, startTestServer, testConfig } from './helpers.js';

/**
 * A TCP proxy in front of the test database that can be cut and restored, so the
 * service sees its database vanish and come back without stopping Neo4j.
 */
class CuttableProxy {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', resolve);
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Stops listening and drops every open connection: nothing answers on the port. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** A port on which nothing listens (bound, then released). */
async function deadPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as net.AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

const base = (server: RunningServer) => server.url.replace(/\/graphql$/, '');

async function getStatus(url: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
}

describe('/healthz and /readyz', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(async () => {
    await db?.driver.close();
  });

  it('is live and ready with the database up', async () => {
    const server = await startTestServer(db);
    try {
      expect(await getStatus(`${base(server)}/healthz`)).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await getStatus(`${base(server)}/readyz`)).toEqual({ status: 200, body: { status: 'ready' } });
    } finally {
      await server.close();
    }
  });

  it('is live but not ready (503) when nothing listens where the database should be', async () => {
    // No transaction retries: the driver's 15 s of retrying is not what this test is about.
    const gone: Db = { driver: neo4j.driver(`bolt://127.0.0.1:${await deadPort()}`, undefined, { maxTransactionRetryTime: 0 }) };
    const server = await startTestServer(gone);
    try {
      expect((await getStatus(`${base(server)}/healthz`)).status).toBe(200);
      expect(await getStatus(`${base(server)}/readyz`)).toEqual({ status: 503, body: { status: 'unavailable', reason: 'database not reachable' } });
      // And a query says the database is unavailable, without the driver's message.
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { articles } }' }) });
      const body = await res.json();
      expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stacktrace/);
    } finally {
      await server.close();
      await gone.driver.close();
    }
  });

  it('goes unready when the database goes away and ready again by itself when it returns', async () => {
    const { hostname, port } = new URL(inject('neo4jUri'));
    const proxy = new CuttableProxy({ host: hostname, port: Number(port) });
    await proxy.open();
    const viaProxy: Db = { driver: createDriver(`bolt://127.0.0.1:${proxy.port}`, testConfig.neo4j) };
    const server = await startTestServer(viaProxy);
    const readyz = `${base(server)}/readyz`;
    try {
      expect((await getStatus(readyz)).status).toBe(200);
      await proxy.cut();
      expect((await getStatus(readyz)).status).toBe(503);
      expect((await getStatus(readyz)).status).toBe(503);
      await proxy.open(); // same port: the driver's address is unchanged
      expect((await getStatus(readyz)).status).toBe(200);
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { articles } }' }) });
      expect((await res.json()).data).toEqual({ stats: { articles: 0 } });
    } finally {
      await server.close();
      await viaProxy.driver.close();
      await proxy.cut();
    }
  });
});

describe('newsgraph serve on SIGTERM', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('finishes the request in flight, stops accepting connections, closes the driver and exits 0', async () => {
    child = spawn(process.execPath, [path.join(repoRoot, 'bin/newsgraph.mjs'), 'serve', '--no-seed'], {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production', API_KEY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child!.stdout!.on('data', (d) => {
        out += d;
        const m = /GraphQL API at (\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child!.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening:\n${stderr}`)));
    });
    const { port } = new URL(url);

    // A request the server has begun (it answered "100 Continue" to its headers) whose body is not all sent yet.
    const body = JSON.stringify({ query: '{ stats { articles } }' });
    const agent = new http.Agent({ keepAlive: false });
    const req = http.request(url, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
    });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
    });
    await new Promise<void>((resolve) => {
      req.once('continue', resolve);
      req.flushHeaders();
    });
    req.write(body.slice(0, 10));

    child.kill('SIGTERM');
    // Shutdown has begun once the port refuses new connections.
    for (;;) {
      const refused = await new Promise<boolean>((resolve) => {
        const s = net.connect(Number(port), '127.0.0.1');
        s.once('connect', () => {
          s.destroy();
          resolve(false);
        });
        s.once('error', () => resolve(true));
      });
      if (refused) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(stderr).toContain('"signal":"SIGTERM"');

    req.end(body.slice(10));
    const answer = await response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ data: { stats: { articles: expect.any(Number) } } });

    // The process ends on its own (bin/newsgraph.mjs never calls process.exit): the HTTP server
    // and the driver are closed, or an open handle would keep it alive until the test times out.
    expect(await exited).toBe(0);
    expect(stderr).not.toMatch(/"level":(50|60)/);
  });
});

describe('newsgraph serve stopped while it starts its own Neo4j', () => {
  it('waits for that Neo4j, stops it and exits 0 instead of leaving it running', async () => {
    const port = Number(process.env.NEO4J_TEST_PORT ?? 7688) + 20;
    const dataDir = path.join(repoRoot, '.neo4j', `serve-sigterm-${port}`);
    rmSync(dataDir, { recursive: true, force: true });
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/newsgraph.mjs'), 'serve'], {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_URI: '', NEO4J_LOCAL_PORT: String(port), NEO4J_LOCAL_DATA: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      let stderr = '';
      // SIGTERM as soon as the launcher has spawned the JVM (its pid file is written), long before it is ready.
      await new Promise<void>((resolve, reject) => {
        child.stderr!.on('data', (d) => {
          stderr += d;
          if (runningPid(dataDir)) resolve();
        });
        const poll = setInterval(() => runningPid(dataDir) && (clearInterval(poll), resolve()), 100);
        child.once('exit', (code) => (clearInterval(poll), reject(new Error(`serve exited with ${code} early:\n${stderr}`))));
      });
      const jvm = runningPid(dataDir)!.pid;
      child.kill('SIGTERM');
      // Once that Neo4j is gone, the command exits at once, not when some leftover timer fires (it took 60 s).
      let jvmGoneAt: number | undefined;
      const watch = setInterval(() => {
        if (jvmGoneAt === undefined && !isAlive(jvm)) jvmGoneAt = performance.now();
      }, 50);
      const code = await exited.finally(() => clearInterval(watch));
      const exitedAt = performance.now();
      expect(code).toBe(0);
      expect(exitedAt - (jvmGoneAt ?? exitedAt)).toBeLessThan(10_000);
      expect(stderr).toContain('"signal":"SIGTERM"');
      expect(child.stdout!.read()?.toString() ?? '').not.toContain('GraphQL API at');
      // The JVM it started is gone and its pid file with it.
      expect(runningPid(dataDir)).toBeUndefined();
      expect(() => process.kill(jvm, 0)).toThrow();
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
    // A JVM that starts and stops on a loaded machine may take minutes; the bound that matters is the 10 s above.
  }, 300_000);
});
