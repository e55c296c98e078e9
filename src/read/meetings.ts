import { int, readQuery, toIso, type Db, type Neo4jRecord } from '../graph/driver.js';
import { MEETING_DATES, MEETING_FILTER, countsOnDemand, filterParams, groupBy } from './cypher.js';
import { keysetAfter, keysetPage, offsetAfter, offsetPage, once } from './page.js';
import type { DateTopicFilter, MeetingPage, MeetingPairRow, MeetingRow, Page } from './rows.js';

/**
 * Who met whom: every statement that reads meetings, and their columns. A meeting is a
 * (:Meeting) an article REPORTS, WITH two or more people; its date is the article's.
 * (Traversals count meetings inside their own statements, in traversal.ts.)
 */

const MEETING_COLUMNS = `m.id AS id, m.date.epochMillis AS date, a.id AS articleId, m.evidence AS evidence, m.start AS start, m.end AS end,
            COLLECT { MATCH (m)-[:WITH]->(p:Person) RETURN p.id ORDER BY p.id } AS participantIds`;

function meetingFrom(r: Neo4jRecord): MeetingRow {
  return {
    id: r.get('id'),
    date: toIso(r.get('date')),
    articleId: r.get('articleId'),
    evidence: { start: r.get('start'), end: r.get('end'), text: r.get('evidence') },
    participantIds: r.get('participantIds'),
  };
}

// ---------------------------------------------------------------- meetings of a person, a pair or a range

export interface MeetingQuery {
  personId?: string | null;
  withPersonId?: string | null;
  from?: string | null;
  to?: string | null;
  /** Only meetings reported in articles about this topic. */
  topicId?: string | null;
  first: number;
  after?: string | null;
}

const MEETING_START = {
  person: `MATCH (:Person {id: $personId})<-[:WITH]-(m:Meeting)`,
  // A range on the indexed date (open ends as far-off instants), so the index is read in order.
  all: `MATCH (m:Meeting) WHERE m.date >= coalesce(datetime($from), datetime('0001-01-01T00:00Z')) AND m.date < coalesce(datetime($to), datetime('9999-12-31T00:00Z')) WITH m`,
} as const;

const MEETING_WHERE = `WHERE ${MEETING_FILTER}
       AND ($withPersonId IS NULL OR EXISTS { (m)-[:WITH]->(:Person {id: $withPersonId}) })`;

/** Newest first, then by id: every date-ordered meeting list, with its keyset condition. */
const MEETING_AFTER = `($afterKey IS NULL OR m.date < datetime($afterKey) OR (m.date = datetime($afterKey) AND m.id > $afterId))`;

const meetingKey = (m: MeetingRow): [string, string] => [m.date ?? '', m.id];

export async function findMeetings(db: Db, q: MeetingQuery): Promise<MeetingPage> {
  const start = q.personId ? MEETING_START.person : MEETING_START.all;
  const params = { personId: q.personId ?? null, withPersonId: q.withPersonId ?? null, from: q.from ?? null, to: q.to ?? null, topicId: q.topicId ?? null };
  const { afterKey, afterId } = keysetAfter(q.after);
  const res = await readQuery(
    db,
    'findMeetings',
    `/* findMeetings */
     ${start}
     ${MEETING_WHERE} AND ${MEETING_AFTER}
     MATCH (a:Article)-[:REPORTS]->(m)
     WITH m, a ORDER BY m.date DESC, m.id LIMIT $limit
     RETURN ${MEETING_COLUMNS}`,
    { ...params, afterKey, afterId, limit: int(q.first + 1) },
  );
  const totalCount = once(async () => {
    const c = await readQuery(db, 'countMeetings', `/* countMeetings */ ${start} ${MEETING_WHERE} RETURN count(m) AS n`, params);
    return c.records[0].get('n') as number;
  });
  return keysetPage(res.records.map(meetingFrom), q.first, q.after, meetingKey, totalCount);
}

/** A page of meetings for each of many people, in one query (Person.meetings on a list). */
export async function meetingsOfPeople(
  db: Db,
  personIds: readonly string[],
  q: Omit<MeetingQuery, 'personId'>,
): Promise<MeetingPage[]> {
  const { afterKey, afterId } = keysetAfter(q.after);
  const params = { ids: personIds, withPersonId: q.withPersonId ?? null, from: q.from ?? null, to: q.to ?? null, topicId: q.topicId ?? null };
  const res = await readQuery(
    db,
    'meetingsOfPeople',
    `/* meetingsOfPeople */
     UNWIND $ids AS personId
     MATCH (p:Person {id: personId})
     CALL (p) {
       MATCH (p)<-[:WITH]-(m:Meeting)
       ${MEETING_WHERE} AND ${MEETING_AFTER}
       RETURN m ORDER BY m.date DESC, m.id LIMIT $limit
     }
     MATCH (a:Article)-[:REPORTS]->(m)
     RETURN personId, ${MEETING_COLUMNS}
     ORDER BY m.date DESC, m.id`,
    { ...params, afterKey, afterId, limit: int(q.first + 1) },
  );
  const byPerson = groupBy(res.records, (r) => r.get('personId') as string);
  const countOf = countsOnDemand(
    db,
    'countMeetingsOfPeople',
    `/* countMeetingsOfPeople */
     UNWIND $ids AS key
     MATCH (p:Person {id: key})
     RETURN key, COUNT { MATCH (p)<-[:WITH]-(m:Meeting) ${MEETING_WHERE} } AS n`,
    params,
  );
  return personIds.map((id) =>
    keysetPage((byPerson.get(id) ?? []).map(meetingFrom), q.first, q.after, meetingKey, () => countOf(id)),
  );
}

// ---------------------------------------------------------------- meetings by key

/** Meetings by id, in the order asked. */
export async function getMeetings(db: Db, ids: readonly string[]): Promise<MeetingRow[]> {
  const res = await readQuery(
    db,
    'getMeetings',
    `/* getMeetings */
     UNWIND $ids AS id
     MATCH (a:Article)-[:REPORTS]->(m:Meeting {id: id})
     RETURN ${MEETING_COLUMNS}`,
    { ids },
  );
  return res.records.map(meetingFrom);
}

/** Meetings reported by each of the given articles, keyed by article id. */
export async function meetingsOfArticles(db: Db, articleIds: readonly string[]): Promise<Map<string, MeetingRow[]>> {
  const res = await readQuery(
    db,
    'meetingsOfArticles',
    `/* meetingsOfArticles */
     UNWIND $ids AS id
     MATCH (a:Article {id: id})-[:REPORTS]->(m:Meeting)
     RETURN ${MEETING_COLUMNS}
     ORDER BY start`,
    { ids: articleIds },
  );
  const out = new Map<string, MeetingRow[]>();
  for (const row of res.records.map(meetingFrom)) out.set(row.articleId, [...(out.get(row.articleId) ?? []), row]);
  return out;
}

/** For each pair of people, their newest meetings, in one query. */
export async function sharedMeetings(db: Db, pairs: ReadonlyArray<[string, string]>, filter: DateTopicFilter, first: number): Promise<string[][]> {
  const res = await readQuery(
    db,
    'sharedMeetings',
    `/* sharedMeetings */
     UNWIND range(0, size($pairs) - 1) AS i
     CALL (i) {
       MATCH (:Person {id: $pairs[i][0]})<-[:WITH]-(m:Meeting)-[:WITH]->(:Person {id: $pairs[i][1]})
       WHERE ${MEETING_FILTER}
       RETURN m ORDER BY m.date DESC, m.id LIMIT $first
     }
     RETURN i, m.id AS id`,
    { pairs, ...filterParams(filter), first: int(first) },
  );
  const by = groupBy(res.records, (r) => String(r.get('i')));
  return pairs.map((_, i) => (by.get(String(i)) ?? []).map((r) => r.get('id') as string));
}

// ---------------------------------------------------------------- meeting pairs (who met whom, how often)

const PAIR_COLUMNS = `count(DISTINCT m) AS meetingCount, count(DISTINCT a) AS articleCount,
            min(m.date) AS firstDate, max(m.date) AS lastDate, collect(DISTINCT m.id)[..100] AS meetingIds`;

function pairFrom(r: { get(k: string): any }): MeetingPairRow {
  return {
    a: r.get('a'),
    b: r.get('b'),
    meetingCount: r.get('meetingCount'),
    articleCount: r.get('articleCount'),
    firstDate: toIso(r.get('firstDate')),
    lastDate: toIso(r.get('lastDate')),
    meetingIds: r.get('meetingIds'),
  };
}

export interface PairArgs {
  from?: string | null;
  to?: string | null;
  first: number;
  after?: string | null;
}

/** Everyone each of the given people met, most meetings first (Person.metWith, meetingPairs of a person). */
export async function meetingPairsOf(db: Db, personIds: readonly string[], args: PairArgs): Promise<Array<Page<MeetingPairRow>>> {
  const skip = offsetAfter(args.after);
  const res = await readQuery(
    db,
    'meetingPairsOf',
    `/* meetingPairsOf */
     UNWIND $ids AS id
     MATCH (p:Person {id: id})
     CALL (p) {
       MATCH (p)<-[:WITH]-(m:Meeting)-[:WITH]->(o:Person)
       WHERE o <> p AND ${MEETING_DATES}
       MATCH (a:Article)-[:REPORTS]->(m)
       WITH o, m, a ORDER BY m.date DESC
       RETURN o.id AS b, ${PAIR_COLUMNS}
       ORDER BY meetingCount DESC, lastDate DESC, b SKIP $skip LIMIT $limit
     }
     RETURN id AS a, b, meetingCount, articleCount, firstDate, lastDate, meetingIds`,
    { ids: personIds, from: args.from ?? null, to: args.to ?? null, skip: int(skip), limit: int(args.first + 1) },
  );
  const byPerson = groupBy(res.records.map(pairFrom), (r) => r.a);
  const countOf = countsOnDemand(
    db,
    'countMeetingPairsOf',
    `/* countMeetingPairsOf */
     UNWIND $ids AS key
     MATCH (p:Person {id: key})
     RETURN key, COUNT { MATCH (p)<-[:WITH]-(m:Meeting)-[:WITH]->(o:Person)
                         WHERE o <> p AND ${MEETING_DATES}
                         RETURN DISTINCT o } AS n`,
    { ids: personIds, from: args.from ?? null, to: args.to ?? null },
  );
  return personIds.map((id) => offsetPage(byPerson.get(id) ?? [], args.first, skip, () => countOf(id)));
}

/** Every pair of people who met in the range, most meetings first. */
export async function allMeetingPairs(db: Db, args: PairArgs): Promise<Page<MeetingPairRow>> {
  const skip = offsetAfter(args.after);
  const match = `MATCH (p:Person)<-[:WITH]-(m:Meeting)-[:WITH]->(o:Person)
     WHERE p.id < o.id AND ${MEETING_DATES}`;
  const params = { from: args.from ?? null, to: args.to ?? null };
  const res = await readQuery(
    db,
    'allMeetingPairs',
    `/* allMeetingPairs */
     ${match}
     MATCH (a:Article)-[:REPORTS]->(m)
     WITH p, o, m, a ORDER BY m.date DESC
     RETURN p.id AS a, o.id AS b, ${PAIR_COLUMNS}
     ORDER BY meetingCount DESC, lastDate DESC, a, b SKIP $skip LIMIT $limit`,
    { ...params, skip: int(skip), limit: int(args.first + 1) },
  );
  const totalCount = once(async () => {
    const c = await readQuery(db, 'countAllMeetingPairs', `/* countAllMeetingPairs */ ${match} RETURN count(DISTINCT [p, o]) AS n`, params);
    return c.records[0].get('n') as number;
  });
  return offsetPage(res.records.map(pairFrom), args.first, skip, totalCount);
}
