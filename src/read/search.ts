import { int, readQuery, toIso, type Db } from '../graph/driver.js';
import { countryOfSurface } from '../extract/countries/gazetteer.js';
import type { LabelCountRow, SearchHitRow, StatsRow } from './rows.js';

/** Full-text search over names, aliases and titles, and what the graph holds (stats). */

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

/** "greek" → "Greek", "SOUTH korean" → "South Korean": the gazetteer's keys are case-sensitive. */
function titleCase(text: string): string {
  return text.replace(/\p{L}+/gu, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
}

/**
 * The countries a query names as extraction reads them, through the same gazetteer: the whole
 * query as a name, abbreviation, capital or demonym ("Greek" → GR, "Chinese" → CN, "U.S." → US),
 * and each of its words that is a demonym or adjective ("Greek ships" → GR). A single word that is
 * only a name ("Jordan" in "Michael Jordan") is left to the full-text index.
 */
export function countriesNamedBy(text: string): string[] {
  const codes = new Set<string>();
  const whole = countryOfSurface(titleCase(text.trim()));
  if (whole) codes.add(whole.code);
  for (const w of text.split(/[^\p{L}.]+/u).filter((x) => x.length >= 3)) {
    const hit = countryOfSurface(titleCase(w));
    if (hit?.via === 'demonym') codes.add(hit.code);
  }
  return [...codes].slice(0, 5);
}

/**
 * Full-text hits over names, aliases and titles, best first. Countries the query names through
 * the extraction's gazetteer (demonyms and adjectives included) come first, scored just above the
 * best full-text hit.
 */
export async function search(db: Db, text: string, first: number, kinds: string[] | null = null): Promise<SearchHitRow[]> {
  const query = luceneQuery(text);
  const codes = kinds === null || kinds.includes('Country') ? countriesNamedBy(text) : [];
  if (!query && !codes.length) return [];
  const res = await readQuery(
    db,
    'search',
    `/* search */
     CALL () {
       WITH $query AS q WHERE q IS NOT NULL
       CALL db.index.fulltext.queryNodes('entity_names', q, {limit: $depth}) YIELD node, score
       RETURN node, score
       UNION ALL
       WITH $query AS q WHERE q IS NOT NULL
       CALL db.index.fulltext.queryNodes('article_titles', q, {limit: $depth}) YIELD node, score
       RETURN node, score
       UNION ALL
       UNWIND $codes AS code
       MATCH (node:Country {code: code})
       RETURN node, -1.0 AS score
     }
     WITH node, score WHERE $kinds IS NULL OR labels(node)[0] IN $kinds
     WITH collect({node: node, score: score}) AS hits
     WITH hits, reduce(top = 0.0, h IN hits | CASE WHEN h.score > top THEN h.score ELSE top END) AS top
     UNWIND hits AS h
     WITH h.node AS node, CASE WHEN h.score < 0 THEN top + 1.0 ELSE h.score END AS score
     WITH node, max(score) AS score
     RETURN labels(node)[0] AS kind, coalesce(node.code, node.id) AS id, score
     ORDER BY score DESC, id
     LIMIT $first`,
    // Asked for one kind, the index is read deeper so that kind still fills the page.
    { query, first: int(first), depth: int(kinds ? first * 5 : first), kinds, codes },
  );
  return res.records.map((r) => ({ kind: r.get('kind'), id: r.get('id'), score: r.get('score') }));
}

// ---------------------------------------------------------------- what the graph holds

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

/** Articles in the graph, all of them (`serve` seeds an empty graph). */
export async function countAllArticles(db: Db): Promise<number> {
  const res = await readQuery<{ n: number }>(db, 'countAllArticles', `/* countAllArticles */ MATCH (a:Article) RETURN count(a) AS n`, {});
  return res.records[0].get('n');
}
