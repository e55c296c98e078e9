/**
 * The load driver and its measurements: autocannon for the GraphQL side, concurrent loops (or a fixed rate) for the
 * direct side, both recording latencies into the same HDR histogram, and the CPU each process spent meanwhile.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { CONNECTIONS } from './flags.js';

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

export interface Measured {
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
export function cpuMs(pid: number | undefined): number {
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
export function treeCpuMs(pid: number | undefined): number {
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
export class Tally {
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

/** Neo4j's pid, whose CPU each measurement accounts for (unknown for a remote NEO4J_BENCH_URI). */
let neo4jPid: number | undefined;
export function meterNeo4j(pid: number | undefined) {
  neo4jPid = pid;
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
export const goodBody = (body: string) => body.startsWith('{"data":{') && !body.includes('"errors":[');

export async function runGraphQL(url: string, bodies: string[], seconds: number, serverPid: number | undefined, tally = new Tally()): Promise<Tally> {
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
export async function runDirect(op: (i: number) => Promise<unknown>, seconds: number, tally = new Tally(), rate?: number): Promise<Tally> {
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
