/** The benchmark's command line (see ../bench-api.ts for what each flag does); a bad value exits 2 before anything starts. */
import os from 'node:os';

export function flag(name: string): boolean {
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

/** The usage lines of ../bench-api.ts's header. */
const USAGE = `npm run bench:api [-- --articles N] [--fresh] [--duration S] [--direct-duration S] [--connections C]
                     [--warmup S (each side, default 15)] [--rounds R (default 2)] [--only who,pairs,hood,search,bare]
                     [--paced] [--graph-only] [--no-cache]
Uses NEO4J_BENCH_URI, or its own embedded Neo4j on port 7692 (data in .neo4j/bench-api); HTTP_WORKERS sets the server's workers.`;
if (flag('--help') || flag('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

export const ARTICLES = numberFlag('--articles', 10_000);
export const DURATION = numberFlag('--duration', 60);
export const DIRECT_DURATION = numberFlag('--direct-duration', 20);
export const CONNECTIONS = numberFlag('--connections', 50);
export const WARMUP = numberFlag('--warmup', 15);
/** Each side's time is split into this many turns, GraphQL and direct alternating (see the run loop). */
export const ROUNDS = numberFlag('--rounds', 2);
if (!Number.isInteger(ROUNDS)) {
  process.stderr.write(`--rounds needs a whole number of turns, 1 or more (got ${ROUNDS})\n`);
  process.exit(2);
}
/** Also runs the direct side paced at the GraphQL side's request rate, for its CPU per operation at that rate. */
export const PACED = flag('--paced');
export const ONLY = listFlag('--only');
export const NO_CACHE = flag('--no-cache');
/** The server's HTTP worker processes: HTTP_WORKERS when set, else one per core, as a dedicated deployment would. */
export const HTTP_WORKERS = Number(process.env.HTTP_WORKERS || os.availableParallelism());
const CORPUS_SIZE = 20_000;
if (ARTICLES > CORPUS_SIZE) {
  process.stderr.write(`--articles: the Reuters corpus holds ${CORPUS_SIZE} articles (got ${ARTICLES})\n`);
  process.exit(2);
}

export const say = (msg: string) => process.stderr.write(`[bench:api] ${msg}\n`);
