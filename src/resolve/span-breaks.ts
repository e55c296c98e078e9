/**
 * A tagged span broken at a word no name holds: a word of lower-case letters alone that is no connector or particle
 * (data/ner/span-breaks.json). The tagger runs a name on through a verb or a common noun now and then ("Municipal
 * Police told Reuters", "Labour Department 's July employment", "Chicago NAPM rose 8.8"); the pieces on either side
 * that hold a capitalised word are kept, each without the connectors, punctuation, numbers and possessives at its
 * edges and a possessive's words before the break ("'s July"), with the span's type (the span types decide again after this). Not a span that opens with a lower-case word
 * ("de Silva", "al-Aqsa": the tagger's own), nor words with a hyphen or a capital ("self-rule", "eBay"). Then a list's
 * names run into one span are taken apart (listItems), and a club or a firm from the country it is of (originPlaceAt).
 * Linear in the span's words.
 *
 * CoNLL-2003 text only (settle-spans.ts): its names hold capitalised words alone, while the annotated Reuters articles
 * count a body's lower-case words as its name ("the German finance ministry", "Tokyo stock exchange", "Senate banking
 * committee"), which served resolution reads itself (org-spans.ts); on served text the break lowered Reuters train
 * organizations (6776/248/479 to 6773/253/482; interior breaks alone 6774/253/481: "UBS wealth Management").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countryOfSurface } from '../extract/countries/gazetteer.js';
import { groupBySentence, partitionPoint } from '../extract/intervals.js';
import { usuallyLowerCase } from '../extract/ner/truecase.js';
import { isLegalSuffixWord } from './legal-suffixes.js';
import { orgNounsAfter, timeEndWords } from './org-spans.js';
import { INSTITUTION_HEADS } from './spans.js';
import type { EntitySpan, Sentence, Token } from '../extract/types.js';
import { CAPITAL_START } from '../article/letters.js';

const DATA_PATH = fileURLToPath(new URL('../../data/ner/span-breaks.json', import.meta.url));
let data: { connectors: ReadonlySet<string>; headsBeforeOf: ReadonlySet<string> } | undefined;
/** data/ner/span-breaks.json, read once: its "about" fields say what each list decides. */
function breakWords() {
  if (data) return data;
  const raw = JSON.parse(readFileSync(DATA_PATH, 'utf8')) as { connectors: string[]; headsBeforeOf: string[] };
  return (data = { connectors: new Set(raw.connectors), headsBeforeOf: new Set(raw.headsBeforeOf) });
}
const connectorWords = () => breakWords().connectors;
/** Heads of bodies, titles and groups named with their country after "of" (span-breaks.json headsBeforeOf). */
const headsBeforeOf = () => breakWords().headsBeforeOf;
/** Words that end no name (weekdays, months: "Autos Summit on Sunday that ..."), a broken piece's last words. */
const nameEndWords = timeEndWords;
/** A body's kind written after its name, which resolution keeps in it ("the Green party", "Kyodo news agency"). */
const kindWords = orgNounsAfter;

const POSSESSIVE = /^['’]s?$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
/** A word no name begins or ends with once broken: a connector, punctuation, a number, a possessive's "'s". */
const edgeJunk = (w: string) => connectorWords().has(w.toLowerCase()) || !/[\p{L}]/u.test(w) || POSSESSIVE.test(w) || /^\d/u.test(w);

/** Whether a word breaks a name: lower-case letters alone and no connector. */
export const breaksName = (w: string): boolean => LOWER_WORD.test(w) && !connectorWords().has(w);

/**
 * Whether the span's token i breaks it: a word that breaks names, written apart from its neighbours ("Amazon.com" and
 * "MoveOn.org" are one name), and not a body's kind that ends the span ("Socialist party").
 */
function breaksAt(toks: readonly Token[], i: number, last: number): boolean {
  const t = toks[i];
  if (!breaksName(t.text)) return false;
  if (toks[i - 1]?.end === t.start || (toks[i + 1] && toks[i + 1].start === t.end)) return false;
  return !(i === last && kindWords().has(t.text));
}

function pieces(toks: readonly Token[], first: number, last: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = first;
  for (let i = first; i <= last + 1; i++) {
    if (i <= last && (i === first || !breaksAt(toks, i, last))) continue;
    let a = from;
    let b = i - 1;
    // Before a break a possessive's words are the broken noun's: "Labour Department 's July employment" is the department.
    if (i <= last) for (let k = b; k > a; k--) if (POSSESSIVE.test(toks[k].text)) { b = k - 1; break; }
    while (a <= b && (edgeJunk(toks[a].text) || !CAPITAL_START.test(toks[a].text))) a++;
    while (b >= a && (edgeJunk(toks[b].text) || nameEndWords().has(toks[b].text))) b--;
    if (a <= b) out.push([a, b]);
    from = i + 1;
  }
  return out;
}

/**
 * Where an organization named with the country it is of begins its country ("Karlsruhe of Germany", "Kia Motor Corp
 * of South Korea": the club or the firm, then the place), or -1: the words after its last "of" name a country or a
 * capital, and the word before it is a legal suffix or a word the news does not write in lower case, and no
 * institution's head (spans.ts): not a body named for its country ("Bank of Canada", "National Bank of Poland").
 */
function originPlaceAt(toks: readonly Token[], a: number, b: number, capStat?: ReadonlyMap<string, string>): number {
  let of = -1;
  for (let k = b - 1; k > a && of < 0; k--) if (toks[k].text === 'of') of = k;
  if (of < 0 || capStat === undefined) return -1;
  const before = toks[of - 1].text;
  if (!CAPITAL_START.test(before) || INSTITUTION_HEADS.has(before.toLowerCase())) return -1;
  // A firm (its legal suffix before "of") or a club (one word, no body's or title's head: not "Republic of Ireland",
  // "Church of England", "Boy Scouts of America").
  if (!isLegalSuffixWord(before) && (of - 1 > a || usuallyLowerCase(before, capStat) || headsBeforeOf().has(before.toLowerCase()))) return -1;
  const place = toks.slice(of + 1, b + 1).map((t) => t.text).join(' ');
  const country = countryOfSurface(place);
  return country && (country.via === 'name' || country.via === 'capital') ? of + 1 : -1;
}

/**
 * The names of a list run into one span: "Bangladesh Lamps , Chittagong Cement and Atlas Bangladesh" (commas, then
 * "and" after the last), "Kansai Electric Power and Kansai International Airport" (two names of two words or more
 * joined by "and" that open with the same word); each item capitalised. Null for one name ("State Law and Order
 * Restoration Council", "Marks and Spencer", "Bodman , Longely & Dahling").
 */
function listItems(toks: readonly Token[], a: number, b: number): Array<[number, number]> | null {
  const commas: number[] = [];
  let and = -1;
  for (let k = a + 1; k < b; k++) {
    if (toks[k].text === ',') commas.push(k);
    else if (toks[k].text === 'and') and = k;
  }
  let cuts: number[];
  // Each name of two words or more: a list of single words is a firm's partners ("Skadden , Arps , Slate , Meagher and
  // Flom") or a band ("Crosby , Stills , Nash and Young").
  if (commas.length > 0 && and > commas[commas.length - 1]) cuts = [...commas, and];
  else if (commas.length === 0 && and > a + 1 && b > and + 1 && toks[and + 1].text === toks[a].text) cuts = [and];
  else return null;
  const items: Array<[number, number]> = [];
  let from = a;
  for (const c of [...cuts, b + 1]) {
    if (c - 1 <= from || !CAPITAL_START.test(toks[from].text)) return null;
    items.push([from, c - 1]);
    from = c + 1;
  }
  return items;
}

/**
 * The spans, each broken at the words no name holds, a list's names apart, an organization split from the country it is of (given the
 * tagger's capitalisation statistics); spans outside any sentence as they are.
 */
export function breakAtCommonWords(text: string, sentences: readonly Sentence[], spans: readonly EntitySpan[], capStat?: ReadonlyMap<string, string>): EntitySpan[] {
  const make = (toks: readonly Token[], a: number, b: number, label: EntitySpan['label']): EntitySpan => ({ start: toks[a].start, end: toks[b].end, text: text.slice(toks[a].start, toks[b].end), label });
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const grouped = groupBySentence(sorted, spans);
  const held = new Set<EntitySpan>();
  for (const list of grouped.values()) for (const e of list) held.add(e);
  const out: EntitySpan[] = spans.filter((e) => !held.has(e));
  for (const [sentence, list] of grouped) {
    const toks = sentence.tokens;
    for (const e of list) {
      const first = partitionPoint(toks, (t) => t.start >= e.start);
      const last = partitionPoint(toks, (t) => t.end > e.end, first) - 1;
      let breaks = false;
      for (let i = first + 1; i <= last && !breaks; i++) breaks = breaksAt(toks, i, last);
      if (first > last || !CAPITAL_START.test(toks[first].text)) {
        out.push(e);
        continue;
      }
      const parts = (breaks ? pieces(toks, first, last) : [[first, last] as [number, number]]).flatMap(([a, b]) => listItems(toks, a, b) ?? [[a, b] as [number, number]]);
      const whole = parts.length === 1 && parts[0][0] === first && parts[0][1] === last;
      for (const [a, b] of parts) {
        const place = e.label === 'ORG' ? originPlaceAt(toks, a, b, capStat) : -1;
        if (place < 0) out.push(whole ? e : make(toks, a, b, e.label));
        else out.push(make(toks, a, place - 2, 'ORG'), make(toks, place, b, 'LOC'));
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A line of a table: no word of lower-case letters of two or more ("Hajduk 2 Proleter ( Z ) 0"). */
const tableRow = (s: Sentence) => !s.tokens.some((t) => /^\p{Ll}{2,}$/u.test(t.text));

/**
 * A club's town written as its initial in brackets after it, in a table's row, is part of its name ("Proleter ( Z )",
 * "Zeleznik ( B )": two clubs of one name told apart); the tagger often stops before the bracket or tags the letter
 * alone. Not in running text ("rated A by Moody 's ( A )" is no table), nor after any type but ORG.
 */
export function withTownInitials(text: string, sentences: readonly Sentence[], spans: readonly EntitySpan[]): EntitySpan[] {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const grouped = groupBySentence(sorted, spans);
  const swallowed = new Set<EntitySpan>();
  const grown = new Map<EntitySpan, EntitySpan>();
  for (const [sentence, list] of grouped) {
    if (!tableRow(sentence)) continue;
    const toks = sentence.tokens;
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (e.label !== 'ORG') continue;
      const after = partitionPoint(toks, (t) => t.start >= e.end);
      const [open, letter, close] = [toks[after], toks[after + 1], toks[after + 2]];
      if (open?.text !== '(' || !/^\p{Lu}$/u.test(letter?.text ?? '') || close?.text !== ')') continue;
      grown.set(e, { ...e, end: close.end, text: text.slice(e.start, close.end) });
      // The spans in the brackets come next in the sentence's list (text order): "B" of "Zeleznik ( B )".
      for (let k = i + 1; k < list.length && list[k].start < close.end; k++) if (list[k].start >= open.start && list[k].end <= close.end) swallowed.add(list[k]);
    }
  }
  return spans.filter((e) => !swallowed.has(e)).map((e) => grown.get(e) ?? e);
}

