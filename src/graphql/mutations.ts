import { ingest } from '../ingest/pipeline.js';
import { EntityNotFoundError, mergeEntities, splitEntities, type EntityKind } from '../ingest/entities.js';
import { removeArticles } from '../ingest/remove.js';
import { FeedArticle, toSeedFormat, type SourceItem } from '../ingest/sources.js';
import { badInput, requireKey, writeUnavailable } from './errors.js';
import type { Resolvers } from './generated.js';

/** Writes, through ingest/ as the CLI's: articles in (the ingest pipeline) and out; both need the API key. */

export const mutationResolvers: Resolvers = {
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
      // Extraction runs on the server's worker threads: a long article (a few MB take seconds) must not stop this
      // thread answering other requests meanwhile.
      // A request does not wait minutes for a database that is gone: 10 s, then an error the client can retry on.
      const summary = await ingest(ctx.db, items(), { pool: ctx.extraction(), collectResults: true, waitForDatabaseMs: 10_000 });
      if (summary.aborted) throw writeUnavailable();
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
      const { removed, orphansDeleted } = await removeArticles(ctx.db, ids);
      return { removed, orphansDeleted };
    },
    mergeEntities: async (_, { kind, into, from }, ctx) => {
      requireKey(ctx);
      const k = resolvableKind(kind);
      if (into === from) throw badInput('from', 'must differ from `into`');
      await overriding('into', () => mergeEntities(ctx.db, k, into, from));
      return { kind, id: into, from, mentionsMoved: 0 };
    },
    splitEntities: async (_, { kind, id, from }, ctx) => {
      requireKey(ctx);
      const k = resolvableKind(kind);
      if (id === from) throw badInput('from', 'must differ from `id`');
      const moved = await overriding('id', () => splitEntities(ctx.db, k, id, from));
      return { kind, id, from, mentionsMoved: moved };
    },
  },
};

/** Only people and organizations are resolved across articles. */
function resolvableKind(kind: string): EntityKind {
  if (kind === 'PERSON') return 'Person';
  if (kind === 'ORGANIZATION') return 'Organization';
  throw badInput('kind', `must be PERSON or ORGANIZATION (got ${kind})`);
}

/** A node that is not there is the client's mistake, named with the argument. */
async function overriding<T>(argument: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof EntityNotFoundError) throw badInput(argument, err.message);
    throw err;
  }
}
