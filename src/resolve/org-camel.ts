/**
 * Companies whose names begin in lower case ("comScore", "eBay", "eMarketer", "iVillage Inc."): the tagger, which reads a
 * capital as a name's first sign, leaves them untagged. A word written so (one to three lower-case letters, then a
 * capital: "comScore", "iFixit") is an organization in every one of its article's mentions where the article gives it a
 * company's context once ("according to research firm comScore", "iVillage Inc.", "eSpeed ESPD.O"; org-context.ts's
 * cues), unless the article also writes it as a thing: after "the", "a" or "an", or in the plural ("the iPod", "iPhones").
 * A mention right after a tagged name is part of a longer name ("IHS iSuppli") and is left to it.
 */
import { SpanSet } from '../extract/intervals.js';
import type { EntitySpan } from '../extract/types.js';
import { firmContext } from './org-context.js';
import { isLegalSuffixWord } from './legal-suffixes.js';

const CAMEL = /(?<![\p{L}\p{N}.@/:_-])\p{Ll}{1,3}\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}@]|\.(?:com|net|org)\b)/gu;

export function withCamelCaseFirms(text: string, spans: EntitySpan[]): EntitySpan[] {
  const found = new Map<string, Array<{ start: number; end: number }>>();
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
    if (!at.some((a) => firmContext(text, a.start, a.end))) continue;
    if (found.has(`${word}s`) || at.some((a) => /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, a.start - 5), a.start)))) continue;
    for (const a of at) {
      const gap = /\s+$/.exec(text.slice(Math.max(0, a.start - 4), a.start));
      if (taken.overlaps(a.start, a.end) || (gap && nameEnds.has(a.start - gap[0].length))) continue;
      // Its legal suffix with it: "comScore Inc.".
      const suffix = /^\s+(\S+)/.exec(text.slice(a.end, a.end + 12));
      const end = suffix && isLegalSuffixWord(suffix[1].replace(/[,;:]$/, '')) ? a.end + suffix[0].replace(/[,;:]$/, '').length : a.end;
      added.push({ start: a.start, end, text: text.slice(a.start, end), label: 'ORG' });
    }
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}
