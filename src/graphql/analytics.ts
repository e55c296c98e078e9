import { coMentionsOf, timelinesOf } from '../read/analytics.js';
import type { EntityKind, EntityRow } from '../read/rows.js';
import { KIND, checkFirst, dateRange, dateTopicFilter, entityKey } from './args.js';
import type { GraphQLContext } from './context.js';
import type { EntityKind as GqlEntityKind, Resolvers, TimeBucket } from './generated.js';
import { keyOf, loadArticles, loadEntity, mustEntity, sharedArticleIds } from './load.js';

/** Co-mentions and timelines: at the top level for one entity, and on every entity, batched across a list. */

async function coMentions(
  row: EntityRow,
  args: { kind?: GqlEntityKind | null; from?: string | null; to?: string | null; first: number },
  ctx: GraphQLContext,
) {
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
        (db) => coMentionsOf(db, row.kind, ids, opts),
        (lists) => lists.reduce((n, hits) => n + hits.length, 0),
      ),
    )
    .load(key.id);
  return hits.map((h) => ({ of: key, entity: h.entity, articleCount: h.articleCount, filter }));
}

function timeline(row: EntityRow, args: { bucket: TimeBucket; from?: string | null; to?: string | null; topicId?: string | null }, ctx: GraphQLContext) {
  const opts = { bucket: args.bucket, ...dateTopicFilter(args) };
  return ctx.batch.get(`${row.kind}.timeline`, opts, (ids: readonly string[]) => timelinesOf(ctx.db, row.kind, ids, opts)).load(keyOf(row).id);
}

const entityFields = { coMentions, timeline };

export const analyticsResolvers: Resolvers = {
  Query: {
    coMentions: async (_, args, ctx) => {
      const key = entityKey(args.ref, 'ref');
      const row = await loadEntity(ctx, key);
      if (!row) return [];
      return coMentions(row, args, ctx);
    },
    timeline: async (_, args, ctx) => {
      const row = await loadEntity(ctx, entityKey(args.ref, 'ref'));
      if (!row) return [];
      return timeline(row, args, ctx);
    },
  },

  Person: entityFields,
  Country: entityFields,
  Organization: entityFields,
  Topic: entityFields,

  CoMention: {
    entity: (c, _, ctx) => mustEntity(ctx, c.entity),
    articles: async (c, args, ctx) => loadArticles(ctx, await sharedArticleIds(ctx, [c.of, c.entity], c.filter, checkFirst(args.first, 5, 100))),
  },
};
