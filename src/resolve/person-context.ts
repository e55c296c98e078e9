/**
 * Names the tagger took for people that the article's own context calls something else (cue words in
 * data/ner/person-context.json): a product or brand before the noun for its kind ("Polly Pocket dolls",
 * "Ivy Bridge processors", "Bud Light maker"), a storm ("Hurricane Alex"), a court case ("Abood v. Detroit
 * Board of Education"), a partner's name in a law firm's ("Smith, Anderson, Blount, Dorsett, Mitchell & Jernigan"),
 * a site ("Puerto La Cruz refinery", "Clinton Airport", "Camp David", "Santa Monica"), a law, rule or award named after someone ("Volcker Rule",
 * "Tony Award"), a firm by its last word ("Dorman Trading", "State Street Global Advisors") or its first ("Banco Popolare"), a place before its state or country ("in Austin, Texas,"). Every mention of the
 * name goes, unless the article also gives it a person's title or honorific ("Mr. Austin"); on the very mention whose
 * own words made it something else only a honorific counts ("Mr. Lake Bell", not "Premier Asset Management").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countryOfSurface } from '../extract/countries/gazetteer.js';
import type { EntitySpan, NerLabel } from '../extract/types.js';
import { honorificCue, personCue } from './org-context.js';
import { HONORIFICS, isTitleWord } from '../extract/titles.js';
import { usStates } from './org-spans.js';
import { phraseRegExp } from '../article/regex.js';
import { nameSuffixes, postNominals } from './post-nominals.js';

interface PersonContextWords {
  productNounsAfter: string[];
  productsListedAfter: string[];
  eventWordsBefore: string[];
  caseAfter: string[];
  facilityNounsAfter: string[];
  facilityHeads: string[];
  placeFirstWords: string[];
  placeFirstWordsOfNames: string[];
  placeWordsBefore: string[];
  documentHeads: string[];
  documentWordsBefore: string[];
  firmHeads: string[];
  firmFirstWords: string[];
  regionsAfterComma: string[];
  notPeople: string[];
}

const DATA_PATH = fileURLToPath(new URL('../../data/ner/person-context.json', import.meta.url));
let CUES:
  | { product: RegExp; inList: RegExp; listed: RegExp; event: RegExp; caseAfter: RegExp; facility: RegExp; facilityHead: RegExp; placeFirst: RegExp; placeFirstOfNames: RegExp; placeBefore: RegExp; documentHead: RegExp; documentBefore: Set<string>; firmHead: RegExp; firmFirst: RegExp; states: Set<string>; notPeople: Set<string> }
  | undefined;


/** A name of one to three capitalised words, as in a list of products ("Tourneo Custom", "Mondeo", "GM"). */
const LISTED_NAME = `\\p{Lu}[\\p{L}\\p{N}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}'’.-]*){0,2}`;

function cues() {
  if (CUES) return CUES;
  const raw = JSON.parse(readFileSync(DATA_PATH, 'utf8')) as PersonContextWords;
  const nouns = raw.productNounsAfter.map(phraseRegExp).join('|');
  CUES = {
    product: new RegExp(`^\\s+(?:${nouns})(?![\\p{L}\\p{N}-])`, 'u'),
    inList: new RegExp(`^(?:,\\s+${LISTED_NAME})*,?\\s+(?:and|or)\\s+(other\\s+)?(${LISTED_NAME})\\s+(?:${nouns})(?![\\p{L}\\p{N}-])`, 'du'),
    listed: new RegExp(`(?:^|[^\\p{L}])(?:${nouns}),?\\s+(?:${raw.productsListedAfter.map(phraseRegExp).join('|')})\\s+$`, 'u'),
    facility: new RegExp(`^\\s+(?:${raw.facilityNounsAfter.map(phraseRegExp).join('|')})(?![\\p{L}\\p{N}-])`, 'u'),
    facilityHead: new RegExp(`\\s(?:${raw.facilityHeads.map(phraseRegExp).join('|')})$`, 'u'),
    placeFirst: new RegExp(`^(?:${raw.placeFirstWords.map(phraseRegExp).join('|')})\\s+\\p{Lu}`, 'u'),
    placeFirstOfNames: new RegExp(`^(?:${raw.placeFirstWordsOfNames.map(phraseRegExp).join('|')})\\s+\\p{Lu}`, 'u'),
    placeBefore: new RegExp(`(?:^|[^\\p{L}])(?:${raw.placeWordsBefore.map(phraseRegExp).join('|')})\\s+$`, 'u'),
    documentHead: new RegExp(`\\s(?:${raw.documentHeads.map(phraseRegExp).join('|')})$`, 'u'),
    documentBefore: new Set(raw.documentWordsBefore),
    firmHead: new RegExp(`\\s(?:${raw.firmHeads.map(phraseRegExp).join('|')})$`, 'u'),
    firmFirst: new RegExp(`^(?:${raw.firmFirstWords.map(phraseRegExp).join('|')})\\s+\\p{Lu}`, 'u'),
    notPeople: new Set(raw.notPeople),
    event: new RegExp(`(?:^|[^\\p{L}])(?:${raw.eventWordsBefore.map(phraseRegExp).join('|')})\\s+$`, 'u'),
    caseAfter: new RegExp(`^\\s+(?:${raw.caseAfter.map(phraseRegExp).join('|')})\\s+\\p{Lu}`, 'u'),
    states: new Set([...usStates(), ...raw.regionsAfterComma]),
  };
  return CUES;
}

/** A U.S. state or a region a town is written before, after a comma ("Austin, Texas", "Kelowna, British Columbia"). */
export const isStateOrRegion = (name: string): boolean => cues().states.has(name);

/** "Austin, Texas," / "Redmond, Washington-based": a comma, a U.S. state or a country, then punctuation or "-based". */
function placeBeforeItsState(after: string, states: Set<string>): boolean {
  const m = /^,\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)(?:-based|\s*[,.;:)]|\s*$)/u.exec(after);
  return !!m && (states.has(m[1]) || !!countryOfSurface(m[1]));
}

/**
 * Where a place stands: after "in", "at" ('placeWordsBefore'), before its state ("San Jose, California," and "Santa
 * Monica, California's Fremont") or before any place's "-based" ("San Ramon, Califorina-based").
 */
function wherePlaceStands(text: string, e: EntitySpan, c: ReturnType<typeof cues>): boolean {
  const after = text.slice(e.end, e.end + 80);
  if (c.placeBefore.test(text.slice(Math.max(0, e.start - 12), e.start)) || placeBeforeItsState(after, c.states)) return true;
  if (/^,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?-based/u.test(after)) return true;
  const m = /^,\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)['’]s\s/u.exec(after);
  return !!m && (c.states.has(m[1]) || !!countryOfSurface(m[1]));
}

/**
 * Where a document's name stands: three words or more, or after "the", "a" ('documentWordsBefore'), a possessive, a
 * quote, a capitalised word that is neither a title nor a sentence's first ("Equal Credit Opportunity Act"), or another
 * document's name and "and" ("Pulitzer Prize and Tony Award"); not "Author Ann Rule".
 */
function whereDocumentStands(text: string, e: EntitySpan, wordsBefore: Set<string>, head: RegExp): boolean {
  if (e.text.split(/\s+/).length >= 3) return true;
  const before = text.slice(Math.max(0, e.start - 40), e.start);
  if (/["“'‘]$/u.test(before)) return true;
  if (!/\s$/u.test(before)) return false;
  const words = before.trimEnd().split(/\s+/);
  const w = words[words.length - 1];
  if (wordsBefore.has(w.toLowerCase()) || /\p{L}['’]s?$/u.test(w) || /^["“]/u.test(w)) return true;
  const prev = words.length > 1 ? words[words.length - 2] : undefined;
  // "A Pulitzer Prize and Tony Award winner": listed after another document's name.
  if ((w === 'and' || w === 'or') && prev !== undefined && head.test(` ${prev}`)) return true;
  const sentenceFirst = prev === undefined ? e.start - before.length === 0 : prev === '' || /[.!?]["”]?$/u.test(prev);
  return /^\p{Lu}/u.test(w) && !sentenceFirst && !HONORIFICS.has(w) && !isTitleWord(w);
}

/** "Escalade ESV", "Aspen SUVs": a model's code or a product's acronym after a name in mixed case; not "Andrew Sutcliffe QC", "Louis XIV". */
function endsInCode(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  if (words.length < 2 || !/^\p{Lu}{2,4}s?$/u.test(last) || postNominals().has(last) || /^[IVXLC]+$/.test(last)) return false;
  return words.slice(0, -1).every((w) => /\p{Ll}/u.test(w));
}

/**
 * Whether a list matched after a name is one of products: not when its last item is an organization's name, which
 * makes the noun that firm's products ("Elon Musk and Tesla cars"), unless "other" says they are of one kind ("Buicks
 * and other GM nameplates").
 */
function listOfProducts(m: RegExpExecArray | null, offset: number, spans: EntitySpan[]): boolean {
  if (!m) return false;
  if (m[1]) return true;
  const [start, end] = m.indices![2].map((i) => i + offset);
  return !spans.some((s) => s.label === 'ORG' && s.start < end && s.end > start);
}

/** A label the name's own words give. */
function saidByName(label: NerLabel): { label: NerLabel; byText: boolean } {
  return { label, byText: false };
}

/** A label the text around the name gives. */
function saidByText(label: NerLabel): { label: NerLabel; byText: boolean } {
  return { label, byText: true };
}

/**
 * What the context makes of a person span, or undefined when it says nothing. `byText`: the cue is in the text around
 * the name ("Polly Pocket dolls"); otherwise in the name's own words ("Volcker Rule"), which a honorific right before
 * the same mention overrules ("Mr. Lake Bell").
 */
function contextLabel(text: string, e: EntitySpan, spans: EntitySpan[]): { label: NerLabel; byText: boolean } | undefined {
  const c = cues();
  const after = text.slice(e.end, e.end + 80);
  // Not a person: post-nominal letters the tagger left alone after a comma ("Andrew Sutcliffe, QC").
  if (c.notPeople.has(e.text) || (postNominals().has(e.text) && !nameSuffixes().has(e.text))) return saidByName('MISC');
  // Not a player in results, a surname in capitals before a country in brackets or a score: "Luis DIAZ (Spain) 69".
  if (endsInCode(e.text) && !/^\s*(?:\(\s*\p{Lu}|\d)/u.test(after)) return saidByName('MISC');
  // "Silverado, Avalanche and Tahoe trucks", "Buicks and other GM nameplates": a list that ends in a product noun.
  if (listOfProducts(c.inList.exec(after), e.end, spans)) return saidByText('MISC');
  if (c.product.test(after) || c.listed.test(text.slice(Math.max(0, e.start - 40), e.start))) return saidByText('MISC');
  if (c.facility.test(after)) return saidByText('LOC');
  if (c.facilityHead.test(e.text) || c.placeFirst.test(e.text)) return saidByName('LOC');
  // "a plant in San Ramon", "San Jose, California": a first word that also begins people's names ("Lake Bell").
  if (c.placeFirstOfNames.test(e.text) && wherePlaceStands(text, e, c)) return saidByName('LOC');
  if (c.documentHead.test(e.text) && whereDocumentStands(text, e, c.documentBefore, c.documentHead)) return saidByName('MISC');
  if (c.firmHead.test(e.text) || c.firmFirst.test(e.text)) return saidByName('ORG');
  if (c.event.test(text.slice(Math.max(0, e.start - 24), e.start))) return saidByText('MISC');
  if (!/\s/.test(e.text) && c.caseAfter.test(after)) return saidByText('MISC');
  // "Smith, Anderson, Blount, Dorsett, Mitchell & Jernigan": a one-word name two or more names before a '&' is a
  // partner's name in a law firm's (MISC: the firm is the organization, not its pieces).
  if (!/\s/.test(e.text) && /^(?:,\s+\p{Lu}[\p{L}'’-]*){2,6},?\s+&\s+\p{Lu}/u.test(after)) return saidByText('MISC');
  if (placeBeforeItsState(after, c.states)) return saidByText('LOC');
  if (inOwnedTitle(text, e, spans)) return saidByText('MISC');
  return undefined;
}

/**
 * A name inside the quoted title of an organization's programme or publication, after the title's first word: NBC's
 * "Meet the Press", CBS's "Face the Nation" are shows, not people (but the host of "Political Capital with Al Hunt" is one). The quotes open right after the organization's possessive and close within the same line after the name.
 */
function inOwnedTitle(text: string, e: EntitySpan, spans: EntitySpan[]): boolean {
  const m = /(['’]s\s+["“])([^"“”\n]{1,40})$/u.exec(text.slice(Math.max(0, e.start - 60), e.start));
  // The host a show is named after is a person: "Late Edition with Wolf Blitzer", "This Week with George Stephanopoulos".
  if (!m || /\bwith\s+$/iu.test(m[2]) || !/^[^"“”\n]{0,40}["”]/u.test(text.slice(e.end, e.end + 41))) return false;
  const owner = e.start - m[2].length - m[1].length;
  return spans.some((o) => o.label === 'ORG' && o.end === owner);
}

/** A name's initials, one or more ("D.", "J.K.", "J. K"). */
const isInitials = (w: string) => /^(?:\p{Lu}\.)*\p{Lu}\.?$/u.test(w);

/**
 * A person span without the post-nominal letters after the name ("Micheal Martin TD", "Andrew Sutcliffe, QC"): the
 * person is Micheal Martin, whom a later "Martin" joins. Only after a name in mixed case, initials aside ("Lord
 * Grabiner QC" is Grabiner once the title is off, "Michael D. Higgins TD" Michael D. Higgins; not "JOHN SMITH MP" in
 * a heading, where the letters' case says nothing).
 */
export function withoutPostNominal(e: EntitySpan): EntitySpan {
  if (e.label !== 'PER') return e;
  const m = /^(.*?[^\s,])(?:\s*,)?\s+(\p{Lu}[\p{Lu}\p{Ll}]{1,4})$/u.exec(e.text);
  if (!m || !postNominals().has(m[2]) || nameSuffixes().has(m[2])) return e;
  // Every word in mixed case or an initial ("Michael D. Higgins TD", "J.K. Rowling OBE"), and one in mixed case.
  const words = m[1].split(/\s+/);
  const mixed = (w: string) => /\p{Ll}/u.test(w);
  if (!words.some(mixed) || !words.every((w) => mixed(w) || isInitials(w))) return e;
  return { ...e, end: e.start + m[1].length, text: m[1] };
}

export function relabelNonPeople(text: string, input: EntitySpan[]): EntitySpan[] {
  const spans = input.some((e) => e.label === 'PER') ? input.map(withoutPostNominal) : input;
  const named = new Map<string, NerLabel>();
  const cued = new Set<EntitySpan>();
  for (const e of spans) {
    if (e.label !== 'PER' || named.has(e.text)) continue;
    const cue = contextLabel(text, e, spans);
    // A honorific saves the very mention whose own words made it something else; a title word does not, as it may
    // begin the firm's or the site's name ("Premier Asset Management", "King Abdullah City").
    if (cue && !cue.byText && honorificCue(text, e.start)) continue;
    if (cue) {
      named.set(e.text, cue.label);
      cued.add(e);
    }
  }
  if (named.size === 0) return spans;
  // A name the article titles as a person's elsewhere stays a person's everywhere; the mention that made it something
  // else is not asked ("Prince Rupert, British Columbia" is the place, title word and all).
  for (const e of spans) if (e.label === 'PER' && !cued.has(e) && named.has(e.text) && personCue(text, e.start)) named.delete(e.text);
  return spans.map((e) => (e.label === 'PER' && named.has(e.text) ? { ...e, label: named.get(e.text)! } : e));
}
