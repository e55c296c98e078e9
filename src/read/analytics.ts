import { int, readQuery, toIso, type Db } from '../graph/driver.js';
import { ARTICLE_FILTER, ENTITY, MEETING_FILTER, filterParams, groupBy } from './cypher.js';
import type { DateTopicFilter, EntityKey, EntityKind, TimelineBucketRow } from './rows.js';

/** Aggregates over an entity's articles: whom it is mentioned with, and how it appears over time. */

// ---------------------------------------------------------------- co-mentions

export interface CoMentionHit {
  entity: EntityKey;
  articleCount: number;
}

/** For each entity of one kind, the entities (of `labels`) sharing the most articles with it, in one query. */
export async function coMentionsOf(
  db: Db,
  kind: EntityKind,
  ids: readonly string[],
  opts: { kinds: EntityKind[]; filter: DateTopicFilter; first: number },
): Promise<CoMentionHit[][]> {
  const { label, key, rel } = ENTITY[kind];
  const res = await readQuery(
    db,
    `coMentionsOf:${kind}`,
    `/* coMentionsOf */
     UNWIND $ids AS key
     MATCH (e:${label} {${key}: key})
     CALL (e) {
       MATCH (e)<-[:${rel}]-(a:Article)-[r:MENTIONS|ABOUT]->(o)
       WHERE o <> e AND any(l IN labels(o) WHERE l IN $labels) AND ${ARTICLE_FILTER}
       // Most articles in common first; among equals, the one those articles mention most.
       WITH o, count(a) AS n, sum(coalesce(r.count, 1)) AS weight
       RETURN o, n ORDER BY n DESC, weight DESC, coalesce(o.code, o.id) LIMIT $first
     }
     RETURN key, labels(o)[0] AS kind, coalesce(o.code, o.id) AS id, n`,
    { ids, labels: opts.kinds.map((k) => ENTITY[k].label), ...filterParams(opts.filter), first: int(opts.first) },
  );
  const by = groupBy(res.records, (r) => r.get('key') as string);
  return ids.map((id) =>
    (by.get(id) ?? []).map((r) => ({ entity: { kind: r.get('kind') as EntityKind, id: r.get('id') as string }, articleCount: r.get('n') as number })),
  );
}

// ---------------------------------------------------------------- timeline

export type TimeBucket = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

const UNIT: Record<TimeBucket, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

/** For each entity of one kind, its articles, mentions and (people) meetings per period, in one query. */
export async function timelinesOf(
  db: Db,
  kind: EntityKind,
  ids: readonly string[],
  opts: { bucket: TimeBucket; from?: string | null; to?: string | null; topicId?: string | null },
): Promise<TimelineBucketRow[][]> {
  const { label, key, rel } = ENTITY[kind];
  const res = await readQuery(
    db,
    `timelinesOf:${kind}`,
    `/* timelinesOf */
     UNWIND $ids AS key
     MATCH (e:${label} {${key}: key})
     CALL (e) {
       MATCH (e)<-[r:${rel}]-(a:Article)
       WHERE ${ARTICLE_FILTER}
       RETURN datetime.truncate($unit, a.publishedAt) AS start, 1 AS articles, coalesce(r.count, 1) AS mentions, 0 AS meetings
       UNION ALL
       MATCH (e)<-[:WITH]-(m:Meeting)
       WHERE ${MEETING_FILTER}
       RETURN datetime.truncate($unit, m.date) AS start, 0 AS articles, 0 AS mentions, 1 AS meetings
     }
     RETURN key, start, sum(articles) AS articles, sum(mentions) AS mentions, sum(meetings) AS meetings
     ORDER BY key, start`,
    { ids, unit: UNIT[opts.bucket], from: opts.from ?? null, to: opts.to ?? null, topicId: opts.topicId ?? null },
  );
  const by = groupBy(res.records, (r) => r.get('key') as string);
  return ids.map((id) =>
    fillBuckets(
      (by.get(id) ?? []).map((r) => ({
        start: toIso(r.get('start')) as string,
        articles: r.get('articles') as number,
        mentions: r.get('mentions') as number,
        meetings: r.get('meetings') as number,
      })),
      opts.bucket,
    ),
  );
}

/** Adds the empty periods between the first and the last, so a chart's x axis is even (up to 5,000 periods). */
export function fillBuckets(rows: TimelineBucketRow[], bucket: TimeBucket): TimelineBucketRow[] {
  if (rows.length < 2) return rows;
  const next = (iso: string): string => {
    const d = new Date(iso);
    if (bucket === 'DAY') d.setUTCDate(d.getUTCDate() + 1);
    else if (bucket === 'WEEK') d.setUTCDate(d.getUTCDate() + 7);
    else if (bucket === 'MONTH') d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCFullYear(d.getUTCFullYear() + 1);
    return d.toISOString();
  };
  const have = new Map(rows.map((r) => [r.start, r]));
  const out: TimelineBucketRow[] = [];
  const last = rows[rows.length - 1].start;
  for (let t = rows[0].start; t <= last; t = next(t)) {
    out.push(have.get(t) ?? { start: t, articles: 0, mentions: 0, meetings: 0 });
    if (out.length > 5000) return rows;
  }
  return out;
}
