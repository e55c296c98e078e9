import { countryOfSurface } from '../extract/countries/gazetteer.js';
import { TakenText } from '../extract/intervals.js';
import { isTitleHead, isTitleModifier, isTitleWord } from '../extract/titles.js';
import type { EntitySpan, NerLabel, Sentence, Token } from '../extract/types.js';
import {
  addableLabel,
  confidentLabel,
  corpusLabel,
  DEFAULT_LEXICON_OPTIONS,
  distinctive,
  isNameToken,
  NAME_JOINERS,
  mayBeSurface,
  surfaceKeyOfTokens,
  type Lexicon,
  type LexiconOptions,
} from './corpus-lexicon.js';
import { isJoinedParticleName, NAME_PARTICLES, tokenRange, tokenTexts } from './spans.js';
import { isLegalSuffixWord } from './legal-suffixes.js';
import { orgKindOfWord } from './org-kinds.js';
import { CAPITAL_START } from '../article/letters.js';

/**
 * The corpus entity lexicon (corpus-lexicon.ts) applied to the repaired entity spans of a
 * document, before resolution:
 *
 * 1. relabel: a span whose surface has a strong corpus majority for another type
 *    takes that type ("Strait of Hormuz" LOC, "Magna" ORG, "Morgan Tsvangirai" PER);
 * 2. in-document vote: one surface tagged differently within an article takes the
 *    corpus label, else the article's majority;
 * 3. add: untagged occurrences of strongly typed, distinctive surfaces (never
 *    common words, country names or demonyms) become spans.
 */

const isCapWord = (w: string) => CAPITAL_START.test(w);
/** A word ending in a lower-case part after a hyphen: it describes the name after it ("Abu Dhabi-based"). */
const HYPHENED_DESCRIBER = /-\p{Ll}+$/u;
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

const isPieceStart = (w: string) => /^[\p{Lu}\p{N}]/u.test(w) && !/^the$/i.test(w);

/**
 * Splits the tokens of a span into confidently known surfaces (longest first, left
 * to right) and gaps of titles, possessives, punctuation and lower-case words;
 * null when some capitalised word is left over or nothing is known.
 */
function segment(lex: Lexicon, loc: Located, o: LexiconOptions, tagged: NerLabel): Array<{ first: number; last: number; label: NerLabel; key: string }> | null {
  const toks = loc.sentence.tokens;
  const pieces: Array<{ first: number; last: number; label: NerLabel; key: string }> = [];
  const gaps: number[] = [];
  const words = tokenTexts(toks);
  for (let i = loc.first; i <= loc.last; ) {
    let found: { last: number; label: NerLabel; key: string } | undefined;
    for (let j = Math.min(loc.last, i + lex.maxTokens - 1); j >= i; j--) {
      if (!mayBeSurface(lex, words, i, j + 1)) continue;
      const key = surfaceKeyOfTokens(words.slice(i, j + 1));
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
    // A country's name opening a span the tagger did not call a person is a place's piece (the lexicon counts no
    // country as distinctive); "Jordan Smith" tagged a person stays one.
    if (i === loc.first && i < loc.last && tagged !== 'PER' && countryOfSurface(w)) {
      pieces.push({ first: i, last: i, label: 'LOC', key: w });
      i++;
      continue;
    }
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
  // A place's or a people's word, then capitalised words of titles ending in a body's head, tagged an organization, is a
  // body's name whole ("African Development Bank"), not a demonym and a title: a title ends in a title's head ("African
  // Development Minister").
  if (tagged === 'ORG' && pieces.length === 1 && pieces[0].first === loc.first && pieces[0].last < loc.last && (pieces[0].label === 'MISC' || pieces[0].label === 'LOC')) {
    const rest = toks.slice(pieces[0].last + 1, loc.last + 1);
    const head = rest[rest.length - 1].text;
    if (rest.every((t) => isCapWord(t.text) && isTitleWord(t.text)) && !isTitleHead(head) && orgKindOfWord(head)) return null;
  }
  // The country's piece only splits off a person's name right after it ("Singapore Telecommunications" stays whole).
  const opening = pieces[0];
  if (opening.label === 'LOC' && opening.first === loc.first && opening.key === toks[loc.first].text && countryOfSurface(opening.key) && !(pieces[1]?.label === 'PER' && pieces[1].first === opening.last + 1)) {
    return null;
  }
  // A legal suffix is no name of its own: a span ending in one is a company's name whole, with the words
  // before the suffix that are titles elsewhere ("First American Financial Corp", "Fremont General Corp.").
  if (pieces.some((p) => p.first === p.last && isLegalSuffixWord(toks[p.first].text))) return null;
  // Nor is it a gap: a company's piece keeps the suffix after it ("HSBC Holdings" + "plc").
  const end = pieces[pieces.length - 1];
  if (end.label === 'ORG' && end.last === loc.last - 1 && isLegalSuffixWord(toks[loc.last].text)) {
    end.last = loc.last;
    end.key = keyOf(toks, end.first, end.last);
    if (pieces.length === 1 && gaps.length === 1) return null;
  }
  // A title ends in its head ("Deutsche Bank Chief Executive"): a company's piece followed only by words that stand
  // inside titles, none a head nor a rank ("Senior Vice" of a title the span cut), and no title word after the span,
  // is the company's longer name ("KBC Bank", "Raymond James Financial").
  const tail = toks.slice(end.last + 1, loc.last + 1);
  const after = toks[loc.last + 1]?.text;
  if (
    end.label === 'ORG' && tail.length > 0 && !isTitleHead(tail[tail.length - 1].text) && !(after && isCapWord(after) && isTitleWord(after)) &&
    tail.every((t) => isCapWord(t.text) && isTitleWord(t.text) && !isTitleModifier(t.text))
  ) return null;
  // Adjacent pieces are one longer name ("Thomas" "Donohue", "European" "Central Bank"), except an organization
  // and a person ("Deutsche Bank" "Josef Ackermann"); a person's name does not run on into a company's
  // ("Tom" "Campbell", "Ross" "Sandler": a first name and a surname some company bears).
  // Nor a country's name and a person ("Japan" "Abe" of a headline's "Japan Abe aide", "China" "Carolyn Wu").
  for (let k = 1; k < pieces.length; k++) {
    if (pieces[k].first !== pieces[k - 1].last + 1) continue;
    if (pieces[k - 1].label === 'ORG' && pieces[k].label === 'PER') continue;
    if (pieces[k - 1].label === 'LOC' && pieces[k].label === 'PER' && countryOfSurface(pieces[k - 1].key) && !countryOfSurface(pieces[k].key)) continue;
    return null;
  }
  // What follows a person's piece is still the person's name: a particle ("Mohammed" "al-Hamli", "Karl-Theodor"
  // "zu" ...) or, after a first name alone, a title word that is the surname ("John" "Lord").
  for (const g of gaps) {
    const before = pieces.find((p) => p.last === g - 1);
    if (before?.label !== 'PER') continue;
    const w = toks[g].text;
    if (NAME_PARTICLES.has(w) || isJoinedParticleName(w)) return null;
    if (before.first === before.last && /^\p{Lu}/u.test(w) && isTitleWord(w) && g === loc.last) return null;
  }
  // A joiner between two pieces keeps them one name, unless it is "X of <company>" after a person,
  // an "and" between things of different kinds ("KfW and France") or between two organizations the corpus
  // knows each by itself ("Citigroup and Bank of America Corp": the span as a whole is not among its names).
  for (const g of gaps) {
    const w = toks[g].text;
    if (!NAME_JOINERS.has(w)) continue;
    const before = pieces.find((p) => p.last === g - 1);
    const after = pieces.find((p) => p.first === g + 1);
    if (w === 'of' && before?.label === 'PER') continue;
    if (w === 'and' && before && after && (before.label !== after.label || before.label === 'ORG')) continue;
    if (!before && !after) continue;
    return null;
  }
  return pieces;
}

function keyOf(tokens: Token[], first: number, last: number): string {
  return surfaceKeyOfTokens(tokens.slice(first, last + 1).map((t) => t.text));
}

/** /^the$/i.test(w) without a regex per token (the scan for lexicon surfaces asks it of every token): ASCII "the" in any case. */
function isThe(w: string): boolean {
  return w.length === 3 && (w.charCodeAt(0) | 32) === 116 && (w.charCodeAt(1) | 32) === 104 && (w.charCodeAt(2) | 32) === 101;
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
  const located: Array<{ span: EntitySpan; key: string; loc: Located | null }> = entities.map((e) => {
    const loc = locate(sorted, e);
    return { span: { ...e }, key: loc ? keyOf(loc.sentence.tokens, loc.first, loc.last) : e.text.replace(/\s+/g, ' '), loc };
  });

  // 0. segment a span the corpus does not know into pieces it knows well:
  //    "Deutsche Bank Chief Executive" is Deutsche Bank and a title, "Indra K. Nooyi of PepsiCo" a person and a company.
  //    (A new list, not splices into the old one: an article with many such spans would copy the list for each.)
  const spans: typeof located = [];
  for (const s of located) {
    const pieces = !s.loc || s.loc.last === s.loc.first || lex.entries.has(s.key) ? null : segment(lex, s.loc, o, s.span.label);
    if (!pieces) {
      spans.push(s);
      continue;
    }
    const toks = s.loc!.sentence.tokens;
    for (const p of pieces) {
      spans.push({
        span: { start: toks[p.first].start, end: toks[p.last].end, text: text.slice(toks[p.first].start, toks[p.last].end), label: p.label },
        key: p.key,
        loc: { sentence: s.loc!.sentence, first: p.first, last: p.last },
      });
    }
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
  for (const s of spans) {
    const group = byKey.get(s.key);
    if (group) group.push(s);
    else byKey.set(s.key, [s]);
  }
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
    // The characters the spans and the additions cover: a token's question costs its length, not a scan of every span.
    const taken = new TakenText(text.length);
    for (const x of spans) taken.take(x.span.start, x.span.end);
    const covered = (s: Sentence, i: number) => taken.overlaps(s.tokens[i].start, s.tokens[i].end);
    for (const s of sorted) {
      const toks = s.tokens;
      const words = tokenTexts(toks);
      for (let i = 0; i < toks.length; i++) {
        if (!lex.firstTokens.has(toks[i].text) && !isThe(toks[i].text)) continue;
        if (covered(s, i)) continue;
        // longest surface starting here
        let found: { last: number; label: NerLabel; key: string } | undefined;
        for (let n = Math.min(lex.maxTokens + 1, toks.length - i); n >= 1; n--) {
          const last = i + n - 1;
          if (!mayBeSurface(lex, words, i, last + 1)) continue;
          const key = surfaceKeyOfTokens(words.slice(i, last + 1));
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
        // A word ending in a lower-case part after a hyphen describes the name, it is none of it ("Abu Dhabi-based").
        if (prev && (glued(prev, toks[first]) || (isCapWord(prev.text) && !FREE_NEIGHBOURS.has(prev.text) && !isTitleWord(prev.text) && !HYPHENED_DESCRIBER.test(prev.text)))) continue;
        if (next && (glued(toks[last], next) && /^[\p{L}\p{N}-]/u.test(next.text))) continue;
        if (next && isCapWord(next.text) && !isTitleWord(next.text)) continue;
        const counts = lex.entries.get(found.key)!;
        // A sentence's first word is capitalised anyway: only surfaces never seen in lower case.
        if (first === 0 && first === last && counts.lower > 0) continue;
        added.push({ start: toks[first].start, end: toks[last].end, text: text.slice(toks[first].start, toks[last].end), label: found.label });
        taken.take(toks[first].start, toks[last].end);
        i = last;
      }
    }
  }

  return [...spans.map((s) => s.span), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
