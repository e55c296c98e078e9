/**
 * Token labels for the tagger from article-level annotations (annotations/reuters/): the annotated
 * people's and organizations' spellings projected onto the article's tokens, over a base tagging
 * for what the annotations do not cover. Training only (scripts/train-ner.ts).
 *
 * How a sentence is labelled:
 * 1. Every spelling of an annotated person (PER) or organization (ORG) found in the text as a token
 *    sequence (names folded as the scorer folds them: case, accents, dots, hyphens), longest first,
 *    starting on a capitalised word. A spelling the base tagger read as MISC that is not the entity's
 *    canonical name keeps MISC: "Republican", "Republicans" are CoNLL's MISC, "Republican Party" is ORG (the
 *    pipeline finds the party from its nouns with data/organizations.json).
 * 2. A run of capitalised words that all belong to annotated people's names ("Bernanke", "Hank" of
 *    "Hank Paulson") is PER, unless a base span carries it on into words of no person ("Goldman" in
 *    "Goldman Sachs").
 * 3. The base tagging (a model trained on CoNLL alone) stands wherever 1 and 2 found nothing, except
 *    that a base PER span that is no annotated person is dropped: the annotations list every person an
 *    article names, so it is a company, a place or a thing ("Fannie Mae", "Redmond"). Journalists in
 *    credit lines and "<name> administration" keep PER (persons to the tagger, left out of the
 *    article's people later).
 *
 * Limits: a person or organization written in a form no spelling lists (an organization's short form,
 * a misspelling) keeps the base label; cities, products and events are the base tagger's (CoNLL
 * conventions, with its errors); a spelling that is also a common capitalised word in the same article
 * ("Total", "Apple" the fruit) is labelled wherever it stands capitalised.
 */
import { foldName } from '../article/names.js';
import { TYPES, type TokSpan } from '../extract/ner/labels.js';
import type { NerLabel, Sentence, Span } from '../extract/types.js';

export interface ProjectedNames {
  people: Array<string | string[]>;
  organizations: Array<string | string[]>;
}

const MAX_SPELLING_TOKENS = 12;
const startsName = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);

/**
 * The token spans (per sentence) of one article: the annotations' names projected onto `sentences`
 * over `base`, the base tagger's spans per sentence. `keepPer` are character spans where a base PER
 * stands (credit lines).
 */
export function projectNames(text: string, sentences: Sentence[], names: ProjectedNames, base: TokSpan[][], keepPer: Span[]): TokSpan[][] {
  const spelling = new Map<string, { type: NerLabel; canonical: boolean }>();
  for (const [type, list] of [['PER', names.people], ['ORG', names.organizations]] as const)
    for (const entry of list) {
      const all = Array.isArray(entry) ? entry : [entry];
      all.forEach((s, k) => {
        const key = foldName(s);
        if (key && !spelling.has(key)) spelling.set(key, { type, canonical: k === 0 });
      });
    }
  const personWords = new Set<string>();
  for (const entry of names.people) for (const s of Array.isArray(entry) ? entry : [entry]) for (const w of s.split(/\s+/)) if (startsName(w) && w.length > 1) personWords.add(w);

  return sentences.map((s, si) => {
    const toks = s.tokens;
    const n = toks.length;
    const baseSpans = base[si] ?? [];
    const baseAt = (i: number) => baseSpans.find((b) => b.start <= i && i < b.end);
    const owner = new Int32Array(n).fill(-1);
    const out: TokSpan[] = [];
    const claim = (sp: TokSpan) => {
      for (let k = sp.start; k < sp.end; k++) owner[k] = out.length;
      out.push(sp);
    };
    // 1. spellings, longest first
    for (let i = 0; i < n; i++) {
      if (!startsName(toks[i].text)) continue;
      for (let len = Math.min(MAX_SPELLING_TOKENS, n - i); len >= 1; len--) {
        // Folding drops dots and hyphens: a span never ends on punctuation ("Berlusconi" "." is not a longer name).
        if (!/[\p{L}\p{N}]/u.test(toks[i + len - 1].text)) continue;
        const hit = spelling.get(foldName(text.slice(toks[i].start, toks[i + len - 1].end)));
        if (!hit) continue;
        const b = baseAt(i);
        const type = hit.type === 'ORG' && !hit.canonical && len === 1 && b?.type === 'MISC' && b.end - b.start === 1 ? 'MISC' : hit.type;
        claim({ start: i, end: i + len, type });
        i += len - 1;
        break;
      }
    }
    // 2. runs of words of annotated people's names
    for (let i = 0; i < n; i++) {
      if (owner[i] >= 0 || !personWords.has(toks[i].text)) continue;
      let j = i + 1;
      while (j < n && owner[j] < 0 && personWords.has(toks[j].text)) j++;
      const carriedOn = baseSpans.some((b) => b.start < j && i < b.end && (b.start < i || b.end > j) && !(b.type === 'PER' && b.start >= i - 1 && b.end <= j));
      if (!carriedOn && !(j < n && startsName(toks[j].text) && !/^(?:The|A|An)$/.test(toks[j].text) && owner[j] < 0 && baseAt(j))) claim({ start: i, end: j, type: 'PER' });
      i = j - 1;
    }
    // 3. the base tagging where nothing above stands
    for (const b of baseSpans) {
      let free = true;
      for (let k = b.start; k < b.end; k++) if (owner[k] >= 0) free = false;
      if (!free) continue;
      if (b.type === 'PER') {
        const start = toks[b.start].start;
        const end = toks[b.end - 1].end;
        const inCredit = keepPer.some((c) => start >= c.start && end <= c.end);
        const administration = /^[Aa]dministration$/.test(toks[b.end]?.text ?? '');
        if (!inCredit && !administration) continue;
      }
      claim({ ...b });
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

/** Token spans to IOB2 tags (B- on every span's first token, so touching spans stay apart). */
export function spansToIob(n: number, spans: TokSpan[]): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) {
    if (!TYPES.includes(s.type)) continue;
    tags[s.start] = `B-${s.type}`;
    for (let k = s.start + 1; k < s.end; k++) tags[k] = `I-${s.type}`;
  }
  return tags;
}
