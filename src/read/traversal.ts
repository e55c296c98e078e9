import { int, readQuery, type Db } from '../graph/driver.js';
import { ARTICLE_FILTER, ENTITY, MEETING_FILTER, RESOLVE, RESOLVE_PAIRS, entityKeyString, filterParams } from './cypher.js';
import type { DateTopicFilter, EntityKey, EntityKind, GraphEdgeRow, GraphNodeRow, PathHopRow, PathResultRow, PathRow, SubgraphRow } from './rows.js';

/** Walks over the graph: the neighbourhood of an entity, and the shortest chains between two. */

/** Meetings between `x` and `y` in the date range (and topic). */
const MEETINGS_BETWEEN = (x: string, y: string) => `COUNT { MATCH (${x})<-[:WITH]-(m:Meeting)-[:WITH]->(${y}) WHERE ${MEETING_FILTER} }`;

export interface NeighbourhoodArgs {
  depth: number;
  kinds: EntityKind[];
  perNode: number;
  maxNodes: number;
  filter: DateTopicFilter;
}

interface NeighbourRow {
  from: EntityKey;
  to: EntityKey;
  articleCount: number;
  meetingCount: number;
}

/** The strongest co-mentioned neighbours of each frontier entity, with their meetings: one query per hop. */
async function neighbours(db: Db, frontier: EntityKey[], args: NeighbourhoodArgs): Promise<NeighbourRow[]> {
  const res = await readQuery(
    db,
    'neighbours',
    `/* neighbours */
     UNWIND $frontier AS f
     ${RESOLVE('f', 'e')}
     CALL (e) {
       // Whom e met in the range, once per meeting: read once, not as a subquery per candidate.
       WITH e, COLLECT { MATCH (e)<-[:WITH]-(m:Meeting)-[:WITH]->(p:Person) WHERE p <> e AND ${MEETING_FILTER} RETURN elementId(p) } AS met
       MATCH (e)<-[:MENTIONS|ABOUT]-(a:Article)-[r:MENTIONS|ABOUT]->(o)
       WHERE o <> e AND any(l IN labels(o) WHERE l IN $labels) AND ${ARTICLE_FILTER}
       WITH o, met, count(a) AS n, sum(coalesce(r.count, 1)) AS weight
       // People who met come first, then the most articles in common, then the most mentions in them.
       WITH o, n, weight, size([x IN met WHERE x = elementId(o)]) AS meetings
       RETURN o, n, meetings ORDER BY meetings DESC, n DESC, weight DESC, coalesce(o.code, o.id) LIMIT $perNode
     }
     RETURN f.kind AS fromKind, f.id AS fromId, labels(o)[0] AS kind, coalesce(o.code, o.id) AS id, n, meetings`,
    {
      frontier,
      labels: args.kinds.map((k) => ENTITY[k].label),
      ...filterParams(args.filter),
      perNode: int(args.perNode),
    },
  );
  return res.records.map((r) => ({
    from: { kind: r.get('fromKind'), id: r.get('fromId') },
    to: { kind: r.get('kind'), id: r.get('id') },
    articleCount: r.get('n'),
    meetingCount: r.get('meetings'),
  }));
}

function edgeOf(a: EntityKey, b: EntityKey, articleCount: number, meetingCount: number, filter: DateTopicFilter): GraphEdgeRow {
  const [x, y] = [a, b].sort((p, q) => entityKeyString(p).localeCompare(entityKeyString(q)));
  const source = entityKeyString(x);
  const target = entityKeyString(y);
  return {
    id: `${source}|${target}`,
    source,
    target,
    kind: meetingCount > 0 ? 'MET' : 'CO_MENTIONED',
    articleCount,
    meetingCount,
    ends: [x, y],
    filter,
  };
}

/**
 * Breadth-first over co-mentions: each hop takes the `perNode` strongest
 * neighbours of every node of the last hop, strongest first, until `maxNodes`;
 * then every link among the nodes kept. One query per hop and one for the links.
 */
export async function neighbourhood(db: Db, start: EntityKey, args: NeighbourhoodArgs): Promise<SubgraphRow> {
  const nodes = new Map<string, GraphNodeRow>([[entityKeyString(start), { id: entityKeyString(start), kind: start.kind, entityId: start.id, depth: 0 }]]);
  let frontier = [start];
  for (let depth = 1; depth <= args.depth && frontier.length > 0; depth++) {
    // Neighbours keep the order the query ranked them in, per frontier node; across frontier nodes, stronger first.
    const found = (await neighbours(db, frontier, args)).map((n, rank) => ({ ...n, rank }));
    found.sort((p, q) => q.meetingCount - p.meetingCount || q.articleCount - p.articleCount || p.rank - q.rank);
    const next: EntityKey[] = [];
    for (const n of found) {
      const key = entityKeyString(n.to);
      if (!nodes.has(key)) {
        if (nodes.size >= args.maxNodes) continue;
        nodes.set(key, { id: key, kind: n.to.kind, entityId: n.to.id, depth });
        next.push(n.to);
      }
    }
    frontier = next;
  }
  // The walk found the strongest links from each node outwards; the picture needs every link among the nodes it kept.
  const all = await edgesAmong(db, [...nodes.values()].map((n) => ({ kind: n.kind, id: n.entityId })), args.filter);
  return { nodes: [...nodes.values()], edges: all };
}

/** Every pair of the given entities that share an article, with the count and their meetings: one query. */
async function edgesAmong(db: Db, entities: EntityKey[], filter: DateTopicFilter): Promise<GraphEdgeRow[]> {
  if (entities.length < 2) return [];
  const res = await readQuery(
    db,
    'edgesAmong',
    `/* edgesAmong */
     UNWIND $entities AS ref
     ${RESOLVE('ref', 'x')}
     // Each entity's articles once, grouped by article: a hub's articles are read once, rather than
     // every mention of every one of them checked against the set.
     MATCH (x)<-[:MENTIONS|ABOUT]-(a:Article)
     WHERE ${ARTICLE_FILTER}
     WITH a, collect(DISTINCT x) AS present
     WHERE size(present) > 1
     UNWIND present AS x
     UNWIND present AS y
     WITH x, y, a WHERE elementId(x) < elementId(y)
     WITH x, y, count(a) AS n
     RETURN labels(x)[0] AS xKind, coalesce(x.code, x.id) AS xId, labels(y)[0] AS yKind, coalesce(y.code, y.id) AS yId, n,
            ${MEETINGS_BETWEEN('x', 'y')} AS meetings`,
    { entities, ...filterParams(filter) },
  );
  return res.records
    .map((r) => edgeOf({ kind: r.get('xKind'), id: r.get('xId') }, { kind: r.get('yKind'), id: r.get('yId') }, r.get('n'), r.get('meetings'), filter))
    .sort((p, q) => q.meetingCount - p.meetingCount || q.articleCount - p.articleCount || p.id.localeCompare(q.id));
}

// ---------------------------------------------------------------- paths

/** `ALL SHORTEST` up to this many relationships (two per hop: entity–article–entity); a closed set of texts. */
const PATH_BOUND: Record<number, string> = { 1: '{1,2}', 2: '{1,4}', 3: '{1,6}', 4: '{1,8}' };

export interface PathArgs {
  maxHops: 1 | 2 | 3 | 4;
  via: EntityKind[];
  first: number;
}

/**
 * The shortest chains between two entities. Articles (MENTIONS, ABOUT) and
 * meetings (WITH) join entities; intermediate entities must be of the `via`
 * kinds. Paths that differ only in which article joins two entities are one
 * chain here, with those articles as the hop's evidence.
 */
export async function paths(db: Db, source: EntityKey, target: EntityKey, args: PathArgs): Promise<PathResultRow> {
  const res = await readQuery(
    db,
    'paths',
    `/* paths */
     WITH $source AS sref, $target AS tref
     ${RESOLVE('sref', 's')}
     WITH s, tref
     ${RESOLVE('tref', 't')}
     MATCH p = ALL SHORTEST (s) ((x)-[:MENTIONS|ABOUT|WITH]-(y) WHERE y = t OR y:Article OR (y:Meeting AND y.status = 'MET') OR any(l IN labels(y) WHERE l IN $via))${PATH_BOUND[args.maxHops]} (t)
     WITH p LIMIT 1000
     RETURN [n IN nodes(p) | [labels(n)[0], coalesce(n.code, n.id)]] AS seq`,
    { source, target, via: args.via.map((k) => ENTITY[k].label) },
  );
  // Group the raw paths into chains of entities; the connectors (articles, meetings) of each hop are its evidence.
  const chains = new Map<string, { entities: EntityKey[]; hops: Array<{ articles: Set<string>; meetings: Set<string> }> }>();
  for (const r of res.records) {
    const seq = r.get('seq') as Array<[string, string]>;
    const entities: EntityKey[] = [];
    const connectors: Array<[string, string]> = [];
    seq.forEach(([label, id], i) => (i % 2 === 0 ? entities.push({ kind: label as EntityKind, id }) : connectors.push([label, id])));
    const key = entities.map(entityKeyString).join('>');
    let chain = chains.get(key);
    if (!chain) {
      chain = { entities, hops: connectors.map(() => ({ articles: new Set<string>(), meetings: new Set<string>() })) };
      chains.set(key, chain);
    }
    connectors.forEach(([label, id], i) => (label === 'Meeting' ? chain.hops[i].meetings : chain.hops[i].articles).add(id));
  }
  const support = (c: { hops: Array<{ articles: Set<string>; meetings: Set<string> }> }) =>
    Math.min(...c.hops.map((h) => h.articles.size + h.meetings.size));
  const ranked = [...chains.entries()]
    .sort(([ka, a], [kb, b]) => support(b) - support(a) || ka.localeCompare(kb))
    .slice(0, args.first)
    .map(([, c]) => c);
  // Each hop's weight is the true count of what joins its two ends, not the sample the path search met.
  const counts = await pairCounts(db, ranked.flatMap((c) => c.hops.map((_, i): [EntityKey, EntityKey] => [c.entities[i], c.entities[i + 1]])));
  const out: PathRow[] = ranked.map((c) => ({
    entities: c.entities,
    hops: c.hops.map((_, i): PathHopRow => {
      const [from, to] = [c.entities[i], c.entities[i + 1]];
      const n = counts.get(pairKey(from, to)) ?? { articles: 0, meetings: 0 };
      return { from, to, articleCount: n.articles, meetingCount: n.meetings };
    }),
  }));
  const nodes = new Map<string, GraphNodeRow>();
  const edges = new Map<string, GraphEdgeRow>();
  for (const p of out) {
    p.entities.forEach((e, i) => {
      const id = entityKeyString(e);
      const prev = nodes.get(id);
      if (!prev || prev.depth > i) nodes.set(id, { id, kind: e.kind, entityId: e.id, depth: i });
    });
    for (const h of p.hops) {
      const e = edgeOf(h.from, h.to, h.articleCount, h.meetingCount, {});
      edges.set(e.id, e);
    }
  }
  return { length: out.length > 0 ? out[0].hops.length : null, paths: out, subgraph: { nodes: [...nodes.values()], edges: [...edges.values()] } };
}

const pairKey = (a: EntityKey, b: EntityKey) => [entityKeyString(a), entityKeyString(b)].sort().join('|');

/** Articles in common and meetings between each pair of entities, in one query: the weights of path edges. */
async function pairCounts(db: Db, pairs: Array<[EntityKey, EntityKey]>): Promise<Map<string, { articles: number; meetings: number }>> {
  if (pairs.length === 0) return new Map();
  const res = await readQuery(
    db,
    'pairCounts',
    `/* pairCounts */
     ${RESOLVE_PAIRS}
     RETURN i, COUNT { (x)<-[:MENTIONS|ABOUT]-(:Article)-[:MENTIONS|ABOUT]->(y) } AS articles,
            COUNT { (x)<-[:WITH]-(:Meeting {status: 'MET'})-[:WITH]->(y) } AS meetings`,
    { pairs },
  );
  const out = new Map<string, { articles: number; meetings: number }>();
  for (const r of res.records) {
    const [a, b] = pairs[r.get('i') as number];
    out.set(pairKey(a, b), { articles: r.get('articles'), meetings: r.get('meetings') });
  }
  return out;
}
