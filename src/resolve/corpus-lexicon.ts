/**
 * Corpus-level entity lexicon: how the tagger labels each surface string across
 * 20,000 unlabeled Reuters articles (built by scripts/build-lexicon.ts into
 * models/entity-lexicon.json.gz, loaded by src/pipeline/models.ts). The tagger is
 * inconsistent from one article to the next ("Rosneft" an organization in most articles,
 * a person or nothing in some); the corpus majority is a better guess than one article's
 * context. This module holds the lexicon (its counts and file format) and the labels it
 * gives a surface; lexicon.ts applies them to a document's spans.
 */
import { countryOfSurface } from '../extract/countries/gazetteer.js';
import { isTitleWord } from '../extract/titles.js';
import { splitSentences } from '../extract/tokenize.js';
import type { NerLabel } from '../extract/types.js';

export const LABELS: readonly NerLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** Corpus counts of one surface. */
export interface LexiconCounts {
  /** Tagged occurrences by label, in LABELS order. */
  tagged: [number, number, number, number];
  /** Capitalised occurrences not covered by any span, not at a sentence start. */
  untagged: number;
  /** Occurrences not covered by any span at a sentence start. */
  initial: number;
  /** Occurrences of the surface in lower case (a common word: "union", "council"). */
  lower: number;
  /** Articles with a tagged occurrence. */
  docs: number;
  /** Occurrences in a context that says PER / ORG / LOC ("Minister X", "shares of X", "near X"), whatever the tagger said. */
  cues: [number, number, number];
}

export interface Lexicon {
  entries: Map<string, LexiconCounts>;
  /** Longest surface, in tokens. */
  maxTokens: number;
  /** First tokens of surfaces, each with the most tokens a surface starting with it has (quick rejection and a bound while scanning). */
  firstTokens: Map<string, number>;
}

/** Thresholds; general, not tuned on individual names. */
export interface LexiconOptions {
  /** Relabel: at least this many tagged occurrences in the corpus ... */
  relabelMin: number;
  /** ... with at least this share for the winning label. */
  relabelShare: number;
  /** Add: at least this many tagged occurrences, in at least `addDocs` articles ... */
  addMin: number;
  addDocs: number;
  /** ... with this share for the label ... */
  addShare: number;
  /** ... tagged in at least this share of its capitalised mid-sentence occurrences ... */
  addTaggedRate: number;
  /** ... and at most this many lower-case uses per capitalised one. */
  addLowerRate: number;
  /** Labels whose missed occurrences are added. */
  addLabels: ReadonlySet<NerLabel>;
  /** Context cues decide a label when there are at least `cueMin` of them, `cueShare` for one label. */
  cueMin: number;
  cueShare: number;
  /** ... and at least this many cues per tagged occurrence. */
  cueRate: number;
  /** A short acronym is added only where the cues call it an organization, at least this many per tagged occurrence. */
  addAcronymCueRate: number;
  /** In-document vote: the corpus majority decides among an article's labels with at least this many occurrences and share. */
  voteMin: number;
  voteShare: number;
}

export const DEFAULT_LEXICON_OPTIONS: LexiconOptions = {
  relabelMin: 10,
  relabelShare: 0.85,
  addMin: 10,
  addDocs: 3,
  addShare: 0.9,
  addTaggedRate: 0.3,
  addLowerRate: 0.02,
  addLabels: new Set<NerLabel>(['ORG', 'PER']),
  cueMin: 8,
  cueShare: 0.85,
  cueRate: 0.05,
  addAcronymCueRate: 0.1,
  voteMin: 5,
  voteShare: 0.75,
};

/** On-disk form: field names, then one row per surface, sorted. */
export interface LexiconFile {
  format: 1;
  model?: string;
  articles?: number;
  fields: string[];
  entries: Array<[string, ...number[]]>;
}

export const LEXICON_FIELDS = ['PER', 'ORG', 'LOC', 'MISC', 'untagged', 'initial', 'lower', 'docs', 'cuePER', 'cueORG', 'cueLOC'];

/** The lexicon key of a token sequence: tokens joined by single spaces, without a leading "the" or a trailing possessive. */
export function surfaceKeyOfTokens(words: readonly string[]): string {
  const [a, b] = surfaceBounds(words, 0, words.length);
  return words.slice(a, b).join(' ').normalize('NFC');
}

/** The lexicon key of a name as a string: its words split by the tokenizer the lexicon was built with ("McDonald 's Corp"). */
export function surfaceKeyOfText(name: string): string {
  return surfaceKeyOfTokens(splitSentences(name).flatMap((s) => s.tokens.map((t) => t.text)));
}

const THE = /^the$/i;
const POSSESSIVE = /^['’]s?$/;

/** The words surfaceKeyOfTokens keeps of words[from, to) (a leading "the" and trailing "'s" dropped, one word at least), as [a, b). */
function surfaceBounds(words: ArrayLike<string>, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  if (b - a > 1 && THE.test(words[a])) a++;
  while (b - a > 1 && POSSESSIVE.test(words[b - 1])) b--;
  return [a, b];
}

/**
 * Whether the surface of words[from, to) could be one of the lexicon's: false when its first kept word begins no
 * surface, or begins none that long. A bound checked before the key is built (scans try every length at every word).
 */
export function mayBeSurface(lex: Lexicon, words: ArrayLike<string>, from: number, to: number): boolean {
  const [a, b] = surfaceBounds(words, from, to);
  const first = words[a];
  const max = lex.firstTokens.get(first) ?? (/^[\x00-\x7f]*$/.test(first) ? undefined : lex.firstTokens.get(first.normalize('NFC')));
  return max !== undefined && b - a <= max;
}

export function lexiconFromFile(file: LexiconFile): Lexicon {
  const idx = LEXICON_FIELDS.map((f) => file.fields.indexOf(f));
  const entries = new Map<string, LexiconCounts>();
  let maxTokens = 1;
  const firstTokens = new Map<string, number>();
  for (const row of file.entries) {
    // Keys as surfaceKeyOfTokens makes them (NFC): a decomposed key could neither be found nor bound a scan.
    const key = row[0].normalize('NFC');
    const n = (i: number) => (idx[i] >= 0 ? Number(row[idx[i] + 1] ?? 0) : 0);
    entries.set(key, { tagged: [n(0), n(1), n(2), n(3)], untagged: n(4), initial: n(5), lower: n(6), docs: n(7), cues: [n(8), n(9), n(10)] });
    const toks = key.split(' ');
    maxTokens = Math.max(maxTokens, toks.length);
    firstTokens.set(toks[0], Math.max(firstTokens.get(toks[0]) ?? 0, toks.length));
  }
  return { entries, maxTokens, firstTokens };
}

/** A lexicon from in-memory counts (tests, tools). */
export function makeLexicon(counts: Record<string, Partial<LexiconCounts>>): Lexicon {
  return lexiconFromFile({
    format: 1,
    fields: LEXICON_FIELDS,
    entries: Object.entries(counts).map(([k, c]) => [
      k,
      ...(c.tagged ?? [0, 0, 0, 0]),
      c.untagged ?? 0,
      c.initial ?? 0,
      c.lower ?? 0,
      c.docs ?? 0,
      ...(c.cues ?? [0, 0, 0]),
    ]),
  });
}

/** A one-word name: three or more letters or digits, no abbreviation dot ("No.", "S.", "E" are not names). */
export const isNameToken = (w: string) => /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}&'’-]{2,}$/u.test(w);
/** A single word seldom written in lower case: a name, not a common word ("University", "City"). */
export const distinctive = (c: LexiconCounts, o: LexiconOptions) =>
  c.lower <= o.addLowerRate * (c.tagged[0] + c.tagged[1] + c.tagged[2] + c.tagged[3] + c.untagged);

/** Lower-case words that join the parts of one organization's name ("Bank of Japan"): no segment boundary. */
export const NAME_JOINERS = new Set(['of', 'for', 'and', 'on', 'de', 'des', 'du', 'la', 'del', 'der', 'von', 'van', '&', 'für', 'y', 'e']);

/** The corpus label of a surface, with its share of tagged occurrences. */
export function corpusLabel(lex: Lexicon, key: string): { label: NerLabel; share: number; total: number; counts: LexiconCounts } | undefined {
  const c = lex.entries.get(key);
  if (!c) return undefined;
  const total = c.tagged[0] + c.tagged[1] + c.tagged[2] + c.tagged[3];
  if (total === 0) return undefined;
  let best = 0;
  for (let i = 1; i < 4; i++) if (c.tagged[i] > c.tagged[best]) best = i;
  return { label: LABELS[best], share: c.tagged[best] / total, total, counts: c };
}

/** Whether the corpus mostly tags `key` as one of `labels`: that label has at least `share` of at least `min` tagged occurrences. */
export function mostlyLabelled(lex: Lexicon, key: string, labels: readonly NerLabel[], share: number, min: number): boolean {
  const c = corpusLabel(lex, key);
  return !!c && labels.includes(c.label) && c.share >= share && c.total >= min;
}

/**
 * The label context cues decide: at least `cueMin` cue occurrences, `cueShare` of
 * them for one label. Cues are counted apart from the tagger, so they can overrule
 * its systematic mistakes ("Airbus" MISC in most articles, yet "Airbus Chief
 * Executive", "planemaker Airbus").
 */
export function cueLabel(c: LexiconCounts, o: LexiconOptions): NerLabel | undefined {
  const total = c.cues[0] + c.cues[1] + c.cues[2];
  const tagged = c.tagged[0] + c.tagged[1] + c.tagged[2] + c.tagged[3];
  // Cues are few next to the tagger's labels; a handful among thousands is noise ("Asian").
  if (total < o.cueMin || total < o.cueRate * tagged) return undefined;
  let best = 0;
  for (let i = 1; i < 3; i++) if (c.cues[i] > c.cues[best]) best = i;
  return c.cues[best] / total >= o.cueShare ? LABELS[best] : undefined;
}

/** The label a confident corpus majority (or clear context cues) gives a surface, if any. */
export function confidentLabel(lex: Lexicon, key: string, o: LexiconOptions = DEFAULT_LEXICON_OPTIONS): NerLabel | undefined {
  const c = corpusLabel(lex, key);
  // Countries, capitals and demonyms are the country finder's business, whatever the tagger calls them.
  if (!c || countryOfSurface(key)) return undefined;
  // Cues overrule the tagger only on names, not on common words that are sometimes capitalised ("West").
  const cue = key.includes(' ') || distinctive(c.counts, o) ? cueLabel(c.counts, o) : undefined;
  if (cue) return cue;
  return c.total >= o.relabelMin && c.share >= o.relabelShare ? c.label : undefined;
}

/** Whether untagged occurrences of a surface may be added as spans. */
export function addableLabel(lex: Lexicon, key: string, o: LexiconOptions): NerLabel | undefined {
  const c = corpusLabel(lex, key);
  if (!c || c.total < o.addMin || c.counts.docs < o.addDocs) return undefined;
  const cue = cueLabel(c.counts, o);
  // The tagger's clear majority, or its majority confirmed by the context cues.
  if (!(c.share >= o.addShare && (!cue || cue === c.label)) && !(cue === c.label && c.share >= 0.5)) return undefined;
  if (!o.addLabels.has(c.label)) return undefined;
  if (c.total / (c.total + c.counts.untagged) < o.addTaggedRate) return undefined;
  if (!distinctive(c.counts, o)) return undefined;
  const words = key.split(' ');
  if (!words.some((w) => /\p{L}{2}/u.test(w))) return undefined;
  // Capitalised: a name, not a number or a lower-case phrase.
  if (!/^[\p{Lu}]/u.test(words[0])) return undefined;
  if (words.length === 1 && !isNameToken(key)) return undefined;
  if (countryOfSurface(key)) return undefined;
  if (words.some((w) => isTitleWord(w)) && words.length === 1) return undefined;
  // A name's words are capitalised, but for joiners ("Bank of Japan"): not "FTSEurofirst 300 index".
  if (words.some((w) => /^\p{Ll}/u.test(w) && !NAME_JOINERS.has(w))) return undefined;
  // Short acronyms are too ambiguous to add unseen: tickers ("DJI", "SPX"), terms ("LNG", "CDS"); but for one the
  // corpus's own context cues call a body often ("HBOS said", "shares in AMR": a firm's words around one use in ten).
  if (words.length === 1 && /^[\p{Lu}\p{N}.&-]{1,4}$/u.test(key) && !(cue === 'ORG' && c.counts.cues[1] >= o.addAcronymCueRate * c.total)) return undefined;
  // A single word a person goes by is no one in particular ("David", "Ross"); the article's full name finds it.
  if (c.label === 'PER' && words.length === 1) return undefined;
  return c.label;
}
