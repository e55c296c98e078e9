/**
 * npm run quality:entities [-- --articles N] [--report-only] [--top-people N] [--top-orgs N] [--port N]
 *
 * The entity quality gate of issue 15: builds a graph from a fixed, seeded sample of the Reuters
 * corpus (5,000 articles by default), then lists the most-mentioned Person (150) and Organization
 * (100) nodes and judges each against data/quality/entities.json: labelled not a person / not an
 * organization, a duplicate of another node the graph holds, fine, or "unlabelled" (printed by
 * name, so a change of the list is seen and labelled). Prints the two shares per kind.
 *
 * Uses NEO4J_QUALITY_URI, or its own embedded Neo4j on port 7690 or --port (data .neo4j/quality, wiped).
 * --report-only re-reads the graph already built there (labels edited, nothing re-ingested).
 * --reresolve then runs `newsgraph reresolve` over it and reports again (what arrival order left apart).
 * Exit code 1 when a share is over the issue's bar (at most 3 not-people/orgs, at most 1 duplicate).
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, repoRoot } from '../src/config.js';
import { createDriver, int, type Db } from '../src/graph/driver.js';
import { ensureLocalNeo4j } from '../src/graph/local-neo4j.js';
import { reresolve } from '../src/graph/resolution.js';
import { ensureSchema } from '../src/graph/schema.js';
import { ingest } from '../src/ingest/pipeline.js';
import type { SourceItem } from '../src/ingest/sources.js';
import { rng } from '../src/train/reuters-stats.js';
import { readTarArticles, requireCorpus } from './corpus.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const total = arg('--articles', 5_000);
const topPeople = arg('--top-people', 150);
const topOrgs = arg('--top-orgs', 100);
const port = arg('--port', 7690);
const reportOnly = process.argv.includes('--report-only');
const SEED = 15;

interface KindLabels {
  /** Names judged not of the kind (a company among people, "Inc." among organizations). */
  notKind: string[];
  /** Names judged a second node of someone (something) the graph already holds: name -> the other node's name. */
  duplicateOf: Record<string, string>;
  /** Names looked at and judged fine. */
  ok: string[];
}
interface Labels {
  people: KindLabels;
  organizations: KindLabels;
}
const labelsFile = path.join(repoRoot, 'data', 'quality', 'entities.json');
const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Labels;

const config = loadConfig();
let uri = process.env.NEO4J_QUALITY_URI;
let stopNeo4j = async () => {};
if (!uri) {
  const dataDir = path.join(repoRoot, '.neo4j', 'quality');
  if (!reportOnly) rmSync(dataDir, { recursive: true, force: true });
  const handle = await ensureLocalNeo4j({ repoRoot, port, dataDir, log: (m: string) => process.stderr.write(`[neo4j] ${m}\n`) });
  uri = handle.uri;
  stopNeo4j = handle.stop;
}
const db: Db = { driver: createDriver(uri, config.neo4j), database: config.neo4j.database };

async function query<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const s = db.driver.session({ database: db.database });
  try {
    const res = await s.run(cypher, params);
    return res.records.map((r) => r.toObject() as T);
  } finally {
    await s.close();
  }
}

if (!reportOnly) {
  // The sample: a seeded shuffle of the whole corpus' names, the first N, read in name order.
  const corpus = await readTarArticles(requireCorpus(), Infinity);
  const random = rng(SEED);
  const order = corpus.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const sample = order.slice(0, total).map((i) => corpus[i]).sort((a, b) => a.name.localeCompare(b.name));
  corpus.length = 0;
  const s = db.driver.session({ database: db.database });
  await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  await s.close();
  await ensureSchema(db);
  async function* items(): AsyncGenerator<SourceItem> {
    for (const a of sample) yield { source: a.name, bytes: Buffer.from(a.text) };
  }
  const summary = await ingest(db, items(), {});
  console.log(`ingested ${summary.created} of ${sample.length} sampled articles (seed ${SEED}) in ${summary.seconds.toFixed(0)} s`);
}

async function report(stage: string): Promise<boolean> {
  const allNames = {
    people: new Set((await query<{ n: string }>('MATCH (p:Person) RETURN p.name AS n')).map((r) => r.n)),
    organizations: new Set((await query<{ n: string }>('MATCH (o:Organization) RETURN o.name AS n')).map((r) => r.n)),
  };

  let failed = false;
  console.log(`\n=== ${stage}`);
  for (const [kind, label, first] of [
    ['people', 'Person', topPeople],
    ['organizations', 'Organization', topOrgs],
  ] as const) {
    const rows = await query<{ name: string; articles: number }>(
      `MATCH (e:${label}) RETURN e.name AS name, COUNT { (e)<-[:MENTIONS]-(:Article) } AS articles ORDER BY articles DESC, name LIMIT $first`,
      { first: int(first) },
    );
    const l = labels[kind];
    const notKind = rows.filter((r) => l.notKind.includes(r.name));
    // A duplicate counts when the node it duplicates is in the graph too.
    const dup = rows.filter((r) => l.duplicateOf[r.name] !== undefined && allNames[kind].has(l.duplicateOf[r.name]));
    const unlabelled = rows.filter((r) => !l.notKind.includes(r.name) && l.duplicateOf[r.name] === undefined && !l.ok.includes(r.name));
    const pct = (n: number) => `${((100 * n) / Math.max(1, rows.length)).toFixed(1)}%`;
    console.log(`\n${label}: the ${rows.length} most mentioned`);
    console.log(`  not ${kind === 'people' ? 'a person' : 'an organization'}  ${notKind.length} (${pct(notKind.length)}): ${notKind.map((r) => `${r.name} [${r.articles}]`).join(', ')}`);
    console.log(`  duplicates      ${dup.length} (${pct(dup.length)}): ${dup.map((r) => `${r.name} [${r.articles}] = ${l.duplicateOf[r.name]}`).join(', ')}`);
    console.log(`  unlabelled      ${unlabelled.length}: ${unlabelled.map((r) => `${r.name} [${r.articles}]`).join(' | ')}`);
    if (notKind.length > 3 || dup.length > 1) failed = true;
  }
  return failed;
}

let failed = await report('after ingest');
if (process.argv.includes('--reresolve')) {
  const t0 = performance.now();
  const r = await reresolve(db);
  console.log(`\nreresolve: ${r.restored} merges undone, ${r.merged.length} made, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  failed = (await report('after reresolve')) || failed;
}
await db.driver.close();
await stopNeo4j();
process.exitCode = failed ? 1 : 0;
