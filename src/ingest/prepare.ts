import { ArticleError, decodeArticleBytes, parseArticle } from '../article/parse.js';
import { extractArticle } from '../pipeline/extract.js';
import { extractorVersion } from '../pipeline/version.js';
import { boundExtraction } from '../graph/limits.js';
import type { ArticleDocument } from '../graph/writer.js';
import type { SourceItem } from './sources.js';

export interface Rejection {
  source: string;
  reason: string;
  message: string;
}

/** One input made ready for the graph (parsed and extracted), or the reason it cannot be. Pure; runs on worker threads. */
export function prepareDocument(item: SourceItem, maxBytes: number): ArticleDocument | Rejection {
  if ('error' in item) {
    const reason = item.reason ?? 'unreadable';
    return { source: item.source, reason, message: `${item.source}: ${reason}: ${item.error}` };
  }
  try {
    if (item.bytes.length > maxBytes) {
      throw new ArticleError(item.source, 'too-large', `${item.bytes.length} bytes is over the limit of ${maxBytes}`);
    }
    const article = parseArticle(decodeArticleBytes(item.bytes, item.source), item.source);
    // Bounded here, before a dry run reports or the writer writes, so both see the same article.
    const { extraction, dropped } = boundExtraction(extractArticle(article));
    return { article, extraction, extractorVersion: extractorVersion(), ...(dropped.length > 0 ? { notes: dropped } : {}) };
  } catch (err) {
    if (err instanceof ArticleError) return { source: item.source, reason: err.reason, message: err.message };
    const message = err instanceof Error ? err.message : String(err);
    return { source: item.source, reason: 'extract-failed', message: `${item.source}: extract-failed: ${message}` };
  }
}
