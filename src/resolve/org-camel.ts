/**
 * Companies whose names begin in lower case ("comScore", "eBay", "eMarketer", "iVillage Inc."): the tagger, which reads a
 * capital as a name's first sign, leaves them untagged. A word written so (one to three lower-case letters, then a
 * capital: "comScore", "iFixit") is an organization in every one of its article's mentions where the article gives it a
 * company's context once (org-context.ts's cues: "according to research firm comScore", "iVillage Inc.", "eSpeed
 * ESPD.O"). A cue before the word does not count where the word modifies a lower-case noun after it ("head of iPhone
 * marketing"; data/ner/org-context.json, wordsAfterName). The article writes it as a thing, and it is no firm there, when
 * it stands after "the", "a" or "an" or after a possessive ("the iPod", "Apple's iPhone"), in the plural ("iPhones") or
 * before "maker" ("iPod and iPhone maker Apple", "iPhone-maker": makerWordsAfter); unless a legal suffix or a ticker
 * follows one of its mentions ("eBay Inc", "eBay EBAY.O"), which makes it a firm whatever else.
 * A mention right after a tagged name is part of a longer name ("IHS iSuppli") and is left to it.
 */
import { SpanSet } from '../extract/intervals.js';
import type { EntitySpan } from '../extract/types.js';
import { firmContext, firmContextAfter, nameFollowers } from './org-context.js';
import { isLegalSuffixWord } from './legal-suffixes.js';
import { TICKER_CODE } from '../article/instrument-codes.js';

const CAMEL = /(?<![\p{L}\p{N}.@/:_-])\p{Ll}{1,3}\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}@]|\.(?:com|net|org)\b)/gu;
const TICKER = new RegExp(String.raw`^(?:['’]s)?[^\S\n]*\(?${TICKER_CODE}(?=[\s,;:)]|$)`, 'u');

interface At { start: number; end: number }

/** The legal suffix written right after a mention, on its line ("comScore Inc."), without a comma after it. */
function suffixAfter(text: string, a: At): string | undefined {
  const m = /^[^\S\n]+(\S+)/.exec(text.slice(a.end, a.end + 12));
  const s = m?.[0].replace(/[,;:]$/, '');
  return s && isLegalSuffixWord(s.trim()) ? s : undefined;
}

/** The lower-case word right after a mention, across a space or a hyphen ("iPhone marketing", "iPhone-maker"). */
const nextWord = (text: string, a: At) => /^(?:-|[^\S\n]+)(\p{Ll}+)\b/u.exec(text.slice(a.end, a.end + 30))?.[1];

/** Written as a thing: "the iPod", "Apple's iPhone", "iPod and iPhone maker". */
function thingUse(text: string, a: At): boolean {
  if (/(?:\b(?:the|a|an)|\p{L}['’]s?)\s+$/iu.test(text.slice(Math.max(0, a.start - 8), a.start))) return true;
  const m = /^(?:(?:,|[^\S\n]+and|[^\S\n]+or)[^\S\n]+\S+)?(?:-|[^\S\n]+)(\p{Ll}+)\b/u.exec(text.slice(a.end, a.end + 40));
  return !!m && nameFollowers().makers.has(m[1]);
}

/** A firm's cue that counts: after the name, or before it where the name does not modify a lower-case noun. */
function firmCue(text: string, a: At): boolean {
  if (firmContextAfter(text, a.end)) return true;
  if (!firmContext(text, a.start, a.end)) return false;
  const next = nextWord(text, a);
  return next === undefined || next.endsWith('ed') || nameFollowers().wordsAfterName.has(next);
}

export function withCamelCaseFirms(text: string, spans: EntitySpan[]): EntitySpan[] {
  const found = new Map<string, At[]>();
  for (const m of text.matchAll(CAMEL)) {
    const list = found.get(m[0]) ?? [];
    list.push({ start: m.index!, end: m.index! + m[0].length });
    found.set(m[0], list);
  }
  if (found.size === 0) return spans;
  const taken = new SpanSet(spans);
  const nameEnds = new Set(spans.map((e) => e.end));
  const added: EntitySpan[] = [];
  for (const [word, at] of found) {
    const named = at.some((a) => suffixAfter(text, a) !== undefined || TICKER.test(text.slice(a.end, a.end + 16)));
    if (!named && (!at.some((a) => firmCue(text, a)) || found.has(`${word}s`) || at.some((a) => thingUse(text, a)))) continue;
    for (const a of at) {
      const gap = /\s+$/.exec(text.slice(Math.max(0, a.start - 4), a.start));
      if (taken.overlaps(a.start, a.end) || (gap && nameEnds.has(a.start - gap[0].length))) continue;
      // Its legal suffix with it: "comScore Inc.".
      const end = a.end + (suffixAfter(text, a)?.length ?? 0);
      added.push({ start: a.start, end, text: text.slice(a.start, end), label: 'ORG' });
    }
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}
