/**
 * Smoke test and figures for the local embedded Neo4j:
 *   node --import tsx scripts/neo4j-smoke.ts [--port 7699] [--data DIR] [--password X]
 * Starts it on a fresh temporary store (or DIR), runs Cypher through neo4j-driver, restarts it to check the data
 * survived, checks that a second start on the same store is refused, tries detached start/status/stop, and
 * prints cold/warm start time, RSS and the size of neo4j/target/lib.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Session } from 'neo4j-driver';
import { repoRoot } from '../src/config.js';
import {
  buildLauncher,
  ensureLocalNeo4j,
  launcherBuilt,
  localNeo4jStatus,
  stopLocalNeo4j,
  type LocalNeo4jOptions,
} from '../src/graph/local-neo4j.js';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '7699' }, data: { type: 'string' }, password: { type: 'string' }, keep: { type: 'boolean' } },
});
const port = Number(values.port);
const dataDir = values.data ? path.resolve(values.data) : mkdtempSync(path.join(os.tmpdir(), 'neo4j-smoke-'));
const password = values.password;
const log = (msg: string) => process.stderr.write(`[neo4j] ${msg}\n`);
const opts: LocalNeo4jOptions = { repoRoot, port, dataDir, password, log };
const figures: Record<string, string> = {};

function rssMiB(pid: number | undefined): number {
  if (!pid) return NaN;
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

function dirMiB(dir: string): number {
  let total = 0;
  for (const f of readdirSync(dir)) total += statSync(path.join(dir, f)).size;
  return Math.round(total / 1024 / 1024);
}

function check(cond: unknown, what: string): asserts cond {
  if (!cond) throw new Error(`smoke check failed: ${what}`);
  log(`ok: ${what}`);
}

async function withSession<T>(uri: string, fn: (s: Session) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(uri, password ? neo4j.auth.basic('neo4j', password) : undefined);
  try {
    const session = driver.session();
    try {
      return await fn(session);
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

async function timedStart(label: string) {
  const t0 = performance.now();
  const handle = await ensureLocalNeo4j(opts);
  const secs = (performance.now() - t0) / 1000;
  figures[`${label} start (spawn to ready)`] = `${secs.toFixed(1)} s`;
  figures[`${label} RSS after ready`] = `${rssMiB(handle.pid)} MiB`;
  return handle;
}

async function main() {
  if (!launcherBuilt(repoRoot)) {
    const t0 = performance.now();
    await buildLauncher(repoRoot, log);
    figures['maven build'] = `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  }
  figures['neo4j/target/lib'] = `${dirMiB(path.join(repoRoot, 'neo4j', 'target', 'lib'))} MiB, ${readdirSync(path.join(repoRoot, 'neo4j', 'target', 'lib')).length} jars`;
  figures['java'] = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr.split('\n')[0];

  // 1. cold start on an empty store
  let handle = await timedStart('cold');
  check(handle.startedByUs, 'started by us');
  await withSession(handle.uri, async (s) => {
    const one = await s.run('RETURN 1 AS one');
    check(one.records[0].get('one').toNumber() === 1, 'RETURN 1');
    const version = await s.run('CALL dbms.components() YIELD name, versions RETURN versions[0] AS v');
    figures['neo4j version'] = version.records[0].get('v');
    await s.run('CREATE (:Smoke {id: $id, at: datetime()})', { id: 'survives-restart' });
    const n = await s.run('MATCH (n:Smoke {id: $id}) RETURN count(n) AS c', { id: 'survives-restart' });
    check(n.records[0].get('c').toNumber() === 1, 'create and read a node');
    // a little load, for an RSS figure after work
    await s.run('UNWIND range(1, 20000) AS i CREATE (:Bulk {i: i, name: "node " + i})');
  });
  figures['cold RSS after 20k nodes'] = `${rssMiB(handle.pid)} MiB`;

  // 2. reuse: a second ensure on the same port reuses what answers
  const again = await ensureLocalNeo4j(opts);
  check(!again.startedByUs, 'second ensure on the same port reuses the running one');

  // 3. a second server on the same store (another port) is refused
  const refused = await ensureLocalNeo4j({ ...opts, port: port + 1 }).then(
    (h) => h.stop().then(() => ''),
    (e: Error) => e.message,
  );
  check(/already runs on/.test(refused), `second start on the same store refused: ${refused.split('\n')[0]}`);

  // 4. stop, restart, data survived
  let t0 = performance.now();
  await handle.stop();
  figures['stop (SIGTERM to exit)'] = `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  check(!(await localNeo4jStatus({ dataDir, port })).running, 'stopped');
  handle = await timedStart('warm');
  await withSession(handle.uri, async (s) => {
    const n = await s.run('MATCH (n:Smoke {id: $id}) RETURN count(n) AS c', { id: 'survives-restart' });
    check(n.records[0].get('c').toNumber() === 1, 'the node survived a restart');
  });
  await handle.stop();

  // 5. detached start, status, stop by pid file
  t0 = performance.now();
  const detached = await ensureLocalNeo4j({ ...opts, detached: true });
  figures['detached start'] = `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  const status = await localNeo4jStatus({ dataDir, port });
  check(status.running && status.bolt && status.pid === detached.pid, `status: ${JSON.stringify(status)}`);
  check(await stopLocalNeo4j({ dataDir, log }), 'stopLocalNeo4j stopped it');
  check(!(await localNeo4jStatus({ dataDir, port })).running, 'not running after stopLocalNeo4j');
  check(!(await stopLocalNeo4j({ dataDir })), 'stopLocalNeo4j on a stopped store returns false');

  figures['store on disk'] = execFileSync('du', ['-sh', dataDir], { encoding: 'utf8' }).split('\t')[0];
  console.log('\nfigures:');
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(30)} ${v}`);
}

main()
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopLocalNeo4j({ dataDir }).catch(() => {});
    if (!values.data && !values.keep) rmSync(dataDir, { recursive: true, force: true });
  });
