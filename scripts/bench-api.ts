/**
 * npm run bench:api [-- --articles N] [--fresh] [--duration S] [--direct-duration S] [--connections C]
 *                      [--warmup S (each side, default 15)] [--rounds R (default 2)] [--only who,pairs,hood,search,bare]
 *                      [--paced] [--graph-only] [--no-cache]
 *
 * API latency under load on a graph of N Reuters articles (default 10,000). Prints, in one run,
 * for who-met-whom, country pairs, neighbourhood (depth 2) and search:
 *  - GraphQL over HTTP (autocannon against the real server, started as a child process):
 *    req/s, p50/p95/p99, errors (socket errors, timeouts, non-2xx, and 200s whose body has `errors`);
 *  - the same read functions the resolvers call (src/read/*), in this process, through neo4j-driver,
 *    in the same order the resolvers run them, with the same concurrency: ops/s, p50/p95/p99;
 *  - the ratio GraphQL p95 / direct p95 (target ≤ 1.5);
 * and bare Apollo on `{ __typename }`. The server caches aggregate answers (country co-occurrence,
 * neighbourhoods) under the graph's version, as deployed; --no-cache measures it with READ_CACHE_ROWS=0. Both sides record each request's latency into the same
 * HDR histogram (microseconds), so the percentiles are computed the same way.
 *
 * The two sides take turns: each scenario's GraphQL time and direct time are split into --rounds
 * turns, alternating, the side that goes first swapping every round (G D, D G, G D…). This shared
 * machine's speed drifts by tens of percent over minutes; with one block per side that drift went
 * into the ratio, with an even number of turns a steady drift weighs on both sides alike.
 * --rounds 1 is one uninterrupted run per side.
 *
 * CPU per request depends on the request rate: Neo4j and the driver spend more per operation when
 * operations arrive more slowly (fewer messages per wake-up). --paced also runs the direct side at
 * the rate the GraphQL side reached, so the two sides' CPU can be compared at one rate.
 *
 * Uses NEO4J_BENCH_URI, or its own embedded Neo4j on port 7692 with data in .neo4j/bench-api,
 * kept between runs: ingest only happens when it holds fewer than N articles (--fresh wipes it first).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRequire } from 'node:module';
import neo4j from 'neo4j-driver';
import { loadConfig, repoRoot } from '../src/config.js';
import { createDriver, type Db } from '../src/graph/driver.js';
import { ensureLocalNeo4j, runningPid } from '../src/graph/local-neo4j.js';
import { ensureSchema } from '../src/graph/schema.js';
import { ingest } from '../src/ingest/pipeline.js';
import { getArticles } from '../src/read/articles.js';
import { countryCooccurrence, rankCountryPairs } from '../src/read/countries.js';
import { getCountries, getOrganizations, getPeople, getTopics } from '../src/read/entities.js';
import { findMeetings } from '../src/read/meetings.js';
import { search, stats } from '../src/read/search.js';
import { neighbourhood } from '../src/read/traversal.js';
import type { EntityKey, EntityKind } from '../src/read/rows.js';
import { readTarArticles, requireCorpus } from './corpus.js';

// ---------------------------------------------------------------- flags

function flag(name: string): boolean {
  return process.argv.includes(name);
}
function numberFlag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isFinite(n) || n <= 0) {
    process.stderr.write(`${name} needs a positive number (got ${JSON.stringify(process.argv[i + 1])})\n`);
    process.exit(2);
  }
  return n;
}
function listFlag(name: string): string[] | null {
  const i = process.argv.indexOf(name);
  return i < 0 ? null : (process.argv[i + 1] ?? '').split(',').filter(Boolean);
}

const ARTICLES = numberFlag('--articles', 10_000);
const DURATION = numberFlag('--duration', 60);
const DIRECT_DURATION = numberFlag('--direct-duration', 20);
const CONNECTIONS = numberFlag('--connections', 50);
const WARMUP = numberFlag('--warmup', 15);
/** Each side's time is split into this many turns, GraphQL and direct alternating (see the run loop). */
const ROUNDS = numberFlag('--rounds', 2);
if (!Number.isInteger(ROUNDS)) {
  process.stderr.write(`--rounds needs a whole number of turns, 1 or more (got ${ROUNDS})\n`);
  process.exit(2);
}
/** Also runs the direct side paced at the GraphQL side's request rate, for its CPU per operation at that rate. */
const PACED = flag('--paced');
const ONLY = listFlag('--only');
const NO_CACHE = flag('--no-cache');
/** The server's HTTP worker processes: HTTP_WORKERS when set, else one per core, as a dedicated deployment would. */
const HTTP_WORKERS = Number(process.env.HTTP_WORKERS || os.availableParallelism());
const CORPUS_SIZE = 20_000;
if (ARTICLES > CORPUS_SIZE) {
  process.stderr.write(`--articles: the Reuters corpus holds ${CORPUS_SIZE} articles (got ${ARTICLES})\n`);
  process.exit(2);
}

const say = (msg: string) => process.stderr.write(`[bench:api] ${msg}\n`);

// ---------------------------------------------------------------- the graph

const config = loadConfig();
let uri = process.env.NEO4J_BENCH_URI;
let stopNeo4j = async () => {};
let neo4jPid: number | undefined;
if (!uri) {
  const dataDir = path.join(repoRoot, '.neo4j', 'bench-api');
    const handle = await ensureLocalNeo4j({ repoRoot, port: 7692, dataDir, log: (m) => say(`neo4j: ${m}`) });
  uri = handle.uri;
  stopNeo4j = handle.stop;
  // A Neo4j left running on the port (reused) is still ours to account CPU for, when its pid file says so.
  neo4jPid = handle.pid ?? runningPid(dataDir)?.pid;
  if (handle.startedByUs) {
    say(
      'note: Neo4j was just started, and its first minutes under load run markedly slower (JIT), which weighs on the ' +
        'scenarios measured first. For a warm database: NEO4J_LOCAL_PORT=7692 NEO4J_LOCAL_DATA=.neo4j/bench-api ' +
        'npx newsgraph neo4j start, one short run (--duration 20 --direct-duration 20) to warm it, then the run to keep.',
    );
  }
}
const db: Db = { driver: createDriver(uri, config.neo4j), database: config.neo4j.database };

async function cypher<T = Record<string, unknown>>(statement: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const s = db.driver.session({ database: db.database });
  try {
    return (await s.run(statement, params)).records.map((r) => r.toObject() as T);
  } finally {
    await s.close();
  }
}

const countArticles = async () => (await cypher<{ n: number }>('/* benchCountArticles */ MATCH (a:Article) RETURN count(a) AS n'))[0].n;

if (flag('--fresh')) {
  say(`--fresh: wiping the graph at ${uri}`);
  await cypher('/* benchWipe */ MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}
await ensureSchema(db);
const had = await countArticles();
if (had >= ARTICLES) {
  say(`reusing the graph at ${uri}: ${had} articles (>= ${ARTICLES}; --fresh re-ingests)`);
} else {
  say(`ingesting the first ${ARTICLES} Reuters articles into ${uri} (it holds ${had}; about ${Math.ceil(ARTICLES / 90 / 60)} min at ~90 articles/s)`);
  const corpus = await readTarArticles(requireCorpus(), ARTICLES);
  async function* items() {
    for (const a of corpus) yield { source: a.name, bytes: Buffer.from(a.text) };
  }
  let lastShown = 0;
  const summary = await ingest(db, items(), {
    batchSize: 100,
    onProgress: (p) => {
      if (p.seconds - lastShown >= 15) {
        lastShown = p.seconds;
        say(`  ${p.written} written, ${(p.written / p.seconds).toFixed(0)} articles/s`);
      }
    },
  });
  say(
    `ingested ${summary.created} new, ${summary.unchanged} unchanged, ${summary.rejected.length} rejected in ${summary.seconds.toFixed(0)} s ` +
      `(${(summary.read / summary.seconds).toFixed(0)} articles/s)`,
  );
  // Full-text indexes fill asynchronously: search must see every article before it is measured.
  await cypher('CALL db.awaitIndexes(300)');
}
const graph = await stats(db);
say(
  `graph: ${graph.articles} articles, ${graph.people} people, ${graph.countries} countries, ${graph.organizations} organizations, ${graph.meetings} meetings`,
);
if (flag('--graph-only')) {
  await db.driver.close();
  await stopNeo4j();
  process.exit(0);
}

// ---------------------------------------------------------------- measuring

/** autocannon ships no types: the part of its API used here. */
interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(event: 'response', fn: (client: unknown, statusCode: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (opts: Record<string, unknown>) => AutocannonInstance;
interface Histogram {
  recordValue(v: number): void;
  getValueAtPercentile(p: number): number;
  readonly totalCount: number;
}

const require = createRequire(import.meta.url);
const autocannon = require('autocannon') as Autocannon;
// The HDR histogram autocannon itself records with (its dependency, so resolved from there).
const hdr = createRequire(require.resolve('autocannon'))('hdr-histogram-js') as {
  build(o: Record<string, unknown>): Histogram;
};
/** Latencies in microseconds, up to 60 s, 3 significant digits: the same for both sides. */
const histogram = () => hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3, autoResize: true });

interface Measured {
  count: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** CPU milliseconds per request of the API server, of Neo4j, of this process (NaN when unknown). */
  cpu: { server: number; neo4j: number; bench: number };
  note?: string;
}

/** utime + stime of a process in ms, from /proc (Linux); NaN elsewhere. */
function cpuMs(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks; USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}
/** A process's CPU and that of its children (the server's HTTP workers). */
function treeCpuMs(pid: number | undefined): number {
  if (!pid) return NaN;
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // not Linux, or gone: the process alone
  }
  return children.reduce((sum, child) => sum + cpuMs(child), cpuMs(pid));
}
const ownCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** One side's turns of a scenario, added up: latencies, wall time, errors, CPU. */
class Tally {
  readonly h = histogram();
  seconds = 0;
  errors = 0;
  used = { server: 0, neo4j: 0, bench: 0 };
  /** Each turn's problems, in order (a Set would fold two turns' "3 timeouts" into one). */
  readonly notes: string[] = [];

  add(seconds: number, used: { server: number; neo4j: number; bench: number }) {
    this.seconds += seconds;
    this.used.server += used.server;
    this.used.neo4j += used.neo4j;
    this.used.bench += used.bench;
  }

  result(): Measured {
    const m = summarize(this.h, this.seconds, this.errors, this.used);
    if (this.notes.length) m.note = this.notes.join('; ');
    return m;
  }
}

async function metered<T>(serverPid: number | undefined, work: () => Promise<T>) {
  const before = { server: treeCpuMs(serverPid), neo4j: cpuMs(neo4jPid), bench: ownCpuMs() };
  const t0 = performance.now();
  const result = await work();
  const seconds = (performance.now() - t0) / 1000;
  const used = { server: treeCpuMs(serverPid) - before.server, neo4j: cpuMs(neo4jPid) - before.neo4j, bench: ownCpuMs() - before.bench };
  return { result, seconds, used };
}

function summarize(h: Histogram, seconds: number, errors: number, used: { server: number; neo4j: number; bench: number }): Measured {
  const n = Math.max(1, h.totalCount);
  return {
    count: h.totalCount,
    perSecond: h.totalCount / seconds,
    p50: h.getValueAtPercentile(50) / 1000,
    p95: h.getValueAtPercentile(95) / 1000,
    p99: h.getValueAtPercentile(99) / 1000,
    errors,
    cpu: { server: used.server / n, neo4j: used.neo4j / n, bench: used.bench / n },
  };
}

/** A GraphQL response autocannon cannot judge by status: 200 with `errors`, or without `data`. */
const goodBody = (body: string) => body.startsWith('{"data":{') && !body.includes('"errors":[');

async function runGraphQL(url: string, bodies: string[], seconds: number, serverPid: number | undefined, tally = new Tally()): Promise<Tally> {
  const { result, seconds: elapsed, used } = await metered(serverPid, async () => {
    const instance = autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Each connection cycles through the bodies (search varies its term this way).
      requests: bodies.map((body) => ({ body })),
      connections: CONNECTIONS,
      duration: seconds,
      timeout: 30,
      verifyBody: goodBody,
    });
    instance.on('response', (_client, _status, _bytes, ms) => tally.h.recordValue(Math.max(1, Math.round(ms * 1000))));
    return instance;
  });
  tally.add(elapsed, used);
  tally.errors += result.errors + result.timeouts + result.non2xx + result.mismatches;
  const parts = [
    result.errors && `${result.errors} socket errors`,
    result.timeouts && `${result.timeouts} timeouts`,
    result.non2xx && `${result.non2xx} non-2xx`,
    result.mismatches && `${result.mismatches} bodies with errors`,
  ].filter(Boolean);
  if (parts.length) tally.notes.push(parts.join(', '));
  return tally;
}

/**
 * `concurrency` loops, each running `op` back to back until the time is up; every op's latency
 * recorded. With `rate`, operations start on a fixed schedule of `rate` per second instead
 * (open loop), at most `concurrency` in flight.
 */
async function runDirect(op: (i: number) => Promise<unknown>, seconds: number, tally = new Tally(), rate?: number): Promise<Tally> {
  let firstError: unknown;
  const timed = async (i: number) => {
    const t = performance.now();
    try {
      await op(i);
      tally.h.recordValue(Math.max(1, Math.round((performance.now() - t) * 1000)));
    } catch (err) {
      tally.errors++;
      firstError ??= err;
    }
  };
  const { seconds: elapsed, used } = await metered(undefined, async () => {
    const start = performance.now();
    const end = start + seconds * 1000;
    if (rate) {
      const inFlight = new Set<Promise<void>>();
      for (let i = 0; performance.now() < end; i++) {
        const due = start + (i * 1000) / rate;
        if (due > performance.now()) await sleep(due - performance.now());
        const p: Promise<void> = timed(i).then(() => void inFlight.delete(p));
        inFlight.add(p);
        if (inFlight.size >= CONNECTIONS) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      return;
    }
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, loop) => {
        for (let i = loop; performance.now() < end; i += CONNECTIONS) await timed(i);
      }),
    );
  });
  tally.add(elapsed, used);
  if (firstError) tally.notes.push(`first error: ${(firstError as Error).message}`);
  return tally;
}

// ---------------------------------------------------------------- parameters from the graph

const busiest = (
  await cypher<{ id: string; name: string; meetings: number }>(
    `/* benchBusiestPerson */
     MATCH (p:Person)<-[:WITH]-(m:Meeting)
     WITH p, count(m) AS meetings ORDER BY meetings DESC, p.id LIMIT 1
     RETURN p.id AS id, p.name AS name, meetings`,
  )
)[0];
if (!busiest) throw new Error('the graph holds no meetings: nothing to measure');
// Search terms: the surnames of the most mentioned people (and "merkel", the issue's example, when she is in the graph).
const famous = await cypher<{ name: string }>(
  `/* benchFamousPeople */
   MATCH (p:Person) WHERE p.name CONTAINS ' '
   WITH p, COUNT { (:Article)-[:MENTIONS]->(p) } AS n ORDER BY n DESC, p.id LIMIT $limit
   RETURN p.name AS name`,
  { limit: neo4j.int(20) },
);
const surnames = famous.map((p) => p.name.split(' ').pop()!.toLowerCase()).filter((w) => /^[a-z]{4,}$/.test(w));
const terms = [...new Set(['merkel', ...surnames])].slice(0, 8);

// ---------------------------------------------------------------- scenarios

const uniq = <T>(xs: T[]) => [...new Set(xs)];
const PERSON: EntityKey = { kind: 'Person', id: busiest.id };
type NodeKey = { kind: EntityKind | 'Article'; id: string };

/** What the per-request loaders do for these keys: one batched lookup per kind, the kinds in parallel. */
function loadEntities(keys: NodeKey[]) {
  const ids = (kind: EntityKind | 'Article') => uniq(keys.filter((k) => k.kind === kind).map((k) => k.id));
  const run = <T>(kind: EntityKind | 'Article', get: (ids: string[]) => Promise<T>) => (ids(kind).length ? get(ids(kind)) : null);
  return Promise.all([
    run('Article', (x) => getArticles(db, x)),
    run('Person', (x) => getPeople(db, x)),
    run('Country', (x) => getCountries(db, x)),
    run('Organization', (x) => getOrganizations(db, x)),
    run('Topic', (x) => getTopics(db, x)),
  ]);
}

interface Scenario {
  key: string;
  name: string;
  /** GraphQL request bodies; connections cycle through them. */
  bodies: string[];
  /** What a verification answer must hold besides data without errors. */
  check: (data: any) => string | null;
  /** The read functions the resolvers run for the i-th body, in their order (none for bare Apollo). */
  direct?: (i: number) => Promise<unknown>;
  directIncludes?: string;
}

const gql = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

const ALL_SCENARIOS: Scenario[] = [
  {
    key: 'who',
    name: 'who met whom',
    bodies: [
      gql(
        `query WhoMet($id: ID!) { meetings(personId: $id, first: 20) { nodes { date participants { name } article { title } evidence { text } } } }`,
        { id: busiest.id },
      ),
    ],
    check: (d) => (d.meetings.nodes.length > 0 ? null : 'no meetings'),
    direct: async () => {
      const page = await findMeetings(db, { personId: busiest.id, withPersonId: null, from: null, to: null, first: 20, after: null });
      // Meeting.participants and Meeting.article: one person loader batch and one article loader batch, in parallel.
      await Promise.all([
        getPeople(db, uniq(page.rows.flatMap((m) => m.participantIds))),
        getArticles(db, uniq(page.rows.map((m) => m.articleId))),
      ]);
    },
    directIncludes: 'findMeetings, then getPeople ∥ getArticles',
  },
  {
    key: 'pairs',
    name: 'country pairs',
    bodies: [gql(`{ countryPairs(first: 20, orderBy: LIFT, minArticles: 5) { nodes { a { name } b { name } articleCount lift } } }`)],
    check: (d) => (d.countryPairs.nodes.length > 0 ? null : 'no country pairs'),
    direct: async () => {
      const f = { from: null, to: null, topicId: null };
      const co = await countryCooccurrence(db, f);
      const page = rankCountryPairs(co, f, { orderBy: 'LIFT', minArticles: 5 }).slice(0, 20);
      await getCountries(db, uniq(page.flatMap((p) => [p.a, p.b])));
    },
    directIncludes: 'countryCooccurrence + ranking in JS, then getCountries',
  },
  {
    key: 'hood',
    name: 'neighbourhood d=2',
    bodies: [
      gql(
        `query Hood($id: ID!) { neighbourhood(ref: {kind: PERSON, id: $id}, depth: 2, perNode: 8, maxNodes: 50) { nodes { id entity { name } } edges { source target articleCount } } }`,
        { id: busiest.id },
      ),
    ],
    check: (d) => (d.neighbourhood.nodes.length > 1 ? null : 'an empty neighbourhood'),
    direct: async () => {
      await getPeople(db, [busiest.id]); // the resolver checks the start entity exists (and caches it)
      const sub = await neighbourhood(db, PERSON, {
        depth: 2,
        kinds: ['Person', 'Country', 'Organization'],
        perNode: 8,
        maxNodes: 50,
        filter: { from: null, to: null },
      });
      await loadEntities(sub.nodes.filter((n) => n.depth > 0).map((n) => ({ kind: n.kind, id: n.entityId })));
    },
    directIncludes: 'getPeople(start), neighbours ×2 hops, then getPeople ∥ getCountries ∥ getOrganizations',
  },
  {
    key: 'search',
    name: `search (${terms.length} terms)`,
    bodies: terms.map((t) => gql(`query Search($q: String!) { search(query: $q, first: 10) { score node { __typename } } }`, { q: t })),
    check: (d) => (d.search.length > 0 ? null : 'no hits'),
    direct: async (i) => {
      const hits = await search(db, terms[i % terms.length], 10, null);
      // SearchHit.node loads each hit through the loader of its kind.
      await loadEntities(hits);
    },
    directIncludes: 'search, then one lookup per kind among the hits, in parallel',
  },
  {
    key: 'bare',
    name: 'bare Apollo {__typename}',
    bodies: [gql('{ __typename }')],
    check: (d) => (d.__typename === 'Query' ? null : 'no __typename'),
  },
];
const scenarios = ALL_SCENARIOS.filter((s) => !ONLY || ONLY.includes(s.key));

// ---------------------------------------------------------------- the server, as it is deployed

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
async function startServerProcess() {
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
async function verify(url: string, s: Scenario) {
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
async function quiesce(serverPid: number | undefined, limitSeconds = 120) {
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

// ---------------------------------------------------------------- run

say(`parameters: person ${busiest.id} (${busiest.name}, ${busiest.meetings} meetings); search terms ${terms.join(', ')}`);
say(
  `plan: ${scenarios.length} scenarios × (${WARMUP} s warm-up of each side, ${DURATION} s GraphQL` +
    `${scenarios.some((s) => s.direct) ? `, ${DIRECT_DURATION} s direct` : ''}, in ${ROUNDS} alternating turns) at ${CONNECTIONS} connections`,
);
const server = await startServerProcess();
say(`server pid ${server.pid} at ${server.url} (log ${server.logFile})`);
const rows: Array<{ s: Scenario; api: Measured; direct?: Measured; paced?: Measured }> = [];
const turnSeconds = (total: number) => Math.max(1, Math.round(total / ROUNDS));
try {
  for (const s of scenarios) {
    await verify(server.url, s);
    // Warm-up, both sides, before either is measured: the server's JIT, Neo4j's plan cache, page
    // cache and JIT (a freshly started Neo4j runs the first minute's statements markedly slower)
    // see the same statements first, so neither side is measured colder than the other.
    await runGraphQL(server.url, s.bodies, WARMUP, server.pid);
    await quiesce(server.pid);
    if (s.direct) {
      await runDirect(s.direct, WARMUP);
      await quiesce(server.pid);
    }
    // The turns: G D, then D G, then G D…, so neither side always runs first after the other's tail.
    const apiTally = new Tally();
    const directTally = s.direct ? new Tally() : undefined;
    const graphqlTurn = async (r: number) => {
      say(`${s.name}: GraphQL ${turnSeconds(DURATION)} s (turn ${r + 1} of ${ROUNDS})…`);
      await runGraphQL(server.url, s.bodies, turnSeconds(DURATION), server.pid, apiTally);
      await quiesce(server.pid);
      if (server.gone()) throw new Error(`the server died during ${s.name} (${server.gone()}); its log: ${server.logFile}`);
    };
    const directTurn = async (r: number) => {
      if (!s.direct || !directTally) return;
      say(`${s.name}: direct ${turnSeconds(DIRECT_DURATION)} s (turn ${r + 1} of ${ROUNDS})…`);
      await runDirect(s.direct, turnSeconds(DIRECT_DURATION), directTally);
      await quiesce(server.pid);
    };
    for (let r = 0; r < ROUNDS; r++) {
      if (r % 2 === 0) {
        await graphqlTurn(r);
        await directTurn(r);
      } else {
        await directTurn(r);
        await graphqlTurn(r);
      }
    }
    const line = (m: Measured) => `${m.perSecond.toFixed(1)}/s p50 ${m.p50.toFixed(1)} p95 ${m.p95.toFixed(1)} p99 ${m.p99.toFixed(1)} ms, ${m.errors} errors`;
    const api = apiTally.result();
    const direct = directTally?.result();
    say(`  GraphQL ${line(api)}`);
    if (direct) say(`  direct ${line(direct)}`);
    let paced: Measured | undefined;
    if (PACED && s.direct && api.perSecond > 0) {
      say(`${s.name}: direct ${turnSeconds(DIRECT_DURATION)} s paced at ${api.perSecond.toFixed(0)}/s…`);
      paced = (await runDirect(s.direct, turnSeconds(DIRECT_DURATION), new Tally(), api.perSecond)).result();
      await quiesce(server.pid);
    }
    rows.push({ s, api, direct, paced });
  }
} finally {
  await server.stop();
  await db.driver.close();
  await stopNeo4j();
}

// ---------------------------------------------------------------- report

const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
const cpu = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(1));
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
const W = [26, 8, 7, 7, 7, 7, 8, 7, 7, 7, 7, 8];
console.log(
  `\nAPI benchmark: ${graph.articles} articles (${graph.people} people, ${graph.meetings} meetings), ${CONNECTIONS} connections, ` +
    `GraphQL ${DURATION} s and direct ${DIRECT_DURATION} s per scenario in ${ROUNDS} alternating turns, server with ${HTTP_WORKERS} HTTP worker(s) and its aggregate cache ${NO_CACHE ? 'off' : 'on'}; latencies in ms`,
);
console.log(pad(['', 'GraphQL', '', '', '', '', 'direct', '', '', '', '', 'p95'], W));
console.log(pad(['scenario', 'req/s', 'p50', 'p95', 'p99', 'errors', 'ops/s', 'p50', 'p95', 'p99', 'errors', 'ratio'], W));
for (const { s, api, direct } of rows) {
  console.log(
    pad(
      [
        s.name,
        api.perSecond.toFixed(0),
        ms(api.p50),
        ms(api.p95),
        ms(api.p99),
        String(api.errors),
        direct ? direct.perSecond.toFixed(0) : '-',
        direct ? ms(direct.p50) : '-',
        direct ? ms(direct.p95) : '-',
        direct ? ms(direct.p99) : '-',
        direct ? String(direct.errors) : '-',
        direct && api.count > 0 && direct.count > 0 ? `${(api.p95 / direct.p95).toFixed(2)}x` : '-',
      ],
      W,
    ),
  );
}
console.log('\nCPU ms per request (GraphQL: server / Neo4j / autocannon; direct: this process / Neo4j):');
for (const { s, api, direct, paced } of rows) {
  console.log(
    `  ${s.name.padEnd(26)} GraphQL ${cpu(api.cpu.server)} / ${cpu(api.cpu.neo4j)} / ${cpu(api.cpu.bench)}` +
      (direct ? `   direct ${cpu(direct.cpu.bench)} / ${cpu(direct.cpu.neo4j)}` : '') +
      (paced ? `   direct at ${paced.perSecond.toFixed(0)}/s ${cpu(paced.cpu.bench)} / ${cpu(paced.cpu.neo4j)}` : ''),
  );
}
console.log('\nThe direct baseline runs, per operation, the src/read functions the resolvers call, in their order:');
for (const { s } of rows) if (s.directIncludes) console.log(`  ${s.name.padEnd(26)} ${s.directIncludes}`);
console.log('  It leaves out HTTP, JSON, GraphQL parsing, validation and execution, and DataLoader scheduling.');
const notes = rows
  .flatMap(({ s, api, direct, paced }) => [
    api.note && `${s.name} GraphQL: ${api.note}`,
    direct?.note && `${s.name} direct: ${direct.note}`,
    paced?.note && `${s.name} direct paced: ${paced.note}`,
  ])
  .filter(Boolean);
if (server.errorLines() > 0) notes.push(`the server logged ${server.errorLines()} error lines; last lines:\n${server.logTail.join('\n')}`);
const totalErrors = rows.reduce((n, r) => n + r.api.errors, 0);
const empty = rows.filter((r) => r.api.count === 0 || r.direct?.count === 0).map((r) => r.s.name);
const over = rows.filter((r) => r.direct && r.api.p95 > 1.5 * r.direct.p95).map((r) => r.s.name);
console.log(
  `\ntargets: zero errors ${totalErrors === 0 ? 'met' : `NOT met (${totalErrors})`}; ` +
    `GraphQL p95 <= 1.5x direct p95 ${over.length === 0 ? 'met' : `NOT met for ${over.join(', ')}`}` +
    (empty.length ? `; no request completed within the run for ${empty.join(', ')} (run longer)` : ''),
);
for (const n of notes) console.log(`note: ${n}`);
process.exitCode = totalErrors === 0 && empty.length === 0 ? 0 : 1;
