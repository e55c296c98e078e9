/**
 * An organization's first word the tagger left out: a capitalised word right before an ORG span that no span holds
 * ("Gold" + "Fields of South Africa Ltd", "Amnesty" + "International", "NSW" + "Treasury", "Minneapolis-based First" +
 * "Bank System Inc."). The tagger weighs a word the news mostly writes in lower case ("gold", "first", "amnesty") as
 * no name's start, though mid-sentence its capital says it is one. Not an article ("The"), a month's or a weekday's
 * name ("the September Treasury"), a title ("Chairman"), a word with a hyphen or a dot ("Ontario-based"); a word the
 * news mostly writes in lower case only in running text (after a lower-case word or a comma: not "Rival Boeing" at a
 * sentence's start, nor a subhead's "DEBTS RISING RBS"); nothing before a name that opens with an acronym ("Gulf
 * OPEC"); and nothing in a line with no lower-case word of four letters or more (a headline in capitals or in title
 * case, a table's "Lead Underwriter Bear Stearns").
 */
import { usuallyLowerCase } from '../extract/ner/truecase.js';
import { isTitleWord, HONORIFICS } from '../extract/titles.js';
import type { EntitySpan, Sentence } from '../extract/types.js';
import { groupBySentence, partitionPoint } from '../extract/intervals.js';

/** How many words the repair adds at most to one span. */
const MAX_LEAD = 2;

const calendarNames = (() => {
  const out = new Set<string>();
  for (let m = 0; m < 12; m++) out.add(new Date(Date.UTC(2000, m, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }));
  for (let d = 0; d < 7; d++) out.add(new Date(Date.UTC(2000, 0, 2 + d)).toLocaleString('en', { weekday: 'long', timeZone: 'UTC' }));
  return out;
})();

/** A word that could begin a name: capitalised letters only, no month, weekday, title or honorific. */
const leadWord = (w: string) => /^\p{Lu}\p{L}*$/u.test(w) && !DETERMINERS.has(w) && !calendarNames.has(w) && !isTitleWord(w) && !HONORIFICS.has(w);

/** A word the news mostly writes in lower case (all of them without the statistics). */
const commonWord = (w: string, capStat?: ReadonlyMap<string, string>) => capStat === undefined || usuallyLowerCase(w, capStat);

/** A sentence in running text: it holds a lower-case word of four letters or more. */
const runningText = (s: Sentence) => s.tokens.some((t) => /^\p{Ll}{4,}/u.test(t.text));

/**
 * A word after which a capitalised one stands in running text: a lower-case word, a comma, "Minneapolis-based"; and a
 * bracket or a number before one the news does not write in lower case (`common`: "( See Reuters" opens a sentence).
 */
const runningBefore = (w: string, common: boolean) =>
  /^\p{Ll}/u.test(w) || w === ',' || /^\p{L}[\p{L}.'’ -]*-based$/u.test(w) || (!common && (w === '(' || /^\d/u.test(w)));

/** A name that opens with an acronym ("OPEC", "PASOK"): a word before it is a modifier ("Gulf OPEC", "Socialist PASOK"). */
const opensWithAcronym = (words: string) => /^\p{Lu}[\p{Lu}\d&]+(?:\s|$)/u.test(words);

/** An article is no name's first word ("The Commerce Department"; CoNLL's names leave it out). */
const DETERMINERS = new Set(['The', 'A', 'An', 'THE', 'AN']);

export function extendOrganizationLeads(text: string, sentences: readonly Sentence[], spans: readonly EntitySpan[], capStat?: ReadonlyMap<string, string>): EntitySpan[] {
  const out = [...spans];
  const index = new Map(spans.map((s, k) => [s, k]));
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  for (const [sentence, inSentence] of groupBySentence(sorted, spans)) {
    if (!inSentence.some((s) => s.label === 'ORG') || !runningText(sentence)) continue;
    const toks = sentence.tokens;
    // The sentence's words some span holds, marked once (spans by start, words by start: one walk).
    const held = new Set<number>();
    const bySpan = [...inSentence].sort((a, b) => a.start - b.start);
    let k = 0;
    for (const s of bySpan) {
      while (k < toks.length && toks[k].end <= s.start) k++;
      for (let j = k; j < toks.length && toks[j].start < s.end; j++) held.add(j);
    }
    for (const e of inSentence) {
      if (e.label !== 'ORG' || opensWithAcronym(e.text)) continue;
      let first = partitionPoint(toks, (t) => t.start >= e.start);
      if (toks[first]?.start !== e.start) continue;
      const start = first;
      // The capitalised words right before it (up to MAX_LEAD), then the longest run of them that stands in running text.
      let run = start;
      while (run > 0 && start - run < MAX_LEAD && toks[run].start === toks[run - 1].end + 1 && leadWord(toks[run - 1].text) && !held.has(run - 1)) {
        const w = toks[run - 1].text;
        // A word in capitals that the news writes in lower case is a subhead's ("DEBTS RISING RBS"), no name's.
        if (/^\p{Lu}{2,}$/u.test(w) && commonWord(w, capStat)) break;
        run--;
      }
      for (let i = run; i < start; i++) {
        const common = commonWord(toks[i].text, capStat);
        // In running text: after a lower-case word, a comma, a bracket or a number ("mine managers Gold Fields",
        // "Minneapolis-based First Bank"), or as the sentence's first word if the news does not write it in lower case
        // ("NSW Treasury", not "Rival Boeing"); not after a quote's or a dash's opening ("Dear American Airlines").
        if (i === 0 ? !common : runningBefore(toks[i - 1].text, common)) {
          first = i;
          break;
        }
      }
      if (first === start) continue;
      const from = toks[first].start;
      out[index.get(e)!] = { ...e, start: from, text: text.slice(from, e.end) };
    }
  }
  return out;
}
