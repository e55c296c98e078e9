import * as chrono from 'chrono-node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meetingDate } from '../../src/extract/meetings/dates.js';
import { decidePairs } from '../../src/extract/meetings/decode.js';
import { deserializeMeetingModel } from '../../src/extract/meetings/model.js';
import { splitSentences } from '../../src/extract/tokenize.js';

afterEach(() => vi.restoreAllMocks());

describe('a sentence that names hundreds of people', () => {
  const names = Array.from({ length: 300 }, (_, i) => `Person${i}`);
  const sentence = `Smith met ${names.join(', ')} and Jones in Paris on Monday.`;

  it('is read for its days once, not once for each meeting it states', () => {
    expect(sentence.length).toBeGreaterThan(2000);
    const parse = vi.spyOn(chrono.en.casual, 'parse');
    const days = names.map((n) => meetingDate(sentence, '2012-03-07T10:00:00Z', [{ start: sentence.indexOf(n), end: sentence.indexOf(n) + n.length }]));
    // Every pair reads the same day (Monday before the Wednesday date line) ...
    expect(new Set(days.map((d) => d?.date))).toEqual(new Set(['2012-03-05']));
    // ... from one reading of the sentence: it was read again for each pair (300 readings of 3,000 characters).
    expect(parse.mock.calls.length).toBeLessThanOrEqual(1);
    // Another sentence of that length is read afresh, never given the first one's days.
    const other = sentence.replace('on Monday', 'on Friday');
    expect(meetingDate(other, '2012-03-07T10:00:00Z')?.date).toBe('2012-03-02');
  });

  it('is decided keeping no candidate\'s features: they are scored and let go', () => {
    const people = ['Smith', ...names.slice(0, 40)].map((name) => ({ id: name, name, mentions: [{ start: sentence.indexOf(name), end: sentence.indexOf(name) + name.length, text: name }] }));
    const model = deserializeMeetingModel({ labels: ['met', 'planned', 'negated', 'remote', 'none'], margin: 0, candidates: 'both', weights: { 'W:bias': [1, 0, 0, 0, 0] } });
    const decided = decidePairs(model, splitSentences(sentence), people);
    expect(decided.length).toBeGreaterThan(40);
    expect(decided.every((d) => d.label === 'met' && !('features' in d.candidate))).toBe(true);
  });
});
