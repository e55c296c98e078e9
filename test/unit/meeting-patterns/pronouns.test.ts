// he/she as a side of a meeting: resolution within the sentence or to the previous one, with a gender check.
import { describe, expect, it } from 'vitest';
import { resolvePronoun } from '../../../src/extract/meetings/patterns/pronouns.js';
import { at, context } from './fixture.js';

function resolve(text: string, names: string[], pronoun: string): string | undefined {
  const ctx = context(text, names);
  const pos = at(text, pronoun);
  const si = ctx.sentences.findIndex((s) => s.start <= pos && pos < s.end);
  return resolvePronoun(ctx, si, pos, pronoun.toLowerCase().trim() as 'he' | 'she');
}

describe('resolvePronoun', () => {
  it('the reporting subject of the same sentence: "Merkel said she and Sarkozy discussed"', () => {
    expect(resolve('Merkel said she and Sarkozy also discussed Iran.', ['Angela Merkel', 'Nicolas Sarkozy'], 'she ')).toBe('Angela Merkel');
  });
  it('"she" never resolves to a man, nor "he" to a woman', () => {
    expect(resolve('Sarkozy said she and Merkel also discussed Iran.', ['Nicolas Sarkozy', 'Angela Merkel'], 'she ')).toBeUndefined();
    expect(resolve('Merkel said he and Sarkozy also discussed Iran.', ['Angela Merkel', 'Nicolas Sarkozy'], 'he ')).toBeUndefined();
  });
  it('the only subject before it: "Brown backed the plan when he held talks with Bush"', () => {
    expect(resolve('Brown backed the rescue plan when he held talks with George Bush.', ['Gordon Brown', 'George Bush'], 'he ')).toBe('Gordon Brown');
  });
  it('the first person of the previous sentence', () => {
    expect(resolve('Clinton arrived in Moscow on Monday.\nShe met Lavrov at the ministry.', ['Hillary Clinton', 'Sergei Lavrov'], 'She ')).toBe('Hillary Clinton');
  });
  it('two people before it in the sentence: ambiguous, no answer', () => {
    expect(resolve('Obama praised Sarkozy before he met Hu Jintao.', ['Barack Obama', 'Nicolas Sarkozy', 'Hu Jintao'], 'he ')).toBeUndefined();
  });
  it('nobody in this or the two previous sentences: no answer', () => {
    expect(resolve('Markets fell.\nBonds rose.\nOil slipped.\nHe met Lavrov.', ['Sergei Lavrov', 'Hillary Clinton'], 'He ')).toBeUndefined();
  });
});
