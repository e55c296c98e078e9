/**
 * Clause boundaries inside a sentence (semicolons, dashes, quotes, "but", ", which" ...) and
 * token windows: the span a cue must lie in to bear on a trigger.
 */
import type { Span } from '../../types.js';
import type { Ctx } from './mentions.js';

/** Clause boundaries: cues on the far side of one do not apply. */
export const CLAUSE_BOUNDARY = /;|\s--\s|\s-\s|:\s|["“”]|\(|\)|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|\band\s+(?=(?:he|she|they|it)\b)|,\s+(?:and|which|where)\b/gi;

/** Start of the clause holding `pos`, within the sentence. */
export function clauseStart(ctx: Ctx, sent: Span, pos: number): number {
  const s = ctx.text.slice(sent.start, pos);
  let start = 0;
  for (const m of s.matchAll(CLAUSE_BOUNDARY)) start = m.index! + m[0].length;
  return sent.start + start;
}

/** End of the clause holding `pos`: the next clause boundary or comma, else the sentence's end. */
export function clauseEnd(ctx: Ctx, sent: Span, pos: number): number {
  const s = ctx.text.slice(pos, sent.end);
  CLAUSE_BOUNDARY.lastIndex = 0;
  const m = new RegExp(CLAUSE_BOUNDARY.source + '|,', 'gi').exec(s);
  return m ? pos + m.index : sent.end;
}

/** The last `n` whitespace-separated tokens of `s`, joined by single spaces. */
export function lastTokens(s: string, n: number): string {
  const toks = s.split(/\s+/).filter(Boolean);
  return toks.slice(-n).join(' ');
}

/** The first `n` whitespace-separated tokens of `s`, joined by single spaces. */
export function firstTokens(s: string, n: number): string {
  return s.split(/\s+/).filter(Boolean).slice(0, n).join(' ');
}
