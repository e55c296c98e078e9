/**
 * Courts named with their seat: the tagger ends "U.S. District Court" before "for the Southern District of New York",
 * "U.S. Court of Appeals" before "for the 9th Circuit", and often tags the seat apart ("Southern District of New York",
 * "Federal Circuit", "Circuit"), which then stands as an organization of its own. A tagged court's name ending in one of
 * the court heads (data/ner/org-spans.json, courtHeads: "Court", "Court of Appeals", "Attorney's Office") takes in the seat
 * written right after it, on its line:
 *   ", <compass word> District of <Place>"            "U.S. District Court, Southern District of New York"
 *   " for the [<compass word>] District of <Place>"    "U.S. District Court for the Southern District of New York"
 *   " for the <ordinal>|Federal Circuit"               "U.S. Court of Appeals for the 9th Circuit"
 *   " in [the <compass word> District of] <Place>"     "U.S. District Court in Brooklyn"; only for a court or an
 *       attorney's office of a district, a circuit or bankruptcy ("the Supreme Court in March" is no seat, nor is a
 *       month or a day).
 * The place of a seat is a place the tagger tagged there or one the place test knows ("Delaware", "Manhattan"; an
 * abbreviation whole, "Washington D.C."); it never runs across a person's name, a title or another tagged name ("in
 * Manhattan Judge Denise Cote", "District of Columbia Judge Amy Berman Jackson"), and no seat is taken in where no place
 * is found after "in" (a headline's "in Delaware Approves Plan" ends at "Delaware").
 * A circuit court's name takes in the ordinal written right before it ("2nd U.S. Circuit Court of Appeals", "5th U.S." + "Circuit Court of Appeals"). The spans
 * inside the seat go. The bare court stays a spelling of it (org-spans.ts, courtWithoutSeat): the annotations write
 * these courts with their seat and without.
 */
import { escapeRegExp } from '../article/regex.js';
import { isTitleWord, matchTitle } from '../extract/titles.js';
import type { EntitySpan } from '../extract/types.js';

export interface CourtWords {
  courtHeads: readonly string[];
  regionPrefixes: readonly string[];
  endWords: ReadonlySet<string>;
  /** A court named with one of these takes "in <Place>" as its seat: "District", "Circuit", "Bankruptcy", "Attorney's Office". */
  seatedCourtWords: readonly string[];
  /** A circuit named by a word, not a number: "Federal". */
  namedCircuits: readonly string[];
  /** A court that takes in the ordinal before it: "Circuit Court". */
  circuitCourts: readonly string[];
  /** A country's word between the ordinal and the court: "U.S.". */
  courtCountryWords: readonly string[];
}

/** A word list as a regex alternation, each word literal ("U.S." matches only itself). */
export const alternation = (words: readonly string[]) => words.map(escapeRegExp).join('|');

/** A place's words: up to three capitalised words, an abbreviation whole ("D.C."); which of them name the place, placeEnd says. */
const PLACE_WORD = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}'’-]*)`;
const PLACE = String.raw`(${PLACE_WORD}(?:[^\S\n]+${PLACE_WORD}){0,2})`;

let CACHE: { words: CourtWords; head: RegExp; seat: RegExp; inSeat: RegExp; seated: RegExp; circuitCourt: RegExp; ordinalBefore: RegExp } | undefined;

function patterns(w: CourtWords) {
  if (CACHE?.words === w) return CACHE;
  const regions = alternation(w.regionPrefixes);
  const district = String.raw`(?:(?:${regions})[^\S\n]+)?District[^\S\n]+of[^\S\n]+${PLACE}`;
  CACHE = {
    words: w,
    head: new RegExp(String.raw`\b(?:${alternation(w.courtHeads)})$`, 'u'),
    seat: new RegExp(
      String.raw`^(?:,[^\S\n]+(?:${regions})[^\S\n]+District[^\S\n]+of[^\S\n]+${PLACE}|[^\S\n]+for[^\S\n]+the[^\S\n]+(?:${district}|(?:\d{1,2}(?:st|nd|rd|th)|${alternation(w.namedCircuits)})[^\S\n]+Circuit))`,
      'u',
    ),
    inSeat: new RegExp(String.raw`^[^\S\n]+in[^\S\n]+(?:the[^\S\n]+${district}|${PLACE})`, 'u'),
    seated: new RegExp(String.raw`\b(?:${alternation(w.seatedCourtWords)})\b`, 'u'),
    circuitCourt: new RegExp(String.raw`\b(?:${alternation(w.circuitCourts)})\b`, 'u'),
    ordinalBefore: new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2}(?:st|nd|rd|th)[^\S\n]+(?:(?:${alternation(w.courtCountryWords)})[^\S\n]+)?)$`, 'u'),
  };
  return CACHE;
}

/** A court (or attorney's office) of a district, a circuit or bankruptcy, whose "in <Place>" after it is its seat. */
export function seatedCourt(surface: string, w: CourtWords): boolean {
  const p = patterns(w);
  return p.head.test(surface) && p.seated.test(surface);
}

/**
 * The end of the place whose words (up to three) begin at `start`: the longest run of them a tagged LOC span or the place
 * test names, stopping at a title, a time word, a person's name, another tagged name or a comma or full stop after a
 * word. Without such a place, the words up to the stop unless `mustBePlace`; undefined when none is left.
 */
function placeEnd(text: string, start: number, words: string, after: readonly EntitySpan[], w: CourtWords, isPlace: (s: string) => boolean, mustBePlace: boolean): number | undefined {
  const ends: number[] = [];
  for (const m of words.matchAll(/\S+/g)) {
    const word = m[0].replace(/[,]$/, '');
    const abbreviation = /^(?:\p{Lu}\.){2,}$/u.test(word);
    const bare = abbreviation ? word : word.replace(/\.$/, '');
    const from = start + m.index!;
    const to = from + bare.length;
    const named = after.find((s) => s.start < to && s.end > from && (s.label === 'PER' || (s.label !== 'LOC' && s.start === from && ends.length > 0)));
    if (named || isTitleWord(bare) || matchTitle([bare], 0) || w.endWords.has(bare)) break;
    ends.push(to);
    if (bare !== m[0]) break;
  }
  for (let j = ends.length - 1; j >= 0; j--) {
    if (after.some((s) => s.label === 'LOC' && s.start === start && s.end === ends[j]) || isPlace(text.slice(start, ends[j]))) return ends[j];
  }
  return mustBePlace || ends.length === 0 ? undefined : ends[ends.length - 1];
}

/** The end of the seat written right after a court's name ending at `end`, or undefined; `after`: the spans after it. */
function seatEnd(text: string, surface: string, end: number, after: readonly EntitySpan[], w: CourtWords, isPlace: (s: string) => boolean): number | undefined {
  const p = patterns(w);
  if (!p.head.test(surface)) return undefined;
  const rest = text.slice(end, end + 80);
  const m = p.seat.exec(rest);
  if (m) {
    const place = m[1] ?? m[2];
    if (place === undefined) return end + m[0].length;
    return placeEnd(text, end + m[0].length - place.length, place, after, w, isPlace, false);
  }
  if (!seatedCourt(surface, w)) return undefined;
  const n = p.inSeat.exec(rest);
  if (!n) return undefined;
  const place = n[1] ?? n[2];
  return placeEnd(text, end + n[0].length - place.length, place, after, w, isPlace, n[2] !== undefined);
}

/** `isPlace`: whether a name is a place (a country, a U.S. state, one the corpus lexicon confidently tags LOC). */
export function withCourtSeats(text: string, spans: EntitySpan[], w: CourtWords, isPlace: (surface: string) => boolean): EntitySpan[] {
  const out: EntitySpan[] = [];
  let until = -1;
  for (const [i, e] of spans.entries()) {
    if (e.start < until) continue;
    if (e.label !== 'ORG') {
      out.push(e);
      continue;
    }
    let start = e.start;
    const p = patterns(w);
    const ord = p.circuitCourt.test(e.text) ? p.ordinalBefore.exec(text.slice(Math.max(0, e.start - 14), e.start)) : null;
    if (ord) start = e.start - ord[1].length;
    const nameEnd = e.start + e.text.trimEnd().length;
    // The spans a seat could reach, gathered only after a court's head.
    const after: EntitySpan[] = [];
    if (p.head.test(e.text.trimEnd())) for (let j = i + 1; j < spans.length && spans[j].start < nameEnd + 80; j++) after.push(spans[j]);
    const end = seatEnd(text, e.text.trimEnd(), nameEnd, after, w, isPlace) ?? e.end;
    if (start === e.start && end === e.end) {
      out.push(e);
      continue;
    }
    // A span the ordinal's word took in before ("... 2nd") is not one: the court begins at the ordinal.
    while (out.length && out[out.length - 1].end > start) out.pop();
    until = end;
    out.push({ start, end, text: text.slice(start, end), label: 'ORG' });
  }
  return out;
}
