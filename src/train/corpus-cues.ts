/**
 * Corpus-wide evidence of what a name is, for the tagger (training time; stored in the model as
 * gazetteer classes). Across the unlabeled Reuters corpus, every run of capitalised words is looked at
 * in its context: a name followed by "Inc", "shares", a ticker or "said its", or after "analyst at",
 * "shares of" or "Ohio-based", is written like a company; one after "Mr." or a title, or followed by
 * ", who" or "said he", like a person (the cue lists are data: data/ner/type-cues.json). Names with
 * enough cues get a class the tagger weighs like any gazetteer match: CUEORG or CUEPER when one kind
 * has at least CUE_SHARE of the cues, CUEMIX otherwise. Counted without the tagger, so the model
 * depends on the corpus and the cue lists alone (no model feeds the next one).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../extract/tokenize.js';
import type { Token } from '../extract/types.js';
import { countryOfSurface } from '../extract/countries/gazetteer.js';
import { isInstrumentCode } from '../article/instrument-codes.js';

export interface TypeCues {
  orgSuffix: string[];
  orgAfter: string[][];
  orgBefore: string[][];
  orgBeforeSuffix: string[];
  perBefore: string[][];
  perAfter: string[][];
  perTitles: string[];
  titleModifiers: string[];
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const TYPE_CUES_PATH = path.resolve(HERE, '../../data/ner/type-cues.json');

export function loadTypeCues(file = TYPE_CUES_PATH): TypeCues {
  return JSON.parse(readFileSync(file, 'utf8')) as TypeCues;
}

/** A name needs this many cue occurrences, in at least CUE_DOCS articles, to get a class. */
export const CUE_MIN = 3;
export const CUE_DOCS = 2;
export const CUE_SHARE = 0.8;
const MAX_NAME_TOKENS = 6;
const JOINERS = new Set(['of', '&', 'and', 'de', 'for']);
const LEADING = new Set(['The', 'A', 'An', 'But', 'And', 'In', 'On', 'At', 'For', 'By', 'As', 'With', 'From', 'To', 'Of', 'If', 'When', 'While', 'After', 'Before', 'Its', 'His', 'Her', 'Their', 'Shares', 'Analysts']);

const isCap = (w: string) => /^[\p{Lu}]/u.test(w);
const seqAt = (toks: Token[], i: number, seq: string[]) => seq.every((w, k) => toks[i + k]?.text.toLowerCase() === w.toLowerCase());
const seqEndsAt = (toks: Token[], end: number, seq: string[]) => end - seq.length >= 0 && seqAt(toks, end - seq.length, seq);

/** Counts per lower-cased name: [person cues, organization cues, articles with a cue]. */
export type CueCounts = Map<string, [number, number, number]>;

/**
 * Whether a name (as written) is a place: a country, its demonym or capital as the country finder reads
 * it ("China", "U.S.", "Japanese", "Tokyo"; not a metonym such as "White House"), or a country, region or
 * demonym of the tagger's gazetteer ("European", "Asian"). "European shares", "Tokyo stocks" and "China
 * said its" are markets and countries, not companies: a place gets no cue.
 */
export function placeTest(gaz: ReadonlyMap<string, readonly string[]>): (name: string) => boolean {
  return (name) => {
    const c = countryOfSurface(name);
    if (c && c.via !== 'metonym') return true;
    return (gaz.get(name.toLowerCase()) ?? []).some((cls) => PLACE_CLASSES.has(cls));
  };
}
const PLACE_CLASSES = new Set(['COUNTRY', 'REGION', 'DEMONYM']);

/** Adds one article's cues to `counts` (body text from `bodyStart`); names `isPlace` accepts are not counted. */
export function countCues(text: string, bodyStart: number, cues: TypeCues, counts: CueCounts, isPlace: (name: string) => boolean = () => false): void {
  const suffixes = new Set(cues.orgSuffix);
  const titles = new Set(cues.perTitles);
  const modifiers = new Set(cues.titleModifiers);
  const seen = new Set<string>();
  for (const s of splitSentences(text, bodyStart)) {
    const toks = s.tokens;
    // Headlines and capitals-only lines say nothing by their capitals.
    if (!toks.some((t) => /\p{Ll}/u.test(t.text))) continue;
    for (let i = 0; i < toks.length; ) {
      if (!isCap(toks[i].text) || isInstrumentCode(toks[i].text)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < toks.length && (isCap(toks[j].text) || (JOINERS.has(toks[j].text) && isCap(toks[j + 1]?.text ?? ''))) && !isInstrumentCode(toks[j].text)) j++;
      // The name: the run without leading openers and person titles ("Treasury Secretary"), and without
      // a legal suffix (itself a cue).
      let a = i;
      while (a < j && LEADING.has(toks[a].text)) a++;
      let title = false;
      for (let k = a; k < j - 1 && (titles.has(toks[k].text) || modifiers.has(toks[k].text)); k++) {
        if (titles.has(toks[k].text) && isCap(toks[k + 1].text) && !JOINERS.has(toks[k + 1].text)) {
          title = true;
          a = k + 1;
        }
      }
      while (a < j && JOINERS.has(toks[a].text)) a++;
      let b = j;
      let suffix = false;
      while (b > a && suffixes.has(toks[b - 1].text)) {
        suffix = true;
        b--;
      }
      if (b > a && b - a <= MAX_NAME_TOKENS) {
        let per = 0;
        let org = 0;
        if (suffix) org++;
        const next = j;
        if (isInstrumentCode(toks[next]?.text ?? '') || ((toks[next]?.text === '(' || toks[next]?.text === '<') && isInstrumentCode(toks[next + 1]?.text ?? ''))) org++;
        if (cues.orgAfter.some((q) => seqAt(toks, next, q))) org++;
        if (cues.orgBefore.some((q) => seqEndsAt(toks, a, q))) org++;
        if (a > 0 && cues.orgBeforeSuffix.some((x) => toks[a - 1].text.endsWith(x))) org++;
        if (title) per++;
        if (!title && cues.perBefore.some((q) => seqEndsAt(toks, a, q))) per++;
        if (cues.perAfter.some((q) => seqAt(toks, next, q))) per++;
        const name = (per || org) && toks.slice(a, b).map((t) => t.text).join(' ');
        if (name && !isPlace(name)) {
          const key = name.toLowerCase();
          let c = counts.get(key);
          if (!c) counts.set(key, (c = [0, 0, 0]));
          c[0] += per;
          c[1] += org;
          if (!seen.has(key)) {
            seen.add(key);
            c[2]++;
          }
        }
      }
      i = j;
    }
  }
}

/** The gazetteer class of a name's cue counts, if it has enough of them. */
export function cueClass(c: readonly [number, number, number]): 'CUEORG' | 'CUEPER' | 'CUEMIX' | undefined {
  const total = c[0] + c[1];
  if (total < CUE_MIN || c[2] < CUE_DOCS) return undefined;
  if (c[1] >= CUE_SHARE * total) return 'CUEORG';
  if (c[0] >= CUE_SHARE * total) return 'CUEPER';
  return 'CUEMIX';
}
