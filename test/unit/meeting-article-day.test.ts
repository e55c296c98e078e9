import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { DEFINITE_MEETING, outsideQuotes } from '../../src/extract/meetings/article-day.js';
import { meetingDate } from '../../src/extract/meetings/dates.js';
import { extractArticle } from '../../src/pipeline/extract.js';

/** The day of the meeting of `who` in an article of Tuesday 2010-12-07. */
const dayOf = (body: string, who: string) => {
  const meeting = extractArticle(parseArticle(`Euro zone ministers meet\n2010-12-07 09:00:00.0\n${body}`, 'test/article-day.txt')).meetings.find((m) =>
    m.participants.some((p) => p.includes(who)),
  );
  expect(meeting).toBeDefined();
  return meeting?.date;
};
const talks = '"We don\'t have any new decision," Juncker told reporters after the meeting, saying ministers had held lengthy talks with IMF chief Dominique Strauss-Kahn.';

describe('the day of a meeting whose sentences give none', () => {
  it('is the day the lead gives the event the article reports', () => {
    expect(dayOf(`(Reuters) - Euro zone finance ministers took no extra action at a meeting on Monday.\n${talks}`, 'Strauss-Kahn')).toMatchObject({ date: '2010-12-06', source: 'text' });
  });

  it('is not a day the lead puts to come', () => {
    expect(dayOf(`(Reuters) - Euro zone finance ministers are due to meet again on Friday, officials said.\n${talks}`, 'Strauss-Kahn')).toMatchObject({ date: '2010-12-07', source: 'published' });
  });

  it('is not a day to come in a sentence of the story before it either', () => {
    // The lead names the meeting, so the look-back reads it before the lead's own step would.
    expect(dayOf(`(Reuters) - Euro zone finance ministers will hold more talks on Friday, officials said.\n${talks}`, 'Strauss-Kahn')).toMatchObject({ source: 'published' });
  });

  it("is not the day of next week's meeting the lead names", () => {
    expect(dayOf(`(Reuters) - Next week's summit of euro zone leaders on Friday is unlikely to bring a decision, officials said.\n${talks}`, 'Strauss-Kahn')).toMatchObject({ source: 'published' });
    // Without the words of time to come, the lead's Friday is the meeting's.
    expect(dayOf(`(Reuters) - The summit of euro zone leaders on Friday brought no decision, officials said.\n${talks}`, 'Strauss-Kahn')).toMatchObject({ date: '2010-12-03', source: 'text' });
  });

  it('is not put to come by words of time to come in a side clause', () => {
    expect(dayOf(`(Reuters) - Euro zone leaders, who face a string of elections next year, ended a summit on Monday.\n${talks}`, 'Strauss-Kahn')).toMatchObject({ date: '2010-12-06', source: 'text' });
    expect(dayOf(`(Reuters) - Euro zone leaders face a string of elections next year and ended a summit on Monday.\n${talks}`, 'Strauss-Kahn')).toMatchObject({ source: 'published' });
    expect(dayOf(`(Reuters) - Euro zone leaders, who met in Brussels, will hold another summit on Friday.\n${talks}`, 'Strauss-Kahn')).toMatchObject({ source: 'published' });
  });

  it('reads the words before the day where the day is given, not where its words first occur', () => {
    // "since Monday" gives no day; the Monday read is the second, after "will".
    expect(dayOf(`(Reuters) - Euro zone finance ministers, in session since Monday, will end their meeting Monday, officials said.\n${talks}`, 'Strauss-Kahn')).toMatchObject({ source: 'published' });
    expect(dayOf(`(Reuters) - Euro zone finance ministers, in session since Monday, ended their meeting Monday, officials said.\n${talks}`, 'Strauss-Kahn')).toMatchObject({ date: '2010-12-06', source: 'text' });
  });

  it('is the day of the story just before, even a few sentences back', () => {
    const body = [
      '(Reuters) - The euro zone took no extra action, officials said.',
      'When Juncker arrived in Brussels on Sunday it was after 6 p.m.',
      'Portugal has a debt ratio of 90 percent after years of stagnation.',
      talks,
    ].join('\n');
    expect(dayOf(body, 'Strauss-Kahn')).toMatchObject({ date: '2010-12-05', source: 'text' });
  });
});

describe('days that are not the meeting\'s', () => {
  it('are in a quotation, or hours counted from another event', () => {
    expect(outsideQuotes('"the opinion I expressed yesterday," Merkel said.')).not.toMatch(/yesterday/);
    expect(meetingDate('Speaking a few hours before the summit began, Barroso said so.', '2011-12-12T12:00:00Z')?.source).toBe('published');
  });
});
describe('a day to come in the meeting sentence', () => {
  it('is not the meeting\'s day', () => {
    const s = 'BA chief Willie Walsh and union leader Tony Woodley held talks to prevent a strike planned to begin on Monday.';
    expect(meetingDate(s, '2010-05-22T14:02:00Z')).toMatchObject({ date: '2010-05-22', source: 'published' });
    expect(meetingDate('Walsh and Woodley held talks on Monday.', '2010-05-22T14:02:00Z')).toMatchObject({ date: '2010-05-17', source: 'text' });
  });
});

describe('a meeting the evidence names as known', () => {
  it('is "the meeting", "the talks", and also "the news conference" or "the debate"', () => {
    expect(DEFINITE_MEETING.test('Klein told the news conference that the plant was safe.')).toBe(true);
    expect(DEFINITE_MEETING.test('Romney attacked Obama throughout the debate.')).toBe(true);
    expect(DEFINITE_MEETING.test('Mittal would not comment on the meeting\'s agenda.')).toBe(true);
    expect(DEFINITE_MEETING.test('Mittal said a meeting was possible.')).toBe(false);
    // Words with figures before the noun: 'the G20 summit', 'the 90-minute encounter'.
    expect(DEFINITE_MEETING.test('Demonstrators marched in London ahead of the G20 summit.')).toBe(true);
    expect(DEFINITE_MEETING.test('Neither man made a gaffe in the 90-minute encounter.')).toBe(true);
    expect(DEFINITE_MEETING.test('Leaders met at a G20 summit.')).toBe(false);
  });
});
