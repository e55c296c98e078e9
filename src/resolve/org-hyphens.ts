/**
 * A firm's name joined by a hyphen to a word about it, which the tagger reads as one name of another kind:
 * "ex-Goldman" and "post-Enron" (a prefix before the name: data/ner/org-spans.json, hyphenPrefixes), "EADS-owned
 * Airbus" (an owner's name before "-owned", "-backed": ownerWords). The firm's name alone is an organization there
 * when the corpus lexicon confidently tags it one; the rest of the span is dropped, or, after an owner's word, is
 * an organization of its own when the lexicon says so too ("Airbus"). Not a country or a person ("U.S.-backed",
 * "ex-Obama": the lexicon's label is not ORG), nor a word in lower case ("state-owned").
 */
import { confidentLabel, type Lexicon } from './corpus-lexicon.js';
import type { EntitySpan } from '../extract/types.js';

export interface HyphenWords {
  hyphenPrefixes: readonly string[];
  ownerWords: readonly string[];
}

const orgSpan = (text: string, start: number, end: number): EntitySpan => ({ start, end, text: text.slice(start, end), label: 'ORG' });

export function withHyphenedFirms(text: string, spans: EntitySpan[], lex: Lexicon, w: HyphenWords): EntitySpan[] {
  const prefix = new RegExp(`^(?:${w.hyphenPrefixes.join('|')})-(?=\\p{Lu})`, 'iu');
  const owner = new RegExp(`^(\\p{Lu}[\\p{L}\\p{N}&.]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.]*)*)-(?:${w.ownerWords.join('|')})\\s+(?=\\p{Lu})`, 'u');
  const isFirm = (name: string) => confidentLabel(lex, name) === 'ORG';
  let changed = false;
  const out = spans.flatMap((e): EntitySpan[] => {
    if (e.label === 'ORG' || e.label === 'PER') return [e];
    const p = prefix.exec(e.text);
    if (p && isFirm(e.text.slice(p[0].length))) {
      changed = true;
      return [orgSpan(text, e.start + p[0].length, nameEnd(text, e.start + p[0].length, e.end, isFirm))];
    }
    const m = owner.exec(e.text);
    if (!m || !isFirm(m[1])) return [e];
    changed = true;
    const rest = e.text.slice(m[0].length);
    const owned = isFirm(rest) ? [orgSpan(text, e.start + m[0].length, e.end)] : [];
    return [orgSpan(text, e.start, e.start + m[1].length), ...owned];
  });
  return changed ? out : spans;
}

/**
 * Where the tagger cut the name at the hyphenated span's end ("ex-Goldman" + "Sachs chief"), the longest run of up to
 * two capitalised words after it that still makes a name the lexicon tags an organization ("Goldman Sachs").
 */
function nameEnd(text: string, start: number, end: number, isFirm: (name: string) => boolean): number {
  const after = /^(\s+\p{Lu}[\p{L}\p{N}&.]*)(\s+\p{Lu}[\p{L}\p{N}&.]*)?/u.exec(text.slice(end, end + 60));
  if (!after) return end;
  const two = end + after[0].length;
  const one = end + after[1].length;
  if (after[2] && isFirm(text.slice(start, two))) return two;
  return isFirm(text.slice(start, one)) ? one : end;
}
