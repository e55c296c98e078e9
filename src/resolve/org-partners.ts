/**
 * Firms named after their partners ("Friedman, Billings, Ramsey & Co", "Skadden, Arps, Slate, Meagher & Flom LLP",
 * "Tudor, Pickering, Holt & Co"): a tagged organization with "&" in its name takes in the comma-joined surnames
 * written right before it, whatever the tagger made of them ("Friedman" a person, "Skadden, Arps" a firm of its
 * own). A word before the surnames in capitals stops it ("New York, Smith & Co" is no firm "York, Smith & Co"),
 * and so does a piece that is a place, a day or a month, a curated organization or a name the corpus mostly tags
 * as an organization or a place: "Citigroup, JPMorgan Chase & Co" lists two banks. A name the corpus lexicon tags whole as an
 * organization's is one firm whatever its pieces ("Keefe, Bruyette & Woods": the corpus also tags "Keefe" alone).
 */
import { canonicalOrganization } from '../extract/organizations.js';
import { countryOfSurface } from '../extract/countries/gazetteer.js';
import { corpusLabel, mostlyLabelled, type Lexicon } from './corpus-lexicon.js';
import type { EntitySpan } from '../extract/types.js';
import { SpanSet } from '../extract/intervals.js';

/** Comma-joined capitalised single words right before a name ("Friedman, Billings, "). */
const PIECES = /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{L}'’-]*,[^\S\n]+)+$/u;
/** The corpus tags a word mostly as an organization or a place when that kind has this share of at least this many tagged occurrences. */
const MOSTLY_SHARE = 0.5;
const MOSTLY_MIN = 20;

function partnerName(word: string, lex: Lexicon, calendar: ReadonlySet<string>): boolean {
  if (calendar.has(word) || word === 'May' || canonicalOrganization(word) || countryOfSurface(word)) return false;
  return !mostlyLabelled(lex, word, ['ORG', 'LOC'], MOSTLY_SHARE, MOSTLY_MIN);
}

/** A word the corpus tags as a person or an organization at least MOSTLY_MIN / 4 times. */
function taggedName(word: string, lex: Lexicon): boolean {
  const c = corpusLabel(lex, word);
  return !!c && (c.label === 'PER' || c.label === 'ORG') && c.total >= MOSTLY_MIN / 4;
}

/** The corpus tags a whole partners' name an organization at least this many times in this many articles. */
const WHOLE_MIN = 5;
const WHOLE_DOCS = 3;

/** Whether the corpus tags the whole name, partners and firm, as an organization's (its lexicon keys are tokens joined by spaces). */
function recursWhole(pieces: readonly string[], firm: string, lex: Lexicon): boolean {
  const c = corpusLabel(lex, `${pieces.join(' , ')} , ${firm.trim()}`);
  return !!c && c.label === 'ORG' && c.total >= WHOLE_MIN && c.counts.docs >= WHOLE_DOCS;
}

/** Where the partners' surnames before an "&" firm start, or undefined. */
function partnersStart(text: string, e: EntitySpan, lex: Lexicon, calendar: ReadonlySet<string>): number | undefined {
  if (e.label !== 'ORG' || !/\s&\s/.test(e.text)) return undefined;
  const before = text.slice(Math.max(0, e.start - 160), e.start);
  const m = PIECES.exec(before);
  if (!m) return undefined;
  const pieces = m[0].split(',').map((p) => p.trim()).filter((p) => p !== '');
  const start = e.start - (before.length - m.index);
  // The corpus writes the whole name as a firm's ("Keefe, Bruyette & Woods", though it tags "Keefe" alone too).
  if (recursWhole(pieces, e.text, lex)) return start;
  if (!pieces.every((p) => partnerName(p, lex, calendar))) return undefined;
  const prev = /(\S+)\s*$/.exec(before.slice(0, m.index));
  if (prev && /^\p{Lu}/u.test(prev[1]) && !/[.:;!?]$/.test(prev[1])) return undefined;
  // At a sentence's start the first capitalised word may be any word ("However, Johnson & Johnson said"): there the
  // partners must be at least two and the first a name the corpus tags as a person or an organization. A quotation
  // closed on a comma ('quarter," Monness, Crespi, Hardt & Co analyst ... said') goes on with its speaker: no start.
  if ((!prev || (/[.:;!?"”]$/.test(prev[1]) && !/,["”]$/.test(prev[1]))) && !(pieces.length >= 2 && taggedName(pieces[0], lex))) return undefined;
  return start;
}

/**
 * The spans with each "&" firm's partners taken into its name. `calendar`: the words that are no partner's name, the
 * days and months ('endWords' of data/ner/org-spans.json, which the caller, org-spans.ts, reads; "May" is added here).
 */
export function withPartnerNames(text: string, spans: EntitySpan[], lex: Lexicon, calendar: ReadonlySet<string>): EntitySpan[] {
  if (!text.includes('&')) return spans;
  const firms: EntitySpan[] = [];
  for (const e of spans) {
    const start = partnersStart(text, e, lex, calendar);
    if (start !== undefined) firms.push({ start, end: e.end, text: text.slice(start, e.end), label: 'ORG' });
  }
  if (firms.length === 0) return spans;
  const set = new SpanSet(firms);
  return [...spans.filter((e) => !set.contains(e.start, e.end)), ...firms].sort((a, b) => a.start - b.start);
}
