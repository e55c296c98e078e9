import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { slugify } from '../../src/article/names.js';
import type { Extraction } from '../../src/extract/contract.js';
import { findDuplicates, mergeEntities, reresolve, splitEntities } from '../../src/graph/resolution.js';
import { writeArticles, type ArticleDocument } from '../../src/graph/writer.js';
import { freshDb, gql, graphCounts, startTestServer } from './helpers.js';

/**
 * Cross-article resolution at ingest, against the real test Neo4j: articles are written as the
 * extractor would hand them over (names, roles, countries), so each rule is tested on its own.
 */
let seq = 0;
interface P {
  name: string;
  country?: string;
  /** An organization the person holds a role in, as the article names it. */
  org?: string;
}
function doc(people: P[], opts: { countries?: string[]; orgs?: string[]; meet?: [string, string]; date?: string } = {}): ArticleDocument {
  seq += 1;
  const body = `Article ${seq} about ${people.map((p) => p.name).join(', ')}.`;
  const article = parseArticle(`Story ${seq}\n${opts.date ?? '2008-09-01'} 10:00:00.0\n${body}`, `test/${seq}.txt`);
  const span = { start: 0, end: 5, text: 'xxxxx' };
  const extraction: Extraction = {
    source: `test/${seq}.txt`,
    article: { id: article.id, title: article.title, publishedAt: article.publishedAt },
    people: people.map((p) => ({
      id: slugify(p.name),
      name: p.name,
      aliases: [],
      roles: [...(p.country ? [{ title: 'Minister', country: p.country }] : []), ...(p.org ? [{ title: 'Chief executive', organization: p.org }] : [])],
      mentions: [span],
    })),
    // A role's country is one the article mentions (the writer links roles to mentioned countries).
    countries: [...new Set([...(opts.countries ?? []), ...people.flatMap((p) => (p.country ? [p.country] : []))])].map((code) => ({ code, name: code, mentions: [{ ...span, via: 'name' as const }] })),
    organizations: (opts.orgs ?? []).map((name) => ({ id: slugify(name), name, aliases: [], mentions: [span] })),
    topics: [],
    meetings: opts.meet ? [{ participants: opts.meet, evidence: { start: 0, end: 10, text: 'they met' } }] : [],
  };
  return { article, extraction };
}

describe('cross-article resolution at ingest', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    db = await freshDb();
  });
  beforeEach(async () => {
    await db.driver.close();
    db = await freshDb();
  });
  afterAll(async () => {
    await db?.driver.close();
  });

  async function q<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const s = db.driver.session();
    try {
      return (await s.run(cypher, params)).records.map((r) => r.toObject() as T);
    } finally {
      await s.close();
    }
  }
  const people = async () => (await q<{ id: string }>('MATCH (p:Person) RETURN p.id AS id ORDER BY id')).map((r) => r.id);
  const orgs = async () => (await q<{ id: string }>('MATCH (o:Organization) RETURN o.id AS id ORDER BY id')).map((r) => r.id);
  const henry = () => Array.from({ length: 3 }, () => doc([{ name: 'Henry Paulson', country: 'US' }], { countries: ['US'] }));

  it('resolves a bare surname to the one prominent bearer that fits, keeping the reason and the name', async () => {
    await writeArticles(db, [...henry(), doc([{ name: 'John Paulson' }])]);
    await writeArticles(db, [doc([{ name: 'Paulson' }], { countries: ['US'] })]);
    expect(await people()).toEqual(['henry-paulson', 'john-paulson']);
    const [edge] = await q<{ via: string; as: string; aliases: string[] }>(
      "MATCH (a)-[m:MENTIONS]->(p:Person {id: 'henry-paulson'}) WHERE m.via IS NOT NULL RETURN m.via AS via, m.as AS as, p.aliases AS aliases",
    );
    expect(edge).toEqual({ via: 'surname', as: 'paulson', aliases: ['Paulson'] });
    // An article about Japan only: the U.S. Treasury's Paulson does not fit, the surname stays apart.
    await writeArticles(db, [doc([{ name: 'Paulson' }], { countries: ['JP'] })]);
    expect(await people()).toEqual(['henry-paulson', 'john-paulson', 'paulson']);
  });

  it('keeps a bare surname apart when two prominent bearers fit (the two Bushes)', async () => {
    const w = Array.from({ length: 3 }, () => doc([{ name: 'George W. Bush', country: 'US' }], { countries: ['US'] }));
    const hw = Array.from({ length: 3 }, () => doc([{ name: 'George H. W. Bush', country: 'US' }], { countries: ['US'] }));
    await writeArticles(db, [...w, ...hw]);
    await writeArticles(db, [doc([{ name: 'Bush' }], { countries: ['US'] }), doc([{ name: 'George Bush' }], { countries: ['US'] })]);
    expect(await people()).toEqual(['bush', 'george-bush', 'george-h-w-bush', 'george-w-bush']);
  });

  it('joins nicknames, middle initials and transliterations, in either order, and keeps father and son apart', async () => {
    await writeArticles(db, [doc([{ name: 'Henry Paulson' }, { name: 'Bernard Madoff' }, { name: 'Dmitry Medvedev' }, { name: 'Ken Griffey Sr' }])]);
    await writeArticles(db, [doc([{ name: 'Hank Paulson' }, { name: 'Bernard L. Madoff' }, { name: 'Dmitri Medvedev' }, { name: 'Ken Griffey Jr' }])]);
    // Within one batch too: the nickname after the full name.
    await writeArticles(db, [doc([{ name: 'Charles Schumer' }]), doc([{ name: 'Chuck Schumer' }])]);
    expect(await people()).toEqual(['bernard-madoff', 'charles-schumer', 'dmitry-medvedev', 'henry-paulson', 'ken-griffey-jr', 'ken-griffey-sr']);
    const vias = await q<{ via: string; as: string }>('MATCH ()-[m:MENTIONS]->(:Person) WHERE m.via IS NOT NULL RETURN m.via AS via, m.as AS as ORDER BY as');
    expect(vias).toEqual([
      { via: 'middle', as: 'bernard-l-madoff' },
      { via: 'nickname', as: 'chuck-schumer' },
      { via: 'transliteration', as: 'dmitri-medvedev' },
      { via: 'nickname', as: 'hank-paulson' },
    ]);
  });

  it('keeps a nickname apart when the roles disagree (two people sharing a name)', async () => {
    await writeArticles(db, [doc([{ name: 'Patricia Smith', country: 'US' }])]);
    await writeArticles(db, [doc([{ name: 'Pat Smith', country: 'GB' }]), doc([{ name: 'Pat Smith', country: 'US' }])]);
    expect(await people()).toEqual(['pat-smith', 'patricia-smith']);
  });

  it('moves a merged person\'s roles and meetings, and never makes a meeting of one person', async () => {
    await writeArticles(db, [doc([{ name: 'Henry Paulson' }, { name: 'Wang Qishan' }])]);
    await writeArticles(db, [doc([{ name: 'Hank Paulson', country: 'US' }, { name: 'Wang Qishan' }], { meet: ['Hank Paulson', 'Wang Qishan'] })]);
    const met = await q<{ ids: string[] }>('MATCH (m:Meeting)-[:WITH]->(p) WITH m, collect(p.id) AS ids RETURN ids');
    expect(met.map((m) => [...m.ids].sort())).toEqual([['henry-paulson', 'wang-qishan']]);
    expect(await q("MATCH (:Person {id: 'henry-paulson'})-[:HOLDS]->(c:Country) RETURN c.code AS code")).toEqual([{ code: 'US' }]);
  });

  it('joins organizations by legal suffix, ticker, "the" and acronym', async () => {
    await writeArticles(db, [doc([], { orgs: ['Freddie Mac', 'Google Inc', 'Carlyle Group'] })]);
    await writeArticles(db, Array.from({ length: 3 }, () => doc([], { orgs: ['International Atomic Energy Agency'] })));
    await writeArticles(db, [doc([], { orgs: ['Freddie Mac FRE', 'Google', 'The Carlyle Group', 'IAEA', 'Alphabet'] })]);
    expect(await orgs()).toEqual(['alphabet', 'carlyle-group', 'freddie-mac', 'google-inc', 'international-atomic-energy-agency']);
    const vias = await q<{ via: string; as: string }>('MATCH ()-[m:MENTIONS]->(:Organization) WHERE m.via IS NOT NULL RETURN m.via AS via, m.asName AS as ORDER BY as');
    expect(vias.map((v) => `${v.as}: ${v.via}`)).toEqual(['Freddie Mac FRE: ticker', 'Google: legal-suffix', 'IAEA: acronym', 'The Carlyle Group: legal-suffix']);
    // The nodes keep their names; the variants are aliases.
    const named = await q<{ name: string; aliases: string[] }>("MATCH (o:Organization) WHERE o.id IN ['freddie-mac', 'google-inc'] RETURN o.name AS name, o.aliases AS aliases ORDER BY name");
    expect(named).toEqual([
      { name: 'Freddie Mac', aliases: ['Freddie Mac FRE'] },
      { name: 'Google Inc', aliases: ['Google'] },
    ]);
  });

  it('keeps one node for a firm named with either legal suffix, its people\'s roles following the articles\' names', async () => {
    // The second article's role names the firm as the article does ("Goldman Sachs Group Inc"): the role must go
    // to the node the article's mention went to, not make a second node under the article's own id.
    await writeArticles(db, [doc([], { orgs: ['Goldman Sachs & Co'] })]);
    await writeArticles(db, [doc([{ name: 'Lloyd Blankfein', org: 'Goldman Sachs Group Inc' }], { orgs: ['Goldman Sachs Group Inc'] })]);
    await writeArticles(db, [doc([], { orgs: ['Goldman Sachs & Co'] })]);
    await writeArticles(db, [doc([], { orgs: ['Goldman Sachs Group Inc'] })]);
    expect(await orgs()).toEqual(['goldman-sachs-co']);
    const [node] = await q<{ articles: number; aliases: string[]; roles: number }>(
      "MATCH (o:Organization {id: 'goldman-sachs-co'}) RETURN COUNT { (o)<-[:MENTIONS]-() } AS articles, o.aliases AS aliases, COUNT { (:Person)-[:HOLDS]->(o) } AS roles",
    );
    expect(node).toEqual({ articles: 4, aliases: ['Goldman Sachs Group Inc'], roles: 1 });
    const vias = await q<{ via: string }>("MATCH ()-[m:MENTIONS]->(:Organization) WHERE m.asName = 'Goldman Sachs Group Inc' RETURN m.via AS via");
    expect(vias.map((v) => v.via)).toEqual(['legal-suffix', 'legal-suffix']);
  });

  it('sends every name of a firm to the most mentioned of its nodes when the graph already holds two', async () => {
    // Two nodes of one core name (written before this rule, or by an analyst's split undone): each article's
    // name goes to the bigger node, its own node included, so the two no longer swap articles.
    await writeArticles(db, [doc([], { orgs: ['Goldman Sachs & Co'] })]);
    await q("CREATE (:Organization {id: 'goldman-sachs-group', name: 'Goldman Sachs Group', aliases: [], aliasText: '', resolutionKey: 'goldman sachs', initials: 'gs', headKey: 'goldman'})");
    await writeArticles(db, [doc([], { orgs: ['Goldman Sachs Group Inc'] }), doc([], { orgs: ['Goldman Sachs & Co'] })]);
    await writeArticles(db, [doc([], { orgs: ['Goldman Sachs Group Inc'] })]);
    const counts = await q<{ id: string; articles: number }>('MATCH (o:Organization) RETURN o.id AS id, COUNT { (o)<-[:MENTIONS]-() } AS articles ORDER BY id');
    expect(counts).toEqual([
      { id: 'goldman-sachs-co', articles: 4 },
      { id: 'goldman-sachs-group', articles: 0 },
    ]);
  });

  it('re-ingesting and reresolve duplicate nothing; reresolve joins what arrived in the wrong order', async () => {
    // The bare surname first: no bearer yet, a node of its own.
    await writeArticles(db, [doc([{ name: 'Paulson' }], { countries: ['US'] })]);
    const docs = [...henry(), doc([{ name: 'Hank Paulson' }], { countries: ['US'] })];
    await writeArticles(db, docs);
    expect(await people()).toEqual(['henry-paulson', 'paulson']);
    const first = await reresolve(db);
    // Resolver merges are undone and made again, so Hank's ingest-time merge is made anew.
    expect(first.merged.map((m) => `${m.from} > ${m.into}: ${m.via}`).sort()).toEqual(['hank-paulson > henry-paulson: nickname', 'paulson > henry-paulson: surname']);
    expect(await people()).toEqual(['henry-paulson']);
    const after = await graphCounts(db);
    const second = await reresolve(db);
    expect(await graphCounts(db)).toEqual(after);
    expect(second.merged.map((m) => m.from).sort()).toEqual(['hank-paulson', 'paulson']);
    await writeArticles(db, docs);
    expect(await graphCounts(db)).toEqual(after);
    expect(await q("MATCH (:Article)-[m:MENTIONS]->(:Person {id: 'henry-paulson'}) RETURN count(m) AS n")).toEqual([{ n: 5 }]);
  });

  it('keeps an analyst\'s merge and split through re-ingest and reresolve', async () => {
    await writeArticles(db, [doc([{ name: 'Henry Paulson' }], { meet: undefined }), doc([{ name: 'Hank Paulson' }, { name: 'Wang Qishan' }], { meet: ['Hank Paulson', 'Wang Qishan'] })]);
    await writeArticles(db, [doc([{ name: 'Hank Paulson' }, { name: 'Wang Qishan' }], { meet: ['Hank Paulson', 'Wang Qishan'] })]);
    expect(await people()).toEqual(['henry-paulson', 'wang-qishan']);
    // Split: Hank's mentions and meetings leave Henry, and stay apart.
    await splitEntities(db, 'Person', 'henry-paulson', 'hank-paulson');
    expect(await people()).toEqual(['hank-paulson', 'henry-paulson', 'wang-qishan']);
    // The two articles report one meeting (same people, same day): one event, both reports now Hank's.
    expect(await q("MATCH (:Meeting)-[:WITH]->(p:Person {id: 'hank-paulson'}) RETURN count(*) AS n")).toEqual([{ n: 1 }]);
    expect(await q("MATCH (:Article)-[r:REPORTS]->(:Meeting)-[:WITH]->(:Person {id: 'hank-paulson'}) WHERE 'hank-paulson' IN r.participantIds RETURN count(r) AS n")).toEqual([{ n: 2 }]);
    expect(await q("MATCH (:Meeting)-[:WITH]->(p:Person {id: 'henry-paulson'}) RETURN count(*) AS n")).toEqual([{ n: 0 }]);
    await writeArticles(db, [doc([{ name: 'Hank Paulson' }])]);
    await reresolve(db);
    expect(await people()).toEqual(['hank-paulson', 'henry-paulson', 'wang-qishan']);
    // Merge: two names the rules keep apart become one, for later articles too.
    await writeArticles(db, [doc([{ name: 'Lula' }]), doc([{ name: 'Luiz Inacio Lula da Silva' }])]);
    await mergeEntities(db, 'Person', 'luiz-inacio-lula-da-silva', 'lula');
    await writeArticles(db, [doc([{ name: 'Lula' }])]);
    await reresolve(db);
    expect((await people()).filter((p) => p.includes('lula'))).toEqual(['luiz-inacio-lula-da-silva']);
    expect(await q("MATCH (:Article)-[m:MENTIONS]->(:Person {id: 'luiz-inacio-lula-da-silva'}) RETURN count(m) AS n")).toEqual([{ n: 3 }]);
  });

  it('applies analysts\' decisions of both kinds in one batch, each only to its kind, to every article of the batch', async () => {
    await writeArticles(db, [doc([{ name: 'Lula' }, { name: 'Luiz Inacio Lula da Silva' }], { orgs: ['Alphabet', 'Google Inc'] })]);
    await mergeEntities(db, 'Organization', 'google-inc', 'alphabet');
    await mergeEntities(db, 'Person', 'luiz-inacio-lula-da-silva', 'lula');
    // Three articles of one batch name the merged organization; one also names a person whose id is the organization's.
    await writeArticles(db, [doc([{ name: 'Lula' }], { orgs: ['Alphabet'] }), doc([], { orgs: ['Alphabet'] }), doc([{ name: 'Alphabet' }], { orgs: ['Alphabet'] })]);
    expect(await orgs()).toEqual(['google-inc']);
    expect(await people()).toEqual(['alphabet', 'luiz-inacio-lula-da-silva']);
    // The first article named both, so the merge joined its two edges: the batch's three articles each have one.
    expect(await q("MATCH (:Article)-[m:MENTIONS {as: 'alphabet'}]->(:Organization {id: 'google-inc'}) RETURN m.via AS via, count(*) AS n")).toEqual([{ via: 'analyst', n: 3 }]);
    expect(await q("MATCH (:Article)-[m:MENTIONS {as: 'lula'}]->(:Person {id: 'luiz-inacio-lula-da-silva'}) RETURN m.via AS via, count(*) AS n")).toEqual([{ via: 'analyst', n: 1 }]);
  });

  it('lists likely duplicates with their evidence', async () => {
    const w = Array.from({ length: 3 }, () => doc([{ name: 'George W. Bush', country: 'US' }], { countries: ['US'] }));
    const hw = Array.from({ length: 3 }, () => doc([{ name: 'George H. W. Bush', country: 'US' }], { countries: ['US'] }));
    await writeArticles(db, [...w, ...hw, doc([{ name: 'Bush' }], { countries: ['US'] })]);
    const dups = await findDuplicates(db, 'Person', 10);
    const bare = dups.filter((d) => d.a.id === 'bush' || d.b.id === 'bush');
    expect(bare).toHaveLength(2);
    expect(bare[0].evidence).toMatch(/bare surname "bush"/);
  });
});

describe('analyst overrides as mutations behind the API key', () => {
  const KEY = 'test-key-0123456789abcdef';
  it('merges and splits people over HTTP, refusing without the key and naming bad input', async () => {
    const db = await freshDb();
    const server = await startTestServer(db, { apiKey: KEY });
    try {
      await writeArticles(db, [doc([{ name: 'Lula' }]), doc([{ name: 'Luiz Inacio Lula da Silva' }])]);
      const MERGE = `mutation ($kind: EntityKind!, $into: ID!, $from: ID!) { mergeEntities(kind: $kind, into: $into, from: $from) { kind id from mentionsMoved } }`;
      const SPLIT = `mutation ($kind: EntityKind!, $id: ID!, $from: ID!) { splitEntities(kind: $kind, id: $id, from: $from) { kind id from mentionsMoved } }`;
      const vars = { kind: 'PERSON', into: 'luiz-inacio-lula-da-silva', from: 'lula' };
      expect((await gql(server.url, MERGE, vars)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const auth = { authorization: `Bearer ${KEY}` };
      const bad = await gql(server.url, MERGE, { ...vars, kind: 'COUNTRY' }, auth);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'kind' });
      const missing = await gql(server.url, MERGE, { ...vars, into: 'nobody' }, auth);
      expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'into' });
      const merged = await gql(server.url, MERGE, vars, auth);
      expect(merged.data.mergeEntities).toEqual({ kind: 'PERSON', id: 'luiz-inacio-lula-da-silva', from: 'lula', mentionsMoved: 0 });
      const s = db.driver.session();
      const ids = async () => (await s.run('MATCH (p:Person) RETURN p.id AS id ORDER BY id')).records.map((r) => r.get('id'));
      expect(await ids()).toEqual(['luiz-inacio-lula-da-silva']);
      const split = await gql(server.url, SPLIT, { kind: 'PERSON', id: 'luiz-inacio-lula-da-silva', from: 'lula' }, auth);
      expect(split.data.splitEntities.mentionsMoved).toBe(1);
      expect(await ids()).toEqual(['luiz-inacio-lula-da-silva', 'lula']);
      await s.close();
    } finally {
      await server.close();
      await db.driver.close();
    }
  });
});
