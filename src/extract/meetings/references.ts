import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config.js';
import { lowerBound } from '../intervals.js';
import { matchTitle, normalizeTitle } from '../titles.js';
import type { CountryMention, PersonRef, Role, Sentence, Span } from '../types.js';

/**
 * References to people that do not name them, resolved to the article's named people so a
 * meeting stated through them yields a candidate with the right people (the model still
 * decides):
 *
 *   pair        "the two leaders", "both men", "the two discussed"  -> the two people last named
 *                (in the sentence or the two before)
 *   counterpart "his French counterpart"  -> the one person holding a role for that country
 *                (not the person "his" refers to)
 *   role        "the Chinese premier", "the visiting U.S. president", "the Iranian leader"
 *                -> the one person holding that title (for that country, when one is named;
 *                a generic head word such as "leader" needs the country)
 *
 * A reference followed by a name ("his French counterpart Bernard Kouchner") is an apposition,
 * not a reference; a past title ("the former president") is nobody's now. A reference that
 * fits several people, or none, resolves to nobody: general rules only, no guessing.
 */
export interface Reference extends Span {
  kind: 'pair' | 'counterpart' | 'role';
  /** Canonical names of the people referred to (two for `pair`, one otherwise). */
  people: string[];
}

export interface ReferenceWords {
  pairOpeners: string[][];
  pairNouns: ReadonlySet<string>;
  pairVerbs: ReadonlySet<string>;
  counterpartWords: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  definite: ReadonlySet<string>;
  genericTitles: ReadonlySet<string>;
}

const DEFAULT_FILE = path.join(repoRoot, 'data/meetings/references.json');
let cached: ReferenceWords | undefined;

export function loadReferenceWords(file = DEFAULT_FILE): ReferenceWords {
  if (cached && file === DEFAULT_FILE) return cached;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  const set = (k: string) => new Set(raw[k] ?? []);
  const words: ReferenceWords = {
    pairOpeners: (raw.pairOpeners ?? []).map((p) => p.split(' ')),
    pairNouns: set('pairNouns'),
    pairVerbs: set('pairVerbs'),
    counterpartWords: set('counterpartWords'),
    possessives: set('possessives'),
    definite: set('definite'),
    genericTitles: set('genericTitles'),
  };
  if (file === DEFAULT_FILE) cached = words;
  return words;
}

/** A person with the roles the article gives them (findRoles). */
export type RoleHolder = PersonRef & { roles?: readonly Role[] };

/** How many sentences back a pair reference looks for the two people it means. */
export const PAIR_LOOKBACK = 2;
/** Tokens a counterpart or role reference may span ("his new French counterpart", "the visiting U.S. Secretary of State"). */
const MAX_REFERENCE_TOKENS = 7;

export function findReferences(text: string, sentences: Sentence[], people: readonly RoleHolder[], countries: readonly CountryMention[], words = loadReferenceWords()): Reference[] {
  const mentions = people.flatMap((p) => p.mentions.map((m) => ({ person: p.name, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);
  if (mentions.length === 0) return [];
  // Every lookup is a binary search or a walk bounded by a few sentences, so the work stays linear in the article.
  const mentionStarts = new Set(mentions.map((m) => m.start));
  const starts = mentions.map((m) => m.start);
  const maxEnd: number[] = [];
  for (const m of mentions) maxEnd.push(Math.max(m.end, maxEnd.at(-1) ?? 0));
  /** Whether a mention overlaps [start, end): of those starting before `end`, the furthest-reaching ends after `start`. */
  const covered = (start: number, end: number) => {
    const k = lowerBound(starts, end) - 1;
    return k >= 0 && maxEnd[k] > start;
  };
  const sortedCountries = [...countries].sort((a, b) => a.start - b.start);
  const countryStarts = sortedCountries.map((c) => c.start);
  const countryIn = (start: number, end: number) => {
    for (let k = lowerBound(countryStarts, start); k < sortedCountries.length && sortedCountries[k].start < end; k++) if (sortedCountries[k].end <= end) return sortedCountries[k].code;
    return undefined;
  };
  const holders = people.filter((p) => (p.roles?.length ?? 0) > 0);
  /** The distinct people named before `pos` back to `fromStart`, latest first. */
  const namedBefore = (pos: number, fromStart: number) => {
    const out: string[] = [];
    for (let k = lowerBound(starts, pos) - 1; k >= 0 && mentions[k].start >= fromStart; k--) if (!out.includes(mentions[k].person)) out.push(mentions[k].person);
    return out;
  };
  const out: Reference[] = [];
  // The sentence being read, its tokens and their lower-case forms: namedNext() and reference() read them (made once,
  // not per sentence: tsx names each local function it makes, at about a microsecond each).
  let tokens: Sentence['tokens'] = [];
  let lower: string[] = [];
  // "... Wen Jiabao" right after the reference (or after its comma): an apposition naming the person.
  const namedNext = (j: number) => mentionStarts.has(tokens[j]?.start ?? -1) || (lower[j] === ',' && mentionStarts.has(tokens[j + 1]?.start ?? -1));
  const reference = (kind: Reference['kind'], i: number, end: number, who: string[]) => {
    const start = tokens[i].start;
    const stop = tokens[end - 1].end;
    if (!covered(start, stop)) out.push({ kind, start, end: stop, text: text.slice(start, stop), people: who });
  };
  for (let s = 0; s < sentences.length; s++) {
    tokens = sentences[s].tokens;
    lower = tokens.map((t) => t.text.toLowerCase());
    for (let i = 0; i < tokens.length; i++) {
      // pair: "the two leaders", "both men", "the two discussed"
      const opener = words.pairOpeners.find((o) => o.every((w, k) => lower[i + k] === w));
      if (opener) {
        const next = lower[i + opener.length];
        if (next !== undefined && (words.pairNouns.has(next) || words.pairVerbs.has(next))) {
          const from = sentences[Math.max(0, s - PAIR_LOOKBACK)].start;
          const two = namedBefore(tokens[i].start, from).slice(0, 2);
          if (two.length === 2) reference('pair', i, i + opener.length + (words.pairNouns.has(next) ? 1 : 0), two.sort());
          continue;
        }
      }
      // counterpart: "his French counterpart", "their Chinese counterparts"
      if (words.possessives.has(lower[i])) {
        let j = i + 1;
        while (j < tokens.length && j - i < MAX_REFERENCE_TOKENS && !words.counterpartWords.has(lower[j])) j++;
        if (j < tokens.length && words.counterpartWords.has(lower[j]) && !namedNext(j + 1)) {
          const country = countryIn(tokens[i].start, tokens[j].start);
          const owner = namedBefore(tokens[i].start, sentences[Math.max(0, s - 1)].start)[0];
          const who = country ? holders.filter((p) => p.name !== owner && p.roles?.some((r) => r.country === country)) : [];
          if (who.length === 1) reference('counterpart', i, j + 1, [who[0].name]);
          i = j;
          continue;
        }
      }
      // role: "the Chinese premier", "the visiting U.S. president", "the Iranian leader"
      if (words.definite.has(lower[i]) && !words.definite.has(lower[i - 1] ?? '')) {
        let j = i + 1;
        while (j < tokens.length && words.definite.has(lower[j])) j++;
        // One title: "the Chinese president and Treasury Secretary Timothy Geithner" is two people.
        const rest: string[] = [];
        for (const t of tokens.slice(j, j + MAX_REFERENCE_TOKENS)) {
          if (t.text === 'and' || t.text === ',') break;
          rest.push(t.text);
        }
        let end = -1;
        let title: string | undefined;
        const match = matchTitle(rest, 0);
        if (match && !match.past && !match.honorific) {
          end = j + match.end;
          // A generic head ("the Iranian leader") names no title of its own: the country decides.
          if (!words.genericTitles.has(match.title.toLowerCase())) title = normalizeTitle(match.title);
        } else {
          // A generic head ("leader") after at most three country words.
          const head = lower.slice(j, j + 4).findIndex((w) => words.genericTitles.has(w));
          if (head >= 0) end = j + head + 1;
        }
        if (end < 0 || namedNext(end)) continue;
        const country = countryIn(tokens[j].start, tokens[end - 1].end);
        if (!title && !country) continue;
        const fits = (r: Role) => (!title || normalizeTitle(r.title) === title) && (!country || r.country === country);
        const who = holders.filter((p) => p.roles?.some(fits) && p.mentions.some((m) => m.start < tokens[i].start));
        if (who.length === 1) reference('role', i, end, [who[0].name]);
        i = end - 1;
      }
    }
  }
  return out;
}

/**
 * The people with each reference as a further mention of whom it refers to (mentions in text
 * order): what meeting candidates are built from. A copy; the article's people are unchanged.
 */
export function withReferences(people: readonly PersonRef[], references: readonly Reference[]): PersonRef[] {
  if (references.length === 0) return [...people];
  const extra = new Map<string, Span[]>();
  for (const r of references) {
    for (const name of r.people) {
      const list = extra.get(name) ?? [];
      list.push({ start: r.start, end: r.end, text: r.text });
      extra.set(name, list);
    }
  }
  return people.map((p) => {
    const more = extra.get(p.name);
    return more ? { id: p.id, name: p.name, mentions: [...p.mentions, ...more].sort((a, b) => a.start - b.start) } : p;
  });
}

/** The people meeting candidates are built from: the article's, with the references to them resolved. */
export function meetingPeople(text: string, sentences: Sentence[], people: readonly RoleHolder[], countries: readonly CountryMention[]): PersonRef[] {
  return withReferences(people, findReferences(text, sentences, people, countries));
}

/** The country mentions of an extraction's countries (each mention with its country's code), in text order. */
export function countryMentionsOf(countries: ReadonlyArray<{ code: string; mentions: ReadonlyArray<Omit<CountryMention, 'code'>> }>): CountryMention[] {
  return countries.flatMap((c) => c.mentions.map((m) => ({ ...m, code: c.code }))).sort((a, b) => a.start - b.start);
}
