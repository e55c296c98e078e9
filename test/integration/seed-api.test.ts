import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { readSources } from '../../src/ingest/sources.js';
import type { RunningServer } from '../../src/graphql/server.js';
import { freshDb, gql, graphCounts, startTestServer } from './helpers.js';

const seeds = path.join(repoRoot, 'seeds');

describe('the seed article through ingest, Neo4j and the GraphQL API over HTTP', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let server: RunningServer;

  beforeAll(async () => {
    db = await freshDb();
    const summary = await ingest(db, readSources([seeds]));
    expect(summary.rejected).toEqual([]);
    expect(summary.created).toBe(1);
    server = await startTestServer(db);
  });

  afterAll(async () => {
    await server?.close();
    await db?.driver.close();
  });

  const MEETINGS = `query ($name: String!) {
    meetings(personName: $name) { nodes {
      date dateSource status reportCount
      participants { id name }
      article { id title }
      evidence { text start end }
    } }
  }`;

  it('answers who Hillary Clinton met: Medvedev and Lavrov, each with the sentence that says so', async () => {
    const res = await gql(server.url, MEETINGS, { name: 'Hillary Clinton' });
    expect(res.errors).toBeUndefined();
    const meetings = res.data.meetings.nodes as Array<{ participants: Array<{ name: string }>; evidence: { text: string }; date: string; article: { title: string } }>;
    const withWhom = (name: string) => meetings.find((m) => m.participants.some((p) => p.name === name));
    const medvedev = withWhom('Dmitry Medvedev');
    const lavrov = withWhom('Sergei Lavrov');
    expect(medvedev?.evidence.text).toContain('Clinton met Medvedev at his Barvikha residence');
    expect(lavrov?.evidence.text).toMatch(/news conference with Clinton|discussions with Lavrov/);
    for (const m of meetings as Array<(typeof meetings)[number] & { dateSource: string; status: string; reportCount: number }>) {
      // Neither sentence gives a day, but the lead dates the visit they belong to ("during a visit to Russia on
      // Tuesday", the article's Tuesday): each meeting takes that day from the text, and says so.
      expect(m).toMatchObject({ date: '2009-10-13T00:00:00.000Z', dateSource: 'TEXT', status: 'MET', reportCount: 1 });
      expect(m.article.title).toBe('Clinton fails to win Russia pledge on Iran sanctions');
    }
  });

  it('does not report the meeting the article denies (Clinton did not see Putin)', async () => {
    const res = await gql(server.url, MEETINGS, { name: 'Hillary Clinton' });
    const names = res.data.meetings.nodes.flatMap((m: any) => m.participants.map((p: any) => p.name));
    expect(names).not.toContain('Vladimir Putin');
    const putin = await gql(server.url, MEETINGS, { name: 'Vladimir Putin' });
    expect(putin.data.meetings.nodes).toEqual([]);
  });

  it('finds a person by a surname-only alias and evidence offsets index the article text', async () => {
    const res = await gql(server.url, MEETINGS, { name: 'Medvedev' });
    expect(res.errors).toBeUndefined();
    expect(res.data.meetings.nodes.length).toBeGreaterThan(0);
    const m = res.data.meetings.nodes[0];
    const article = await gql(server.url, `query ($id: ID!) { article(id: $id) { text } }`, { id: m.article.id });
    expect(article.data.article.text.slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.text);
  });

  it('gives the article\'s sentences: every mention and meeting evidence lies inside one, none overlap', async () => {
    const res = await gql(
      server.url,
      `{ articles(first: 1) { nodes {
        text
        sentences { start end text }
        people { spans { start end } } countries { spans { start end } } organizations { spans { start end } }
        meetings { evidence { start end } }
      } } }`,
    );
    expect(res.errors).toBeUndefined();
    const a = res.data.articles.nodes[0];
    const sentences = a.sentences as Array<{ start: number; end: number; text: string }>;
    expect(sentences.length).toBeGreaterThan(10);
    // The title and the body, as extraction read them; not the date line.
    expect(sentences[0].text).toBe('Clinton fails to win Russia pledge on Iran sanctions');
    expect(sentences.some((s) => /^\d{4}-\d{2}-\d{2}/.test(s.text))).toBe(false);
    for (const [i, s] of sentences.entries()) {
      expect(s.text).toBe(a.text.slice(s.start, s.end));
      if (i) expect(s.start).toBeGreaterThanOrEqual(sentences[i - 1].end);
    }
    const inOne = (r: { start: number; end: number }) => sentences.filter((s) => s.start <= r.start && r.end <= s.end).length;
    const spans = [...a.people, ...a.countries, ...a.organizations].flatMap((m: { spans: Array<{ start: number; end: number }> }) => m.spans);
    expect(spans.length).toBeGreaterThan(20);
    for (const span of spans) expect(inOne(span), JSON.stringify(span)).toBe(1);
    for (const m of a.meetings) expect(sentences).toContainEqual(expect.objectContaining(m.evidence));
    expect(sentences.some((s) => s.text.startsWith('Clinton met Medvedev at his Barvikha residence'))).toBe(true);
  });

  it('lists US and Russia among the countries discussed together', async () => {
    const res = await gql(server.url, `{ countryPairs(first: 50) { nodes { a { code name } b { code } articleCount articles { title } } } }`);
    expect(res.errors).toBeUndefined();
    const pair = res.data.countryPairs.nodes.find((p: any) => [p.a.code, p.b.code].sort().join('-') === 'RU-US');
    expect(pair).toBeDefined();
    expect(pair.articleCount).toBe(1);
    expect(pair.articles[0].title).toContain('Clinton');
  });

  it('serves article, person, country and search from the graph', async () => {
    const res = await gql(
      server.url,
      `{
        person(id: "sergei-lavrov") { name roles { title country { code } } articles { nodes { title } } }
        country(code: "ru") { code name articleCount }
        search(query: "Clinton") { score node { __typename ... on Person { id name } ... on Article { title } } }
      }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.person.name).toBe('Sergei Lavrov');
    expect(res.data.person.articles.nodes).toHaveLength(1);
    expect(res.data.country).toEqual({ code: 'RU', name: 'Russia', articleCount: 1 });
    const hits = res.data.search.map((h: any) => h.node.name ?? h.node.title);
    expect(hits).toContain('Hillary Clinton');
    const articleId = (await gql(server.url, `{ meetings(first: 1) { nodes { article { id } } } }`)).data.meetings.nodes[0].article.id;
    const article = await gql(
      server.url,
      `query ($id: ID!) { article(id: $id) { title publishedAt people { entity { name } count spans { start end text } } countries { entity { id } } topics { topic { id } score } } }`,
      { id: articleId },
    );
    const a = article.data.article;
    expect(a.publishedAt).toBe('2009-10-13T17:23:00.000Z');
    expect(a.people.map((p: any) => p.entity.name)).toEqual(expect.arrayContaining(['Hillary Clinton', 'Sergei Lavrov', 'Dmitry Medvedev', 'Vladimir Putin']));
    expect(a.people.map((p: any) => p.entity.name)).not.toContain('Conor Sweeney');
    expect(a.countries.map((c: any) => c.entity.id)).toEqual(expect.arrayContaining(['US', 'RU', 'IR']));
  });

  it('ingesting the seeds again changes no node or relationship', async () => {
    const before = await graphCounts(db);
    const summary = await ingest(db, readSources([seeds]));
    expect(summary).toMatchObject({ read: 1, created: 0, updated: 0, unchanged: 1 });
    expect(await graphCounts(db)).toEqual(before);
  });

  it('narrows meetings, timelines and neighbourhoods to a topic: the seed\'s own topic keeps them, another empties them', async () => {
    const taxonomy = JSON.parse(readFileSync(path.join(repoRoot, 'data', 'topics.json'), 'utf8')) as { topics: Array<{ id: string; parent?: string | null }> };
    const seedTopics = await gql(server.url, '{ articles(first: 1) { nodes { topics { topic { id } } } } }');
    const own = seedTopics.data.articles.nodes[0].topics.map((t: { topic: { id: string } }) => t.topic.id) as string[];
    // A filter by a topic includes its narrower ones: "another" topic is neither the seed's nor broader than one of them.
    const parentOf = new Map(taxonomy.topics.map((t) => [t.id, t.parent ?? null]));
    const broader = new Set<string>();
    for (const id of own) for (let p = parentOf.get(id); p; p = parentOf.get(p)) broader.add(p);
    const other = taxonomy.topics.map((t) => t.id).find((id) => !own.includes(id) && !broader.has(id))!;
    const Q = `query ($topicId: ID) {
      meetings(personName: "Hillary Clinton", topicId: $topicId) { totalCount nodes { id } }
      timeline(ref: { kind: PERSON, id: "hillary-clinton" }, topicId: $topicId) { articles meetings }
      neighbourhood(ref: { kind: PERSON, id: "hillary-clinton" }, topicId: $topicId) { nodes { id } edges { kind meetingCount articles { id } meetings { id } } }
      person(id: "hillary-clinton") { timeline(topicId: $topicId) { articles } meetings(topicId: $topicId) { totalCount } }
    }`;
    const all = await gql(server.url, Q, {});
    const about = await gql(server.url, Q, { topicId: own[0] });
    const elsewhere = await gql(server.url, Q, { topicId: other });
    for (const r of [all, about, elsewhere]) expect(r.errors).toBeUndefined();
    // The seed is about its own topic: the answers are the unfiltered ones.
    expect(about.data).toEqual(all.data);
    expect(all.data.meetings.totalCount).toBe(2);
    expect(all.data.neighbourhood.edges.some((e: { kind: string }) => e.kind === 'MET')).toBe(true);
    // No article is about the other topic: nothing is left.
    expect(elsewhere.data.meetings).toEqual({ totalCount: 0, nodes: [] });
    expect(elsewhere.data.timeline).toEqual([]);
    expect(elsewhere.data.person.timeline).toEqual([]);
    expect(elsewhere.data.person.meetings.totalCount).toBe(0);
    expect(elsewhere.data.neighbourhood.edges).toEqual([]);
  });

  it('refuses bad arguments with BAD_USER_INPUT naming the argument', async () => {
    const res = await gql(server.url, `{ meetings(personName: "Hillary Clinton", first: 0) { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('"first"');
    const bad = await gql(server.url, `query ($from: DateTime) { countryPairs(from: $from) { totalCount } }`, { from: 'yesterday' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toContain('$from');
    const range = await gql(server.url, `{ countryPairs(from: "2010-01-01", to: "2009-01-01") { totalCount } }`);
    expect(range.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(range.errors?.[0].message).toContain('"to"');
  });
});
