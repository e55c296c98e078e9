import { int, readQuery, type Db } from '../graph/driver.js';
import { ARTICLE_FILTER, filterParams, groupBy } from './cypher.js';
import type { CountryPairRow, DateTopicFilter } from './rows.js';

/** Countries discussed together: co-occurrence counted over articles, ranked by articles, lift or PMI, and the articles behind a pair. */

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
    { pairs: pairs.map((p) => ({ a: p.a, b: p.b })), ...filterParams(filter), first: int(first) },
  );
  const by = groupBy(res.records, (r) => r.get('key') as string);
  return pairs.map((p) => (by.get(`${p.a}|${p.b}`) ?? []).map((r) => r.get('id') as string));
}
