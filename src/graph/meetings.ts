import { sha256Hex } from '../article/parse.js';
import type { ContactStatus } from '../extract/types.js';
import type { ManagedTransaction } from './driver.js';

/**
 * Meetings as events. One (:Meeting) is one meeting that took place (or one planned, negated
 * or remote contact), however many articles report it: each report is an
 * (:Article)-[:REPORTS {evidence, start, end, …}]->(:Meeting) edge, and the meeting's own
 * properties (day, place, people) are derived from its reports whenever they change.
 *
 * Reports join an event when they agree on the status, one's people are a subset of the
 * other's (a group meeting and a report of two of its participants), the days are at most one
 * apart, and the places do not contradict (different countries). The event's id is made from
 * its first report (status, people, day, country) and kept while the event has reports; an
 * event whose last report goes is deleted.
 */

/** The API's names for a contact's status. */
export type MeetingStatus = 'MET' | 'PLANNED' | 'NEGATED' | 'REMOTE';
export type MeetingDateSource = 'TEXT' | 'PUBLISHED';

const STATUS: Record<ContactStatus, MeetingStatus> = { met: 'MET', planned: 'PLANNED', negated: 'NEGATED', remote: 'REMOTE' };
export const toMeetingStatus = (s: ContactStatus | undefined): MeetingStatus => STATUS[s ?? 'met'];

/** One article's report of a meeting, as the writer stores it on the REPORTS edge. */
export interface MeetingReport {
  articleId: string;
  participantIds: string[];
  status: MeetingStatus;
  /** YYYY-MM-DD: the day it took place as the report gives it. */
  day: string;
  dateSource: MeetingDateSource;
  dateText: string | null;
  placeName: string | null;
  placeCountry: string | null;
  evidence: string;
  start: number;
  end: number;
}

/** Reports of one event within a write batch, with the key a new event would get. */
export interface MeetingCluster {
  id: string;
  status: MeetingStatus;
  participantIds: string[];
  day: string;
  placeCountry: string | null;
  reports: MeetingReport[];
}

/** An event's id from its first report: stable while the event exists, the same on re-ingest. */
export function meetingEventId(status: MeetingStatus, participantIds: string[], day: string, placeCountry: string | null): string {
  return sha256Hex(`meeting\0${status}\0${[...participantIds].sort().join('\0')}\0${day}\0${placeCountry ?? ''}`, 24);
}

const DAY_MS = 86_400_000;
const dayDiff = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
const compatiblePlace = (a: string | null, b: string | null) => a === null || b === null || a === b;
const subsetEither = (a: string[], b: string[]) => a.every((x) => b.includes(x)) || b.every((x) => a.includes(x));

/**
 * Groups a batch's reports into events by the merge rule, in input order (reports sorted by
 * day first, so a chain of days is read the same whatever the articles' order). Linear in the
 * reports for each set of people: candidates are looked up by the first participant.
 */
export function clusterReports(reports: MeetingReport[]): MeetingCluster[] {
  const clusters: MeetingCluster[] = [];
  const byFirst = new Map<string, MeetingCluster[]>();
  const sorted = [...reports].sort((a, b) => a.day.localeCompare(b.day) || a.articleId.localeCompare(b.articleId) || a.start - b.start);
  for (const r of sorted) {
    const candidates = new Set([...r.participantIds.flatMap((p) => byFirst.get(`${r.status}\0${p}`) ?? [])]);
    const home = [...candidates].find(
      (c) => dayDiff(c.day, r.day) <= 1 && compatiblePlace(c.placeCountry, r.placeCountry) && subsetEither(c.participantIds, r.participantIds),
    );
    if (home) {
      home.reports.push(r);
      home.participantIds = [...new Set([...home.participantIds, ...r.participantIds])].sort();
      home.placeCountry ??= r.placeCountry;
      for (const p of r.participantIds) index(byFirst, `${r.status}\0${p}`, home);
      continue;
    }
    const c: MeetingCluster = {
      id: meetingEventId(r.status, r.participantIds, r.day, r.placeCountry),
      status: r.status,
      participantIds: [...r.participantIds].sort(),
      day: r.day,
      placeCountry: r.placeCountry,
      reports: [r],
    };
    clusters.push(c);
    for (const p of r.participantIds) index(byFirst, `${r.status}\0${p}`, c);
  }
  return clusters;
}

function index(map: Map<string, MeetingCluster[]>, key: string, c: MeetingCluster) {
  const list = map.get(key);
  if (!list) map.set(key, [c]);
  else if (!list.includes(c)) list.push(c);
}

/**
 * Writes a batch's meeting reports: each cluster joins the event the graph already holds for it
 * (same status, a subset either way of its people, a day at most one apart, no contradicting
 * country; the nearest day wins) or becomes a new one. Returns the ids of the events touched.
 */
export async function writeMeetingReports(tx: ManagedTransaction, clusters: MeetingCluster[]): Promise<string[]> {
  if (clusters.length === 0) return [];
  const res = await tx.run<{ id: string }>(
    `/* writeMeetingReports */
     UNWIND $clusters AS c
     CALL (c) {
       // Candidates by the date index (three days of meetings), not by a participant's history, which
       // grows with the graph: a write costs the same in a graph of a thousand articles or a million.
       OPTIONAL MATCH (m:Meeting) USING INDEX m:Meeting(date)
       WHERE m.date >= datetime(c.day) - duration('P1D') AND m.date <= datetime(c.day) + duration('P1D')
         AND m.status = c.status
         AND (m.placeCountry IS NULL OR c.placeCountry IS NULL OR m.placeCountry = c.placeCountry)
         AND (all(x IN m.participantIds WHERE x IN c.participantIds) OR all(x IN c.participantIds WHERE x IN m.participantIds))
       WITH m ORDER BY abs(duration.inDays(date(m.date), date(c.day)).days), m.id
       RETURN collect(m.id)[0] AS found
     }
     MERGE (m:Meeting {id: coalesce(found, c.id)})
       ON CREATE SET m.status = c.status, m.date = datetime(c.day), m.participantIds = c.participantIds, m.placeCountry = c.placeCountry
     WITH m, c
     CALL (m, c) {
       UNWIND c.reports AS r
       MATCH (a:Article {id: r.articleId})
       CREATE (a)-[:REPORTS {evidence: r.evidence, start: r.start, end: r.end, participantIds: r.participantIds,
                             day: r.day, dateSource: r.dateSource, dateText: r.dateText,
                             placeName: r.placeName, placeCountry: r.placeCountry}]->(m)
    }
     RETURN DISTINCT m.id AS id`,
    { clusters },
  );
  return res.records.map((r) => r.get('id'));
}

/**
 * Drops the articles' reports (before a corrected version is written, or with the articles)
 * and returns the events they supported: refreshMeetings then updates or deletes them.
 */
export async function releaseMeetingReports(tx: ManagedTransaction, articleIds: string[]): Promise<string[]> {
  const res = await tx.run<{ id: string }>(
    `/* releaseMeetingReports */
     UNWIND $ids AS id
     MATCH (:Article {id: id})-[r:REPORTS]->(m:Meeting)
     WITH m, collect(r) AS rs
     FOREACH (r IN rs | DELETE r)
     RETURN m.id AS id`,
    { ids: articleIds },
  );
  return [...new Set(res.records.map((r) => r.get('id')))];
}

/** What an event shows, derived from its reports. */
export interface EventSummary {
  day: string;
  dateSource: MeetingDateSource;
  placeName: string | null;
  placeCountry: string | null;
  participantIds: string[];
}

type StoredReport = Pick<MeetingReport, 'participantIds' | 'day' | 'dateSource' | 'placeName' | 'placeCountry'>;

/** The most frequent value, ties to the smallest: the same answer whatever the reports' order. */
function mode(values: string[]): string | undefined {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/**
 * An event from its reports: the day most reports read from their text, else the earliest
 * report's day (PUBLISHED); the place most reports name, and its country (or any report's
 * country); everyone any report names as present.
 */
export function summarizeReports(reports: StoredReport[]): EventSummary {
  const textDays = reports.filter((r) => r.dateSource === 'TEXT').map((r) => r.day);
  const day = mode(textDays) ?? [...reports.map((r) => r.day)].sort()[0];
  const placeName = mode(reports.flatMap((r) => (r.placeName ? [r.placeName] : []))) ?? null;
  const placeCountry =
    mode(reports.flatMap((r) => (r.placeName === placeName && r.placeCountry ? [r.placeCountry] : []))) ??
    mode(reports.flatMap((r) => (r.placeCountry ? [r.placeCountry] : []))) ??
    null;
  return {
    day,
    dateSource: textDays.length > 0 ? 'TEXT' : 'PUBLISHED',
    placeName,
    placeCountry,
    participantIds: [...new Set(reports.flatMap((r) => r.participantIds))].sort(),
  };
}

/**
 * Recomputes each event from its reports (summarizeReports), adding and removing its WITH edges
 * to match; an event with no report left is deleted. Only events that lost reports can be left
 * with none: `released` names them (all of `ids` unless told), and with none released that check
 * is skipped (a batch of new articles only adds reports).
 */
export async function refreshMeetings(tx: ManagedTransaction, ids: string[], released: string[] = ids): Promise<void> {
  if (ids.length === 0) return;
  if (released.length > 0) {
    await tx.run(
      `/* deleteUnreportedMeetings */
       UNWIND $ids AS id
       MATCH (m:Meeting {id: id}) WHERE NOT EXISTS { (m)<-[:REPORTS]-() }
       DETACH DELETE m`,
      { ids: released },
    );
  }
  const res = await tx.run(
    `/* reportsOfEvents */
     UNWIND $ids AS id
     MATCH (:Article)-[r:REPORTS]->(m:Meeting {id: id})
     RETURN id, collect({participantIds: r.participantIds, day: r.day, dateSource: r.dateSource, placeName: r.placeName, placeCountry: r.placeCountry}) AS reports`,
    { ids },
  );
  const events = res.records.map((r) => ({ id: r.get('id') as string, ...summarizeReports(r.get('reports') as StoredReport[]) }));
  await tx.run(
    `/* refreshMeetings */
     UNWIND $events AS e
     MATCH (m:Meeting {id: e.id})
     SET m.date = datetime(e.day), m.dateSource = e.dateSource, m.placeName = e.placeName, m.placeCountry = e.placeCountry,
         m.participantIds = e.participantIds
     WITH m, e
     CALL (m, e) {
       MATCH (m)-[w:WITH]->(p:Person) WHERE NOT p.id IN e.participantIds
       DELETE w
     }
     CALL (m, e) {
       UNWIND e.participantIds AS pid
       MATCH (p:Person {id: pid})
       MERGE (m)-[:WITH]->(p)
     }`,
    { events },
  );
}
