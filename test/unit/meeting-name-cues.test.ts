import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { outsideNames } from '../../src/extract/meetings/article-day.js';
import { loadCues } from '../../src/extract/meetings/cues.js';
import { NAME_TOKEN, withoutNameCues } from '../../src/extract/meetings/name-cues.js';
import type { PersonRef, Sentence } from '../../src/extract/types.js';
import { extractArticle } from '../../src/pipeline/extract.js';

/** The meetings of a one-sentence story published on Wednesday 2013-05-01: people, status, day. */
const meetingsOf = (body: string) => {
  const art = parseArticle(`Talks\n2013-05-01 10:00:00.0\n(Reuters) - ${body}`, 'test/name-cues.txt');
  return extractArticle(art).meetings.map((m) => ({ participants: m.participants, status: m.status ?? 'met', date: m.date?.date }));
};

/** One sentence's tokens (split on spaces) and the people named at `names` (whole words of it). */
const sentenceWith = (text: string, names: string[]): { sentences: Sentence[]; people: PersonRef[] } => {
  const tokens = [];
  let at = 0;
  for (const w of text.split(' ')) {
    tokens.push({ text: w, start: at, end: at + w.length });
    at += w.length + 1;
  }
  const people = names.map((n) => ({ id: n, name: n, mentions: [{ start: text.indexOf(n), end: text.indexOf(n) + n.length, text: n }] }));
  return { sentences: [{ start: 0, end: text.length, tokens }], people };
};
const wordsRead = (text: string, names: string[]) => {
  const { sentences, people } = sentenceWith(text, names);
  return withoutNameCues(sentences, people, loadCues())[0].tokens.map((t) => t.text);
};

describe('cue words inside a person\'s name', () => {
  it('are masked in names: the surname "May" is no modal, "Will" no future', () => {
    expect(wordsRead('Theresa May met John Major on Monday .', ['Theresa May', 'John Major'])).toEqual(['Theresa', NAME_TOKEN, 'met', 'John', 'Major', 'on', 'Monday', '.']);
    expect(wordsRead('Will Smith met Angela Merkel .', ['Will Smith', 'Angela Merkel'])[0]).toBe(NAME_TOKEN);
    // A word of the cue lists only ("hope", a modal) and one of the scope lists only ("held"): both masked.
    expect(wordsRead('Bob Hope met Frank Held .', ['Bob Hope', 'Frank Held'])).toEqual(['Bob', NAME_TOKEN, 'met', 'Frank', NAME_TOKEN, '.']);
  });

  it('are kept outside names, in references, and when nobody is named there', () => {
    // "may" the modal and "May" the month stand outside every name.
    expect(wordsRead('Jack Straw may meet Wang Yi in May .', ['Jack Straw', 'Wang Yi'])).toEqual(['Jack', 'Straw', 'may', 'meet', 'Wang', 'Yi', 'in', 'May', '.']);
    // A reference ("the two leaders") is a person's mention but its words are words: "two", "leaders" stay cues.
    expect(wordsRead('The two leaders met on Monday .', ['The two leaders'])).toEqual(['The', 'two', 'leaders', 'met', 'on', 'Monday', '.']);
    const { sentences } = sentenceWith('Will they meet ?', []);
    expect(withoutNameCues(sentences, [], loadCues())).toBe(sentences);
  });

  it('give one array for the same sentences and people, so per-window caches hold', () => {
    const { sentences, people } = sentenceWith('Theresa May met John Major .', ['Theresa May', 'John Major']);
    expect(withoutNameCues(sentences, people, loadCues())).toBe(withoutNameCues(sentences, people, loadCues()));
    expect(sentences[0].tokens[1].text).toBe('May');
  });
});

describe('outsideNames', () => {
  it('masks the spans, keeping every offset and word', () => {
    const text = 'Will Smith arrived on Monday.';
    const out = outsideNames(text, [{ start: 0, end: 10 }]);
    expect(out).toBe('____ _____ arrived on Monday.');
    expect(out.length).toBe(text.length);
    expect(outsideNames(text, [])).toBe(text);
  });
});

describe('a meeting held, told of a person whose name is a cue word', () => {
  // Each of these but the last was planned, or dated the day of publication, before names were masked.
  it.each([
    ['the surname "May" before "met"', 'Theresa May met John Major on Monday.', ['John Major', 'Theresa May']],
    ['the first name "Will" before "met"', 'Will Smith met German Chancellor Angela Merkel on Monday.', ['Angela Merkel', 'Will Smith']],
    ['"Will" in the name in the lead giving the day', 'Will Smith arrived in Berlin on Monday for a two-day visit. Smith met German Chancellor Angela Merkel, officials said.', ['Angela Merkel', 'Will Smith']],
    ['"May" in the name in the lead giving the day', 'Theresa May arrived in Berlin on Monday for a two-day visit. May met German Chancellor Angela Merkel, officials said.', ['Angela Merkel', 'Theresa May']],
    ['"Rice" (no cue word; held before too)', 'Susan Rice held talks with Chinese Foreign Minister Wang Yi on Monday.', ['Susan Rice', 'Wang Yi']],
  ])('is held on the day the text gives: %s', (_what, body, participants) => {
    expect(meetingsOf(body)).toEqual([{ participants, status: 'met', date: '2013-04-29' }]);
  });

  it('still reads the modal and the future outside names: a meeting to come stays planned', () => {
    expect(meetingsOf('Home Secretary Jack Straw may meet Foreign Minister Wang Yi next week.')).toEqual([{ participants: ['Jack Straw', 'Wang Yi'], status: 'planned', date: '2013-05-01' }]);
    expect(meetingsOf('Theresa May could meet John Major next week.')).toMatchObject([{ participants: ['John Major', 'Theresa May'], status: 'planned' }]);
    expect(meetingsOf('Susan Rice will meet Chinese Foreign Minister Wang Yi next week.')).toMatchObject([{ participants: ['Susan Rice', 'Wang Yi'], status: 'planned' }]);
  });
});
