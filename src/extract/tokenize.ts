/**
 * Sentence splitting and tokenization for English newswire, close to the
 * CoNLL-2003 / Penn Treebank conventions the NER model was trained on:
 *
 * - punctuation, brackets and quotes (straight and curly) are separate tokens;
 * - clitics are split: "Sarkozy's" -> "Sarkozy" "'s", "don't" -> "do" "n't";
 * - abbreviations keep their period: "U.S.", "Mr.", "Jan.", "Gen.", "Corp.",
 *   initials "W." (George W. Bush), "a.m.";
 * - numbers stay whole: "411.7", "1,000", "10:30", "1990s";
 * - "(Reuters) -" yields "(" "Reuters" ")" "-";
 * - Reuters instrument codes stay whole and end no sentence: "Freddie Mac FRE.N said",
 *   "(AAPL.O)", "<RDSa.L>", "7203.T", "(.DJI)".
 *
 * Hyphenated compounds: CoNLL keeps them as one token ("Strauss-Kahn",
 * "Jean-Claude", "Coca-Cola"), and so does this tokenizer, so that names the
 * model learned whole stay whole. The exception is a compound joining a country
 * or an abbreviation to something else ("U.S.-Russia", "U.S.-led",
 * "Russia-China"): it is split into part, "-", part, so each country is a token
 * of its own. The hyphen token touches its neighbours (no whitespace between
 * the offsets), which the tagger can see.
 *
 * Sentences end at line breaks, and at . ! ? (optionally followed by closing
 * quotes/brackets) when the next token starts a new sentence. A period that
 * belongs to a title/month abbreviation (Mr., Gen., Jan.) or an initial never
 * ends a sentence; one on "U.S." or "Corp." ends it only if the next word is a
 * typical sentence opener ("The", "He", ...).
 */
import { countryOfSurface } from './countries/gazetteer.js';
import type { Sentence, Token } from './types.js';
import { INDEX_CODE, TICKER_CODE } from '../article/instrument-codes.js';

/** Abbreviations that are never sentence-final in news text (followed by a name or number). */
const NON_FINAL_ABBREV = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl',
    'gov', 'sen', 'rep', 'reps', 'sens', 'pres', 'rev', 'hon', 'st', 'ste', 'mt', 'ft', 'fr', 'sr', 'jr',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'no', 'nos', 'vs', 'v', 'approx', 'est', 'vol', 'pp', 'fig', 'gens', 'supt', 'insp', 'det', 'messrs',
    'mme', 'mlle', 'sheikh', 'cf', 'e.g', 'i.e',
  ],
);
/** Abbreviations that may end a sentence. */
const FINAL_ABBREV = new Set([
  'corp', 'inc', 'ltd', 'co', 'cos', 'bros', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'etc', 'al', 'jr', 'sr',
  'dept', 'govt', 'assn', 'intl', 'mass', 'calif', 'fla', 'ill', 'tex', 'ariz', 'colo', 'conn', 'del', 'ga',
  'ind', 'kan', 'ky', 'la', 'md', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa',
  'tenn', 'va', 'vt', 'wash', 'wis', 'wyo', 'ala', 'ark', 'n.y', 'n.j', 'd.c',
]);
/** Words that typically open a sentence; an ambiguous abbreviation before them ends the sentence. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'for',
  'this', 'that', 'these', 'those', 'there', 'its', 'his', 'her', 'their', 'our', 'if', 'when', 'while',
  'after', 'before', 'as', 'however', 'analysts', 'officials', 'some', 'many', 'most', 'other', 'one',
  'meanwhile', 'still', 'also', 'yet', 'so', 'since', 'although', 'though', 'what', 'who', 'how', 'why',
  'shares', 'prices', 'under', 'with', 'by', 'from', 'last', 'earlier', 'later', 'both', 'such', 'no',
]);

const CLITIC_RE = /^(.+?)('s|'S|’s|’S|'re|’re|'ve|’ve|'ll|’ll|'d|’d|'m|’m|n't|N'T|n’t)$/;

// One token at a time, tried in order.
const TOKEN_RE = new RegExp(
  [
    // URLs and e-mail addresses (a local part of 64 characters at most, as in RFC 5321: an unbounded one was read
    // to the end of a run of letters, dots and hyphens from each of its tokens, "U.S.-China-Japan-...")
    String.raw`(?:https?://|www\.)[^\s"'<>()\[\]]+[^\s"'<>()\[\].,;:!?]`,
    String.raw`[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+`,
    // Reuters instrument codes (a ticker and its exchange: FRE.N, RDSa.L, 7203.T; an index: .DJI after a bracket)
    String.raw`(?<![\p{L}\p{N}.&'’-])(?:${TICKER_CODE}|(?<=[(<])${INDEX_CODE})(?![\p{L}\p{N}.'’&-])`,
    // dotted abbreviations: U.S. U.N. a.m. N.Y. (2+ letter-period pairs)
    String.raw`(?:\p{L}\.){2,}`,
    // numbers: 1,000  411.7  10:30  1/2  1990s  10th  $ handled as punctuation
    String.raw`\d+(?:[.,:/]\d+)*(?:\p{L}+)?`,
    // words with internal hyphens, apostrophes, ampersands, periods between letters handled above
    String.raw`[\p{L}\p{M}\d]+(?:[-'’&][\p{L}\p{M}\d]+)*`,
    // multi-char punctuation
    '\\.{2,}|-{2,}|…|\'\'|``|[—–]',
    // any other single non-space character
    String.raw`\S`,
  ].join('|'),
  'gu',
);

function isUpperStart(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

const DOTTED_CAPITALS = /^(?:\p{Lu}\.)+$/u;
const isAbbreviation = (part: string) => DOTTED_CAPITALS.test(part);
/** A hyphen splits where one side is a country name, demonym or abbreviation ("U.S.-Russia"). */
const splitsAt = (left: string, right: string) =>
  isAbbreviation(left) || ((isUpperStart(left) || isUpperStart(right)) && (countryOfSurface(left) !== undefined || countryOfSurface(right) !== undefined));

/** Split a word token at hyphens next to a country or abbreviation; returns [start,end) pieces. */
function splitHyphens(text: string, start: number, out: Token[]): void {
  const parts = text.split('-');
  if (parts.length === 1 || parts.some((p) => p.length === 0)) {
    out.push({ text, start, end: start + text.length });
    return;
  }
  // Decide per hyphen whether to split.
  let segStart = 0;
  let pos = 0;
  for (let i = 0; i < parts.length - 1; i++) {
    pos += parts[i].length; // index of hyphen i
    const left = parts[i];
    const right = parts[i + 1];
    if (left.length > 1 && right.length > 1 && splitsAt(left, right)) {
      const seg = text.slice(segStart, pos);
      out.push({ text: seg, start: start + segStart, end: start + pos });
      out.push({ text: '-', start: start + pos, end: start + pos + 1 });
      segStart = pos + 1;
    }
    pos += 1;
  }
  const seg = text.slice(segStart);
  out.push({ text: seg, start: start + segStart, end: start + text.length });
}

/** Module constants: tsx builds a \p{..} literal anew each time it runs. */
const HAS_LETTER = /\p{L}/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;

function pushWord(text: string, start: number, out: Token[]): void {
  const m = CLITIC_RE.exec(text);
  if (m && m[1].length > 0 && HAS_LETTER.test(m[1])) {
    const base = m[1];
    // "can't" -> "ca" "n't" (PTB); keep base non-empty
    splitHyphens(base, start, out);
    out.push({ text: m[2], start: start + base.length, end: start + text.length });
    return;
  }
  // trailing possessive apostrophe: "Reuters'" handled by punctuation rule (apostrophe is separate)
  splitHyphens(text, start, out);
}

/** A token's first character: a letter; a letter, mark or digit; a hyphen or apostrophe in it (module constants: a literal in the loop is a new RegExp per token). */
const LETTER_START = /^[\p{L}]/u;
const WORD_START = /^[\p{L}\p{M}\d]/u;
const JOINER = /[-'’]/;

/** Tokenize a single line region [start,end) of text. */
function tokenizeRegion(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const region = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(region)) !== null) {
    let tok = m[0];
    let s = start + m.index;
    // Abbreviation with trailing period: word immediately followed by "." (the cheap tests first: most tokens are not)
    if (region.charAt(m.index + tok.length) === '.' && !tok.includes('.') && LETTER_START.test(tok)) {
      const lower = tok.toLowerCase();
      const nextCh = region.charAt(m.index + tok.length + 1);
      const isInitial = tok.length === 1 && isUpperStart(tok) && (nextCh === ' ' || nextCh === '' || nextCh === '-');
      if (NON_FINAL_ABBREV.has(lower) || FINAL_ABBREV.has(lower) || isInitial) {
        // Do not treat "No." as an abbreviation unless followed by a number.
        const rest = region.slice(m.index + tok.length + 1);
        const ok = lower === 'no' || lower === 'nos' ? /^\s*\d/.test(rest) : true;
        if (ok) {
          tok = tok + '.';
          TOKEN_RE.lastIndex = m.index + tok.length;
        }
      }
    }
    if (WORD_START.test(tok) && !tok.endsWith('.') && JOINER.test(tok)) {
      pushWord(tok, s, out);
    } else {
      out.push({ text: tok, start: s, end: s + tok.length });
    }
  }
  return out;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', "''", '»']);
const FINAL_PUNCT = new Set(['.', '!', '?', '...', '…']);

function abbrevKind(tok: string): 'none' | 'nonfinal' | 'final' | 'initial' | 'dotted' {
  if (!tok.endsWith('.') || tok.length < 2) return 'none';
  const base = tok.slice(0, -1);
  const lower = base.toLowerCase();
  if (ONE_CAPITAL.test(base)) return 'initial';
  if (NON_FINAL_ABBREV.has(lower)) return 'nonfinal';
  if (FINAL_ABBREV.has(lower)) return 'final';
  if (DOTTED_LETTERS.test(base)) return 'dotted';
  return 'none';
}

/** Split tokens of one line into sentences. */
function splitTokens(tokens: Token[], out: Sentence[]): void {
  let cur: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    cur.push(t);
    const next = tokens[i + 1];
    if (!next) break;
    let boundary = false;
    if (FINAL_PUNCT.has(t.text)) {
      // absorb closing quotes / brackets
      let j = i + 1;
      while (j < tokens.length && CLOSERS.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end) {
        cur.push(tokens[j]);
        j++;
      }
      i = j - 1;
      const n = tokens[j];
      if (n && startsSentence(n, tokens[j + 1])) boundary = true;
    } else {
      const kind = abbrevKind(t.text);
      if ((kind === 'final' || kind === 'dotted') && next.start > t.end) {
        if (startsSentence(next, tokens[i + 2]) && SENTENCE_OPENERS.has(next.text.toLowerCase())) boundary = true;
      }
    }
    if (boundary && cur.length) {
      pushSentence(cur, out);
      cur = [];
    }
  }
  if (cur.length) pushSentence(cur, out);
}

/** Adds the sentence of these (non-empty) tokens. */
function pushSentence(cur: Token[], out: Sentence[]): void {
  out.push({ start: cur[0].start, end: cur[cur.length - 1].end, tokens: cur });
}

function startsSentence(n: Token, after: Token | undefined): boolean {
  const c = n.text.charAt(0);
  if (/[\p{Lu}\d"“‘'(\[]/u.test(c)) return true;
  // lower-case start after a period is not a new sentence
  void after;
  return false;
}

/**
 * Split `text[start,end)` into sentences of tokens. Offsets are indices into `text`.
 * Line breaks always end a sentence.
 */
export function splitSentences(text: string, start = 0, end = text.length): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = start;
  while (lineStart < end) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0 || nl > end) nl = end;
    const tokens = tokenizeRegion(text, lineStart, nl);
    // Sentence splitting within the line: before each period-final token check abbreviation handling.
    splitTokens(fixSentenceFinalAbbrev(tokens), out);
    lineStart = nl + 1;
  }
  return out;
}

/**
 * A "final" abbreviation (Corp., U.S.) at the very end of a line or followed by
 * a sentence opener ends the sentence; we keep the period on the token (as
 * CoNLL does for "U.S."), so nothing to change here except "Inc." at the
 * end of a line. Placeholder for future rules.
 */
function fixSentenceFinalAbbrev(tokens: Token[]): Token[] {
  return tokens;
}
