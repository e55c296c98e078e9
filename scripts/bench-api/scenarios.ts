/** The scenarios measured: who met whom, country pairs, a neighbourhood, search, and bare Apollo; their parameters from the graph. */
import neo4j from 'neo4j-driver';
import type { Db } from '../../src/graph/driver.js';
import { getArticles } from '../../src/read/articles.js';
import { countryCooccurrence, rankCountryPairs } from '../../src/read/countries.js';
import { getCountries, getOrganizations, getPeople, getTopics } from '../../src/read/entities.js';
import { findMeetings } from '../../src/read/meetings.js';
import { search, stats } from '../../src/read/search.js';
import { neighbourhood } from '../../src/read/traversal.js';
import type { EntityKey, EntityKind } from '../../src/read/rows.js';
import { ONLY } from './flags.js';
import type { BenchGraph } from './graph.js';

/** What the scenarios ask about, taken from the graph: its busiest person in meetings, and search terms. */
export async function benchParameters(cypher: BenchGraph['cypher']) {
  const busiest = (
    await cypher<{ id: string; name: string; meetings: number }>(
      `/* benchBusiestPerson */
       MATCH (p:Person)<-[:WITH]-(m:Meeting)
       WITH p, count(m) AS meetings ORDER BY meetings DESC, p.id LIMIT 1
       RETURN p.id AS id, p.name AS name, meetings`,
    )
  )[0];
  if (!busiest) throw new Error('the graph holds no meetings: nothing to measure');
  // Search terms: the surnames of the most mentioned people (and "merkel", the example, when she is in the graph).
  const famous = await cypher<{ name: string }>(
    `/* benchFamousPeople */
     MATCH (p:Person) WHERE p.name CONTAINS ' '
     WITH p, COUNT { (:Article)-[:MENTIONS]->(p) } AS n ORDER BY n DESC, p.id LIMIT $limit
     RETURN p.name AS name`,
    { limit: neo4j.int(20) },
  );
  const surnames = famous.map((p) => p.name.split(' ').pop()!.toLowerCase()).filter((w) => /^[a-z]{4,}$/.test(w));
  const terms = [...new Set(['merkel', ...surnames])].slice(0, 8);
  return { busiest, terms };
}
export type BenchParameters = Awaited<ReturnType<typeof benchParameters>>;

const uniq = <T>(xs: T[]) => [...new Set(xs)];
type NodeKey = { kind: EntityKind | 'Article'; id: string };

/** What the per-request loaders do for these keys: one batched lookup per kind, the kinds in parallel. */
function loadEntities(db: Db, keys: NodeKey[]) {
  const ids = (kind: EntityKind | 'Article') => uniq(keys.filter((k) => k.kind === kind).map((k) => k.id));
  const run = <T>(kind: EntityKind | 'Article', get: (ids: string[]) => Promise<T>) => (ids(kind).length ? get(ids(kind)) : null);
  return Promise.all([
    run('Article', (x) => getArticles(db, x)),
    run('Person', (x) => getPeople(db, x)),
    run('Country', (x) => getCountries(db, x)),
    run('Organization', (x) => getOrganizations(db, x)),
    run('Topic', (x) => getTopics(db, x)),
  ]);
}

export interface Scenario {
  key: string;
  name: string;
  /** GraphQL request bodies; connections cycle through them. */
  bodies: string[];
  /** What a verification answer must hold besides data without errors. */
  check: (data: any) => string | null;
  /** The read functions the resolvers run for the i-th body, in their order (none for bare Apollo). */
  direct?: (i: number) => Promise<unknown>;
  directIncludes?: string;
}

const gql = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

/** The scenarios, each a GraphQL request and the read functions its resolvers run (--only picks some). */
export function benchScenarios(db: Db, { busiest, terms }: BenchParameters): Scenario[] {
  const PERSON: EntityKey = { kind: 'Person', id: busiest.id };
  const all: Scenario[] = [
    {
      key: 'who',
      name: 'who met whom',
      bodies: [
        gql(
          `query WhoMet($id: ID!) { meetings(personId: $id, first: 20) { nodes { date participants { name } article { title } evidence { text } } } }`,
          { id: busiest.id },
        ),
      ],
      check: (d) => (d.meetings.nodes.length > 0 ? null : 'no meetings'),
      direct: async () => {
        const page = await findMeetings(db, { personId: busiest.id, withPersonId: null, from: null, to: null, first: 20, after: null });
        // Meeting.participants and Meeting.article: one person loader batch and one article loader batch, in parallel.
        await Promise.all([
          getPeople(db, uniq(page.rows.flatMap((m) => m.participantIds))),
          getArticles(db, uniq(page.rows.map((m) => m.articleId))),
        ]);
      },
      directIncludes: 'findMeetings, then getPeople ∥ getArticles',
    },
    {
      key: 'pairs',
      name: 'country pairs',
      bodies: [gql(`{ countryPairs(first: 20, orderBy: LIFT, minArticles: 5) { nodes { a { name } b { name } articleCount lift } } }`)],
      check: (d) => (d.countryPairs.nodes.length > 0 ? null : 'no country pairs'),
      direct: async () => {
        const f = { from: null, to: null, topicId: null };
        const co = await countryCooccurrence(db, f);
        const page = rankCountryPairs(co, f, { orderBy: 'LIFT', minArticles: 5 }).slice(0, 20);
        await getCountries(db, uniq(page.flatMap((p) => [p.a, p.b])));
      },
      directIncludes: 'countryCooccurrence + ranking in JS, then getCountries',
    },
    {
      key: 'hood',
      name: 'neighbourhood d=2',
      bodies: [
        gql(
          `query Hood($id: ID!) { neighbourhood(ref: {kind: PERSON, id: $id}, depth: 2, perNode: 8, maxNodes: 50) { nodes { id entity { name } } edges { source target articleCount } } }`,
          { id: busiest.id },
        ),
      ],
      check: (d) => (d.neighbourhood.nodes.length > 1 ? null : 'an empty neighbourhood'),
      direct: async () => {
        await getPeople(db, [busiest.id]); // the resolver checks the start entity exists (and caches it)
        const sub = await neighbourhood(db, PERSON, {
          depth: 2,
          kinds: ['Person', 'Country', 'Organization'],
          perNode: 8,
          maxNodes: 50,
          filter: { from: null, to: null },
        });
        await loadEntities(db, sub.nodes.filter((n) => n.depth > 0).map((n) => ({ kind: n.kind, id: n.entityId })));
      },
      directIncludes: 'getPeople(start), neighbours ×2 hops, then getPeople ∥ getCountries ∥ getOrganizations',
    },
    {
      key: 'search',
      name: `search (${terms.length} terms)`,
      bodies: terms.map((t) => gql(`query Search($q: String!) { search(query: $q, first: 10) { score node { __typename } } }`, { q: t })),
      check: (d) => (d.search.length > 0 ? null : 'no hits'),
      direct: async (i) => {
        const hits = await search(db, terms[i % terms.length], 10, null);
        // SearchHit.node loads each hit through the loader of its kind.
        await loadEntities(db, hits);
      },
      directIncludes: 'search, then one lookup per kind among the hits, in parallel',
    },
    {
      key: 'bare',
      name: 'bare Apollo {__typename}',
      bodies: [gql('{ __typename }')],
      check: (d) => (d.__typename === 'Query' ? null : 'no __typename'),
    },
  ];
  return all.filter((s) => !ONLY || ONLY.includes(s.key));
}
