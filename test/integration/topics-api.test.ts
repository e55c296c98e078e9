import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { listTopics, topicAncestors } from '../../src/extract/topics.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { readSources } from '../../src/ingest/sources.js';
import type { RunningServer } from '../../src/graphql/server.js';
import { freshDb, gql, startTestServer } from './helpers.js';

describe('topics through ingest, Neo4j and the API: scores, the main topic, the taxonomy tree, filtering by a broader topic', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let server: RunningServer;

  beforeAll(async () => {
    db = await freshDb();
    const summary = await ingest(db, readSources([path.join(repoRoot, 'seeds')]));
    expect(summary.rejected).toEqual([]);
    server = await startTestServer(db);
  });

  afterAll(async () => {
    await server?.close();
    await db?.driver.close();
  });

  const ARTICLE = `{ articles(first: 1) { nodes { id topics { score main topic { id definition parent { id } } } } } }`;

  it('lists the article topics main topic first, exactly one main, calibrated scores in [0, 1], definitions from the taxonomy', async () => {
    const res = await gql(server.url, ARTICLE);
    expect(res.errors).toBeUndefined();
    const topics = res.data.articles.nodes[0].topics as Array<{ score: number; main: boolean; topic: { id: string; definition: string; parent: { id: string } | null } }>;
    expect(topics.length).toBeGreaterThan(0);
    expect(topics[0].main).toBe(true);
    expect(topics.filter((t) => t.main)).toHaveLength(1);
    const byId = new Map(listTopics().map((t) => [t.id, t]));
    for (const t of topics) {
      expect(t.score).toBeGreaterThanOrEqual(0);
      expect(t.score).toBeLessThanOrEqual(1);
      expect(t.topic.definition).toBe(byId.get(t.topic.id)!.description);
      expect(t.topic.parent?.id ?? null).toBe(byId.get(t.topic.id)!.parent ?? null);
    }
  });

  it('filters by a broader topic to the articles and meetings of its narrower topics, and by an unrelated topic to none', async () => {
    const res = await gql(server.url, ARTICLE);
    const article = res.data.articles.nodes[0];
    const main: string = article.topics[0].topic.id;
    const ancestors = topicAncestors(main);
    // The seed is a diplomacy story: its main topic sits under a broader one.
    expect(ancestors.length).toBeGreaterThan(0);
    const assigned = new Set<string>(article.topics.map((t: { topic: { id: string } }) => t.topic.id));
    const unrelated = listTopics().find((t) => !assigned.has(t.id) && !assigned.has(t.parent ?? '') && ![...assigned].some((a) => topicAncestors(a).includes(t.id)))!.id;
    const Q = `query ($t: ID) {
      articles(filter: { topicId: $t }) { nodes { id } }
      meetings(personName: "Hillary Clinton", topicId: $t) { totalCount }
    }`;
    const all = await gql(server.url, Q, { t: null });
    expect(all.data.meetings.totalCount).toBeGreaterThan(0);
    for (const broader of ancestors) {
      const r = await gql(server.url, Q, { t: broader });
      expect(r.errors).toBeUndefined();
      expect(r.data.articles.nodes.map((n: { id: string }) => n.id), broader).toEqual([article.id]);
      expect(r.data.meetings.totalCount, broader).toBe(all.data.meetings.totalCount);
    }
    const none = await gql(server.url, Q, { t: unrelated });
    expect(none.data.articles.nodes).toEqual([]);
    expect(none.data.meetings.totalCount).toBe(0);
  });

  it('walks the tree: a topic parent lists it among its children, a parent without articles has articleCount 0', async () => {
    const res = await gql(server.url, ARTICLE);
    const main: string = res.data.articles.nodes[0].topics[0].topic.id;
    const r = await gql(server.url, `query ($id: ID!) { topic(id: $id) { id articleCount parent { id articleCount children { id } parent { id } } } }`, { id: main });
    expect(r.errors).toBeUndefined();
    const parent = r.data.topic.parent;
    expect(parent.id).toBe(topicAncestors(main)[0]);
    expect(parent.children.map((c: { id: string }) => c.id)).toContain(main);
    expect(parent.children.map((c: { id: string }) => c.id)).toEqual(listTopics().filter((t) => t.parent === parent.id).map((t) => t.id));
    expect(parent.parent?.id ?? null).toBe(topicAncestors(main)[1] ?? null);
    expect(r.data.topic.articleCount).toBe(1);
  });
});
