/**
 * he/she as a meeting's side: resolved to the reporting subject of the same sentence ("Merkel
 * said she and Sarkozy discussed"), the sentence's only subject, or the first person of the
 * previous sentence, with a check on known female first names.
 */
import { type Ctx, isPossessive, isPrepositional, isSentenceSubject, mentionsWithin } from './mentions.js';
import { FEMALE_FIRST_NAMES } from './words.js';

/**
 * he/she -> a person: the reporting subject of the same sentence ("Merkel said
 * she and Sarkozy discussed"), else the first person of the previous sentence
 * (two back at most). A "she" needs a known female first name; a "he" must not have one.
 */
export function resolvePronoun(ctx: Ctx, si: number, pos: number, pron: 'he' | 'she'): string | undefined {
  const sent = ctx.sentences[si];
  const fits = (name: string) => {
    const first = name.split(/\s+/)[0].toLowerCase();
    return pron === 'she' ? FEMALE_FIRST_NAMES.has(first) : !FEMALE_FIRST_NAMES.has(first);
  };
  const before = mentionsWithin(ctx, sent.start, pos);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k];
    const gap = ctx.text.slice(m.end, pos);
    if (/^\s*(?:,[^,]{0,80},\s*)?(?:said|says|told\s+[^,]{0,40}|added|noted|stated|insisted|stressed|explained|acknowledged|confirmed)\s+(?:that\s+|on\s+\w+\s+|\w+day\s+)?$/i.test(gap)) {
      return fits(m.name) && !isPossessive(ctx.text, m) ? m.name : undefined;
    }
  }
  // "Brown backed the plan when he held talks with Bush": one person before,
  // the sentence's subject, is the antecedent; two or more are ambiguous
  const plain = before.filter((m) => !isPossessive(ctx.text, m) && !isPrepositional(ctx, sent, m));
  if (plain.length > 0 && before.every((m) => !isPossessive(ctx.text, m)) && new Set(plain.map((m) => m.name)).size === 1 && isSentenceSubject(ctx, sent, plain[0])) {
    return fits(plain[0].name) ? plain[0].name : undefined;
  }
  if (before.length > 0) return undefined; // another person in the sentence: ambiguous
  for (let back = 1; back <= 2 && si - back >= 0; back++) {
    const prev = ctx.sentences[si - back];
    const ms = mentionsWithin(ctx, prev.start, prev.end).filter((m) => !isPossessive(ctx.text, m));
    if (ms.length === 0) continue;
    return fits(ms[0].name) ? ms[0].name : undefined;
  }
  return undefined;
}
