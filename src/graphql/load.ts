import { sharedArticles } from '../read/articles.js';
import { entityKeyString } from '../read/cypher.js';
import { sharedMeetings } from '../read/meetings.js';
import type { ArticleRow, EntityKey, EntityRow, MeetingRow, Page } from '../read/rows.js';
import type { GraphQLContext } from './context.js';

/**
 * How the modules reach rows they do not query themselves: through the request's loaders
 * (one batched statement per field, whatever the number of parents), and the Relay
 * connection fields every list shares.
 */

export function isRow<T>(x: T | Error | null): x is T {
  return x !== null && !(x instanceof Error);
}

export async function loadArticles(ctx: GraphQLContext, ids: string[]): Promise<ArticleRow[]> {
  return (await ctx.loaders.article.loadMany(ids)).filter(isRow);
}

export async function loadMeetings(ctx: GraphQLContext, ids: string[]): Promise<MeetingRow[]> {
  return (await ctx.loaders.meeting.loadMany(ids)).filter(isRow);
}

export async function loadEntity(ctx: GraphQLContext, key: EntityKey): Promise<EntityRow | null> {
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

export async function mustEntity(ctx: GraphQLContext, key: EntityKey): Promise<EntityRow> {
  const row = await loadEntity(ctx, key);
  if (!row) throw new Error(`${key.kind} ${key.id} vanished`);
  return row;
}

export const keyOf = (row: EntityRow): EntityKey => ({ kind: row.kind, id: row.kind === 'Country' ? row.code : row.id });

/** The newest articles that mention both ends, batched across every pair the request asks for. */
export function sharedArticleIds(
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
      (pairs: readonly [EntityKey, EntityKey][]) => sharedArticles(ctx.db, pairs, f, first),
      (k) => `${entityKeyString(k[0])}|${entityKeyString(k[1])}`,
    )
    .load(ends);
}

/** The newest meetings of two people, batched across every pair the request asks for. */
export function sharedMeetingIds(ctx: GraphQLContext, people: [string, string], filter: { from?: string | null; to?: string | null; topicId?: string | null }, first: number) {
  const f = { from: filter.from ?? null, to: filter.to ?? null, topicId: filter.topicId ?? null };
  return ctx.batch
    .get(
      'sharedMeetings',
      { f, first },
      (pairs: readonly [string, string][]) => sharedMeetings(ctx.db, pairs, f, first),
      (k) => k.join('|'),
    )
    .load(people);
}

// ---------------------------------------------------------------- pages

export function emptyPage<T>(): Page<T> {
  return { rows: [], cursor: () => '', hasNextPage: false, hasPreviousPage: false, totalCount: async () => 0 };
}

/** A page of keys as a page of loaded rows (one batched lookup). */
export async function loadPage<T>(page: Page<string>, load: (ids: string[]) => Promise<Array<T | Error | null>>): Promise<Page<T>> {
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

/** The Relay connection fields, the same for every list. */
export const connection = <T,>() => ({
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
