import { describe, expect, it } from 'vitest';
import { clauseFeatures, lemmaOf } from '../../src/extract/meetings/clause-features.js';
import { loadCues } from '../../src/extract/meetings/cues.js';
import { candidates } from '../../src/extract/meetings/decode.js';
import { splitSentences } from '../../src/extract/tokenize.js';
import type { PersonRef } from '../../src/extract/types.js';

/** The clause features of the pair named X and Y (one token each) in a space-separated sentence. */
function features(sentence: string): string[] {
  const lower = sentence.toLowerCase().split(' ');
  const x = lower.indexOf('x');
  const y = lower.indexOf('y');
  return clauseFeatures(lower, x, x, y, y, loadCues());
}

describe('clause features of a meeting candidate', () => {
  it('gives the trigger its lemma, so every form of a verb teaches the same weight', () => {
    expect(lemmaOf('met')).toBe('meet');
    expect(lemmaOf('hosted')).toBe('host');
    expect(features('X met Y on Monday .')).toContain('trig:meet@B');
    expect(features('X meets Y on Monday .')).toContain('trig:meet@B');
  });

  it('tells joint subjects of a meeting verb ("X and Y held talks")', () => {
    const f = features('X and Y held talks in Paris .');
    expect(f).toEqual(expect.arrayContaining(['clause:subjects', 'clause:subjects:talk', 'trig:light']));
    // Joined, but the meeting is someone else's, after the clause ends.
    expect(features('X and Y said . Z held talks .')).not.toContain('clause:subjects');
  });

  it('tells the object of a meeting verb ("X received Y", "X held talks with Y")', () => {
    expect(features('X received Y at the palace .')).toEqual(expect.arrayContaining(['clause:object', 'clause:object:receive']));
    expect(features('X held talks with Y .')).toEqual(expect.arrayContaining(['clause:object', 'clause:with']));
    // A comma between the verb and the second name: the second is not its object.
    expect(features('X met reporters , and Y left .')).not.toContain('clause:object');
  });

  it('reads negation, modality and the future that govern the trigger', () => {
    expect(features('X did not meet Y .')).toContain('trig:scope:negation');
    expect(features('X will meet Y next week .')).toContain('trig:scope:modal');
    expect(features('X met Y .')).not.toContain('trig:scope:negation');
    expect(features('X praised Y .')).toEqual(['trig:none']);
  });

  it('gives the object only to a first name in the sentence of the trigger, up to a title away, and not across a new clause', () => {
    // Before: any earlier mention got it, even in the sentence before ("X left. Z met Y").
    expect(features('X attended . Z was to meet Y .')).not.toContain('clause:object');
    expect(features('X said he met Y .')).toContain('clause:object');
    // A title between the trigger and the name: "met with Boeing commercial plane unit chief Y".
    expect(features('X met with Boeing commercial plane unit chief Y .')).toEqual(expect.arrayContaining(['clause:object', 'clause:object:meet']));
    // "X told a news conference that Y ...": Y is not the conference's object.
    expect(features('X told a news conference that Y won .')).not.toContain('clause:object');
  });

  it('reaches anchored candidates of one sentence too', () => {
    const text = 'Obama received Vladimir Putin at the White House on Monday.';
    const people: PersonRef[] = ['Obama', 'Vladimir Putin'].map((name) => ({ id: name, name, mentions: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name }] }));
    const [anchored] = candidates(splitSentences(text), people, 'anchor');
    expect(anchored.features).toEqual(expect.arrayContaining(['trig:receive@B', 'clause:object', 'clause:object:receive']));
  });
});
