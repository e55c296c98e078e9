import neo4j from 'neo4j-driver';
import { readQuery, toIso, type Db } from '../graph/driver.js';
import { ARTICLE_FILTER, ENTITY, MEETING_FILTER, RESOLVE_PAIRS, filterParams, groupBy } from './cypher.js';
import type { CountryPairRow, DateTopicFilter, EntityKey, EntityKind, TimelineBucketRow } from './rows.js';

// ---------------------------------------------------------------- countries discussed together

export interface CountryCooccurrence {
  /** Articles (in the filter) that mention at least one country. */
  total: number;
  /** Articles per country code. */
  marginals: Map<string, number>;
  /** Articles per pair, keyed `A|B` with A < B. */
  pairs: Map<string, number>;
}

/**
 * The country lists of every article in the filter, counted here: the marginals,
 * the pairs and their total come from one read, so lift is computed from one
 * consistent snapshot.
 */
export async function countryCooccurrence(db: Db, filter: DateTopicFilter): Promise<CountryCooccurrence> {
  const res = await readQuery(
    db,
    'countryCooccurrence',
    `/* countryCooccurrence */
     MATCH (c:Country)<-[:MENTIONS]-(a:Article)
     WHERE ${ARTICLE_FILTER}
     WITH a, collect(c.code) AS codes
     RETURN codes`,
    filterParams(filter),
  );
  const marginals = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const r of res.records) {
    const codes = [...new Set(r.get('codes') as string[])].sort();
    for (const c of codes) marginals.set(c, (marginals.get(c) ?? 0) + 1);
    for (let i = 0; i < codes.length; i++) {
      for (let j = i + 1; j < codes.length; j++) {
        const k = `${codes[i]}|${codes[j]}`;
        pairs.set(k, (pairs.get(k) ?? 0) + 1);
      }
    }
  }
  return { total: res.records.length, marginals, pairs };
}

export type CountryPairOrder = 'ARTICLES' | 'LIFT' | 'PMI';

/**
 * Pairs with their significance. Lift is observed / expected articles in common,
 * expected = n(a)·n(b)/N under independence; PMI is its log2. Ties fall back to
 * articles in common, then codes, so the order (and offset cursors) are stable.
 */
export function rankCountryPairs(
  co: CountryCooccurrence,
  filter: DateTopicFilter,
  opts: { orderBy: CountryPairOrder; minArticles: number; country?: string },
): CountryPairRow[] {
  const rows: CountryPairRow[] = [];
  for (const [key, n] of co.pairs) {
    if (n < opts.minArticles) continue;
    let [a, b] = key.split('|');
    if (opts.country) {
      if (a !== opts.country && b !== opts.country) continue;
      if (b === opts.country) [a, b] = [b, a];
    }
    const expected = ((co.marginals.get(a) ?? 0) * (co.marginals.get(b) ?? 0)) / co.total;
    const lift = n / expected;
    rows.push({ a, b, articleCount: n, expected, lift, pmi: Math.log2(lift), filter });
  }
  const primary = opts.orderBy === 'ARTICLES' ? (r: CountryPairRow) => r.articleCount : (r: CountryPairRow) => r.lift;
  return rows.sort((x, y) => primary(y) - primary(x) || y.articleCount - x.articleCount || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** For each pair, the newest articles that mention both countries (CountryPair.articles on a list), in one query. */
export async function articlesOfCountryPairs(db: Db, pairs: ReadonlyArray<{ a: string; b: string }>, filter: DateTopicFilter, first: number) {
  const res = await readQuery(
    db,
    'articlesOfCountryPairs',
    `/* articlesOfCountryPairs */
     UNWIND $pairs AS pair
     CALL (pair) {
       MATCH (:Country {code: pair.a})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(:Country {code: pair.b})
       WHERE ${ARTICLE_FILTER}
       RETURN a ORDER BY a.publishedAt DESC, a.id LIMIT $first
     }
     RETURN pair.a + '|' + pair.b AS key, a.id AS id`,
    { pairs: pairs.map((p) => ({ a: p.a, b: p.b })), ...filterParams(filter), first: neo4j.int(first) },
  );
  const by = groupBy(res.records, (r) => r.get('key') as string);
  return pairs.map((p) => (by.get(`${p.a}|${p.b}`) ?? []).map((r) => r.get('id') as string));
}

// ---------------------------------------------------------------- co-mentions

export interface CoMentionHit {
  entity: EntityKey;
  articleCount: number;
}

/** For each entity of one kind, the entities (of `labels`) sharing the most articles with it, in one query. */
export async function coMentionsOf(
  db: Db,
  kind: EntityKind,
  ids: readonly string[],
  opts: { kinds: EntityKind[]; filter: DateTopicFilter; first: number },
): Promise<CoMentionHit[][]> {
  const { label, key, rel } = ENTITY[kind];
  const res = await readQuery(
    db,
    `coMentionsOf:${kind}`,
    `/* coMentionsOf */
     UNWIND $ids AS key
     MATCH (e:${label} {${key}: key})
     CALL (e) {
       MATCH (e)<-[:${rel}]-(a:Article)-[r:MENTIONS|ABOUT]->(o)
       WHERE o <> e AND any(l IN labels(o) WHERE l IN $labels) AND ${ARTICLE_FILTER}
       // Most articles in common first; among equals, the one those articles mention most.
       WITH o, count(a) AS n, sum(coalesce(r.count, 1)) AS weight
       RETURN o, n ORDER BY n DESC, weight DESC, coalesce(o.code, o.id) LIMIT $first
     }
     RETURN key, labels(o)[0] AS kind, coalesce(o.code, o.id) AS id, n`,
    { ids, labels: opts.kinds.map((k) => ENTITY[k].label), ...filterParams(opts.filter), first: neo4j.int(opts.first) },
  );
  const by = groupBy(res.records, (r) => r.get('key') as string);
  return ids.map((id) =>
    (by.get(id) ?? []).map((r) => ({ entity: { kind: r.get('kind') as EntityKind, id: r.get('id') as string }, articleCount: r.get('n') as number })),
  );
}

/** For each pair of entities, the newest articles that mention (or are about) both, in one query. */
export async function sharedArticles(
  db: Db,
  pairs: ReadonlyArray<[EntityKey, EntityKey]>,
  filter: DateTopicFilter,
  first: number,
): Promise<string[][]> {
  const res = await readQuery(
    db,
    'sharedArticles',
    `/* sharedArticles */
     ${RESOLVE_PAIRS}
     CALL (x, y) {
       MATCH (x)<-[:MENTIONS|ABOUT]-(a:Article)-[:MENTIONS|ABOUT]->(y)
       WHERE ${ARTICLE_FILTER}
       RETURN a ORDER BY a.publishedAt DESC, a.id LIMIT $first
     }
     RETURN i, a.id AS id`,
    { pairs: pairs.map(([x, y]) => [x, y]), ...filterParams(filter), first: neo4j.int(first) },
  );
  const by = groupBy(res.records, (r) => String(r.get('i')));
  return pairs.map((_, i) => (by.get(String(i)) ?? []).map((r) => r.get('id') as string));
}

/** For each pair of people, their newest meetings, in one query. */
export async function sharedMeetings(db: Db, pairs: ReadonlyArray<[string, string]>, filter: DateTopicFilter, first: number): Promise<string[][]> {
  const res = await readQuery(
    db,
    'sharedMeetings',
    `/* sharedMeetings */
     UNWIND range(0, size($pairs) - 1) AS i
     CALL (i) {
       MATCH (:Person {id: $pairs[i][0]})<-[:WITH]-(m:Meeting)-[:WITH]->(:Person {id: $pairs[i][1]})
       WHERE ${MEETING_FILTER}
       RETURN m ORDER BY m.date DESC, m.id LIMIT $first
     }
     RETURN i, m.id AS id`,
    { pairs, ...filterParams(filter), first: neo4j.int(first) },
  );
  const by = groupBy(res.records, (r) => String(r.get('i')));
  return pairs.map((_, i) => (by.get(String(i)) ?? []).map((r) => r.get('id') as string));
}

// ---------------------------------------------------------------- timeline

export type TimeBucket = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
const UNIT: Record<TimeBucket, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

/** For each entity of one kind, its articles, mentions and (people) meetings per period, in one query. */
export async function timelinesOf(
  db: Db,
  kind: EntityKind,
  ids: readonly string[],
  opts: { bucket: TimeBucket; from?: string | null; to?: string | null; topicId?: string | null },
): Promise<TimelineBucketRow[][]> {
  const { label, key, rel } = ENTITY[kind];
  const res = await readQuery(
    db,
    `timelinesOf:${kind}`,
    `/* timelinesOf */
     UNWIND $ids AS key
     MATCH (e:${label} {${key}: key})
     CALL (e) {
       MATCH (e)<-[r:${rel}]-(a:Article)
       WHERE ${ARTICLE_FILTER}
       RETURN datetime.truncate($unit, a.publishedAt) AS start, 1 AS articles, coalesce(r.count, 1) AS mentions, 0 AS meetings
       UNION ALL
       MATCH (e)<-[:WITH]-(m:Meeting)
       WHERE ${MEETING_FILTER}
       RETURN datetime.truncate($unit, m.date) AS start, 0 AS articles, 0 AS mentions, 1 AS meetings
     }
     RETURN key, start, sum(articles) AS articles, sum(mentions) AS mentions, sum(meetings) AS meetings
     ORDER BY key, start`,
    { ids, unit: UNIT[opts.bucket], from: opts.from ?? null, to: opts.to ?? null, topicId: opts.topicId ?? null },
  );
  const by = groupBy(res.records, (r) => r.get('key') as string);
  return ids.map((id) =>
    fillBuckets(
      (by.get(id) ?? []).map((r) => ({
        start: toIso(r.get('start')) as string,
        articles: r.get('articles') as number,
        mentions: r.get('mentions') as number,
        meetings: r.get('meetings') as number,
      })),
      opts.bucket,
    ),
  );
}

/** Adds the empty periods between the first and the last, so a chart's x axis is even (up to 5,000 periods). */
export function fillBuckets(rows: TimelineBucketRow[], bucket: TimeBucket): TimelineBucketRow[] {
  if (rows.length < 2) return rows;
  const next = (iso: string): string => {
    const d = new Date(iso);
    if (bucket === 'DAY') d.setUTCDate(d.getUTCDate() + 1);
    else if (bucket === 'WEEK') d.setUTCDate(d.getUTCDate() + 7);
    else if (bucket === 'MONTH') d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCFullYear(d.getUTCFullYear() + 1);
    return d.toISOString();
  };
  const have = new Map(rows.map((r) => [r.start, r]));
  const out: TimelineBucketRow[] = [];
  const last = rows[rows.length - 1].start;
  for (let t = rows[0].start; t <= last; t = next(t)) {
    out.push(have.get(t) ?? { start: t, articles: 0, mentions: 0, meetings: 0 });
    if (out.length > 5000) return rows;
  }
  return out;
}
