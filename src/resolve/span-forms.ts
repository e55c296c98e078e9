/**
 * What the words around a span say of it, whatever the tagger's type (data/ner/span-forms.json):
 *
 * - A one-word "organization" written before a comma and a country's name, a U.S. state or a region, that ends the
 *   phrase, is a town in its region: "over Lockerbie, Scotland.", "in Ayer, Massachusetts,"; not before a city
 *   ("COMMERZBANK, LONDON"), nor a country its capital is named as ("NOMURA, SINGAPORE"), nor in a speaker's label
 *   (a line of capitals, or a place before a quote: "Thomas Lam, economist, OSK-DMG, Singapore \"..."), nor before a
 *   possessive ("Nomura, Japan's biggest brokerage"); nor in a list (after a comma or "and", or before ", <name>":
 *   "Enel, Italy, Iberdrola, Spain, and Kelag, Austria"), nor a name the corpus lexicon confidently types an
 *   organization ("Toyota, Japan.") or the article writes as a firm's ("Zorbex shares", "chief executive of Zorbex").
 *   Decided once per name: every mention of the town is the place.
 * - A dateline, a line of names and commas ending in a date, names places: "CINCINNATI 1996-08-31"; a curated
 *   organization keeps its type ("UNITED NATIONS 1996-08-29"). CoNLL only (option `datelines`): the served tokenizer
 *   splits a date ("2013-05-02"), so the rule could never fire there.
 * - A table's "N/A" is no name.
 * - A name written just before an event's head that the tagger left out names the event with it, a year before it
 *   too: "the 1997 Fed Cup", "Atlanta Games", "the Greater Milwaukee Open" (MISC, no organization nor place); the
 *   head ends the name, before no capitalised word ("Microsoft Open Specification Promise", "Honda Open House").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { capitalBearsCountryName, countryOfSurface } from '../extract/countries/gazetteer.js';
import { groupBySentence } from '../extract/intervals.js';
import { canonicalOrganization } from '../extract/organizations.js';
import type { EntitySpan, Sentence } from '../extract/types.js';
import { escapeRegExp, phraseRegExp } from '../article/regex.js';
import { confidentLabel, surfaceKeyOfText, type Lexicon } from './corpus-lexicon.js';
import { isLegalSuffixWord } from './legal-suffixes.js';
import { isStateOrRegion } from './person-context.js';
import { tokenRange } from './spans.js';

interface SpanFormsData {
  notAvailable: string[];
  cityTerritories: string[];
  firmWordsAfter: string[];
  firmWordsBefore: string[];
  eventHeads: string[];
  eventHeadsInCapitals: string[];
}

const DATA_PATH = fileURLToPath(new URL('../../data/ner/span-forms.json', import.meta.url));

/** The file's words as the rules use them, read on first use. */
interface SpanFormsWords {
  eventHeads: ReadonlySet<string>;
  cityTerritories: ReadonlySet<string>;
  firmAfter: RegExp;
  firmBefore: RegExp;
  /** Each cell as written, with or without spaces between its characters ("N / A"), before no letter or digit. */
  notAvailable: RegExp[];
}

let words: SpanFormsWords | undefined;

function load(): SpanFormsWords {
  const raw = JSON.parse(readFileSync(DATA_PATH, 'utf8')) as SpanFormsData;
  return {
    eventHeads: new Set([...raw.eventHeads, ...raw.eventHeadsInCapitals]),
    cityTerritories: new Set(raw.cityTerritories),
    firmAfter: new RegExp(`^\\s+(?:${raw.firmWordsAfter.map(phraseRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u'),
    firmBefore: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${raw.firmWordsBefore.map(phraseRegExp).join('|')})\\s+$`, 'iu'),
    notAvailable: raw.notAvailable.map((cell) => new RegExp(`^${[...cell.replace(/\s+/gu, '')].map(escapeRegExp).join('\\s*')}(?![\\p{L}\\d])`, 'u')),
  };
}

/** Words that list names: a town after one is an item of a list ("Enel, Italy, Iberdrola, Spain, and Kelag, Austria"). */
const LISTING = new Set([',', '/', '&', 'and', 'or']);
const YEAR = /^(?:19|20)\d\d$/u;

/** An ISO date, as a dateline ends: "1996-08-31". */
const DATE = /^\d{4}-\d\d-\d\d$/u;
/** What may follow a place that ends a phrase: nothing, punctuation (not a possessive), or a date. */
const endsPhrase = (w: string | undefined) => w === undefined || /^(?:[.,;:)"”]|--)$/u.test(w) || DATE.test(w);

/**
 * A country by its name ("Scotland", "Moldova"; not by its capital: "London"), a U.S. state or a region ("Massachusetts",
 * "Ontario"); not a country or a territory its city is named as ("Singapore", "Luxembourg", "Hong Kong").
 */
function isRegion(name: string): boolean {
  if (capitalBearsCountryName(name) || (words ??= load()).cityTerritories.has(name)) return false;
  const c = countryOfSurface(name);
  return (c !== undefined && (c.via === 'name' || c.via === 'abbreviation')) || isStateOrRegion(name);
}

/**
 * Whether a place ends a speaker's label, a firm's place in it: the line up to the place written in capitals ("LUIS
 * COSTA, STRATEGIST, COMMERZBANK, LONDON") or a quote right after it ("Thomas Lam, economist, OSK-DMG, Singapore \"...").
 */
function endsSpeakerLabel(text: string, sentence: Sentence, end: number): boolean {
  if (/^\s*[,:-]?\s*["“]/u.test(text.slice(end, end + 8))) return true;
  // A label's line, looked at no further back than a label runs (a line of many names would cost each its length).
  const from = Math.max(sentence.start, end - 300);
  const before = text.slice(from, end);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return /\p{L}/u.test(line) && !/\p{Ll}/u.test(line);
}

/**
 * Whether the article writes a name as a firm's anywhere: before a legal suffix or 'firmWordsAfter' ("Zorbex AG",
 * "Zorbex shares"), after 'firmWordsBefore' ("chief executive of Zorbex", "shares of Zorbex").
 */
export function firmEvidence(text: string, name: string): boolean {
  const w = (words ??= load());
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${phraseRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(at)) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 40);
    const next = /^\s+(\S+)/u.exec(after)?.[1].replace(/[,;:]$/u, '');
    if (w.firmAfter.test(after) || (next !== undefined && isLegalSuffixWord(next))) return true;
    if (w.firmBefore.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}

/** Whether the text at a span reads as a table's "N/A" (the span may hold its first letter only). */
function notAvailableAt(text: string, span: EntitySpan): boolean {
  const here = text.slice(span.start, span.start + 12);
  return (words ??= load()).notAvailable.some((cell) => {
    const m = cell.exec(here);
    return m !== null && span.text.length <= m[0].length;
  });
}

/** A line of names and commas ending in a date: every word before the date inside one of the spans, or a comma. */
function isDateline(sentence: Sentence, spanAt: Int32Array): boolean {
  const toks = sentence.tokens;
  if (!DATE.test(toks[toks.length - 1]?.text ?? '') || toks.length < 2) return false;
  for (let i = 0; i < toks.length - 1; i++) if (toks[i].text !== ',' && spanAt[i] < 0) return false;
  return true;
}

/** Each token's span in the list (its index), or -1: built once per sentence, so no span looks through the others. */
function spansByToken(tokens: number, ranges: ({ first: number; last: number } | null)[]): Int32Array {
  const at = new Int32Array(tokens).fill(-1);
  ranges.forEach((r, k) => {
    if (r) for (let i = r.first; i <= r.last; i++) at[i] = k;
  });
  return at;
}

/**
 * The event a name before an untagged event head names, from a year just before the name to the head ("1997 Fed Cup"),
 * or null.
 */
function eventOf(text: string, sentence: Sentence, r: { first: number; last: number }, tagged: (i: number) => boolean): EntitySpan | null {
  const toks = sentence.tokens;
  const head = toks[r.last + 1];
  if (!head || !(words ??= load()).eventHeads.has(head.text) || tagged(r.last + 1) || head.start - toks[r.last].end !== 1) return null;
  // The head ends the name: not "Microsoft Open Specification Promise", "Honda Open House" (in a heading's capitals,
  // not before a word in mixed case).
  const after = toks[r.last + 2]?.text ?? '';
  const headInCapitals = !/\p{Ll}/u.test(head.text);
  if (/^\p{Lu}/u.test(after) && (!headInCapitals || /\p{Ll}/u.test(after))) return null;
  const year = r.first > 0 && YEAR.test(toks[r.first - 1].text) && !tagged(r.first - 1) ? toks[r.first - 1] : null;
  const start = (year ?? toks[r.first]).start;
  return { start, end: head.end, text: text.slice(start, head.end), label: 'MISC' };
}

export interface SpanFormsOptions {
  /** The corpus lexicon: a name it confidently types an organization is never retyped a town. */
  lexicon?: Lexicon;
  /**
   * Whether to read datelines ("CINCINNATI 1996-08-31"): CoNLL only, whose tokens keep a date whole; the served
   * tokenizer splits "2013-05-02", and served datelines are found by datelineSpans.
   */
  datelines?: boolean;
}

/** Whether token i of a sentence of n tokens lies in a span (spanAt: each token's span or -1). A made function, not
 * a named one: tsx names each local function it makes, at about a microsecond each, and this one is made per sentence. */
function taggedIn(n: number, spanAt: ArrayLike<number>): (i: number) => boolean {
  return (i) => i >= 0 && i < n && spanAt[i] >= 0;
}

/** Spans retyped or dropped by the words around them (see the module's comment), in their order. */
export function applySpanForms(text: string, unordered: Sentence[], spans: EntitySpan[], opts: SpanFormsOptions = {}): EntitySpan[] {
  const sentences = [...unordered].sort((a, b) => a.start - b.start);
  const kept = spans.filter((e) => !notAvailableAt(text, e));
  const bySentence = groupBySentence(sentences, kept);
  const firm = new Map<string, boolean>();
  /** A name the corpus lexicon confidently types an organization, or that the article writes as a firm's. */
  const isFirm = (name: string) => {
    let v = firm.get(name);
    if (v === undefined) {
      v = (opts.lexicon !== undefined && confidentLabel(opts.lexicon, surfaceKeyOfText(name)) === 'ORG') || firmEvidence(text, name);
      firm.set(name, v);
    }
    return v;
  };
  const retyped = new Map<EntitySpan, EntitySpan>();
  const towns = new Set<string>();
  for (const [s, list] of bySentence) {
    const toks = s.tokens;
    const ranges = list.map((e) => tokenRange(s, e));
    const spanAt = spansByToken(toks.length, ranges);
    const dateline = opts.datelines === true && isDateline(s, spanAt);
    const tagged = taggedIn(toks.length, spanAt);
    list.forEach((e, k) => {
      const r = ranges[k];
      if (!r) return;
      const event = e.label === 'MISC' ? null : eventOf(text, s, r, tagged);
      if (event) {
        retyped.set(e, event);
        return;
      }
      if (e.label !== 'ORG') return;
      if (dateline) {
        if (!canonicalOrganization(e.text)) retyped.set(e, { ...e, label: 'LOC' });
        return;
      }
      if (r.first !== r.last || toks[r.last + 1]?.text !== ',' || (r.first > 0 && LISTING.has(toks[r.first - 1].text))) return;
      const next = r.last + 2 < toks.length ? spanAt[r.last + 2] : -1;
      if (next < 0 || ranges[next]!.first !== r.last + 2 || list[next].label !== 'LOC' || !isRegion(list[next].text)) return;
      const place = ranges[next]!;
      if (!endsPhrase(toks[place.last + 1]?.text) || endsSpeakerLabel(text, s, toks[place.last].end)) return;
      // A name listed after the region makes the two a list's items ("EU, Russia, China").
      if (toks[place.last + 1]?.text === ',' && tagged(place.last + 2)) return;
      towns.add(e.text);
    });
  }
  // Decided once per name, as a person's name is (person-context.ts): every mention of a town is the place, unless the
  // corpus lexicon or the article makes the name a firm's.
  for (const e of kept) if (e.label === 'ORG' && !retyped.has(e) && towns.has(e.text) && !isFirm(e.text)) retyped.set(e, { ...e, label: 'LOC' });
  // An event's span may start at the year before the name: still in text order, as the year is no span's.
  return kept.map((e) => retyped.get(e) ?? e);
}
