/** The benchmark's report: the latency table, CPU per request, what the direct side includes, the targets. */
import type { Scenario } from './scenarios.js';
import type { Measured } from './measure.js';
import { CONNECTIONS, DIRECT_DURATION, DURATION, HTTP_WORKERS, NO_CACHE, ROUNDS } from './flags.js';

export interface Row {
  s: Scenario;
  api: Measured;
  direct?: Measured;
  paced?: Measured;
}

/** Prints the report; the exit code: 0 when every request succeeded and every scenario completed some. */
export function report(
  rows: Row[],
  graph: { articles: number; people: number; meetings: number },
  server: { errorLines(): number; logTail: string[] },
): number {
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
  return totalErrors === 0 && empty.length === 0 ? 0 : 1;
}
