import { int, readQuery, toIso, type Db, type Neo4jRecord } from '../graph/driver.js';
import { CONTACT_DATES, CONTACT_FILTER, countsOnDemand, filterParams, groupBy } from './cypher.js';
import { keysetAfter, keysetPage, offsetAfter, offsetPage, once } from './page.js';
import type { DateTopicFilter, MeetingPage, MeetingPairRow, MeetingReportRow, MeetingRow, MeetingStatusRow, Page } from './rows.js';

/**
 * Who met whom: every statement that reads meetings, and their columns. A meeting is an event,
 * a (:Meeting) WITH two or more people, on the day it took place, that one or more articles
 * REPORT (each report an edge with its sentence); its `status` says whether it took place
 * (MET) or was only planned, negated or remote. (Traversals count meetings that took place
 * inside their own statements, in traversal.ts.)
 */

/** The event's columns; `report` is the report in view: of the article bound to `a` when there is one, else the earliest. */
const EVENT_COLUMNS = `m.id AS id, m.status AS status, m.date.epochMillis AS date, m.dateSource AS dateSource,
            m.placeName AS placeName, m.placeCountry AS placeCountry, m.participantIds AS participantIds,
            COUNT { (m)<-[:REPORTS]-() } AS reportCount, COUNT { MATCH (x:Article)-[:REPORTS]->(m) RETURN DISTINCT x } AS articleCount`;

const MEETING_COLUMNS = `${EVENT_COLUMNS},
            head(COLLECT { MATCH (x:Article)-[r:REPORTS]->(m) RETURN [x.id, r.evidence, r.start, r.end] AS report ORDER BY x.publishedAt, x.id, r.start }) AS report`;

function meetingFrom(r: Neo4jRecord): MeetingRow {
  const [articleId, text, start, end] = r.get('report') as [string, string, number, number];
  const placeName = r.get('placeName') as string | null;
  const placeCountry = r.get('placeCountry') as string | null;
  return {
    id: r.get('id'),
    status: r.get('status'),
    date: toIso(r.get('date')),
    dateSource: r.get('dateSource') ?? 'PUBLISHED',
    place: placeName || placeCountry ? { name: placeName, country: placeCountry } : null,
    participantIds: r.get('participantIds') ?? [],
    reportCount: r.get('reportCount'),
    articleCount: r.get('articleCount'),
    articleId,
    evidence: { start, end, text },
  };
}

/** Only meetings that took place, unless the caller asks for other contacts too. */
const statusesOf = (s?: readonly MeetingStatusRow[] | null): MeetingStatusRow[] => (s && s.length > 0 ? [...new Set(s)] : ['MET']);

// ---------------------------------------------------------------- meetings of a person, a pair or a range

export interface MeetingQuery {
  personId?: string | null;
  withPersonId?: string | null;
  from?: string | null;
  to?: string | null;
  /** Only meetings reported in articles about this topic. */
  topicId?: string | null;
  /** The contacts to list; meetings that took place (MET) when absent. */
  statuses?: readonly MeetingStatusRow[] | null;
  first: number;
  after?: string | null;
}

const MEETING_START = {
  person: `MATCH (:Person {id: $personId})<-[:WITH]-(m:Meeting)`,
  // A range on the indexed date (open ends as far-off instants), so the index is read in order.
  all: `MATCH (m:Meeting) WHERE m.date >= coalesce(datetime($from), datetime('0001-01-01T00:00Z')) AND m.date < coalesce(datetime($to), datetime('9999-12-31T00:00Z')) WITH m`,
} as const;

const MEETING_WHERE = `WHERE ${CONTACT_FILTER}
       AND ($withPersonId IS NULL OR EXISTS { (m)-[:WITH]->(:Person {id: $withPersonId}) })`;

/** Newest first, then by id: every date-ordered meeting list, with its keyset condition. */
const MEETING_AFTER = `($afterKey IS NULL OR m.date < datetime($afterKey) OR (m.date = datetime($afterKey) AND m.id > $afterId))`;

const meetingKey = (m: MeetingRow): [string, string] => [m.date ?? '', m.id];

export async function findMeetings(db: Db, q: MeetingQuery): Promise<MeetingPage> {
  const start = q.personId ? MEETING_START.person : MEETING_START.all;
  const params = {
    personId: q.personId ?? null,
    withPersonId: q.withPersonId ?? null,
    from: q.from ?? null,
    to: q.to ?? null,
    topicId: q.topicId ?? null,
    statuses: statusesOf(q.statuses),
  };
  const { afterKey, afterId } = keysetAfter(q.after);
  const res = await readQuery(
    db,
    'findMeetings',
    `/* findMeetings */
     ${start}
     ${MEETING_WHERE} AND ${MEETING_AFTER}
     WITH m ORDER BY m.date DESC, m.id LIMIT $limit
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
  const params = {
    ids: personIds,
    withPersonId: q.withPersonId ?? null,
    from: q.from ?? null,
    to: q.to ?? null,
    topicId: q.topicId ?? null,
    statuses: statusesOf(q.statuses),
  };
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
     MATCH (m:Meeting {id: id})
     RETURN ${MEETING_COLUMNS}`,
    { ids },
  );
  return res.records.map(meetingFrom);
}

/** Meetings reported by each of the given articles, each with that article's report, keyed by article id, in text order. */
export async function meetingsOfArticles(db: Db, articleIds: readonly string[], statuses?: readonly MeetingStatusRow[] | null): Promise<Map<string, MeetingRow[]>> {
  const res = await readQuery(
    db,
    'meetingsOfArticles',
    `/* meetingsOfArticles */
     UNWIND $ids AS id
     MATCH (a:Article {id: id})-[r:REPORTS]->(m:Meeting)
     WHERE m.status IN $statuses
     RETURN ${EVENT_COLUMNS}, [a.id, r.evidence, r.start, r.end] AS report
     ORDER BY r.start`,
    { ids: articleIds, statuses: statusesOf(statuses) },
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
       WHERE ${CONTACT_FILTER}
       RETURN m ORDER BY m.date DESC, m.id LIMIT $first
     }
     RETURN i, m.id AS id`,
    { pairs, ...filterParams(filter), statuses: ['MET'], first: int(first) },
  );
  const by = groupBy(res.records, (r) => String(r.get('i')));
  return pairs.map((_, i) => (by.get(String(i)) ?? []).map((r) => r.get('id') as string));
}

// ---------------------------------------------------------------- meeting pairs (who met whom, how often)

const PAIR_COLUMNS = `count(DISTINCT m) AS meetingCount, count(r) AS reportCount, count(DISTINCT a) AS articleCount,
            min(m.date) AS firstDate, max(m.date) AS lastDate, collect(DISTINCT m.id)[..100] AS meetingIds`;

function pairFrom(r: { get(k: string): any }): MeetingPairRow {
  return {
    a: r.get('a'),
    b: r.get('b'),
    meetingCount: r.get('meetingCount'),
    reportCount: r.get('reportCount'),
    articleCount: r.get('articleCount'),
    firstDate: toIso(r.get('firstDate')),
    lastDate: toIso(r.get('lastDate')),
    meetingIds: r.get('meetingIds'),
  };
}

export interface PairArgs {
  from?: string | null;
  to?: string | null;
  /** The contacts to count; meetings that took place (MET) when absent. */
  statuses?: readonly MeetingStatusRow[] | null;
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
       WHERE o <> p AND ${CONTACT_DATES}
       MATCH (a:Article)-[r:REPORTS]->(m)
       WITH o, m, a, r ORDER BY m.date DESC
       RETURN o.id AS b, ${PAIR_COLUMNS}
       ORDER BY meetingCount DESC, lastDate DESC, b SKIP $skip LIMIT $limit
     }
     RETURN id AS a, b, meetingCount, reportCount, articleCount, firstDate, lastDate, meetingIds`,
    { ids: personIds, from: args.from ?? null, to: args.to ?? null, statuses: statusesOf(args.statuses), skip: int(skip), limit: int(args.first + 1) },
  );
  const byPerson = groupBy(res.records.map(pairFrom), (r) => r.a);
  const countOf = countsOnDemand(
    db,
    'countMeetingPairsOf',
    `/* countMeetingPairsOf */
     UNWIND $ids AS key
     MATCH (p:Person {id: key})
     RETURN key, COUNT { MATCH (p)<-[:WITH]-(m:Meeting)-[:WITH]->(o:Person)
                         WHERE o <> p AND ${CONTACT_DATES}
                         RETURN DISTINCT o } AS n`,
    { ids: personIds, from: args.from ?? null, to: args.to ?? null, statuses: statusesOf(args.statuses) },
  );
  return personIds.map((id) => offsetPage(byPerson.get(id) ?? [], args.first, skip, () => countOf(id)));
}

/** Every pair of people who met in the range, most meetings first. */
export async function allMeetingPairs(db: Db, args: PairArgs): Promise<Page<MeetingPairRow>> {
  const skip = offsetAfter(args.after);
  const match = `MATCH (p:Person)<-[:WITH]-(m:Meeting)-[:WITH]->(o:Person)
     WHERE p.id < o.id AND ${CONTACT_DATES}`;
  const params = { from: args.from ?? null, to: args.to ?? null, statuses: statusesOf(args.statuses) };
  const res = await readQuery(
    db,
    'allMeetingPairs',
    `/* allMeetingPairs */
     ${match}
     MATCH (a:Article)-[r:REPORTS]->(m)
     WITH p, o, m, a, r ORDER BY m.date DESC
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

// ---------------------------------------------------------------- the reports of a meeting

/** Each meeting's reports, earliest article first, at most `first` of each. */
export async function reportsOfMeetings(db: Db, meetingIds: readonly string[], first: number): Promise<MeetingReportRow[][]> {
  const res = await readQuery(
    db,
    'reportsOfMeetings',
    `/* reportsOfMeetings */
     UNWIND $ids AS id
     MATCH (m:Meeting {id: id})
     CALL (m) {
       MATCH (a:Article)-[r:REPORTS]->(m)
       RETURN a, r ORDER BY a.publishedAt, a.id, r.start LIMIT $first
     }
     RETURN id, a.id AS articleId, r.evidence AS evidence, r.start AS start, r.end AS end, r.day AS day, r.dateSource AS dateSource, r.dateText AS dateText`,
    { ids: meetingIds, first: int(first) },
  );
  const by = groupBy(res.records, (r) => r.get('id') as string);
  return meetingIds.map((id) =>
    (by.get(id) ?? []).map((r) => ({
      meetingId: id,
      articleId: r.get('articleId'),
      evidence: { start: r.get('start'), end: r.get('end'), text: r.get('evidence') },
      day: r.get('day'),
      dateSource: r.get('dateSource'),
      dateText: r.get('dateText') ?? null,
    })),
  );
}
