import { countryOfSurface } from '../extract/countries/gazetteer.js';
import { isTitleWord } from '../extract/titles.js';
import type { EntitySpan, NerLabel, Sentence, Token } from '../extract/types.js';
import { tokenRange } from './spans.js';

/**
 * Corpus-level entity lexicon: how the tagger labels each surface string across
 * 20,000 unlabeled Reuters articles (built by scripts/build-lexicon.ts into
 * models/entity-lexicon.json.gz, loaded by src/pipeline/models.ts). The tagger is inconsistent from one article to
 * the next ("Rosneft" an organization in most articles, a person or nothing in
 * some); the corpus majority is a better guess than one article's context. Applied
 * to the repaired entity spans of a document, before resolution:
 *
 * 1. relabel: a span whose surface has a strong corpus majority for another type
 *    takes that type ("Strait of Hormuz" LOC, "Magna" ORG, "Morgan Tsvangirai" PER);
 * 2. in-document vote: one surface tagged differently within an article takes the
 *    corpus label, else the article's majority;
 * 3. add: untagged occurrences of strongly typed, distinctive surfaces (never
 *    common words, country names or demonyms) become spans.
 */

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
  /** First tokens of surfaces (quick rejection while scanning). */
  firstTokens: Set<string>;
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
  let a = 0;
  let b = words.length;
  if (b - a > 1 && /^the$/i.test(words[a])) a++;
  while (b - a > 1 && /^['’]s?$/.test(words[b - 1])) b--;
  return words.slice(a, b).join(' ').normalize('NFC');
}

export function lexiconFromFile(file: LexiconFile): Lexicon {
  const idx = LEXICON_FIELDS.map((f) => file.fields.indexOf(f));
  const entries = new Map<string, LexiconCounts>();
  let maxTokens = 1;
  const firstTokens = new Set<string>();
  for (const row of file.entries) {
    const key = row[0];
    const n = (i: number) => (idx[i] >= 0 ? Number(row[idx[i] + 1] ?? 0) : 0);
    entries.set(key, { tagged: [n(0), n(1), n(2), n(3)], untagged: n(4), initial: n(5), lower: n(6), docs: n(7), cues: [n(8), n(9), n(10)] });
    const toks = key.split(' ');
    maxTokens = Math.max(maxTokens, toks.length);
    firstTokens.add(toks[0]);
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

/**
 * The label context cues decide: at least `cueMin` cue occurrences, `cueShare` of
 * them for one label. Cues are counted apart from the tagger, so they can overrule
 * its systematic mistakes ("Airbus" MISC in most articles, yet "Airbus Chief
 * Executive", "planemaker Airbus").
 */
function cueLabel(c: LexiconCounts, o: LexiconOptions): NerLabel | undefined {
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
function addableLabel(lex: Lexicon, key: string, o: LexiconOptions): NerLabel | undefined {
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
  // Short acronyms are too ambiguous to add unseen: tickers ("DJI", "SPX"), terms ("LNG", "CDS").
  if (words.length === 1 && /^[\p{Lu}\p{N}.&-]{1,4}$/u.test(key)) return undefined;
  // A single word a person goes by is no one in particular ("David", "Ross"); the article's full name finds it.
  if (c.label === 'PER' && words.length === 1) return undefined;
  return c.label;
}

const isCapWord = (w: string) => /^[\p{Lu}]/u.test(w);
/** Capitalised words that may stand beside a name without being part of it. */
const FREE_NEIGHBOURS = new Set(['The', 'A', 'An', 'But', 'And', 'In', 'On', 'At', 'For', 'By', 'As', 'With', 'From', 'To', 'Of', 'I']);

interface Located {
  sentence: Sentence;
  first: number;
  last: number;
}

function locate(sentences: Sentence[], span: { start: number; end: number }): Located | null {
  // sentences are in text order: binary search for the containing one
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (span.end <= s.start) hi = mid - 1;
    else if (span.start >= s.end) lo = mid + 1;
    else {
      const range = tokenRange(s, span);
      return range ? { sentence: s, ...range } : null;
    }
  }
  return null;
}

/** A one-word name: three or more letters or digits, no abbreviation dot ("No.", "S.", "E" are not names). */
const isNameToken = (w: string) => /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}&'’-]{2,}$/u.test(w);
const isPieceStart = (w: string) => /^[\p{Lu}\p{N}]/u.test(w) && !/^the$/i.test(w);
/** A single word seldom written in lower case: a name, not a common word ("University", "City"). */
const distinctive = (c: LexiconCounts, o: LexiconOptions) =>
  c.lower <= o.addLowerRate * (c.tagged[0] + c.tagged[1] + c.tagged[2] + c.tagged[3] + c.untagged);

/** Lower-case words that join the parts of one organization's name ("Bank of Japan"): no segment boundary. */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'on', 'de', 'des', 'du', 'la', 'del', 'der', 'von', 'van', '&', 'für', 'y', 'e']);

/**
 * Splits the tokens of a span into confidently known surfaces (longest first, left
 * to right) and gaps of titles, possessives, punctuation and lower-case words;
 * null when some capitalised word is left over or nothing is known.
 */
function segment(lex: Lexicon, loc: Located, o: LexiconOptions): Array<{ first: number; last: number; label: NerLabel; key: string }> | null {
  const toks = loc.sentence.tokens;
  const pieces: Array<{ first: number; last: number; label: NerLabel; key: string }> = [];
  const gaps: number[] = [];
  for (let i = loc.first; i <= loc.last; ) {
    let found: { last: number; label: NerLabel; key: string } | undefined;
    for (let j = Math.min(loc.last, i + lex.maxTokens - 1); j >= i; j--) {
      const key = keyOf(toks, i, j);
      const label = lex.entries.has(key) && isPieceStart(toks[i].text) && (i < j || isNameToken(key)) && distinctive(lex.entries.get(key)!, o) ? confidentLabel(lex, key, o) : undefined;
      if (label) {
        found = { last: j, label, key };
        break;
      }
    }
    if (found) {
      pieces.push({ first: i, ...found });
      i = found.last + 1;
      continue;
    }
    const w = toks[i].text;
    if (/^\p{Lu}/u.test(w) && !isTitleWord(w) && !/^the$/i.test(w)) {
      // An unknown name ending in a surname the corpus knows as a person's: "Indra K. Nooyi" (of PepsiCo).
      let k = i;
      while (k + 1 <= loc.last && /^\p{Lu}/u.test(toks[k + 1].text) && !isTitleWord(toks[k + 1].text)) k++;
      const surname = toks[k].text;
      if (k - i < 4 && k > i && lex.entries.has(surname) && confidentLabel(lex, surname, o) === 'PER' && distinctive(lex.entries.get(surname)!, o)) {
        pieces.push({ first: i, last: k, label: 'PER', key: keyOf(toks, i, k) });
        i = k + 1;
        continue;
      }
      return null;
    }
    gaps.push(i);
    i++;
  }
  if (pieces.length === 0 || (pieces.length === 1 && gaps.length === 0)) return null;
  // Adjacent pieces are one longer name ("Thomas" "Donohue", "European" "Central Bank"), except an organization
  // and a person ("Deutsche Bank" "Josef Ackermann").
  for (let k = 1; k < pieces.length; k++) {
    if (pieces[k].first !== pieces[k - 1].last + 1) continue;
    const pair = new Set([pieces[k].label, pieces[k - 1].label]);
    if (!(pair.has('ORG') && pair.has('PER'))) return null;
  }
  // A joiner between two pieces keeps them one name, unless it is "X of <company>" after a person
  // or an "and" between things of different kinds ("KfW and France").
  for (const g of gaps) {
    const w = toks[g].text;
    if (!NAME_JOINERS.has(w)) continue;
    const before = pieces.find((p) => p.last === g - 1);
    const after = pieces.find((p) => p.first === g + 1);
    if (w === 'of' && before?.label === 'PER') continue;
    if (w === 'and' && before && after && before.label !== after.label) continue;
    if (!before && !after) continue;
    return null;
  }
  return pieces;
}

function keyOf(tokens: Token[], first: number, last: number): string {
  return surfaceKeyOfTokens(tokens.slice(first, last + 1).map((t) => t.text));
}

/**
 * Applies the corpus lexicon to a document's entity spans (after
 * repairEntitySpans, before resolution): relabels, votes within the document and
 * adds missed occurrences. Returns a new list in text order; `text` indexes the
 * offsets. The pipeline loads the shipped lexicon (src/pipeline/models.ts).
 */
export function applyLexicon(
  text: string,
  sentences: Sentence[],
  entities: EntitySpan[],
  lex: Lexicon,
  options: Partial<LexiconOptions> = {},
): EntitySpan[] {
  const o = { ...DEFAULT_LEXICON_OPTIONS, ...options };
  if (lex.entries.size === 0 && entities.length === 0) return entities;
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const spans: Array<{ span: EntitySpan; key: string; loc: Located | null }> = entities.map((e) => {
    const loc = locate(sorted, e);
    return { span: { ...e }, key: loc ? keyOf(loc.sentence.tokens, loc.first, loc.last) : e.text.replace(/\s+/g, ' '), loc };
  });

  // 0. segment a span the corpus does not know into pieces it knows well:
  //    "Deutsche Bank Chief Executive" is Deutsche Bank and a title, "Indra K. Nooyi of PepsiCo" a person and a company.
  for (let n = 0; n < spans.length; n++) {
    const s = spans[n];
    if (!s.loc || s.loc.last === s.loc.first || lex.entries.has(s.key)) continue;
    const pieces = segment(lex, s.loc, o);
    if (!pieces) continue;
    const toks = s.loc.sentence.tokens;
    const replaced = pieces.map((p) => ({
      span: { start: toks[p.first].start, end: toks[p.last].end, text: text.slice(toks[p.first].start, toks[p.last].end), label: p.label },
      key: p.key,
      loc: { sentence: s.loc!.sentence, first: p.first, last: p.last },
    }));
    spans.splice(n, 1, ...replaced);
    n += replaced.length - 1;
  }

  // Single words of multi-word person names in this article ("Ford" of "Gerald Ford"):
  // the article says they are a person, whatever the corpus says of the word alone.
  const personWords = new Set<string>();
  for (const s of spans) if (s.span.label === 'PER' && s.key.includes(' ')) for (const w of s.key.split(' ')) personWords.add(w);

  // 1. relabel by a confident corpus majority
  for (const s of spans) {
    const label = confidentLabel(lex, s.key, o);
    if (!label || label === s.span.label) continue;
    if (!s.key.includes(' ') && personWords.has(s.key) && s.span.label === 'PER') continue;
    s.span.label = label;
  }

  // 2. in-document vote among spans of one surface
  const byKey = new Map<string, typeof spans>();
  for (const s of spans) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
  for (const [key, group] of byKey) {
    const labels = new Set(group.map((g) => g.span.label));
    if (labels.size < 2) continue;
    // The corpus decides, when it knows the surface well enough and prefers one of the article's labels;
    // without corpus evidence the article's own labels stand (a vote there would as often undo a right one).
    let winner = confidentLabel(lex, key, o);
    if (!winner) {
      const c = corpusLabel(lex, key);
      if (c && c.total >= o.voteMin && c.share >= o.voteShare && labels.has(c.label)) winner = c.label;
    }
    if (winner) for (const g of group) g.span.label = winner;
  }

  // 3. add untagged occurrences of distinctive, strongly typed surfaces
  const added: EntitySpan[] = [];
  if (lex.entries.size > 0) {
    const covered = (s: Sentence, i: number) => {
      const t = s.tokens[i];
      return spans.some((x) => t.start < x.span.end && t.end > x.span.start) || added.some((x) => t.start < x.end && t.end > x.start);
    };
    for (const s of sorted) {
      const toks = s.tokens;
      for (let i = 0; i < toks.length; i++) {
        if (!lex.firstTokens.has(toks[i].text) && !/^the$/i.test(toks[i].text)) continue;
        if (covered(s, i)) continue;
        // longest surface starting here
        let found: { last: number; label: NerLabel; key: string } | undefined;
        for (let n = Math.min(lex.maxTokens + 1, toks.length - i); n >= 1; n--) {
          const last = i + n - 1;
          const key = keyOf(toks, i, last);
          if (!lex.entries.has(key)) continue;
          const label = addableLabel(lex, key, o);
          if (label) found = { last, label, key };
          break;
        }
        if (!found) continue;
        let first = i;
        let last = found.last;
        if (/^the$/i.test(toks[first].text) && first < last) first++;
        while (last > first && /^['’]s?$/.test(toks[last].text)) last--;
        let blocked = false;
        for (let k = first; k <= last; k++) if (covered(s, k)) blocked = true;
        if (blocked) continue;
        // Part of a longer capitalised name the lexicon does not know: leave it.
        const prev = toks[first - 1];
        const next = toks[last + 1];
        const glued = (a: Token, b: Token) => a.end === b.start;
        if (prev && (glued(prev, toks[first]) || (isCapWord(prev.text) && !FREE_NEIGHBOURS.has(prev.text) && !isTitleWord(prev.text)))) continue;
        if (next && (glued(toks[last], next) && /^[\p{L}\p{N}-]/u.test(next.text))) continue;
        if (next && isCapWord(next.text) && !isTitleWord(next.text)) continue;
        const counts = lex.entries.get(found.key)!;
        // A sentence's first word is capitalised anyway: only surfaces never seen in lower case.
        if (first === 0 && first === last && counts.lower > 0) continue;
        added.push({ start: toks[first].start, end: toks[last].end, text: text.slice(toks[first].start, toks[last].end), label: found.label });
        i = last;
      }
    }
  }

  return [...spans.map((s) => s.span), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
