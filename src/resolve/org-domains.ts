/**
 * Companies named by their web address ("CareerBuilder.com", "TrueCar.com", "Amazon.com Inc"): a capitalised
 * name with ".com" right after it is a company's, whatever the tagger made of it. A span the tagger ended before
 * ".com" ("TrueCar", "Hulu" as MISC) takes it in as an organization, and a name in ".com" it did not tag at all
 * ("HotJobs.com", "SimplyHired.com") becomes one. Not an address in lower case or inside a URL or an e-mail address
 * ("www.reuters.com", "help@acme.com").
 */
import { SpanSet } from '../extract/intervals.js';
import type { EntitySpan } from '../extract/types.js';

/** A capitalised name ending in ".com", not inside a URL, an e-mail address or a longer word. */
const DOMAIN_NAME = /(?<![\p{L}\p{N}.@/:-])\p{Lu}[\p{L}\p{N}-]*\.com(?![\p{L}\p{N}])/gu;

export function withDomainNames(text: string, spans: EntitySpan[]): EntitySpan[] {
  if (!text.includes('.com')) return spans;
  const out = spans.map((e) => {
    // "TrueCar" + ".com": the tagger's span, any kind, ends right before the address's ".com".
    if (!/^\.com(?![\p{L}\p{N}])/u.test(text.slice(e.end, e.end + 5)) || !/^\p{Lu}/u.test(e.text)) return e;
    return { start: e.start, end: e.end + 4, text: text.slice(e.start, e.end + 4), label: 'ORG' as const };
  });
  const added: EntitySpan[] = [];
  const taken = new SpanSet(out);
  for (const m of text.matchAll(DOMAIN_NAME)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (taken.overlaps(start, end)) continue;
    added.push({ start, end, text: m[0], label: 'ORG' });
  }
  return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.start - b.start);
}
