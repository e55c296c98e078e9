import cluster, { type Worker } from 'node:cluster';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { ArticleError, decodeArticleBytes, parseArticle, parseBodyOnly } from './article/parse.js';
import { ConfigError, loadConfig, repoRoot, type Config } from './config.js';
import { openDatabase } from './database.js';
import { extractArticle } from './pipeline/extract.js';
import { settleTaggedSpans } from './resolve/settle-spans.js';
import { loadNerModel } from './extract/ner/index.js';
import { loadLexicon, spanTypesOf } from './pipeline/models.js';
import { formatGoldScores, scoreGoldFolder } from './eval/gold.js';
import { formatConllScores, scoreConll } from './eval/conll.js';
import { formatAnnotatedScores, scoreAnnotations } from './eval/score-annotations.js';
import { SPLITS, type Split } from './eval/split.js';
import { formatTopicEval, scoreTopicLabels } from './eval/topics.js';
import { createDriver } from './graph/driver.js';
import { localNeo4jStatus, stopLocalNeo4j, ensureLocalNeo4j } from './graph/local-neo4j.js';
import { startServer } from './graphql/server.js';
import { ingest, type IngestProgress, type IngestSummary } from './ingest/pipeline.js';
import { removeArticles } from './ingest/remove.js';
import { ENTITY_KINDS, listDuplicates, mergeEntities, reresolve, splitEntities, type EntityKind } from './ingest/entities.js';
import { etaSeconds, formatDuration, formatProgress, RateWindow } from './ingest/progress.js';
import { countInputs, readSources, readStdin } from './ingest/sources.js';
import { createLogger, type Logger } from './log.js';
import { countAllArticles } from './read/search.js';

const positiveInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer`);
  return n;
};

const nonNegativeInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number`);
  return n;
};

function formatSummary(s: IngestSummary, dryRun = false): string {
  const rate = s.seconds > 0 ? (s.read / s.seconds).toFixed(0) : '-';
  const lines = dryRun
    ? [`dry run: read ${s.read}, would ingest ${s.created}, rejected ${s.rejected.length}, ${s.seconds.toFixed(1)} s`]
    : [
        `read ${s.read}, ingested ${s.created + s.updated} (new ${s.created}, updated ${s.updated}), unchanged ${s.unchanged}, rejected ${s.rejected.length}`,
        `created ${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships in ${s.seconds.toFixed(1)} s (${rate} articles/s)`,
      ];
  lines.push(...s.rejected.map((r) => `  rejected ${r.message}`));
  lines.push(...s.notes.map((n) => `  note ${n.message}`));
  if (s.aborted) lines.push(`stopped early: ${s.aborted}`);
  return lines.join('\n');
}

/**
 * A live progress bar on a terminal; a log line every 10 s otherwise. The ETA needs the
 * number of inputs (`total`), known for files, folders and globs, not for archives, feeds or stdin.
 */
function progressReporter(log: Logger, total: number | undefined) {
  const tty = process.stderr.isTTY;
  const window = new RateWindow();
  let lastLog = 0;
  let shown = false;
  return {
    update: (p: IngestProgress) => {
      const done = p.written + p.rejected;
      const rate = window.add(p.seconds, done);
      if (tty) {
        process.stderr.write(`\r${formatProgress(p, rate, total)}\x1b[K`);
        shown = true;
      } else if (p.seconds - lastLog >= 10) {
        lastLog = p.seconds;
        const eta = etaSeconds(done, total, rate);
        log.info(
          { ...p, total, articlesPerSecond: Math.round(rate), ...(eta === undefined ? {} : { etaSeconds: Math.round(eta), eta: formatDuration(eta) }) },
          'ingest progress',
        );
      }
    },
    done: () => {
      if (shown) process.stderr.write('\n');
    },
  };
}

async function serve(config: Config, log: Logger, opts: { seed: boolean }): Promise<number> {
  // Signals are caught from the start: a SIGTERM while the local Neo4j starts or the seeds load
  // still ends with the driver closed and that Neo4j stopped, not with an orphaned JVM.
  const stopping = new AbortController();
  const stopped = new Promise<void>((resolve) => stopping.signal.addEventListener('abort', () => resolve(), { once: true }));
  const onSignal = (signal: NodeJS.Signals) => {
    log.info({ signal }, 'shutting down');
    stopping.abort();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    if (cluster.isWorker) return await serveAsWorker(config, log, stopped);
    const database = await openDatabase(config, log);
    const { db } = database;
    try {
      if (opts.seed && !stopping.signal.aborted) {
        if ((await countAllArticles(db)) === 0) {
          const seeds = path.join(repoRoot, 'seeds');
          log.info({ seeds }, 'empty database: ingesting the seed articles');
          const summary = await ingest(db, readSources([seeds]), { log, workers: 0, signal: stopping.signal });
          log.info({ ...summary, rejected: summary.rejected.length }, 'seeds ingested');
        }
      }
      if (stopping.signal.aborted) return 0;
      if (config.http.workers > 1) return await runWorkers(config.http.workers, database.uri, log, stopped);
      const server = await startServer({ config, db, log });
      process.stdout.write(`newsgraph GraphQL API at ${server.url}\n`);
      await stopped;
      await server.close();
      return 0;
    } finally {
      // Also when seeding or listening fails: the driver and a Neo4j this process started go with it.
      await database.close();
    }
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}

/**
 * HTTP_WORKERS > 1: this process keeps the database (a local Neo4j it started, the seeding)
 * and forks the workers, which answer on the one port (node:cluster shares it). A worker that
 * dies once all are up is replaced; on SIGTERM each drains its requests and exits first.
 */
async function runWorkers(count: number, uri: string, log: Logger, stopped: Promise<void>): Promise<number> {
  const workers = new Set<Worker>();
  let replacing = false;
  const fork = () => {
    const worker = cluster.fork({ NEO4J_URI: uri });
    workers.add(worker);
    worker.once('exit', (code, signal) => {
      workers.delete(worker);
      if (replacing) {
        log.error({ pid: worker.process.pid, code, signal }, 'an HTTP worker died: starting another');
        fork();
      }
    });
    return worker;
  };
  const listening = Array.from({ length: count }, () => {
    const worker = fork();
    return new Promise<string>((resolve, reject) => {
      worker.on('message', (m: { url?: string }) => m?.url && resolve(m.url));
      worker.once('exit', (code) => reject(new Error(`an HTTP worker exited (code ${code}) before it was listening`)));
    });
  });
  try {
    const urls = await Promise.race([Promise.all(listening), stopped.then(() => null)]);
    if (urls) {
      replacing = true;
      process.stdout.write(`newsgraph GraphQL API at ${urls[0]} (${count} worker processes)\n`);
      await stopped;
    }
    return 0;
  } finally {
    replacing = false;
    await Promise.all(
      [...workers].map((w) => new Promise<void>((resolve) => {
        w.once('exit', () => resolve());
        w.process.kill('SIGTERM');
      })),
    );
  }
}

/** One HTTP worker of runWorkers: the API on the shared port, over the database the primary opened. */
async function serveAsWorker(config: Config, log: Logger, stopped: Promise<void>): Promise<number> {
  const db = { driver: createDriver(config.neo4j.uri!, config.neo4j), database: config.neo4j.database };
  try {
    const server = await startServer({ config, db, log });
    process.send?.({ url: server.url });
    await stopped;
    await server.close();
    return 0;
  } finally {
    await db.driver.close();
    // The channel to the primary would keep this process alive.
    process.disconnect?.();
  }
}

export async function main(argv: string[]): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`newsgraph: ${err.message}\n`);
      return 78; // EX_CONFIG
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  let exitCode = 0;

  const program = new Command('newsgraph')
    .description('News articles into a Neo4j knowledge graph, answered through GraphQL')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('serve')
    .description('start the GraphQL API (ingests seeds/ first when the database is empty)')
    .option('--no-seed', 'do not ingest seeds/ into an empty database')
    .action(async (opts: { seed: boolean }) => {
      exitCode = await serve(config, log, opts);
    });

  program
    .command('ingest')
    .description('extract and write articles into the graph: files, folders, globs, .tar.gz/.zip, .jsonl feeds, - for stdin')
    .argument('<paths...>')
    .option('--batch <n>', 'articles per write transaction', positiveInt('--batch'), 100)
    .option('--max-bytes <n>', 'refuse inputs larger than this', positiveInt('--max-bytes'), 5 * 1024 * 1024)
    .option('--workers <n>', 'extraction threads (0: extract on the main thread)', nonNegativeInt('--workers'))
    .option('--rejects <file>', 'write refused inputs as JSON Lines to this file')
    .option('--dry-run', 'read and extract, report what would be refused, write nothing')
    .action(async (paths: string[], opts: { batch: number; maxBytes: number; workers?: number; rejects?: string; dryRun?: boolean }) => {
      const database = opts.dryRun ? null : await openDatabase(config, log);
      const stop = new AbortController();
      const onSigint = () => {
        process.stderr.write('\nnewsgraph ingest: stopping after the batches in hand (Ctrl-C again to quit now)\n');
        stop.abort();
        process.once('SIGINT', () => process.exit(130));
      };
      process.once('SIGINT', onSigint);
      const reporter = progressReporter(log, await countInputs(paths));
      try {
        const summary = await ingest(database?.db ?? null, readSources(paths, { stdin: readStdin, maxBytes: opts.maxBytes }), {
          batchSize: opts.batch,
          maxBytes: opts.maxBytes,
          workers: opts.workers,
          dryRun: opts.dryRun,
          log,
          signal: stop.signal,
          onProgress: reporter.update,
        });
        reporter.done();
        process.stdout.write(`${formatSummary(summary, opts.dryRun)}\n`);
        if (opts.rejects) await writeFile(opts.rejects, summary.rejected.map((r) => JSON.stringify(r)).join('\n') + (summary.rejected.length ? '\n' : ''));
        exitCode = summary.aborted || stop.signal.aborted ? 3 : summary.rejected.length === 0 ? 0 : 1;
      } finally {
        process.off('SIGINT', onSigint);
        await database?.close();
      }
    });

  program
    .command('remove')
    .description('remove articles and every edge only they supported')
    .argument('<ids...>', 'article ids')
    .action(async (ids: string[]) => {
      const database = await openDatabase(config, log);
      try {
        const { removed, orphansDeleted, missing } = await removeArticles(database.db, ids);
        process.stdout.write(`removed ${removed.length} article(s), ${orphansDeleted} entit${orphansDeleted === 1 ? 'y' : 'ies'} left unsupported\n`);
        for (const id of missing) process.stderr.write(`newsgraph remove: ${id}: no such article\n`);
        exitCode = missing.length === 0 ? 0 : 1;
      } finally {
        await database.close();
      }
    });

  const kindOption = (value: string): EntityKind => {
    const kind = ENTITY_KINDS[value];
    if (!kind) throw new InvalidArgumentError(`--kind must be person or organization (got ${JSON.stringify(value)})`);
    return kind;
  };
  const entities = program.command('entities').description('review cross-article resolution: likely duplicates, analyst merges and splits');
  entities
    .command('duplicates')
    .description('likely duplicates among the most mentioned entities, with their evidence')
    .option('--kind <kind>', 'person or organization', kindOption, 'Person' as EntityKind)
    .option('--top <n>', 'look among this many most mentioned', positiveInt('--top'), 200)
    .action(async (opts: { kind: EntityKind; top: number }) => {
      const database = await openDatabase(config, log);
      try {
        for (const d of await listDuplicates(database.db, opts.kind, opts.top)) {
          process.stdout.write(
            `${d.a.id} (${d.a.name}, ${d.a.articles} articles)  ~  ${d.b.id} (${d.b.name}, ${d.b.articles} articles)  shared articles ${d.shared}: ${d.evidence}\n`,
          );
        }
      } finally {
        await database.close();
      }
    });
  entities
    .command('merge')
    .description('merge B into A, now and for every later article naming B (kept through re-ingest and reresolve)')
    .argument('<a>', 'id of the node kept')
    .argument('<b>', 'id of the node merged into it')
    .option('--kind <kind>', 'person or organization', kindOption, 'Person' as EntityKind)
    .action(async (a: string, b: string, opts: { kind: EntityKind }) => {
      const database = await openDatabase(config, log);
      try {
        await mergeEntities(database.db, opts.kind, a, b);
        process.stdout.write(`merged ${b} into ${a}\n`);
      } finally {
        await database.close();
      }
    });
  entities
    .command('split')
    .description('take what articles called B out of A again, and keep the two apart (kept through re-ingest and reresolve)')
    .argument('<a>', 'id of the node B was merged into')
    .argument('<b>', 'id (the slug of the name) the articles used')
    .option('--kind <kind>', 'person or organization', kindOption, 'Person' as EntityKind)
    .action(async (a: string, b: string, opts: { kind: EntityKind }) => {
      const database = await openDatabase(config, log);
      try {
        const moved = await splitEntities(database.db, opts.kind, a, b);
        process.stdout.write(`split ${b} from ${a}: ${moved} article mention(s) moved; the two stay apart\n`);
      } finally {
        await database.close();
      }
    });

  program
    .command('reresolve')
    .description('re-run cross-article resolution over the whole graph (after the resolver changed); analyst decisions are kept')
    .action(async () => {
      const database = await openDatabase(config, log);
      try {
        const r = await reresolve(database.db, (m) => log.info(m));
        process.stdout.write(`reresolve: ${r.restored} resolver merges undone, ${r.merged.length} made\n`);
        for (const m of r.merged) process.stdout.write(`  ${m.kind} ${m.from} -> ${m.into} (${m.via})\n`);
      } finally {
        await database.close();
      }
    });

  program
    .command('extract')
    .description('print what extraction finds in each article, one JSON object per line')
    .argument('<files...>', 'article files; - reads stdin')
    .option('--body-only', 'the whole input is the body (no title or date lines)')
    .action(async (files: string[], opts: { bodyOnly?: boolean }) => {
      for await (const item of readSources(files, { stdin: readStdin })) {
        try {
          if ('error' in item) throw new ArticleError(item.source, 'unreadable', item.error);
          const text = decodeArticleBytes(item.bytes, item.source);
          const article = opts.bodyOnly ? parseBodyOnly(text, item.source) : parseArticle(text, item.source);
          process.stdout.write(`${JSON.stringify(extractArticle(article))}\n`);
        } catch (err) {
          if (!(err instanceof ArticleError)) throw err;
          process.stderr.write(`newsgraph extract: ${err.message}\n`);
          exitCode = 1;
        }
      }
    });

  program
    .command('eval')
    .description('score extraction against gold annotations (a folder of NAME.txt + NAME.gold.json) or a CoNLL-2003 file')
    .argument('[dir]', 'folder of gold files')
    .option('--conll <file>', 'score person/organization mentions against a CoNLL-2003 file')
    .option('--raw', 'with --conll: score the bare tagger, without the pipeline\'s span repairs')
    .option('--annotations', 'score against the annotated Reuters articles (annotations/), by split and domain')
    .option('--topics', 'score the topics against the labelled Reuters sample (annotations/topics/), by split')
    .option('--split <splits>', 'with --annotations or --topics: comma-separated splits (train, tune, test); the locked test only when named', 'train,tune')
    .option('--verbose', 'list every miss and false alarm')
    .option('--json', 'print the scores as JSON')
    .action(async (dir: string | undefined, opts: { conll?: string; raw?: boolean; verbose?: boolean; json?: boolean; annotations?: boolean; topics?: boolean; split: string }) => {
      if (!dir && !opts.conll && !opts.annotations && !opts.topics) throw new InvalidArgumentError('give a gold folder, --annotations, --topics or --conll FILE');
      const splits = opts.split.split(',').map((s) => s.trim()) as Split[];
      const bad = splits.filter((s) => !(SPLITS as readonly string[]).includes(s));
      if (bad.length) throw new InvalidArgumentError(`--split: unknown split ${bad.join(', ')} (train, tune, test)`);
      if (opts.verbose && splits.includes('test') && (opts.annotations || opts.topics))
        throw new InvalidArgumentError('--verbose lists errors, and the locked test split is scored, never read for errors: name train and tune only');
      if (opts.topics) {
        const scores = await scoreTopicLabels(splits);
        process.stdout.write(opts.json ? `${JSON.stringify(scores, null, 2)}\n` : formatTopicEval(scores, { verbose: opts.verbose }));
      }
      if (opts.annotations) {
        const scores = await scoreAnnotations(splits);
        process.stdout.write(opts.json ? `${JSON.stringify(scores, null, 2)}\n` : formatAnnotatedScores(scores, { verbose: opts.verbose }));
      }
      if (dir) {
        const scores = await scoreGoldFolder(dir);
        process.stdout.write(opts.json ? `${JSON.stringify(scores, null, 2)}\n` : formatGoldScores(scores, { verbose: opts.verbose }));
      }
      if (opts.conll) {
        const lexicon = loadLexicon();
        const { res } = loadNerModel().data;
        const { capStat } = res;
        const spanTypes = spanTypesOf(res);
        const scores = scoreConll(opts.conll, opts.raw ? {} : { postprocess: (text, sentences, spans) => settleTaggedSpans(text, sentences, spans, { capStat, lexicon, conll: true, spanTypes }) });
        process.stdout.write(opts.json ? `${JSON.stringify(scores, null, 2)}\n` : `${formatConllScores(scores)}\n`);
      }
    });

  const neo4jCmd = program.command('neo4j').description('manage the local embedded Neo4j (used when NEO4J_URI is unset)');
  const localOpts = () => ({ repoRoot, port: config.neo4j.localPort, dataDir: config.neo4j.localDataDir, password: config.neo4j.password });
  neo4jCmd
    .command('start')
    .description('start it and leave it running')
    .action(async () => {
      const handle = await ensureLocalNeo4j({ ...localOpts(), detached: true, log: (m: string) => log.info(m) });
      process.stdout.write(`${handle.startedByUs ? 'started' : 'already running'}: ${handle.uri}\n`);
    });
  neo4jCmd
    .command('stop')
    .description('stop the one this checkout started')
    .action(async () => {
      const stopped = await stopLocalNeo4j(localOpts());
      process.stdout.write(stopped ? 'stopped\n' : 'not running\n');
    });
  neo4jCmd
    .command('status')
    .description('say whether it answers')
    .action(async () => {
      const s = await localNeo4jStatus(localOpts());
      process.stdout.write(s.running ? `running${s.pid ? ` (pid ${s.pid})` : ''}: ${s.uri}\n` : `not running (${s.uri})\n`);
      exitCode = s.running ? 0 : 3;
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    // InvalidArgumentError is a CommanderError that commander has not printed: say it first.
    if (err instanceof InvalidArgumentError) {
      process.stderr.write(`newsgraph: ${err.message}\n`);
      return 2;
    }
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    process.stderr.write(`newsgraph: ${(err as Error).message}\n`);
    log.debug({ err }, 'command failed');
    return 1;
  }
  return exitCode;
}
