/**
 * An organization's first word the tagger left out: a capitalised word right before an ORG span that no span holds
 * ("Gold" + "Fields of South Africa Ltd", "Amnesty" + "International", "NSW" + "Treasury", "Minneapolis-based First" +
 * "Bank System Inc."). The tagger weighs a word the news mostly writes in lower case ("gold", "first", "amnesty") as
 * no name's start, though mid-sentence its capital says it is one. Not an article ("The"), a month's, a weekday's or a
 * holiday's name ("the September Treasury"), a time zone ("3 p.m. EST Apple"), a country's or a people's name ("German
 * Siemens"), a title ("Chairman"), a word with a hyphen or a dot ("Ontario-based"); a word the
 * news mostly writes in lower case only in running text (after a lower-case word or a comma: not "Rival Boeing" at a
 * sentence's start, nor a subhead's "loans DEBTS RISING Acme Bank"); nothing before a name that opens with an acronym ("Gulf
 * OPEC"); and nothing in a line with no lower-case word of four letters or more (a headline in capitals or in title
 * case, a table's "Lead Underwriter Bear Stearns").
 */
import { usuallyLowerCase } from '../extract/ner/truecase.js';
import { countryOfSurface } from '../extract/countries/gazetteer.js';
import { isTitleWord, HONORIFICS } from '../extract/titles.js';
import { notLeadWords } from './org-spans.js';
import type { EntitySpan, Sentence } from '../extract/types.js';
import { groupBySentence, partitionPoint } from '../extract/intervals.js';

/** How many words the repair adds at most to one span. */
const MAX_LEAD = 2;

/**
 * A word that could begin a name: capitalised letters only; no article, month, weekday, holiday or time zone
 * (org-spans.ts notLeadWords), title, honorific or country ("German Siemens": the tagger's name is the firm's).
 */
const CAPITALISED_WORD = /^\p{Lu}\p{L}*$/u;
const leadWord = (w: string) => CAPITALISED_WORD.test(w) && !notLeadWords().has(w) && !isTitleWord(w) && !HONORIFICS.has(w) && !countryOfSurface(w);

/** A word the news mostly writes in lower case (all of them without the statistics). */
const commonWord = (w: string, capStat?: ReadonlyMap<string, string>) => capStat === undefined || usuallyLowerCase(w, capStat);

/** A sentence in running text: it holds a lower-case word of four letters or more. */
const LOWER_WORD = /^\p{Ll}{4,}/u;
const runningText = (s: Sentence) => s.tokens.some((t) => LOWER_WORD.test(t.text));

/**
 * A word after which a capitalised one stands in running text: a lower-case word, a comma, "Minneapolis-based"; and a
 * bracket or a number before one the news does not write in lower case (`common`: "( See Reuters" opens a sentence).
 */
const runningBefore = (w: string, common: boolean) =>
  /^\p{Ll}+$/u.test(w) || w === ',' || /^\p{L}[\p{L}.'’ -]*-based$/u.test(w) || (!common && (w === '(' || /^\d/u.test(w)));

/** A name that opens with an acronym ("OPEC", "PASOK"): a word before it is a modifier ("Gulf OPEC", "Socialist PASOK"). */
const ACRONYM_START = /^\p{Lu}[\p{Lu}\d&]+(?:\s|$)/u;
const opensWithAcronym = (words: string) => ACRONYM_START.test(words);

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
      // The capitalised words right before it (up to MAX_LEAD); the run's first must stand in running text (a word
      // after it is after a capitalised word, which is no running text).
      let run = start;
      while (run > 0 && start - run < MAX_LEAD && toks[run].start === toks[run - 1].end + 1 && leadWord(toks[run - 1].text) && !held.has(run - 1)) {
        const w = toks[run - 1].text;
        // A word in capitals that the news writes in lower case is a subhead's ("DEBTS RISING Acme Bank"), no name's.
        if (/^\p{Lu}{2,}$/u.test(w) && commonWord(w, capStat)) break;
        run--;
      }
      if (run === start) continue;
      const common = commonWord(toks[run].text, capStat);
      // In running text: after a lower-case word, a comma, a bracket or a number ("mine managers Gold Fields",
      // "Minneapolis-based First Bank"), or as the sentence's first word if the news does not write it in lower case
      // ("NSW Treasury", not "Rival Boeing"); not after a quote's or a dash's opening ("Dear American Airlines"), nor after
      // "p.m." ("By 3 p.m. EST Apple").
      if (!(run === 0 ? !common : runningBefore(toks[run - 1].text, common))) continue;
      first = run;
      const from = toks[first].start;
      out[index.get(e)!] = { ...e, start: from, text: text.slice(from, e.end) };
    }
  }
  return out;
}
