import neo4j from 'neo4j-driver';
import { readQuery, toIso, type Db } from '../graph/driver.js';
import {
  ARTICLE_AFTER,
  ARTICLE_COLUMNS,
  ARTICLE_FILTER,
  ENTITY,
  MEETING_COLUMNS,
  MEETING_DATES,
  MEETING_FILTER,
  articleFrom,
  filterParams,
  groupBy,
  meetingFrom,
} from './cypher.js';
import { keysetAfter, keysetPage, offsetAfter, offsetPage, once } from './page.js';
import type {
  ArticlePage,
  ArticleRow,
  DateTopicFilter,
  EntityKey,
  EntityKind,
  MeetingPage,
  MeetingPairRow,
  MeetingRow,
  Page,
} from './rows.js';

// ---------------------------------------------------------------- articles

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
    { ...params, afterKey, afterId, limit: neo4j.int(q.first + 1) },
  );
  const totalCount = once(async () => {
    const c = await readQuery(db, 'countArticles', `/* countArticles */ ${start} ${where} RETURN count(a) AS n`, params);
    return c.records[0].get('n') as number;
  });
  return keysetPage(res.records.map(articleFrom), q.first, q.after, articleKey, totalCount);
}

const articleKey = (a: ArticleRow): [string, string] => [a.publishedAt ?? '', a.id];

/**
 * The totals of a batched list: one query returning `key, n` for every parent,
 * run only when some page's totalCount is asked for, and then once.
 */
function countsOnDemand(db: Db, name: string, cypher: string, params: Record<string, unknown>): (key: string) => Promise<number> {
  let counts: Promise<Map<string, number>> | undefined;
  return async (key) => {
    counts ??= readQuery(db, name, cypher, params).then((r) => new Map(r.records.map((x) => [x.get('key') as string, x.get('n') as number])));
    return (await counts).get(key) ?? 0;
  };
}

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
    { ...base, afterKey, afterId, limit: neo4j.int(args.first + 1) },
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

// ---------------------------------------------------------------- entity lists

const ENTITY_LIST = {
  Person: `MATCH (e:Person) WHERE $q IS NULL OR toLower(e.name) CONTAINS $q OR any(x IN e.aliases WHERE toLower(x) CONTAINS $q)
           WITH e, COUNT { ()-[:MENTIONS]->(e) } AS n`,
  Country: `MATCH (e:Country) WHERE $q IS NULL OR toLower(e.name) CONTAINS $q OR toLower(e.code) = $q
           WITH e, COUNT { ()-[:MENTIONS]->(e) } AS n`,
  Organization: `MATCH (e:Organization) WHERE $q IS NULL OR toLower(e.name) CONTAINS $q OR any(x IN e.aliases WHERE toLower(x) CONTAINS $q)
           WITH e, COUNT { ()-[:MENTIONS]->(e) } AS n`,
  Topic: `MATCH (e:Topic) WHERE $q IS NULL OR toLower(e.label) CONTAINS $q
           WITH e, COUNT { ()-[:ABOUT]->(e) } AS n WHERE n > 0`,
} as const;

/** Entities of one kind, most mentioned first: their keys, to be loaded through the per-request loaders. */
export async function listEntities(
  db: Db,
  kind: EntityKind,
  args: { nameContains?: string | null; first: number; after?: string | null },
): Promise<Page<string>> {
  const skip = offsetAfter(args.after);
  const q = args.nameContains ? args.nameContains.toLowerCase() : null;
  const res = await readQuery(
    db,
    `listEntities:${kind}`,
    `/* listEntities */
     ${ENTITY_LIST[kind]}
     RETURN e.${ENTITY[kind].key} AS key ORDER BY n DESC, key SKIP $skip LIMIT $limit`,
    { q, skip: neo4j.int(skip), limit: neo4j.int(args.first + 1) },
  );
  const totalCount = once(async () => {
    const c = await readQuery(db, `countEntities:${kind}`, `/* countEntities */ ${ENTITY_LIST[kind]} RETURN count(e) AS n`, { q });
    return c.records[0].get('n') as number;
  });
  return offsetPage(
    res.records.map((r) => r.get('key') as string),
    args.first,
    skip,
    totalCount,
  );
}

// ---------------------------------------------------------------- meetings

export interface MeetingQuery {
  personId?: string | null;
  withPersonId?: string | null;
  from?: string | null;
  to?: string | null;
  /** Only meetings reported in articles about this topic. */
  topicId?: string | null;
  first: number;
  after?: string | null;
}

const MEETING_START = {
  person: `MATCH (:Person {id: $personId})<-[:WITH]-(m:Meeting)`,
  // A range on the indexed date (open ends as far-off instants), so the index is read in order.
  all: `MATCH (m:Meeting) WHERE m.date >= coalesce(datetime($from), datetime('0001-01-01T00:00Z')) AND m.date < coalesce(datetime($to), datetime('9999-12-31T00:00Z')) WITH m`,
} as const;

const MEETING_WHERE = `WHERE ${MEETING_FILTER}
       AND ($withPersonId IS NULL OR EXISTS { (m)-[:WITH]->(:Person {id: $withPersonId}) })`;

/** Newest first, then by id: every date-ordered meeting list, with its keyset condition. */
const MEETING_AFTER = `($afterKey IS NULL OR m.date < datetime($afterKey) OR (m.date = datetime($afterKey) AND m.id > $afterId))`;

const meetingKey = (m: MeetingRow): [string, string] => [m.date ?? '', m.id];

export async function findMeetings(db: Db, q: MeetingQuery): Promise<MeetingPage> {
  const start = q.personId ? MEETING_START.person : MEETING_START.all;
  const params = { personId: q.personId ?? null, withPersonId: q.withPersonId ?? null, from: q.from ?? null, to: q.to ?? null, topicId: q.topicId ?? null };
  const { afterKey, afterId } = keysetAfter(q.after);
  const res = await readQuery(
    db,
    'findMeetings',
    `/* findMeetings */
     ${start}
     ${MEETING_WHERE} AND ${MEETING_AFTER}
     MATCH (a:Article)-[:REPORTS]->(m)
     WITH m, a ORDER BY m.date DESC, m.id LIMIT $limit
     RETURN ${MEETING_COLUMNS}`,
    { ...params, afterKey, afterId, limit: neo4j.int(q.first + 1) },
  );
  const totalCount = once(async () => {
    const c = await readQuery(db, 'countMeetings', `/* countMeetings */ ${start} ${MEETING_WHERE} RETURN count(m) AS n`, params);
    return c.records[0].get('n') as number;
  });
  return keysetPage(res.records.map(meetingFrom), q.first, q.after, meetingKey, totalCount);
}

/** Meetings by id, in the order asked. */
export async function getMeetings(db: Db, ids: readonly string[]): Promise<MeetingRow[]> {
  const res = await readQuery(
    db,
    'getMeetings',
    `/* getMeetings */
     UNWIND $ids AS id
     MATCH (a:Article)-[:REPORTS]->(m:Meeting {id: id})
     RETURN ${MEETING_COLUMNS}`,
    { ids },
  );
  return res.records.map(meetingFrom);
}

const PAIR_COLUMNS = `count(DISTINCT m) AS meetingCount, count(DISTINCT a) AS articleCount,
            min(m.date) AS firstDate, max(m.date) AS lastDate, collect(DISTINCT m.id)[..100] AS meetingIds`;

function pairFrom(r: { get(k: string): any }): MeetingPairRow {
  return {
    a: r.get('a'),
    b: r.get('b'),
    meetingCount: r.get('meetingCount'),
    articleCount: r.get('articleCount'),
    firstDate: toIso(r.get('firstDate')),
    lastDate: toIso(r.get('lastDate')),
    meetingIds: r.get('meetingIds'),
  };
}

export interface PairArgs {
  from?: string | null;
  to?: string | null;
  first: number;
  after?: string | null;
}

/** Everyone each of the given people met, most meetings first (Person.metWith, meetingPairs of a person). */
export async function meetingPairsOf(db: Db, personIds: readonly string[], args: PairArgs): Promise<Array<Page<MeetingPairRow>>> {
  const skip = offsetAfter(args.after);
  const res = await readQuery(
    db,
    'meetingPairsOf',
    `/* meetingPairsOf */
     UNWIND $ids AS id
     MATCH (p:Person {id: id})
     CALL (p) {
       MATCH (p)<-[:WITH]-(m:Meeting)-[:WITH]->(o:Person)
       WHERE o <> p AND ${MEETING_DATES}
       MATCH (a:Article)-[:REPORTS]->(m)
       WITH o, m, a ORDER BY m.date DESC
       RETURN o.id AS b, ${PAIR_COLUMNS}
       ORDER BY meetingCount DESC, lastDate DESC, b SKIP $skip LIMIT $limit
     }
     RETURN id AS a, b, meetingCount, articleCount, firstDate, lastDate, meetingIds`,
    { ids: personIds, from: args.from ?? null, to: args.to ?? null, skip: neo4j.int(skip), limit: neo4j.int(args.first + 1) },
  );
  const byPerson = groupBy(res.records.map(pairFrom), (r) => r.a);
  const countOf = countsOnDemand(
    db,
    'countMeetingPairsOf',
    `/* countMeetingPairsOf */
     UNWIND $ids AS key
     MATCH (p:Person {id: key})
     RETURN key, COUNT { MATCH (p)<-[:WITH]-(m:Meeting)-[:WITH]->(o:Person)
                         WHERE o <> p AND ${MEETING_DATES}
                         RETURN DISTINCT o } AS n`,
    { ids: personIds, from: args.from ?? null, to: args.to ?? null },
  );
  return personIds.map((id) => offsetPage(byPerson.get(id) ?? [], args.first, skip, () => countOf(id)));
}

/** Every pair of people who met in the range, most meetings first. */
export async function allMeetingPairs(db: Db, args: PairArgs): Promise<Page<MeetingPairRow>> {
  const skip = offsetAfter(args.after);
  const match = `MATCH (p:Person)<-[:WITH]-(m:Meeting)-[:WITH]->(o:Person)
     WHERE p.id < o.id AND ${MEETING_DATES}`;
  const params = { from: args.from ?? null, to: args.to ?? null };
  const res = await readQuery(
    db,
    'allMeetingPairs',
    `/* allMeetingPairs */
     ${match}
     MATCH (a:Article)-[:REPORTS]->(m)
     WITH p, o, m, a ORDER BY m.date DESC
     RETURN p.id AS a, o.id AS b, ${PAIR_COLUMNS}
     ORDER BY meetingCount DESC, lastDate DESC, a, b SKIP $skip LIMIT $limit`,
    { ...params, skip: neo4j.int(skip), limit: neo4j.int(args.first + 1) },
  );
  const totalCount = once(async () => {
    const c = await readQuery(db, 'countAllMeetingPairs', `/* countAllMeetingPairs */ ${match} RETURN count(DISTINCT [p, o]) AS n`, params);
    return c.records[0].get('n') as number;
  });
  return offsetPage(res.records.map(pairFrom), args.first, skip, totalCount);
}

/** A page of meetings for each of many people, in one query (Person.meetings on a list). */
export async function meetingsOfPeople(
  db: Db,
  personIds: readonly string[],
  q: Omit<MeetingQuery, 'personId'>,
): Promise<MeetingPage[]> {
  const { afterKey, afterId } = keysetAfter(q.after);
  const params = { ids: personIds, withPersonId: q.withPersonId ?? null, from: q.from ?? null, to: q.to ?? null, topicId: q.topicId ?? null };
  const res = await readQuery(
    db,
    'meetingsOfPeople',
    `/* meetingsOfPeople */
     UNWIND $ids AS personId
     MATCH (p:Person {id: personId})
     CALL (p) {
       MATCH (p)<-[:WITH]-(m:Meeting)
       ${MEETING_WHERE} AND ${MEETING_AFTER}
       RETURN m ORDER BY m.date DESC, m.id LIMIT $limit
     }
     MATCH (a:Article)-[:REPORTS]->(m)
     RETURN personId, ${MEETING_COLUMNS}
     ORDER BY m.date DESC, m.id`,
    { ...params, afterKey, afterId, limit: neo4j.int(q.first + 1) },
  );
  const byPerson = groupBy(res.records, (r) => r.get('personId') as string);
  const countOf = countsOnDemand(
    db,
    'countMeetingsOfPeople',
    `/* countMeetingsOfPeople */
     UNWIND $ids AS key
     MATCH (p:Person {id: key})
     RETURN key, COUNT { MATCH (p)<-[:WITH]-(m:Meeting) ${MEETING_WHERE} } AS n`,
    params,
  );
  return personIds.map((id) =>
    keysetPage((byPerson.get(id) ?? []).map(meetingFrom), q.first, q.after, meetingKey, () => countOf(id)),
  );
}
