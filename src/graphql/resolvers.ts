import { GraphQLError } from 'graphql';
import * as q from '../read/queries.js';
import * as lists from '../read/lists.js';
import * as analytics from '../read/analytics.js';
import * as traverse from '../read/traverse.js';
import { entityKeyString } from '../read/cypher.js';
import { offsetAfter, offsetPage } from '../read/page.js';
import type {
  ArticleRow,
  CountryPairRow,
  CountryRow,
  EntityKey,
  EntityKind,
  EntityRow,
  MeetingPairRow,
  MeetingRow,
  OrganizationRow,
  Page,
  PersonRow,
  TopicRow,
} from '../read/rows.js';
import { removeArticles } from '../graph/writer.js';
import { ingest } from '../ingest/pipeline.js';
import { FeedArticle, toSeedFormat, type SourceItem } from '../ingest/sources.js';
import { badInput, checkFirst, requireKey } from './errors.js';
import type {
  EntityKind as GqlEntityKind,
  EntityRef,
  Resolvers,
  TimeBucket,
  CountryPairOrder,
} from './generated.js';
import { DateTimeScalar } from './scalars.js';
import { articleSentences } from '../pipeline/extract.js';
import { splitSentences } from '../extract/tokenize.js';
import { parseArticle } from '../article/parse.js';
import type { GraphQLContext } from './context.js';

const present = <T>(x: T | null | undefined): x is T => x !== null && x !== undefined;

const KIND: Record<GqlEntityKind, EntityKind> = { PERSON: 'Person', COUNTRY: 'Country', ORGANIZATION: 'Organization', TOPIC: 'Topic' };
const GQL_KIND: Record<EntityKind, GqlEntityKind> = { Person: 'PERSON', Country: 'COUNTRY', Organization: 'ORGANIZATION', Topic: 'TOPIC' };
const DEFAULT_KINDS: EntityKind[] = ['Person', 'Country', 'Organization'];

/** An EntityRef argument as a read-layer key: countries by upper-case ISO code, ids non-empty. */
function entityKey(ref: EntityRef, argument: string): EntityKey {
  const kind = KIND[ref.kind];
  const id = ref.id.trim();
  if (id === '' || id.length > 200) throw badInput(`${argument}.id`, `must be a non-empty id of at most 200 characters`);
  if (kind === 'Country') {
    if (!/^[A-Za-z]{2}$/.test(id)) throw badInput(`${argument}.id`, `must be an ISO 3166-1 alpha-2 code such as "RU" for a COUNTRY (got ${JSON.stringify(id)})`);
    return { kind, id: id.toUpperCase() };
  }
  return { kind, id };
}

function kindsArg(kinds: readonly GqlEntityKind[] | null | undefined, argument: string): EntityKind[] {
  if (!present(kinds)) return DEFAULT_KINDS;
  if (kinds.length === 0) throw badInput(argument, 'must name at least one kind');
  return [...new Set(kinds.map((k) => KIND[k]))];
}

function intArg(value: number | null | undefined, fallback: number, min: number, max: number, argument: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(argument, `must be an integer from ${min} to ${max} (got ${n})`);
  return n;
}

/** The `from`/`to` arguments, checked (`to` after `from`) and with absent ends as null. */
function dateRange(args: { from?: string | null; to?: string | null }): { from: string | null; to: string | null } {
  const from = args.from ?? null;
  const to = args.to ?? null;
  if (from !== null && to !== null && from >= to) throw badInput('to', `must be after "from" (${from} >= ${to})`);
  return { from, to };
}

/** dateRange, and the `topicId` argument (null when absent): the filter of every field that takes a topic. */
function dateTopicFilter(args: { from?: string | null; to?: string | null; topicId?: string | null }): { from: string | null; to: string | null; topicId: string | null } {
  return { ...dateRange(args), topicId: args.topicId ?? null };
}

/** Resolves personId or personName (exactly one or neither) to an id; an unknown name matches nobody. */
async function personArg(ctx: GraphQLContext, id: string | null | undefined, name: string | null | undefined, prefix: string) {
  if (present(id) && present(name)) throw badInput(`${prefix}Name`, `cannot be given together with ${prefix}Id`);
  if (present(id)) return { given: true, id };
  if (present(name)) {
    if (name.trim() === '') throw badInput(`${prefix}Name`, 'must not be empty');
    if (name.length > 200) throw badInput(`${prefix}Name`, 'must be at most 200 characters');
    return { given: true, id: await q.findPersonIdByName(ctx.db, name) };
  }
  return { given: false, id: null };
}

function emptyPage<T>(): Page<T> {
  return { rows: [], cursor: () => '', hasNextPage: false, hasPreviousPage: false, totalCount: async () => 0 };
}

function isRow<T>(x: T | Error | null): x is T {
  return x !== null && !(x instanceof Error);
}

async function loadArticles(ctx: GraphQLContext, ids: string[]): Promise<ArticleRow[]> {
  return (await ctx.loaders.article.loadMany(ids)).filter(isRow);
}

async function loadMeetings(ctx: GraphQLContext, ids: string[]): Promise<MeetingRow[]> {
  return (await ctx.loaders.meeting.loadMany(ids)).filter(isRow);
}

async function loadEntity(ctx: GraphQLContext, key: EntityKey): Promise<EntityRow | null> {
  const l = ctx.loaders;
  switch (key.kind) {
    case 'Person':
      return l.person.load(key.id);
    case 'Country':
      return l.country.load(key.id);
    case 'Organization':
      return l.organization.load(key.id);
    case 'Topic':
      return l.topic.load(key.id);
  }
}

async function mustEntity(ctx: GraphQLContext, key: EntityKey): Promise<EntityRow> {
  const row = await loadEntity(ctx, key);
  if (!row) throw new Error(`${key.kind} ${key.id} vanished`);
  return row;
}

/** A page of keys as a page of loaded rows (one batched lookup). */
async function loadPage<T>(page: Page<string>, load: (ids: string[]) => Promise<Array<T | Error | null>>): Promise<Page<T>> {
  const loaded = await load(page.rows);
  const rows: T[] = [];
  const kept: number[] = [];
  loaded.forEach((r, i) => {
    if (isRow(r)) {
      rows.push(r);
      kept.push(i);
    }
  });
  return { ...page, rows, cursor: (i) => page.cursor(kept[i]) };
}

const keyOf = (row: EntityRow): EntityKey => ({ kind: row.kind, id: row.kind === 'Country' ? row.code : row.id });

/** Fields every entity type shares, each batched across the entities of a list. */
function entityFields<R extends EntityRow>() {
  return {
    kind: (row: R) => GQL_KIND[row.kind],
    articles: (row: R, args: { from?: string | null; to?: string | null; first: number; after?: string | null }, ctx: GraphQLContext) => {
      const a = { ...dateRange(args), first: checkFirst(args.first, 20), after: args.after ?? null };
      const key = keyOf(row);
      return ctx.batch.get(`${row.kind}.articles`, a, (ids: readonly string[]) => lists.articlesOfEntities(ctx.db, row.kind, ids, a)).load(key.id);
    },
    coMentions: async (
      row: R,
      args: { kind?: GqlEntityKind | null; from?: string | null; to?: string | null; first: number },
      ctx: GraphQLContext,
    ) => {
      const filter = dateRange(args);
      const opts = { kinds: args.kind ? [KIND[args.kind]] : (['Person', 'Country', 'Organization', 'Topic'] as EntityKind[]), filter, first: checkFirst(args.first, 20, 200) };
      const key = keyOf(row);
      // A hub's co-mentions (the US, a broad topic) cost up to a second of database time: each
      // batch's answer is kept under the graph's version, as dashboards ask the same again.
      const hits = await ctx.batch
        .get(`${row.kind}.coMentions`, opts, (ids: readonly string[]) =>
          ctx.memo.get(
            `${row.kind}.coMentions`,
            { ids, opts },
            (db) => analytics.coMentionsOf(db, row.kind, ids, opts),
            (lists) => lists.reduce((n, hits) => n + hits.length, 0),
          ),
        )
        .load(key.id);
      return hits.map((h) => ({ of: key, entity: h.entity, articleCount: h.articleCount, filter }));
    },
    timeline: (row: R, args: { bucket: TimeBucket; from?: string | null; to?: string | null; topicId?: string | null }, ctx: GraphQLContext) => {
      const opts = { bucket: args.bucket, ...dateTopicFilter(args) };
      return ctx.batch.get(`${row.kind}.timeline`, opts, (ids: readonly string[]) => analytics.timelinesOf(ctx.db, row.kind, ids, opts)).load(keyOf(row).id);
    },
  };
}

/** The Relay connection fields, the same for every list. */
const connection = <T,>() => ({
  totalCount: (p: Page<T>) => p.totalCount(),
  edges: (p: Page<T>) => p.rows.map((node, i) => ({ cursor: p.cursor(i), node })),
  nodes: (p: Page<T>) => p.rows,
  pageInfo: (p: Page<T>) => ({
    hasNextPage: p.hasNextPage,
    hasPreviousPage: p.hasPreviousPage,
    startCursor: p.rows.length > 0 ? p.cursor(0) : null,
    endCursor: p.rows.length > 0 ? p.cursor(p.rows.length - 1) : null,
  }),
});

/** Country pairs under the arguments shared by `countryPairs` and `Country.partners`, ranked in full. */
async function rankedCountryPairs(
  ctx: GraphQLContext,
  args: { from?: string | null; to?: string | null; topicId?: string | null; orderBy: CountryPairOrder; minArticles?: number | null },
  country?: string,
) {
  const f = dateTopicFilter(args);
  const minArticles = intArg(args.minArticles, args.orderBy === 'ARTICLES' ? 1 : 3, 1, 1_000_000, 'minArticles');
  // One read of the co-occurrences per filter and graph version, shared by countryPairs, every
  // Country.partners and later requests until the graph changes.
  const co = await ctx.memo.get('countryCooccurrence', f, (db) => analytics.countryCooccurrence(db, f), (c) => c.pairs.size + c.marginals.size);
  return analytics.rankCountryPairs(co, f, { orderBy: args.orderBy, minArticles, country });
}

async function articleText(ctx: GraphQLContext, id: string): Promise<string> {
  const text = await ctx.loaders.articleText.load(id);
  if (text === null) throw new Error(`article ${id} has no text: removed since its row was read, or stored without one`);
  return text;
}

/** The sentences extraction read in a stored text: the title's and the body's; the whole text when it no longer parses. */
function sentencesOf(text: string) {
  try {
    return articleSentences(parseArticle(text));
  } catch {
    return splitSentences(text);
  }
}

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,

  Query: {
    article: (_, { id }, ctx) => ctx.loaders.article.load(id),
    articles: (_, { filter, first, after }, ctx) => {
      const f = filter ?? {};
      const range = dateRange(f);
      if (f.text !== null && f.text !== undefined && f.text.length > 200) throw badInput('filter.text', 'must be at most 200 characters');
      const titleQuery = present(f.text) ? q.luceneQuery(f.text) : null;
      if (present(f.text) && !titleQuery) return emptyPage();
      if ((f.mentions?.length ?? 0) > 10) throw badInput('filter.mentions', 'must name at most 10 entities');
      return lists.listArticles(ctx.db, {
        mentions: (f.mentions ?? []).map((m, i) => entityKey(m, `filter.mentions[${i}]`)),
        topicId: f.topicId,
        ...range,
        titleQuery,
        first: checkFirst(first, 20),
        after,
      });
    },
    person: (_, { id }, ctx) => ctx.loaders.person.load(id),
    people: async (_, args, ctx) =>
      loadPage(await lists.listEntities(ctx.db, 'Person', { ...args, first: checkFirst(args.first, 20) }), (ids) => ctx.loaders.person.loadMany(ids)),
    country: (_, { code }, ctx) => {
      if (!/^[A-Za-z]{2}$/.test(code)) throw badInput('code', `must be an ISO 3166-1 alpha-2 code such as "RU" (got ${JSON.stringify(code)})`);
      return ctx.loaders.country.load(code.toUpperCase());
    },
    countries: async (_, args, ctx) =>
      loadPage(await lists.listEntities(ctx.db, 'Country', { ...args, first: checkFirst(args.first, 20) }), (ids) => ctx.loaders.country.loadMany(ids)),
    organization: (_, { id }, ctx) => ctx.loaders.organization.load(id),
    organizations: async (_, args, ctx) =>
      loadPage(await lists.listEntities(ctx.db, 'Organization', { ...args, first: checkFirst(args.first, 20) }), (ids) =>
        ctx.loaders.organization.loadMany(ids),
      ),
    topic: (_, { id }, ctx) => ctx.loaders.topic.load(id),
    topics: async (_, args, ctx) =>
      loadPage(await lists.listEntities(ctx.db, 'Topic', { first: checkFirst(args.first, 50), after: args.after }), (ids) => ctx.loaders.topic.loadMany(ids)),
    entity: (_, { ref }, ctx) => loadEntity(ctx, entityKey(ref, 'ref')),

    meetings: async (_, args, ctx) => {
      const first = checkFirst(args.first, 50);
      const filter = dateTopicFilter(args);
      const person = await personArg(ctx, args.personId, args.personName, 'person');
      const other = await personArg(ctx, args.withPersonId, args.withPersonName, 'withPerson');
      if (other.given && !person.given) throw badInput('withPersonId', 'needs personId or personName');
      if ((person.given && !person.id) || (other.given && !other.id)) return emptyPage();
      return lists.findMeetings(ctx.db, { personId: person.id, withPersonId: other.id, ...filter, first, after: args.after });
    },
    meetingPairs: async (_, args, ctx) => {
      const a = { ...dateRange(args), first: checkFirst(args.first, 50), after: args.after ?? null };
      const person = await personArg(ctx, args.personId, args.personName, 'person');
      if (person.given && !person.id) return emptyPage();
      if (person.id) return (await lists.meetingPairsOf(ctx.db, [person.id], a))[0];
      return lists.allMeetingPairs(ctx.db, a);
    },

    countryPairs: async (_, args, ctx) => {
      const first = checkFirst(args.first, 20);
      const skip = offsetAfter(args.after);
      const ranked = await rankedCountryPairs(ctx, args);
      return offsetPage(ranked.slice(skip, skip + first + 1), first, skip, async () => ranked.length);
    },

    coMentions: async (_, args, ctx) => {
      const key = entityKey(args.ref, 'ref');
      const row = await loadEntity(ctx, key);
      if (!row) return [];
      return entityFields().coMentions(row, args, ctx);
    },
    neighbourhood: async (_, args, ctx) => {
      const filter = dateTopicFilter(args);
      const start = entityKey(args.ref, 'ref');
      if (!(await loadEntity(ctx, start))) return { nodes: [], edges: [] };
      const walk = {
        depth: intArg(args.depth, 1, 1, 3, 'depth'),
        kinds: kindsArg(args.kinds, 'kinds'),
        perNode: intArg(args.perNode, 10, 1, 50, 'perNode'),
        maxNodes: intArg(args.maxNodes, 50, 1, 200, 'maxNodes'),
        filter,
      };
      return ctx.memo.get(
        'neighbourhood',
        { start, walk },
        (db) => traverse.neighbourhood(db, start, walk),
        (sub) => sub.nodes.length + sub.edges.length,
      );
    },
    paths: async (_, args, ctx) => {
      const source = entityKey(args.source, 'source');
      const target = entityKey(args.target, 'target');
      if (entityKeyString(source) === entityKeyString(target)) throw badInput('target', 'must differ from source');
      const maxHops = intArg(args.maxHops, 3, 1, 4, 'maxHops') as 1 | 2 | 3 | 4;
      const first = intArg(args.first, 5, 1, 20, 'first');
      // Countries join almost anyone to anyone ("both are mentioned with the US"): only when asked for.
      const via = present(args.via) ? kindsArg(args.via, 'via') : (['Person', 'Organization'] as EntityKind[]);
      return traverse.paths(ctx.db, source, target, { maxHops, via, first });
    },
    timeline: async (_, args, ctx) => {
      const row = await loadEntity(ctx, entityKey(args.ref, 'ref'));
      if (!row) return [];
      return entityFields().timeline(row, args, ctx);
    },

    search: (_, args, ctx) => {
      if (args.query.length > 200) throw badInput('query', 'must be at most 200 characters');
      if (present(args.kinds) && args.kinds.length === 0) throw badInput('kinds', 'must name at least one kind');
      const kinds = present(args.kinds) ? args.kinds.map((k) => k.charAt(0) + k.slice(1).toLowerCase()) : null;
      return q.search(ctx.db, args.query, checkFirst(args.first, 10, 100), kinds);
    },
    stats: (_, __, ctx) => q.stats(ctx.db),
  },

  Mutation: {
    ingestArticles: async (_, { articles }, ctx) => {
      requireKey(ctx);
      if (articles.length === 0 || articles.length > 100) throw badInput('articles', `must hold 1 to 100 articles (got ${articles.length})`);
      async function* items(): AsyncGenerator<SourceItem> {
        for (const [i, input] of articles.entries()) {
          const source = input.source ?? input.url ?? `articles[${i}]`;
          const parsed = FeedArticle.safeParse(input);
          if (!parsed.success) {
            yield { source, error: parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; '), reason: 'invalid-feed-item' };
          } else {
            yield { source, bytes: Buffer.from(toSeedFormat(parsed.data)) };
          }
        }
      }
      // A request's articles are few: extract on this thread rather than start a pool per request.
      // A request does not wait minutes for a database that is gone: 10 s, then an error the client can retry on.
      const summary = await ingest(ctx.db, items(), { workers: 0, collectResults: true, waitForDatabaseMs: 10_000 });
      if (summary.aborted) {
        throw new GraphQLError('The database is unavailable; nothing of this request was half-written, send it again', {
          extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
        });
      }
      return {
        created: summary.created,
        updated: summary.updated,
        unchanged: summary.unchanged,
        rejected: summary.rejected.length,
        results: (summary.results ?? []).map((r) => ({
          index: r.index,
          source: r.source,
          id: r.id ?? null,
          status: r.status.toUpperCase() as 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED',
          reason: r.reason ?? null,
          message: r.message ?? null,
        })),
      };
    },
    removeArticles: async (_, { ids }, ctx) => {
      requireKey(ctx);
      if (ids.length === 0 || ids.length > 1000) throw badInput('ids', `must hold 1 to 1000 ids (got ${ids.length})`);
      return removeArticles(ctx.db, ids);
    },
  },

  Entity: {
    __resolveType: (row: EntityRow) => row.kind,
  },

  SearchNode: {
    __resolveType: (row) => row.kind,
  },

  SearchHit: {
    node: async (hit, _, ctx) => {
      const row = hit.kind === 'Article' ? await ctx.loaders.article.load(hit.id) : await loadEntity(ctx, { kind: hit.kind, id: hit.id });
      if (!row) throw new Error(`search hit ${hit.kind} ${hit.id} vanished`);
      return row;
    },
  },

  Person: {
    ...entityFields<PersonRow>(),
    roles: (p, _, ctx) => ctx.loaders.personRoles.load(p.id),
    meetings: (p, args, ctx) => {
      const a = { withPersonId: args.withPersonId ?? null, ...dateTopicFilter(args), first: checkFirst(args.first, 50), after: args.after ?? null };
      return ctx.batch.get('Person.meetings', a, (ids: readonly string[]) => lists.meetingsOfPeople(ctx.db, ids, a)).load(p.id);
    },
    metWith: async (p, args, ctx) => {
      const a = { ...dateRange(args), first: checkFirst(args.first, 50), after: null };
      const page = await ctx.batch.get('Person.metWith', a, (ids: readonly string[]) => lists.meetingPairsOf(ctx.db, ids, a)).load(p.id);
      return page.rows;
    },
  },

  Country: {
    ...entityFields(),
    partners: async (c, args, ctx) => {
      const first = checkFirst(args.first, 20);
      return (await rankedCountryPairs(ctx, args, c.code)).slice(0, first);
    },
  },
  Organization: entityFields(),
  Topic: entityFields(),

  Role: {
    country: (r, _, ctx) => (r.countryCode ? ctx.loaders.country.load(r.countryCode) : null),
    organization: (r, _, ctx) => (r.organizationId ? ctx.loaders.organization.load(r.organizationId) : null),
  },

  Article: {
    text: (a, _, ctx) => articleText(ctx, a.id),
    sentences: async (a, _, ctx) => {
      const text = await articleText(ctx, a.id);
      return sentencesOf(text).map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
    },
    people: (a, _, ctx) => ctx.loaders.articlePeople.load(a.id),
    countries: (a, _, ctx) => ctx.loaders.articleCountries.load(a.id),
    organizations: (a, _, ctx) => ctx.loaders.articleOrganizations.load(a.id),
    topics: (a, _, ctx) => ctx.loaders.articleTopics.load(a.id),
    meetings: (a, _, ctx) => ctx.loaders.articleMeetings.load(a.id),
  },

  Mention: {
    entity: (m, _, ctx) => mustEntity(ctx, { kind: m.kind, id: m.entityId }),
  },

  TopicScore: {
    topic: async (t, _, ctx) => {
      const row = await ctx.loaders.topic.load(t.topicId);
      if (!row) throw new Error(`topic ${t.topicId} vanished`);
      return row;
    },
  },

  Meeting: {
    participants: async (m, _, ctx) => (await ctx.loaders.person.loadMany(m.participantIds)).filter(isRow),
    article: async (m, _, ctx) => {
      const row = await ctx.loaders.article.load(m.articleId);
      if (!row) throw new Error(`article ${m.articleId} of meeting ${m.id} vanished`);
      return row;
    },
  },

  MeetingPair: {
    a: async (p, _, ctx) => mustEntity(ctx, { kind: 'Person', id: p.a }) as Promise<PersonRow>,
    b: async (p, _, ctx) => mustEntity(ctx, { kind: 'Person', id: p.b }) as Promise<PersonRow>,
    meetings: (p, args, ctx) => loadMeetings(ctx, p.meetingIds.slice(0, checkFirst(args.first, 10, 100))),
  },

  CountryPair: {
    a: async (p, _, ctx) => mustEntity(ctx, { kind: 'Country', id: p.a }) as never,
    b: async (p, _, ctx) => mustEntity(ctx, { kind: 'Country', id: p.b }) as never,
    articles: async (p, args, ctx) => {
      const first = checkFirst(args.first, 10, 100);
      const ids = await ctx.batch
        .get(
          'CountryPair.articles',
          { filter: p.filter, first },
          (pairs: readonly { a: string; b: string }[]) => analytics.articlesOfCountryPairs(ctx.db, pairs, p.filter, first),
          (k) => `${k.a}|${k.b}`,
        )
        .load({ a: p.a, b: p.b });
      return loadArticles(ctx, ids);
    },
  },

  CoMention: {
    entity: (c, _, ctx) => mustEntity(ctx, c.entity),
    articles: async (c, args, ctx) => loadArticles(ctx, await sharedArticleIds(ctx, [c.of, c.entity], c.filter, checkFirst(args.first, 5, 100))),
  },

  GraphNode: {
    kind: (n) => GQL_KIND[n.kind],
    entity: (n, _, ctx) => mustEntity(ctx, { kind: n.kind, id: n.entityId }),
  },

  GraphEdge: {
    articles: async (e, args, ctx) => loadArticles(ctx, await sharedArticleIds(ctx, e.ends, e.filter, checkFirst(args.first, 5, 100))),
    meetings: async (e, args, ctx) => {
      if (e.meetingCount === 0 || e.ends[0].kind !== 'Person' || e.ends[1].kind !== 'Person') return [];
      return loadMeetings(ctx, await sharedMeetingIds(ctx, [e.ends[0].id, e.ends[1].id], e.filter, checkFirst(args.first, 5, 100)));
    },
  },

  Path: {
    entities: (p, _, ctx) => Promise.all(p.entities.map((e) => mustEntity(ctx, e))),
  },

  PathHop: {
    from: (h, _, ctx) => mustEntity(ctx, h.from),
    to: (h, _, ctx) => mustEntity(ctx, h.to),
    // The newest evidence for the hop, not whichever articles the path search met first.
    articles: async (h, _, ctx) => loadArticles(ctx, await sharedArticleIds(ctx, [h.from, h.to], {}, 3)),
    meetings: async (h, _, ctx) => {
      if (h.meetingCount === 0) return [];
      return loadMeetings(ctx, await sharedMeetingIds(ctx, [h.from.id, h.to.id], {}, 3));
    },
  },

  ArticleConnection: connection<ArticleRow>(),
  PersonConnection: connection<PersonRow>(),
  CountryConnection: connection<CountryRow>(),
  OrganizationConnection: connection<OrganizationRow>(),
  TopicConnection: connection<TopicRow>(),
  MeetingConnection: connection<MeetingRow>(),
  MeetingPairConnection: connection<MeetingPairRow>(),
  CountryPairConnection: connection<CountryPairRow>(),
};

function sharedArticleIds(
  ctx: GraphQLContext,
  ends: [EntityKey, EntityKey],
  filter: { from?: string | null; to?: string | null; topicId?: string | null },
  first: number,
) {
  const f = { from: filter.from ?? null, to: filter.to ?? null, topicId: filter.topicId ?? null };
  return ctx.batch
    .get(
      'sharedArticles',
      { f, first },
      (pairs: readonly [EntityKey, EntityKey][]) => analytics.sharedArticles(ctx.db, pairs, f, first),
      (k) => `${entityKeyString(k[0])}|${entityKeyString(k[1])}`,
    )
    .load(ends);
}

function sharedMeetingIds(ctx: GraphQLContext, people: [string, string], filter: { from?: string | null; to?: string | null; topicId?: string | null }, first: number) {
  const f = { from: filter.from ?? null, to: filter.to ?? null, topicId: filter.topicId ?? null };
  return ctx.batch
    .get(
      'sharedMeetings',
      { f, first },
      (pairs: readonly [string, string][]) => analytics.sharedMeetings(ctx.db, pairs, f, first),
      (k) => k.join('|'),
    )
    .load(people);
}
