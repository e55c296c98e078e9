import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeArticles } from '../../src/graph/writer.js';
import type { RunningServer } from '../../src/graphql/server.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { graphVersion } from '../../src/read/cache.js';
import { freshDb, gql, startTestServer, testConfig } from './helpers.js';

/** One article in the seed format, naming the countries given. */
function article(source: string, day: number, countries: string[]) {
  const text = [
    `Talks on trade between ${countries.join(' and ')}`,
    `2010-03-${String(day).padStart(2, '0')} 09:00:00.0`,
    `Officials from ${countries.join(', ')} met on Tuesday to discuss trade and tariffs, ministers said. ` +
      `The talks between ${countries.join(' and ')} will continue next month.`,
  ].join('\n');
  return { source, bytes: Buffer.from(text) };
}

async function* items(...xs: Array<ReturnType<typeof article>>) {
  yield* xs;
}

const PAIRS = `{ countryPairs(orderBy: ARTICLES, first: 50) { nodes { a { code } b { code } articleCount } } }`;
const pairsOf = (data: any) =>
  Object.fromEntries(data.countryPairs.nodes.map((p: any) => [[p.a.code, p.b.code].sort().join('-'), p.articleCount]));
const HOOD = `{ neighbourhood(ref: {kind: COUNTRY, id: "FR"}, depth: 1) { nodes { id } } }`;

/**
 * Aggregate answers are cached under the graph's version: a repeated question reads no
 * aggregate from the database, and a write by anyone (here the ingest pipeline and the
 * writer, not the server) is seen by the next request.
 */
describe('the read cache', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let server: RunningServer;
  const ask = async (query: string, s = server) => {
    const res = await gql(s.url, query);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data;
  };
  const idOf = async (source: string) => {
    const session = db.driver.session();
    try {
      return (await session.run('MATCH (a:Article {source: $source}) RETURN a.id AS id', { source })).records[0].get('id') as string;
    } finally {
      await session.close();
    }
  };
  /** The statements the next `fn` runs, by name. */
  const statementsOf = async (fn: () => Promise<unknown>) => {
    db.queries.length = 0;
    await fn();
    return [...db.queries];
  };

  beforeAll(async () => {
    db = await freshDb();
    const summary = await ingest(
      db,
      items(article('t/1', 1, ['France', 'Germany']), article('t/2', 2, ['France', 'Germany']), article('t/3', 3, ['France', 'Japan'])),
      { workers: 0 },
    );
    expect(summary.created).toBe(3);
    server = await startTestServer(db);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await db?.driver.close();
  });

  it('answers a repeated question from the cache, checking only the graph version', async () => {
    const first = await statementsOf(async () => expect(pairsOf(await ask(PAIRS))).toEqual({ 'DE-FR': 2, 'FR-JP': 1 }));
    expect(first).toContain('countryCooccurrence');
    const again = await statementsOf(async () => expect(pairsOf(await ask(PAIRS))).toEqual({ 'DE-FR': 2, 'FR-JP': 1 }));
    expect(again).toContain('graphVersion');
    expect(again).not.toContain('countryCooccurrence');

    await ask(HOOD);
    expect(await statementsOf(() => ask(HOOD))).not.toContain('neighbours');
  });

  it('keeps co-mentions, single and batched, until the graph changes', async () => {
    const ONE = `{ coMentions(ref: {kind: COUNTRY, id: "FR"}, kind: COUNTRY) { entity { id } articleCount } }`;
    const MANY = `{ countries(first: 10) { nodes { code coMentions(kind: COUNTRY) { entity { id } articleCount } } } }`;
    const partnersOfFrance = (data: any) => Object.fromEntries(data.coMentions.map((c: any) => [c.entity.id, c.articleCount]));
    expect(await statementsOf(async () => expect(partnersOfFrance(await ask(ONE))).toEqual({ DE: 2, JP: 1 }))).toContain('coMentionsOf:Country');
    expect(await statementsOf(async () => expect(partnersOfFrance(await ask(ONE))).toEqual({ DE: 2, JP: 1 }))).not.toContain(
      'coMentionsOf:Country',
    );
    const listed = await ask(MANY);
    expect(listed.countries.nodes.find((c: any) => c.code === 'JP').coMentions.map((c: any) => c.entity.id)).toEqual(['FR']);
    expect(await statementsOf(() => ask(MANY))).not.toContain('coMentionsOf:Country');

    await ingest(db, items(article('t/co', 5, ['France', 'Japan'])), { workers: 0 });
    try {
      expect(await statementsOf(async () => expect(partnersOfFrance(await ask(ONE))).toEqual({ DE: 2, JP: 2 }))).toContain(
        'coMentionsOf:Country',
      );
    } finally {
      await removeArticles(db, [await idOf('t/co')]);
    }
    expect(partnersOfFrance(await ask(ONE))).toEqual({ DE: 2, JP: 1 });
  });

  it('sees a write made outside the server at the next request', async () => {
    await ask(PAIRS);
    const before = (await graphVersion(db)).version;
    const summary = await ingest(db, items(article('t/4', 4, ['Germany', 'Japan'])), { workers: 0 });
    expect(summary.created).toBe(1);
    expect((await graphVersion(db)).version).not.toBe(before);
    const after = await statementsOf(async () =>
      expect(pairsOf(await ask(PAIRS))).toEqual({ 'DE-FR': 2, 'FR-JP': 1, 'DE-JP': 1 }),
    );
    expect(after).toContain('countryCooccurrence');

    const hood = async () => (await ask(HOOD)).neighbourhood.nodes.map((n: any) => n.id).sort();
    expect(await hood()).toEqual(['Country:DE', 'Country:FR', 'Country:JP']);
    await removeArticles(db, [await idOf('t/3')]);
    // FR and JP shared only t/3.
    expect(await hood()).toEqual(['Country:DE', 'Country:FR']);
  });

  it('leaves the version alone when a write changes nothing', async () => {
    const before = (await graphVersion(db)).version;
    const summary = await ingest(db, items(article('t/1', 1, ['France', 'Germany'])), { workers: 0 });
    expect(summary.unchanged).toBe(1);
    expect((await graphVersion(db)).version).toBe(before);
    expect((await removeArticles(db, ['no-such-article'])).removed).toEqual([]);
    expect((await graphVersion(db)).version).toBe(before);
  });

  /** The statements each of two requests runs that ask countryPairs and Country.partners, on a server with this cache size. */
  const twoRequestsWithCache = async (readCacheRows: number) => {
    const other = await startTestServer(db, { graphql: { ...testConfig.graphql, readCacheRows } });
    try {
      const both = `{ countryPairs(first: 5, orderBy: ARTICLES) { nodes { articleCount } }
                      country(code: "FR") { partners(orderBy: ARTICLES) { articleCount } } }`;
      return [await statementsOf(() => ask(both, other)), await statementsOf(() => ask(both, other))];
    } finally {
      await other.close();
    }
  };

  it('reads an answer too large to keep once per request, not once per field', async () => {
    for (const ran of await twoRequestsWithCache(1)) {
      expect(ran.filter((n) => n === 'countryCooccurrence')).toHaveLength(1);
    }
  });

  it('with READ_CACHE_ROWS=0, reads the aggregate every request, once per request', async () => {
    for (const ran of await twoRequestsWithCache(0)) {
      expect(ran.filter((n) => n === 'countryCooccurrence')).toHaveLength(1);
      expect(ran).not.toContain('graphVersion');
    }
  });
});
