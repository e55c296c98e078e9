// Clause boundaries and token windows of the pattern finder.
import { describe, expect, it } from 'vitest';
import { clauseEnd, clauseStart, firstTokens, lastTokens } from '../../../src/extract/meetings/patterns/clauses.js';
import { at, context } from './fixture.js';

describe('clauses', () => {
  const text = 'Merkel had hoped to see Putin, but Sarkozy met Lavrov in Paris; the talks ended late.';
  const ctx = context(text, ['Angela Merkel', 'Vladimir Putin', 'Nicolas Sarkozy', 'Sergei Lavrov']);
  const sent = ctx.sentences[0];

  it('a clause starts after "but" and ends at the semicolon', () => {
    const met = at(text, 'met Lavrov');
    expect(text.slice(clauseStart(ctx, sent, met))).toMatch(/^ Sarkozy met/);
    expect(text.slice(met, clauseEnd(ctx, sent, met))).toBe('met Lavrov in Paris');
  });
  it('with no boundary before, the clause is the sentence so far', () => {
    expect(clauseStart(ctx, sent, at(text, 'hoped'))).toBe(sent.start);
  });
  it('a plain comma ends a clause going forward', () => {
    const pos = at(text, 'to see');
    expect(text.slice(pos, clauseEnd(ctx, sent, pos))).toBe('to see Putin');
  });
  it('token windows: the last and first n tokens', () => {
    expect(lastTokens('Clinton  did not  meet', 2)).toBe('not meet');
    expect(firstTokens(' Lavrov next week in Moscow', 3)).toBe('Lavrov next week');
    expect(lastTokens('', 3)).toBe('');
  });
});
