import { articlesOfCountryPairs, countryCooccurrence, rankCountryPairs } from '../read/countries.js';
import { offsetAfter, offsetPage } from '../read/page.js';
import type { CountryPairRow } from '../read/rows.js';
import { checkFirst, dateTopicFilter, intArg } from './args.js';
import type { GraphQLContext } from './context.js';
import type { CountryPairOrder, Resolvers } from './generated.js';
import { connection, loadArticles, mustEntity } from './load.js';

/** Countries discussed together: countryPairs, a country's partners, and the articles behind a pair. */

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
  const co = await ctx.memo.get('countryCooccurrence', f, (db) => countryCooccurrence(db, f), (c) => c.pairs.size + c.marginals.size);
  return rankCountryPairs(co, f, { orderBy: args.orderBy, minArticles, country });
}

export const countryResolvers: Resolvers = {
  Query: {
    countryPairs: async (_, args, ctx) => {
      const first = checkFirst(args.first, 20);
      const skip = offsetAfter(args.after);
      const ranked = await rankedCountryPairs(ctx, args);
      return offsetPage(ranked.slice(skip, skip + first + 1), first, skip, async () => ranked.length);
    },
  },

  Country: {
    partners: async (c, args, ctx) => {
      const first = checkFirst(args.first, 20);
      return (await rankedCountryPairs(ctx, args, c.code)).slice(0, first);
    },
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
          (pairs: readonly { a: string; b: string }[]) => articlesOfCountryPairs(ctx.db, pairs, p.filter, first),
          (k) => `${k.a}|${k.b}`,
        )
        .load({ a: p.a, b: p.b });
      return loadArticles(ctx, ids);
    },
  },

  CountryPairConnection: connection<CountryPairRow>(),
};
