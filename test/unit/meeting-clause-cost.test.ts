import { describe, expect, it } from 'vitest';
import { clauseFeatures } from '../../src/extract/meetings/clause-features.js';
import { loadCues, type CueClasses } from '../../src/extract/meetings/cues.js';

/** The cue words, counting how often a word is looked up in them. */
function countingCues(): { cues: CueClasses; lookups: () => number } {
  let n = 0;
  const base = loadCues();
  const cues = new Map(base);
  const get = cues.get.bind(cues);
  cues.get = (w: string) => {
    n++;
    return get(w);
  };
  return { cues, lookups: () => n };
}

/** The trigger feature of the pair X, Y (one token each) in a space-separated sentence. */
function trigger(sentence: string): string {
  const lower = sentence.toLowerCase().split(' ');
  const x = lower.indexOf('x');
  const y = lower.indexOf('y');
  return clauseFeatures(lower, x, x, y, y, loadCues()).find((f) => f.startsWith('trig:'))!;
}

describe('the trigger of a meeting candidate', () => {
  it('is the last one between the two, else the first after in the clause, else the last before', () => {
    expect(trigger('X met and greeted Y .')).toBe('trig:greet@B');
    expect(trigger('X and Y met on Monday and held talks .')).toBe('trig:meet@R');
    expect(trigger('at the talks X and Y smiled .')).toBe('trig:talk@L');
  });

  it('is not looked for past a clause end, on either side', () => {
    expect(trigger('X and Y said . they met .')).toBe('trig:none');
    expect(trigger('they met . X and Y smiled .')).toBe('trig:none');
    // "told" ends the clause: a clause end is no trigger after or before the two, whatever its cue class.
    expect(trigger('X and Y told reporters')).toBe('trig:none');
  });

  it('costs the same per pair however long the clause is: the window is indexed once, not scanned per pair', () => {
    // One window of 4,000 capitalised words without a clause end or a trigger (a run of names), 2,000 pairs in it.
    const lower = Array.from({ length: 4000 }, (_, i) => `name${i}`);
    const { cues, lookups } = countingCues();
    for (let i = 0; i + 3 < 4000; i += 2) clauseFeatures(lower, i, i, i + 3, i + 3, cues);
    // Scanning to the clause's ends for each pair looks up about 4,000 words per pair (8 million in all).
    expect(lookups()).toBeLessThan(3 * 4000);
  });
});
