import { readQuery, toIso, type Db, type Neo4jRecord } from '../graph/driver.js';
import type { ArticleRow, DateTopicFilter, EntityKey, EntityKind, SpanRow } from './rows.js';

/**
 * The read layer answers one family of questions per file (articles, entities, meetings,
 * countries, analytics, traversal, search): one Cypher statement per exported function,
 * labelled `/* name *\/` and run by readQuery under the same name (transaction metadata),
 * request values as parameters only, rows parsed into plain objects (rows.ts) before they
 * leave. test/cypher/ keeps the text and parameters of every statement. This file holds the
 * fragments and parsers the families share.
 */

/**
 * Labels, key properties and relationship types that cannot be Cypher
 * parameters come from this closed map, keyed by kind, never from a request.
 */
export const ENTITY = {
  Person: { label: 'Person', key: 'id', rel: 'MENTIONS' },
  Country: { label: 'Country', key: 'code', rel: 'MENTIONS' },
  Organization: { label: 'Organization', key: 'id', rel: 'MENTIONS' },
  Topic: { label: 'Topic', key: 'id', rel: 'ABOUT' },
} as const satisfies Record<EntityKind, { label: string; key: string; rel: string }>;

export function spansFrom(text: string, offsets: number[] | null): SpanRow[] {
  const spans: SpanRow[] = [];
  const o = offsets ?? [];
  for (let i = 0; i + 1 < o.length; i += 2) spans.push({ start: o[i], end: o[i + 1], text: text.slice(o[i], o[i + 1]) });
  return spans;
}

/** `$from` ≤ the article's (`a`) publication time < `$to`, either end open when null. */
const ARTICLE_DATES = `($from IS NULL OR a.publishedAt >= datetime($from)) AND ($to IS NULL OR a.publishedAt < datetime($to))`;

/**
 * A topic node (`about_t`) that is the `$topicId` topic or a narrower one at any depth: the writer
 * stores each topic's broader topics (the taxonomy's `parent` chain) as `ancestors`.
 */
const TOPIC_OR_NARROWER = `(about_t:Topic) WHERE about_t.id = $topicId OR $topicId IN about_t.ancestors`;

/** The date and topic filter every list shares, on an article bound to `a`. */
export const ARTICLE_FILTER = `${ARTICLE_DATES}
       AND ($topicId IS NULL OR EXISTS { (a)-[:ABOUT]->${TOPIC_OR_NARROWER} })`;

/** `$from` ≤ the meeting's (`m`) day < `$to`, either end open when null. */
const MEETING_RANGE = `($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))`;
const MEETING_TOPIC = `($topicId IS NULL OR EXISTS { (m)<-[:REPORTS]-(:Article)-[:ABOUT]->${TOPIC_OR_NARROWER} })`;

/** A meeting (`m`) that took place (not a planned, negated or remote contact) in the range. */
export const MEETING_DATES = `m.status = 'MET' AND ${MEETING_RANGE}`;

/** MEETING_DATES, and (`$topicId` unless null) the meeting (`m`) reported in an article about the topic. */
export const MEETING_FILTER = `${MEETING_DATES}
       AND ${MEETING_TOPIC}`;

/** As MEETING_DATES, for the contacts of the statuses `$statuses` asks for (the meeting lists' `status`). */
export const CONTACT_DATES = `m.status IN $statuses AND ${MEETING_RANGE}`;

/** As MEETING_FILTER, for the contacts of the statuses `$statuses`. */
export const CONTACT_FILTER = `${CONTACT_DATES}
       AND ${MEETING_TOPIC}`;

export function filterParams(f: DateTopicFilter): Record<string, string | null> {
  return { from: f.from ?? null, to: f.to ?? null, topicId: f.topicId ?? null };
}

/** Newest first, then by id: every date-ordered article list, with its keyset condition. */
export const ARTICLE_AFTER = `($afterKey IS NULL OR a.publishedAt < datetime($afterKey) OR (a.publishedAt = datetime($afterKey) AND a.id > $afterId))`;

export const ARTICLE_COLUMNS = `a.id AS id, a.title AS title, a.publishedAt.epochMillis AS publishedAt, a.source AS source`;

export function articleFrom(r: Neo4jRecord): ArticleRow {
  return {
    kind: 'Article',
    id: r.get('id'),
    title: r.get('title'),
    publishedAt: toIso(r.get('publishedAt')),
    source: r.get('source'),
  };
}

/** `Person:hillary-clinton`: an entity's id across kinds (graph node ids, loader keys). */
export function entityKeyString(e: EntityKey): string {
  return `${e.kind}:${e.id}`;
}

/** Groups rows by a key, keeping order. */
export function groupBy<R>(rows: R[], keyOf: (r: R) => string): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/**
 * The totals of a batched list: one query returning `key, n` for every parent,
 * run only when some page's totalCount is asked for, and then once.
 */
export function countsOnDemand(db: Db, name: string, cypher: string, params: Record<string, unknown>): (key: string) => Promise<number> {
  let counts: Promise<Map<string, number>> | undefined;
  return async (key) => {
    counts ??= readQuery(db, name, cypher, params).then((r) => new Map(r.records.map((x) => [x.get('key') as string, x.get('n') as number])));
    return (await counts).get(key) ?? 0;
  };
}

/**
 * Binds `out` to the entity a `{kind, id}` map in `ref` names, through the
 * index of its kind: a fixed UNION over the four kinds, no label from a request.
 */
export function RESOLVE(ref: string, out: string): string {
  return `CALL (${ref}) {
       WITH ${ref} WHERE ${ref}.kind = 'Person' MATCH (${out}:Person {id: ${ref}.id}) RETURN ${out}
       UNION
       WITH ${ref} WHERE ${ref}.kind = 'Country' MATCH (${out}:Country {code: ${ref}.id}) RETURN ${out}
       UNION
       WITH ${ref} WHERE ${ref}.kind = 'Organization' MATCH (${out}:Organization {id: ${ref}.id}) RETURN ${out}
       UNION
       WITH ${ref} WHERE ${ref}.kind = 'Topic' MATCH (${out}:Topic {id: ${ref}.id}) RETURN ${out}
     }`;
}

/** One row per pair of `$pairs` (a list of `[{kind, id}, {kind, id}]`): its index `i` and the two entities `x`, `y`. */
export const RESOLVE_PAIRS = `UNWIND range(0, size($pairs) - 1) AS i
     WITH i, $pairs[i][0] AS ref
     ${RESOLVE('ref', 'x')}
     WITH i, x, $pairs[i][1] AS ref
     ${RESOLVE('ref', 'y')}`;
