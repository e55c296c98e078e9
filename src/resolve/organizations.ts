import { countryOfSurface } from '../extract/countries/gazetteer.js';
import { displayOrganizationName } from '../extract/ner/truecase.js';
import { canonicalOrganization, isCountryLike, normalizeOrganizationName, organizationKey } from '../extract/organizations.js';
import { foldName, slugify } from '../article/names.js';
import { SpanSet, TakenText } from '../extract/intervals.js';
import type { Span } from '../extract/types.js';
import { endsInOwnS } from '../extract/possessive-names.js';
import { bodyWithoutOwner, courtWithoutSeat, isChamberCommittee, isPublicationTitle, kindForm, usStates } from './org-spans.js';
import { isLegalSuffixWord, suffixPatterns } from './legal-suffixes.js';
import { CAPITAL_START } from '../article/letters.js';

/**
 * In-document resolution of organizations: known organizations by their canonical
 * name ("U.N." is the United Nations), others by the fullest form the article uses,
 * with acronyms joined to the name they abbreviate ("International Atomic Energy
 * Agency (IAEA)" … "the IAEA").
 */
export interface ResolvedOrganization {
  id: string;
  name: string;
  aliases: string[];
  mentions: Span[];
}

const STOP = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'des', 'du']);

/** "International Monetary Fund" -> "imf": the initials an acronym of it would have. */
function initials(name: string): string {
  return name
    .split(/[\s\-]+/)
    .filter((w) => w !== '' && !STOP.has(w.toLowerCase()))
    .map((w) => w[0].toLowerCase())
    .join('');
}

const HAS_LETTER = /\p{L}/u;

/**
 * The name without a legal suffix, when a name is left: "Google Inc" and "Google" are one company, in an
 * article and across articles (the id is the name without it). "Group", "Bank" and "Company" stay: they are
 * part of names ("Eurasia Group", "Deutsche Bank", "East India Company"). The suffixes: data/ner/legal-suffixes.json, idDropped.
 */
export function withoutCorporateSuffix(name: string): string {
  const bare = name.replace(suffixPatterns().idDropped, '');
  return HAS_LETTER.test(bare) ? bare : name;
}

/** Whether an acronym (folded: "gm") abbreviates a name of several words, with its legal suffix or without ("General Motors Corp"). */
function abbreviates(folded: string, name: string): boolean {
  return name.includes(' ') && (initials(name) === folded || initials(withoutCorporateSuffix(name)) === folded);
}

const isAcronym = (s: string) => /^[A-Z][A-Z.&]{1,9}$/.test(s.replace(/\./g, '')) && s.replace(/[^A-Z]/g, '').length >= 2;

/**
 * An acronym written with a joining word's letters in lower case: "BofA" (Bank of America), "BoJ", "BofI". Its key
 * is its letters in lower case ("bofa"), looked up among the spelled-out keys of the article's names.
 */
const isMixedAcronym = (s: string) => /^[A-Z]+(?:[a-z]{1,2}[A-Z]+)+$/.test(s) && !/^[A-Z][a-z]+[A-Z][a-z]/.test(s);

/**
 * The keys a name's mixed-case acronym could have: its initials with each joining word left out, given by its
 * first letter or written whole ("Bank of America": "ba", "boa", "bofa"). Only names of at most six words.
 */
function spelledInitials(name: string): string[] {
  const words = name.split(/[\s\-]+/).filter((w) => w !== '');
  if (words.length < 2 || words.length > 6) return [];
  let keys = [''];
  for (const w of words) {
    const lw = w.toLowerCase();
    if (STOP.has(lw)) keys = keys.flatMap((k) => [k, k + lw[0], k + lw]);
    else keys = keys.map((k) => k + lw[0]);
  }
  return [...new Set(keys)];
}

/**
 * A party the curated list's entry does not mean: a tagged "Democratic Party" in an Italian story, "Congress" before
 * "party" in an Indian one (the U.S. parties and Congress count only in their contexts). Its name, or undefined.
 */
function partyOfItsOwn(text: string, end: number, surface: string): string | undefined {
  if (/\s[Pp]arty$/.test(surface)) return surface;
  return /^\p{Lu}\p{Ll}+$/u.test(surface) && /^\s+[Pp]arty\b/.test(text.slice(end, end + 8)) ? `${surface} party` : undefined;
}

/**
 * "The Washington Post" and "Washington Post" are one organization: where the article writes a name after a
 * capitalised "The" inside a sentence ("reported first by The Wall Street Journal"), that spelling is kept as an
 * alias of it. At a sentence's start "The" is any sentence's first word ("The Fed said"), so it says nothing,
 * except before a newspaper's title, which takes its "The" ("The Wall Street Journal reported"): a name of two words
 * at least ending in a word of data/ner/org-spans.json's publicationHeads (not a one-word "The Times"). Some other
 * bodies end so too and get the alias ("The American Express board", "The Royal Mail said"); an alias does no harm.
 */
function theForm(text: string, start: number, surface: string): string | undefined {
  const the = /(^|[^\p{L}])The\s+$/u.exec(text.slice(Math.max(0, start - 12), start));
  if (!the) return undefined;
  const theStart = start - (the[0].length - the[1].length);
  const head = text.slice(Math.max(0, theStart - 8), theStart);
  // A sentence's start: after its end mark or a line break, at the text's start, or after a dash that ends
  // a dateline ("WASHINGTON (Reuters) - The ...", "-- The ...").
  const sentenceStart =
    /(?:[.!?:;]["”’)]?|\n|\s[-–—]{1,2})\s*["“‘(]?\s*$/.test(head) || (theStart <= 8 && /^\s*["“‘(]?\s*$/.test(head));
  return sentenceStart && !isPublicationTitle(surface) ? undefined : `The ${surface}`;
}

interface Cluster {
  id: string;
  name: string;
  known: boolean;
  forms: Set<string>;
  /** Spellings kept only as aliases ("The Wall Street Journal" beside "Wall Street Journal"). */
  aliases: Set<string>;
  mentions: Array<{ start: number; end: number }>;
}

const TRAILING_LOWER = /\s+\p{Ll}+\s*$/u;
const HAS_CAPITAL = /\p{Lu}/u;

/** Trims "the", possessives and punctuation off an ORG span, keeping offsets exact. */
function cleanSpan(text: string, s: Span): { start: number; end: number; surface: string } | null {
  let start = s.start;
  let end = s.end;
  while (start < end && /[\s"'“”‘’(\[,;:.]/.test(text[start])) start++;
  while (end > start && /[\s"“”’)\],;:]/.test(text[end - 1])) end--;
  const poss = /['’]s?$/.exec(text.slice(start, end));
  // "McDonald's", "Moody's": an "'s" the name owns stays (data/ner/possessive-names.json).
  if (poss && !(poss[0].length === 2 && endsInOwnS(text.slice(start, end)))) end -= poss[0].length;
  const the = /^the\s+/i.exec(text.slice(start, end));
  if (the) start += the[0].length;
  // A quote ends a name: 'the Fund "must' is the Fund.
  const quote = text.slice(start, end).search(/["“”]/);
  if (quote > 0) end = start + quote;
  // Trailing lower-case words are not part of a name ("Bank said").
  // Not a chamber's committee's ("House Appropriations subcommittee"), which keeps its lower-case head.
  for (let m = TRAILING_LOWER.exec(text.slice(start, end)); m && !isChamberCommittee(text.slice(start, end).trim()); m = TRAILING_LOWER.exec(text.slice(start, end))) end -= m[0].length;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  const surface = text.slice(start, end).replace(/\s+/g, ' ');
  return surface.length >= 2 && HAS_CAPITAL.test(surface) ? { start, end, surface } : null;
}

const COUNTRY_WORD_BEFORE = /(?:^|[^\p{L}.])((?:\p{Lu}\.)+|\p{Lu}[\p{L}]+)\s$/u;

/** The country word right before a name ("U.S." of "U.S. Department of Justice"), if any. */
function countryPrefix(text: string, start: number): string | undefined {
  const m = COUNTRY_WORD_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  return m && countryOfSurface(m[1]) ? m[1] : undefined;
}

/** "U.S. State Department" -> "State Department": a leading country word qualifies a known organization's name. */
function withoutCountryPrefix(surface: string): string {
  const m = /^((?:[A-Z]\.)+|[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)(?:['’]s)?\s+(.+)$/u.exec(surface);
  return m && countryOfSurface(m[1]) ? m[2] : surface;
}

/** The legal suffix written right after a name ending at `end` (" Co", " Corp.", " plc"), with its space, or undefined. */
function legalSuffixAfter(text: string, end: number): string | undefined {
  const m = /^[^\S\n]+([\p{L}.]+?)\.?(?=$|[\s,;:)"”'’])/u.exec(text.slice(end, end + 12));
  return m && isLegalSuffixWord(m[1]) ? m[0].replace(/\.$/, '') : undefined;
}

const SUFFIX_AFTER_COMMA = /^,[^\S\n]+((?:\p{Lu}\.)+|[\p{L}]+\.?)(?=$|[\s,;:)"”'’*])/u;
const CAPITALISED_NEXT = /^[^\S\n]+[\p{Lu}\p{N}]/u;

/** The legal suffix written right after a name ending at `end` behind a comma (", Inc.", ", N.A."), or undefined. */
export function legalSuffixAfterComma(text: string, end: number): string | undefined {
  // Not before a capitalised word: "Heineken, AB InBev and Carlsberg" lists another firm ("AB" of "AB InBev").
  const m = SUFFIX_AFTER_COMMA.exec(text.slice(end, end + 12));
  if (!m || CAPITALISED_NEXT.test(text.slice(end + m[0].length, end + m[0].length + 4))) return undefined;
  return isLegalSuffixWord(m[1]) && CAPITAL_START.test(m[1]) ? m[0] : undefined;
}

/** A country's name of two words, or of one word or initials, then the rest of a name (afterCountryWord). Module
 * constants, as are COUNTRY_BEFORE's: tsx builds a \p{..} literal anew each time it runs. */
const COUNTRY_OF_TWO_WORDS_FIRST = /^(\p{Lu}\p{L}+\s\p{Lu}\p{L}+)\s+(.+)$/u;
const COUNTRY_OF_ONE_WORD_FIRST = /^((?:\p{Lu}\.)+|\p{Lu}\p{L}+)\s+(.+)$/u;
/** A country's name of two words, then of one word or initials, just before a point (countryBefore). */
const COUNTRY_BEFORE = [/(?:^|[^\p{L}.])(\p{Lu}\p{L}+\s\p{Lu}\p{L}+)(?:['’]s)?\s$/u, /(?:^|[^\p{L}.])((?:\p{Lu}\.)+|\p{Lu}\p{L}+)(?:['’]s)?\s$/u];

/**
 * "Dutch Philips Electronics" -> "Philips Electronics" of the Netherlands, "South Korean X Bank" -> "X Bank": the name
 * after a country's word, with that country's code, or undefined.
 */
function afterCountryWord(surface: string): { code: string; rest: string } | undefined {
  for (const m of [COUNTRY_OF_TWO_WORDS_FIRST.exec(surface), COUNTRY_OF_ONE_WORD_FIRST.exec(surface)]) {
    const country = m ? countryOfSurface(m[1]) : undefined;
    if (m && country) return { code: country.code, rest: m[2] };
  }
  return undefined;
}

/** The country whose word, or whose possessive ("India's"), stands right before a name at `start`, or undefined. */
function countryBefore(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 28), start);
  for (const re of COUNTRY_BEFORE) {
    const m = re.exec(before);
    const country = m ? countryOfSurface(m[1]) : undefined;
    if (country) return country.code;
  }
  return undefined;
}

/**
 * Whether a company's first word alone may be the company (`bare`: its name without a legal suffix): "Ford" of "Ford
 * Motor", "Goldman" of "Goldman Sachs", "Abercrombie" of "Abercrombie & Fitch". No word after the first names a unit
 * (data/ner/legal-suffixes.json unitWords, which across-article resolution reads too), and each is a word of the
 * company's kind (shortFormRest: "Motor", "Air Lines", "Energy"), "&" or "and", or a name's word: capitalised, not in
 * capitals throughout, nearly always capitalised mid-sentence in the corpus (`capStat` bucket 3 or 4; a word too rare
 * to count is not known to be one), no country or U.S. state. So not a unit's or a product's name ("Volvo Cars",
 * "Barclays Capital", "Keystone XL"), a country's or a state's branch ("Pimco Japan", "ConocoPhillips Alaska"), a body
 * with a lower-case word ("House of Representatives").
 */
export function restLeavesShortForm(bare: string, capStat: ReadonlyMap<string, string>): boolean {
  const words = bare.split(' ');
  if (words.length < 2) return false;
  const { shortFormRest: kind, unitWords } = suffixPatterns();
  return words.slice(1).every((w, i) => {
    if (unitWords.has(w.toLowerCase())) return false;
    if (kind.has(w)) return true;
    if ((w === '&' || w === 'and') && i < words.length - 2) return true;
    if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || countryOfSurface(w) || usStates().has(w)) return false;
    const stat = capStat.get(w.toLowerCase());
    return stat === '3' || stat === '4';
  });
}

/**
 * A known organization is named by the fullest form the article itself uses, as the
 * guide asks: its curated name when the article uses it, else the longest form seen
 * ("NATO" in an article that never spells it out). The id stays the curated one.
 */
function nameUsed(cl: Cluster): string {
  const key = organizationKey(cl.name);
  const forms = [...cl.forms].map((f) => f.replace(/^the\s+/i, '').replace(/['’]s$/, ''));
  if (forms.some((f) => organizationKey(f) === key || organizationKey(withoutCountryPrefix(f)) === key)) return cl.name;
  return forms.sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? cl.name;
}

export function resolveOrganizations(
  text: string,
  nerSpans: Span[],
  known: Array<Span & { id: string; name: string }>,
  opts: { exclude?: Span[]; capStat: ReadonlyMap<string, string> },
): ResolvedOrganization[] {
  const clusters = new Map<string, Cluster>();
  /** Whether a cluster still stands, not joined into another (an index may still hold it). */
  const live = (o: Cluster) => clusters.get(o.id) === o;
  // Each question below is asked once per mention: answered from indexes kept as clusters are made, not by scanning
  // every cluster or every span taken, so a long article costs in proportion to its length.
  const taken = new TakenText(text.length);
  const overlaps = (a: { start: number; end: number }) => taken.overlaps(a.start, a.end);
  const exclude = new SpanSet(opts.exclude ?? []);
  const excluded = (a: { start: number; end: number }) => exclude.overlaps(a.start, a.end);
  /** The first cluster made under each key: what `[...clusters.values()].find(...)` would find. */
  const byFolded = new Map<string, Cluster>();
  const byBareFolded = new Map<string, Cluster>();
  const byInitials = new Map<string, Cluster>();
  /** Mixed-case acronyms' keys ("bofa"): every name under each key, so only a key one name has joins. */
  const bySpelled = new Map<string, Set<Cluster>>();
  const firstUnder = (index: Map<string, Cluster>, key: string, cl: Cluster) => {
    if (!index.has(key)) index.set(key, cl);
  };
  /** Bodies by their name after a country's word, or its initials, each with that country: every one under a key. */
  const byLocal = new Map<string, Array<{ cl: Cluster; code: string }>>();
  const byLocalInitials = new Map<string, Array<{ cl: Cluster; code: string }>>();
  const underLocal = (index: typeof byLocal, key: string, cl: Cluster, code: string) => {
    const under = index.get(key);
    if (under) under.push({ cl, code });
    else index.set(key, [{ cl, code }]);
  };
  /** Courts named with their seat, by their name without it ("U.S. District Court" of "... in Manhattan"): every one. */
  const bySeatless = new Map<string, Set<Cluster>>();
  /** The one seated court a bare court's name is: only where exactly one of the article's has that name without its seat. */
  const seatedFit = (key: string): Cluster | undefined => {
    const fits = [...(bySeatless.get(key) ?? [])].filter(live);
    return fits.length === 1 ? fits[0] : undefined;
  };
  /**
   * The one body a name without its country word (at `start`) is: exactly one under the key fits, of the country
   * written right before the mention if any ("India's Supreme Court" is not the "Pakistani Supreme Court").
   */
  const localFit = (index: typeof byLocal, key: string, start: number): Cluster | undefined => {
    const code = countryBefore(text, start);
    const fits = new Set((index.get(key) ?? []).filter((x) => live(x.cl) && (!code || x.code === code)).map((x) => x.cl));
    return fits.size === 1 ? [...fits][0] : undefined;
  };

  const addTo = (id: string, name: string, isKnown: boolean, m: { start: number; end: number; surface: string }) => {
    let cl = clusters.get(id);
    if (!cl) {
      cl = { id, name, known: isKnown, forms: new Set(), aliases: new Set(), mentions: [] };
      clusters.set(id, cl);
      firstUnder(byFolded, foldName(name), cl);
      if (!isKnown) firstUnder(byBareFolded, foldName(withoutCorporateSuffix(name)), cl);
      // "U.S. Federal Communications Commission", "Dutch Philips Electronics": the name after its country word, of
      // two words at least ("American Express" is not "Express"), may be the same body's, and so may its initials of
      // three letters or more ("FCC"; not "EA" of "China Eastern Airlines"). Other countries have bodies of that name
      // too ("Pakistani Supreme Court", "India's Supreme Court"): kept apart, see localFit.
      const local = isKnown ? undefined : afterCountryWord(name);
      // Two words without a legal suffix too: "Indian Oil Corp" is not "Oil".
      if (local && withoutCorporateSuffix(local.rest).includes(' ')) {
        underLocal(byLocal, foldName(withoutCorporateSuffix(local.rest)), cl, local.code);
        const letters = initials(local.rest);
        if (letters.length >= 3) underLocal(byLocalInitials, letters, cl, local.code);
      }
      const seatless = isKnown ? undefined : courtWithoutSeat(name);
      if (seatless) {
        const key = foldName(seatless);
        const under = bySeatless.get(key);
        if (under) under.add(cl);
        else bySeatless.set(key, new Set([cl]));
      }
      // abbreviates(folded, name): a name of several words whose initials, with its legal suffix or without, are the acronym's.
      if (name.includes(' ')) {
        firstUnder(byInitials, initials(name), cl);
        firstUnder(byInitials, initials(withoutCorporateSuffix(name)), cl);
        for (const key of new Set([...spelledInitials(name), ...spelledInitials(withoutCorporateSuffix(name))])) {
          const under = bySpelled.get(key);
          if (under) under.add(cl);
          else bySpelled.set(key, new Set([cl]));
        }
      }
    }
    cl.forms.add(m.surface);
    const withThe = theForm(text, m.start, m.surface);
    if (withThe) cl.aliases.add(withThe);
    // "Socialist party", "Kossuth radio", "Tea Party movement": the name with the word of its kind is a spelling of it.
    const withKind = kindForm(text, m.end, m.surface);
    if (withKind) cl.aliases.add(withKind);
    const body = bodyWithoutOwner(m.surface) ?? courtWithoutSeat(m.surface);
    if (body) cl.aliases.add(body);
    // "Goldmark Industries, Inc.", "Wells Fargo Bank, N.A.": the legal suffix after a comma, which the tagger leaves
    // out, makes the company's full legal name, a spelling of it.
    const legal = legalSuffixAfterComma(text, m.end);
    if (legal) cl.aliases.add(`${m.surface}${legal}`);
    // "U.S. Bureau of Labor Statistics": the article's spelling with its country before the name, tagged apart, is
    // a spelling of it too (the mention stays the organization's own words, the country is the country finder's).
    const country = countryPrefix(text, m.start);
    if (country) cl.aliases.add(`${country} ${m.surface}`);
    cl.mentions.push({ start: m.start, end: m.end });
    taken.take(m.start, m.end);
  };

  /** The one name of the article a mixed-case acronym spells ("BofA": Bank of America), if exactly one does. */
  const spelledFull = (acronym: string): Cluster | undefined => {
    const under = [...(bySpelled.get(acronym.toLowerCase()) ?? [])].filter((o) => live(o) && o.name !== acronym);
    return under.length === 1 ? under[0] : undefined;
  };

  const knownIds = new Set(known.map((k) => k.id));
  // Gazetteer matches first: their canonical names are curated.
  for (const k of known) {
    if (overlaps(k) || excluded(k)) continue;
    const surface = text.slice(k.start, k.end);
    // "U.S. Department of Justice": addTo keeps the article's spelling with its country as an alias.
    addTo(k.id, k.name, true, { start: k.start, end: k.end, surface });
    // "Walt Disney Co", "Thomson Reuters Corp": the curated name with the legal suffix written after it, on its line
    // and without a comma, is the article's spelling of it too.
    const suffix = legalSuffixAfter(text, k.end);
    if (suffix) clusters.get(k.id)?.aliases.add(`${surface}${suffix}`);
  }
  const nerClean = nerSpans
    .map((s) => cleanSpan(text, s))
    .filter((c): c is NonNullable<typeof c> => c !== null && !excluded(c) && !isCountryLike(c.surface));
  // Longer names first, so an acronym finds the full name it abbreviates wherever it stands.
  for (const c of [...nerClean].sort((a, b) => b.surface.length - a.surface.length)) {
    if (overlaps(c)) continue;
    const k = canonicalOrganization(c.surface);
    if (k) {
      // "told Reuters" is no mention of Reuters as an actor: context-bound entries count only where the gazetteer found them.
      if (!k.restricted || knownIds.has(k.id)) addTo(k.id, k.name, true, c);
      else {
        const party = partyOfItsOwn(text, c.end, c.surface);
        if (party) addTo(byFolded.get(foldName(party))?.id ?? slugify(party), party, false, c);
      }
      continue;
    }
    if (isAcronym(c.surface)) {
      const folded = c.surface.replace(/\./g, '').toLowerCase();
      const full = byInitials.get(folded) ?? localFit(byLocalInitials, folded, c.start);
      if (full) {
        addTo(full.id, full.name, full.known, c);
        continue;
      }
    }
    if (isMixedAcronym(c.surface)) {
      const full = spelledFull(c.surface);
      if (full) {
        addTo(full.id, full.name, full.known, c);
        continue;
      }
    }
    const name = normalizeOrganizationName(c.surface);
    if (!name) continue;
    // Longer names come first, so "Google Inc" names the company and "Google" joins it.
    const bare = foldName(withoutCorporateSuffix(name));
    const existing = byFolded.get(foldName(name)) ?? byBareFolded.get(bare) ?? localFit(byLocal, bare, c.start) ?? seatedFit(foldName(name));
    // Keyed without the suffix, unless that is a curated name of something else: "New York Times Co"
    // (the company) is not the New York Times (the paper).
    const bareName = withoutCorporateSuffix(name);
    const id = bareName !== name && canonicalOrganization(bareName) ? slugify(name) : slugify(bareName);
    addTo(existing?.id ?? id, existing?.name ?? name, existing?.known ?? false, c);
  }

  // An acronym tagged before its full name was seen: join it now. (An acronym has no space, so it is
  // never the full name of another, and joining one removes nothing another could join.)
  for (const cl of [...clusters.values()]) {
    if (cl.known || !(isAcronym(cl.name) || isMixedAcronym(cl.name))) continue;
    const folded = cl.name.replace(/\./g, '').toLowerCase();
    const full = isAcronym(cl.name) ? (byInitials.get(folded) ?? localFit(byLocalInitials, folded, cl.mentions[0].start)) : spelledFull(cl.name);
    if (full && full !== cl) {
      for (const m of cl.mentions) full.mentions.push(m);
      cl.forms.forEach((f) => full.forms.add(f));
      cl.aliases.forEach((f) => full.aliases.add(f));
      clusters.delete(cl.id);
    }
  }

  // A short form of a name the article gives in full: "the Journal" after "The Wall Street Journal" (its last word,
  // with "the"), "Citi" beside "Citigroup" (its brand before "group"), "Ford" beside "Ford Motor Co" (its first word,
  // where the rest is no unit's name: see restLeavesShortForm), when exactly one of the article's names fits.
  // Indexed by what a short form matches: the last word of a name of several words, and the brand of a first word
  // ending "group" or ".com"; a cluster joined into another is skipped where the index still holds it.
  const byLastWord = new Map<string, Cluster[]>();
  const byBrand = new Map<string, Cluster[]>();
  const index = (map: Map<string, Cluster[]>, key: string, cl: Cluster) => {
    const list = map.get(key);
    if (list) list.push(cl);
    else map.set(key, [cl]);
  };
  const byFirstWord = new Map<string, Cluster[]>();
  /** Every word of every name: a first word another name also holds ("Morgan" of J.P. Morgan beside Morgan Stanley) is no one's short form. */
  const byAnyWord = new Map<string, Cluster[]>();
  for (const o of clusters.values()) {
    const words = o.name.split(' ');
    if (words.length > 1) index(byLastWord, words[words.length - 1], o);
    if (!o.known && restLeavesShortForm(withoutCorporateSuffix(o.name), opts.capStat)) index(byFirstWord, words[0], o);
    for (const w of new Set(words)) index(byAnyWord, w, o);
    const brand = /^(.+?)(?:group|\.com)$/.exec(words[0]);
    if (brand) index(byBrand, brand[1], o);
  }
  for (const cl of [...clusters.values()]) {
    if (cl.known || cl.name.includes(' ') || isAcronym(cl.name) || cl.name.length < 4) continue;
    const definite = cl.mentions.some((m) => /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)));
    const firstWordOf = (byFirstWord.get(cl.name) ?? []).filter(live);
    const holders = (byAnyWord.get(cl.name) ?? []).filter((o) => o !== cl && live(o));
    const byFirst = holders.length === firstWordOf.length ? firstWordOf : [];
    const fits = new Set([...(definite ? (byLastWord.get(cl.name) ?? []) : []), ...(byBrand.get(cl.name) ?? []), ...byFirst]);
    for (const o of fits) if (o === cl || !live(o)) fits.delete(o);
    if (fits.size !== 1) continue;
    const [full] = fits;
    for (const m of cl.mentions) full.mentions.push(m);
    cl.forms.forEach((f) => full.forms.add(f));
    cl.aliases.forEach((f) => full.aliases.add(f));
    clusters.delete(cl.id);
  }

  return [...clusters.values()]
    .filter((cl) => cl.id !== '')
    .map((cl) => {
      const mentions = [...cl.mentions].sort((a, b) => a.start - b.start).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
      const used = cl.known ? nameUsed(cl) : cl.name;
      const name = displayOrganizationName(used, cl.forms, (a, b) => organizationKey(a) === organizationKey(b), () => opts.capStat);
      return { id: cl.id, name, aliases: [...new Set([...cl.forms, ...cl.aliases])].filter((f) => f !== name), mentions };
    })
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
