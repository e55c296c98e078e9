import { parseArticle } from '../article/parse.js';
import { articleSentences } from '../pipeline/extract.js';
import { splitSentences } from '../extract/tokenize.js';
import { articlesOfEntities, listArticles } from '../read/articles.js';
import type { ArticleRow, EntityRow } from '../read/rows.js';
import { luceneQuery } from '../read/search.js';
import { checkFirst, dateRange, entityKey, present } from './args.js';
import type { GraphQLContext } from './context.js';
import { badInput } from './errors.js';
import type { Resolvers } from './generated.js';
import { connection, emptyPage, keyOf, mustEntity } from './load.js';

/** Articles: one by id, filtered lists, their text, sentences and what they mention; every entity's articles. */

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

/** Entity.articles, batched across the entities of a list. */
function entityArticles(row: EntityRow, args: { from?: string | null; to?: string | null; first: number; after?: string | null }, ctx: GraphQLContext) {
  const a = { ...dateRange(args), first: checkFirst(args.first, 20), after: args.after ?? null };
  const key = keyOf(row);
  return ctx.batch.get(`${row.kind}.articles`, a, (ids: readonly string[]) => articlesOfEntities(ctx.db, row.kind, ids, a)).load(key.id);
}

export const articleResolvers: Resolvers = {
  Query: {
    article: (_, { id }, ctx) => ctx.loaders.article.load(id),
    articles: (_, { filter, first, after }, ctx) => {
      const f = filter ?? {};
      const range = dateRange(f);
      if (f.text !== null && f.text !== undefined && f.text.length > 200) throw badInput('filter.text', 'must be at most 200 characters');
      const titleQuery = present(f.text) ? luceneQuery(f.text) : null;
      if (present(f.text) && !titleQuery) return emptyPage();
      if ((f.mentions?.length ?? 0) > 10) throw badInput('filter.mentions', 'must name at most 10 entities');
      return listArticles(ctx.db, {
        mentions: (f.mentions ?? []).map((m, i) => entityKey(m, `filter.mentions[${i}]`)),
        topicId: f.topicId,
        ...range,
        titleQuery,
        first: checkFirst(first, 20),
        after,
      });
    },
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

  Person: { articles: entityArticles },
  Country: { articles: entityArticles },
  Organization: { articles: entityArticles },
  Topic: { articles: entityArticles },

  ArticleConnection: connection<ArticleRow>(),
};
