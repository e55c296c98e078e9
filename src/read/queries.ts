import neo4j from 'neo4j-driver';
import { readQuery, toIso, type Db } from '../graph/driver.js';
import { foldName } from '../article/names.js';
import { ARTICLE_COLUMNS, ENTITY, MEETING_COLUMNS, articleFrom, meetingFrom, spansFrom } from './cypher.js';
import type {
  ArticleRow,
  CountryRow,
  LabelCountRow,
  MeetingRow,
  MentionRow,
  OrganizationRow,
  PersonRow,
  RoleRow,
  SearchHitRow,
  StatsRow,
  TopicRow,
  TopicScoreRow,
} from './rows.js';

/**
 * Lookups by key, article edges, search and stats: one function per question,
 * parameters only, rows parsed into plain objects here. Lists live in lists.ts,
 * aggregates in analytics.ts, traversals in traverse.ts.
 */

// ---------------------------------------------------------------- entities by key

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

export async function getPeople(db: Db, ids: readonly string[]): Promise<PersonRow[]> {
  const res = await readQuery(
    db,
    'getPeople',
    `/* getPeople */
     UNWIND $ids AS id
     MATCH (p:Person {id: id})
     RETURN p.id AS id, p.name AS name, p.aliases AS aliases, COUNT { ()-[:MENTIONS]->(p) } AS articleCount`,
    { ids },
  );
  return res.records.map((r) => ({
    kind: 'Person',
    id: r.get('id'),
    name: r.get('name'),
    aliases: r.get('aliases') ?? [],
    articleCount: r.get('articleCount'),
  }));
}

export async function getCountries(db: Db, codes: readonly string[]): Promise<CountryRow[]> {
  const res = await readQuery(
    db,
    'getCountries',
    `/* getCountries */
     UNWIND $codes AS code
     MATCH (c:Country {code: code})
     RETURN c.code AS code, c.name AS name, COUNT { ()-[:MENTIONS]->(c) } AS articleCount`,
    { codes },
  );
  return res.records.map((r) => ({
    kind: 'Country',
    id: r.get('code'),
    code: r.get('code'),
    name: r.get('name'),
    articleCount: r.get('articleCount'),
  }));
}

export async function getOrganizations(db: Db, ids: readonly string[]): Promise<OrganizationRow[]> {
  const res = await readQuery(
    db,
    'getOrganizations',
    `/* getOrganizations */
     UNWIND $ids AS id
     MATCH (o:Organization {id: id})
     RETURN o.id AS id, o.name AS name, o.aliases AS aliases, COUNT { ()-[:MENTIONS]->(o) } AS articleCount`,
    { ids },
  );
  return res.records.map((r) => ({
    kind: 'Organization',
    id: r.get('id'),
    name: r.get('name'),
    aliases: r.get('aliases') ?? [],
    articleCount: r.get('articleCount'),
  }));
}

export async function getTopics(db: Db, ids: readonly string[] | null): Promise<TopicRow[]> {
  const res = await readQuery(
    db,
    'getTopics',
    `/* getTopics */
     MATCH (t:Topic)
     WHERE $ids IS NULL OR t.id IN $ids
     RETURN t.id AS id, t.label AS label, t.iptc AS iptc, COUNT { ()-[:ABOUT]->(t) } AS articleCount
     ORDER BY articleCount DESC, id`,
    { ids },
  );
  return res.records.map((r) => ({
    kind: 'Topic',
    id: r.get('id'),
    name: r.get('label'),
    label: r.get('label'),
    iptc: r.get('iptc'),
    articleCount: r.get('articleCount'),
  }));
}

// ---------------------------------------------------------------- who met whom

/**
 * A person's id from a name, folded as the guide folds names: the person of that canonical
 * name; else, among the people whose name or alias holds it as a phrase, the most mentioned ("Clinton" in 2009 news: Hillary Clinton), as a reader takes a bare surname.
 */
export async function findPersonIdByName(db: Db, name: string): Promise<string | null> {
  const key = foldName(name);
  const res = await readQuery<{ id: string }>(
    db,
    'findPersonIdByName',
    `/* findPersonIdByName */
     OPTIONAL MATCH (exact:Person {nameKey: $key})
     WITH exact
     CALL (exact) {
       WITH exact WHERE exact IS NULL
       CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node, score
       WHERE node:Person
       // Not an exact alias first: the extractor records a bare surname ("Clinton") as an alias of
       // whoever an article called so, which would pin the name to the first such person.
       RETURN node ORDER BY COUNT { (node)<-[:MENTIONS]-() } DESC, score DESC, node.id LIMIT 1
       UNION
       WITH exact WHERE exact IS NOT NULL
       RETURN exact AS node
     }
     RETURN node.id AS id LIMIT 1`,
    { key, phrase: `"${key.replace(/["\\]/g, ' ')}"` },
  );
  return res.records[0]?.get('id') ?? null;
}

/** Meetings reported by each of the given articles, keyed by article id. */
export async function meetingsOfArticles(db: Db, articleIds: readonly string[]): Promise<Map<string, MeetingRow[]>> {
  const res = await readQuery(
    db,
    'meetingsOfArticles',
    `/* meetingsOfArticles */
     UNWIND $ids AS id
     MATCH (a:Article {id: id})-[:REPORTS]->(m:Meeting)
     RETURN ${MEETING_COLUMNS}
     ORDER BY start`,
    { ids: articleIds },
  );
  const out = new Map<string, MeetingRow[]>();
  for (const row of res.records.map(meetingFrom)) out.set(row.articleId, [...(out.get(row.articleId) ?? []), row]);
  return out;
}

// ---------------------------------------------------------------- article edges

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
     RETURN a.id AS articleId, t.id AS topicId, r.score AS score
     ORDER BY score DESC, topicId`,
    { ids: articleIds },
  );
  const out = new Map<string, TopicScoreRow[]>();
  for (const r of res.records) {
    const id: string = r.get('articleId');
    out.set(id, [...(out.get(id) ?? []), { topicId: r.get('topicId'), score: r.get('score') }]);
  }
  return out;
}

export async function rolesOfPeople(db: Db, personIds: readonly string[]): Promise<Map<string, RoleRow[]>> {
  const res = await readQuery(
    db,
    'rolesOfPeople',
    `/* rolesOfPeople */
     UNWIND $ids AS id
     MATCH (p:Person {id: id})-[h:HOLDS]->(t)
     RETURN p.id AS personId, h.title AS title,
            CASE WHEN t:Country THEN t.code END AS countryCode,
            CASE WHEN t:Organization THEN t.id END AS organizationId
     ORDER BY h.since, title`,
    { ids: personIds },
  );
  const out = new Map<string, RoleRow[]>();
  for (const r of res.records) {
    const id: string = r.get('personId');
    out.set(id, [...(out.get(id) ?? []), { title: r.get('title'), countryCode: r.get('countryCode'), organizationId: r.get('organizationId') }]);
  }
  return out;
}

// ---------------------------------------------------------------- search and stats

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A Lucene query from free text: each word exact (boosted), as a prefix, or up to
 * two edits away. The text is escaped, so it can only ever be words.
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 0 && !['and', 'or', 'not', 'to'].includes(w))
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => (w.length >= 4 ? `(${w}^3 OR ${w}* OR ${w}~)` : `(${w}^3 OR ${w}*)`)).join(' AND ');
}

export async function search(db: Db, text: string, first: number, kinds: string[] | null = null): Promise<SearchHitRow[]> {
  const query = luceneQuery(text);
  if (!query) return [];
  const res = await readQuery(
    db,
    'search',
    `/* search */
     CALL () {
       CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $depth}) YIELD node, score
       RETURN node, score
       UNION ALL
       CALL db.index.fulltext.queryNodes('article_titles', $query, {limit: $depth}) YIELD node, score
       RETURN node, score
     }
     WITH node, score WHERE $kinds IS NULL OR labels(node)[0] IN $kinds
     RETURN labels(node)[0] AS kind, coalesce(node.code, node.id) AS id, score
     ORDER BY score DESC, id
     LIMIT $first`,
    // Asked for one kind, the index is read deeper so that kind still fills the page.
    { query, first: neo4j.int(first), depth: neo4j.int(kinds ? first * 5 : first), kinds },
  );
  return res.records.map((r) => ({ kind: r.get('kind'), id: r.get('id'), score: r.get('score') }));
}

export async function stats(db: Db): Promise<StatsRow> {
  const res = await readQuery(
    db,
    'stats',
    `/* stats */
     RETURN COUNT { (:Article) } AS articles, COUNT { (:Person) } AS people, COUNT { (:Country) } AS countries,
            COUNT { (:Organization) } AS organizations, COUNT { (:Topic) } AS topics, COUNT { (:Meeting) } AS meetings,
            COLLECT { MATCH (a:Article) WHERE a.publishedAt IS NOT NULL RETURN a.publishedAt ORDER BY a.publishedAt LIMIT 1 }[0] AS first,
            COLLECT { MATCH (a:Article) WHERE a.publishedAt IS NOT NULL RETURN a.publishedAt ORDER BY a.publishedAt DESC LIMIT 1 }[0] AS last,
            COUNT { ()-[:MENTIONS]->() } AS MENTIONS, COUNT { ()-[:ABOUT]->() } AS ABOUT, COUNT { ()-[:REPORTS]->() } AS REPORTS,
            COUNT { ()-[:WITH]->() } AS WITH, COUNT { ()-[:HOLDS]->() } AS HOLDS`,
    {},
  );
  const r = res.records[0];
  return {
    articles: r.get('articles'),
    people: r.get('people'),
    countries: r.get('countries'),
    organizations: r.get('organizations'),
    topics: r.get('topics'),
    meetings: r.get('meetings'),
    nodes: (['Article', 'Person', 'Country', 'Organization', 'Topic', 'Meeting'] as const).map((label, i) => ({
      label,
      count: r.get(['articles', 'people', 'countries', 'organizations', 'topics', 'meetings'][i]) as number,
    })),
    relationships: ['MENTIONS', 'ABOUT', 'REPORTS', 'WITH', 'HOLDS'].map((label): LabelCountRow => ({ label, count: r.get(label) })),
    firstPublishedAt: toIso(r.get('first')),
    lastPublishedAt: toIso(r.get('last')),
  };
}
