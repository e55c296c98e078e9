import { GraphQLError } from 'graphql';
import * as q from '../read/queries.js';
import type { EntityRow } from '../read/rows.js';
import { removeArticles } from '../graph/writer.js';
import { ingest } from '../ingest/pipeline.js';
import { FeedArticle, toSeedFormat, type SourceItem } from '../ingest/sources.js';
import { badInput, checkFirst, requireKey } from './errors.js';
import type { Resolvers } from './generated.js';
import { DateTimeScalar } from './scalars.js';
import type { GraphQLContext } from './context.js';

const present = <T>(x: T | null | undefined): x is T => x !== null && x !== undefined;

/** Resolves personId or personName (exactly one or neither) to an id; an unknown name matches nobody. */
async function personArg(ctx: GraphQLContext, id: string | null | undefined, name: string | null | undefined, prefix: string) {
  if (present(id) && present(name)) throw badInput(`${prefix}Name`, `cannot be given together with ${prefix}Id`);
  if (present(id)) return { given: true, id };
  if (present(name)) {
    if (name.trim() === '') throw badInput(`${prefix}Name`, 'must not be empty');
    return { given: true, id: await q.findPersonIdByName(ctx.db, name) };
  }
  return { given: false, id: null };
}

function checkRange(from: string | null | undefined, to: string | null | undefined) {
  if (present(from) && present(to) && from >= to) throw badInput('to', `must be after "from" (${from} >= ${to})`);
}

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,

  Query: {
    meetings: async (_, args, ctx) => {
      const first = checkFirst(args.first, 50);
      checkRange(args.from, args.to);
      const person = await personArg(ctx, args.personId, args.personName, 'person');
      const other = await personArg(ctx, args.withPersonId, args.withPersonName, 'withPerson');
      if ((person.given && !person.id) || (other.given && !other.id)) return [];
      if (other.given && !person.given) throw badInput('withPersonId', 'needs personId or personName');
      return q.findMeetings(ctx.db, { personId: person.id, withPersonId: other.id, from: args.from, to: args.to, first });
    },
    countryPairs: (_, args, ctx) => {
      checkRange(args.from, args.to);
      return q.countryPairs(ctx.db, { from: args.from, to: args.to, topicId: args.topicId }, checkFirst(args.first, 20));
    },
    article: (_, { id }, ctx) => ctx.loaders.article.load(id),
    person: (_, { id }, ctx) => ctx.loaders.person.load(id),
    country: (_, { code }, ctx) => {
      if (!/^[A-Za-z]{2}$/.test(code)) throw badInput('code', `must be an ISO 3166-1 alpha-2 code such as "RU" (got ${JSON.stringify(code)})`);
      return ctx.loaders.country.load(code.toUpperCase());
    },
    organization: (_, { id }, ctx) => ctx.loaders.organization.load(id),
    topic: (_, { id }, ctx) => ctx.loaders.topic.load(id),
    topics: (_, __, ctx) => q.getTopics(ctx.db, null),
    search: (_, args, ctx) => {
      if (args.query.length > 200) throw badInput('query', 'must be at most 200 characters');
      return q.search(ctx.db, args.query, checkFirst(args.first, 10, 100));
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
      const l = ctx.loaders;
      const row =
        hit.kind === 'Person'
          ? await l.person.load(hit.id)
          : hit.kind === 'Country'
            ? await l.country.load(hit.id)
            : hit.kind === 'Organization'
              ? await l.organization.load(hit.id)
              : hit.kind === 'Topic'
                ? await l.topic.load(hit.id)
                : await l.article.load(hit.id);
      if (!row) throw new Error(`search hit ${hit.kind} ${hit.id} vanished`);
      return row;
    },
  },

  Person: {
    roles: (p, _, ctx) => ctx.loaders.personRoles.load(p.id),
    meetings: (p, args, ctx) => {
      checkRange(args.from, args.to);
      return q.findMeetings(ctx.db, { personId: p.id, from: args.from, to: args.to, first: checkFirst(args.first, 50) });
    },
    articles: async (p, args, ctx) => loadArticles(ctx, await q.articlesOfEntity(ctx.db, 'Person', p.id, checkFirst(args.first, 20))),
  },

  Role: {
    country: (r, _, ctx) => (r.countryCode ? ctx.loaders.country.load(r.countryCode) : null),
    organization: (r, _, ctx) => (r.organizationId ? ctx.loaders.organization.load(r.organizationId) : null),
  },

  Country: {
    articles: async (c, args, ctx) => loadArticles(ctx, await q.articlesOfEntity(ctx.db, 'Country', c.code, checkFirst(args.first, 20))),
  },

  Organization: {
    articles: async (o, args, ctx) =>
      loadArticles(ctx, await q.articlesOfEntity(ctx.db, 'Organization', o.id, checkFirst(args.first, 20))),
  },

  Article: {
    people: (a, _, ctx) => ctx.loaders.articlePeople.load(a.id),
    countries: (a, _, ctx) => ctx.loaders.articleCountries.load(a.id),
    organizations: (a, _, ctx) => ctx.loaders.articleOrganizations.load(a.id),
    topics: (a, _, ctx) => ctx.loaders.articleTopics.load(a.id),
    meetings: (a, _, ctx) => ctx.loaders.articleMeetings.load(a.id),
  },

  Mention: {
    entity: async (m, _, ctx) => {
      const row =
        m.kind === 'Person'
          ? await ctx.loaders.person.load(m.entityId)
          : m.kind === 'Country'
            ? await ctx.loaders.country.load(m.entityId)
            : await ctx.loaders.organization.load(m.entityId);
      if (!row) throw new Error(`mentioned ${m.kind} ${m.entityId} vanished`);
      return row;
    },
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

  CountryPair: {
    a: async (p, _, ctx) => mustCountry(ctx, p.a),
    b: async (p, _, ctx) => mustCountry(ctx, p.b),
    articles: async (p, args, ctx) => loadArticles(ctx, await q.countryPairArticles(ctx.db, p, checkFirst(args.first, 10))),
  },
};

function isRow<T>(x: T | Error | null): x is T {
  return x !== null && !(x instanceof Error);
}

async function loadArticles(ctx: GraphQLContext, ids: string[]) {
  return (await ctx.loaders.article.loadMany(ids)).filter(isRow);
}

async function mustCountry(ctx: GraphQLContext, code: string) {
  const row = await ctx.loaders.country.load(code);
  if (!row) throw new Error(`country ${code} vanished`);
  return row;
}
