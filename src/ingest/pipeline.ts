import { ArticleError, decodeArticleBytes, parseArticle, type ParsedArticle } from '../article/parse.js';
import { extractArticle } from '../extract/index.js';
import type { Db } from '../graph/driver.js';
import { writeArticles, type ArticleDocument, type WriteOutcome } from '../graph/writer.js';
import type { Logger } from '../log.js';
import type { SourceItem } from './sources.js';

export interface Rejection {
  source: string;
  reason: string;
  message: string;
}

export interface IngestSummary {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
  seconds: number;
}

export interface IngestOptions {
  batchSize?: number;
  /** Refuse files larger than this many bytes. */
  maxBytes?: number;
  log?: Logger;
}

/** Parses one input into an article, or says exactly why not. */
export function prepare(item: SourceItem, maxBytes: number): ParsedArticle | Rejection {
  if ('error' in item) {
    const reason = item.reason ?? 'unreadable';
    return { source: item.source, reason, message: `${item.source}: ${reason}: ${item.error}` };
  }
  try {
    if (item.bytes.length > maxBytes) {
      throw new ArticleError(item.source, 'too-large', `${item.bytes.length} bytes is over the limit of ${maxBytes}`);
    }
    return parseArticle(decodeArticleBytes(item.bytes, item.source), item.source);
  } catch (err) {
    if (err instanceof ArticleError) return { source: item.source, reason: err.reason, message: err.message };
    throw err;
  }
}

/**
 * Writes a batch; when the batch fails, halves it and retries each half, so one
 * bad article is refused alone and every other article still lands.
 */
async function writeSplitting(db: Db, docs: ArticleDocument[], rejected: Rejection[], log?: Logger): Promise<Map<string, WriteOutcome>> {
  try {
    return await writeArticles(db, docs);
  } catch (err) {
    if (docs.length === 1) {
      const source = docs[0].article.source ?? docs[0].article.id;
      log?.warn({ err, source }, 'article refused by the database');
      rejected.push({ source, reason: 'write-failed', message: `${source}: write-failed: ${(err as Error).message}` });
      return new Map();
    }
    const mid = Math.ceil(docs.length / 2);
    const left = await writeSplitting(db, docs.slice(0, mid), rejected, log);
    const right = await writeSplitting(db, docs.slice(mid), rejected, log);
    return new Map([...left, ...right]);
  }
}

export async function ingest(db: Db, items: AsyncIterable<SourceItem>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = opts.batchSize ?? 100;
  const maxBytes = opts.maxBytes ?? 5 * 1024 * 1024;
  const summary: IngestSummary = { read: 0, created: 0, updated: 0, unchanged: 0, rejected: [], seconds: 0 };
  const seen = new Map<string, string>();
  let batch: ArticleDocument[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const outcomes = await writeSplitting(db, batch, summary.rejected, opts.log);
    for (const o of outcomes.values()) summary[o] += 1;
    batch = [];
  };

  for await (const item of items) {
    summary.read += 1;
    const prepared = prepare(item, maxBytes);
    if ('reason' in prepared) {
      summary.rejected.push(prepared);
      continue;
    }
    const first = seen.get(prepared.id);
    if (first !== undefined) {
      summary.rejected.push({
        source: item.source,
        reason: 'duplicate',
        message: `${item.source}: duplicate: same title and date as ${first}, already read in this run`,
      });
      continue;
    }
    seen.set(prepared.id, item.source);
    batch.push({ article: prepared, extraction: extractArticle(prepared) });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
