/**
 * Country mentions in English news.
 *
 * Matching is one pass over word tokens with the gazetteer's token trie (gazetteer.ts;
 * longest match wins), case-sensitive (an all-capitals word also matches its title-case
 * form), with diacritics folded ("Brasilia" = "Brasília"). A few forms depend on context
 * (rules.ts): "Georgia" (country vs US state), "Washington" (capital vs state or
 * person), "Brussels" (Belgium vs the EU institutions), "Korea", "Congo",
 * "the Islamic Republic", first-name-like words ("Jordan", "Chad", "Paris").
 */
import { SpanSet } from '../intervals.ts';
import type { CountryMention } from '../types.ts';
import { lookupFirst, table, tokenize, type Entry, type TrieNode } from './gazetteer.ts';
import { DocContext, followedByUsState, resolveCode, ruleAllows } from './rules.ts';

export interface FindCountryOptions {
  start?: number;
  end?: number;
  /** Spans (e.g. people found by the NER) that must not yield country mentions. */
  exclude?: Array<{ start: number; end: number }>;
  /** Skip journalists' credit lines "(Reporting by X in Brussels; ...)". Default true. */
  skipCredits?: boolean;
}

// ---------------------------------------------------------------- credits

const CREDIT_RE = /\((?:[^()]{0,40}?\b)?(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled|Contributing|Reporting and writing|Writing and reporting)\b[^()]*\)/gi;

function creditSpans(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!/eporting|diting|riting|ompiled/.test(text)) return out;
  CREDIT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CREDIT_RE.exec(text)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    if (e > start && s < end) out.push({ start: s, end: e });
  }
  return out;
}

// ---------------------------------------------------------------- matching

/**
 * Every reference to a country in text[start, end): offsets into `text`, ISO 3166-1
 * alpha-2 code (XK for Kosovo), and how it was referred to.
 */
export function findCountryMentions(text: string, opts: FindCountryOptions = {}): CountryMention[] {
  const start = Math.max(0, opts.start ?? 0);
  const end = Math.min(text.length, opts.end ?? text.length);
  const { root } = table();
  const toks = tokenize(text, start, end);
  const excl = new SpanSet([...(opts.exclude ?? []), ...(opts.skipCredits !== false ? creditSpans(text, start, end) : [])]);
  const ctx = new DocContext(text);
  const out: CountryMention[] = [];

  for (let i = 0; i < toks.length; i++) {
    const first = lookupFirst(root, toks[i].t);
    if (!first) continue;
    let node: TrieNode = first;
    let best: { j: number; entry: Entry } | undefined;
    if (node.entry) best = { j: i, entry: node.entry };
    for (let j = i + 1; j < toks.length; j++) {
      const gap = toks[j].start - toks[j - 1].end;
      if (gap > 0 && !/^[ \t]+$/.test(text.slice(toks[j - 1].end, toks[j].start))) break;
      const key = (gap > 0 ? ' ' : '') + toks[j].t;
      let n: TrieNode | undefined = node.next.get(key);
      if (!n && toks[j].t.length >= 3 && /^[A-Z]+$/.test(toks[j].t)) {
        n = node.next.get((gap > 0 ? ' ' : '') + toks[j].t[0] + toks[j].t.slice(1).toLowerCase());
      }
      if (!n) break;
      node = n;
      if (node.entry) best = { j, entry: node.entry };
    }
    if (!best) continue;
    const { j, entry } = best;
    const i0 = i;
    const s = toks[i0].start;
    let e = toks[j].end;
    i = j; // consume the match (blocks included)
    if (entry.code === null) continue;
    if (!ruleAllows(entry.rule, toks, i0, j, text, ctx)) continue;
    if ((entry.via === 'name' || entry.via === 'capital') && followedByUsState(toks, j)) continue;
    // possessive "Russia's"
    const a = toks[j + 1];
    const b = toks[j + 2];
    if (a && b && a.t === "'" && a.start === e && b.t === 's' && b.start === a.end) {
      e = b.end;
      i = j + 2;
    }
    if (excl.overlaps(s, e)) continue;
    for (const code of resolveCode(entry, ctx)) {
      out.push({ start: s, end: e, text: text.slice(s, e), code, via: entry.via });
    }
  }
  return out;
}
