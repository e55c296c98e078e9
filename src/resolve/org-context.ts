/**
 * Firms named like people (cues in data/ner/org-context.json): a "person" of the tagger that the article's own
 * context calls an organization ("Sterne Agee analyst Margaret Whitfield", "an analyst at Pacific Crest",
 * "retailer Kesko (KESBV.HE)", "Cowen & Co") is one, and so is every other mention of that name in the article,
 * unless the article also gives the name a person's title or honorific ("Mr. Agee", "Senator Knight").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HONORIFICS, isTitleWord } from '../extract/titles.js';
import type { EntitySpan } from '../extract/types.js';
import { phraseRegExp } from '../article/regex.js';
import { isCompanySuffix, suffixPatterns } from './legal-suffixes.js';
import { TICKER_CODE } from '../article/instrument-codes.js';

interface OrgContextWords {
  descriptorsBefore: string[];
  phrasesBefore: string[];
  rolesAfter: string[];
  suffixesAfter: string[];
  makerWordsAfter: string[];
  wordsAfterName: string[];
}

const DATA_PATH = fileURLToPath(new URL('../../data/ner/org-context.json', import.meta.url));
let CUES: { before: RegExp; after: RegExp; makers: Set<string>; wordsAfterName: Set<string> } | undefined;


function cues() {
  if (CUES) return CUES;
  const raw = JSON.parse(readFileSync(DATA_PATH, 'utf8')) as OrgContextWords;
  const before = [...raw.descriptorsBefore, ...raw.phrasesBefore].map(phraseRegExp).join('|');
  const roles = raw.rolesAfter.map(phraseRegExp).join('|');
  const suffixes = raw.suffixesAfter.map(phraseRegExp).join('|');
  CUES = {
    makers: new Set(raw.makerWordsAfter),
    wordsAfterName: new Set(raw.wordsAfterName),
    // Lower case as written ("bank Wegelin", not "World Bank President ...").
    before: new RegExp(`(?:^|[^\\p{L}])(?:${before})\\s+$`, 'u'),
    // "<firm> analyst <Name>", "<firm> & Co", "<firm> and Co", "<firm> (KESBV.HE)", "<firm>'s FGL.AX", "<firm> Inc".
    after: new RegExp(`^(?:\\s+(?:${roles})\\s+\\p{Lu}|(?:\\s*&\\s*|\\s+and\\s+)(?:${suffixes})(?![\\p{L}-])|\\s*\\(${TICKER_CODE}\\)|(?:['’]s)?\\s+(?!U\\.[SKN]\\.)${TICKER_CODE}(?=[\\s,;:)]|$)|\\s+(?:${suffixPatterns().firmContextAfter})(?![\\w-]))`, 'u'),
  };
  return CUES;
}

/** The word right before a name, or undefined. */
const wordBefore = (text: string, start: number) => /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 24), start))?.[1];

/** Whether the text right before a name gives it a person's title or honorific ("Mr.", "Senator", "Chief Executive"). */
export function personCue(text: string, start: number): boolean {
  const w = wordBefore(text, start);
  return w !== undefined && (HONORIFICS.has(w) || HONORIFICS.has(w.replace(/\.$/, '')) || (/^\p{Lu}/u.test(w) && isTitleWord(w)));
}

/** Whether a honorific as written, not a title, stands right before a name ("Mr. Lake Bell", "Sir John Smith KCMG"). */
export function honorificCue(text: string, start: number): boolean {
  const w = wordBefore(text, start);
  return w !== undefined && HONORIFICS.has(w);
}

/**
 * Whether the words around a name call it a company: a kind of firm or a firm's phrase before it ("research firm X",
 * "analyst at X"), not across a possessive after it; or a firm's context after it ("X Inc", "X (EBAY.O)", "X analyst Jo").
 */
export function firmContext(text: string, start: number, end: number): boolean {
  const c = cues();
  const after = text.slice(end, end + 40);
  // "the former head of Rupert Murdoch's UK newspaper business": the cue is the possessed thing's.
  return (!/^['’]s?\b/.test(after) && c.before.test(text.slice(Math.max(0, start - 40), start))) || c.after.test(after);
}

/** Only the firm's context after a name ("X Inc", "X (EBAY.O)", "X analyst Jo"). */
export function firmContextAfter(text: string, end: number): boolean {
  return cues().after.test(text.slice(end, end + 40));
}

/** The words after a name that make it a thing a firm makes ("maker"), and those that may follow a firm's name. */
export function nameFollowers(): { makers: ReadonlySet<string>; wordsAfterName: ReadonlySet<string> } {
  return cues();
}

export function relabelFirmsNamedLikePeople(text: string, spans: EntitySpan[]): EntitySpan[] {
  const firms = new Set<string>();
  for (const e of spans) if (e.label === 'PER' && firmContext(text, e.start, e.end)) firms.add(e.text);
  for (const name of shortFormsOfOrganizations(spans)) firms.add(name);
  if (firms.size === 0) return spans;
  // A name the article also titles as a person's stays a person's everywhere.
  for (const e of spans) if (e.label === 'PER' && firms.has(e.text) && personCue(text, e.start)) firms.delete(e.text);
  return spans.map((e) => (e.label === 'PER' && firms.has(e.text) ? { ...e, label: 'ORG' as const } : e));
}

/**
 * One-word "people" the article's own organizations claim: a word that begins one of its companies' names
 * with a legal suffix ("Capmark" beside "Capmark Financial Group Inc", "Williams" beside "Williams Cos") or that the article tags an
 * organization more often than a person ("Foster's"), when no person's name of the article holds the word
 * ("Dell" beside "Michael Dell" stays his).
 */
function shortFormsOfOrganizations(spans: EntitySpan[]): Set<string> {
  const key = (t: string) => t.replace(/['’]s?$/, '');
  const personWords = new Set<string>();
  const perCount = new Map<string, number>();
  for (const e of spans) {
    if (e.label !== 'PER') continue;
    const words = e.text.split(/\s+/);
    if (words.length > 1) for (const w of words) personWords.add(key(w));
    else perCount.set(key(e.text), (perCount.get(key(e.text)) ?? 0) + 1);
  }
  const out = new Set<string>();
  if (perCount.size === 0) return out;
  const orgCount = new Map<string, number>();
  for (const e of spans) {
    if (e.label !== 'ORG') continue;
    const words = e.text.split(/\s+/);
    const first = key(words[0]);
    // A company's full name: "Capmark Financial Group Inc", not "Ma Kai" tagged an organization.
    if (words.length > 1 && perCount.has(first) && words.slice(1).some(isCompanySuffix)) orgCount.set(first, Infinity);
    else if (words.length === 1) orgCount.set(key(e.text), (orgCount.get(key(e.text)) ?? 0) + 1);
  }
  for (const e of spans) {
    if (e.label !== 'PER' || /\s/.test(e.text)) continue;
    const k = key(e.text);
    if (!personWords.has(k) && (orgCount.get(k) ?? 0) > (perCount.get(k) ?? 0)) out.add(e.text);
  }
  return out;
}
