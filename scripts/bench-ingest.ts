/**
 * npm run bench:ingest [-- --articles N] [--batch N] [--only extract,write,e2e]
 * Ingest throughput on real Reuters articles (../shared/data/reuters), scaled up
 * past the corpus's 20,000 by distinct variants (new title suffix and time) when
 * N is larger. Prints, in one run: extraction-only, write-only (pre-extracted)
 * and end-to-end articles/s with their ratios, the end-to-end rate of the first
 * and last tenth, and peak memory of this process and of Neo4j.
 * Uses NEO4J_BENCH_URI, or its own embedded Neo4j on port NEO4J_BENCH_PORT (default 7689; data
 * .neo4j/bench, wiped); it refuses to wipe a Neo4j that already answers on that port.
 * --only runs some of the three passes (a 100k run: --only e2e); the ratios need all three.
 */
import { readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { loadConfig, repoRoot } from '../src/config.js';
import { createDriver, type Db } from '../src/graph/driver.js';
import { ensureLocalNeo4j } from '../src/graph/local-neo4j.js';
import { ensureSchema } from '../src/graph/schema.js';
import { writeArticles, type ArticleDocument } from '../src/graph/writer.js';
import { ingest } from '../src/ingest/pipeline.js';
import type { Rejection } from '../src/ingest/prepare.js';
import type { SourceItem } from '../src/ingest/sources.js';
import { corpusVariant, readTarArticles, requireCorpus } from './corpus.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const total = arg('--articles', 10_000);
const batchSize = arg('--batch', 100);
const PASSES = ['extract', 'write', 'e2e'] as const;
const onlyAt = process.argv.indexOf('--only');
const passes = new Set(onlyAt > 0 ? process.argv[onlyAt + 1].split(',') : PASSES);
for (const p of passes) {
  if (!(PASSES as readonly string[]).includes(p)) {
    process.stderr.write(`--only: unknown pass ${JSON.stringify(p)} (give some of ${PASSES.join(',')})\n`);
    process.exit(2);
  }
}

const corpus = await readTarArticles(requireCorpus(), Math.min(total, 20_000));
/** The k-th distinct article: a corpus article, or a variant of one (new title and time, so a new id). */
const nth = (k: number): SourceItem => corpusVariant(corpus, k);
async function* items(): AsyncGenerator<SourceItem> {
  for (let k = 0; k < total; k++) yield nth(k);
}

const config = loadConfig();
/** Whether something accepts a connection on 127.0.0.1:port. */
function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    const done = (answers: boolean) => {
      socket.destroy();
      resolve(answers);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

function refuseBusyPort(port: number): never {
  process.stderr.write(`a Neo4j already answers on port ${port} (another checkout's?): not wiping it; set NEO4J_BENCH_PORT to a free port\n`);
  process.exit(2);
}

let neo4jPid: number | undefined;
let uri = process.env.NEO4J_BENCH_URI;
let stopNeo4j = async () => {};
if (!uri) {
  const dataDir = path.join(repoRoot, '.neo4j', 'bench');
  const port = Number(process.env.NEO4J_BENCH_PORT ?? 7689);
  // Look before wiping: a Neo4j of this checkout still running on the port keeps its data.
  if (await portAnswers(port)) refuseBusyPort(port);
  rmSync(dataDir, { recursive: true, force: true });
  const handle = await ensureLocalNeo4j({ repoRoot, port, dataDir, log: (m: string) => process.stderr.write(`[neo4j] ${m}\n`) });
  if (!handle.startedByUs) refuseBusyPort(port);
  uri = handle.uri;
  neo4jPid = handle.pid;
  stopNeo4j = handle.stop;
}
const db: Db = { driver: createDriver(uri, config.neo4j), database: config.neo4j.database };
async function wipe() {
  const s = db.driver.session({ database: db.database });
  await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  await s.close();
  await ensureSchema(db);
}
const neo4jPeakMb = () => {
  if (!neo4jPid) return NaN;
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${neo4jPid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};

console.log(`articles            ${total} (${corpus.length} distinct corpus articles${total > corpus.length ? ', the rest variants' : ''}), batch ${batchSize}, passes ${[...passes].join(',')}`);

// 1. Extraction only: the same worker pool as ingest, nothing written.
let extractRate = NaN;
if (passes.has('extract')) {
  const extractOnly = await ingest(null, items(), { dryRun: true, batchSize });
  extractRate = extractOnly.read / extractOnly.seconds;
  console.log(`extraction only     ${extractRate.toFixed(0)} articles/s`);
}

// 2. Write only: documents extracted beforehand on the ingest worker pool (at most 10,000 held in memory), then written in batches.
let writeRate = NaN;
if (passes.has('write')) {
  const writeCount = Math.min(total, 10_000);
  const workers = Math.max(1, os.availableParallelism());
  const pool = new Piscina({ filename: new URL('../src/ingest/worker-boot.mjs', import.meta.url).href, minThreads: workers, maxThreads: workers });
  const prepared = await Promise.all(
    Array.from({ length: writeCount }, (_, k) => pool.run({ item: nth(k), maxBytes: 5 * 1024 * 1024 }) as Promise<ArticleDocument | Rejection>),
  );
  await pool.destroy();
  const docs = prepared.filter((d): d is ArticleDocument => 'article' in d);
  prepared.length = 0;
  await wipe();
  const w0 = performance.now();
  for (let i = 0; i < docs.length; i += batchSize) await writeArticles(db, docs.slice(i, i + batchSize));
  const writeSeconds = (performance.now() - w0) / 1000;
  writeRate = docs.length / writeSeconds;
  console.log(`write only          ${writeRate.toFixed(0)} articles/s (${docs.length} pre-extracted)`);
  docs.length = 0;
}

// 3. End to end on an empty graph, with the rate of each tenth.
if (passes.has('e2e')) {
  await wipe();
  const marks: Array<{ written: number; seconds: number }> = [];
  const e2e = await ingest(db, items(), { batchSize, onProgress: (p) => marks.push({ written: p.written, seconds: p.seconds }) });
  const rateBetween = (from: number, to: number) => {
    const a = marks.find((m) => m.written >= from) ?? marks[0];
    const b = marks.find((m) => m.written >= to) ?? marks[marks.length - 1];
    return (b.written - a.written) / Math.max(1e-9, b.seconds - a.seconds);
  };
  const n = e2e.created + e2e.updated + e2e.unchanged;
  const first10 = rateBetween(0, n * 0.1);
  const last10 = rateBetween(n * 0.9, n);
  const e2eRate = e2e.read / e2e.seconds;
  console.log(`end to end          ${e2eRate.toFixed(0)} articles/s (${e2e.created} created, ${e2e.rejected.length} rejected, ${e2e.nodesCreated} nodes, ${e2e.relationshipsCreated} relationships, ${e2e.seconds.toFixed(0)} s)`);
  const ratio = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a (that pass did not run)');
  console.log(`ratios              end-to-end / extraction ${ratio(e2eRate / extractRate)}, end-to-end / write ${ratio(e2eRate / writeRate)}`);
  console.log(`flatness            first 10% ${first10.toFixed(0)} articles/s, last 10% ${last10.toFixed(0)} articles/s (${(last10 / first10).toFixed(2)}x)`);
}
console.log(`peak RSS            service ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (main thread and workers), Neo4j ${neo4jPeakMb().toFixed(0)} MB`);
await db.driver.close();
await stopNeo4j();
