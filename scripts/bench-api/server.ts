/** The API server as it is deployed (`newsgraph serve` in its own process), checked before and let settle between runs. */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from '../../src/config.js';
import { HTTP_WORKERS, NO_CACHE } from './flags.js';
import type { BenchGraph } from './graph.js';
import { goodBody, treeCpuMs } from './measure.js';
import type { Scenario } from './scenarios.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/**
 * `newsgraph serve` in its own process: autocannon in this process would otherwise compete with the
 * server for one event loop. Its environment is this one's (LOG_LEVEL…) plus the graph and a port,
 * with NODE_ENV=production, as the Dockerfile and docker-compose.yml deploy it, unless NODE_ENV is set,
 * and one HTTP worker process per core unless HTTP_WORKERS is set.
 */
export async function startServerProcess(uri: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'newsgraph.mjs'), 'serve', '--no-seed'], {
    cwd: repoRoot,
    env: { NODE_ENV: 'production', HTTP_WORKERS: String(HTTP_WORKERS), ...process.env, ...(NO_CACHE ? { READ_CACHE_ROWS: '0' } : {}), NEO4J_URI: uri, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  process.on('exit', () => child.kill('SIGTERM'));
  // Its log goes to a file, so a server that dies under load can be diagnosed afterwards.
  const logFile = path.join(os.tmpdir(), `newsgraph-bench-api-server-${child.pid}.log`);
  const logStream = createWriteStream(logFile);
  child.stderr!.pipe(logStream);
  const logTail: string[] = [];
  let errors = 0;
  createInterface({ input: child.stderr! }).on('line', (line) => {
    logTail.push(line);
    if (logTail.length > 20) logTail.shift();
    if (/"level":(50|60)/.test(line)) errors++;
  });
  let exit: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = signal ? `signal ${signal}` : `code ${code}`;
      resolve();
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 120 s:\n${logTail.join('\n')}`)), 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /GraphQL API at (\S+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    void exited.then(() => reject(new Error(`the server exited (${exit}) before it was ready:\n${logTail.join('\n')}`)));
  });
  return {
    url,
    pid: child.pid,
    logFile,
    logTail,
    errorLines: () => errors,
    /** Why the server is gone, if it is. */
    gone: () => exit,
    stop: async () => {
      if (!exit) child.kill('SIGTERM');
      await Promise.race([exited, sleep(30_000).then(() => child.kill('SIGKILL'))]);
    },
  };
}

/** One request per body before the run: a wrong answer fails the benchmark, as autocannon only sees status codes. */
export async function verify(url: string, s: Scenario) {
  for (const body of s.bodies) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await res.text();
    let problem: string | null = null;
    if (res.status !== 200) problem = `HTTP ${res.status}`;
    else if (!goodBody(text)) problem = 'errors in the body';
    else problem = s.check(JSON.parse(text).data);
    if (problem) throw new Error(`${s.name}: the verification request failed (${problem}):\n  ${body}\n  -> ${text.slice(0, 1000)}`);
  }
}

/**
 * Waits until Neo4j runs no other transaction and the server is idle. autocannon stops at the
 * deadline, but the server still finishes the requests in flight (seconds each for the heavy
 * scenarios, some of them between two statements and so invisible to SHOW TRANSACTIONS): without
 * this, that tail would overlap the next measurement and share the CPU and Neo4j's Bolt threads with it.
 */
export async function quiesce(cypher: BenchGraph['cypher'], serverPid: number | undefined, limitSeconds = 120) {
  const deadline = Date.now() + limitSeconds * 1000;
  for (;;) {
    const before = treeCpuMs(serverPid);
    await sleep(250);
    const serverBusy = treeCpuMs(serverPid) - before > 25; // over a tenth of a core (NaN, unknown: idle)
    const [{ n }] = await cypher<{ n: number }>(
      `SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH $self RETURN count(*) AS n`,
      { self: 'SHOW TRANSACTIONS' },
    );
    if ((n === 0 && !serverBusy) || Date.now() > deadline) return;
  }
}
