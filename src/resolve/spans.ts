import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonicalOrganization } from '../extract/organizations.js';
import { countryOfSurface } from '../extract/countries/gazetteer.js';
import { SpanSet, SpansByReach, groupBySentence, partitionPoint, sentenceHolding } from '../extract/intervals.js';
import { usuallyLowerCase } from '../extract/ner/truecase.js';
import { HONORIFICS, isTitleWord, matchTitle, type TitleMatch } from '../extract/titles.js';
import { ownSAfter } from '../extract/possessive-names.js';
import type { EntitySpan, NerLabel, Sentence, Token } from '../extract/types.js';
import { isCompanySuffix, isLegalSuffixToken, isLegalSuffixWord, suffixPatterns } from './legal-suffixes.js';
import { isInstrumentCode } from '../article/instrument-codes.js';
import { orgKindOfWord } from './org-kinds.js';
import { agreeWithFullerNames } from './doc-types.js';
import { monthAbbreviations } from '../extract/calendar-words.js';
import { CAPITAL_START } from '../article/letters.js';

/**
 * Repairs the tagger's entity spans with what the text's own structure says,
 * before resolution:
 * - a title inside a span separates an organization from a person:
 *   "European Commission President Jose Manuel Barroso" is the European
 *   Commission and Jose Manuel Barroso, "Uralkali Chairman Alexander Voloshin"
 *   is Uralkali and Alexander Voloshin;
 * - a person's name runs on through particles and adjacent capitalised words the
 *   tagger dropped: "Luiz Inacio Lula" + "da Silva", "Jan Kees" + "de Jager",
 *   "Aung San Suu" + "Kyi".
 */

/** Lower-case particles inside names ("Ursula von der Leyen", "Karl-Theodor zu Guttenberg"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'la', 'le', 'zu', 'bin', 'al', 'el', 'ibn', 'dos', 'das', 'du', 'ter', 'ten', 'y',
]);

/**
 * The particles a person's resolved name may hold and a surname may begin with ("von der Leyen", "da Silva"), in
 * resolution within an article (people.ts) and across articles (across.ts): NAME_PARTICLES without 'della', 'zu',
 * 'das', 'ter', 'ten' and 'y', which made "zu Liechtenstein" a person of its own on train (one more false alarm).
 */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'dos', 'du']);

/** An Arabic article written onto the name it belongs to: "al-Naimi", "el-Erian", "bin-Laden", a lower-case word of a person's name. */
export const isJoinedParticleName = (w: string): boolean => /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|bin|abu)-\p{Lu}[\p{L}\p{M}'’-]*$/u.test(w);

/** Capitalised words that do not continue a person's name. */
const NOT_NAME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'the', 'a', 'an', 'and', 'but', 'or', 'in', 'on', 'at', 'of', 'for', 'to', 'with', 'by', 'as', 'said', 'says', 'i', 'he', 'she', 'it', 'we', 'they',
]);

const isCap = (w: string) => /^[\p{Lu}]/u.test(w);
const isNameWord = (w: string) => /^[\p{Lu}][\p{L}\p{M}'’\-.]*$/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()) && !isCode(w);

interface Located {
  tokens: Token[];
  first: number;
  last: number;
}

/** The first and last token of a sentence that lie inside a span, or null when none does. */
export function tokenRange(sentence: Sentence, span: { start: number; end: number }): { first: number; last: number } | null {
  // The tokens inside the span, by binary search (tokens are in text order): one scan of the sentence per span
  // cost a long sentence with many spans its length times its spans.
  const toks = sentence.tokens;
  const first = partitionPoint(toks, (t) => t.start >= span.start);
  const last = partitionPoint(toks, (t) => t.end > span.end, first) - 1;
  return first <= last ? { first, last } : null;
}

const texts = new WeakMap<readonly Token[], string[]>();
/** A sentence's token texts, built once per sentence rather than once per span in it. */
export function tokenTexts(tokens: readonly Token[]): string[] {
  let words = texts.get(tokens);
  if (!words) texts.set(tokens, (words = tokens.map((t) => t.text)));
  return words;
}

function tokensOf(sentence: Sentence, span: { start: number; end: number }): Located | null {
  const range = tokenRange(sentence, span);
  return range ? { tokens: sentence.tokens, ...range } : null;
}

function spanOf(text: string, tokens: Token[], from: number, to: number, label: NerLabel): EntitySpan {
  const start = tokens[from].start;
  const end = tokens[to].end;
  return { start, end, text: text.slice(start, end), label };
}

/** A Reuters instrument code ("FRE.N", "RDSa.L", ".DJI"), a token of its own (extract/tokenize.ts); "U.S" and "U.K" (CoNLL writes them so) are not. */
const isCode = (w: string) => w !== 'U.S' && w !== 'U.K' && isInstrumentCode(w);
/** Tokens at a name's edge that are never part of it: "Ohio-based" before, a ticker and its brackets after. */
const BASED = /^\p{L}[\p{L}.'’ -]*-based$/u;
const isLeadingJunk = (w: string) => BASED.test(w) || isCode(w) || w === '(' || w === '<' || w === ')' || w === '>';
/** A word of two capitals or more and nothing else ("FRANCE", "EU"). */
const CAPITALS = /^\p{Lu}{2,}$/u;
const allCapitals = (w: string) => CAPITALS.test(w);
/** A curated body's acronym ("EU", "IMF"): no word of a person's name. */
const curatedAcronym = (w: string) => allCapitals(w) && !!canonicalOrganization(w);
/** A number, a score or an ordinal ("69", "4-55", "16-1", "64th"): sports results set after a player's name, never its last word. */
const NUMBER_WORD = /^\d[\d.,:/-]*(?:st|nd|rd|th)?$/u;
const isTrailingJunk = (w: string) => isCode(w) || w === ')' || w === '>' || w === '(' || w === '<';

const OPENING: Record<string, string> = { ')': '(', '>': '<' };
/** A month's abbreviation as written before a day ("Nov." of "Nov. 5"). */
const isMonthAbbreviation = (w: string) => w.endsWith('.') && monthAbbreviations().includes(w.slice(0, -1));

/** Whether an opening bracket for `close` stands among tokens[from..to). */
function openedBefore(tokens: readonly Token[], from: number, close: string, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].text === OPENING[close]) return true;
  return false;
}

/**
 * The span without the edge tokens no name has ("Ohio-based Goodyear", "Freddie Mac FRE.N"); null when nothing is left.
 * "Ohio-based" alone is kept (an adjective the tagger may call MISC), and so is a closing bracket whose opening one is
 * inside the span ("Mladost ( L )", a club and its town).
 */
function trimEdges(text: string, sentence: Sentence, span: EntitySpan): EntitySpan | null {
  const loc = tokensOf(sentence, span);
  if (!loc) return span;
  let { first, last } = loc;
  const toks = loc.tokens;
  while (first <= last && isLeadingJunk(toks[first].text) && !(first === last && toks[first].text.endsWith('-based'))) first++;
  // A heading's country or a curated body's acronym run into a person's name: "FRANCE Roesler", "Obama EU"; not a name
  // in capitals whose first name is a country's ("JORDAN HENDERSON", "ISRAEL KATZ": the case tells them apart only
  // when the name is not in capitals too).
  if (span.label === 'PER') {
    if (first < last && allCapitals(toks[first].text) && !allCapitals(toks[first + 1].text) && countryOfSurface(toks[first].text)) first++;
    if (first < last && (curatedAcronym(toks[last].text) || (/^(?:\p{Lu}\.?){2,}$/u.test(toks[last].text) && countryOfSurface(toks[last].text)))) last--;
    // Nor in a comma ("Nancy ,"), before or after the numbers ("A. Dale 69 ,").
    while (first < last && (NUMBER_WORD.test(toks[last].text) || /^[-–:/,;]$/u.test(toks[last].text))) last--;
  }
  // "The" is no organization's word, at a sentence's start or inside ("The Party of Democratic Action"): resolution
  // keeps it as an alias where the text gives a newspaper's title after it (organizations.ts theForm).
  if (span.label === 'ORG' && first < last && /^the$/iu.test(toks[first].text) && CAPITAL_START.test(toks[first + 1].text)) first++;
  while (last >= first && isTrailingJunk(toks[last].text) && !(OPENING[toks[last].text] && openedBefore(toks, first, toks[last].text, last))) last--;
  if (first > last) return null;
  // A month's abbreviation before a day is a date, whatever the tagger says: "Oct. 9", "Sept. 30".
  if (first === last && isMonthAbbreviation(toks[first].text) && /^\d{1,2}\b/u.test(toks[last + 1]?.text ?? '')) return null;
  return first === loc.first && last === loc.last ? span : spanOf(text, loc.tokens, first, last, span.label);
}

/** Splits "<organization> <title> <name>" spans; returns null when the span has no inner title. */
/** Title words that also begin companies' names ("General Motors", "General Parts", "General Atomics"). */
const COMPANY_TITLE_WORDS = new Set(['General']);

/** A title match moved `by` words on. */
function shiftTitle(t: TitleMatch, by: number): TitleMatch {
  return { ...t, end: t.end + by, prefixStart: t.prefixStart + by, prefixEnd: t.prefixEnd + by };
}

function splitAtTitle(text: string, loc: Located, label: NerLabel, capStat?: ReadonlyMap<string, string>): EntitySpan[] | null {
  const words = tokenTexts(loc.tokens);
  // The span's words alone (a title reads forward only): slicing up to the span for every word was quadratic.
  const own = words.slice(loc.first, loc.last + 1);
  for (let i = loc.first; i < loc.last; i++) {
    if (i > loc.first && !isTitleWord(words[i]) && !isCap(words[i])) continue;
    const found = matchTitle(own, i - loc.first);
    const m = found && shiftTitle(found, loc.first);
    if (!m || m.honorific || m.end > loc.last) continue;
    const nameTokens = words.slice(m.end, loc.last + 1);
    if (nameTokens.length === 0 || !nameTokens.every((w) => isNameWord(w) || NAME_PARTICLES.has(w))) continue;
    // A title word that begins an institution's or a company's name is no title: "Justice Department", "General Growth Properties Inc".
    if (institutionWords(nameTokens)) continue;
    // Nor a title word before a legal suffix alone: "Fremont General Corp." is a company, not Fremont and a "Corp.".
    if (nameTokens.every(isLegalSuffixWord)) continue;
    // Nor before a word the corpus writes in lower case: "General Parts", "General Services Administration" and
    // "General Motor's" are organizations, title word and all (split from what stands before them).
    // Only after the title word company names begin with, where the tagger did not call the whole a person:
    // "Senator Bill" (O'Chee) stays a man.
    const common = capStat !== undefined && label !== 'PER' && COMPANY_TITLE_WORDS.has(words[i]) && m.end === i + 1 && nameTokens.every((w) => usuallyLowerCase(w, capStat));
    if (common && i === loc.first) continue;
    const out: EntitySpan[] = [common ? spanOf(text, loc.tokens, i, loc.last, 'ORG') : spanOf(text, loc.tokens, m.end, loc.last, 'PER')];
    const orgEnd = (m.prefixEnd > m.prefixStart ? m.prefixEnd : i) - 1;
    if (orgEnd >= loc.first) {
      const org = spanOf(text, loc.tokens, loc.first, orgEnd, 'ORG');
      // "Russian Foreign Minister", "U.S. Treasury Secretary": a country qualifies the title, it is no organization.
      if (!countryOfSurface(org.text) && label !== 'PER') out.push(org);
    }
    return out;
  }
  return null;
}

/**
 * The tagger's spans repaired within their sentences. `capStat` (the tagger model's capitalisation
 * statistics of the corpus) tells a common word from a name in text written in capitals.
 */
export function repairEntitySpans(text: string, unordered: Sentence[], entities: EntitySpan[], opts: { capStat?: ReadonlyMap<string, string> } = {}): EntitySpan[] {
  // In text order, for finding a span's sentence by binary search.
  const sentences = [...unordered].sort((a, b) => a.start - b.start);
  const bySentence = groupBySentence(sentences, entities);
  const out: EntitySpan[] = [];
  for (const [sentence, spans] of bySentence) {
    const repaired: EntitySpan[] = [];
    for (const raw of spans) {
      const trimmed = trimEdges(text, sentence, raw);
      if (!trimmed) continue;
      const span = trimmed;
      const loc = tokensOf(sentence, span);
      const e = loc ? relabelInstitution(span, loc) : span;
      const split = loc && loc.last > loc.first ? splitAtTitle(text, loc, e.label, opts.capStat) : null;
      repaired.push(...(split ?? [e]));
    }
    repaired.sort((a, b) => a.start - b.start);
    // A name grown by extendNames may now end in an institution's word: "Woodrow Wilson International" + "Center".
    out.push(...extendNames(text, sentence, repaired, opts.capStat).map((e) => {
      const loc = e.label === 'PER' ? tokensOf(sentence, e) : null;
      return loc ? relabelInstitution(e, loc) : e;
    }));
  }
  // An organization grown through "of the" may now hold a title and a name: "Comptroller" + "Currency Thomas Curry";
  // not one grown otherwise ("League" to "Premier League"), nor into a lone word ("Premier" + "League").
  const grown = new Set(out);
  const repaired = extendOrganizations(text, sentences, out).flatMap((e) => {
    if (e.label !== 'ORG' || grown.has(e) || !/\sof\s/u.test(e.text)) return [e];
    const sentence = sentenceHolding(sentences, e);
    const loc = sentence ? tokensOf(sentence, e) : null;
    const split = loc && loc.last > loc.first ? splitAtTitle(text, loc, e.label, opts.capStat) : null;
    return split && split.every((p) => p.label !== 'PER' || /\s/u.test(p.text)) ? split : [e];
  });
  return agreeWithFullerNames(text, repaired);
}

/** Words that begin or end an institution's name and no person's: "Institut Montaigne", "Financial Stability Forum". */
const INSTITUTION_ONLY_WORDS = new Set([
  'academy', 'administration', 'agency', 'association', 'authority', 'bureau', 'center', 'centre', 'chancellery', 'college',
  'commission', 'committee', 'council', 'court', 'department', 'federation', 'forum', 'foundation', 'institut', 'institute',
  'instituto', 'ministry', 'office', 'parliament', 'secretariat', 'tribunal', 'university',
]);

/**
 * Whether a name's words say it is an institution or a company, not a person: it begins or ends with an
 * institution's word ("Supreme Court", "Justice Department", "Institut Montaigne"), or ends with a legal
 * suffix ("Growth Properties Inc").
 */
function institutionWords(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const first = words[0].toLowerCase();
  const last = words[words.length - 1].toLowerCase();
  return INSTITUTION_ONLY_WORDS.has(first) || INSTITUTION_ONLY_WORDS.has(last) || (words.length > 1 && isLegalSuffixWord(words[words.length - 1]));
}

/** Last words of a body's name and no place's ("Heritage Foundation", "Asia Society"; not "Rockefeller Center", "West Bank"). */
const BODY_ONLY_HEADS = new Set([
  'academy', 'agency', 'association', 'commission', 'committee', 'council', 'federation', 'foundation', 'institute', 'institution',
  'ministry', 'party', 'society', 'advisors', 'advisers', 'partners', 'holdings',
]);

/**
 * A "place" of two words or more whose name ends with a body's head or a legal suffix ("Olymel LP") is that body,
 * unless it is a country's name ("Russian Federation").
 */
function placeNamedBody(loc: Located): boolean {
  const words = loc.tokens.slice(loc.first, loc.last + 1).map((t) => t.text);
  if (words.length < 2) return false;
  const last = words[words.length - 1];
  // A country's name is a place whatever its last word: "the Russian Federation".
  if (countryOfSurface(words.join(' '))) return false;
  return BODY_ONLY_HEADS.has(last.toLowerCase()) || isLegalSuffixWord(last);
}

/** A "person" whose name begins or ends with an institution's word, or ends with a legal suffix, is that institution. */
function relabelInstitution(e: EntitySpan, loc: Located): EntitySpan {
  if (e.label === 'LOC') return placeNamedBody(loc) ? { ...e, label: 'ORG' } : e;
  if (e.label !== 'PER') return e;
  return institutionWords(loc.tokens.slice(loc.first, loc.last + 1).map((t) => t.text)) ? { ...e, label: 'ORG' } : e;
}

/** Runs each person's name on through particles and dropped capitalised words, merging adjacent pieces. */
function extendNames(text: string, sentence: Sentence, spans: EntitySpan[], capStat?: ReadonlyMap<string, string>): EntitySpan[] {
  const toks = sentence.tokens;
  const result: EntitySpan[] = [];
  const consumed = new Set<EntitySpan>();
  for (const e of spans) {
    if (consumed.has(e)) continue;
    if (e.label !== 'PER') {
      result.push(e);
      continue;
    }
    const loc = tokensOf(sentence, e);
    if (!loc) {
      result.push(e);
      continue;
    }
    let last = loc.last;
    for (;;) {
      const next = toks[last + 1];
      if (!next || next.start !== toks[last].end + 1) break; // a single space only: no punctuation between
      const other = spans.find((s) => s !== e && !consumed.has(s) && next.start >= s.start && next.start < s.end);
      if (NAME_PARTICLES.has(next.text) && toks[last + 2] && isNameWord(toks[last + 2].text) && !isTitleWord(toks[last + 2].text)) {
        const after = spans.find((s) => s !== e && toks[last + 2].start >= s.start && toks[last + 2].start < s.end);
        if (after && after.label !== 'PER' && after.end > toks[last + 2].end) break;
        if (after) consumed.add(after);
        // "Hamad" + "bin" + "Jassim al-Thani": the person piece after the particle comes whole.
        last = after?.label === 'PER' ? Math.max(last + 2, tokensOf(sentence, after)?.last ?? last + 2) : last + 2;
        continue;
      }
      // "Mohammed" + "al-Hamli": an article joined to the surname goes on with the name.
      if (!other && isJoinedParticleName(next.text) && last - loc.first < 4) {
        last += 1;
        continue;
      }
      if (other) {
        // "Jan Kees" + "Jager" style splits of one name: join a following PER piece only.
        if (other.label === 'PER' && tokensOf(sentence, other)?.first === last + 1 && loc.last - loc.first + 1 + (tokensOf(sentence, other)!.last - last) <= 5) {
          consumed.add(other);
          last = tokensOf(sentence, other)!.last;
          continue;
        }
        break;
      }
      // In capitals a capital is no sign of a name: a word the corpus writes in lower case is not one ("THE BIDEN TALKS?").
      const common = capStat !== undefined && !/\p{Ll}/u.test(text.slice(e.start, next.end)) && usuallyLowerCase(next.text, capStat);
      if (isNameWord(next.text) && !isTitleWord(next.text) && !countryOfSurface(next.text) && !curatedAcronym(next.text) && last - loc.first < 4 && !common) {
        const after = toks[last + 2];
        // Only a lone dropped word: "Suu" + "Kyi" then punctuation or a lower-case word.
        if (!after || !isCap(after.text)) {
          last += 1;
          continue;
        }
      }
      break;
    }
    // "de" + "Silva", "Van der" + "Westhuizen": the particles the tagger left before the surname begin the name.
    let first = loc.first;
    while (first > 0 && leadingParticle(toks, first - 1) && toks[first].start === toks[first - 1].end + 1) {
      const p = toks[first - 1];
      if (spans.some((s) => s !== e && p.start >= s.start && p.start < s.end)) break;
      first--;
    }
    // A particle after a capitalised word belongs to that name: "Banco de Portugal", "Lula da Silva"; not after a title,
    // a honorific or a sentence's first word ("Prime Minister de Villepin", "Mr. de Villepin", "Yesterday de Silva said").
    const before = first > 0 ? toks[first - 1].text : '';
    const ownsParticle = first > 1 && isCap(before) && !isTitleWord(before) && !HONORIFICS.has(before);
    if (first < loc.first && ownsParticle && toks[first].start === toks[first - 1].end + 1) first = loc.first;
    // A name the tagger began at its lower-case particle ("Vincent" + "van Gogh"): the given name before it, not a
    // sentence's first word, a title, an honorific, a role written as a title ("Coach van Gaal": data rolesBeforeNames),
    // a country, a word another span holds, nor a word the news writes in lower case (a quoted sentence's first word:
    // "\"Now de Villepin must go\"" counts the quote as the first token).
    else if (ownsParticle && first === loc.first && leadingParticles().has(toks[first].text) && toks[first].start === toks[first - 1].end + 1) {
      const p = toks[first - 1];
      if (isNameWord(p.text) && !(capStat && usuallyLowerCase(p.text, capStat)) && !particleData().rolesBeforeNames.has(p.text.toLowerCase()) && !countryOfSurface(p.text) && !spans.some((s) => s !== e && p.start >= s.start && p.start < s.end)) first--;
    }
    result.push(last === loc.last && first === loc.first ? e : spanOf(text, toks, first, last, 'PER'));
  }
  return result;
}

const PARTICLES_PATH = fileURLToPath(new URL('../../data/ner/name-particles.json', import.meta.url));
interface ParticleData {
  leadingParticles: Set<string>;
  capitalisedAlone: Set<string>;
  rolesBeforeNames: Set<string>;
}
let PARTICLE_DATA: ParticleData | undefined;
/** data/ner/name-particles.json, read once: its "about" fields say what each list decides. */
function particleData(): ParticleData {
  if (PARTICLE_DATA) return PARTICLE_DATA;
  const raw = JSON.parse(readFileSync(PARTICLES_PATH, 'utf8')) as Record<'leadingParticles' | 'capitalisedAlone' | 'rolesBeforeNames', string[]>;
  return (PARTICLE_DATA = { leadingParticles: new Set(raw.leadingParticles), capitalisedAlone: new Set(raw.capitalisedAlone), rolesBeforeNames: new Set(raw.rolesBeforeNames) });
}
/** Particles that begin a surname ("de Silva", "van Heerden", "Van der Westhuizen"). */
const leadingParticles = () => particleData().leadingParticles;
/**
 * Whether token `i` is a particle that begins the name after it: a lower-case one, a capitalised one before a
 * lower-case one ("Van der"), or a capitalised one alone ("Van Gogh", "De Gaulle"; not "VAN" in capitals).
 */
function leadingParticle(toks: Token[], i: number): boolean {
  const w = toks[i].text;
  const particles = leadingParticles();
  if (particles.has(w)) return true;
  const next = toks[i + 1]?.text;
  if (CAPITAL_START.test(w) && particles.has(w.toLowerCase()) && next !== undefined && particles.has(next)) return true;
  // Capitalised alone it opens a sentence or a surname written without the given name ("De Gaulle said", "Van Gogh's"),
  // not an English word before a person's name; in capitals it may be a heading's word, so only as a name is written.
  return /^\p{Lu}\p{Ll}+$/u.test(w) && particleData().capitalisedAlone.has(w.toLowerCase());
}

/**
 * Words that begin a generic institution's name, which a nationality adjective
 * before it belongs to: "Chinese Academy of Social Sciences", "German Finance Ministry".
 */
const GENERIC_ORG_STARTS = new Set([
  'academy', 'agency', 'army', 'association', 'bank', 'central', 'chamber', 'commission', 'council', 'court', 'defence', 'defense',
  'economy', 'embassy', 'federal', 'federation', 'finance', 'foreign', 'institute', 'interior', 'justice', 'ministry', 'national',
  'navy', 'parliament', 'trade', 'treasury', 'university', 'energy', 'economic', 'constitutional', 'supreme', 'air', 'communist',
]);

/** The last part of a web address: "org" of "Shop.org". */
const WEB_DOMAINS = /^(?:com|org|net|gov|edu|co|info|biz)$/i;
/** Lower-case words that join the parts of an organization's name ("Bank of Japan", "Caisse des Depots"). */
const ORG_CONNECTORS = new Set(['of', 'for', 'on', 'de', 'des', 'du', 'la', 'del', 'and', '&', 'für']);
/**
 * A connector after which an "and" may go on in one name ("Center for Strategic and International Studies"): any but
 * "and" itself and a firm's "&" ("Arsht & Tunnell and Alston & Bird" are two).
 */
const letsAndGoOn = (w: string) => ORG_CONNECTORS.has(w) && w !== 'and' && w !== '&';

/** Head nouns of institutions, whose names go on through "of"/"for"/"on": "Commission on Presidential Debates". */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'academy', 'administration', 'agency', 'assembly', 'association', 'authority', 'bank', 'board', 'bureau', 'center', 'centre',
  'chamber', 'college', 'commission', 'committee', 'conference', 'congress', 'council', 'court', 'department', 'embassy',
  'federation', 'forum', 'foundation', 'fund', 'house', 'institute', 'institution', 'league', 'ministry', 'office',
  'organisation', 'organization', 'parliament', 'party', 'school', 'senate', 'service', 'society', 'tribunal', 'union', 'university',
]);

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';

/**
 * Whether the capitalised words from `runStart` to the "and" before `first` begin the body's name the span
 * `first`..`last` ends with its head: one or two words, in nobody's span, after a lower-case word, "The" (not
 * a sentence's first word) or an owner's "'s", and the span ends in an institution's head ("Management and Standards Committee").
 */
function pairedBeforeHead(toks: Token[], runStart: number, first: number, last: number, owner: (i: number) => EntitySpan | undefined): boolean {
  const words = first - 1 - runStart;
  if (words < 1 || words > 2 || !INSTITUTION_HEADS.has(lower(toks[last]))) return false;
  const before = toks[runStart - 1]?.text;
  // Or an owner's possessive: "News Corp's Management and" + "Standards Committee".
  if (!before || !(/^\p{Ll}/u.test(before) || before === 'The' || /^['’]s$/.test(before))) return false;
  for (let n = runStart; n < first - 1; n++) if (owner(n) || !isNameWord(toks[n].text) || countryOfSurface(toks[n].text)) return false;
  return true;
}

/** Institutions commonly named after their city or region: "Hong Kong University", "Peking University". */
const PLACE_NAMED_HEADS = new Set(['university', 'academy', 'institute', 'college', 'school']);

/**
 * Runs organization names on through connectors the tagger broke them at:
 * "Center for Strategic and International Studies", "Caisse des Depots",
 * "Commission on Presidential Debates". Only institutions go on through "of" a
 * place ("Central Bank of Iran", not "Benetton of Italy"); "and" joins only
 * inside a name that already has a connector, never before a country ("KfW and
 * France" is two things); leftwards only from an institution's head noun.
 */
export function extendOrganizations(text: string, sentences: Sentence[], spans: EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  const consumed = new Set<EntitySpan>();
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  /** What each span already passed on became (an organization may have been extended). */
  const emitted = new Map<EntitySpan, EntitySpan>();
  /** Takes back a span passed on, which a later name takes in; returns what it had become. */
  const takeBack = (span: EntitySpan): EntitySpan => {
    const shown = emitted.get(span) ?? span;
    // Each span is passed on once, and the one taken back is among the last.
    const i = out.lastIndexOf(shown);
    if (i >= 0) out.splice(i, 1);
    return shown;
  };
  // A span holding a token of a sentence lies in that sentence or in none: owner() looks among those only,
  // in the order of `sorted`, not through every span of the article.
  const position = new Map<EntitySpan, number>();
  const inSentence = new Map<Sentence, EntitySpan[]>();
  const inNone: EntitySpan[] = [];
  sorted.forEach((s, i) => {
    position.set(s, i);
    const home = sentenceHolding(sentences, s);
    if (!home) inNone.push(s);
    else if (inSentence.has(home)) inSentence.get(home)!.push(s);
    else inSentence.set(home, [s]);
  });
  const reaches = new Map<Sentence, SpansByReach<EntitySpan>>();
  const reachOf = (sentence: Sentence, list: EntitySpan[]) => {
    let r = reaches.get(sentence);
    if (!r) reaches.set(sentence, (r = new SpansByReach(list)));
    return r;
  };
  // The span being extended, its sentence and the token owner() asks about: owner() and isPlace() read them, made once
  // per call rather than per span (tsx names every local function it makes, at about a microsecond each).
  let ownE: EntitySpan | undefined;
  let ownSentence: Sentence | undefined;
  let ownToks: Token[] = [];
  let ownNearby: EntitySpan[] = [];
  let ownAt = 0;
  const holds = (s: EntitySpan) => s !== ownE && !consumed.has(s) && ownAt >= s.start && ownAt < s.end;
  /** The first span (in `sorted` order) other than the one extended and not consumed that holds token i. */
  const owner = (i: number): EntitySpan | undefined => {
    ownAt = ownToks[i].start;
    const here = reachOf(ownSentence!, ownNearby).firstHolding(ownAt, holds);
    const loose = inNone.find(holds);
    return here && loose ? (position.get(here)! < position.get(loose)! ? here : loose) : (here ?? loose);
  };
  const isPlace = (from: number, to: number) =>
    countryOfSurface(ownToks.slice(from, to).map((t) => t.text).join(' ')) !== undefined || owner(from)?.label === 'LOC';
  for (const e of sorted) {
    if (consumed.has(e)) continue;
    const sentence = sentenceHolding(sentences, e);
    const loc = sentence && e.label === 'ORG' ? tokensOf(sentence, e) : null;
    if (!sentence || !loc) {
      out.push(e);
      continue;
    }
    const toks = sentence.tokens;
    const nearby = inSentence.get(sentence) ?? [];
    ownE = e;
    ownSentence = sentence;
    ownToks = toks;
    ownNearby = nearby;
    let first = loc.first;
    let last = loc.last;
    let hasConnector = toks.slice(first, last + 1).some((t) => letsAndGoOn(t.text));
    // A legal suffix the tagger left after the name: "HSBC Holdings plc", "ARM Holdings Plc." at a sentence's end.
    if (toks[last + 1] && isLegalSuffixWord(toks[last + 1].text) && !isLegalSuffixWord(toks[last].text) && owner(last + 1)?.label !== 'PER') {
      const s = owner(last + 1);
      const at = s && tokensOf(sentence, s);
      if (s && at && at.first === last + 1 && at.last === last + 1) consumed.add(s);
      if (!s || consumed.has(s)) last++;
    }
    // Rightwards: connector, optional "the" (after "of"), then capitalised words.
    while (!isCompanySuffix(toks[last].text)) {
      let j = last + 1;
      const conn = toks[j]?.text;
      if (!conn || !ORG_CONNECTORS.has(conn)) break;
      if (conn === 'and' && !hasConnector) break;
      j++;
      if (toks[j]?.text === 'the' && conn === 'of') j++;
      let k = j;
      while (k < toks.length && isCap(toks[k].text) && !NOT_NAME_WORDS.has(toks[k].text.toLowerCase())) k++;
      if (k === j) break;
      // A web address's first part is no name's word: "Forrester Research for Shop" of "for Shop.org".
      if (toks[k]?.text === '.' && toks[k].start === toks[k - 1].end && toks[k + 1]?.start === toks[k].end && WEB_DOMAINS.test(toks[k + 1].text)) break;
      if (toks.slice(j, k).some((_, n) => owner(j + n)?.label === 'PER')) break;
      if (conn === 'and' && isPlace(j, k)) break;
      if (isPlace(j, k) && !INSTITUTION_HEADS.has(lower(toks[last]))) break;
      for (let n = j; n < k; n++) {
        const s = owner(n);
        if (s) consumed.add(s);
      }
      hasConnector ||= letsAndGoOn(conn);
      last = k - 1;
    }
    // Leftwards: "<Institution> for Strategic and" + "International Studies".
    for (;;) {
      const conn = toks[first - 1]?.text;
      if (!conn || !ORG_CONNECTORS.has(conn) || conn === '&') break;
      let k = first - 2;
      while (k >= 0 && isCap(toks[k].text) && !NOT_NAME_WORDS.has(toks[k].text.toLowerCase())) k--;
      if (k === first - 2) break;
      let runStart = k + 1;
      // An "and" needs a connector further left: "Center for Strategic and". Or, before a body's name ending in
      // its head, one or two capitalised words of nobody's span after a lower-case word: "the Management and"
      // + "Standards Committee", "at Franklin and" + "Marshall College".
      if (conn === 'and' && pairedBeforeHead(toks, runStart, first, last, owner)) {
        first = runStart;
        continue;
      }
      if (conn === 'and') {
        const inner = toks[runStart - 1]?.text;
        if (!inner || !ORG_CONNECTORS.has(inner) || inner === 'and') break;
        let h = runStart - 2;
        while (h >= 0 && isCap(toks[h].text) && !NOT_NAME_WORDS.has(toks[h].text.toLowerCase())) h--;
        if (h === runStart - 2) break;
        runStart = h + 1;
      }
      // A word about the name the tagger tagged apart ("Zurich-based") is not part of it.
      while (runStart < first - 2 && owner(runStart)?.label === 'MISC' && /-\p{Ll}/u.test(toks[runStart].text)) runStart++;
      if (!INSTITUTION_HEADS.has(lower(toks[first - 2])) && !INSTITUTION_HEADS.has(lower(toks.slice(runStart, first - 1).find((t) => INSTITUTION_HEADS.has(t.text.toLowerCase()))))) break;
      // A place may only begin the run, before an institution named after it: "Hong Kong University of".
      const place = owner(runStart)?.label === 'LOC' ? owner(runStart)! : undefined;
      const placeEnd = place ? (tokensOf(sentence, place)?.last ?? first) + 1 : runStart;
      const placeNamed = !!place && place.start === toks[runStart].start && placeEnd < first - 1 && PLACE_NAMED_HEADS.has(lower(toks[placeEnd]));
      if (toks.slice(runStart, first - 1).some((_, n) => {
        const label = owner(runStart + n)?.label;
        return label === 'PER' || (label === 'LOC' && !(placeNamed && runStart + n < placeEnd));
      })) break;
      if (!placeNamed && isPlace(runStart, first - 1)) break;
      let from = runStart;
      for (let n = runStart; n < first - 1; n++) {
        const s = owner(n);
        if (s) {
          consumed.add(s);
          // All of what it became, which may reach further left than the run.
          const shown = tokensOf(sentence, takeBack(s));
          if (shown) from = Math.min(from, shown.first);
        }
      }
      first = from;
    }
    // Leftwards over one capitalised word the tagger left out of an institution's name, mid-sentence
    // and nobody else's: "the Zurich-based Financial Stability Forum".
    const left = toks[first - 1];
    if (
      left &&
      first - 1 > 0 &&
      isNameWord(left.text) &&
      !/-\p{Ll}/u.test(left.text) && // "State-owned", "Zurich-based": words about the name
      !owner(first - 1) &&
      // after a lower-case word ("the Financial…", "Zurich-based Financial…"), not a sentence's or quote's first word
      /^\p{Ll}|-\p{Ll}/u.test(toks[first - 2].text) &&
      INSTITUTION_HEADS.has(lower(toks[last])) &&
      countryOfSurface(left.text) === undefined
    ) {
      first -= 1;
    }
    // Leftwards over a nationality or a place the name begins with, which the tagger often tags on
    // its own: "Chinese Academy of Social Sciences", "Hong Kong University of Science and Technology".
    const before = toks[first - 1];
    const beforeOwner = before ? owner(first - 1) : undefined;
    // Not before a generic word that only describes a name: "Dutch Bank ABN AMRO".
    const describes = toks.slice(first + 1, last + 1).some((t) => CAPITALS.test(t.text));
    if (before && GENERIC_ORG_STARTS.has(lower(toks[first])) && last > first && !describes) {
      const lone = beforeOwner && beforeOwner.end === before.end && tokensOf(sentence, beforeOwner)?.first === first - 1;
      if (countryOfSurface(before.text)?.via === 'demonym' && (!beforeOwner || (lone && beforeOwner.label === 'MISC'))) {
        first -= 1;
        if (beforeOwner) takeBack(beforeOwner);
      } else if (beforeOwner?.label === 'LOC' && beforeOwner.end === before.end && PLACE_NAMED_HEADS.has(lower(toks[first]))) {
        const at = tokensOf(sentence, beforeOwner);
        if (at) {
          first = at.first;
          takeBack(beforeOwner);
        }
      }
    }
    const result = first === loc.first && last === loc.last ? e : spanOf(text, toks, first, last, 'ORG');
    emitted.set(e, result);
    out.push(result);
  }
  return out;
}

/**
 * A name ending in a legal suffix or a body's head word (data/ner/org-kinds.json): a firm or a body whatever its first
 * word ("Bay Partners", "River Parish Contractors Inc", "Valley Hospital Medical Center", "New York Mercantile Exchange").
 */
function headedAsBody(surface: string): boolean {
  const last = /\S+$/.exec(surface)?.[0] ?? '';
  return /\s/.test(surface) && (isLegalSuffixToken(last) || orgKindOfWord(last) !== undefined);
}
/** Geographic features the tagger takes for organizations: "Strait of Hormuz", "Gulf of Mexico". */
const PLACE_HEADS = /^(?:the\s+)?(?:Strait|Straits|Gulf|Sea|Bay|Lake|Mount|River|Cape|Ocean|Island|Islands|Peninsula|Desert|Canal|Valley)\s+(?:of\s+)?\p{Lu}/u;
/**
 * Agreements and treaties are not organizations (the guide counts bodies, not texts): "North American Free Trade Agreement";
 * nor trade pacts named as partnerships ("Trans-Pacific Partnership", "Comprehensive Economic Partnership"; a bare
 * "Partnership" ends firms' and lobbies' names too: "Scorpio Partnership", "Greater Houston Partnership").
 */
const AGREEMENT_TAILS = /(?:\b(?:Agreement|Treaty|Accord|Accords|Pact|Protocol|Convention|Covenant|Initiative|Act)|\b(?:Economic|Trans-?[Pp]acific|Trans Pacific)\s+Partnership)$/;
/**
 * Nor are events, programs, indices and data series, named by their last word: "North American International Auto
 * Show", "G20 Summit", "Troubled Asset Relief Program", "KBW Bank Index", "Reuters Estimates". ("Programme" stays:
 * the United Nations' programmes are bodies, "World Food Programme".)
 */
const NOT_BODY_TAILS = /\s(?:Show|Expo|Exhibition|Festival|Olympics|Championships?|Summit|Program|Index|Estimates)$/;
/**
 * A name between a possessive and a dwelling is the place someone lives, not a body: "at his
 * Barvikha residence", "her Chappaqua home", "their Kennebunkport estate".
 */
const POSSESSIVE_BEFORE = /\b(?:his|her|their)\s+$/i;
const DWELLING_AFTER = /^\s+(?:residence|residences|dacha|estate|villa|ranch|retreat|home|house|palace|compound|farm|mansion)\b/;
/** A stock code in a Reuters ticker bracket: "Gazprom (GAZP.MM)", "Raytheon Co (RTN.N)". */
const TICKER = /[(<][A-Z0-9]{1,7}\.[A-Z]{1,4}[)>]/g;
/** A Reuters index code after a space or a line's start: a dot, then capitals and digits (" .SPX", "(.FTSE)"). */
const INDEX_CODE = /(?:^|[\s(<])\.[A-Z0-9]{2,8}$/;
/** Capitalised function words that start sentences and are never names. */
const FUNCTION_WORDS = new Set(['no', 'yes', 'not', 'the', 'a', 'an', 'it', 'this', 'that', 'these', 'those', 'there', 'we', 'i', 'you', 'they', 'he', 'she', 'but', 'and', 'or', 'so', 'if']);

/**
 * Drops spans that are no person or organization whatever the tagger says:
 * ticker codes, geographic features, agreements and someone's residence as organizations, nationality
 * words as people ("Greeks"), lone function words ("No").
 */
/**
 * Every "<words> (<ACRONYM>)" whose words' initials end with the acronym's letters, and whether the words are
 * lower-case (a term, not a name: "an initial public offering (IPO)", "credit default swaps (CDS)") or
 * capitalised (a name: "Securities and Exchange Commission (SEC)").
 */
export function spelledOutAcronyms(text: string): Array<{ acronym: string; term: boolean }> {
  const out: Array<{ acronym: string; term: boolean }> = [];
  // Most articles hold no "(ABC)" at all: a scan for it is far cheaper than the pattern's up-to-eight words tried at every letter.
  if (!ACRONYM_IN_PARENS.test(text)) return out;
  const re = /((?:[\p{L}][\p{L}'’-]*,?\s+){1,8})\(([A-Z][A-Z&]{1,5})s?\)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const letters = m[2].replace(/&/g, '').toLowerCase();
    const words = m[1].replace(/,/g, '').trim().split(/\s+/).filter((w) => !['of', 'and', 'the', 'for', 'on', 'in', 'to', 'a', 'an'].includes(w.toLowerCase()));
    const used = words.slice(-letters.length);
    if (used.length !== letters.length || used.map((w) => w[0].toLowerCase()).join('') !== letters) continue;
    if (used.every((w) => /^\p{Ll}/u.test(w))) out.push({ acronym: m[2], term: true });
    else if (used.every((w) => /^\p{Lu}/u.test(w))) out.push({ acronym: m[2], term: false });
  }
  return out;
}

const TERMS_PATH = fileURLToPath(new URL('../../data/ner/term-acronyms.json', import.meta.url));
let CORPUS_TERMS: Set<string> | undefined;
/** Acronyms the Reuters corpus spells out as lower-case terms far more often than as names (scripts/build-term-acronyms.ts). */
export function corpusTerms(): ReadonlySet<string> {
  return (CORPUS_TERMS ??= existsSync(TERMS_PATH) ? new Set((JSON.parse(readFileSync(TERMS_PATH, 'utf8')) as { terms: string[] }).terms) : new Set());
}

/**
 * Whether two capitals stand in the word right before a closing parenthesis ("(IMF)", "(GMGMQ.PK)"), as
 * /[A-Z]{2}\w*s?\)/ would tell, in time linear in the text: that pattern, tried at every letter of a long run
 * of capitals, read the run to its end each time.
 */
export function capitalsBeforeParen(text: string): boolean {
  for (let i = text.indexOf(')'); i >= 0; i = text.indexOf(')', i + 1)) {
    let j = i;
    while (j > 0 && /\w/.test(text[j - 1])) j--;
    if (/[A-Z]{2}/.test(text.slice(j, i))) return true;
  }
  return false;
}

/** What every match of spelledOutAcronyms' pattern ends with. */
const ACRONYM_IN_PARENS = /\([A-Z][A-Z&]{1,5}s?\)/;

/** Names the article writes before "crude": oil grades and benchmarks ("Brent crude", "Urals crude"), not companies. */
function crudeGrades(text: string): Set<string> {
  const grades = new Set<string>();
  const re = /\b(\p{Lu}[\p{L}]+)\s+crude\b/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) grades.add(m[1]);
  return grades;
}

/**
 * A curated organization's name in the plural, alone or after a place, is what it issues or makes: "U.S.
 * Treasuries" are bonds.
 */
function pluralOfOrganization(surface: string): boolean {
  const m = /^(?:(.+)\s+)?(\p{Lu}\p{Ll}+s)$/u.exec(surface);
  if (!m || (m[1] && !countryOfSurface(m[1]))) return false;
  const singular = m[2].endsWith('ies') ? `${m[2].slice(0, -3)}y` : m[2].slice(0, -1);
  return canonicalOrganization(singular) !== undefined && canonicalOrganization(surface) === undefined;
}

const LOWER_S_END = /\p{Ll}s$/u;
export function dropImpossibleSpans(text: string, spans: EntitySpan[]): EntitySpan[] {
  // Read once: the acronyms the article spells out as terms, and those it spells out as names (an article that
  // spells an acronym out as a name means the name, whatever the corpus says).
  const spelled = capitalsBeforeParen(text) ? spelledOutAcronyms(text) : [];
  const terms = new Set(spelled.filter((d) => d.term).map((d) => d.acronym));
  const named = new Set(spelled.filter((d) => !d.term).map((d) => d.acronym));
  const isTerm = (surface: string) => terms.has(surface) || (corpusTerms().has(surface) && !named.has(surface));
  const grades = text.includes(' crude') ? crudeGrades(text) : new Set<string>();
  const found: Array<{ start: number; end: number }> = [];
  TICKER.lastIndex = 0;
  for (let m = TICKER.exec(text); m; m = TICKER.exec(text)) found.push({ start: m.index, end: m.index + m[0].length });
  const tickers = new SpanSet(found);
  const out: EntitySpan[] = [];
  const grown: Array<{ start: number; end: number }> = [];
  // Surnames of the people the article names in full: "Helmut Kohl ... Kohl's role" is his, not the store's.
  const surnames = new Set(spans.filter((s) => s.label === 'PER' && /\s/.test(s.text)).map((s) => /\S+$/.exec(s.text)![0]));
  for (const tagged of spans) {
    const e = withOwnS(text, tagged, surnames);
    if (e !== tagged) grown.push(e);
    const surface = text.slice(e.start, e.end);
    // "the No. 2 toymaker": an abbreviation's period does not make a word a name.
    if (FUNCTION_WORDS.has(surface.toLowerCase().replace(/\.$/, ''))) continue;
    // A Reuters index code (" .SPX", " .DJI", " .N225") is an index's, no organization's nor person's name.
    if ((e.label === 'ORG' || e.label === 'PER') && INDEX_CODE.test(text.slice(Math.max(0, e.start - 2), e.end))) continue;
    if (e.label === 'ORG') {
      if (tickers.contains(e.start, e.end)) continue;
      if ((PLACE_HEADS.test(surface) && !headedAsBody(surface)) || AGREEMENT_TAILS.test(surface) || NOT_BODY_TAILS.test(surface)) continue;
      if (isTerm(surface) || isTerm(surface.replace(/s$/, ''))) continue;
      // The grade's own name ("Brent") or the name written right before "crude" ("London Brent crude"), never a
      // curated organization, nor another mention of a company whose name ends in a grade's word ("Saudi Aramco").
      // An exchange's or a firm's name before "crude" is the market's ("the New York Mercantile Exchange crude oil market").
      if (grades.size > 0 && canonicalOrganization(surface) === undefined && !headedAsBody(surface) && (grades.has(surface) || /^\s+crude\b/.test(text.slice(e.end, e.end + 8)))) continue;
      if (LOWER_S_END.test(surface) && pluralOfOrganization(surface)) continue;
      if (POSSESSIVE_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start)) && DWELLING_AFTER.test(text.slice(e.end, e.end + 16))) continue;
    }
    if (e.label === 'PER' && countryOfSurface(surface)) continue;
    // Whatever the tagger or the corpus majority said last ("Department" is mostly a person's in a corpus tagged before
    // titles were told from institutions' names): an institution's words make it an organization.
    if (e.label === 'PER' && institutionWords(surface.split(/\s+/))) {
      // A lone "Department" or "Court" is a generic reference, no name.
      if (/\s/.test(surface)) out.push({ ...e, label: 'ORG' });
      continue;
    }
    out.push(e);
  }
  // What a name grown over its own "'s" now holds ("Inc" of "Macy's Inc") is no name of its own.
  if (grown.length === 0) return out;
  return out.filter((e) => !grown.some((g) => g !== e && g.start <= e.start && e.end <= g.end && (g.start < e.start || e.end < g.end)));
}

/**
 * A name whose "'s" is its own (data/ner/possessive-names.json: "McDonald's", "Moody's", "Macy's") takes it back,
 * with a legal suffix right after it ("Macy's Inc"); a one-word "person" before such an "'s" is that organization,
 * not its possessive ("McDonald's" is no McDonald), unless the article names a person of that surname in full.
 * Other spans are returned as they are.
 */
function withOwnS(text: string, e: EntitySpan, surnames: ReadonlySet<string>): EntitySpan {
  if (e.label !== 'ORG' && e.label !== 'PER') return e;
  const own = ownSAfter(text, e.start, e.end);
  if (!own) return e;
  if (e.label === 'PER' && (/\s/.test(text.slice(e.start, e.end)) || surnames.has(text.slice(e.start, e.end)))) return e;
  const suffix = suffixPatterns().afterOwnS.exec(text.slice(e.end + own, e.end + own + 12));
  const end = e.end + own + (suffix ? suffix[0].length : 0);
  return { ...e, label: 'ORG', end, text: text.slice(e.start, end) };
}
