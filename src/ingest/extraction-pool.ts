import { Piscina } from 'piscina';
import type { ArticleDocument } from '../graph/writer.js';
import type { Rejection } from './prepare.js';
import type { SourceItem } from './sources.js';

/**
 * Extraction on worker threads (worker.ts): `ingest` makes one per run for the CLI, and the API
 * keeps one for its mutations, so that extracting a long article never holds up the thread that
 * answers every other request (and /healthz).
 *
 * Idle threads neither keep the process alive (Piscina unrefs them) nor hold their memory for
 * long (`idleTimeoutMs`); `close()` ends them at once, failing any extraction still queued.
 */
export class ExtractionPool {
  private readonly piscina: Piscina;
  private closed = false;

  constructor(opts: { threads: number; keepThreads?: boolean; idleTimeoutMs?: number }) {
    this.piscina = new Piscina({
      filename: new URL('./worker-boot.mjs', import.meta.url).href,
      minThreads: opts.keepThreads ? opts.threads : 0,
      maxThreads: opts.threads,
      idleTimeout: opts.idleTimeoutMs ?? 0,
    });
  }

  extract(item: SourceItem, maxBytes: number): Promise<ArticleDocument | Rejection> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return this.piscina.run({ item, maxBytes });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.piscina.destroy();
  }
}
