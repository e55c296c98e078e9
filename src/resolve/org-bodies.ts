/**
 * Bodies named in full where the tagger found no organization: a run of capitalised words ending with a body's head
 * noun (data/ner/org-kinds.json runHeads: "Council", "Confederation", "School", "Party"), with the "of"/"for"/"on"
 * part after it (nameConnectors of the same file), is an organization's name ("the Spanish Confederation of Commerce", "the US Chamber of Commerce",
 * "the Indian School of Business", "his Serbian Progressive Party", "the U.S.-China Business Council"). The tagger,
 * on text it never saw, tags such names in pieces (a demonym MISC, a place LOC, "Commerce." LOC) or not at all.
 *
 * It does not fire where the tagger tagged an organization over any of the run (the other repairs judge those), where a
 * tagged span reaches out of the run or a person's name begins inside it, where the head is followed by another capitalised word ("College Park",
 * "Committee Chairman Dodd"), for a head alone or after a lower-case word ("Member of Parliament"), for a country's
 * name or a place the tagger read whole ("Soviet Union"), in a run written in capitals (a heading), or where the run
 * follows "X and" or its "of" part goes on with "and X" (the name may begin before or end after: "Franklin and
 * Marshall College", "University of Science and Technology"). A sentence's first word that is an opening adverb (org-kinds.json
 * sentenceOpeners) the corpus mostly writes in lower case ("Today", "Separately") is left out of the run, and a Title
 * Case headline is not read at all.
 */
import { countryOfSurface } from '../extract/countries/gazetteer.js';
import { usuallyLowerCase } from '../extract/ner/truecase.js';
import { partitionPoint } from '../extract/intervals.js';
import type { EntitySpan, Sentence, Token } from '../extract/types.js';
import { isBodyHead, isNameConnector, isRunFreeWord, isSentenceOpener } from './org-kinds.js';
import { timeEndWords } from './org-spans.js';
import { CAPITAL_START, LOWER_START } from '../article/letters.js';

/** A word a body's name goes on after its head with ("of", "for", "on", "des"); an "and" may join two names instead. */
const joins = (t: Token | undefined) => t !== undefined && t.text !== 'and' && isNameConnector(t.text);

/** Module constants: tsx builds a \p{..} literal anew each time it runs. */
const LOWER_LETTER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const isCap = (t: Token | undefined) => t !== undefined && CAPITAL_START.test(t.text) && !isRunFreeWord(t.text);
const isCaps = (t: Token) => !LOWER_LETTER.test(t.text);
const isWord = (t: Token) => LETTER.test(t.text);

/**
 * A Title Case headline ("Obama Attacks Republican Party Over Budget Committee"): four capitalised words or more, none
 * in lower case but the small words titles leave so ("of", "the"). Its runs of capitals are not names.
 */
function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter(isWord);
  if (words.filter((t) => CAPITAL_START.test(t.text)).length < 4) return false;
  return words.every((t) => !LOWER_START.test(t.text) || isNameConnector(t.text) || isRunFreeWord(t.text[0].toUpperCase() + t.text.slice(1)));
}

/** The run of capitalised name words ending at token `h` (the head), or null when the run may begin before. */
function runStart(tokens: readonly Token[], h: number): number | null {
  let i = h;
  for (;;) {
    if (i > 0 && isCap(tokens[i - 1]) && tokens[i - 1].end === tokens[i].start - 1) i--;
    // Two names joined by a hyphen, written together: "U.S.-China Business Council".
    else if (i > 1 && tokens[i - 1].text === '-' && tokens[i - 1].end === tokens[i].start && tokens[i - 2].end === tokens[i - 1].start && isCap(tokens[i - 2])) i -= 2;
    else break;
  }
  // "Franklin and Marshall College": the name may begin before the "and".
  if (i >= 2 && /^(and|&)$/.test(tokens[i - 1].text) && isCap(tokens[i - 2])) return null;
  // "San Francisco-based Dui Hua Foundation": a place's "-based" begins no name.
  for (let k = h - 1; k >= i; k--) if (/-based$/i.test(tokens[k].text)) return k + 1;
  return i;
}

/** The most tokens of a head and its "of" part: longer is no one name ("Council of A Council of B ..."). */
const MAX_TAIL = 12;

/**
 * The end (exclusive token index) of the name after its head: "of Commerce", "for the Middle East", "on Foreign
 * Investment", not a day or month after "on"; -1 past MAX_TAIL tokens, so that a chain of heads and connectors costs each head MAX_TAIL steps at most.
 */
function runEnd(tokens: readonly Token[], h: number): number {
  let j = h + 1;
  for (;;) {
    let k = j;
    if (!joins(tokens[k])) break;
    k++;
    if (tokens[k]?.text === 'the') k++;
    // A day or month ends the name: "An Egyptian Court on Tuesday ruled" (org-spans.json endWords).
    const name = (t: Token | undefined) => isCap(t) && !timeEndWords().has(t!.text);
    if (!name(tokens[k])) break;
    while (name(tokens[k + 1]) && k - h <= MAX_TAIL) k++;
    j = k + 1;
    if (j - h > MAX_TAIL) return -1;
  }
  return j;
}

/**
 * The spans with each body's run named in full: one ORG span over the run, in place of the tagger's pieces inside it.
 * `spans` are the document's entity spans after repair, in text order; `capStat` the tagger's capitalisation statistics.
 */
export function nameBodyRuns(text: string, sentences: readonly Sentence[], spans: readonly EntitySpan[], capStat?: ReadonlyMap<string, string>): EntitySpan[] {
  const found: EntitySpan[] = [];
  for (const s of sentences) {
    const tokens = s.tokens;
    // Whether the sentence is a Title Case headline and its first word, read once per sentence, when it holds a head.
    let titleCase: boolean | undefined;
    let firstWord = -1;
    for (let h = 1; h < tokens.length; h++) {
      if (!isBodyHead(tokens[h].text)) continue;
      if (titleCase === undefined) {
        titleCase = isTitleCase(tokens);
        firstWord = tokens.findIndex(isWord);
      }
      if (titleCase) break;
      // The head ends its capitalised words: "College Park", "Committee Chairman" are not the body's name.
      if (isCap(tokens[h + 1]) && tokens[h + 1].start === tokens[h].end + 1) continue;
      let first = runStart(tokens, h);
      if (first === null) continue;
      // The sentence's first word, capitalised as first words are, is no name's word when it is an adverb that opens
      // sentences (data: sentenceOpeners) and the corpus mostly writes it in lower case ("Today Budget Committee
      // members voted", "Separately Press Council members met"); an adjective opening a name stays ("Higher School
      // of Economics", "Central Election Commission").
      if (capStat && first === firstWord && isSentenceOpener(tokens[first].text) && usuallyLowerCase(tokens[first].text, capStat)) first++;
      if (first === h) continue;
      const last = runEnd(tokens, h) - 1;
      if (last < 0) continue;
      // "University of Science and Technology" or "Council of Europe and NATO": where the name ends is not read here.
      if (last > h && tokens[last + 1]?.text === 'and' && isCap(tokens[last + 2])) continue;
      const run = tokens.slice(first, last + 1);
      if (run.every(isCaps)) continue;
      const start = run[0].start;
      const end = run[run.length - 1].end;
      const name = text.slice(start, end);
      if (countryOfSurface(name)) continue;
      // The tagger's spans over the run: spans are in text order and do not overlap, the first found by binary search.
      const inside: EntitySpan[] = [];
      for (let k = partitionPoint(spans, (e) => e.end > start); k < spans.length && spans[k].start < end; k++) {
        if (spans[k].end > start) inside.push(spans[k]);
      }
      // A span may end past the run by its full stop or comma only ("Commerce." tagged LOC).
      const outside = (e: EntitySpan) => e.start < start || (e.end > end && !/^[.,]$/.test(text.slice(end, e.end)));
      if (inside.some((e) => e.label === 'ORG' || outside(e))) continue;
      // A person named inside the run is no body's word: "Chancellor Angela Merkel Christian Democratic Union" is a
      // title, a person and a party; the person may only begin it ("John Smith Foundation").
      if (inside.some((e) => e.label === 'PER' && e.start > start)) continue;
      // A place the tagger read whole stays the place-repairs' to judge ("Soviet Union"; "Asia Society" they make a body).
      if (inside.length === 1 && inside[0].label === 'LOC' && inside[0].start === start && inside[0].end >= end) continue;
      // Runs are found in text order: only the last found may overlap this one.
      const prev = found[found.length - 1];
      if (prev && prev.end > start) continue;
      found.push({ start, end, text: name, label: 'ORG' });
    }
  }
  if (found.length === 0) return [...spans];
  // The spans a body's run covers (its full stop aside) go. Both lists are in text order: one pass.
  const kept: EntitySpan[] = [];
  let f = 0;
  for (const e of spans) {
    while (f < found.length && found[f].end <= e.start) f++;
    const run = found[f];
    if (!(run && e.start >= run.start && e.end <= run.end + 1)) kept.push(e);
  }
  return [...kept, ...found].sort((x, y) => x.start - y.start);
}
