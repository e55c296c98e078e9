import os from 'node:os';
import { isDataError, isTransientError, type Db } from '../graph/driver.js';
import { writeArticles, type ArticleDocument, type WriteOutcome } from '../graph/writer.js';
import type { Logger } from '../log.js';
import { ExtractionPool } from './extraction-pool.js';
import { prepareDocument, type Rejection } from './prepare.js';
import type { SourceItem } from './sources.js';

export type { Rejection };

export interface IngestSummary {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
  /** What was left out of articles that were written (an entity name over the limit), one per thing left out. */
  notes: Array<{ source: string; message: string }>;
  seconds: number;
  nodesCreated: number;
  relationshipsCreated: number;
  /** One entry per input in input order, when asked for with `collectResults`. */
  results?: ArticleResult[];
  /** Set when the run stopped early (the database stayed away); a re-run completes it. */
  aborted?: string;
}

export interface ArticleResult {
  index: number;
  source: string;
  id?: string;
  status: 'created' | 'updated' | 'unchanged' | 'rejected';
  reason?: string;
  /** Why it was rejected; for an article that was written, what was left out of it, if anything. */
  message?: string;
}

export interface IngestProgress {
  read: number;
  written: number;
  rejected: number;
  seconds: number;
}

export interface IngestOptions {
  batchSize?: number;
  /** Refuse inputs larger than this many bytes. */
  maxBytes?: number;
  /** Extraction threads; 0 extracts on the calling thread. Default: one per core. */
  workers?: number;
  /** Extract on this pool (the API's, kept between requests) instead of one made for the run; it is left open. */
  pool?: ExtractionPool;
  /** Extract and check only; write nothing. */
  dryRun?: boolean;
  /** How long to wait for an unreachable database before giving up, in ms. */
  waitForDatabaseMs?: number;
  log?: Logger;
  onProgress?: (p: IngestProgress) => void;
  /** Keep a result per input (for the API's per-article answer). */
  collectResults?: boolean;
  /** Stops reading new inputs (Ctrl-C): what was read is still written whole. */
  signal?: AbortSignal;
}

export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown, waitedMs: number) {
    super(`the database stayed unreachable for ${Math.round(waitedMs / 1000)} s (${(cause as Error).message}); nothing half-written: run the same command again to finish`);
    this.name = 'DatabaseUnavailableError';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Writes a batch in one transaction. A batch the database refuses for its data is
 * halved and retried, so one bad article is refused alone and every other lands;
 * an unreachable database is waited for (bounded), then the run stops.
 */
async function writeBatch(db: Db, docs: ArticleDocument[], summary: IngestSummary, opts: IngestOptions): Promise<Map<string, WriteOutcome>> {
  const waitMs = opts.waitForDatabaseMs ?? 120_000;
  // The bound counts from the first failure: a slow attempt before it is not time spent waiting.
  let unreachableSince: number | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      const written = await writeArticles(db, docs);
      summary.nodesCreated += written.nodesCreated;
      summary.relationshipsCreated += written.relationshipsCreated;
      return written.outcomes;
    } catch (err) {
      if (isDataError(err)) {
        if (docs.length === 1) {
          const source = docs[0].article.source ?? docs[0].article.id;
          opts.log?.warn({ err, source }, 'article refused by the database');
          // The database's own words, first line and bounded: the whole error is in the log.
          const code = (err as { code?: unknown }).code;
          const said = String((err as Error).message ?? err).split('\n')[0].slice(0, 300);
          summary.rejected.push({ source, reason: 'write-failed', message: `${source}: write-failed: ${typeof code === 'string' && code ? `${code}: ` : ''}${said}` });
          return new Map();
        }
        const mid = Math.ceil(docs.length / 2);
        const left = await writeBatch(db, docs.slice(0, mid), summary, opts);
        const right = await writeBatch(db, docs.slice(mid), summary, opts);
        return new Map([...left, ...right]);
      }
      if (!isTransientError(err)) throw err;
      unreachableSince ??= Date.now();
      const waited = Date.now() - unreachableSince;
      if (waited >= waitMs) throw new DatabaseUnavailableError(err, waited);
      opts.log?.warn({ code: (err as { code?: string }).code, attempt }, 'database unreachable; waiting to retry the batch');
      await sleep(Math.min(10_000, 500 * 2 ** Math.min(attempt, 5)));
    }
  }
}

/**
 * Reads, extracts and writes articles. Extraction runs on worker threads while
 * the calling thread writes batches, so the two overlap; results are taken in
 * input order, so which copy of a duplicate is kept does not depend on timing.
 */
export async function ingest(db: Db | null, items: AsyncIterable<SourceItem>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = opts.batchSize ?? 100;
  const maxBytes = opts.maxBytes ?? 5 * 1024 * 1024;
  const workers = opts.pool ? 1 : (opts.workers ?? Math.max(1, os.availableParallelism()));
  const summary: IngestSummary = { read: 0, created: 0, updated: 0, unchanged: 0, rejected: [], notes: [], seconds: 0, nodesCreated: 0, relationshipsCreated: 0 };
  const seen = new Map<string, string>();
  let batch: Array<{ doc: ArticleDocument; index: number }> = [];
  const noteOf = (doc: ArticleDocument) => (doc.notes?.length ? { message: doc.notes.join('; ') } : {});
  const results: ArticleResult[] = [];
  const record = (r: ArticleResult) => {
    if (opts.collectResults) results.push(r);
  };
  let written = 0;
  const ownPool = !opts.pool && workers > 0 ? new ExtractionPool({ threads: workers, keepThreads: true }) : null;
  const pool = opts.pool ?? ownPool;
  const extract = (item: SourceItem): Promise<ArticleDocument | Rejection> =>
    pool ? pool.extract(item, maxBytes) : Promise.resolve(prepareDocument(item, maxBytes));

  const progress = () =>
    opts.onProgress?.({ read: summary.read, written, rejected: summary.rejected.length, seconds: (performance.now() - started) / 1000 });

  const flush = async () => {
    if (batch.length === 0) return;
    const entries = batch;
    batch = [];
    const docs = entries.map((e) => e.doc);
    if (!db || opts.dryRun) {
      summary.created += docs.length;
      for (const e of entries) record({ index: e.index, source: e.doc.article.source ?? '', id: e.doc.article.id, status: 'created', ...noteOf(e.doc) });
    } else {
      const before = summary.rejected.length;
      const outcomes = await writeBatch(db, docs, summary, opts);
      for (const o of outcomes.values()) summary[o] += 1;
      const refused = new Map(summary.rejected.slice(before).map((r) => [r.source, r]));
      for (const e of entries) {
        const source = e.doc.article.source ?? e.doc.article.id;
        const status = outcomes.get(e.doc.article.id);
        const r = refused.get(source);
        record(status ? { index: e.index, source, id: e.doc.article.id, status, ...noteOf(e.doc) } : { index: e.index, source, id: e.doc.article.id, status: 'rejected', reason: r?.reason, message: r?.message });
      }
    }
    written += docs.length;
    progress();
  };

  const take = ({ result, index }: { result: ArticleDocument | Rejection; index: number }) => {
    if ('reason' in result) {
      summary.rejected.push(result);
      record({ index, source: result.source, status: 'rejected', reason: result.reason, message: result.message });
      return;
    }
    const { article } = result;
    const first = seen.get(article.id);
    if (first !== undefined) {
      const source = article.source ?? article.id;
      const rejection = { source, reason: 'duplicate', message: `${source}: duplicate: same title and date as ${first}, already read in this run` };
      summary.rejected.push(rejection);
      record({ index, source, id: article.id, status: 'rejected', reason: rejection.reason, message: rejection.message });
      return;
    }
    seen.set(article.id, article.source ?? article.id);
    for (const note of result.notes ?? []) {
      const source = article.source ?? article.id;
      summary.notes.push({ source, message: `${source}: ${note}` });
      opts.log?.warn({ source, note }, 'part of an article left out');
    }
    batch.push({ doc: result, index });
  };

  // Enough extractions in flight to keep every worker busy while a batch is written.
  const inFlight: Array<Promise<{ result: ArticleDocument | Rejection; index: number }>> = [];
  const window = Math.max(2, workers * 4, batchSize);
  try {
    for await (const item of items) {
      if (opts.signal?.aborted) break;
      const index = summary.read;
      summary.read += 1;
      inFlight.push(extract(item).then((result) => ({ result, index })));
      while (inFlight.length >= window) {
        take(await inFlight.shift()!);
        if (batch.length >= batchSize) await flush();
      }
    }
    while (inFlight.length > 0) {
      take(await inFlight.shift()!);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } catch (err) {
    if (!(err instanceof DatabaseUnavailableError)) throw err;
    summary.aborted = err.message;
  } finally {
    // Results nobody will take (the run stopped): let them settle quietly before the pool goes.
    for (const p of inFlight) p.catch(() => {});
    await ownPool?.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  if (opts.collectResults) summary.results = results.sort((a, b) => a.index - b.index);
  return summary;
}
