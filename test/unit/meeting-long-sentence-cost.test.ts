import * as chrono from 'chrono-node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateReadings, meetingDate } from '../../src/extract/meetings/dates.js';
import { candidates, decidePairs } from '../../src/extract/meetings/decode.js';
import { bestLabel, deserializeMeetingModel, metLead, scoreFeatures, type ContactLabel, type MeetingModel } from '../../src/extract/meetings/model.js';
import { meetingSettings } from '../../src/extract/meetings/when-where.js';
import { splitSentences } from '../../src/extract/tokenize.js';
import type { PersonRef } from '../../src/extract/types.js';

afterEach(() => vi.restoreAllMocks());

const PUBLISHED = '2012-03-07T10:00:00Z';
/** Every mention of each name in `text`, as the people of an article. */
function peopleIn(text: string, names: readonly string[]): PersonRef[] {
  return names.map((name) => ({
    id: name,
    name,
    mentions: [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + name.length, text: name })),
  }));
}

describe('a sentence that names hundreds of people', () => {
  const names = Array.from({ length: 300 }, (_, i) => `Person${i}`);
  const sentence = `Smith met ${names.join(', ')} and Jones in Paris on Monday.`;

  it('is read for its days once in an article, not once for each meeting it states', () => {
    expect(sentence.length).toBeGreaterThan(2000);
    const parse = vi.spyOn(chrono.en.casual, 'parse');
    const readings = dateReadings();
    const days = names.map((n) => meetingDate(sentence, PUBLISHED, [{ start: sentence.indexOf(n), end: sentence.indexOf(n) + n.length }], readings));
    // Every pair reads the same day (Monday before the Wednesday date line) ...
    expect(new Set(days.map((d) => d?.date))).toEqual(new Set(['2012-03-05']));
    // ... from one reading of the sentence: it was read again for each pair (300 readings of 3,000 characters).
    expect(parse.mock.calls.length).toBe(1);
    // Another sentence of that length is read afresh, never given the first one's days.
    const other = sentence.replace('on Monday', 'on Friday');
    expect(meetingDate(other, PUBLISHED, [], readings)?.date).toBe('2012-03-02');
    expect(parse.mock.calls.length).toBe(2);
    // Without the article's store, each ask reads the sentence.
    meetingDate(sentence, PUBLISHED);
    expect(parse.mock.calls.length).toBe(3);
  });

  it('is read once in an article whose meetings read two such sentences in turn', () => {
    // The evidence gives no day, so each meeting reads the next sentence stating it too: one cache slot for long
    // sentences swapped between the two at every step (400 readings for these 200 meetings).
    const list = names.slice(0, 200).join(', ');
    const text = `Smith met ${list} in Paris. Smith held talks with ${list} on Monday.`;
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(2);
    expect(sentences.every((s) => s.end - s.start > 2000)).toBe(true);
    const settingOf = meetingSettings({ text, sentences, bodyStart: 0, publishedAt: PUBLISHED, people: peopleIn(text, ['Smith', ...names.slice(0, 200)]), places: [], countries: [] });
    const evidence = { start: sentences[0].start, end: sentences[0].end, text: text.slice(sentences[0].start, sentences[0].end) };
    const parse = vi.spyOn(chrono.en.casual, 'parse');
    const days = names.slice(0, 200).map((n) => settingOf({ participants: ['Smith', n], evidence }).date);
    // The second sentence gives every meeting its day ...
    expect(days.every((d) => d?.date === '2012-03-05' && d.source === 'text')).toBe(true);
    // ... each sentence read once for the article.
    expect(parse.mock.calls.length).toBe(2);
    // Another article's meetings read them afresh: the readings are the article's.
    const again = meetingSettings({ text, sentences, bodyStart: 0, publishedAt: '2012-03-14T10:00:00Z', people: peopleIn(text, ['Smith', 'Person0']), places: [], countries: [] });
    expect(again({ participants: ['Smith', 'Person0'], evidence }).date?.date).toBe('2012-03-12');
    expect(parse.mock.calls.length).toBe(4);
  });

  describe('decided pair by pair', () => {
    // Pairs named in more than one sentence have candidates of each sentence and of the two together.
    const text = `${sentence} Smith later held talks with Person1, Person2 and Jones in Lyon. Person3 will meet Person4 and Smith next week.`;
    const people = peopleIn(text, ['Smith', 'Jones', ...names.slice(0, 40)]);
    const sentences = splitSentences(text);
    // Weights for every feature the candidates have, spread over met, planned and none (negated and remote never win),
    // so that candidates of one pair score apart and some pairs are met, some planned, some none.
    const weightOf = (f: string, salt: number) => {
      // FNV-1a of the salted feature, read as a number in [-1, 1].
      let h = 0x811c9dc5;
      for (const ch of `${salt}\0${f}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
      return ((h >>> 0) % 2001) / 1000 - 1;
    };
    const features = new Set(candidates(sentences, people, 'both').flatMap((c) => c.features));
    const model = deserializeMeetingModel({
      labels: ['met', 'planned', 'negated', 'remote', 'none'],
      margin: 0,
      candidates: 'both',
      weights: Object.fromEntries([...features].map((f) => [f, [weightOf(f, 1), weightOf(f, 2), -1, -1, weightOf(f, 3)]])),
    });

    /** The decisions read from the whole list of candidates with their features: the pair's most met-like candidate, else its surest other label. */
    function fromCandidates(m: MeetingModel) {
      const lead = (scores: Float64Array, label: ContactLabel) => {
        const k = m.labels.indexOf(label);
        return scores[k] - Math.max(...[...scores].filter((_, j) => j !== k));
      };
      const byPair = new Map<string, Array<{ span: { a: string; b: string; from: number; to: number }; scores: Float64Array }>>();
      for (const c of candidates(sentences, people, m.candidates)) {
        const key = [c.a, c.b].sort().join('\0');
        byPair.set(key, [...(byPair.get(key) ?? []), { span: { a: c.a, b: c.b, from: c.from, to: c.to }, scores: scoreFeatures(m, c.features) }]);
      }
      return [...byPair.entries()].map(([key, list]) => {
        const participants = key.split('\0');
        const best = list.reduce((b, c) => (metLead(m, c.scores) > metLead(m, b.scores) ? c : b));
        if (metLead(m, best.scores) > m.margin) return { participants, label: 'met', candidate: best.span, lead: metLead(m, best.scores) };
        const others = list.filter((c) => !['met', 'none'].includes(bestLabel(m, c.scores)));
        const sure = others.reduce<(typeof others)[number] | undefined>((b, c) => (!b || lead(c.scores, bestLabel(m, c.scores)) > lead(b.scores, bestLabel(m, b.scores)) ? c : b), undefined);
        return { participants, label: sure ? bestLabel(m, sure.scores) : 'none', candidate: (sure ?? best).span, lead: metLead(m, best.scores) };
      });
    }

    it('decides as the whole list of candidates with their features would', () => {
      const expected = fromCandidates(model);
      // The input is one that tests the choice: pairs with several candidates scoring apart, and every kind of outcome.
      expect(new Set(expected.map((d) => d.label))).toEqual(new Set(['met', 'planned', 'none']));
      expect(expected.length).toBeGreaterThan(40);
      const first = new Map<string, { a: string; b: string; from: number; to: number }>();
      for (const c of candidates(sentences, people, model.candidates)) if (!first.has([c.a, c.b].sort().join('\0'))) first.set([c.a, c.b].sort().join('\0'), { a: c.a, b: c.b, from: c.from, to: c.to });
      expect(expected.some((d) => d.candidate.from !== first.get(d.participants.join('\0'))!.from)).toBe(true);
      const decided = decidePairs(model, sentences, people);
      // Same pairs, labels, leads and evidence; the candidates kept hold their people and sentences, no features.
      expect(decided).toStrictEqual(expected);
    });
  });
});
