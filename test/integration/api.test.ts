import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { readSources } from '../../src/ingest/sources.js';
import type { RunningServer } from '../../src/graphql/server.js';
import { freshDb, gql, startTestServer, testConfig } from './helpers.js';

/**
 * The query families over HTTP on a real Neo4j, on the seed article plus the 25
 * annotated fixture articles. Answers are checked against each other (a pair's
 * meeting count against the meetings listed for it, a co-mention's weight against
 * the articles that mention both), not against numbers copied from a run.
 */
describe('the GraphQL query surface', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let server: RunningServer;
  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(server.url, query, variables);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data;
  };

  /** Every article's entities as `KIND:id` keys (and its topics), read through the API: the independent count. */
  const corpus = async (filter = '{}') => {
    const data = await ask(`{ articles(filter: ${filter}, first: 100) { totalCount nodes { people { entity { id } } countries { entity { id } } organizations { entity { id } } topics { topic { id } } } } }`);
    expect(data.articles.nodes.length).toBe(data.articles.totalCount);
    return data.articles.nodes.map((a: any) => ({
      countries: a.countries.map((m: any) => m.entity.id) as string[],
      keys: new Set<string>([
        ...a.people.map((m: any) => `Person:${m.entity.id}`),
        ...a.countries.map((m: any) => `Country:${m.entity.id}`),
        ...a.organizations.map((m: any) => `Organization:${m.entity.id}`),
        ...a.topics.map((t: any) => `Topic:${t.topic.id}`),
      ]),
    }));
  };

  beforeAll(async () => {
    db = await freshDb();
    const gold = path.join(repoRoot, 'test/fixtures/gold');
    const summary = await ingest(db, readSources([path.join(repoRoot, 'seeds'), `${gold}/*.txt`]), { workers: 0 });
    expect(summary.rejected).toEqual([]);
    expect(summary.created).toBeGreaterThanOrEqual(20);
    // Some checks read every edge's articles whole (first: 100, with their topics): over the default
    // cost bound, which counts each such list at its largest. The bound itself is abusive-queries.test.ts's.
    server = await startTestServer(db, { graphql: { ...testConfig.graphql, limits: { ...testConfig.graphql.limits, cost: 1_000_000 } } });
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await db?.driver.close();
  });

  it('pages through a list with cursors: no gaps, no repeats, the same order as one big page', async () => {
    const all = await ask(`{ people(first: 500) { totalCount nodes { id articleCount } pageInfo { hasNextPage } } }`);
    expect(all.people.pageInfo.hasNextPage).toBe(false);
    expect(all.people.nodes).toHaveLength(all.people.totalCount);
    const counts = all.people.nodes.map((p: any) => p.articleCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page: any = await ask(`query ($after: String) { people(first: 7, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, { after });
      seen.push(...page.people.edges.map((e: any) => e.node.id));
      if (!page.people.pageInfo.hasNextPage) break;
      after = page.people.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.people.nodes.map((p: any) => p.id));
  });

  it('filters articles by entities, dates and title words, newest first, with keyset pages', async () => {
    const q = `query ($after: String) { articles(filter: { mentions: [{ kind: COUNTRY, id: "de" }, { kind: PERSON, id: "angela-merkel" }], from: "2010-01-01" }, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id publishedAt people { entity { id } } countries { entity { id } } } } }`;
    const found: any[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 50; guard++) {
      const page: any = await ask(q, { after });
      total = page.articles.totalCount;
      found.push(...page.articles.nodes);
      if (!page.articles.pageInfo.hasNextPage) break;
      after = page.articles.pageInfo.endCursor;
    }
    expect(found.length).toBe(total);
    expect(total).toBeGreaterThan(2);
    for (const a of found) {
      expect(a.publishedAt >= '2010-01-01').toBe(true);
      expect(a.countries.map((c: any) => c.entity.id)).toContain('DE');
      expect(a.people.map((p: any) => p.entity.id)).toContain('angela-merkel');
    }
    const dates = found.map((a) => a.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(found.map((a) => a.id)).size).toBe(found.length);

    const byTitle = await ask(`{ articles(filter: { text: "clintn russia" }) { nodes { title } } }`);
    expect(byTitle.articles.nodes.map((a: any) => a.title)).toContain('Clinton fails to win Russia pledge on Iran sanctions');
  });

  it('answers who met whom: between two people, in a date range, and as pairs that agree with the meetings', async () => {
    const between = await ask(`{ meetings(personName: "Hillary Clinton", withPersonName: "Lavrov") { totalCount nodes { participants { id } evidence { text } article { title } } } }`);
    expect(between.meetings.totalCount).toBe(1);
    expect(between.meetings.nodes[0].participants.map((p: any) => p.id).sort()).toEqual(['hillary-clinton', 'sergei-lavrov']);

    const ranged = await ask(`{ meetings(from: "2011-01-01", to: "2012-01-01", first: 100) { nodes { date } } }`);
    expect(ranged.meetings.nodes.length).toBeGreaterThan(0);
    for (const m of ranged.meetings.nodes) expect(m.date >= '2011-01-01' && m.date < '2012-01-01').toBe(true);

    // Every pair of the seeds and fixtures on one page (the page holds them all: the count says so).
    const pairs = await ask(`{ meetingPairs(first: 200) { totalCount nodes { a { id } b { id } meetingCount firstDate lastDate meetings(first: 10) { date participants { id } } } } }`);
    expect(pairs.meetingPairs.totalCount).toBeGreaterThan(0);
    expect(pairs.meetingPairs.totalCount).toBe(pairs.meetingPairs.nodes.length);
    for (const p of pairs.meetingPairs.nodes) {
      const listed = await ask(`query ($a: ID!, $b: ID!) { meetings(personId: $a, withPersonId: $b) { totalCount } }`, { a: p.a.id, b: p.b.id });
      expect(listed.meetings.totalCount).toBe(p.meetingCount);
      expect(p.meetings).toHaveLength(p.meetingCount);
      for (const m of p.meetings) expect(m.participants.map((x: any) => x.id)).toEqual(expect.arrayContaining([p.a.id, p.b.id]));
      expect(p.firstDate <= p.lastDate).toBe(true);
    }
    const clinton = await ask(`{ person(id: "hillary-clinton") { metWith { b { name } meetingCount meetings { evidence { text } } } } }`);
    const medvedev = clinton.person.metWith.find((p: any) => p.b.name === 'Dmitry Medvedev');
    expect(medvedev.meetings[0].evidence.text).toContain('Barvikha');
  });

  it('scores country pairs by lift, from the same counts it reports', async () => {
    // Separate requests: together they would exceed the default query cost limit.
    const res = {
      ...(await ask(`{ byArticles: countryPairs(first: 500) { totalCount nodes { a { code } b { code } articleCount expected lift pmi } } }`)),
      ...(await ask(`{ byLift: countryPairs(orderBy: LIFT, minArticles: 2, first: 100) { nodes { articleCount lift } } }`)),
      ...(await ask(`{ de: country(code: "DE") { partners(first: 100) { a { code } b { code } articleCount } } }`)),
    };
    const pairs = res.byArticles.nodes;
    expect(pairs.length).toBe(res.byArticles.totalCount); // all of them, on one page
    expect(pairs.map((p: any) => p.articleCount)).toEqual(pairs.map((p: any) => p.articleCount).sort((a: number, b: number) => b - a));
    const lifts = res.byLift.nodes.map((p: any) => p.lift);
    expect(lifts).toEqual([...lifts].sort((a, b) => b - a));
    for (const p of res.byLift.nodes) expect(p.articleCount).toBeGreaterThanOrEqual(2);
    for (const p of pairs) {
      expect(p.lift).toBeCloseTo(p.articleCount / p.expected, 9);
      expect(p.pmi).toBeCloseTo(Math.log2(p.lift), 9);
    }
    // Lift from counts made here, from the articles' own country lists: N articles with a country,
    // n(a), n(b), n(a,b). Also under a topic filter, so a filter the pairs ignore would show.
    const check = async (pairsOf: any[], filter: string) => {
      const lists = (await corpus(filter)).map((a: any) => [...new Set<string>(a.countries)]).filter((c: string[]) => c.length > 0);
      const n = (code: string) => lists.filter((c: string[]) => c.includes(code)).length;
      for (const p of pairsOf) {
        const both = lists.filter((c: string[]) => c.includes(p.a.code) && c.includes(p.b.code)).length;
        expect(p.articleCount, `${p.a.code}-${p.b.code}`).toBe(both);
        expect(p.lift).toBeCloseTo((both * lists.length) / (n(p.a.code) * n(p.b.code)), 9);
      }
    };
    await check(pairs, '{}');
    const topic = (await ask(`{ topics(first: 1) { nodes { id articleCount } } }`)).topics.nodes[0];
    expect(topic.articleCount).toBeGreaterThan(2);
    const byTopic = await ask(`query ($t: ID!) { countryPairs(topicId: $t, first: 500) { totalCount nodes { a { code } b { code } articleCount lift } } }`, { t: topic.id });
    expect(byTopic.countryPairs.totalCount).toBeGreaterThan(0);
    expect(byTopic.countryPairs.totalCount).toBeLessThan(pairs.length);
    await check(byTopic.countryPairs.nodes, `{ topicId: "${topic.id}" }`);
    const partners = res.de.partners;
    expect(partners.length).toBe(pairs.filter((x: any) => x.a.code === 'DE' || x.b.code === 'DE').length);
    for (const x of partners) expect(x.a.code).toBe('DE');
  });

  it('weights co-mentions by the articles that mention both', async () => {
    const res = await ask(`{ person(id: "angela-merkel") { coMentions(first: 6) { entity { __typename id kind } articleCount articles(first: 50) { id } } } }`);
    const co = res.person.coMentions;
    expect(co.length).toBe(6);
    for (const c of co) {
      const both = await ask(`query ($kind: EntityKind!, $id: ID!) { articles(filter: { mentions: [{ kind: PERSON, id: "angela-merkel" }, { kind: $kind, id: $id }] }, first: 50) { totalCount nodes { id } } }`, {
        kind: c.entity.kind,
        id: c.entity.id,
      });
      expect(both.articles.totalCount).toBe(c.articleCount);
      expect(c.articles.map((a: any) => a.id).sort()).toEqual(both.articles.nodes.map((a: any) => a.id).sort());
    }
    const onlyPeople = await ask(`{ coMentions(ref: { kind: PERSON, id: "angela-merkel" }, kind: PERSON) { entity { __typename } } }`);
    expect(new Set(onlyPeople.coMentions.map((c: any) => c.entity.__typename))).toEqual(new Set(['Person']));
  });

  it('draws a neighbourhood: met people first, every edge between drawn nodes, within the bounds', async () => {
    const one = await ask(`{ neighbourhood(ref: { kind: PERSON, id: "hillary-clinton" }, perNode: 4) { nodes { id depth } edges { source target kind meetings { evidence { text } } articles { title } } } }`);
    const ids = one.neighbourhood.nodes.map((n: any) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['Person:dmitry-medvedev', 'Person:sergei-lavrov']));
    const met = one.neighbourhood.edges.find((e: any) => [e.source, e.target].includes('Person:dmitry-medvedev'));
    expect(met.kind).toBe('MET');
    expect(met.meetings[0].evidence.text).toContain('Barvikha');
    expect(met.articles[0].title).toContain('Clinton');

    const two = await ask(`{ neighbourhood(ref: { kind: PERSON, id: "angela-merkel" }, depth: 2, perNode: 5, maxNodes: 12) { nodes { id depth } edges { source target articleCount } } }`);
    const nodes = two.neighbourhood.nodes;
    expect(nodes.length).toBeLessThanOrEqual(12);
    expect(nodes.length).toBeGreaterThan(6);
    expect(Math.max(...nodes.map((n: any) => n.depth))).toBe(2);
    // Every pair of drawn nodes that shares an article has its edge, weighted by the articles counted here.
    const articles = await corpus();
    const expected = new Map<string, number>();
    const keys: string[] = nodes.map((n: any) => n.id).sort();
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const shared = articles.filter((a: any) => a.keys.has(keys[i]) && a.keys.has(keys[j])).length;
        if (shared > 0) expected.set(`${keys[i]}|${keys[j]}`, shared);
      }
    }
    const drawn = new Map(two.neighbourhood.edges.map((e: any) => [`${e.source}|${e.target}`, e.articleCount]));
    expect(drawn).toEqual(expected);
  });

  it('narrows a neighbourhood to a topic: counts, edge articles and meetings all from articles about it', async () => {
    // The topic most of the US's articles are about, but not all of them: a filter that changes the answer.
    const us = await corpus('{ mentions: [{ kind: COUNTRY, id: "US" }] }');
    const tally = new Map<string, number>();
    for (const a of us) for (const k of a.keys) if (k.startsWith('Topic:')) tally.set(k.slice(6), (tally.get(k.slice(6)) ?? 0) + 1);
    const [topic, n] = [...tally].filter(([, c]) => c < us.length).sort((x, y) => y[1] - x[1])[0];
    expect(n).toBeGreaterThan(1);
    const Q = `query ($topicId: ID) { neighbourhood(ref: { kind: COUNTRY, id: "US" }, perNode: 8, maxNodes: 12, topicId: $topicId) {
      nodes { id } edges { source target articleCount meetingCount articles(first: 100) { id topics { topic { id } } } meetings(first: 100) { article { topics { topic { id } } } } } } }`;
    const all = await ask(Q);
    const about = await ask(Q, { topicId: topic });
    expect(about.neighbourhood.edges.length).toBeGreaterThan(0);
    expect(about.neighbourhood).not.toEqual(all.neighbourhood);
    // Weights counted here over the topic's articles only.
    const articles = await corpus(`{ topicId: "${topic}" }`);
    for (const e of about.neighbourhood.edges) {
      const shared = articles.filter((a: any) => a.keys.has(e.source) && a.keys.has(e.target)).length;
      expect(e.articleCount, `${e.source}|${e.target}`).toBe(shared);
      expect(e.articles.length).toBe(e.articleCount);
      for (const a of e.articles) expect(a.topics.map((t: any) => t.topic.id)).toContain(topic);
      expect(e.meetings.length).toBe(e.meetingCount);
      for (const m of e.meetings) expect(m.article.topics.map((t: any) => t.topic.id)).toContain(topic);
    }
  });

  it('finds what connects two people, each hop justified by an article that mentions both', async () => {
    const res = await ask(`{ paths(source: { kind: PERSON, id: "hillary-clinton" }, target: { kind: PERSON, id: "angela-merkel" }) {
      length paths { entities { __typename ... on Person { id } ... on Country { id } ... on Organization { id } } hops { from { id } to { id } articles { id people { entity { id } } countries { entity { id } } organizations { entity { id } } } } }
      subgraph { nodes { id } edges { source target articleCount } } } }`);
    const r = res.paths;
    expect(r.length).toBeGreaterThanOrEqual(1);
    expect(r.paths.length).toBeGreaterThan(0);
    for (const p of r.paths) {
      expect(p.entities[0].id).toBe('hillary-clinton');
      expect(p.entities[p.entities.length - 1].id).toBe('angela-merkel');
      expect(p.hops).toHaveLength(r.length);
      for (const h of p.hops) {
        expect(h.articles.length).toBeGreaterThan(0);
        for (const a of h.articles) {
          const mentioned = [...a.people, ...a.countries, ...a.organizations].map((m: any) => m.entity.id);
          expect(mentioned).toEqual(expect.arrayContaining([h.from.id, h.to.id]));
        }
      }
    }
    const direct = await ask(`{ paths(source: { kind: PERSON, id: "hillary-clinton" }, target: { kind: PERSON, id: "dmitry-medvedev" }) { length paths { hops { meetings { evidence { text } } } } } }`);
    expect(direct.paths.length).toBe(1);
    expect(direct.paths.paths[0].hops[0].meetings[0].evidence.text).toContain('Barvikha');
    const none = await ask(`{ paths(source: { kind: PERSON, id: "hillary-clinton" }, target: { kind: PERSON, id: "nobody-at-all" }) { length paths { hops { from { id } } } } }`);
    expect(none.paths).toEqual({ length: null, paths: [] });
  });

  it('names where an article came from by its file, never the directories it was ingested from', async () => {
    // Ingested above from ${repoRoot}/seeds and ${repoRoot}/test/fixtures/gold: the graph keeps those paths, the API does not show them.
    const res = await ask(`{ articles(first: 100) { nodes { title source } } }`);
    expect(res.articles.nodes.length).toBeGreaterThanOrEqual(20);
    for (const a of res.articles.nodes) {
      expect(a.source, a.title).toMatch(/^[^/\\]+\.txt$/);
      expect(a.source).not.toContain(repoRoot);
    }
    const seed = res.articles.nodes.find((a: any) => a.title === 'Clinton fails to win Russia pledge on Iran sanctions');
    expect(seed.source).toBe('000_a572bf6403c7c660.txt');
  });

  it('buckets an entity over time, the buckets adding up to its article count', async () => {
    const res = await ask(`{ person(id: "angela-merkel") { articleCount timeline(bucket: YEAR) { start articles mentions meetings } }
                             timeline(ref: { kind: PERSON, id: "angela-merkel" }, bucket: MONTH) { start articles } }`);
    const years = res.person.timeline;
    expect(years.reduce((s: number, b: any) => s + b.articles, 0)).toBe(res.person.articleCount);
    const starts = years.map((b: any) => b.start);
    expect(starts).toEqual([...starts].sort());
    for (let i = 1; i < starts.length; i++) expect(Number(starts[i].slice(0, 4)) - Number(starts[i - 1].slice(0, 4))).toBe(1);
    for (const b of years) expect(b.mentions).toBeGreaterThanOrEqual(b.articles);
    expect(res.timeline.reduce((s: number, b: any) => s + b.articles, 0)).toBe(res.person.articleCount);
    for (const b of res.timeline) expect(b.start).toMatch(/^\d{4}-\d{2}-01T00:00:00.000Z$/);
  });

  it('searches by kind with typos, looks entities up by reference, and counts the graph', async () => {
    const res = await ask(`{ search(query: "merkle", kinds: [PERSON]) { node { __typename ... on Person { id } } }
      entity(ref: { kind: COUNTRY, id: "de" }) { __typename id name kind }
      stats { articles nodes { label count } relationships { label count } } }`);
    expect(res.search[0].node).toEqual({ __typename: 'Person', id: 'angela-merkel' });
    expect(new Set(res.search.map((h: any) => h.node.__typename))).toEqual(new Set(['Person']));
    expect(res.entity).toEqual({ __typename: 'Country', id: 'DE', name: 'Germany', kind: 'COUNTRY' });
    expect(res.stats.nodes.find((n: any) => n.label === 'Article').count).toBe(res.stats.articles);
    expect(res.stats.relationships.find((r: any) => r.label === 'MENTIONS').count).toBeGreaterThan(res.stats.articles);
  });

  it('runs no more Cypher queries for 20 parents than for 2: every edge field is batched', async () => {
    const query = `query ($n: Int!) {
      people(first: $n) { nodes { name roles { title country { name } } articles(first: 2) { totalCount nodes { title topics { topic { label } } meetings { participants { name } } } }
        meetings(first: 2) { nodes { article { title } } } metWith { b { name } meetings { id } } coMentions(first: 3) { entity { name } articles(first: 1) { id } }
        timeline(bucket: YEAR) { articles } } }
      countryPairs(first: $n) { nodes { a { name } b { name } articles(first: 2) { title countries { entity { name } } } } }
      meetings(first: $n) { nodes { participants { name articleCount } article { people { entity { name } } } } }
    }`;
    const run = async (n: number) => {
      db.queries.length = 0;
      const data = await ask(query, { n });
      const tally = new Map<string, number>();
      for (const name of db.queries) tally.set(name, (tally.get(name) ?? 0) + 1);
      return { data, tally };
    };
    for (const n of [2, 20]) {
      const { data, tally } = await run(n);
      expect(data.people.nodes.length).toBe(n);
      // A field's loader runs once per tick in which its parents arrive, whatever their number: an
      // N+1 field would run 20 times here. Parents of one field can arrive in a few ticks (some
      // were cached), and lookups by key serve every level at which entities appear.
      for (const [name, times] of tally) expect(times, `${name} at n=${n}`).toBeLessThanOrEqual(name.startsWith('get') ? 5 : 3);
    }
  });

  it('refuses bad arguments with BAD_USER_INPUT naming the argument', async () => {
    const cases: Array<[string, string]> = [
      [`{ people(after: "not-a-cursor") { totalCount } }`, 'after'],
      [`{ articles(after: "eyJvIjozfQ") { totalCount } }`, 'after'],
      [`{ neighbourhood(ref: { kind: PERSON, id: "hillary-clinton" }, depth: 9) { nodes { id } } }`, 'depth'],
      [`{ paths(source: { kind: COUNTRY, id: "Russia" }, target: { kind: PERSON, id: "x" }) { length } }`, 'source.id'],
      [`{ paths(source: { kind: PERSON, id: "a" }, target: { kind: PERSON, id: "a" }) { length } }`, 'target'],
      [`{ countryPairs(minArticles: 0) { totalCount } }`, 'minArticles'],
      [`{ articles(filter: { from: "2012-01-01", to: "2011-01-01" }) { totalCount } }`, 'to'],
    ];
    for (const [query, argument] of cases) {
      const res = await gql(server.url, query);
      expect(res.errors?.[0].extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message, query).toContain(`"${argument}"`);
    }
  });
});
