/**
 * npm run profile:queries [-- --full]
 * PROFILE of the read layer's hot statements on the benchmark graph (the one `npm run bench:api`
 * builds: NEO4J_BENCH_URI, or the embedded Neo4j on port 7692 with data in .neo4j/bench-api).
 * The statements are the read functions' own: each runs through a Db whose transactions prefix
 * PROFILE, so what is profiled is exactly what the API sends. Prints each plan's operators with rows
 * and db hits, and flags label and all-node scans. --full also prints each operator's details.
 */
import path from 'node:path';
import type { Driver, ProfiledPlan, ResultSummary } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { loadConfig, repoRoot } from '../src/config.js';
import { createDriver, type Db } from '../src/graph/driver.js';
import { ensureLocalNeo4j } from '../src/graph/local-neo4j.js';
import { listArticles } from '../src/read/articles.js';
import { countryCooccurrence } from '../src/read/countries.js';
import { findMeetings } from '../src/read/meetings.js';
import { search } from '../src/read/search.js';
import { neighbourhood } from '../src/read/traversal.js';

const full = process.argv.includes('--full');
const config = loadConfig();
let uri = process.env.NEO4J_BENCH_URI;
let stopNeo4j = async () => {};
if (!uri) {
  const handle = await ensureLocalNeo4j({
    repoRoot,
    port: 7692,
    dataDir: path.join(repoRoot, '.neo4j', 'bench-api'),
    log: (m) => process.stderr.write(`[neo4j] ${m}\n`),
  });
  uri = handle.uri;
  stopNeo4j = handle.stop;
}
const db: Db = { driver: createDriver(uri, config.neo4j), database: config.neo4j.database };

interface Captured {
  name: string;
  summary: ResultSummary;
}

/** The same driver, except every read statement runs under PROFILE and its summary is kept. */
function profiling(real: Db, sink: Captured[]): Db {
  const driver = {
    session: (cfg: Parameters<Driver['session']>[0]) => {
      const session = real.driver.session(cfg);
      return {
        run: (cypher: string, params: Record<string, unknown>, txConfig?: { metadata?: { query?: string } }) => {
          const result = session.run(`PROFILE ${cypher}`, params, txConfig);
          void result.then((res) => sink.push({ name: txConfig?.metadata?.query ?? '?', summary: res.summary }), () => {});
          return result;
        },
        lastBookmarks: () => session.lastBookmarks(),
        close: () => session.close(),
      };
    },
  };
  return { driver: driver as unknown as Driver, database: real.database };
}

async function one<T>(statement: string, params: Record<string, unknown> = {}): Promise<T | undefined> {
  const s = db.driver.session({ database: db.database });
  try {
    return (await s.run(statement, params)).records[0]?.toObject() as T | undefined;
  } finally {
    await s.close();
  }
}

const articles = (await one<{ n: number }>('/* profileCountArticles */ MATCH (a:Article) RETURN count(a) AS n'))?.n ?? 0;
if (articles === 0) {
  process.stderr.write(`the graph at ${uri} is empty: run npm run bench:api (or its --graph-only) first\n`);
  process.exit(2);
}
const person = await one<{ id: string; name: string }>(
  `/* profileBusiestPerson */
   MATCH (p:Person)<-[:WITH]-(m:Meeting) WITH p, count(m) AS n ORDER BY n DESC, p.id LIMIT $limit RETURN p.id AS id, p.name AS name`,
  { limit: neo4j.int(1) },
);
const country = await one<{ code: string }>(
  `/* profileBusiestCountry */
   MATCH (c:Country) WITH c, COUNT { (:Article)-[:MENTIONS]->(c) } AS n ORDER BY n DESC LIMIT $limit RETURN c.code AS code`,
  { limit: neo4j.int(1) },
);
if (!person || !country) throw new Error('the graph holds no meetings or no countries');

const cases: Array<{ title: string; run: (d: Db) => Promise<unknown> }> = [
  {
    title: `meetings of a person (findMeetings, ${person.id}, first 20)`,
    run: (d) => findMeetings(d, { personId: person.id, first: 20 }),
  },
  { title: 'country pairs (countryCooccurrence, no filter)', run: (d) => countryCooccurrence(d, {}) },
  {
    title: `neighbourhood (neighbours, ${person.id}, depth 2, perNode 8: one statement per hop)`,
    run: (d) =>
      neighbourhood(d, { kind: 'Person', id: person.id }, { depth: 2, kinds: ['Person', 'Country', 'Organization'], perNode: 8, maxNodes: 50, filter: {} }),
  },
  { title: 'search ("merkel", first 10)', run: (d) => search(d, 'merkel', 10) },
  {
    title: `articles mentioning ${person.id} and ${country.code} (listArticles, first 20)`,
    run: (d) =>
      listArticles(d, {
        mentions: [
          { kind: 'Person', id: person.id },
          { kind: 'Country', id: country.code },
        ],
        first: 20,
      }),
  },
  {
    title: `articles mentioning ${country.code} (listArticles, first 20)`,
    run: (d) => listArticles(d, { mentions: [{ kind: 'Country', id: country.code }], first: 20 }),
  },
];

const SCANS = new Set(['NodeByLabelScan', 'AllNodesScan']);
const opName = (p: ProfiledPlan) => p.operatorType.replace(/@.*$/, '');

function totals(p: ProfiledPlan): { dbHits: number; scans: string[] } {
  const below = p.children.map(totals);
  const scans = SCANS.has(opName(p)) ? [`${opName(p)} ${String(p.arguments.Details ?? '')} (${p.rows} rows)`] : [];
  return { dbHits: p.dbHits + below.reduce((n, b) => n + b.dbHits, 0), scans: [...scans, ...below.flatMap((b) => b.scans)] };
}

function printPlan(p: ProfiledPlan, depth = 0) {
  const details = String(p.arguments.Details ?? '').replace(/\s+/g, ' ');
  const shown = full ? details : details.length > 90 ? `${details.slice(0, 87)}...` : details;
  const flag = SCANS.has(opName(p)) ? '  <-- scan' : '';
  console.log(`  ${'  '.repeat(depth)}${opName(p).padEnd(Math.max(1, 34 - 2 * depth))} rows ${String(p.rows).padStart(7)}  db hits ${String(p.dbHits).padStart(8)}  ${shown}${flag}`);
  for (const c of p.children) printPlan(c, depth + 1);
}

console.log(`PROFILE on ${uri}: ${articles} articles`);
const flagged: string[] = [];
for (const c of cases) {
  await c.run(db); // warm: plan cache and page cache, as under load
  const sink: Captured[] = [];
  const t0 = performance.now();
  await c.run(profiling(db, sink));
  const ms = performance.now() - t0;
  console.log(`\n== ${c.title}: ${ms.toFixed(0)} ms wall (profiled)`);
  for (const { name, summary } of sink) {
    const plan = summary.profile;
    if (!plan) continue;
    const t = totals(plan);
    const after = Number(summary.resultAvailableAfter) + Number(summary.resultConsumedAfter);
    console.log(`-- ${name}: ${t.dbHits} db hits in all, ${plan.rows} rows out, ${after} ms in Neo4j`);
    printPlan(plan);
    for (const s of t.scans) flagged.push(`${name}: ${s}`);
  }
}
console.log(`\n${flagged.length ? `label/all-node scans on hot statements:\n  ${flagged.join('\n  ')}` : 'no label or all-node scans'}`);
await db.driver.close();
await stopNeo4j();
