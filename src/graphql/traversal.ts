import { entityKeyString } from '../read/cypher.js';
import type { EntityKind } from '../read/rows.js';
import { neighbourhood, paths } from '../read/traversal.js';
import { GQL_KIND, checkFirst, dateTopicFilter, entityKey, intArg, kindsArg, present } from './args.js';
import { badInput } from './errors.js';
import type { Resolvers } from './generated.js';
import { loadArticles, loadEntity, loadMeetings, mustEntity, sharedArticleIds, sharedMeetingIds } from './load.js';

/** Walks over the graph: an entity's neighbourhood and the paths between two, with the evidence on each link. */

export const traversalResolvers: Resolvers = {
  Query: {
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
        (db) => neighbourhood(db, start, walk),
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
      return paths(ctx.db, source, target, { maxHops, via, first });
    },
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
};
