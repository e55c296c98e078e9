import { LRUCache } from 'lru-cache';
import { readQuery, type Db } from '../graph/driver.js';

/**
 * The graph's version: a counter the writer bumps in every transaction that changes
 * articles (writeArticles, removeArticles), under an epoch a wiped graph renews. Cached
 * answers are keyed by it, so no answer outlives the graph it was read from, whichever
 * process wrote (the service's mutations, a `newsgraph ingest` beside it, another replica).
 */
export async function graphVersion(db: Db): Promise<string> {
  const res = await readQuery(
    db,
    'graphVersion',
    `/* graphVersion */ OPTIONAL MATCH (g:GraphVersion {id: 'graph'}) RETURN g.epoch AS epoch, g.version AS version`,
    {},
  );
  const r = res.records[0];
  return `${r?.get('epoch') ?? 'unversioned'}:${r?.get('version') ?? 0}`;
}

interface Entry {
  value: unknown;
  /** Rows the value holds (pairs, nodes, edges): what the cache's bound counts. */
  rows: number;
}

/**
 * Answers of whole-graph aggregates (country co-occurrence, neighbourhoods) that cost
 * hundreds of milliseconds of database time and that dashboards ask again and again.
 * Bounded by rows held (about 100 bytes each), least recently used out first;
 * concurrent requests for one missing answer share one computation.
 */
export class ReadCache {
  private readonly lru: LRUCache<string, Entry, () => Promise<Entry>>;

  constructor(maxRows: number) {
    this.lru = new LRUCache<string, Entry, () => Promise<Entry>>({
      maxSize: maxRows,
      sizeCalculation: (e) => Math.max(1, e.rows),
      // An answer larger than the whole cache is computed and returned, not kept.
      maxEntrySize: maxRows,
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

  get size(): number {
    return this.lru.size;
  }
}

/**
 * One request's view of the cache: the graph version is read once, on first use, and
 * every answer of the request is keyed by it.
 */
export class RequestMemo {
  private version?: Promise<string>;
  /** Without a cache, answers still are shared within the request (countryPairs and every Country.partners). */
  private readonly local = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Db,
    private readonly cache: ReadCache | null,
  ) {}

  async get<T>(name: string, args: unknown, compute: () => Promise<T>, rows: (value: T) => number): Promise<T> {
    if (!this.cache) {
      const key = `${name}\u0000${JSON.stringify(args)}`;
      if (!this.local.has(key)) this.local.set(key, compute());
      return this.local.get(key) as Promise<T>;
    }
    this.version ??= graphVersion(this.db);
    const key = `${await this.version}\u0000${name}\u0000${JSON.stringify(args)}`;
    return this.cache.fetch(key, compute, rows);
  }
}
