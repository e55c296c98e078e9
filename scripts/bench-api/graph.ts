/** The graph the benchmark reads: NEO4J_BENCH_URI, or its own embedded Neo4j, holding at least --articles Reuters articles. */
import path from 'node:path';
import { loadConfig, repoRoot } from '../../src/config.js';
import { createDriver, type Db } from '../../src/graph/driver.js';
import { ensureLocalNeo4j, runningPid } from '../../src/graph/local-neo4j.js';
import { ensureSchema } from '../../src/graph/schema.js';
import { ingest } from '../../src/ingest/pipeline.js';
import * as q from '../../src/read/search.js';
import { readTarArticles, requireCorpus } from '../corpus.js';
import { ARTICLES, flag, say } from './flags.js';

export interface BenchGraph {
  db: Db;
  uri: string;
  /** The local Neo4j's pid when there is one (its CPU is measured). */
  neo4jPid?: number;
  stopNeo4j: () => Promise<void>;
  cypher: <T = Record<string, unknown>>(statement: string, params?: Record<string, unknown>) => Promise<T[]>;
  stats: Awaited<ReturnType<typeof q.stats>>;
}

/** Connects (starting the local Neo4j if needed), ingests what is missing (--fresh: everything), and counts the graph. */
export async function openBenchGraph(): Promise<BenchGraph> {
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
  const stats = await q.stats(db);
  say(
    `graph: ${stats.articles} articles, ${stats.people} people, ${stats.countries} countries, ${stats.organizations} organizations, ${stats.meetings} meetings`,
  );
  return { db, uri, neo4jPid, stopNeo4j, cypher, stats };
}
