import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/graphql/server.js';
import { freshDb, gql, graphCounts, startTestServer } from './helpers.js';

const KEY = 'test-key-0123456789abcdef';
const INGEST = `mutation ($articles: [ArticleInput!]!) {
  ingestArticles(articles: $articles) {
    created updated unchanged rejected
    results { index source id status reason message }
  }
}`;
const merkel = {
  title: 'Merkel and Sarkozy meet on euro zone',
  publishedAt: '2011-08-16T14:00:00Z',
  body: 'German Chancellor Angela Merkel met French President Nicolas Sarkozy in Paris on Tuesday to discuss the euro zone debt crisis.',
  source: 'feed/merkel',
};

describe('mutations over HTTP with the API key', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let server: RunningServer;
  beforeAll(async () => {
    db = await freshDb();
    server = await startTestServer(db, { apiKey: KEY });
  });
  afterAll(async () => {
    await server?.close();
    await db?.driver.close();
  });

  it('refuses a mutation without the key, or with a wrong one, before touching the graph', async () => {
    const attempts: Array<Record<string, string>> = [{}, { authorization: 'Bearer wrong-key-0123456789' }, { authorization: KEY }];
    for (const headers of attempts) {
      const res = await gql(server.url, INGEST, { articles: [merkel] }, headers);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await graphCounts(db)).nodes).toBe(0);
  });

  it('ingests articles with a result per input: created, rejected with its reason, duplicate', async () => {
    const auth = { authorization: `Bearer ${KEY}` };
    const res = await gql(server.url, INGEST, { articles: [merkel, { ...merkel, source: 'feed/copy' }, { ...merkel, title: '  ', source: 'feed/blank' }] }, auth);
    expect(res.errors).toBeUndefined();
    const r = res.data.ingestArticles;
    expect(r).toMatchObject({ created: 1, updated: 0, unchanged: 0, rejected: 2 });
    expect(r.results.map((x: any) => [x.index, x.source, x.status, x.reason])).toEqual([
      [0, 'feed/merkel', 'CREATED', null],
      [1, 'feed/copy', 'REJECTED', 'duplicate'],
      [2, 'feed/blank', 'REJECTED', 'invalid-feed-item'],
    ]);
    const meetings = await gql(server.url, `{ meetings(personName: "Angela Merkel") { nodes { participants { name } evidence { text } } } }`);
    expect(meetings.data.meetings.nodes[0].participants.map((p: any) => p.name).sort()).toEqual(['Angela Merkel', 'Nicolas Sarkozy']);

    const again = await gql(server.url, INGEST, { articles: [merkel] }, auth);
    expect(again.data.ingestArticles.results[0].status).toBe('UNCHANGED');

    const removed = await gql(server.url, `mutation ($ids: [ID!]!) { removeArticles(ids: $ids) { removed orphansDeleted } }`, { ids: [r.results[0].id] }, auth);
    expect(removed.data.removeArticles.removed).toEqual([r.results[0].id]);
    expect((await graphCounts(db)).nodes).toBe(0);
  });
});
