/**
 * Organization spans of business news repaired before resolution (words in data/ner/org-spans.json):
 * - a Reuters instrument code inside a span separates two names: "General Motors Corp GMGMQ.PK and Ford Motor Co"
 *   is General Motors Corp and Ford Motor Co;
 * - a place or a day after a preposition, or a day, ends the name: "Thrivent Financial in Minneapolis",
 *   "Kossuth radio on Monday", "Victory Land Group Thursday";
 * - a title at a name's end is no part of it: "Deutsche Bank Chief Executive" is Deutsche Bank, "Luxembourg Prime
 *   Minister" and "New York Attorney" (General) no organization at all;
 * - credit ratings and legal suffixes alone ("AAA", "Corp", "N.A.") name nothing;
 * - a one-word span the corpus writes far more often in lower case than as a tagged name is a common word
 *   ("Index", "Board", "Stability"), unless it is a curated organization.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonicalOrganization } from '../extract/organizations.js';
import { endsInOwnS } from '../extract/possessive-names.js';
import { countryOfSurface } from '../extract/countries/gazetteer.js';
import { isTitleHead, isTitleModifier, isTitleWord, matchTitle } from '../extract/titles.js';
import { confidentLabel, corpusLabel, mostlyLabelled, type Lexicon } from './corpus-lexicon.js';
import type { EntitySpan } from '../extract/types.js';
import { SpanSet } from '../extract/intervals.js';
import { namesAThing } from './org-things.js';
import { orgKindOfWord } from './org-kinds.js';
import { makerBeforeProduct } from './org-products.js';
import { withDomainNames } from './org-domains.js';
import { withPartnerNames } from './org-partners.js';
import { withHyphenedFirms, type HyphenWords } from './org-hyphens.js';
import { withCamelCaseFirms } from './org-camel.js';
import { alternation, seatedCourt, withCourtSeats, type CourtWords } from './org-courts.js';
import { isLegalSuffixToken, isLegalSuffixWord, suffixPatterns } from './legal-suffixes.js';
import { genericTailStart, lowerCaseTail } from './span-tails.js';
import { corpusTerms } from './spans.js';
import { TICKER_CODE, isInstrumentCode } from '../article/instrument-codes.js';

interface OrgSpanWords {
  notNames: string[];
  tailPrepositions: string[];
  placePrepositions: string[];
  endWords: string[];
  orgNounsAfter: string[];
  usStates: string[];
  bodyHeads: string[];
  headsBeforeOn: string[];
  partyTitles: string[];
  regionPrefixes: string[];
  genericTails: string[];
  projectsAfter: string[];
  courtHeads: string[];
  seatedCourtWords: string[];
  seatUnits: string[];
  namedCircuits: string[];
  circuitCourts: string[];
  courtCountryWords: string[];
  chambers: string[];
  chamberGroups: string[];
  combiningForms: string[];
  kindsAfter: string[];
  leadWords: string[];
  notLeadWords: string[];
  publicationHeads: string[];
  hyphenPrefixes: string[];
  ownerWords: string[];
  firmTailsAfterAnd: string[];
}

const DATA_PATH = fileURLToPath(new URL('../../data/ner/org-spans.json', import.meta.url));
let WORDS:
  | { notNames: Set<string>; tail: RegExp; time: RegExp; placePreps: Set<string>; places: Set<string>; nounAfter: RegExp; bodyHead: RegExp; headBeforeOn: RegExp; partyTitles: Set<string>; region: RegExp; genericTails: string[]; projectAfter: RegExp; courtTail: RegExp; courts: CourtWords; chamber: RegExp; chamberGroups: Set<string>; combined: RegExp; kindAfter: RegExp; leadWords: Set<string>; endWords: Set<string>; notLeadWords: Set<string>; nounsAfter: Set<string>; publicationHead: RegExp; hyphens: HyphenWords; firmTail: RegExp }
  | undefined;

/** The U.S. states of data/ner/org-spans.json (a place after "in" ends a name; person-context.ts reads them too). */
export function usStates(): ReadonlySet<string> {
  return words().places;
}

/** The days and months of data/ner/org-spans.json (endWords) that end a name: "Court on Tuesday" (org-bodies.ts reads them too). */
export function timeEndWords(): ReadonlySet<string> {
  return words().endWords;
}

/** A body's kind written after its name (orgNounsAfter: "the Green party", "Kyodo news agency"; span-breaks.ts reads it). */
export function orgNounsAfter(): ReadonlySet<string> {
  return words().nounsAfter;
}

/**
 * The words that never become an organization's first word when the tagger left one out before it (span-lead.ts):
 * endWords' days and months, and data/ner/org-spans.json notLeadWords (articles, "May", holidays, time zones).
 */
export function notLeadWords(): ReadonlySet<string> {
  return words().notLeadWords;
}

function words() {
  if (WORDS) return WORDS;
  const raw = JSON.parse(readFileSync(DATA_PATH, 'utf8')) as OrgSpanWords;
  const preps = raw.tailPrepositions.join('|');
  WORDS = {
    notNames: new Set(raw.notNames),
    // The last "<preposition> <Capitalised words>" of a span.
    tail: new RegExp(`^(.*\\S)\\s+(${preps})\\s+(\\p{Lu}[^\\s]*(?:\\s+\\p{Lu}[^\\s]*){0,3})$`, 'u'),
    // A full stop the span took in too ("Kossuth radio on Monday."): the time word still ends it.
    // Not after a space: tried at each space of a long run, the run was read to its end each time (quadratic).
    time: new RegExp(`(?<!\\s)(?:\\s+(?:${preps}))?\\s+(?:${raw.endWords.join('|')})\\.?$`),
    placePreps: new Set(raw.placePrepositions),
    places: new Set(raw.usStates),
    nounAfter: new RegExp(`^\\s+(?:${raw.orgNounsAfter.join('|')})\\b`),
    partyTitles: new Set(raw.partyTitles),
    region: new RegExp(`^(?:${raw.regionPrefixes.join('|')})\\s+(\\p{Lu}\\p{Ll}+)$`, 'u'),
    // A body's head, or a company's legal suffix (data/ner/legal-suffixes.json).
    bodyHead: new RegExp(`\\s(?:${raw.bodyHeads.join('|')}|(?:${suffixPatterns().legal})\\.?)$`),
    // A body's head, whose name goes on through "on": "Institute on", "Commission on", "Working Group on".
    headBeforeOn: new RegExp(`\\b(?:${raw.headsBeforeOn.join('|')})$`),
    projectAfter: new RegExp(`^\\s+(?:${raw.projectsAfter.join('|')})\\b`),
    genericTails: raw.genericTails,
    combined: new RegExp(`^(?:${raw.combiningForms.join('|')})-(\\p{Lu}.*)$`, 'u'),
    // The longest chamber's name first: "House of Commons" before "House".
    chamber: new RegExp(`^(?:U\\.S\\.\\s+)?(?:${[...raw.chambers].sort((a, b) => b.length - a.length).join('|')})\\b`),
    chamberGroups: new Set(raw.chamberGroups),
    leadWords: new Set(raw.leadWords),
    endWords: new Set(raw.endWords),
    notLeadWords: new Set([...raw.endWords, ...raw.notLeadWords]),
    nounsAfter: new Set(raw.orgNounsAfter),
    hyphens: {
      hyphenPrefixes: raw.hyphenPrefixes,
      ownerWords: raw.ownerWords,
      // Nor the acronyms the corpus spells out as lower-case terms ("pre-IPO"): a hyphened name is no firm's there.
      notNames: new Set([...raw.notNames, ...corpusTerms()]),
    },
    // " and Co", " & Partners" (not "& Co-workers", "and Company's" keeps its possessive out of the name).
    firmTail: new RegExp(`^[^\\S\\n]+(?:&|and)[^\\S\\n]+(?:${raw.firmTailsAfterAnd.join('|')})(?![\\p{L}\\p{N}&-])`, 'u'),
    publicationHead: new RegExp(`^\\p{Lu}.*\\s(?:${raw.publicationHeads.join('|')})$`, 'u'),
    kindAfter: new RegExp(`^[^\\S\\n]+(?:${raw.kindsAfter.join('|')})(?![\\p{L}\\p{N}-])`, 'u'),
    // "U.S. District Court, Southern District of New York", "U.S. District Court in Santa Ana": the court ends at its head.
    courtTail: new RegExp(`(?<=\\s(?:${alternation(raw.courtHeads)}))(?:,\\s+(?:${raw.regionPrefixes.join('|')})\\s+District\\b.*|\\s+in\\s+(?:\\p{Lu}|the\\s.*\\bDistrict\\b).*|\\s+for\\s+the\\s+.*\\b(?:${alternation(raw.seatUnits)})\\b.*)$`, 'u'),
    courts: {
      courtHeads: raw.courtHeads,
      regionPrefixes: raw.regionPrefixes,
      endWords: new Set(raw.endWords),
      seatedCourtWords: raw.seatedCourtWords,
      namedCircuits: raw.namedCircuits,
      circuitCourts: raw.circuitCourts,
      courtCountryWords: raw.courtCountryWords,
    },
  };
  return WORDS;
}

/** A Reuters instrument code ("GMGMQ.PK", "PETRA.UL", "RBS.L"), as in spans.ts, or one in brackets ("(SIXG.DE)"). */
const INSTRUMENT_CODE = new RegExp(String.raw`(?<=\s)(?:${TICKER_CODE}(?=\s|$)|\(${TICKER_CODE}\)(?![\p{L}\p{N}]))`, 'gu');

/** The corpus tags a name mostly as one kind when that kind has this share of at least this many tagged occurrences. */
const MOSTLY_SHARE = 0.6;
const MOSTLY_MIN = 20;

/** The corpus's share of lower-case uses a common word has at least, per tagged occurrence, to be no name alone. */
const COMMON_WORD_LOWER_RATE = 30;

export interface OrgSpanOptions {
  lex: Lexicon;
  capStat: ReadonlyMap<string, string>;
}

function isPlace(surface: string, lex: Lexicon): boolean {
  return words().places.has(surface) || !!countryOfSurface(surface) || confidentLabel(lex, surface) === 'LOC';
}

const CAPITALS_3 = /^\p{Lu}{3,}$/u;
const CAPITALISED_LOWER = /^\p{Lu}\p{Ll}+$/u;

/** A one-word name the corpus mostly writes in lower case and seldom tags: a common word ("Index"; in capitals, "BANK"). */
function commonWord(surface: string, after: string, o: OrgSpanOptions, before = ''): boolean {
  // In capitals only among other words in capitals (a heading): "GAP" or "AFT" in running text is written so on purpose.
  const capitals = CAPITALS_3.test(surface) && (/\p{Lu}{2,}[^\S\n]+$/u.test(before) || /^[^\S\n]+\p{Lu}{2,}/u.test(after));
  if (!(capitals || CAPITALISED_LOWER.test(surface)) || canonicalOrganization(surface) || words().nounAfter.test(after)) return false;
  const stat = o.capStat.get(surface.toLowerCase());
  if (stat === undefined || stat.endsWith('A') || stat[0] > '2') return false;
  // A heading's word in capitals the corpus writes in lower case, never as an acronym ("BANK", "NEW").
  if (capitals) return true;
  const c = o.lex.entries.get(surface);
  if (!c) return stat[0] === '0';
  const tagged = c.tagged[0] + c.tagged[1] + c.tagged[2] + c.tagged[3];
  return c.lower > COMMON_WORD_LOWER_RATE * Math.max(1, tagged);
}

/** Whether the corpus mostly tags a name as one of `labels` ("Detroit" a place, "Obama" a person). */
function mostlyTagged(lex: Lexicon, surface: string, ...labels: EntitySpan['label'][]): boolean {
  return mostlyLabelled(lex, surface, labels, MOSTLY_SHARE, MOSTLY_MIN);
}

/** A name the corpus mostly tags as a place ("Detroit", "Milan": the tagger took it for an organization), and no curated organization's. */
function mostlyPlace(surface: string, lex: Lexicon): boolean {
  return mostlyTagged(lex, surface, 'LOC') && !canonicalOrganization(surface);
}

/** Company contexts ("shares of X", "X Inc", "X said") the corpus gives a name at least, and their share of its context cues, to be a firm. */
const FIRM_CUES_MIN = 5;
const FIRM_CUES_SHARE = 0.5;

/**
 * A firm's name before a site's noun names the firm, not the site ("the U.S. Steel Corp plant in Gary", "an Alcoa
 * refinery"): a name with a legal suffix, or one the corpus writes where a company stands. A site or a project
 * named on its own ("Keystone XL pipeline": 1 company context of 31 tagged; "Fukushima Daiichi plant": 0) is none.
 */
function firmBeforeSite(surface: string, lex: Lexicon): boolean {
  const last = surface.split(/\s+/).pop() ?? '';
  if (surface.includes(' ') && isLegalSuffixWord(last)) return true;
  const c = corpusLabel(lex, surface)?.counts.cues;
  return !!c && c[1] >= FIRM_CUES_MIN && c[1] >= FIRM_CUES_SHARE * (c[0] + c[1] + c[2]);
}

/** Two countries joined: "Franco-German", "Sino-U.S." (a combining form and a country's name or adjective). */
function twoCountries(surface: string): boolean {
  const m = words().combined.exec(surface);
  return !!m && !!countryOfSurface(m[1]) && !canonicalOrganization(surface);
}

const TWO_PLACES = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u;

/** Two places joined by a hyphen name a region: "Asia-Pacific" (both words ones the corpus mostly tags as places). */
function twoPlaces(surface: string, lex: Lexicon): boolean {
  const m = TWO_PLACES.exec(surface);
  return !!m && mostlyPlace(m[1], lex) && mostlyPlace(m[2], lex) && !canonicalOrganization(surface);
}

const ADMINISTRATION = /^(\p{Lu}\p{Ll}+) Administration$/u;

/** "<surname> Administration", the surname one the corpus mostly tags as a person's. */
function leadersAdministration(surface: string, lex: Lexicon): boolean {
  const m = ADMINISTRATION.exec(surface);
  return !!m && mostlyTagged(lex, m[1], 'PER');
}

/** A compass word before a place or a demonym: "North American", "Eastern Europe", "Western Canada". */
function region(surface: string, lex: Lexicon): boolean {
  const m = words().region.exec(surface);
  return !!m && (!!countryOfSurface(m[1]) || mostlyTagged(lex, m[1], 'LOC', 'MISC'));
}

function span(text: string, start: number, end: number, label: EntitySpan['label']): EntitySpan {
  return { start, end, text: text.slice(start, end), label };
}

/** After a chamber's name, the rest of its committee's ("and Commerce committee", "energy committee"; not a bare " committee"). */
const COMMITTEE_REST = /^(?:\s+and(?:\s+\p{Lu}[\p{L}-]*)+)?(?:\s+\p{Ll}+)?\s+(?:sub)?committee\b/u;

/**
 * Whether a name beginning with a chamber's has words of a committee's own after the chamber's whole name: "Energy" of
 * "House Energy"; not "of Commons" of "House of Commons", nor a party's or a group's plural ("Senate Democrats"). With
 * `grouped`, whether its words after the chamber begin with such a plural.
 */
function ownWords(surface: string, grouped = false): boolean {
  const m = words().chamber.exec(surface);
  const rest = m ? surface.slice(m[0].length).replace(/^['’]s?/, '').trim() : '';
  const first = rest.split(/\s+/)[0] ?? '';
  const group = words().chamberGroups.has(first.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  return grouped ? group : rest !== '' && !group;
}

/**
 * A chamber's committee written with "committee" in lower case: "House Energy" "and Commerce" "committee" is the House
 * Energy and Commerce committee, "Senate" "energy committee" the Senate energy committee; the spans inside it go.
 */
function withChamberCommittees(text: string, spans: EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  let until = -1;
  for (const e of spans) {
    if (e.start < until) continue;
    const m = e.label === 'ORG' && words().chamber.test(e.text) ? COMMITTEE_REST.exec(text.slice(e.end, e.end + 80)) : null;
    // The committee's own words: the tagged chamber has some ("House Energy") or the rest brings them ("energy committee").
    const own = m && (ownWords(e.text.trim()) || (!/^\s+(?:sub)?committee/.test(m[0]) && !ownWords(e.text.trim(), true)));
    if (!m || !own || /\b(?:House|Senate)\b/.test(m[0])) {
      out.push(e);
      continue;
    }
    until = e.end + m[0].length;
    out.push(span(text, e.start, until, 'ORG'));
  }
  return out;
}

/** A union local's number ("Local 31"); not a year. */
const LOCAL_NUMBER = /^\s+(?!(?:19|20)\d\d\b)\d{1,4}\b/;
const LOCAL = /(?<![\p{L}\p{N}])Local\s+(?!(?:19|20)\d\d\b)\d{1,4}\b(?![-–%.,]?\p{L})/gu;

/**
 * Union locals: a tagged name ending "Local" takes its number in ("UAW Local" + " 31"), a name ending in " v" or " v."
 * of a court case ends before it ("Unite Here Local 355 v. Mulhall"), and an untagged "Local 1853" is a local's name.
 */
function withUnionLocals(text: string, spans: EntitySpan[]): EntitySpan[] {
  if (!text.includes('Local')) return spans;
  const out = spans.map((e) => {
    if (e.label !== 'ORG') return e;
    const v = /\sv\.?$/.test(e.text) ? /\s+v\.?$/.exec(e.text) : null;
    if (v && e.text.length > v[0].length) return span(text, e.start, e.end - v[0].length, 'ORG');
    const n = /(?:^|\s)Local$/.test(e.text) ? LOCAL_NUMBER.exec(text.slice(e.end, e.end + 8)) : null;
    return n ? span(text, e.start, e.end + n[0].length, 'ORG') : e;
  });
  const taken = new SpanSet(out);
  const added: EntitySpan[] = [];
  for (const m of text.matchAll(LOCAL)) {
    // At a sentence's start "Local" is any adjective ("Local 10 news said"): a local's name only after other words.
    if (/(?:^|[.!?:"“”]\s*|\n\s*)$/.test(text.slice(Math.max(0, m.index! - 3), m.index!))) continue;
    if (!taken.overlaps(m.index!, m.index! + m[0].length)) added.push(span(text, m.index!, m.index! + m[0].length, 'ORG'));
  }
  return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.start - b.start);
}

/** The span cut before a trailing place or time ("... in Minneapolis", "... on Monday", "... Thursday"). */
function cutTail(text: string, e: EntitySpan, o: OrgSpanOptions): EntitySpan {
  const w = words();
  let s = text.slice(e.start, e.end);
  for (;;) {
    const g = genericTailStart(s, w.genericTails);
    if (g >= 0) {
      s = s.slice(0, g);
      continue;
    }
    const t = w.time.exec(s);
    if (t && t.index > 0) {
      s = s.slice(0, t.index);
      continue;
    }
    const m = w.tail.exec(s);
    // Not a district court's seat: "U.S. District Court in Brooklyn" (org-courts.ts).
    if (m && w.placePreps.has(m[2]) && isPlace(m[3], o.lex) && !(m[2] === 'in' && seatedCourt(m[1], w.courts))) {
      s = m[1];
      continue;
    }
    break;
  }
  return s.length === e.end - e.start ? e : span(text, e.start, e.start + s.length, e.label);
}

/**
 * A span's last word that is an instrument code or its ticker alone, after an opening bracket or none: " CS.L", " MGa",
 * " (TEL.OL". A code in closed brackets ends the name wherever it stands (splitAtCodes).
 */
const CODE_TAIL = new RegExp(String.raw`(?<![^\S\n])[^\S\n]+\(?(?:${TICKER_CODE}|[A-Z0-9]{2,7}[a-z]{0,2})$`, 'u');
/**
 * The exchange after a ticker, before a full stop: ".TO" of "MGa.TO.", ".UL" of "TEM.UL." (the tokenizer keeps no code
 * whole there); not a sentence run on without its space ("U.S. SEC.A spokesman").
 */
const EXCHANGE_AFTER = /^\.[A-Z]{1,3}(?=\.(?![\p{L}\p{N}]))/u;

/**
 * The span without an instrument code at its end, whole or its ticker alone where the exchange follows the span: the
 * tagger runs "Magna MGa" (of "Magna MGa.TO."), "Huawei HWT" (of "HWT.UL.") and "Telenor (TEL.OL" into the firm's name.
 * Null when nothing is left. A name's own capitals stay: "Bank of America" + ".N" is no code.
 */
function withoutCodeTail(text: string, e: EntitySpan): EntitySpan | null {
  const m = CODE_TAIL.exec(e.text);
  if (!m) return e;
  const tail = m[0].trim().replace(/^\(/, '');
  const code = isInstrumentCode(tail) || (!isLegalSuffixWord(tail) && isInstrumentCode(tail + (EXCHANGE_AFTER.exec(text.slice(e.end))?.[0] ?? '')));
  if (!code) return e;
  const end = e.start + m.index!;
  return /\p{Lu}/u.test(text.slice(e.start, end)) ? span(text, e.start, end, e.label) : null;
}

/** The names an instrument code separates ("A Corp GMGMQ.PK and B Co": A Corp, B Co). */
function splitAtCodes(text: string, e: EntitySpan): EntitySpan[] {
  const s = text.slice(e.start, e.end);
  const out: EntitySpan[] = [];
  let from = 0;
  for (const m of s.matchAll(INSTRUMENT_CODE)) {
    // Only a code followed by another name separates two ("Corp GMGMQ.PK and Ford"); "Royal Bank of Scotland RBS.L Group Plc" goes on.
    // A code in brackets ends the name before it ("Sixt (SIXG.DE) ran"): what follows is another name only after a join.
    const joined = /^\s*(?:,|and\b|&)/.test(s.slice(m.index! + m[0].length));
    if (!joined && !m[0].startsWith('(')) continue;
    pushPiece(text, e, s, from, m.index!, out);
    from = m.index! + m[0].length;
    if (!joined) return out;
  }
  if (from === 0) return [e];
  pushPiece(text, e, s, from, s.length, out);
  return out;
}

/** Adds the name in s[a, b) (s is e's text) to `out`, without the joins and a country's possessive around it. */
function pushPiece(text: string, e: EntitySpan, s: string, a: number, b: number, out: EntitySpan[]): void {
  const piece = s.slice(a, b);
  // A country's possessive before the next name is no part of it: "... and France's Total".
  const lead = /^[\s,;&]*(?:and\s+|&\s+)?/.exec(piece)![0].length;
  const poss = /^(\p{Lu}[\p{L}.]*(?:\s\p{Lu}\p{L}+)?)['’]s\s+/u.exec(piece.slice(lead));
  const lead2 = lead + (poss && countryOfSurface(poss[1]) ? poss[0].length : 0);
  const trail = /(?:[\s,;]+(?:and|&))?[\s,;]*$/.exec(piece.slice(lead2))![0].length;
  const pa = a + lead2;
  const pb = b - trail;
  if (pb > pa && /\p{Lu}/u.test(s.slice(pa, pb))) out.push(span(text, e.start + pa, e.start + pb, e.label));
}

/** A firm's name standing alone: a curated organization, one with a legal suffix, or a name the corpus mostly tags ORG. */
function firmName(name: string, lex: Lexicon): boolean {
  // Legal suffixes alone ("Co Inc", "Co. Inc"): the end of one firm's name ("Morgan Stanley and Co Inc"), no firm of their own.
  if (suffixPatterns().onlySuffixes.test(name)) return false;
  if (canonicalOrganization(name) || suffixPatterns().firmEnd.test(` ${name}`)) return true;
  const c = corpusLabel(lex, name);
  return !!c && c.label === 'ORG' && c.share >= JOIN_SHARE && c.total >= JOIN_MIN;
}
/**
 * A name of two capitalised words or more that ends in a firm's or a paper's head word (data/ner/org-kinds.json:
 * "Silver Point Capital", "Woodside Petroleum", "Financial Times"): a firm's name standing alone beside "and" where the corpus
 * does not know it. Not a one-word side ("Food and Drug Administration"), nor one with a connector ("Bank of").
 */
function namedByFirmHead(name: string): boolean {
  const ws = name.split(/\s+/);
  if (ws.length < 2 || !ws.every((w) => /^(?:\p{Lu}|&$)/u.test(w))) return false;
  const kind = orgKindOfWord(ws[ws.length - 1]);
  return kind === 'firm' || kind === 'media';
}

/** The words of a name before its legal suffixes ("Clearing Ltd": 1). */
function coreWords(name: string): number {
  const ws = name.split(/\s+/);
  let n = ws.length;
  while (n > 0 && isLegalSuffixToken(ws[n - 1])) n--;
  return n;
}

/** The corpus's share and count of ORG tags a side of a join needs, and the count a whole name needs to stay one. */
const JOIN_SHARE = 0.5;
const JOIN_MIN = 20;
const WHOLE_MIN = 5;
/** A whole tagged less often than this share of its rarer side's count is no name of its own but a join of two. */
const WHOLE_SHARE = 0.1;
/** How often the corpus tags a name (0 for a name it does not know). */
const corpusTotal = (name: string, lex: Lexicon) => corpusLabel(lex, name)?.total ?? 0;
/** The most "and" or "for" joins a span split into two firms may hold. */
const MAX_JOINS = 6;

/** A name, "on" and a capitalised rest; the name ends in a non-space, so a long run of spaces is read once, not once per space. */
const FIRM_ON = /^(.*?\S)\s+on\s+(\p{Lu}.*)$/u;

/**
 * Two firms the tagger ran into one name at "and" or "for" ("Banana Republic and Old Navy", "Apple for JP Morgan",
 * "Ernst & Young and Price Waterhouse Coopers"): split where both sides are firms' names standing alone, unless the
 * whole is a name of its own (curated, or tagged ORG in the corpus: "Barnes and Noble"). Not "Bank for International
 * Settlements", "Center for American Progress": one side is no firm's name.
 */
function splitAtJoins(text: string, e: EntitySpan, o: OrgSpanOptions): EntitySpan[] {
  const s = e.text;
  // "Xerox on CreditWatch", "KDB on GM Daewoo": a firm's name standing alone, then "on" and more; not a
  // body's "on" ("Kissinger Institute on China", "Commission on Presidential Debates": no firm's name before it), nor
  // a day's ("Tiffany on Monday", cut later as a time).
  const on = FIRM_ON.exec(s);
  if (on && firmName(on[1], o.lex) && !words().headBeforeOn.test(on[1]) && !words().endWords.has(on[2].split(/\s+/)[0].replace(/(?:['’]s|[.,])$/u, '')) && !canonicalOrganization(s.trim())) {
    const rightAt = s.length - on[2].length;
    const left = span(text, e.start, e.start + on[1].length, e.label);
    // What follows "on" stays a name only when it is a firm's too ("GM Daewoo"); a rating watch or an abbreviated
    // month ("CreditWatch", "Dec. 5") is none.
    return firmName(on[2].trim(), o.lex) ? [left, span(text, e.start + rightAt, e.end, e.label)] : [left];
  }
  if (!/\s(?:and|for)\s/.test(s) || canonicalOrganization(s.trim())) return [e];
  const whole = corpusLabel(o.lex, s.trim());
  const wholeTotal = whole && whole.label === 'ORG' && whole.total >= WHOLE_MIN ? whole.total : 0;
  const joins = [...s.matchAll(/\s+(?:and|for)\s+/g)];
  // Two firms run into one name are joined once or a few times; a span of dozens of joins is a run of capitals
  // (a heading, a hostile file), and reading both sides whole at each join cost its length times its joins.
  if (joins.length > MAX_JOINS) return [e];
  for (const m of joins) {
    const left = s.slice(0, m.index).trim();
    const rightAt = m.index! + m[0].length;
    const right = s.slice(rightAt).trim();
    // "Tiffany and Co", "Morgan Stanley and Co Inc": the firm's own "and Co", never a second firm.
    if (!/^\p{Lu}/u.test(right) || /^(?:Co|Cos|Company)\b/.test(right)) continue;
    // A side the corpus does not know, named by its head word only, needs the other side to be a name of two words or
    // more before any legal suffix: "Hong Kong Exchanges and Clearing Ltd" is one firm.
    const [l, r] = [firmName(left, o.lex), firmName(right, o.lex)];
    const and = /and/.test(m[0]);
    if (!(l || (and && namedByFirmHead(left) && coreWords(right) >= 2)) || !(r || (and && namedByFirmHead(right) && coreWords(left) >= 2))) continue;
    // A whole the corpus tags as an organization's is one name ("Barnes and Noble"), unless it is far rarer than
    // each side the corpus counts: then the corpus learnt it from this very join ("Bank of America and Citigroup",
    // 13 times against 1,591 and 1,948; spans.ts runs a name with an "of" on through "and"). A side it does not
    // count (a firm by the curated list or its legal suffix) does not speak; with neither counted the whole stands.
    const sides = [corpusTotal(left, o.lex), corpusTotal(right, o.lex)].filter((n) => n > 0);
    if (wholeTotal > 0 && (sides.length === 0 || wholeTotal >= WHOLE_SHARE * Math.min(...sides))) return [e];
    return [span(text, e.start, e.start + m.index!, e.label), span(text, e.start + rightAt, e.end, e.label)];
  }
  return [e];
}

const LOWER_LEAD = /^((?:\p{Ll}[\p{Ll}-]*[^\S\n]+)+)\p{Lu}/u;

/**
 * The span without the lower-case words it starts with ("new Porter Regional Hospital", "anti-immigration National
 * Front"): a word of 'leadWords', a lower-case compound with a hyphen, or a word of four letters or more the corpus
 * writes in lower case (not a name's particle: "al Qaeda", "dos Santos"). The span as it is when no such word starts it.
 */
function cutLead(text: string, e: EntitySpan, o: OrgSpanOptions): EntitySpan {
  const m = LOWER_LEAD.exec(e.text);
  if (!m) return e;
  const lead = m[1].trim().split(/\s+/);
  const cuttable = (w: string) => words().leadWords.has(w) || /^\p{Ll}+(?:-\p{Ll}+)+$/u.test(w) || (w.length >= 4 && /^[01]/.test(o.capStat.get(w) ?? '2'));
  return lead.every(cuttable) ? span(text, e.start + m[1].length, e.end, e.label) : e;
}

/**
 * A company's name with its legal suffix takes in the one capitalised word the tagger left before it, inside a sentence
 * and in nobody's span: "of State" + "Street Corp" is State Street Corp, "Globe" + "Tenanted Pub Co Ltd". Not a day or
 * a month ("on Tuesday Acme Corp"), a title ("CEO"), a country, a name's own "'s", nor a sentence's first word.
 */
function withWordBeforeSuffixed(text: string, e: EntitySpan, taken: SpanSet): EntitySpan {
  const last = e.text.trim().split(/\s+/).pop() ?? '';
  if (!isLegalSuffixWord(last) || !e.text.includes(' ')) return e;
  const m = /(?<=[\p{Ll},;(][^\S\n]+)(\p{Lu}\p{Ll}+)[^\S\n]+$/u.exec(text.slice(Math.max(0, e.start - 40), e.start));
  if (!m) return e;
  const start = e.start - m[0].length;
  const w = m[1];
  if (taken.overlaps(start, start + w.length) || words().endWords.has(w) || isTitleWord(w) || countryOfSurface(w)) return e;
  return span(text, start, e.end, e.label);
}

const NEXT_CAPITALISED = /^\s+(\p{Lu}\S*)/u;

/**
 * The span without a title that ends it (the word after the span may complete the title: "New York Attorney" +
 * "General"); null when what is left is a place or nothing.
 */
function cutTitle(text: string, e: EntitySpan, o: OrgSpanOptions): EntitySpan | null {
  const toks = e.text.trim().split(/\s+/);
  const next = NEXT_CAPITALISED.exec(text.slice(e.end, e.end + 24));
  const m = matchTitle(next ? [...toks, next[1]] : toks, 0);
  if (!m || m.honorific || m.end < toks.length || words().partyTitles.has(m.title)) return e;
  // A firm's legal suffix before a title after the span is the firm's, no "co-" of the title: "Walt Disney Co" + "CEO".
  if (next && m.prefixEnd === toks.length - 1 && isLegalSuffixWord(toks[m.prefixEnd])) return e;
  if (m.prefixEnd === m.prefixStart) return null;
  const prefix = toks.slice(m.prefixStart, m.prefixEnd).join(' ').replace(/['’]s$/, '');
  if (isPlace(prefix, o.lex)) return null;
  // A name the corpus mostly tags an organization's whole ends in no title: "Burger King", "Dollar General" (a place's
  // title, "New York Attorney", went above, though the corpus tags it ORG).
  if (mostlyLabelled(o.lex, e.text.trim(), ['ORG'], MOSTLY_SHARE, MOSTLY_MIN)) return e;
  const end = e.start + e.text.indexOf(toks[m.prefixEnd - 1]) + toks[m.prefixEnd - 1].length;
  return span(text, e.start, end, e.label);
}

/**
 * A firm's name the tagger ended before its "and Co" or "& Partners" (data/ner/org-spans.json, firmTailsAfterAnd):
 * "Cowen and Co analyst", "Walter Scott & Partners": the span takes them in, and any span over them goes.
 */
export function withFirmTails(text: string, spans: EntitySpan[]): EntitySpan[] {
  if (!/(?:&|\band)[^\S\n]+\p{Lu}/u.test(text)) return spans;
  const grown = new Map<EntitySpan, EntitySpan>();
  for (const e of spans) {
    if (e.label !== 'ORG') continue;
    const m = words().firmTail.exec(text.slice(e.end, e.end + 20));
    // Not the first word of another capitalised name ("Microsoft and Partners Group"), save a legal suffix ("and Co Inc").
    const next = m && /^[^\S\n]+(\p{Lu}[\p{L}.]*)/u.exec(text.slice(e.end + m[0].length, e.end + m[0].length + 30))?.[1];
    if (m && !(next && !isLegalSuffixWord(next))) grown.set(e, span(text, e.start, e.end + m[0].length, 'ORG'));
  }
  if (grown.size === 0) return spans;
  const added = new SpanSet([...grown.values()]);
  return spans.flatMap((e) => grown.get(e) ?? (added.contains(e.start, e.end) ? [] : [e]));
}

/**
 * Two organization spans joined by a hyphen are one name: "Air France" "-" "KLM" is Air France-KLM. Not a slash ("EU/IMF", "Yahoo/Microsoft": two parties), nor a curated organization with another word ("EU-IMF",
 * "the European-International Monetary Fund bailout facility").
 */
function joinPairs(text: string, spans: EntitySpan[]): EntitySpan[] {
  const orgs = spans.filter((e) => e.label === 'ORG').sort((a, b) => a.start - b.start);
  const joined = new Set<EntitySpan>();
  const out: EntitySpan[] = [];
  for (let i = 0; i + 1 < orgs.length; i++) {
    const a = orgs[i];
    const b = orgs[i + 1];
    if (joined.has(a) || text.slice(a.end, b.start) !== '-' || canonicalOrganization(a.text) || canonicalOrganization(b.text)) continue;
    joined.add(a).add(b);
    out.push(span(text, a.start, b.end, 'ORG'));
  }
  return joined.size === 0 ? spans : [...spans.filter((e) => !joined.has(e)), ...out].sort((a, b) => a.start - b.start);
}

/**
 * A span that took in its sentence's full stop ("Hummer H2.", "Palm Web site.") is judged without it; not an
 * abbreviation's own dot ("Corp.", "U.S.", "N.A.").
 */
function withoutFullStop(surface: string): string {
  const m = /(?:^|\s)(\S+)\.$/.exec(surface);
  if (!m || m[1].includes('.') || /^(?:Inc|Corp|Co|Cos|Ltd|Bhd|Bros|Jr|Sr|St|Dept|No)$/.test(m[1])) return surface;
  return surface.slice(0, -1);
}

/** The span's name without trailing lower-case words, as resolution will name it, unless the last is a body's kind ("party"). */
function nameWithoutTail(surface: string): string {
  const m = lowerCaseTail(surface);
  if (!m || words().nounAfter.test(` ${m[1].trim().split(/\s+/).pop()}`)) return surface;
  return m[0];
}

export function repairOrganizationSpans(text: string, unjoined: EntitySpan[], o: OrgSpanOptions): EntitySpan[] {
  const spans = withChamberCommittees(text, joinPairs(text, withUnionLocals(text, withPartnerNames(text, withHyphenedFirms(text, withCamelCaseFirms(text, withCourtSeats(text, withDomainNames(text, withFirmTails(text, unjoined)), words().courts, (s) => isPlace(s, o.lex))), o.lex, words().hyphens), o.lex, words().endWords))));
  const out: EntitySpan[] = [];
  const taken = new SpanSet(spans);
  for (const e of spans) {
    if (e.label !== 'ORG') {
      out.push(e);
      continue;
    }
    const whole = withoutCodeTail(text, e);
    if (!whole) continue;
    for (const piece of splitAtCodes(text, whole).flatMap((p) => splitAtJoins(text, p, o))) {
      let cut = cutTitle(text, cutTail(text, withWordBeforeSuffixed(text, cutLead(text, piece, o), taken), o), o);
      if (!cut) continue;
      let surface = cut.text.trim();
      // Resolution names a span without its trailing lower-case words ("North American energy" is "North American"),
      // unless one says what kind of body it is ("Socialist party"): a place, a region or a thing is judged by that name.
      let named = nameWithoutTail(withoutFullStop(surface));
      // A maker's name with its product's after it ("Nintendo Wii") is the maker's.
      const maker = makerBeforeProduct(text, named, o.lex);
      if (maker) {
        const start = cut.start + cut.text.indexOf(surface);
        cut = span(text, start, start + maker.length, 'ORG');
        surface = named = maker;
      }
      if (words().notNames.has(named) || isLegalSuffixWord(named) || commonWord(surface, text.slice(cut.end, cut.end + 24), o, text.slice(Math.max(0, cut.start - 24), cut.start))) continue;
      if (mostlyPlace(named, o.lex) || region(named, o.lex) || twoCountries(named) || twoPlaces(named, o.lex)) continue;
      if (words().projectAfter.test(text.slice(cut.end, cut.end + 16)) && !canonicalOrganization(surface) && !firmBeforeSite(surface, o.lex)) continue;
      // A leader's government ("Obama Administration", "Bush Administration"): 0 of 87 train and tune articles name it.
      if (leadersAdministration(surface, o.lex)) continue;
      if (namesAThing(text, named, o.lex)) continue;
      out.push(cut);
    }
  }
  return out;
}

/** A legal suffix on a curated organization's own name ("Fitch Ratings Ltd", "Moody's Corp"): that organization, not a body of its own. */
function curatedWithSuffix(surface: string): boolean {
  const m = suffixPatterns().firmEnd.exec(surface.trim());
  return !!m && !!canonicalOrganization(surface.trim().slice(0, m.index).trim());
}

/**
 * The curated organizations' matches that are not inside a longer tagged body's name: "the Senate Banking Committee"
 * is the committee, not the Senate, "ECB Executive Board" the board, not the ECB (data/ner/org-spans.json, bodyHeads).
 * A match that ends the body is its head and stays: "the March European Council" is the European Council.
 */
export function knownOutsideBodies<T extends { start: number; end: number }>(spans: EntitySpan[], known: T[], text?: string): T[] {
  const orgs = spans.filter((e) => e.label === 'ORG' && !curatedWithSuffix(e.text));
  const bodies = orgs.filter((e) => words().bodyHead.test(e.text.trim()));
  // A tagged unit beginning with the match: a look-up by where it begins.
  const units = new Map<number, EntitySpan[]>();
  if (text !== undefined) for (const e of orgs) units.set(e.start, [...(units.get(e.start) ?? []), e]);
  if (bodies.length === 0 && units.size === 0) return known;
  // A body holding the match and ending after it: a look-up per match, not a scan of the bodies.
  const set = new SpanSet(bodies);
  return known.filter((k) => !set.contains(k.start, k.end + 1) && !(units.get(k.start) ?? []).some((e) => unitOfCurated(text!, e, k)));
}

/**
 * A tagged organization that begins with a curated name and goes on in capitalised words is a unit of its own
 * ("Airbus Military", "CNN IBN", "Thomson Reuters Data", "Fed Board of Governors"): not the curated organization. Not
 * with a title's head or rank after the name ("Senate Democratic Leader", "IMF Managing Director"), a number or a code
 * ("U.N. Rio+20" summit), nor a word joined on by a hyphen ("United Nations-backed"); a legal suffix after it is the curated firm's own (curatedWithSuffix).
 */
export function unitOfCurated(text: string, e: { start: number; end: number }, k: { start: number; end: number }): boolean {
  if (e.start !== k.start || e.end <= k.end) return false;
  const tail = text.slice(k.end, e.end);
  // A span the tagger ended inside a written token ("U.N. Rio" of "Rio+20") names no unit.
  if (!/^[^\S\n]+\p{Lu}/u.test(tail) || /^[\p{L}\p{N}+]/u.test(text.slice(e.end, e.end + 1))) return false;
  // A title written after the span ("Senate Democratic" + "Leader", "EU Foreign Policy" + "chief"): the span cut a title.
  const next = /^[^\S\n]+(\p{L}[\p{L}'’.-]*)/u.exec(text.slice(e.end, e.end + 40))?.[1];
  if (next && (isTitleHead(next) || isTitleModifier(next) || (/^\p{Lu}/u.test(next) && isTitleWord(next)))) return false;
  // Words, not a number or a code: "U.N. Rio+20" is the body's conference.
  return tail.trim().split(/\s+/).every((w) => /^[\p{L}][\p{L}'’.&-]*$/u.test(w) && !isTitleHead(w) && !isTitleModifier(w));
}

/** The most words an owner's name before a body's is looked up with (bodyWithoutOwner). */
const MAX_OWNER_WORDS = 6;

/**
 * A body's name without the curated organization it begins with: "ECB Executive Board" (or "ECB's Executive
 * Board") is also written "Executive Board", an alias of the body; at least two words stay. A one-word owner written
 * with its possessive owns the body whether the list knows it or not: "the Party's Central Committee" is also the
 * "Central Committee" (not "Sotheby's Advisory Board": a name's own "'s", possessive-names.ts).
 */
export function bodyWithoutOwner(surface: string): string | undefined {
  const s = surface.trim();
  if (!words().bodyHead.test(s)) return undefined;
  const ws = s.split(/\s+/);
  // An owner's name is a few words: the look-up of every prefix of a long span would grow with its square.
  for (let i = 1; i <= Math.min(ws.length - 2, MAX_OWNER_WORDS); i++) {
    const owner = ws.slice(0, i).join(' ').replace(/['’]s$/, '');
    if (canonicalOrganization(owner)) return ws.slice(i).join(' ');
  }
  if (ws.length >= 3 && /^\p{Lu}\p{L}+['’]s$/u.test(ws[0]) && !endsInOwnS(ws[0]) && ws.slice(1).every((w) => /^\p{Lu}/u.test(w))) return ws.slice(1).join(' ');
  return undefined;
}

/**
 * A chamber's committee named with "committee" or "subcommittee" in lower case and words of its own between ("House
 * Appropriations subcommittee", "Senate banking committee"; not a bare "House subcommittee"): its name keeps them, as
 * the text writes it, where other trailing lower-case words are cut ("Bank said").
 */
export function isChamberCommittee(surface: string): boolean {
  const m = words().chamber.exec(surface);
  // Words of its own after the chamber's whole name: not "House of Representatives subcommittee", "House of Commons
  // committee", nor a party's plural ("Senate Democrats committee").
  const rest = m ? surface.slice(m[0].length).replace(/^['’]s?/, '') : '';
  return !!m && /^\s+\S.*\s(?:sub)?committee$/u.test(rest) && ownWords(surface.replace(/\s+(?:sub)?committee$/, ''));
}

/**
 * A court's name without its seat: "U.S. District Court, Southern District of New York", "U.S. District Court in
 * Santa Ana" and "U.S. Court of Appeals for the 9th Circuit" are also written "U.S. District Court" and "U.S. Court of
 * Appeals" (an alias; the annotations name them either way).
 */
export function courtWithoutSeat(surface: string): string | undefined {
  const m = words().courtTail.exec(surface.trim());
  return m ? surface.trim().slice(0, m.index) : undefined;
}

/**
 * A newspaper's or a magazine's title, which takes its "The" ("Wall Street Journal", "Sunday Times"; data/ner/org-spans.json,
 * publicationHeads): two words at least, the last one of the list's.
 */
export function isPublicationTitle(surface: string): boolean {
  return words().publicationHead.test(surface);
}

const CAPITALISED_END = /\p{Lu}\S*$/u;

/**
 * A name with the lower-case word after it that says what kind of body it is ("Kossuth radio", "Tea Party movement",
 * "Socialist party"; not after a possessive, "Google's office"; data/ner/org-spans.json, kindsAfter): that spelling, as the
 * text writes it from the name's start, or undefined. The annotations name such bodies with the word or without it.
 */
export function kindForm(text: string, end: number, surface: string): string | undefined {
  if (!CAPITALISED_END.test(surface)) return undefined;
  const m = words().kindAfter.exec(text.slice(end, end + 24));
  return m ? `${surface}${text.slice(end, end + m[0].length).replace(/\s+/g, ' ')}` : undefined;
}
