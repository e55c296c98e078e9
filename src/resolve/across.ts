import { foldName } from '../article/names.js';
import { canonicalOrganization } from '../extract/organizations.js';
import { withoutCorporateSuffix } from './organizations.js';
import { suffixPatterns } from './legal-suffixes.js';
import { SURNAME_PARTICLES } from './spans.js';

/**
 * Cross-article resolution rules: whether a name in a new article names a person or
 * organization the graph already holds. Pure: the graph side (src/graph/resolution.ts)
 * looks candidates up by the keys made here (one indexed lookup per entity) and asks
 * these functions to decide; `newsgraph reresolve` asks the same functions.
 *
 * Every decision says why (`via`), so a merge can be read, listed and undone.
 */

/** How a name came to another node: kept on the MENTIONS edge as `via`. */
export type ResolutionVia =
  | 'surname' // "Paulson", "President Bush": the one prominent full-named bearer
  | 'nickname' // "Hank Paulson" = "Henry Paulson" (the nickname table)
  | 'initial' // "G. Bush" = "George Bush"
  | 'middle' // "Bernard L. Madoff" = "Bernard Madoff"
  | 'transliteration' // "Dmitri Medvedev" = "Dmitry Medvedev"
  | 'legal-suffix' // "Google Inc" = "Google"
  | 'ticker' // "Freddie Mac FRE", "Apple.O" = the company
  | 'acronym' // "IAEA" = "International Atomic Energy Agency"
  | 'short-name' // "Lehman" = "Lehman Brothers", the one prominent organization named so at the start
  | 'name' // the same name on another node (two ids for one spelling)
  | 'analyst'; // an analyst's merge decision

/**
 * First names and their short forms: formal name -> nicknames (lower case), from a maintained data
 * set the pipeline loads (data/nicknames/); resolve/ reads no file itself.
 */
export interface NicknameTable {
  /** nickname or name -> the formal names it can stand for (itself included). */
  formalOf: ReadonlyMap<string, readonly string[]>;
}

/** Builds the table from (formal, nickname) pairs. */
export function nicknameTable(pairs: Iterable<readonly [string, string]>): NicknameTable {
  const formalOf = new Map<string, string[]>();
  const add = (k: string, v: string) => {
    const list = formalOf.get(k) ?? [];
    if (!list.includes(v)) list.push(v);
    formalOf.set(k, list);
  };
  for (const [formal, nick] of pairs) {
    const f = translit(formal.toLowerCase());
    add(translit(nick.toLowerCase()), f);
    add(f, f);
  }
  return { formalOf };
}

/**
 * One spelling for the usual romanisations of the same name: "Dmitry"/"Dmitri", "Sergey"/"Sergei",
 * "Alexei"/"Aleksey", "Mikhail"/"Mihail", "Gaddafi"/"Gadhafi" (folded, lower case in).
 */
export function translit(word: string): string {
  return word
    .replace(/ks/g, 'x')
    .replace(/([kgdz])h/g, '$1')
    .replace(/y/g, 'i')
    .replace(/j(?=[aeiou])/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/i(?=[aeiou]$)/g, '')
    .replace(/ie$/g, 'i');
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

export interface PersonKey {
  /** The surname, folded and transliteration-folded: the index key of cross-article lookups. */
  surname: string;
  /** First name (folded, transliteration-folded), when the name has one. */
  first?: string;
  /** Middle names or initials, in order. */
  middles: string[];
  /** Jr, Sr, II…: a father and son share the rest. */
  suffix?: string;
}

/** Splits a person's name into the parts the rules compare. */
export function personKey(name: string): PersonKey {
  const words = foldName(name)
    .split(' ')
    .filter((w) => w !== '');
  let suffix: string | undefined;
  while (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1])) suffix = words.pop();
  // The surname with its particles is one word for this purpose: "van rompuy", "da silva".
  let from = words.length - 1;
  while (from > 1 && SURNAME_PARTICLES.has(words[from - 1])) from--;
  const surname = translit(words.slice(from).join(''));
  const given = words.slice(0, from).filter((w) => !SURNAME_PARTICLES.has(w)).map(translit);
  return { surname, first: given[0], middles: given.slice(1), suffix };
}

/**
 * The keys of names, each computed once: the rules compare a row with every candidate sharing its key, and the
 * same candidates (a batch names "U.S." organizations many times) with each row. One per batch, or per call.
 */
export interface NameKeys {
  person(name: string): PersonKey;
  organizationCore(name: string): { core: string; via?: ResolutionVia };
  organizationResolutionKey(name: string): string;
  organizationInitials(name: string): string;
}

export function nameKeys(): NameKeys {
  const memo = <T,>(fn: (name: string) => T) => {
    const seen = new Map<string, T>();
    return (name: string) => {
      let v = seen.get(name);
      if (v === undefined && !seen.has(name)) seen.set(name, (v = fn(name)));
      return v as T;
    };
  };
  const core = memo(organizationCore);
  const resolutionKey = memo((name: string) => keyOfCore(core(name).core));
  return {
    person: memo(personKey),
    organizationCore: core,
    organizationResolutionKey: resolutionKey,
    organizationInitials: memo((name: string) => initialsOfCore(core(name).core)),
  };
}

/** Whether a name is a bare surname (one word, or particles and one word): nothing to tell bearers apart. */
export const isBareSurname = (k: PersonKey) => k.first === undefined;

const initialOf = (a: string, b: string) => (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/** Why two first names are one person's, or undefined when they are not. */
function firstNamesAgree(a: string, b: string, nicknames: NicknameTable): ResolutionVia | 'same' | undefined {
  if (a === b) return 'same';
  if (initialOf(a, b)) return 'initial';
  const fa = nicknames.formalOf.get(a) ?? [a];
  const fb = nicknames.formalOf.get(b) ?? [b];
  if (fa.some((x) => fb.includes(x))) return 'nickname';
  return undefined;
}

/**
 * Whether two full names can name one person, and why. Same surname; first names equal, an initial
 * of each other or short forms of one name; middles compatible: "Bernard L. Madoff" = "Bernard
 * Madoff" (one has none), but "George H. W. Bush" is not "George W. Bush" (both have middles, and
 * they differ); "Jr" and "Sr" never join.
 */
export function fullNamesAgree(a: PersonKey, b: PersonKey, nicknames: NicknameTable): ResolutionVia | 'same' | undefined {
  if (a.surname !== b.surname || a.first === undefined || b.first === undefined) return undefined;
  if (a.suffix && b.suffix && a.suffix !== b.suffix) return undefined;
  const first = firstNamesAgree(a.first, b.first, nicknames);
  if (!first) return undefined;
  if (a.middles.length > 0 && b.middles.length > 0) {
    if (a.middles.length !== b.middles.length) return undefined;
    if (!a.middles.every((m, i) => m === b.middles[i] || initialOf(m, b.middles[i]))) return undefined;
    return first === 'same' && a.middles.join(' ') !== b.middles.join(' ') ? 'initial' : first;
  }
  if (a.middles.length !== b.middles.length) return first === 'same' ? 'middle' : first;
  return first;
}

/** What the graph knows of a candidate node, looked up by its key. */
export interface PersonCandidate {
  id: string;
  name: string;
  /** Articles that mention it. */
  articles: number;
  /** Countries it holds a role in (HOLDS), its context. */
  roleCountries: readonly string[];
}

/** What the new article says around the name. */
export interface MentionContext {
  /** Countries the person holds a role in, as the article states ("Russian Foreign Minister"). */
  roleCountries: readonly string[];
  /** Countries the article mentions. */
  countries: readonly string[];
}

/** A bearer with fewer articles is not prominent enough to take a bare surname. */
export const PROMINENT_ARTICLES = 3;

/**
 * A bearer named in under a tenth of the articles of the most-named bearer that fits is not a
 * rival for a bare surname: a reader of 2009 news takes "Obama" for Barack Obama (966 articles),
 * not Michelle Obama (4), and "Bush" for George W. Bush, unless the article names the other.
 */
export const DOMINANCE = 10;

/** Whether a candidate's roles fit the article: no roles known, or one in a country the article is about. */
function fits(c: PersonCandidate, ctx: MentionContext): boolean {
  if (ctx.roleCountries.length > 0 && c.roleCountries.length > 0) return ctx.roleCountries.some((x) => c.roleCountries.includes(x));
  if (c.roleCountries.length === 0) return true;
  return c.roleCountries.some((x) => ctx.countries.includes(x));
}

/**
 * The node a person named in a new article is, among the candidates sharing its surname key, and
 * why; undefined when it stays a node of its own. A full name joins the one candidate whose full
 * name agrees (two agree: ambiguous, stays apart), unless their roles disagree. A bare surname joins
 * the one prominent full-named bearer that fits the article's context.
 */
export function resolvePersonAcross(
  name: string,
  ctx: MentionContext,
  candidates: readonly PersonCandidate[],
  nicknames: NicknameTable,
  apart: (candidateId: string) => boolean = () => false,
  keys: NameKeys = nameKeys(),
): { id: string; via: ResolutionVia } | undefined {
  const personKey = keys.person;
  const key = personKey(name);
  const pool = candidates.filter((c) => !apart(c.id));
  if (isBareSurname(key)) {
    const fitting = pool.filter((c) => {
      const k = personKey(c.name);
      return !isBareSurname(k) && k.surname === key.surname && c.articles >= PROMINENT_ARTICLES && fits(c, ctx);
    });
    const most = Math.max(0, ...fitting.map((c) => c.articles));
    const bearers = fitting.filter((c) => c.articles * DOMINANCE >= most);
    return bearers.length === 1 ? { id: bearers[0].id, via: 'surname' } : undefined;
  }
  const agreeing: Array<{ c: PersonCandidate; via: ResolutionVia | 'same' }> = [];
  for (const c of pool) {
    const ck = personKey(c.name);
    if (isBareSurname(ck)) continue;
    const agreed = fullNamesAgree(key, ck, nicknames);
    if (!agreed) continue;
    // Equal once transliterations are folded, but spelled otherwise: "Dmitri" for "Dmitry".
    const via = agreed === 'same' && foldName(name) !== foldName(c.name) ? 'transliteration' : agreed;
    // The rest must agree: roles in different countries are different people.
    if (ctx.roleCountries.length > 0 && c.roleCountries.length > 0 && !ctx.roleCountries.some((x) => c.roleCountries.includes(x))) continue;
    agreeing.push({ c, via });
  }
  // A node whose name fits a rival the new name does not fit is itself ambiguous ("George Bush"
  // beside "George W. Bush", for "George H. W. Bush"): joining it would join the rival too.
  const rivals = pool.filter((d) => !isBareSurname(personKey(d.name)) && !fullNamesAgree(key, personKey(d.name), nicknames));
  const unambiguous = agreeing.filter(({ c }) => !rivals.some((d) => d.id !== c.id && fullNamesAgree(personKey(c.name), personKey(d.name), nicknames)));
  // Another node of the very same spelling wins outright; otherwise exactly one compatible node.
  const same = unambiguous.filter((a) => a.via === 'same');
  if (same.length === 1) return { id: same[0].c.id, via: 'name' };
  if (same.length > 1) return undefined;
  if (unambiguous.length !== 1) return undefined;
  const via = unambiguous[0].via;
  return via === 'same' ? undefined : { id: unambiguous[0].c.id, via };
}

// ---------------------------------------------------------------- organizations

/** Trailing tickers: "Freddie Mac FRE", "Apple Inc AAPL.O", "Tesco.L", "(IBM.N)". */
const TICKER_SUFFIX = /(?:\s*\(?\b[A-Z0-9]{1,6}\.[A-Z]{1,2}\)?|(?<=\p{Ll})\.[A-Z]{1,2}|\s+[A-Z]{2,5})$/u;
/** Capitals that end names without being tickers: numerals ("Lehman II"), countries, instruments. */
const NOT_TICKERS = /^(?:I{1,3}|IV|VI{0,3}|IX|X{1,3}|UK|US|USA|EU|UAE|CDS|CDO|ETF|IPO|CEO|CFO|TV|AM|PM|LP|NA)$/;

/** The name without trailing tickers and legal suffixes, and which of the two went. */
export function organizationCore(name: string): { core: string; via?: ResolutionVia } {
  let core = name.trim().replace(/^the\s+/i, '');
  let via: ResolutionVia | undefined;
  for (let changed = true; changed; ) {
    changed = false;
    const legal = withoutCorporateSuffix(core.replace(suffixPatterns().acrossDropped, ''));
    if (legal !== core && /\p{L}{2}/u.test(legal)) {
      core = legal;
      via ??= 'legal-suffix';
      changed = true;
      continue;
    }
    const generic = core.replace(suffixPatterns().generic, '');
    if (generic !== core && /\p{L}{2}/u.test(generic)) {
      core = generic;
      via ??= 'legal-suffix';
      changed = true;
      continue;
    }
    // A ticker only after a name written in mixed case: "Freddie Mac FRE", never "BNP" alone.
    const m = TICKER_SUFFIX.exec(core);
    if (m && m.index > 0 && !NOT_TICKERS.test(m[0].trim())) {
      const rest = core.slice(0, m.index);
      if (/\p{Ll}/u.test(rest) && /\p{L}{2}/u.test(rest)) {
        core = rest;
        via = 'ticker';
        changed = true;
      }
    }
  }
  return { core, via };
}

/** Where a short name is looked up: the first word of the core name, folded ("lehman"). */
export function organizationHeadKeys(name: string): string[] {
  const words = organizationResolutionKey(name).split(' ');
  return [...new Set([words[0], words.length <= 2 ? words.join('') : ''])].filter((w) => w !== '');
}

/** The key an organization is looked up by across articles: its core name, folded. */
export function organizationResolutionKey(name: string): string {
  return keyOfCore(organizationCore(name).core);
}

const keyOfCore = (core: string) => foldName(core).replace(/\s+/g, ' ');

const STOP = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'des', 'du']);

/** The initials of a name of several words ("International Monetary Fund" -> "imf"); '' for one word. */
export function organizationInitials(name: string): string {
  return initialsOfCore(organizationCore(name).core);
}

function initialsOfCore(core: string): string {
  const words = core.split(/[\s\-]+/).filter((w) => w !== '' && !STOP.has(w.toLowerCase()));
  return words.length >= 2 ? words.map((w) => w[0].toLowerCase()).join('') : '';
}

/** "IAEA", "U.N.": an acronym's folded letters, or undefined. */
export function acronymOf(name: string): string | undefined {
  const s = name.trim().replace(/^the\s+/i, '');
  const letters = s.replace(/\./g, '');
  return /^[A-Z][A-Z&]{1,7}$/.test(letters) ? letters.replace(/&/g, '').toLowerCase() : undefined;
}

/**
 * Whether a name can be a short name of a longer organization's ("Lehman", "JP Morgan"): two words at most, and
 * no curated organization. Only such a name is looked up by first word (the longer names it may shorten).
 */
export function mayBeShortName(name: string, keys: NameKeys = nameKeys()): boolean {
  return foldName(keys.organizationCore(name).core).split(' ').length <= 2 && !canonicalOrganization(name);
}

export interface OrganizationCandidate {
  id: string;
  name: string;
  articles: number;
}

/**
 * The organization node a name in a new article is: the one with the same core name ("Google Inc",
 * "Google", "the Google"), a short name for the one prominent organization named so at the start,
 * an acronym for the one prominent node it abbreviates. Not a full name into an acronym-named node
 * ("Goldman Eagle" is not "GE"): reresolve folds the acronym node in once the full name is prominent.
 *
 * `selfId` is the id the article gives the name, when the graph already holds a node of it (among the
 * candidates). Nodes of one core name ("Goldman Sachs Group Inc", "Goldman Sachs & Co") are one firm: every
 * name of them goes to the most mentioned of them, the name's own node included. Were its own node left out,
 * two such nodes would trade each other's articles for good (each name sent to the other node).
 */
export function resolveOrganizationAcross(
  name: string,
  candidates: readonly OrganizationCandidate[],
  apart: (candidateId: string) => boolean = () => false,
  keys: NameKeys = nameKeys(),
  selfId?: string,
): { id: string; via: ResolutionVia } | undefined {
  const { organizationCore, organizationResolutionKey, organizationInitials } = keys;
  const self = candidates.find((c) => c.id === selfId);
  const pool = candidates.filter((c) => c.id !== selfId && !apart(c.id));
  const { core, via } = organizationCore(name);
  const key = foldName(core);
  const mostMentioned = (a: OrganizationCandidate, b: OrganizationCandidate) => b.articles - a.articles || a.id.localeCompare(b.id);
  // Of the nodes of the same core name, only those more mentioned than the name's own node can take it.
  const same = pool.filter((c) => organizationResolutionKey(c.name) === key && (!self || mostMentioned(c, self) < 0));
  const exact = same.filter((c) => foldName(c.name) === foldName(name));
  const variants = same.filter((c) => foldName(c.name) !== foldName(name));
  // The same core name spelled otherwise ("UBS AG" for "UBS"): the most mentioned node of the core name.
  if (variants.length > 0) {
    const best = [...same].sort(mostMentioned)[0];
    return exact.includes(best) ? { id: best.id, via: 'name' } : { id: best.id, via: via ?? organizationCore(best.name).via ?? 'legal-suffix' };
  }
  // A short name ("Lehman", "Wal-Mart") for the one prominent organization whose name starts so,
  // even where a node of the short name exists (it came before the long name was prominent); not
  // for a part of it ("Senate" is not the Senate Banking Committee, "Boeing" not Boeing Capital), and
  // never for a curated organization, which its own name identifies ("Federal Reserve" is not the
  // Federal Reserve Bank of New York).
  const words = key.split(' ');
  if (mayBeShortName(name, keys)) {
    const joined = words.join('');
    const longer = pool.filter((c) => {
      const cw = organizationResolutionKey(c.name).split(' ');
      if (cw.join('').length <= joined.length || c.articles < PROMINENT_ARTICLES) return false;
      return cw.some((_, k) => k < cw.length - 1 && cw.slice(0, k + 1).join('') === joined && !cw.slice(k + 1).some((w) => suffixPatterns().unitWords.has(w)));
    });
    // Two spellings of one long name ("JPMorgan Chase & Co", "JP Morgan Chase & Co") are one organization: its most
    // mentioned node. Two names ("Deutsche Bank", "Deutsche Telekom") leave the short name apart.
    const spelled = new Set(longer.map((c) => organizationResolutionKey(c.name).replace(/\s+/g, '')));
    if (spelled.size === 1) return { id: [...longer].sort((a, b) => b.articles - a.articles || a.id.localeCompare(b.id))[0].id, via: 'short-name' };
    if (longer.length > 1) return undefined;
  }
  // Another node of the very same name, more mentioned than the name's own node (`same` holds no others).
  if (exact.length > 0) return { id: [...exact].sort(mostMentioned)[0].id, via: 'name' };
  const acronym = acronymOf(name);
  if (acronym) {
    const full = pool.filter((c) => organizationInitials(c.name) === acronym && c.articles >= PROMINENT_ARTICLES);
    return full.length === 1 ? { id: full[0].id, via: 'acronym' } : undefined;
  }
  return undefined;
}
