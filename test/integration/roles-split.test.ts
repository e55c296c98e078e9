import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { slugify } from '../../src/article/names.js';
import type { Extraction } from '../../src/extract/contract.js';
import { reresolve, splitEntities } from '../../src/graph/resolution.js';
import { writeArticles, type ArticleDocument } from '../../src/graph/writer.js';
import { freshDb } from './helpers.js';

let seq = 0;
function doc(person: string | null, org: string): ArticleDocument {
  seq += 1;
  const text = `Story ${seq}\n2010-01-0${(seq % 9) + 1} 12:00:00.0\nbody ${seq}\n`;
  const article = parseArticle(text, `r${seq}.txt`);
  const span = { start: 0, end: 5, text: 'Story' };
  const extraction: Extraction = {
    source: `r${seq}.txt`,
    article: { id: article.id, title: article.title, publishedAt: article.publishedAt },
    people: person ? [{ id: slugify(person), name: person, aliases: [], roles: [{ title: 'Chief executive', organization: org }], mentions: [span] }] : [],
    countries: [],
    organizations: [{ id: slugify(org), name: org, aliases: [], mentions: [span] }],
    topics: [],
    meetings: [],
  };
  return { article, extraction };
}

/** Each organization: the articles naming it and who holds a role in it. */
const HOLDERS = 'MATCH (o:Organization) RETURN o.id AS id, COUNT { (o)<-[:MENTIONS]-() } AS articles, [(p:Person)-[:HOLDS]->(o) | p.id] AS holders ORDER BY id';

describe('roles after an analyst split', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => { db = await freshDb(); });
  afterAll(async () => { await db?.driver.close(); });
  async function q<T = Record<string, unknown>>(cypher: string): Promise<T[]> {
    const s = db.driver.session();
    try { return (await s.run(cypher)).records.map((r) => r.toObject() as T); } finally { await s.close(); }
  }
  it('the role follows the mention back out on split', async () => {
    await writeArticles(db, [doc(null, 'Delta Inc'), doc(null, 'Delta Inc')]);
    await writeArticles(db, [doc('Jane Roe', 'Delta Corp')]);
    // Resolution sent "Delta Corp" and its role to the more mentioned node.
    expect(await q(HOLDERS)).toEqual([{ id: 'delta-inc', articles: 3, holders: ['jane-roe'] }]);
    await splitEntities(db, 'Organization', 'delta-inc', 'delta-corp');
    const after = await q(HOLDERS);
    expect(after).toEqual([
      { id: 'delta-corp', articles: 1, holders: ['jane-roe'] },
      { id: 'delta-inc', articles: 2, holders: [] },
    ]);
  });

  it('a role stated of the node kept stays; one stated of the split name leaves it, and its since is its own', async () => {
    await (await freshDb()).driver.close();
    await writeArticles(db, [doc('John Doe', 'Delta Inc'), doc(null, 'Delta Inc')]);
    await writeArticles(db, [doc('John Doe', 'Delta Corp')]);
    const roles = 'MATCH (:Person {id: "john-doe"})-[h:HOLDS]->(o) RETURN o.id AS id, size(h.articles) AS articles, toString(h.since) AS since ORDER BY id';
    const [merged] = await q<{ since: string }>(roles);
    expect(await q(roles)).toEqual([{ id: 'delta-inc', articles: 2, since: merged.since }]);
    await splitEntities(db, 'Organization', 'delta-inc', 'delta-corp');
    expect(await q(HOLDERS)).toEqual([
      { id: 'delta-corp', articles: 1, holders: ['john-doe'] },
      { id: 'delta-inc', articles: 2, holders: ['john-doe'] },
    ]);
    const [corp, inc] = await q<{ id: string; articles: number; since: string }>(roles);
    expect([corp.articles, inc.articles]).toEqual([1, 1]);
    // The third article (the split name's) is the later one: each edge's since is its own article's date.
    expect(corp.since > inc.since).toBe(true);
    expect(inc.since).toBe(merged.since);
  });

  it('reresolve takes the role back out with its mention and merges both again: the graph is as before', async () => {
    await (await freshDb()).driver.close();
    await writeArticles(db, [doc('John Doe', 'Delta Inc'), doc(null, 'Delta Inc')]);
    await writeArticles(db, [doc('Jane Roe', 'Delta Corp')]);
    const edges = 'MATCH (p:Person)-[h:HOLDS]->(o) RETURN p.id AS p, o.id AS o, h.articles AS articles, h.named AS named, toString(h.since) AS since ORDER BY p';
    const before = await q(edges);
    const summary = await reresolve(db);
    expect(summary.restored).toBe(1);
    expect(summary.merged.map((m) => [m.into, m.from])).toEqual([['delta-inc', 'delta-corp']]);
    expect(await q(edges)).toEqual(before);
    expect(await q(HOLDERS)).toEqual([{ id: 'delta-inc', articles: 3, holders: ['jane-roe', 'john-doe'] }]);
  });
});
