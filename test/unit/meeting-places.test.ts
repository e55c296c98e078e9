import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { meetingDate } from '../../src/extract/meetings/dates.js';
import { choosePlace, type PlaceCandidate } from '../../src/extract/meetings/place-candidates.js';
import { scoreMeetingDetails } from '../../src/eval/meeting-details.js';
import type { Extraction } from '../../src/extract/contract.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import { scoreChoices, tuneThreshold } from '../../src/train/choices.js';

const article = (body: string) => parseArticle(`Brazil and Japan discuss currencies\n2012-05-16 09:00:00.0\n${body}`, 'test/places.txt');

const trip = article(
  [
    'TOKYO (Reuters) - Brazilian Finance Minister Guido Mantega travelled to Osaka on Tuesday for a three-day visit.',
    'The yen rose against the dollar in early trade.',
    'After his talks with Japanese Finance Minister Jun Azumi on Wednesday, Mantega said both countries opposed a currency war.',
  ].join('\n'),
);

describe('the places a meeting may have taken place at', () => {
  it('come from the whole article, each with where it stands and what introduces it, never the dateline', () => {
    const seen: Array<{ participants: readonly string[]; places: PlaceCandidate[] }> = [];
    extractArticle(trip, { onCandidates: (m, places) => seen.push({ participants: m.participants, places }) });
    const meeting = seen.find((s) => s.participants.some((p) => p.includes('Mantega')) && s.participants.some((p) => p.includes('Azumi')));
    expect(meeting).toBeDefined();
    const osaka = meeting!.places.find((c) => c.name === 'Osaka');
    expect(osaka?.features).toEqual(expect.arrayContaining(['d:p2-3', 'prep:to', 'cue:travel', 'named:1']));
    // "TOKYO (Reuters) -" is where the story was filed.
    expect(meeting!.places.map((c) => c.name.toLowerCase())).not.toContain('tokyo');
  });

  it('the shipped model places a meeting where the article says its participant went', () => {
    const x = extractArticle(trip);
    const meeting = x.meetings.find((m) => m.participants.some((p) => p.includes('Azumi')));
    expect(meeting?.place?.name).toBe('Osaka');
  });
});

describe('choosePlace', () => {
  const model = { weights: new Map([['bias', -1], ['prep:in', 2], ['d:ev', 1]]), threshold: 0.5 };
  const c = (name: string, features: string[], country: string | null = null): PlaceCandidate => ({ name, country, start: 0, features: ['bias', ...features] });

  it('takes the most probable candidate, the country from another mention of the same place', () => {
    const got = choosePlace(model, [c('Paris', ['prep:to']), c('Sochi', ['prep:in', 'd:ev']), c('Sochi', [], 'RU')]);
    expect(got).toEqual({ name: 'Sochi', country: 'RU' });
  });

  it('gives none when no candidate reaches the threshold', () => {
    expect(choosePlace(model, [c('Paris', ['prep:to'])])).toBeNull();
    expect(choosePlace(model, [])).toBeNull();
    expect(choosePlace(model, [c('Paris', ['prep:in'])], 0.9)).toBeNull();
  });
});

describe('scoring and tuning a choice', () => {
  const model = { weights: new Map([['good', 3], ['bad', -3], ['meh', 0.2]]), threshold: 0.5 };
  const item = (gold: string | null, ...features: string[][]) => ({
    candidates: features.map((f, i) => ({ name: `P${i}`, features: f })),
    valueOf: (x: { name: string }) => x.name,
    fallback: null,
    gold,
  });
  const same = (a: string, b: string) => a === b;

  it('counts right answers, and answers given where the annotation has none', () => {
    const s = scoreChoices(model, [item('P0', ['good'], ['bad']), item('P1', ['good'], ['bad']), item(null, ['meh']), item(null, ['bad'])], same);
    expect(s).toMatchObject({ stated: 2, right: 1, unstated: 2, answeredAnyway: 1 });
    expect(s.accuracy).toBe(0.5);
  });

  it('raises the threshold above a weak candidate the annotation rejects', () => {
    expect(tuneThreshold(model, [item('P0', ['good']), item(null, ['meh']), item(null, ['meh'])], same)).toBeGreaterThan(0.55);
  });
});

describe('days written as days', () => {
  it('does not read a verb or a company as a weekday or month', () => {
    expect(meetingDate('Bullard sat down with Plosser.', '2013-07-12T10:00:00Z')?.source).toBe('published');
    expect(meetingDate('Sun Microsystems chief Scott McNealy met Ellison.', '2013-07-12T10:00:00Z')?.source).toBe('published');
    expect(meetingDate('Smith may meet Jones.', '2013-07-12T10:00:00Z')?.source).toBe('published');
    expect(meetingDate('They met on Sat. in Paris.', '2013-07-12T10:00:00Z')).toMatchObject({ date: '2013-07-06', source: 'text' });
    expect(meetingDate('They met on May 3.', '2013-07-12T10:00:00Z')).toMatchObject({ date: '2013-05-03', source: 'text' });
  });
});

describe('meeting details scored', () => {
  it('counts a place found where the annotation names none', () => {
    const x = { meetings: [{ participants: ['A B', 'C D'], evidence: { start: 0, end: 1, text: 'x' }, place: { name: 'Paris', country: 'FR' } }] } as unknown as Extraction;
    const d = scoreMeetingDetails(x, { people: ['A B', 'C D'], pairs: [{ a: 'A B', b: 'C D', label: 'met', evidence: 'x', start: 0, end: 1, date: null, place: null }] as never });
    expect(d).toMatchObject({ placedFound: 0, unplacedFound: 1, placedAnyway: 1 });
  });
});
