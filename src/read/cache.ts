import { LRUCache } from 'lru-cache';
import { readWithBookmarks, RequestAbortedError, type Db } from '../graph/driver.js';

/**
 * The graph's version: a counter the writer bumps in every transaction that changes
 * articles (writeArticles, removeArticles), under an epoch a wiped graph renews. Cached
 * answers are keyed by it, so no answer outlives the graph it was read from, whichever
 * process wrote (the service's mutations, a `newsgraph ingest` beside it, another replica).
 * Also returns the bookmarks it was read at: the answer's own reads start from them, so on
 * a cluster a lagging reader cannot put an older answer under a newer version.
 */
export async function graphVersion(db: Db): Promise<{ version: string; bookmarks: string[] }> {
  const { result, bookmarks } = await readWithBookmarks(
    db,
    'graphVersion',
    `/* graphVersion */ OPTIONAL MATCH (g:GraphVersion {id: 'graph'}) RETURN g.epoch AS epoch, g.version AS version`,
    {},
  );
  const r = result.records[0];
  return { version: `${r?.get('epoch') ?? 'unversioned'}:${r?.get('version') ?? 0}`, bookmarks };
}

interface Entry {
  value: unknown;
  /** Rows the value holds (pairs, nodes, edges): what the cache's bound counts. */
  rows: number;
}

/**
 * Kept answers expire after this long even when the version has not moved: a safety net for
 * a writer that does not bump it (an older release's ingest during a rolling upgrade, a restored backup).
 */
const ANSWER_TTL_MS = 10 * 60_000;

/**
 * Answers of whole-graph aggregates (country co-occurrence, neighbourhoods) that cost
 * hundreds of milliseconds of database time and that dashboards ask again and again.
 * Bounded by rows held, least recently used out first; concurrent requests for one
 * missing answer share one computation.
 */
export class ReadCache {
  private readonly lru: LRUCache<string, Entry, () => Promise<Entry>>;

  constructor(maxRows: number) {
    this.lru = new LRUCache<string, Entry, () => Promise<Entry>>({
      maxSize: maxRows,
      sizeCalculation: (e) => Math.max(1, e.rows),
      // An answer larger than the whole cache is computed and returned, not kept.
      maxEntrySize: maxRows,
      ttl: ANSWER_TTL_MS,
      // A computation pushed out while it runs still answers those waiting for it.
      ignoreFetchAbort: true,
      fetchMethod: (_key, _stale, { context }) => context(),
    });
  }

  async fetch<T>(key: string, compute: () => Promise<T>, rows: (value: T) => number): Promise<T> {
    const entry = await this.lru.fetch(key, {
      context: async () => {
        const value = await compute();
        return { value, rows: rows(value) };
      },
    });
    return entry!.value as T;
  }
}

/**
 * One request's view of the cache: the graph version is read once, on first use, and
 * every answer of the request is keyed by it (and kept for the request too, so an answer
 * too large for the cache is still computed once per request). Without a cache, answers
 * are shared within the request only.
 */
export class RequestMemo {
  private version?: Promise<{ version: string; bookmarks: string[] }>;
  private readonly local = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Db,
    private readonly cache: ReadCache | null,
  ) {}

  /** `compute` reads through the Db it is given (which carries the version's bookmarks). */
  async get<T>(name: string, args: unknown, compute: (db: Db) => Promise<T>, rows: (value: T) => number): Promise<T> {
    const key = `${name}\u0000${JSON.stringify(args)}`;
    let answer = this.local.get(key) as Promise<T> | undefined;
    if (!answer) {
      answer = this.cache ? this.cached(key, compute, rows) : compute(this.db);
      this.local.set(key, answer);
      // A failure is not kept: a later field of the request may try again.
      answer.catch(() => this.local.delete(key));
    }
    return answer;
  }

  private async cached<T>(key: string, compute: (db: Db) => Promise<T>, rows: (value: T) => number): Promise<T> {
    this.version ??= graphVersion(this.db).catch((err: unknown) => {
      this.version = undefined;
      throw err;
    });
    const { version, bookmarks } = await this.version;
    // Concurrent requests share one computation, which runs under the first one's deadline and
    // signal. When that request ends first, the computation fails for the others too: a request
    // still running computes again (the failed one is not kept), under its own.
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.cache!.fetch(`${version}\u0000${key}`, () => compute({ ...this.db, bookmarks }), rows);
      } catch (err) {
        if (!(err instanceof RequestAbortedError) || this.db.request?.signal.aborted || attempt >= 2) throw err;
      }
    }
  }
}
