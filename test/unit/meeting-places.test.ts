import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { scoreMeetingDetails } from '../../src/eval/meeting-details.js';
import type { Extraction } from '../../src/extract/contract.js';
import { findCountryMentions } from '../../src/extract/countries/mentions.js';
import { meetingDate } from '../../src/extract/meetings/dates.js';
import { meetingPlace } from '../../src/extract/meetings/places.js';
import { extractArticle } from '../../src/pipeline/extract.js';

const article = (body: string) => parseArticle(`Finance ministers meet\n2012-05-16 09:00:00.0\n${body}`, 'test/places.txt');
const placeOf = (body: string, who: string) => extractArticle(article(body)).meetings.find((m) => m.participants.some((p) => p.includes(who)))?.place;

describe('the place of a meeting', () => {
  it('is the venue the meeting sentence gives, not one of the next sentence', () => {
    const body = [
      '(Reuters) - IMF chief Christine Lagarde met German Finance Minister Wolfgang Schaeuble in Berlin on Monday.',
      'Lagarde made the comments in Paris at a news conference on Tuesday.',
    ].join('\n');
    expect(placeOf(body, 'Schaeuble')?.name).toBe('Berlin');
  });

  it('is a building whose name holds a place, whole, with that place as its country', () => {
    const club = '(Reuters) - Japanese Prime Minister Shinzo Abe met U.S. Secretary of State John Kerry at the Foreign Correspondents Club of Japan on Monday.';
    expect(placeOf(club, 'Kerry')).toEqual({ name: 'Foreign Correspondents Club of Japan', country: 'JP' });
  });
});

describe("a country after a topic's noun", () => {
  // The sentence alone, its countries and capitals as the pipeline finds them (no tagged locations).
  const venue = (s: string) => meetingPlace(s, { start: 0, end: s.length, text: s }, [], findCountryMentions(s))?.name ?? null;

  it('is the topic\'s country, not the venue', () => {
    expect(venue('Euro zone finance ministers met Schaeuble on Monday to discuss the bailout fund and the economic situation in Greece.')).toBeNull();
    expect(venue('Sharing the platform with Paulson, Brown said economic reform in China was paramount.')).toBeNull();
  });

  it('leaves a venue before it, a city after the noun and a country with no such noun', () => {
    expect(venue('Schaeuble met Lagarde in Berlin to discuss the situation in Greece.')).toBe('Berlin');
    expect(venue('Schaeuble and Lagarde discussed the crisis in Brussels on Monday.')).toBe('Brussels');
    expect(venue('Schaeuble met Lagarde in Greece on Monday.')).toBe('Greece');
    expect(venue('Schaeuble met Lagarde for talks in Greece on Monday.')).toBe('Greece');
  });
});

describe('a place in what a "that" clause reports after the meeting', () => {
  const venue = (s: string) => meetingPlace(s, { start: 0, end: s.length, text: s }, [], findCountryMentions(s))?.name ?? null;

  it('is no venue of the meeting named before the "that"', () => {
    expect(venue('Bodman said before his meeting with Naimi that he agreed more refineries were needed in the United States.')).toBeNull();
    expect(venue('Schaeuble told reporters after talks with Lagarde that investment in Greece must rise.')).toBeNull();
  });

  it('stays a venue when the clause itself names the meeting, or the place comes before the "that"', () => {
    expect(venue('Bodman said that he met Naimi in Saudi Arabia on Saturday.')).toBe('Saudi Arabia');
    expect(venue('Bodman said after his meeting with Naimi in Riyadh that more refineries were needed.')).toBe('Riyadh');
    expect(venue('Bodman said before his meeting with Naimi that the talks in Riyadh would be useful.')).toBe('Riyadh');
    // A "that" describing the meeting, or with no verb of saying before it, reports nothing: the venue stands.
    expect(venue('Sarkozy met Merkel at a summit that was held in Brussels on Monday.')).toBe('Brussels');
    expect(venue('Obama held talks with Chinese President Hu Jintao that lasted two hours in Beijing on Monday, officials said.')).toBe('Beijing');
    // No meeting word before the "that": not this rule's to judge.
    expect(venue('Bodman said that more refineries were needed, after meeting Naimi in Riyadh.')).toBe('Riyadh');
  });
});

describe('a place of an event to come', () => {
  const venue = (s: string) => meetingPlace(s, { start: 0, end: s.length, text: s }, [], findCountryMentions(s))?.name ?? null;

  it('is no venue of the meeting the sentence reports', () => {
    expect(venue('Brown and Rudd gathered just before key Group of Seven and IMF meetings in Washington next week which will discuss the turmoil.')).toBeNull();
    expect(venue('Brown met Rudd before talks in Berlin later this month.')).toBeNull();
    expect(venue('Brown met Rudd before talks in Berlin tomorrow.')).toBeNull();
    expect(venue('Brown met Rudd on Friday ahead of talks in Brussels next Monday.')).toBeNull();
  });

  it('leaves the venue before it, and a place with no such words after it', () => {
    expect(venue('Brown met Rudd in London ahead of meetings in Washington next week.')).toBe('London');
    expect(venue('Brown met Rudd in Washington last week.')).toBe('Washington');
    // "This weekend" is as often the weekend just past: a Monday story's "met in Chicago this weekend" was held.
    const chicago = 'Obama met Cameron in Chicago this weekend, officials said.';
    const tagged = [{ start: chicago.indexOf('Chicago'), end: chicago.indexOf('Chicago') + 7, text: 'Chicago' }];
    expect(meetingPlace(chicago, { start: 0, end: chicago.length, text: chicago }, tagged, [])?.name).toBe('Chicago');
    expect(venue('Brown met Rudd in Washington, next to the Treasury.')).toBe('Washington');
    // After a comma the words of time to come open another clause, whose venue is not this meeting's.
    expect(venue('Merkel met Sarkozy in Paris, next week they meet again in Berlin.')).toBe('Paris');
  });
});

describe('days written as days', () => {
  it('reads no day counted from an event named after it, only one counted from the story', () => {
    const published = '2012-12-04T12:00:00Z';
    expect(meetingDate('Ministers will resume discussions on December 12, a day before EU leaders meet.', published)?.source).toBe('published');
    expect(meetingDate('Schaeuble met Moscovici two days after the vote.', published)?.source).toBe('published');
    expect(meetingDate('Schaeuble met Moscovici the day before.', published)).toMatchObject({ date: '2012-12-03', source: 'text' });
  });

  it('does not read a verb or a company as a weekday or month', () => {
    expect(meetingDate('Bullard sat down with Plosser.', '2013-07-12T10:00:00Z')?.source).toBe('published');
    expect(meetingDate('Sun Microsystems chief Scott McNealy met Ellison.', '2013-07-12T10:00:00Z')?.source).toBe('published');
    expect(meetingDate('Smith may meet Jones.', '2013-07-12T10:00:00Z')?.source).toBe('published');
    expect(meetingDate('They met on Sat. in Paris.', '2013-07-12T10:00:00Z')).toMatchObject({ date: '2013-07-06', source: 'text' });
    expect(meetingDate('They met on Oct. 11.', '2013-10-13T10:00:00Z')).toMatchObject({ date: '2013-10-11', source: 'text' });
    expect(meetingDate('They met on May 3.', '2013-07-12T10:00:00Z')).toMatchObject({ date: '2013-05-03', source: 'text' });
  });

  it('does not read an ordinal as a second of time', () => {
    expect(meetingDate('Seifert sits down for a second time with Theodore.', '2011-02-15T13:17:00Z')?.source).toBe('published');
    expect(meetingDate('Seifert sat down with Theodore for a second round on Tuesday.', '2011-02-15T13:17:00Z')).toMatchObject({ date: '2011-02-15', source: 'text', text: 'on Tuesday' });
  });

  it('keeps a day written with the ordinal "second"', () => {
    expect(meetingDate('They met on March second.', '2008-03-10T10:00:00Z')).toMatchObject({ date: '2008-03-02', source: 'text' });
    expect(meetingDate('They met on the second of March.', '2008-03-10T10:00:00Z')).toMatchObject({ date: '2008-03-02', source: 'text' });
    expect(meetingDate('They talked for a few seconds on Monday.', '2008-03-10T10:00:00Z')).toMatchObject({ date: '2008-03-10', source: 'text', text: 'on Monday' });
  });
});

describe('weekdays against a date line filed late in its UTC day', () => {
  // 2008-12-03 is a Wednesday.
  it('reads the next weekday as the next day: already today where an Asian story is written', () => {
    expect(meetingDate('Wang met Paulson on Thursday.', '2008-12-03T21:32:00.000Z')).toMatchObject({ date: '2008-12-04', source: 'text' });
    expect(meetingDate('Nakagawa met Aso on Monday.', '2008-10-26T23:54:00.000Z')).toMatchObject({ date: '2008-10-27', source: 'text' });
  });

  it('keeps the week before for a story filed earlier, and every other weekday where it was', () => {
    expect(meetingDate('Wang met Paulson on Thursday.', '2008-12-03T18:00:00.000Z')?.date).toBe('2008-11-27');
    expect(meetingDate('Wang met Paulson on Thursday.', '2008-12-03')?.date).toBe('2008-11-27');
    expect(meetingDate('Wang met Paulson on Wednesday.', '2008-12-03T21:32:00.000Z')?.date).toBe('2008-12-03');
    expect(meetingDate('Wang met Paulson on Tuesday.', '2008-12-03T21:32:00.000Z')?.date).toBe('2008-12-02');
    expect(meetingDate('Wang met Paulson on Friday.', '2008-12-03T21:32:00.000Z')?.date).toBe('2008-11-28');
  });

  it('keeps a weekday said to be past in the week before, filed late or not', () => {
    expect(meetingDate('Wang met Paulson last Thursday.', '2008-12-03T21:32:00.000Z')).toMatchObject({ date: '2008-11-27', source: 'text' });
    expect(meetingDate('Wang met Paulson this past Thursday.', '2008-12-03T21:32:00.000Z')?.date).toBe('2008-11-27');
    expect(meetingDate('Wang met Paulson last Thursday.', '2008-12-03T10:00:00.000Z')?.date).toBe('2008-11-27');
  });

  it('reads "last Wednesday" in a Wednesday story as a week back, not today', () => {
    expect(meetingDate('Wang met Paulson last Wednesday.', '2008-12-03T10:00:00.000Z')?.date).toBe('2008-11-26');
    expect(meetingDate('Wang met Paulson on Wednesday.', '2008-12-03T10:00:00.000Z')?.date).toBe('2008-12-03');
  });
});

describe('a month and day without a year after the date line', () => {
  it('is last year\'s across the turn of the year', () => {
    expect(meetingDate('They met on Dec. 28.', '2014-01-03T10:00:00.000Z')).toMatchObject({ date: '2013-12-28', source: 'text' });
    expect(meetingDate('They met on October 15.', '2014-03-10T10:00:00.000Z')).toMatchObject({ date: '2013-10-15', source: 'text' });
  });

  it('is a day to come, no meeting\'s day, up to about four months ahead, across the turn of the year too', () => {
    expect(meetingDate('Naimi said OPEC would discuss it on December 5.', '2007-11-11T12:37:00.000Z')).toEqual({ date: '2007-11-11', source: 'published' });
    expect(meetingDate('The ministers meet again on June 10.', '2014-03-10T10:00:00.000Z')?.source).toBe('published');
    // 16 days ahead, not 349 days back.
    expect(meetingDate('Kerry said he would meet Lavrov in Geneva on Jan. 5.', '2013-12-20T10:00:00.000Z')).toEqual({ date: '2013-12-20', source: 'published' });
  });

  it('is the latest past one when read further ahead', () => {
    expect(meetingDate('They met on Dec. 20.', '2014-01-05T10:00:00.000Z')).toMatchObject({ date: '2013-12-20', source: 'text' });
    // Read as 2013-08-15, 167 days ahead of a March story: last August's.
    expect(meetingDate('They met on Aug. 15.', '2013-03-01T10:00:00.000Z')).toMatchObject({ date: '2012-08-15', source: 'text' });
  });
});

describe('meeting details scored', () => {
  const x = { meetings: [{ participants: ['A B', 'C D'], evidence: { start: 0, end: 1, text: 'x' }, place: { name: 'Paris', country: 'FR' } }] } as unknown as Extraction;
  const pair = (place: string | null) => ({ people: ['A B', 'C D'], pairs: [{ a: 'A B', b: 'C D', label: 'met', evidence: 'x', start: 0, end: 1, date: null, place }] as never });

  it('counts a place found where the annotation names none, and lists it', () => {
    const d = scoreMeetingDetails(x, pair(null), 'article-1');
    expect(d).toMatchObject({ placedFound: 0, unplacedFound: 1, placedAnyway: 1 });
    expect(d.wrong).toEqual(['article-1  A B + C D: no place stated, found "Paris"']);
  });

  it('counts a place right when one name holds the other, and lists a wrong one', () => {
    expect(scoreMeetingDetails(x, pair('Paris, France'))).toMatchObject({ placedFound: 1, placeRight: 1, wrong: [] });
    expect(scoreMeetingDetails(x, pair('Berlin'))).toMatchObject({ placedFound: 1, placeRight: 0 });
  });
});
