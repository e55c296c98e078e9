/**
 * npm run bench:api [-- --articles N] [--fresh] [--duration S] [--direct-duration S] [--connections C]
 *                      [--warmup S (each side, default 15)] [--rounds R (default 2)] [--only who,pairs,hood,search,bare]
 *                      [--paced] [--graph-only] [--no-cache] [--help]
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
import { CONNECTIONS, DIRECT_DURATION, DURATION, PACED, ROUNDS, WARMUP, flag, say } from './bench-api/flags.js';
import { openBenchGraph } from './bench-api/graph.js';
import { meterNeo4j, runDirect, runGraphQL, Tally, type Measured } from './bench-api/measure.js';
import { report, type Row } from './bench-api/report.js';
import { benchParameters, benchScenarios } from './bench-api/scenarios.js';
import { quiesce, startServerProcess, verify } from './bench-api/server.js';

// The pieces: flags.ts (the command line), graph.ts (the graph and its Neo4j), scenarios.ts (what is measured),
// measure.ts (the load driver and its measurements), server.ts (the API server process), report.ts (the report).

const { db, uri, neo4jPid, stopNeo4j, cypher, stats: graph } = await openBenchGraph();
if (flag('--graph-only')) {
  await db.driver.close();
  await stopNeo4j();
  process.exit(0);
}
meterNeo4j(neo4jPid);

const { busiest, terms } = await benchParameters(cypher);
const scenarios = benchScenarios(db, { busiest, terms });

// ---------------------------------------------------------------- run

say(`parameters: person ${busiest.id} (${busiest.name}, ${busiest.meetings} meetings); search terms ${terms.join(', ')}`);
say(
  `plan: ${scenarios.length} scenarios × (${WARMUP} s warm-up of each side, ${DURATION} s GraphQL` +
    `${scenarios.some((s) => s.direct) ? `, ${DIRECT_DURATION} s direct` : ''}, in ${ROUNDS} alternating turns) at ${CONNECTIONS} connections`,
);
const server = await startServerProcess(uri);
say(`server pid ${server.pid} at ${server.url} (log ${server.logFile})`);
const rows: Row[] = [];
const turnSeconds = (total: number) => Math.max(1, Math.round(total / ROUNDS));
try {
  for (const s of scenarios) {
    await verify(server.url, s);
    // Warm-up, both sides, before either is measured: the server's JIT, Neo4j's plan cache, page
    // cache and JIT (a freshly started Neo4j runs the first minute's statements markedly slower)
    // see the same statements first, so neither side is measured colder than the other.
    await runGraphQL(server.url, s.bodies, WARMUP, server.pid);
    await quiesce(cypher, server.pid);
    if (s.direct) {
      await runDirect(s.direct, WARMUP);
      await quiesce(cypher, server.pid);
    }
    // The turns: G D, then D G, then G D…, so neither side always runs first after the other's tail.
    const apiTally = new Tally();
    const directTally = s.direct ? new Tally() : undefined;
    const graphqlTurn = async (r: number) => {
      say(`${s.name}: GraphQL ${turnSeconds(DURATION)} s (turn ${r + 1} of ${ROUNDS})…`);
      await runGraphQL(server.url, s.bodies, turnSeconds(DURATION), server.pid, apiTally);
      await quiesce(cypher, server.pid);
      if (server.gone()) throw new Error(`the server died during ${s.name} (${server.gone()}); its log: ${server.logFile}`);
    };
    const directTurn = async (r: number) => {
      if (!s.direct || !directTally) return;
      say(`${s.name}: direct ${turnSeconds(DIRECT_DURATION)} s (turn ${r + 1} of ${ROUNDS})…`);
      await runDirect(s.direct, turnSeconds(DIRECT_DURATION), directTally);
      await quiesce(cypher, server.pid);
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
      await quiesce(cypher, server.pid);
    }
    rows.push({ s, api, direct, paced });
  }
} finally {
  await server.stop();
  await db.driver.close();
  await stopNeo4j();
}

process.exitCode = report(rows, graph, server);
