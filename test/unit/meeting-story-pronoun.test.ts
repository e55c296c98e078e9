import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { contextDay, opensWithPronoun } from '../../src/extract/meetings/article-day.js';
import { loadCues } from '../../src/extract/meetings/cues.js';
import { articleSentences } from '../../src/pipeline/extract.js';

/** The day the story before the last sentence (the evidence) gives the meeting of `who`, in an article of Tuesday 2010-12-07. */
const storyDay = (lines: string[], who: string[]) => {
  const art = parseArticle(`Euro zone ministers meet\n2010-12-07 09:00:00.0\n${lines.join('\n')}`, 'test/story-pronoun.txt');
  const sentences = articleSentences(art);
  const names = (s: { start: number; end: number }) => who.some((n) => art.text.slice(s.start, s.end).includes(n));
  const last = sentences[sentences.length - 1];
  const evidence = { start: last.start, end: last.end, text: art.text.slice(last.start, last.end) };
  return contextDay({ text: art.text, sentences, bodyStart: art.bodyStart, publishedAt: art.publishedAt, cues: loadCues(), names }, evidence);
};
const lead = '(Reuters) - The euro zone took no extra action, officials said.';
const arrival = 'When Juncker arrived in Brussels on Sunday it was after 6 p.m.';
const aside = 'Portugal has a debt ratio of 90 percent after years of stagnation.';
const evidence = 'Lagarde and Schaeuble also held lengthy talks.';

describe('a sentence of the story opening with a pronoun', () => {
  it('links the sentence before it, whose day is then the meeting\'s', () => {
    expect(storyDay([lead, arrival, 'His first meeting was with Portugal\'s finance minister.', aside, evidence], ['Lagarde', 'Schaeuble'])).toMatchObject({ date: '2010-12-05', source: 'text' });
    expect(storyDay([lead, arrival, 'She first met Portugal\'s finance minister at the talks.', aside, evidence], ['Lagarde', 'Schaeuble'])).toMatchObject({ date: '2010-12-05' });
  });

  it('does not link it without the pronoun', () => {
    expect(storyDay([lead, arrival, 'The first meeting was with Portugal\'s finance minister.', aside, evidence], ['Lagarde', 'Schaeuble'])).toBeNull();
  });

  it('does not link it when "it" opens the sentence: a thing or an event as often as a person', () => {
    expect(storyDay([lead, arrival, 'It was the first meeting with Portugal\'s finance minister.', aside, evidence], ['Lagarde', 'Schaeuble'])).toBeNull();
  });

  it('does not link it when the pronoun\'s own sentence is not of the story', () => {
    expect(storyDay([lead, arrival, 'He was tired after the flight.', aside, evidence], ['Lagarde', 'Schaeuble'])).toBeNull();
  });
});

describe('opensWithPronoun', () => {
  it('reads a whole word at the opening only', () => {
    expect(opensWithPronoun('His first meeting was brief.')).toBe(true);
    expect(opensWithPronoun('  she met him.')).toBe(true);
    expect(opensWithPronoun('Herman Van Rompuy chaired the meeting.')).toBe(false);
    expect(opensWithPronoun('Hershey said he met them.')).toBe(false);
    expect(opensWithPronoun('Then he met them.')).toBe(false);
    expect(opensWithPronoun('They met on Monday.')).toBe(false);
  });
});
