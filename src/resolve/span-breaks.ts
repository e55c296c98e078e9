/**
 * A tagged span broken at a word no name holds: a word of lower-case letters alone that is no connector or particle
 * (data/ner/span-breaks.json). The tagger runs a name on through a verb or a common noun now and then ("Municipal
 * Police told Reuters", "Labour Department 's July employment", "Chicago NAPM rose 8.8"); the pieces on either side
 * that hold a capitalised word are kept, each without the connectors, punctuation, numbers and possessives at its
 * edges and a possessive's words before the break ("'s July"), with the span's type (the span types decide again after this). Not a span that opens with a lower-case word
 * ("de Silva", "al-Aqsa": the tagger's own), nor words with a hyphen or a capital ("self-rule", "eBay"). Linear in the
 * span's words.
 *
 * CoNLL-2003 text only (settle-spans.ts): its names hold capitalised words alone, while the annotated Reuters articles
 * count a body's lower-case words as its name ("the German finance ministry", "Tokyo stock exchange", "Senate banking
 * committee"), which served resolution reads itself (org-spans.ts); on served text the break lowered Reuters train
 * organizations (6776/248/479 to 6773/253/482; interior breaks alone 6774/253/481: "UBS wealth Management").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { groupBySentence, partitionPoint } from '../extract/intervals.js';
import type { EntitySpan, Sentence, Token } from '../extract/types.js';

const DATA_PATH = fileURLToPath(new URL('../../data/ner/span-breaks.json', import.meta.url));
const KINDS_PATH = fileURLToPath(new URL('../../data/ner/org-spans.json', import.meta.url));
let connectors: ReadonlySet<string> | undefined;
let kinds: ReadonlySet<string> | undefined;
let endWords: ReadonlySet<string> | undefined;
/** Words that end no name (weekdays, months: "Autos Summit on Sunday that ..."), a broken piece's last words. */
const nameEndWords = () => (endWords ??= new Set((JSON.parse(readFileSync(KINDS_PATH, 'utf8')) as { endWords: string[] }).endWords));
const connectorWords = () => (connectors ??= new Set((JSON.parse(readFileSync(DATA_PATH, 'utf8')) as { connectors: string[] }).connectors));
/** A body's kind written after its name, which resolution keeps in it ("the Green party", "Kyodo news agency"). */
const kindWords = () => (kinds ??= new Set((JSON.parse(readFileSync(KINDS_PATH, 'utf8')) as { orgNounsAfter: string[] }).orgNounsAfter));

const POSSESSIVE = /^['’]s?$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const CAPITAL_START = /^\p{Lu}/u;
/** A word no name begins or ends with once broken: a connector, punctuation, a number, a possessive's "'s". */
const edgeJunk = (w: string) => connectorWords().has(w) || !/[\p{L}]/u.test(w) || POSSESSIVE.test(w) || /^\d/u.test(w);

/** Whether a word breaks a name: lower-case letters alone and no connector. */
export const breaksName = (w: string): boolean => LOWER_WORD.test(w) && !connectorWords().has(w);

/**
 * Whether the span's token i breaks it: a word that breaks names, written apart from its neighbours ("Amazon.com" and
 * "MoveOn.org" are one name), and not a body's kind that ends the span ("Socialist party").
 */
function breaksAt(toks: readonly Token[], i: number, last: number): boolean {
  const t = toks[i];
  if (!breaksName(t.text)) return false;
  if (toks[i - 1]?.end === t.start || (toks[i + 1] && toks[i + 1].start === t.end)) return false;
  return !(i === last && kindWords().has(t.text));
}

function pieces(text: string, toks: readonly Token[], first: number, last: number, label: EntitySpan['label']): EntitySpan[] {
  const out: EntitySpan[] = [];
  let from = first;
  for (let i = first; i <= last + 1; i++) {
    if (i <= last && (i === first || !breaksAt(toks, i, last))) continue;
    let a = from;
    let b = i - 1;
    // Before a break a possessive's words are the broken noun's: "Labour Department 's July employment" is the department.
    if (i <= last) for (let k = b; k > a; k--) if (POSSESSIVE.test(toks[k].text)) { b = k - 1; break; }
    while (a <= b && (edgeJunk(toks[a].text) || !CAPITAL_START.test(toks[a].text))) a++;
    while (b >= a && (edgeJunk(toks[b].text) || nameEndWords().has(toks[b].text))) b--;
    if (a <= b) out.push({ start: toks[a].start, end: toks[b].end, text: text.slice(toks[a].start, toks[b].end), label });
    from = i + 1;
  }
  return out;
}

/** The spans, each broken at the words no name holds; spans outside any sentence as they are. */
export function breakAtCommonWords(text: string, sentences: readonly Sentence[], spans: readonly EntitySpan[]): EntitySpan[] {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const grouped = groupBySentence(sorted, spans);
  const held = new Set<EntitySpan>();
  for (const list of grouped.values()) for (const e of list) held.add(e);
  const out: EntitySpan[] = spans.filter((e) => !held.has(e));
  for (const [sentence, list] of grouped) {
    const toks = sentence.tokens;
    for (const e of list) {
      const first = partitionPoint(toks, (t) => t.start >= e.start);
      const last = partitionPoint(toks, (t) => t.end > e.end, first) - 1;
      let breaks = false;
      for (let i = first + 1; i <= last && !breaks; i++) breaks = breaksAt(toks, i, last);
      if (first > last || !breaks || !CAPITAL_START.test(toks[first].text)) out.push(e);
      else out.push(...pieces(text, toks, first, last, e.label));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
