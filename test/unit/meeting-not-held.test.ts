import { describe, expect, it } from 'vitest';
import { venueNotHeld } from '../../src/extract/meetings/not-held.js';
import { splitSentences } from '../../src/extract/tokenize.js';

/** Whether the clause of `place` in `sentence` reports its meeting as not held. */
const notHeld = (sentence: string, place: string) => venueNotHeld(splitSentences(sentence)[0], sentence.indexOf(place));

describe('a venue whose meeting is not held', () => {
  it('is one the words before it in its clause put ahead, call for, propose, agree or deny', () => {
    expect(notHeld('Ministers met on Tuesday ahead of a summit in Paris.', 'Paris')).toBe(true);
    expect(notHeld('Smith called for an emergency summit in Paris.', 'Paris')).toBe(true);
    expect(notHeld('Leaders agreed to meet again at a summit in Paris.', 'Paris')).toBe(true);
    expect(notHeld('Brown proposed a conference in Paris to settle the dispute.', 'Paris')).toBe(true);
    expect(notHeld("Brown didn't attend the summit in Paris.", 'Paris')).toBe(true);
    expect(notHeld('Brown refused to attend the summit in Paris.', 'Paris')).toBe(true);
  });

  it('is one the words after it in its clause cancel or put off', () => {
    expect(notHeld('A summit in Paris was cancelled on Tuesday.', 'Paris')).toBe(true);
    expect(notHeld('Talks in Geneva have been postponed until May.', 'Geneva')).toBe(true);
    expect(notHeld('The meeting in Geneva was called off.', 'Geneva')).toBe(true);
  });

  it('is not one held, whatever another clause says or how it ended', () => {
    expect(notHeld('Leaders met at a summit in Paris on Tuesday.', 'Paris')).toBe(false);
    expect(notHeld('A summit in Paris ended without agreement.', 'Paris')).toBe(false);
    expect(notHeld('A summit in Paris ended on Tuesday, but a second was postponed.', 'Paris')).toBe(false);
    expect(notHeld('Although Smith had refused to come, leaders met at a summit in Paris.', 'Paris')).toBe(false);
    expect(notHeld('Leaders met at a summit in Paris, before flying home.', 'Paris')).toBe(false);
    // A whole word only: "beforehand" is no "before", "notable" no "not".
    expect(notHeld('Leaders met beforehand at a notable summit in Paris.', 'Paris')).toBe(false);
  });
});
