import { createHash, timingSafeEqual } from 'node:crypto';
import DataLoader from 'dataloader';
import type { Db } from '../graph/driver.js';
import type { ExtractionPool } from '../ingest/extraction-pool.js';
import { RequestMemo, type ReadCache } from '../read/cache.js';
import { getArticles, mentionsOfArticles, textsOfArticles, topicsOfArticles } from '../read/articles.js';
import { getCountries, getOrganizations, getPeople, getTopics, rolesOfPeople } from '../read/entities.js';
import { getMeetings } from '../read/meetings.js';
import type { ArticleRow, CountryRow, MeetingRow, MentionRow, OrganizationRow, PersonRow, RoleRow, TopicRow, TopicScoreRow } from '../read/rows.js';

/** Orders rows by the keys asked for, as DataLoader requires; missing keys become null. */
function byKey<R>(keys: readonly string[], rows: R[], keyOf: (r: R) => string): Array<R | null> {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

function listsByKey<R>(keys: readonly string[], map: Map<string, R[]>): R[][] {
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * Per-request loaders: every edge field resolves through one of these, so a list
 * of N articles costs one query per field, not N.
 */
export function createLoaders(db: Db) {
  return {
    article: new DataLoader<string, ArticleRow | null>(async (ids) => byKey(ids, await getArticles(db, ids), (r) => r.id)),
    articleText: new DataLoader<string, string | null>(async (ids) => {
      const texts = await textsOfArticles(db, ids);
      return ids.map((id) => texts.get(id) ?? null);
    }),
    person: new DataLoader<string, PersonRow | null>(async (ids) => byKey(ids, await getPeople(db, ids), (r) => r.id)),
    country: new DataLoader<string, CountryRow | null>(async (codes) => byKey(codes, await getCountries(db, codes), (r) => r.code)),
    organization: new DataLoader<string, OrganizationRow | null>(async (ids) =>
      byKey(ids, await getOrganizations(db, ids), (r) => r.id),
    ),
    topic: new DataLoader<string, TopicRow | null>(async (ids) => byKey(ids, await getTopics(db, ids), (r) => r.id)),
    articlePeople: new DataLoader<string, MentionRow[]>(async (ids) => listsByKey(ids, await mentionsOfArticles(db, 'Person', ids))),
    articleCountries: new DataLoader<string, MentionRow[]>(async (ids) =>
      listsByKey(ids, await mentionsOfArticles(db, 'Country', ids)),
    ),
    articleOrganizations: new DataLoader<string, MentionRow[]>(async (ids) =>
      listsByKey(ids, await mentionsOfArticles(db, 'Organization', ids)),
    ),
    articleTopics: new DataLoader<string, TopicScoreRow[]>(async (ids) => listsByKey(ids, await topicsOfArticles(db, ids))),
    personRoles: new DataLoader<string, RoleRow[]>(async (ids) => listsByKey(ids, await rolesOfPeople(db, ids))),
    meeting: new DataLoader<string, MeetingRow | null>(async (ids) => byKey(ids, await getMeetings(db, ids), (r) => r.id)),
  };
}

/**
 * Loaders for fields with arguments (Person.articles(first: 5), Entity.timeline(bucket: WEEK)):
 * one loader per field and argument values, made on first use in the request, so every
 * parent in a list that asks with the same arguments shares one batched query.
 */
export class BatchLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(field: string, args: unknown, batch: (keys: readonly K[]) => Promise<V[]>, cacheKey?: (k: K) => string): DataLoader<K, V, string | K> {
    const name = `${field}\u0000${JSON.stringify(args)}`;
    let loader = this.loaders.get(name) as DataLoader<K, V, string | K> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, string | K>(batch, { cacheKeyFn: cacheKey ?? ((k: K) => k) });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface GraphQLContext {
  db: Db;
  loaders: Loaders;
  batch: BatchLoaders;
  /** Whole-graph aggregates, cached across requests under the graph's version. */
  memo: RequestMemo;
  /** The request carried the API key (Authorization: Bearer …). */
  authorized: boolean;
  /** Whether the service has an API key at all (without one, mutations are off). */
  mutationsEnabled: boolean;
  /** The server's extraction threads, started on first use: ingestArticles extracts there, off the thread that answers requests. */
  extraction: () => ExtractionPool;
}

/** Compares in constant time, so response timing does not leak the key. */
export function keyMatches(header: string | undefined, apiKey: string | undefined): boolean {
  if (!apiKey || !header) return false;
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!m) return false;
  const given = createHash('sha256').update(m[1]).digest();
  const expected = createHash('sha256').update(apiKey).digest();
  return timingSafeEqual(given, expected);
}

export function createContext(
  db: Db,
  opts: { authorization?: string; apiKey?: string; cache?: ReadCache | null; extraction: () => ExtractionPool },
): GraphQLContext {
  return {
    db,
    loaders: createLoaders(db),
    batch: new BatchLoaders(),
    memo: new RequestMemo(db, opts.cache ?? null),
    authorized: keyMatches(opts.authorization, opts.apiKey),
    mutationsEnabled: !!opts.apiKey,
    extraction: opts.extraction,
  };
}
