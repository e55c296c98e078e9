import { search, stats } from '../read/search.js';
import { checkFirst, present } from './args.js';
import { badInput } from './errors.js';
import type { Resolvers } from './generated.js';
import { loadEntity } from './load.js';

/** Full-text search over names and titles, and what the graph holds. */

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, args, ctx) => {
      if (args.query.length > 200) throw badInput('query', 'must be at most 200 characters');
      if (present(args.kinds) && args.kinds.length === 0) throw badInput('kinds', 'must name at least one kind');
      const kinds = present(args.kinds) ? args.kinds.map((k) => k.charAt(0) + k.slice(1).toLowerCase()) : null;
      return search(ctx.db, args.query, checkFirst(args.first, 10, 100), kinds);
    },
    stats: (_, __, ctx) => stats(ctx.db),
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
};
