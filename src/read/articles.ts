import { int, readQuery, type Db } from '../graph/driver.js';
import {
  ARTICLE_AFTER,
  ARTICLE_COLUMNS,
  ARTICLE_FILTER,
  ENTITY,
  RESOLVE_PAIRS,
  articleFrom,
  countsOnDemand,
  filterParams,
  groupBy,
  spansFrom,
} from './cypher.js';
import { keysetAfter, keysetPage, once } from './page.js';
import type { ArticlePage, ArticleRow, DateTopicFilter, EntityKey, EntityKind, MentionRow, TopicScoreRow } from './rows.js';

/** Articles: by key, their text and edges (mentions, topics), lists of them, and the articles two entities share. */

export async function getArticles(db: Db, ids: readonly string[]): Promise<ArticleRow[]> {
  const res = await readQuery(
    db,
    'getArticles',
    `/* getArticles */
     UNWIND $ids AS id
     MATCH (a:Article {id: id})
     RETURN ${ARTICLE_COLUMNS}`,
    { ids },
  );
  return res.records.map(articleFrom);
}

/** The full text of each article, keyed by id (Article.text, asked for alone). */
export async function textsOfArticles(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const res = await readQuery(db, 'textsOfArticles', `/* textsOfArticles */ UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.text AS text`, {
    ids,
  });
  return new Map(res.records.map((r) => [r.get('id') as string, r.get('text') as string]));
}

// ---------------------------------------------------------------- what an article mentions

/** Entities of one kind mentioned by each article, with their spans, keyed by article id. */
export async function mentionsOfArticles(
  db: Db,
  kind: MentionRow['kind'],
  articleIds: readonly string[],
): Promise<Map<string, MentionRow[]>> {
  const { label, key } = ENTITY[kind];
  const res = await readQuery(
    db,
    `mentionsOfArticles:${kind}`,
    `/* mentionsOfArticles */
     UNWIND $ids AS id
     MATCH (a:Article {id: id})
     // The text once per article, the mentions as a list: spans are cut from it here.
     RETURN a.id AS articleId, a.text AS text,
            COLLECT { MATCH (a)-[r:MENTIONS]->(e:${label})
                      RETURN {entityId: e.${key}, count: r.count, offsets: r.offsets} ORDER BY r.count DESC, e.${key} } AS mentions`,
    { ids: articleIds },
  );
  const out = new Map<string, MentionRow[]>();
  for (const r of res.records) {
    const text: string = r.get('text');
    const mentions = r.get('mentions') as Array<{ entityId: string; count: number; offsets: number[] | null }>;
    out.set(r.get('articleId'), mentions.map((m) => ({ kind, entityId: m.entityId, count: m.count, spans: spansFrom(text, m.offsets) })));
  }
  return out;
}

export async function topicsOfArticles(db: Db, articleIds: readonly string[]): Promise<Map<string, TopicScoreRow[]>> {
  const res = await readQuery(
    db,
    'topicsOfArticles',
    `/* topicsOfArticles */
     UNWIND $ids AS id
     MATCH (a:Article {id: id})-[r:ABOUT]->(t:Topic)
     RETURN a.id AS articleId, t.id AS topicId, r.score AS score, coalesce(r.main, false) AS main
     ORDER BY main DESC, score DESC, topicId`,
    { ids: articleIds },
  );
  const out = new Map<string, TopicScoreRow[]>();
  for (const r of res.records) {
    const id: string = r.get('articleId');
    out.set(id, [...(out.get(id) ?? []), { topicId: r.get('topicId'), score: r.get('score'), main: r.get('main') }]);
  }
  return out;
}

// ---------------------------------------------------------------- lists of articles

export interface ArticleQuery extends DateTopicFilter {
  mentions?: EntityKey[];
  /** A Lucene query over titles (already escaped by luceneQuery). */
  titleQuery?: string | null;
  first: number;
  after?: string | null;
}

/**
 * Where an article list starts: the full-text index, the first entity given (an
 * index lookup and its relationships: put the rarest first), or the date index.
 * Closed set of texts; the entity or words are parameters.
 */
const ARTICLE_START = {
  text: `CALL db.index.fulltext.queryNodes('article_titles', $titleQuery, {limit: 5000}) YIELD node AS a`,
  Person: `MATCH (:Person {id: $anchor})<-[:MENTIONS]-(a:Article)`,
  Country: `MATCH (:Country {code: $anchor})<-[:MENTIONS]-(a:Article)`,
  Organization: `MATCH (:Organization {id: $anchor})<-[:MENTIONS]-(a:Article)`,
  Topic: `MATCH (:Topic {id: $anchor})<-[:ABOUT]-(a:Article)`,
  all: `MATCH (a:Article) WHERE a.publishedAt IS NOT NULL WITH a`,
} as const;

export async function listArticles(db: Db, q: ArticleQuery): Promise<ArticlePage> {
  const mentions = q.mentions ?? [];
  const start = q.titleQuery ? ARTICLE_START.text : mentions.length > 0 ? ARTICLE_START[mentions[0].kind] : ARTICLE_START.all;
  const where = `WHERE ${ARTICLE_FILTER}
       AND all(m IN $mentions WHERE EXISTS { (a)-[:MENTIONS|ABOUT]->(e) WHERE e.id = m.id AND m.label IN labels(e) })`;
  const params = {
    ...filterParams(q),
    titleQuery: q.titleQuery ?? null,
    anchor: mentions[0]?.id ?? null,
    // The anchor's articles mention it by construction: only the others are checked on each article.
    mentions: (start === ARTICLE_START.text ? mentions : mentions.slice(1)).map((m) => ({ id: m.id, label: ENTITY[m.kind].label })),
  };
  const { afterKey, afterId } = keysetAfter(q.after);
  const res = await readQuery(
    db,
    'listArticles',
    `/* listArticles */
     ${start}
     ${where} AND ${ARTICLE_AFTER}
     RETURN ${ARTICLE_COLUMNS}
     ORDER BY a.publishedAt DESC, a.id
     LIMIT $limit`,
    { ...params, afterKey, afterId, limit: int(q.first + 1) },
  );
  const totalCount = once(async () => {
    const c = await readQuery(db, 'countArticles', `/* countArticles */ ${start} ${where} RETURN count(a) AS n`, params);
    return c.records[0].get('n') as number;
  });
  return keysetPage(res.records.map(articleFrom), q.first, q.after, articleKey, totalCount);
}

const articleKey = (a: ArticleRow): [string, string] => [a.publishedAt ?? '', a.id];

export interface EntityArticlesArgs {
  from?: string | null;
  to?: string | null;
  first: number;
  after?: string | null;
}

/** A page of articles for each of many entities of one kind, in one query (Entity.articles on a list). */
export async function articlesOfEntities(db: Db, kind: EntityKind, ids: readonly string[], args: EntityArticlesArgs): Promise<ArticlePage[]> {
  const { label, key, rel } = ENTITY[kind];
  const { afterKey, afterId } = keysetAfter(args.after);
  const base = { ids, from: args.from ?? null, to: args.to ?? null, topicId: null };
  const res = await readQuery(
    db,
    `articlesOfEntities:${kind}`,
    `/* articlesOfEntities */
     UNWIND $ids AS key
     MATCH (e:${label} {${key}: key})
     CALL (e) {
       MATCH (e)<-[:${rel}]-(a:Article)
       WHERE ${ARTICLE_FILTER} AND ${ARTICLE_AFTER}
       RETURN a ORDER BY a.publishedAt DESC, a.id LIMIT $limit
     }
     RETURN key, ${ARTICLE_COLUMNS}`,
    { ...base, afterKey, afterId, limit: int(args.first + 1) },
  );
  const byEntity = groupBy(res.records, (r) => r.get('key') as string);
  const countOf = countsOnDemand(
    db,
    `countArticlesOfEntities:${kind}`,
    `/* countArticlesOfEntities */
     UNWIND $ids AS key
     MATCH (e:${label} {${key}: key})
     RETURN key, COUNT { MATCH (e)<-[:${rel}]-(a:Article) WHERE ${ARTICLE_FILTER} } AS n`,
    base,
  );
  return ids.map((id) =>
    keysetPage((byEntity.get(id) ?? []).map(articleFrom), args.first, args.after, articleKey, () => countOf(id)),
  );
}

// ---------------------------------------------------------------- articles two entities share

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
    { pairs: pairs.map(([x, y]) => [x, y]), ...filterParams(filter), first: int(first) },
  );
  const by = groupBy(res.records, (r) => String(r.get('i')));
  return pairs.map((_, i) => (by.get(String(i)) ?? []).map((r) => r.get('id') as string));
}
