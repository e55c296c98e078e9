/**
 * One name, one type in a document (label consistency, as in Krishnan & Manning 2006 and Ratinov & Roth 2009):
 * a short mention that is a run of whole words of the document's longer names takes the type those names give
 * it when they all agree: "Suu Kyi" tagged an organization beside the person "Aung San Suu Kyi", "Ruch" tagged a
 * person beside the firm "Ruch SA". Only between people and organizations; a place's or a nationality's name
 * inside an organization's ("Hong Kong" of "Hong Kong Standard", "German" of "German Bundesbank") keeps its own
 * type, and a word that the document's longer names give both types ("Tata" of "Ratan Tata" and "Tata Steel")
 * is left as tagged.
 */
import { HONORIFICS, isTitleWord } from '../extract/titles.js';
import type { EntitySpan, NerLabel } from '../extract/types.js';
import { beginsAFirm, firmCueAt, firmNameRuns } from './firm-names.js';
import { isNameSuffix, isPostNominal } from './post-nominals.js';

const SWAPPABLE: ReadonlySet<NerLabel> = new Set(['PER', 'ORG']);

/** Words that join two names or end one, and so make a span no fuller name of its other words: "Charles VI and France", "Hen Vipheak 's". */
const joinsOrEnds = (w: string) => w === 'and' || /^['’]s?$/u.test(w);
/**
 * Words that stand before a name, and so make a span run over them ("Mr Massoud Barzani", "President X") no fuller
 * name of the words after them; after the short mention, a title-like word is a firm's head ("Ruch Bank", "Wells
 * Fargo Bank"), not a title.
 */
const standsBefore = (w: string) => joinsOrEnds(w) || HONORIFICS.has(w) || isTitleWord(w);

/** A roman numeral after a name ("Charles VI", "John Paul II"). */
const ROMAN = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})$/u;

/**
 * Where a person's name's surname ends: before the letters after it, a name suffix, a post-nominal or a roman
 * numeral ("King" of "Martin Luther King Jr.", "Martin" of "Micheal Martin TD"), the name's first word kept.
 */
function surnameEnd(raw: readonly string[]): number {
  let end = raw.length;
  while (end > 1 && (raw[end - 1] === ',' || isNameSuffix(raw[end - 1]) || isPostNominal(raw[end - 1]) || ROMAN.test(raw[end - 1]))) end--;
  return end;
}

/** Whether the words of `short` stand together anywhere in `long` ("Kim" of "Kim Jong Un", "Li" of "Li Ka-shing"). */
function holdsRun(long: readonly string[], short: readonly string[]): boolean {
  for (let p = 0; p + short.length <= long.length; p++) if (short.every((w, k) => long[p + k] === w)) return true;
  return false;
}

/**
 * Whether `short` is where a fuller name of the type `type` would hold a short mention of it, case aside: the
 * beginning of an organization's ("Ruch" of "Ruch SA"; its last words are a head, "Bank", or a place, "Denver" of
 * "Federal Reserve Bank of Denver") or the end of a person's, letters after it aside (the surname: "Suu Kyi" of "Aung San Suu Kyi", "King" of "Martin
 * Luther King Jr."); and
 * the fuller name's other words are all of a name.
 */
function isFullerName(short: readonly string[], long: readonly string[], longRaw: readonly string[], type: NerLabel): boolean {
  if (short.length >= long.length) return false;
  const at = type === 'ORG' ? 0 : surnameEnd(longRaw) - short.length;
  if (at < 0) return false;
  for (let k = 0; k < short.length; k++) if (long[at + k] !== short[k]) return false;
  return !longRaw.some((w, j) => (j < at ? standsBefore(w) : j >= at + short.length && joinsOrEnds(w)));
}

/**
 * Relabels a person's or an organization's short mention to the type of the document's longer names that hold it
 * as a run of words, when those are all of the other one of the two types. Returns a new list, in the input's order.
 */
export function agreeWithFullerNames(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  // Words folded to lower case, so that a heading's "ROTOR" is "Rotor".
  const raw = spans.map((s) => s.text.split(/\s+/u));
  const words = raw.map((w) => w.map((x) => x.toLowerCase()));
  // The spans holding each word: a span's fuller names are among those holding its first word.
  const holding = new Map<string, Set<number>>();
  words.forEach((ws, j) => ws.forEach((w) => holding.set(w, (holding.get(w) ?? new Set()).add(j))));
  // The spans of each name, case aside.
  const mentions = new Map<string, number[]>();
  words.forEach((ws, j) => {
    const key = ws.join(' ');
    (mentions.get(key) ?? mentions.set(key, []).get(key)!).push(j);
  });
  // One answer per surface and label: an article repeats its names.
  const answers = new Map<string, NerLabel>();
  // The text's firms' legal names, found once, when first asked.
  let runs: string[][] | undefined;
  /**
   * Whether the text gives the organization's name a firm's words too: its legal name ("Wm. Wrigley Jr. Co."), or a
   * firm's words about any mention of it ("Ford shares rose"), so a person of the same surname leaves it a firm.
   */
  const namedAsFirm = (i: number): boolean => {
    if (mentions.get(words[i].join(' '))!.some((j) => firmCueAt(text, spans[j].start, spans[j].end))) return true;
    runs ??= firmNameRuns(text);
    return beginsAFirm(runs, words[i]);
  };
  /**
   * Whether a longer person's name of the text holds the name anywhere: a surname written first ("Kim" of "Kim Jong
   * Un" beside the law firm "Kim & Chang", "Li" of "Li Ka-shing" beside "Li & Fung") stays the person's.
   */
  const inPersonsName = (i: number): boolean =>
    [...(holding.get(words[i][0]) ?? [])].some((j) => spans[j].label === 'PER' && words[j].length > words[i].length && holdsRun(words[j], words[i]));
  const typeOf = (i: number): NerLabel => {
    const s = spans[i];
    const key = `${s.label}\t${words[i].join(' ')}`;
    const known = answers.get(key);
    if (known) return known;
    const types = new Set<NerLabel>();
    for (const j of holding.get(words[i][0]) ?? []) if (isFullerName(words[i], words[j], raw[j], spans[j].label)) types.add(spans[j].label);
    const [type] = types;
    const keep = types.size !== 1 || type === s.label || !SWAPPABLE.has(type) || (type === 'PER' ? namedAsFirm(i) : inPersonsName(i));
    const answer = keep ? s.label : type;
    answers.set(key, answer);
    return answer;
  };
  return spans.map((s, i) => {
    if (!SWAPPABLE.has(s.label)) return s;
    const label = typeOf(i);
    return label === s.label ? s : { ...s, label };
  });
}
