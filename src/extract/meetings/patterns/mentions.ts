/**
 * The finder's view of an article: person mentions in order, with the tests that say whether
 * a mention can be a participant (not a possessive "Obama's advisers", not attributive "the
 * Bush administration"), and the list of people right after a trigger ("met President Hu
 * Jintao, Vice Premier Wang Qishan and Yang").
 */
import { partitionPoint } from '../../intervals.js';
import { isTitleWord } from '../../titles.js';
import type { PersonRef, Span } from '../../types.js';
import { OBJECT_FILLER_WORDS } from './words.js';

export interface Mention {
  start: number;
  end: number;
  name: string;
}

export interface Ctx {
  text: string;
  sentences: Span[];
  mentions: Mention[]; // sorted, non-overlapping
}

export function collectMentions(people: PersonRef[]): Mention[] {
  const all: Mention[] = [];
  for (const p of people) for (const m of p.mentions) all.push({ start: m.start, end: m.end, name: p.name });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue; // overlapping: keep the earlier, longer one
    out.push(m);
  }
  return out;
}

/**
 * `ctx.mentions.filter((m) => m.start >= from && m.end <= to)`: the mentions are sorted and do not overlap, so
 * their ends are sorted too and the answer is one run of them, found by binary search rather than a scan of the
 * article's every mention (asked once per sentence or cue, a scan makes a long article's cost quadratic).
 */
export function mentionsWithin(ctx: Ctx, from: number, to: number): Mention[] {
  const ms = ctx.mentions;
  const i = partitionPoint(ms, (m) => m.start >= from);
  const j = partitionPoint(ms, (m) => m.end > to);
  return i < j ? ms.slice(i, j) : [];
}

export const POSSESSIVE_AFTER = /^(?:'s?|’s?)(?=\s|$)/;

export function isPossessive(text: string, m: Mention): boolean {
  return POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3));
}

/** A name used as a modifier: "Bush administration officials", "the Obama campaign". */
export const ATTRIBUTIVE_AFTER = /^\s+(?:administration|government|era|years|aides|officials|team|camp|campaign|cabinet|presidency|doctrine|White\s+House|loyalists|supporters|allies)\b/;

export function isAttributive(text: string, m: Mention): boolean {
  return ATTRIBUTIVE_AFTER.test(text.slice(m.end, m.end + 30));
}

/** True if the words between a trigger and a person are only titles, names and the like ("President", "Russia's", "his counterpart"). */
export function isFiller(gap: string, maxTokens = 8): boolean {
  const toks = gap.trim().split(/\s+/).filter(Boolean);
  if (toks.length > maxTokens) return false;
  return toks.every((t) => {
    const w = t.replace(/,$/, '');
    if (/[;:"“”()]/.test(w)) return false;
    if (/^[\p{Lu}]/u.test(w)) return true;
    if (/^(?:'s|’s)$/.test(w)) return true;
    const lw = w.toLowerCase();
    return OBJECT_FILLER_WORDS.has(lw) || isTitleWord(lw);
  });
}

/**
 * People listed from `pos` on: "President Hu Jintao, Vice Premier Wang Qishan
 * and Yang". Stops at anything that is not a list separator plus titles.
 */
export function listAfter(ctx: Ctx, sent: Span, pos: number, maxFirstGap = 8): Mention[] {
  const out: Mention[] = [];
  const inSent = mentionsWithin(ctx, pos, sent.end);
  let cursor = pos;
  for (const m of inSent) {
    const gap = ctx.text.slice(cursor, m.start);
    if (out.length === 0) {
      if (!isFiller(gap, maxFirstGap)) break;
    } else {
      // "A, the commissioner for economic affairs, B and C": an apposition in commas may separate two names
      const sep = /^\s*(?:,\s*(?:(?:the|a|an|his|her|its|their)\s+[^,;:()"“”]{1,70},\s*)?(?:and\s+|as\s+well\s+as\s+)?|\s*and\s+|\s*as\s+well\s+as\s+|\s*&\s+)/.exec(gap);
      if (!sep || !isFiller(gap.slice(sep[0].length), 6)) break;
    }
    if (isPossessive(ctx.text, m) || isAttributive(ctx.text, m)) break;
    out.push(m);
    cursor = m.end;
  }
  return out;
}

export type Subject = { names: string[]; start: number } | undefined;

/** "from Tillerson", "with Y": a person governed by a preposition is not a clause subject. */
export function isPrepositional(ctx: Ctx, sent: Span, m: Mention): boolean {
  const pre = ctx.text.slice(Math.max(sent.start, m.start - 50), m.start);
  return /\b(?:of|to|by|for|from|about|on|against|than|with|between|among|like|under|toward|towards|including|at|after|before)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+|the\s+|his\s+|her\s+|[a-z]+\s+(?=[\p{Lu}]))*$/u.test(pre);
}

/** True if `m` opens its sentence: only titles, capitalized words, a dateline or a quote before it. */
export function isSentenceSubject(ctx: Ctx, sent: Span, m: Mention): boolean {
  const head = ctx.text.slice(sent.start, m.start).replace(/^.*\((?:Reuters|AP|AFP)\)\s*[-–—]\s*/, '');
  return isFiller(head, 8) && !/,/.test(head);
}

/** The mention whose end is at `end` (up to whitespace and a title-free gap). */
export function mentionEndingAt(ctx: Ctx, end: number): Mention | undefined {
  // The first mention followed by nothing but white space up to `end`: one ending inside the white space before it.
  let space = Math.min(end, ctx.text.length);
  while (space > 0 && /\s/.test(ctx.text[space - 1])) space--;
  const m = ctx.mentions[partitionPoint(ctx.mentions, (x) => x.end >= space)];
  return m && m.end <= end ? m : undefined;
}

export interface Candidate {
  names: string[];
  sentence: number;
  pattern: string;
}

export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
