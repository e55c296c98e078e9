/**
 * A firm's name joined by a hyphen to a word about it, which the tagger reads as one name, of another kind or with the
 * word in it: "ex-Goldman", "post-Enron", "Ex-Siemens" (a prefix before the name: data/ner/org-spans.json,
 * hyphenPrefixes, in any case), "EADS-owned Airbus" (an owner's name before "-owned", "-led" and a capitalised
 * name: ownerWords; not a span that ends at the owner's word, "Conservative-led"). The firm's name alone is an organization there when the corpus lexicon confidently tags it one and it is
 * no term or non-name ("pre-IPO": data/ner/term-acronyms.json, org-spans.json notNames). After a prefix the rest of the
 * span is dropped; a span the tagger already called an organization is cut so only where its whole is no name the
 * lexicon knows ("Ex-Im Bank", "Post-Gazette" stay). After an owner's word the rest keeps the span's own label
 * ("Pentagon-run Guantanamo Bay": a place), or is an organization of its own when the lexicon says so ("Airbus").
 * Not a country or a person ("U.S.-backed", "ex-Obama": the lexicon's label is not ORG), nor a name in lower case
 * ("state-owned", "ex-goldman").
 */
import { confidentLabel, corpusLabel, type Lexicon } from './corpus-lexicon.js';
import { SpanSet } from '../extract/intervals.js';
import type { EntitySpan } from '../extract/types.js';

export interface HyphenWords {
  hyphenPrefixes: readonly string[];
  ownerWords: readonly string[];
  /** Names that are no organization's, whatever the lexicon says ("IPO"). */
  notNames: ReadonlySet<string>;
}

const PATTERNS = new WeakMap<HyphenWords, { prefix: RegExp; owner: RegExp }>();

function patterns(w: HyphenWords) {
  let p = PATTERNS.get(w);
  if (!p) {
    p = {
      prefix: new RegExp(`^(?:${w.hyphenPrefixes.join('|')})-(?=\\p{Lu})`, 'u'),
      owner: new RegExp(`^(\\p{Lu}[\\p{L}\\p{N}&.]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.]*)*)-(?:${w.ownerWords.join('|')})\\s+(?=\\p{Lu})`, 'u'),
    };
    PATTERNS.set(w, p);
  }
  return p;
}

const sub = (text: string, e: EntitySpan, start: number, end: number, label: EntitySpan['label']): EntitySpan => ({ ...e, start, end, text: text.slice(start, end), label });

export function withHyphenedFirms(text: string, spans: EntitySpan[], lex: Lexicon, w: HyphenWords): EntitySpan[] {
  const { prefix, owner } = patterns(w);
  const isFirm = (name: string) => !w.notNames.has(name) && confidentLabel(lex, name) === 'ORG';
  const taken = new SpanSet(spans);
  let changed = false;
  const out = spans.flatMap((e): EntitySpan[] => {
    if (e.label === 'PER') return [e];
    // The prefix's case apart, the name's capital in the text ("Ex-Siemens", not "ex-goldman").
    const lower = e.text.charAt(0).toLowerCase() + e.text.slice(1);
    const p = prefix.exec(lower);
    if (p && isFirm(e.text.slice(p[0].length)) && (e.label !== 'ORG' || corpusLabel(lex, e.text) === undefined)) {
      changed = true;
      const start = e.start + p[0].length;
      return [sub(text, e, start, nameEnd(text, start, e.end, isFirm, taken), 'ORG')];
    }
    if (e.label === 'ORG') return [e];
    const m = owner.exec(e.text);
    if (!m || !isFirm(m[1])) return [e];
    changed = true;
    const from = e.start + m[0].length;
    const rest = from < e.end ? [sub(text, e, from, e.end, isFirm(text.slice(from, e.end)) ? 'ORG' : e.label)] : [];
    return [sub(text, e, e.start, e.start + m[1].length, 'ORG'), ...rest];
  });
  return changed ? out : spans;
}

/**
 * Where the tagger cut the name at the hyphenated span's end ("ex-Goldman" + "Sachs chief"), the longest run of up to
 * two capitalised words after it, in no other span, that still makes a name the lexicon tags an organization
 * ("Goldman Sachs").
 */
function nameEnd(text: string, start: number, end: number, isFirm: (name: string) => boolean, taken: SpanSet): number {
  const after = /^(\s+\p{Lu}[\p{L}\p{N}&.]*)(\s+\p{Lu}[\p{L}\p{N}&.]*)?/u.exec(text.slice(end, end + 60));
  if (!after) return end;
  const two = end + after[0].length;
  const one = end + after[1].length;
  if (after[2] && !taken.overlaps(end, two) && isFirm(text.slice(start, two))) return two;
  return !taken.overlaps(end, one) && isFirm(text.slice(start, one)) ? one : end;
}
