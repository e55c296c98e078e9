/**
 * Topics an article is about, from a user-extensible taxonomy (data/topics.json):
 * each topic has weighted terms; an article's score for a topic grows with the
 * weighted, dampened term counts (title hits count double) and is normalised by
 * article length, then squashed into (0, 1]. Only topics with enough distinct
 * evidence and close enough to the best topic are returned, so an article gets a
 * handful of topics.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeRegExp } from '../article/regex.js';

export interface TopicTerm {
  term: string;
  weight: number;
}

export interface TopicDef {
  id: string;
  label: string;
  iptc?: string | null;
  /** The broader topic's id (data/topics.json `parent`); null or absent at the top level. */
  parent?: string | null;
  description?: string;
  terms: TopicTerm[];
}

export interface TopicScore {
  id: string;
  label: string;
  score: number;
  iptc?: string;
}

export interface ScoreTopicsOptions {
  /** Offset where the body starts; text before it (the title) counts double. Default: end of the first line. */
  titleEnd?: number;
  /** Minimum score to report. Default 0.3. */
  minScore?: number;
  /** Report topics scoring at least this fraction of the best topic. Default 0.3. */
  relative?: number;
  /** At most this many topics. Default 6. */
  max?: number;
  /** Minimum number of distinct terms matched. Default 2 (1 if matched in the title). */
  minDistinctTerms?: number;
  /** termEvidence(text, titleEnd) of this very text, when the caller has it already (not checked; the pipeline reads it for the classifier too). */
  evidence?: ArticleTermEvidence;
}

interface CompiledTopic {
  def: TopicDef;
  /** per term: its own pattern, sticky (see scanAll) */
  termRes: RegExp[];
  weights: number[];
  /** per term: matches count on the original text (capitalised terms) or the lower-cased copy */
  cs: boolean[];
  /** per term: its literal prefix's length (see literalPrefix) */
  prefixLen: number[];
  /** per term: what its pattern allows right after the literal prefix (see WORD_END, SPACE_NEXT) */
  after: Uint8Array;
}

/**
 * What a term's pattern allows right after its literal prefix, so that the scan can rule out a
 * match by one character before running the pattern (most tries fail there: "bank" in "banking").
 * WORD_END: the term is one word, so only "s", "es" or the end of a word may follow; SPACE_NEXT:
 * its first word ends in a space, which must follow. Other terms (a hyphen, '*') are left to the pattern.
 */
const ANY_NEXT = 0;
const WORD_END = 1;
const SPACE_NEXT = 2;

function afterPrefix(term: string): number {
  const t = /^\p{Lu}/u.test(term) ? term : term.toLowerCase(); // as termPattern and literalPrefix read it
  const next = t.charAt(literalPrefix(term).length);
  return next === '' ? WORD_END : next === ' ' ? SPACE_NEXT : ANY_NEXT;
}

/** Terms by the literal text their matches start with (see literalPrefix). */
interface StartEntry {
  prefix: string;
  /** ti * 65536 + term index, ascending */
  cands: number[];
}
interface Starts {
  /** prefixes of one character, by its code */
  byOne: Map<number, StartEntry[]>;
  /** longer prefixes, by their first two character codes (c0 * 65536 + c1) */
  byTwo: Map<number, StartEntry[]>;
  /** the same for ASCII characters, in arrays (the scan asks at every word start): byOne by c0, byTwo by c0 * 128 + c1 */
  asciiOne: Array<StartEntry[] | undefined>;
  asciiTwo: Array<StartEntry[] | undefined>;
}

const DATA_PATH = fileURLToPath(new URL('../../data/topics.json', import.meta.url));
let TOPICS: CompiledTopic[] | undefined;
/** Term starts of the capitalised terms (matched on the text as written) and of the others (on its lower-cased copy). */
let STARTS: { cs: Starts; lower: Starts } | undefined;

const CREDIT_RE = /\((?:[^()]{0,40}?\b)?(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled|Contributing)\b[^()]*\)/gi;

function termPattern(term: string): string {
  const prefix = term.endsWith('*');
  const t = prefix ? term.slice(0, -1) : term;
  const body = escapeRegExp(t).replace(/\\?[ -]/g, (m) => (m.trim() === '' ? '[\\s-]+' : '[\\s-]?'));
  const tail = prefix ? '[\\p{L}-]*' : '(?:s|es)?';
  return `(?<![\\p{L}\\p{N}])${body}${tail}(?![\\p{L}\\p{N}])`;
}

function compile(defs: TopicDef[]): CompiledTopic[] {
  return defs.map((def) => {
    // One sticky pattern per term, tried where its first word starts (scanAll).
    const pats = def.terms.map((t) => {
      const cs = /^\p{Lu}/u.test(t.term);
      return termPattern(cs ? t.term : t.term.toLowerCase());
    });
    if (def.terms.length >= 65536) throw new Error(`topics: too many terms in ${def.id}`);
    return {
      def,
      termRes: pats.map((p) => new RegExp(p, 'uy')),
      weights: def.terms.map((t) => t.weight),
      cs: def.terms.map((t) => /^\p{Lu}/u.test(t.term)),
      prefixLen: def.terms.map((t) => literalPrefix(t.term).length),
      after: Uint8Array.from(def.terms, (t) => afterPrefix(t.term)),
    };
  });
}

/**
 * The literal text every match of a term starts with (in the case its pattern
 * uses): the term up to its first space, hyphen or '*' (see termPattern).
 */
function literalPrefix(term: string): string {
  const t = /^\p{Lu}/u.test(term) ? term : term.toLowerCase();
  return /^[^ *-]*/.exec(t)![0];
}

function indexStarts(topics: CompiledTopic[], cs: boolean): Starts {
  const byPrefix = new Map<string, number[]>();
  topics.forEach((tp, ti) => {
    tp.def.terms.forEach((t, k) => {
      if (tp.cs[k] !== cs) return;
      const prefix = literalPrefix(t.term);
      let l = byPrefix.get(prefix);
      if (!l) byPrefix.set(prefix, (l = []));
      l.push(ti * 65536 + k);
    });
  });
  const byOne = new Map<number, StartEntry[]>();
  const byTwo = new Map<number, StartEntry[]>();
  for (const [prefix, cands] of byPrefix) {
    const m = prefix.length === 1 ? byOne : byTwo;
    const key = prefix.length === 1 ? prefix.charCodeAt(0) : prefix.charCodeAt(0) * 65536 + prefix.charCodeAt(1);
    let l = m.get(key);
    if (!l) m.set(key, (l = []));
    l.push({ prefix, cands: cands.sort((x, y) => x - y) });
  }
  const asciiOne = new Array<StartEntry[] | undefined>(128).fill(undefined);
  const asciiTwo = new Array<StartEntry[] | undefined>(128 * 128).fill(undefined);
  for (const [key, ents] of byOne) if (key < 128) asciiOne[key] = ents;
  for (const [key, ents] of byTwo) {
    const c0 = Math.floor(key / 65536);
    const c1 = key % 65536;
    if (c0 < 128 && c1 < 128) asciiTwo[c0 * 128 + c1] = ents;
  }
  return { byOne, byTwo, asciiOne, asciiTwo };
}

/** ASCII letters and digits: a term cannot start right after one ((?<![\p{L}\p{N}]) in termPattern). */
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_ALNUM[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * Every match of every topic's regex in `src`, as the global scans
 * `while ((m = re.exec(src)))` of the topic regexes would find them. A topic's
 * regex matches at a position with its first alternative (term) that matches
 * there, and a term can only match where its literal prefix starts (and not
 * right after a letter or digit): so at each such position the topic's
 * candidate terms are tried, sticky, in term order, left to right through the
 * text, each topic from the end of its previous match on. Only the terms `starts` indexes are
 * tried: the capitalised terms on the text as written, the others on its lower-cased copy (a
 * lower-case term's match on the text as written counted for nothing, yet could hide a
 * capitalised term of its topic it overlapped).
 */
function scanAll(src: string, topics: CompiledTopic[], starts: Starts, onMatch: (ti: number, term: number, index: number) => void): void {
  const lastEnd = new Int32Array(topics.length);
  const { byOne, byTwo, asciiOne, asciiTwo } = starts;
  const hasOne = byOne.size > 0;
  const len = src.length;
  const cands: number[] = [];
  let c1 = len > 0 ? src.charCodeAt(0) : 0;
  for (let p = 0; p < len; p++) {
    const c0 = c1;
    c1 = p + 1 < len ? src.charCodeAt(p + 1) : -1;
    // Inside a word no term starts: the cheap test first, before the prefix look-ups.
    if (p > 0) {
      const q = src.charCodeAt(p - 1);
      if (q < 128 && ASCII_ALNUM[q] === 1) continue;
    }
    let two: StartEntry[] | undefined;
    let one: StartEntry[] | undefined;
    if (c0 < 128) {
      two = c1 < 0 ? undefined : c1 < 128 ? asciiTwo[c0 * 128 + c1] : byTwo.get(c0 * 65536 + c1);
      one = asciiOne[c0];
    } else {
      two = c1 >= 0 ? byTwo.get(c0 * 65536 + c1) : undefined;
      one = hasOne ? byOne.get(c0) : undefined;
    }
    if (two === undefined && one === undefined) continue;
    cands.length = 0;
    // The one-character prefixes' terms, then the longer ones' (no array of the two made per position).
    const groups = (one === undefined ? 0 : pushCandidates(src, p, one, cands)) + (two === undefined ? 0 : pushCandidates(src, p, two, cands));
    if (groups > 1) cands.sort((x, y) => x - y);
    for (let k = 0; k < cands.length; k++) {
      const ti = cands[k] >>> 16;
      if (p < lastEnd[ti]) continue;
      const term = cands[k] & 0xffff;
      const tp = topics[ti];
      const after = tp.after[term];
      if (after !== ANY_NEXT) {
        // A letter or digit right after the prefix ends the try, but for a one-word term's "s" or "es".
        const d = src.charCodeAt(p + tp.prefixLen[term]);
        if (d < 128 && ASCII_ALNUM[d] === 1 && (after === SPACE_NEXT || (d !== 115 && d !== 101))) continue;
      }
      const re = tp.termRes[term];
      re.lastIndex = p;
      if (re.test(src)) {
        lastEnd[ti] = re.lastIndex;
        onMatch(ti, term, p);
      }
    }
  }
}

/** Adds to `cands` the terms of the entries whose prefix starts at `p` of `src`; returns how many entries did. */
function pushCandidates(src: string, p: number, ents: StartEntry[], cands: number[]): number {
  let groups = 0;
  for (let e = 0; e < ents.length; e++) {
    const ent = ents[e];
    if (ent.prefix.length > 2 && !src.startsWith(ent.prefix, p)) continue;
    for (const c of ent.cands) cands.push(c);
    groups++;
  }
  return groups;
}

/** JavaScript's \s (WhiteSpace and LineTerminator). */
function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** (text.match(/\S+/g) ?? []).length */
function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const sp = isJsSpace(text.charCodeAt(i));
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

/** Load (or reload) the taxonomy from a JSON file: { topics: TopicDef[] }. */
export function loadTopics(path: string = DATA_PATH): TopicDef[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { topics: TopicDef[] };
  for (const t of raw.topics) {
    if (!t.id || !t.label || !Array.isArray(t.terms)) throw new Error(`topics: bad entry ${JSON.stringify(t).slice(0, 80)}`);
    // The scan finds a term where its first word starts (scanAll): a term must begin with one.
    for (const { term } of t.terms) if (literalPrefix(term) === '') throw new Error(`topics: ${t.id}: term ${JSON.stringify(term)} does not begin with a word`);
  }
  const ids = new Set(raw.topics.map((t) => t.id));
  for (const t of raw.topics) {
    if (t.parent && !ids.has(t.parent)) throw new Error(`topics: ${t.id}: parent ${t.parent} is not a topic of ${path}`);
  }
  TOPICS = compile(raw.topics);
  STARTS = { cs: indexStarts(TOPICS, true), lower: indexStarts(TOPICS, false) };
  return raw.topics;
}

function topics(): CompiledTopic[] {
  if (!TOPICS) loadTopics();
  return TOPICS!;
}

/** The taxonomy in use. */
export function listTopics(): Array<{ id: string; label: string; iptc?: string; parent?: string; description?: string }> {
  return topics().map(({ def }) => ({
    id: def.id,
    label: def.label,
    ...(def.iptc ? { iptc: def.iptc } : {}),
    ...(def.parent ? { parent: def.parent } : {}),
    ...(def.description ? { description: def.description } : {}),
  }));
}

/** Per topic of the taxonomy (listTopics() order): its term matches in an article. */
export interface TermEvidence {
  /** Σ weight · (1 + ln count) over the matched terms (title hits count double). */
  raw: number;
  /** Distinct terms matched. */
  distinct: number;
  /** Some term matched in the title. */
  titleHit: boolean;
}

/** An article's term evidence: its words as countWords counts them, and each topic's matches. */
export interface ArticleTermEvidence {
  words: number;
  topics: TermEvidence[];
}

/** The words of `text` as countWords counts them, and each topic's term evidence; credit lines blanked. */
export function termEvidence(text: string, titleEnd: number = Math.max(0, text.indexOf('\n'))): ArticleTermEvidence {
  // Journalists' credit lines ("(Reporting by ...; Editing by ...)") say nothing about the topic.
  text = text.replace(CREDIT_RE, (m) => ' '.repeat(m.length));
  const lower = text.toLowerCase();
  const all = topics();
  const counts = all.map((t) => new Array<number>(t.weights.length).fill(0));
  const titleHit = new Array<boolean>(all.length).fill(false);
  for (const [src, csPass] of [
    [text, true],
    [lower, false],
  ] as const) {
    scanAll(src, all, csPass ? STARTS!.cs : STARTS!.lower, (ti, idx, index) => {
      if (all[ti].cs[idx] !== csPass) return; // capitalised terms count on the original text only
      const inTitle = index < titleEnd;
      counts[ti][idx] += inTitle ? 2 : 1;
      if (inTitle) titleHit[ti] = true;
    });
  }
  return {
    words: countWords(text),
    topics: all.map(({ weights }, ti) => {
      let raw = 0;
      let distinct = 0;
      counts[ti].forEach((c, i) => {
        if (c > 0) {
          distinct++;
          raw += weights[i] * (1 + Math.log(c));
        }
      });
      return { raw, distinct, titleHit: titleHit[ti] };
    }),
  };
}

/**
 * Topics the article is about by their term lists alone, best first, scores in (0, 1]. Terms
 * that start with a capital are matched against the text as written, lower-case terms against a
 * lower-cased copy. The pipeline decides with the trained classifier (topic-model.ts), which
 * reads this evidence as features.
 */
export function scoreTopics(text: string, opts: ScoreTopicsOptions = {}): TopicScore[] {
  const titleEnd = opts.titleEnd ?? Math.max(0, text.indexOf('\n'));
  const minScore = opts.minScore ?? 0.3;
  const relative = opts.relative ?? 0.3;
  const max = opts.max ?? 6;
  const minDistinct = opts.minDistinctTerms ?? 2;
  const ev = opts.evidence ?? termEvidence(text, titleEnd);
  const words = Math.max(50, ev.words);
  const lengthNorm = Math.pow(words / 400, 0.35);
  const scored: Array<TopicScore & { raw: number }> = [];
  const all = topics();
  for (let ti = 0; ti < all.length; ti++) {
    const { def } = all[ti];
    const { raw, distinct, titleHit } = ev.topics[ti];
    if (distinct === 0) continue;
    if (distinct < minDistinct && !(titleHit && distinct >= 1)) continue;
    const density = raw / lengthNorm;
    const score = 1 - Math.exp(-density / 10);
    scored.push({ id: def.id, label: def.label, score, raw, ...(def.iptc ? { iptc: def.iptc } : {}) });
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0]?.score ?? 0;
  return scored
    .filter((s) => s.score >= minScore && s.score >= best * relative)
    .slice(0, max)
    .map(({ id, label, score, iptc }) => ({ id, label, score: Math.round(score * 1000) / 1000, ...(iptc ? { iptc } : {}) }));
}

/** The broader topics of a topic of the taxonomy, nearest first (`parent`, its parent, ...); none for an unknown id. */
export function topicAncestors(id: string): string[] {
  const byId = new Map(topics().map(({ def }) => [def.id, def]));
  const out: string[] = [];
  for (let p = byId.get(id)?.parent; p && !out.includes(p); p = byId.get(p)?.parent) out.push(p);
  return out;
}
