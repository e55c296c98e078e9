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

/** Where the short mentions that a fuller name other than an organization's holds end: a person's at the surname. */
const heldEnd = (raw: readonly string[], type: NerLabel) => (type === 'PER' ? surnameEnd(raw) : raw.length);

/** The runs of words a longer name of the type could hold a shorter one as, in lower case: its beginnings, or its endings. */
function heldRuns(words: readonly string[], raw: readonly string[], type: NerLabel): string[] {
  const keys: string[] = [];
  if (type === 'ORG') for (let k = 1; k < words.length; k++) keys.push(words.slice(0, k).join(' '));
  else {
    const end = heldEnd(raw, type);
    for (let k = 0; k < end; k++) if (end - k < words.length) keys.push(words.slice(k, end).join(' '));
  }
  return keys;
}

/** Every run of words of a name shorter than the whole, in lower case ("kim", "jong un" of "Kim Jong Un"). */
function innerRuns(words: readonly string[]): string[] {
  const keys: string[] = [];
  for (let a = 0; a < words.length; a++) for (let b = a + 1; b <= words.length; b++) if (b - a < words.length) keys.push(words.slice(a, b).join(' '));
  return keys;
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
  const at = type === 'ORG' ? 0 : heldEnd(longRaw, type) - short.length;
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
  // The names that may be fuller names of each run of words, one span per surface and label (an article repeats its
  // names), and the runs of words people's longer names hold anywhere: found once, not per name asked.
  const fuller = new Map<string, number[]>();
  const inPersons = new Set<string>();
  const seen = new Set<string>();
  spans.forEach((s, j) => {
    if (seen.has(`${s.label}\t${s.text}`)) return;
    seen.add(`${s.label}\t${s.text}`);
    for (const key of heldRuns(words[j], raw[j], s.label)) (fuller.get(key) ?? fuller.set(key, []).get(key)!).push(j);
    if (s.label === 'PER') for (const key of innerRuns(words[j])) inPersons.add(key);
  });
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
  const inPersonsName = (i: number): boolean => inPersons.has(words[i].join(' '));
  const typeOf = (i: number): NerLabel => {
    const s = spans[i];
    const key = `${s.label}\t${words[i].join(' ')}`;
    const known = answers.get(key);
    if (known) return known;
    const types = new Set<NerLabel>();
    for (const j of fuller.get(words[i].join(' ')) ?? []) if (isFullerName(words[i], words[j], raw[j], spans[j].label)) types.add(spans[j].label);
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
