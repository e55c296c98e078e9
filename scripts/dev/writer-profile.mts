/**
 * node --import tsx scripts/dev/writer-profile.mts [--articles N] [--batch N] [--port P] [--docs FILE]
 *                                                   [--profile EVERY] [--dump FILE]
 * Where the writer's time goes: the bench's write pass (writeArticles on pre-extracted documents,
 * batches of 100 into an empty graph) with each statement timed by its /* name *\/ and counted per
 * batch. --profile EVERY runs every EVERY-th batch under PROFILE and sums the db hits of each
 * statement's operators (a batch under PROFILE is slower: its time is left out of the rate).
 * The documents are extracted once (the ingest worker pool, the bench's articles) and kept in
 * --docs (default .neo4j/writer-docs-N.json), so two checkouts write the very same input.
 * --dump FILE writes the graph's fingerprint afterwards (scripts/dev/graph-fingerprint.mts).
 * Its own embedded Neo4j on --port (default 7924), data in .neo4j/writer-profile-PORT (wiped).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver, ManagedTransaction, ProfiledPlan } from 'neo4j-driver';
import { Piscina } from 'piscina';
import { loadConfig, repoRoot } from '../../src/config.js';
import { createDriver, type Db } from '../../src/graph/driver.js';
import { ensureLocalNeo4j } from '../../src/graph/local-neo4j.js';
import { ensureSchema } from '../../src/graph/schema.js';
import { writeArticles, type ArticleDocument } from '../../src/graph/writer.js';
import type { Rejection } from '../../src/ingest/prepare.js';
import { fingerprint } from './graph-fingerprint.mts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const total = Number(arg('--articles', '2000'));
const batchSize = Number(arg('--batch', '100'));
const port = Number(arg('--port', '7924'));
const profileEvery = Number(arg('--profile', '0'));
const dumpTo = arg('--dump', '');
const docsFile = path.resolve(arg('--docs', path.join(repoRoot, '.neo4j', `writer-docs-${total}.json`)));

async function extractDocs(): Promise<ArticleDocument[]> {
  const { corpusVariant, readTarArticles, requireCorpus } = await import('../corpus.js');
  const corpus = await readTarArticles(requireCorpus(), Math.min(total, 20_000));
  const nth = (k: number) => corpusVariant(corpus, k);
  const workers = Math.max(1, os.availableParallelism());
  const pool = new Piscina({ filename: new URL('../../src/ingest/worker-boot.mjs', import.meta.url).href, minThreads: workers, maxThreads: workers });
  const prepared = await Promise.all(
    Array.from({ length: total }, (_, k) => pool.run({ item: nth(k), maxBytes: 5 * 1024 * 1024 }) as Promise<ArticleDocument | Rejection>),
  );
  await pool.destroy();
  return prepared.filter((d): d is ArticleDocument => 'article' in d);
}

let docs: ArticleDocument[];
if (existsSync(docsFile)) docs = JSON.parse(readFileSync(docsFile, 'utf8'));
else {
  docs = await extractDocs();
  mkdirSync(path.dirname(docsFile), { recursive: true });
  writeFileSync(docsFile, JSON.stringify(docs));
}

const dataDir = path.join(repoRoot, '.neo4j', `writer-profile-${port}`);
rmSync(dataDir, { recursive: true, force: true });
const handle = await ensureLocalNeo4j({ repoRoot, port, dataDir, log: (m: string) => process.stderr.write(`[neo4j] ${m}\n`) });
if (!handle.startedByUs) {
  process.stderr.write(`something already answers on port ${port}: not wiping it; pick another --port\n`);
  process.exit(2);
}
const config = loadConfig();
const real: Db = { driver: createDriver(handle.uri, config.neo4j), database: config.neo4j.database };
await ensureSchema(real);

interface Stat {
  calls: number;
  ms: number;
  profiled: number;
  dbHits: number;
  rows: number;
}
const stats = new Map<string, Stat>();
let profiling = false;
let statementsThisBatch = 0;
const statOf = (name: string) => {
  let s = stats.get(name);
  if (!s) stats.set(name, (s = { calls: 0, ms: 0, profiled: 0, dbHits: 0, rows: 0 }));
  return s;
};
const hits = (p: ProfiledPlan): number => p.dbHits + p.children.reduce((n, c) => n + hits(c), 0);

/** The real transaction, except each statement is timed by name (and profiled when asked). */
function watched(tx: ManagedTransaction): ManagedTransaction {
  return {
    run: async (cypher: string, params?: Record<string, unknown>) => {
      const name = /\/\*\s*(\w+)/.exec(cypher)?.[1] ?? '?';
      statementsThisBatch++;
      const t0 = performance.now();
      const res = await tx.run(profiling ? `PROFILE ${cypher}` : cypher, params);
      const s = statOf(name);
      if (profiling) {
        s.profiled++;
        s.dbHits += res.summary.profile ? hits(res.summary.profile) : 0;
        s.rows += res.summary.profile ? res.summary.profile.rows : 0;
      } else {
        s.calls++;
        s.ms += performance.now() - t0;
      }
      return res;
    },
  } as unknown as ManagedTransaction;
}
const driver = {
  session: (cfg: Parameters<Driver['session']>[0]) => {
    const session = real.driver.session(cfg);
    return {
      executeWrite: <T,>(work: (tx: ManagedTransaction) => Promise<T>, txConfig?: object) => session.executeWrite((tx) => work(watched(tx)), txConfig),
      close: () => session.close(),
      lastBookmarks: () => session.lastBookmarks(),
    };
  },
};
const db: Db = { driver: driver as unknown as Driver, database: real.database };

const perBatch: number[] = [];
let writeMs = 0;
let written = 0;
let batch = 0;
for (let i = 0; i < docs.length; i += batchSize, batch++) {
  profiling = profileEvery > 0 && batch % profileEvery === profileEvery - 1;
  statementsThisBatch = 0;
  const t0 = performance.now();
  await writeArticles(db, docs.slice(i, i + batchSize));
  if (!profiling) {
    writeMs += performance.now() - t0;
    written += Math.min(batchSize, docs.length - i);
  }
  perBatch.push(statementsThisBatch);
}
profiling = false;

const rate = written / (writeMs / 1000);
console.log(`write only ${rate.toFixed(0)} articles/s (${written} articles timed of ${docs.length}, ${(writeMs / 1000).toFixed(1)} s); statements per batch ${Math.min(...perBatch)}..${Math.max(...perBatch)}`);
console.log(`${'statement'.padEnd(28)} ${'calls'.padStart(6)} ${'ms'.padStart(8)} ${'ms/call'.padStart(8)} ${'share'.padStart(6)}   ${'db hits/call (profiled)'.padStart(24)}`);
for (const [name, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms)) {
  const per = s.profiled ? (s.dbHits / s.profiled).toFixed(0) : '';
  console.log(
    `${name.padEnd(28)} ${String(s.calls).padStart(6)} ${s.ms.toFixed(0).padStart(8)} ${(s.ms / Math.max(1, s.calls)).toFixed(1).padStart(8)} ${((100 * s.ms) / writeMs).toFixed(1).padStart(5)}%   ${per.padStart(24)}`,
  );
}
if (dumpTo) {
  const lines = await fingerprint(real);
  writeFileSync(dumpTo, lines.join('\n') + '\n');
  console.log(`fingerprint: ${lines.length} lines in ${dumpTo}`);
}
await real.driver.close();
await handle.stop();
