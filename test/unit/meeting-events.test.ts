import { describe, expect, it } from 'vitest';
import { groupMeetings } from '../../src/extract/meetings/groups.js';
import type { MeetingFinding } from '../../src/extract/types.js';
import { clusterReports, meetingEventId, type MeetingReport } from '../../src/graph/meetings.js';

const span = (start: number) => ({ start, end: start + 10, text: 'x' });
const met = (a: string, b: string, start = 0): MeetingFinding => ({ participants: [a, b].sort(), evidence: span(start) });

describe('groupMeetings', () => {
  it('joins the met pairs of one sentence into the largest groups where everyone met everyone', () => {
    const out = groupMeetings([met('X', 'A'), met('X', 'B'), met('A', 'B'), met('X', 'C', 50)]);
    expect(out.map((f) => f.participants)).toEqual([
      ['A', 'B', 'X'],
      ['C', 'X'],
    ]);
  });

  it('keeps pairs that do not close a group apart, and leaves other contacts alone', () => {
    const planned: MeetingFinding = { ...met('A', 'B'), status: 'planned' };
    const out = groupMeetings([met('X', 'A'), met('Y', 'B'), met('X', 'B'), planned]);
    // X–A and X–B share X, but A–B did not meet: no group of three.
    expect(out.filter((f) => !f.status).map((f) => f.participants.join('+')).sort()).toEqual(['A+X', 'B+X', 'B+Y']);
    expect(out).toContainEqual(planned);
  });
});

const report = (over: Partial<MeetingReport>): MeetingReport => ({
  articleId: 'a1',
  participantIds: ['p', 'q'],
  status: 'MET',
  day: '2009-10-13',
  dateSource: 'TEXT',
  dateText: 'on Tuesday',
  placeName: null,
  placeCountry: null,
  evidence: 'P met Q.',
  start: 0,
  end: 8,
  ...over,
});

describe('clusterReports', () => {
  it('joins reports of the same people a day apart into one event, whatever the order', () => {
    const a = report({ articleId: 'a1', day: '2009-10-13' });
    const b = report({ articleId: 'a2', day: '2009-10-14', dateSource: 'PUBLISHED', placeName: 'Moscow', placeCountry: 'RU' });
    for (const order of [[a, b], [b, a]]) {
      const out = clusterReports(order);
      expect(out).toHaveLength(1);
      expect(out[0].reports.map((r) => r.articleId).sort()).toEqual(['a1', 'a2']);
      expect(out[0].id).toBe(meetingEventId('MET', ['p', 'q'], '2009-10-13', null));
    }
  });

  it('joins a group meeting with a report of two of its people', () => {
    const out = clusterReports([report({ participantIds: ['p', 'q', 'r'] }), report({ articleId: 'a2', participantIds: ['q', 'r'] })]);
    expect(out).toHaveLength(1);
    expect(out[0].participantIds).toEqual(['p', 'q', 'r']);
  });

  it('keeps apart meetings days apart, in different countries, of another status or other people', () => {
    const base = report({ placeCountry: 'RU' });
    const out = clusterReports([
      base,
      report({ articleId: 'a2', day: '2009-10-16', placeCountry: 'RU' }),
      report({ articleId: 'a3', placeCountry: 'FR' }),
      report({ articleId: 'a4', status: 'PLANNED' }),
      report({ articleId: 'a5', participantIds: ['p', 's'] }),
    ]);
    expect(out).toHaveLength(5);
    expect(new Set(out.map((c) => c.id)).size).toBe(5);
  });
});

describe('the day and place of a meeting', async () => {
  const { meetingDate } = await import('../../src/extract/meetings/dates.js');
  const { meetingPlace } = await import('../../src/extract/meetings/places.js');

  it('takes the day nearest the participants when a sentence gives several', () => {
    const s = 'Clinton held a bilateral meeting with Lavrov on Thursday and met President Dmitry Medvedev and Putin on Friday separately.';
    const published = '2010-03-22T10:00:00Z';
    const span = (t: string, name: string) => ({ start: t.indexOf(name), end: t.indexOf(name) + name.length });
    expect(meetingDate(s, published, [span(s, 'Lavrov')])?.date).toBe('2010-03-18');
    expect(meetingDate(s, published, [span(s, 'Dmitry Medvedev')])?.date).toBe('2010-03-19');
    // The same sentence in an article of a week later (its readings are kept by sentence and day): that week's Thursday.
    expect(meetingDate(s, '2010-03-29T10:00:00Z', [span(s, 'Lavrov')])?.date).toBe('2010-03-25');
    const filing = 'In a Monday regulatory filing, NRG said its chief executive, David Crane, met with Exelon CEO John Rowe in New York on September 30 to discuss a deal.';
    expect(meetingDate(filing, '2008-11-24T10:00:00Z', [span(filing, 'David Crane'), span(filing, 'John Rowe')])?.date).toBe('2008-09-30');
    // "now" names no day.
    expect(meetingDate('Cantor now says the talks with Biden laid groundwork.', published)?.source).toBe('published');
  });

  it("ranks the reporting clause's day after the meeting's own, and keeps it when it is the only day", () => {
    const published = '2007-06-20T10:00:00Z';
    const reported = 'The Detroit News reported on Wednesday that Rapson and Gettelfinger held talks with union officials on Tuesday.';
    expect(meetingDate(reported, published)?.date).toBe('2007-06-19');
    // The reporting day first: of two days equally near (no anchors), the first would win without the rule.
    expect(meetingDate('His spokesman said on Wednesday that Smith met Jones on Tuesday.', published)?.date).toBe('2007-06-19');
    expect(meetingDate('Smith told reporters in Brussels on Wednesday that the talks with Jones on Tuesday went well.', published)?.date).toBe('2007-06-19');
    // A day in the possessive after the verb is the object's, not the report's.
    expect(meetingDate("Merkel said Tuesday's talks with Sarkozy were useful, before flying to Rome on Wednesday.", published)?.date).toBe('2007-06-19');
    const confirmed = "The White House on Thursday confirmed Friday's meeting between Obama and Cameron.";
    const names = ['Obama', 'Cameron'].map((n) => ({ start: confirmed.indexOf(n), end: confirmed.indexOf(n) + n.length }));
    expect(meetingDate(confirmed, '2013-05-18T10:00:00Z', names)?.date).toBe('2013-05-17');
    // Alone, the reporting day is the one the text gives (the annotations take "told reporters on Friday" so).
    expect(meetingDate('Smith has held talks with Jones, his spokesman said on Tuesday.', published)).toEqual({ date: '2007-06-19', source: 'text', text: 'on Tuesday' });
    // Telling a named audience is no reporting clause: it may be the meeting itself.
    const told = 'The paper said on Wednesday that Rapson told union officials in Detroit on Tuesday they hope to ratify a deal.';
    expect(meetingDate(told, published)?.date).toBe('2007-06-19');
    const toldFirst = 'Rapson told union officials in Detroit on Tuesday that talks with Delphi would resume on Wednesday.';
    expect(meetingDate(toldFirst, published, [{ start: 0, end: 6 }])?.date).toBe('2007-06-19');
  });

  it('finds a named venue a venue word introduces or a meeting word follows, and only then', () => {
    const at = (s: string) => meetingPlace(s, { start: 0, end: s.length, text: s }, [], []);
    expect(at('Dodd spoke after Obama hosted a White House meeting on regulation.')).toEqual({ name: 'White House', country: 'US' });
    expect(at('Bush said in the Oval Office after meeting with Brown.')).toEqual({ name: 'Oval Office', country: 'US' });
    expect(at('The White House said Obama met Brown.')).toBeNull();
  });
});
