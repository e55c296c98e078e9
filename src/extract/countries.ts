/**
 * Country mentions in English news.
 *
 * The alias table is built from the `world-countries` package (mledoze/countries:
 * ISO 3166-1 codes, common and official names, alternative spellings, English
 * demonyms, capitals) corrected by `data/countries-extra.json` (news short names,
 * dotted abbreviations, plural demonyms, metonyms, ambiguous forms to drop, phrases
 * that contain a country word but are no country: "New Mexico", "Indian Ocean").
 *
 * Matching is one pass over word tokens with a token trie (longest match wins),
 * case-sensitive (an all-capitals word also matches its title-case form), with
 * diacritics folded ("Brasilia" = "Brasília"). A few forms depend on context
 * (see RULES): "Georgia" (country vs US state), "Washington" (capital vs state or
 * person), "Brussels" (Belgium vs the EU institutions), "Korea", "Congo",
 * "the Islamic Republic", first-name-like words ("Jordan", "Chad", "Paris").
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CountryMention, CountryVia } from './types.ts';

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  independent?: boolean | null;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

type Rule =
  | 'none'
  | 'personish'
  | 'georgia'
  | 'washington'
  | 'brussels'
  | 'korea'
  | 'koreas'
  | 'congo'
  | 'iran'
  | 'prefix'
  | 'britain'
  | 'us';

interface Extra {
  add: Record<Exclude<CountryVia, never>, Record<string, string[]>>;
  remove: string[];
  ruled: Record<string, { code: string; via: CountryVia; rule: Rule }>;
  block: string[];
  prefer: Record<string, string>;
}

interface Entry {
  /** null: a blocking phrase that yields no country. */
  code: string | null;
  via: CountryVia;
  rule: Rule;
  /** rank used when several sources give the same surface form */
  rank: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: Entry;
}

export interface FindCountryOptions {
  start?: number;
  end?: number;
  /** Spans (e.g. people found by the NER) that must not yield country mentions. */
  exclude?: Array<{ start: number; end: number }>;
  /** Skip journalists' credit lines "(Reporting by X in Brussels; ...)". Default true. */
  skipCredits?: boolean;
}

const EXTRA_PATH = fileURLToPath(new URL('../../data/countries-extra.json', import.meta.url));

// ---------------------------------------------------------------- tokenizing

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|\S/gu;

/** Fold diacritics and typographic apostrophes/hyphens; keeps case. */
export function foldText(s: string): string {
  let out = s;
  if (/[^\x00-\x7f]/.test(out)) {
    out = out
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
      .replace(/[\u2010-\u2015]/g, '-')
      .replace(/ı/g, 'i');
  }
  return out;
}

interface Tok {
  /** folded text */
  t: string;
  start: number;
  end: number;
}

function tokenize(text: string, start: number, end: number): Tok[] {
  const toks: Tok[] = [];
  TOKEN_RE.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    if (m.index >= end) break;
    const e = m.index + m[0].length;
    if (e > end) break;
    toks.push({ t: foldText(m[0]), start: m.index, end: e });
  }
  return toks;
}

function aliasKeys(alias: string): string[] {
  // Keys of the trie edges: a leading space marks a token preceded by whitespace.
  const keys: string[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  let m: RegExpExecArray | null;
  let prevEnd = -1;
  const folded = foldText(alias);
  while ((m = re.exec(folded)) !== null) {
    const spaced = prevEnd >= 0 && m.index > prevEnd;
    keys.push((spaced ? ' ' : '') + m[0]);
    prevEnd = m.index + m[0].length;
  }
  return keys;
}

// ---------------------------------------------------------------- the table

interface Table {
  root: TrieNode;
  names: Map<string, string>;
  codes: string[];
}

let TABLE: Table | undefined;

const VIA_RANK: Record<CountryVia, number> = { name: 5, abbreviation: 4, capital: 3, demonym: 2, metonym: 1 };

function isAcceptableAlt(s: string): boolean {
  // Latin script, starts upper case, not a bare ISO code.
  if (!/^[A-Z\u00C0-\u024F]/.test(s)) return false;
  if (/[^\p{Script=Latin}\s'’.,()\-]/u.test(s)) return false;
  if (/^[A-Z]{2}$/.test(s)) return false;
  if (s.includes(',')) return false; // "Korea, Republic of"
  return true;
}

function buildTable(extraPath = EXTRA_PATH): Table {
  const world = require('world-countries/countries.json') as WorldCountry[];
  const extra = JSON.parse(readFileSync(extraPath, 'utf8')) as Extra;
  const removed = new Set(extra.remove.map((s) => foldText(s)));
  const surface = new Map<string, Entry>();
  const names = new Map<string, string>();

  const put = (alias: string, code: string | null, via: CountryVia, rank: number, rule: Rule = 'none', force = false) => {
    const key = foldText(alias.trim());
    if (!key) return;
    if (!force && removed.has(key)) return;
    const prev = surface.get(key);
    if (prev && !force) {
      const preferred = extra.prefer[key];
      if (preferred) {
        if (prev.code === preferred) return;
        if (code !== preferred) return;
      } else if (prev.rank >= rank) return;
    }
    surface.set(key, { code, via, rule, rank });
  };

  for (const c of world) {
    const dep = c.independent ? 0 : -10;
    names.set(c.cca2, c.name.common);
    put(c.name.common, c.cca2, 'name', 50 + dep);
    put(c.name.official, c.cca2, 'name', 40 + dep);
    for (const a of c.altSpellings) {
      if (!isAcceptableAlt(a)) continue;
      const abbrev = /^[A-Z]{3,5}$/.test(a);
      put(a, c.cca2, abbrev ? 'abbreviation' : 'name', 30 + dep);
    }
    for (const cap of c.capital ?? []) put(cap, c.cca2, 'capital', 20 + dep);
    const dem = c.demonyms?.eng;
    if (dem) {
      const forms = new Set<string>();
      for (const d of [dem.m, dem.f]) for (const p of d.split(/,\s*|\s+or\s+/)) if (p.trim()) forms.add(p.trim());
      for (const d of forms) {
        put(d, c.cca2, 'demonym', 10 + dep);
        if (!/(s|sh|ch|ese|x|z|i-Vanuatu)$/.test(d) && !/ Islander$/.test(d)) put(d + 's', c.cca2, 'demonym', 9 + dep);
        else if (/ Islander$/.test(d)) put(d + 's', c.cca2, 'demonym', 9 + dep);
      }
    }
  }
  // Curated additions win over the package's ambiguous forms.
  for (const via of Object.keys(extra.add) as CountryVia[]) {
    for (const [code, list] of Object.entries(extra.add[via])) {
      for (const a of list) put(a, code, via, 100 + VIA_RANK[via], 'none', true);
    }
  }
  for (const [a, r] of Object.entries(extra.ruled)) put(a, r.code, r.via, 200, r.rule, true);
  for (const b of extra.block) put(b, null, 'name', 300, 'none', true);
  // Common English names for a few codes the package spells differently from news.
  names.set('TR', 'Turkey');
  names.set('CZ', 'Czech Republic');
  names.set('CD', 'Democratic Republic of the Congo');
  names.set('CG', 'Republic of the Congo');
  names.set('MK', 'North Macedonia');
  names.set('CI', 'Ivory Coast');
  names.set('SZ', 'Eswatini');
  names.set('VA', 'Vatican City');
  names.set('PS', 'Palestinian territories');

  const root: TrieNode = { next: new Map() };
  for (const [alias, entry] of surface) {
    const keys = aliasKeys(alias);
    if (keys.length === 0) continue;
    let node = root;
    keys.forEach((k, i) => {
      const key = i === 0 ? k.trimStart() : k;
      let n = node.next.get(key);
      if (!n) {
        n = { next: new Map() };
        node.next.set(key, n);
      }
      node = n;
    });
    node.entry = entry;
  }
  const codes = [...names.keys()].sort();
  return { root, names, codes };
}

function table(): Table {
  if (!TABLE) TABLE = buildTable();
  return TABLE;
}

/** The common English name of a country ("Russia" for RU), or the code itself if unknown. */
export function countryName(code: string): string {
  return table().names.get(code.toUpperCase()) ?? code;
}

/** All ISO 3166-1 alpha-2 codes known (plus XK for Kosovo), sorted. */
export function allCountryCodes(): string[] {
  return [...table().codes];
}

// ---------------------------------------------------------------- context rules

const FUNCTION_CAPS = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'For', 'And', 'But', 'With', 'From', 'To', 'By', 'Of', 'As', 'If', 'When',
  'While', 'Both', 'That', 'This', 'Neighbouring', 'Neighboring', 'Like', 'Unlike', 'Only', 'Even', 'Where',
  'Since', 'After', 'Before', 'Under', 'Over', 'Against', 'Between', 'Including', 'Said', 'Says', 'Why', 'How',
  'What', 'Officials', 'Today', 'Yesterday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
  'Sunday', 'Meanwhile', 'Also', 'Then', 'So', 'Now', 'Still', 'Yet', 'Or', 'Nor', 'Although', 'Though', 'Because',
  'Across', 'Into', 'Through', 'Towards', 'Toward', 'Via', 'Per', 'Host', 'Hosts', 'Visit', 'Visits', 'Leave',
  'Leaves', 'Leaving', 'Left', 'Back', 'Until', 'Its', 'His', 'Her', 'Their', 'Our', 'Your', 'My',
  // directional / group qualifiers still refer to the country
  'Central', 'Greater', 'Downtown', 'Metropolitan', 'Official', 'Modern', 'Neutral', 'Democratic', 'Wartime',
]);
const CONTINUATIONS = new Set([
  'Summit', 'Club', 'Air', 'Motor', 'Bourse', 'Agreement', 'Accord', 'Accords', 'Conference', 'Talks', 'Treaty',
  'Declaration', 'Stock', 'Exchange', 'Metal', 'Olympics', 'Games', 'Airport', 'Police', 'Court', 'Mayor', 'City',
  'Government', 'Administration', 'Chamber', 'Street', 'Protocol', 'Pact', 'Process', 'Round', 'Consensus',
  'Embassy', 'Ministry', 'Prime', 'President', 'King', 'Queen', 'Foreign', 'Defence', 'Defense', 'Finance',
  'Interior', 'Central', 'National', 'Armed', 'Army', 'Navy', 'Air', 'State', 'Federal', 'Republic', 'Kingdom',
  'University', 'Institute', 'Marathon', 'Peace', 'Fashion', 'Opera', 'Zoo', 'Basin', 'Region', 'Province',
  'Parliament', 'Senate', 'Congress', 'Cabinet', 'Council', 'Commission', 'Supreme', 'Constitutional', 'Telecom',
  'Airways', 'Airlines', 'Times', 'Post', 'Herald', 'Tribune', 'News', 'Daily', 'Pact', 'Communique',
]);

const WASHINGTON_STATE_CITIES = new Set(['Seattle', 'Spokane', 'Tacoma', 'Redmond', 'Bellevue', 'Olympia', 'Vancouver', 'Everett', 'Yakima', 'Richland', 'Kirkland', 'Issaquah', 'Renton', 'Bremerton']);

// "Paris, Texas", "Dublin, Ohio", "Holland, Mich.": a US town, not the country. New York,
// Washington and Georgia are left out: "London, New York and Tokyo" is a list of cities.
const US_STATES = new Set([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'Ohio',
  'Oklahoma', 'Oregon', 'Pennsylvania', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Wisconsin', 'Wyoming',
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass',
  'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Wis', 'Wyo',
]);
const US_STATE_FIRST = new Set(['New', 'North', 'South', 'West', 'Rhode']);
const US_STATE_SECOND = new Set(['Hampshire', 'Jersey', 'Mexico', 'Carolina', 'Dakota', 'Virginia', 'Island']);

function followedByUsState(toks: Tok[], j: number): boolean {
  const c = toks[j + 1];
  const s = toks[j + 2];
  if (!c || !s || c.t !== ',') return false;
  const t = s.t.length > 2 && /^[A-Z]+$/.test(s.t) ? s.t[0] + s.t.slice(1).toLowerCase() : s.t;
  if (US_STATES.has(t)) return true;
  const s2 = toks[j + 3];
  return US_STATE_FIRST.has(t) && !!s2 && US_STATE_SECOND.has(s2.t);
}

function titleCase(t: string): string {
  return t.length > 1 && /^[A-Z]+$/.test(t) ? t[0] + t.slice(1).toLowerCase() : t;
}

function isCapWord(t: string | undefined): boolean {
  return !!t && /^\p{Lu}[\p{Ll}\p{M}']/u.test(t);
}

class DocContext {
  private cache = new Map<string, boolean>();
  constructor(private readonly text: string) {}
  has(name: string, re: RegExp): boolean {
    let v = this.cache.get(name);
    if (v === undefined) {
      v = re.test(this.text);
      this.cache.set(name, v);
    }
    return v;
  }
  georgiaCountry(): boolean {
    return this.has('ge', GE_STRONG);
  }
  georgiaState(): boolean {
    return this.has('gs', /\b(?:Atlanta|Savannah|Ga\.|U\.S\. states?|state of Georgia|Georgia state|Georgia-based)|\b(?:Alabama|Florida|Carolina|Tennessee|Texas|California|Michigan|Ohio|Arizona)\b/);
  }
  eu(): boolean {
    return this.has('eu', /\b(EU|European Union|European Commission|European Council|European Parliament|NATO|euro zone|eurozone|Eurogroup|ECB)\b/);
  }
  belgian(): boolean {
    return this.has('be', /\b(Belgi(?:um|an|ans)|Flemish|Walloon|Flanders|Wallonia)\b/);
  }
  northKorea(): boolean {
    return this.has('kp', /\b(North Korea|Pyongyang|DPRK|N\. ?Korea|Kim Jong|North Korean)/);
  }
  southKorea(): boolean {
    return this.has('kr', /\b(South Korea|Seoul|S\. ?Korea|South Korean|Republic of Korea|Bank of Korea|Lee Myung|Park Geun|Roh Moo|Moon Jae)/);
  }
  congoRepublic(): boolean {
    return this.has('cg', /\b(Brazzaville|Republic of (?:the )?Congo|Congo Republic|Sassou)/) && !this.has('cd', /\b(Kinshasa|Democratic Republic|DRC|Kabila|Goma|Kivu)/);
  }
  iran(): boolean {
    return this.has('ir', /\b(Iran|Iranian|Iranians|Tehran)\b/);
  }
  britain(): boolean {
    return this.has('gb', /\b(Britain|British|London|Downing Street|Prime Minister)\b/);
  }
}

const GE_STRONG = /Tbilisi|Saakashvili|Ossetia|Abkhaz|Caucasus|Ivanishvili|Shevardnadze|Margvelashvili|Garibashvili|Kvirikashvili|Batumi|(?:ex|former)[- ]Soviet|Russian?[- ]Georgian?\b|Georgian?[- ]Russian?\b|war (?:with|in|against) Georgia|Georgia war|Georgian (?:President|Prime|Foreign|Defen[cs]e|troops|army|government|forces|capital|leader|opposition|parliament|region|regions|Dream|authorities|officials|border)/;
const US_STATE_NAME_RE = /\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Wisconsin|Wyoming|Atlanta|Savannah)\b/;

/** "Georgia": the Caucasus country or the US state? Local evidence first, then the document. */
function georgiaIsCountry(toks: Tok[], i: number, j: number, text: string, ctx: DocContext): boolean {
  const prev = toks[i - 1];
  const next = toks[j + 1];
  const nextAdj = next && text.slice(toks[j].end, next.start) === ' ' ? next : undefined;
  const prevAdj = prev && text.slice(prev.end, toks[i].start) === ' ' ? prev : undefined;
  if (nextAdj && /^(?:state|State|Governor|governor|Bulldogs|Aquarium|Dome|Senate|House|Tech|Power|Institute|Southern|Pacific|Gulf)$/.test(nextAdj.t)) return false;
  if (prevAdj && /^(?:Gov|Sen|Rep|Southern|South|North|Central|of)$/.test(prevAdj.t) && !(prevAdj.t === 'of' && toks[i - 2]?.t === 'Republic')) {
    if (prevAdj.t !== 'of' || /^(?:University|state|State|Bank|Port)$/.test(toks[i - 2]?.t ?? '')) return false;
  }
  if (toks[j].t === 'Georgia' && nextAdj && isCapWord(nextAdj.t) && !CONTINUATIONS.has(nextAdj.t) && !/^(?:In|On|And|But)$/.test(nextAdj.t)) return false;
  const lo = Math.max(0, toks[i].start - 160);
  const hi = Math.min(text.length, toks[j].end + 160);
  const win = text.slice(lo, hi);
  if (GE_STRONG.test(win)) return true;
  // "Kennesaw, Georgia", "Atlanta, Georgia": a town then the state (but "Ukraine, Georgia, Armenia" is a list of countries)
  if (prev && prev.t === ',') {
    const before = toks[i - 2];
    if (before && isCapWord(titleCase(before.t))) {
      const c = countryOfSurface(titleCase(before.t));
      if (!c) return false;
    }
  }
  const local = text.slice(Math.max(0, toks[i].start - 60), Math.min(text.length, toks[j].end + 60));
  if (US_STATE_NAME_RE.test(local) || /U\.S\.|\bAmerican\b/.test(win)) {
    if (!/\b(?:Russia|Moscow|Ukraine|Armenia|Azerbaijan|Kazakhstan|Kremlin)/.test(local)) return false;
  }
  if (/\b(?:Rep\.|Sen\.|Senator|Representative|Republican|Democrat|Gov\.|Governor|county|County)/.test(text.slice(Math.max(0, toks[i].start - 50), toks[i].start))) return false;
  if (/\b(?:Russia|Moscow|Ukraine|Armenia|Azerbaijan|Kremlin)/.test(win)) return true;
  if (ctx.georgiaCountry()) return true;
  if (ctx.georgiaState()) return false;
  // No local or strong evidence: a country only if the article is about that part of the world.
  return ctx.has('ge-weak', /\b(?:Russia|Russian|Moscow|Kremlin|Ukraine|Armenia|Azerbaijan|NATO|Black Sea|Eastern Partnership|Turkey)\b/);
}

function ruleAllows(rule: Rule, toks: Tok[], i: number, j: number, text: string, ctx: DocContext): boolean {
  const prev = toks[i - 1];
  const next = toks[j + 1];
  const prevAdj = prev && text.slice(prev.end, toks[i].start) === ' ' ? prev : undefined;
  const nextAdj = next && text.slice(toks[j].end, next.start) === ' ' ? next : undefined;
  const prevCapName = () => !!prevAdj && isCapWord(prevAdj.t) && !FUNCTION_CAPS.has(prevAdj.t) && !/^(?:said|says)$/.test(prevAdj.t);
  switch (rule) {
    case 'none':
      return true;
    case 'personish': {
      if (prevCapName()) return false; // "Michael Jordan", "Irving Berlin"
      if (nextAdj && isCapWord(nextAdj.t) && !CONTINUATIONS.has(nextAdj.t)) {
        // "Paris Hilton", "Chad Hurley", but "Jordan's" has no space
        return false;
      }
      return true;
    }
    case 'washington': {
      if (prevCapName()) return false; // "George Washington", "Denzel Washington"
      if (prev && prev.t === ',' && WASHINGTON_STATE_CITIES.has(toks[i - 2]?.t ?? '')) return false;
      if (nextAdj && /^(?:state|State|Governor|governor|Huskies|Cougars)$/.test(nextAdj.t)) return false;
      if (prevAdj && /^(?:Gov|Sen|Rep)$/.test(prevAdj.t)) return false;
      return true;
    }
    case 'georgia':
      return georgiaIsCountry(toks, i, j, text, ctx);
    case 'brussels':
      return !ctx.eu() || ctx.belgian();
    case 'iran':
      return ctx.iran();
    case 'prefix':
      // "Sino-U.S.", "Franco-German": only as a combining form
      return !!next && next.t === '-' && next.start === toks[j].end;
    case 'britain':
      return ctx.britain();
    case 'us': {
      // "US" the country, not the pronoun of an all-capitals line ("LET US")
      const p = prevAdj?.t;
      const n = nextAdj?.t;
      if (p && /^[A-Z]{2,}$/.test(p) && !/^(?:EU|UK|UN|G\d+)$/.test(p) && n && /^[A-Z]{2,}$/.test(n)) return false;
      return true;
    }
    default:
      return true;
  }
}

function resolveCode(entry: Entry, ctx: DocContext): string[] {
  const code = entry.code!;
  switch (entry.rule) {
    case 'korea':
      return [ctx.northKorea() && !ctx.southKorea() ? 'KP' : 'KR'];
    case 'koreas':
      return ['KR', 'KP'];
    case 'congo':
      return [ctx.congoRepublic() ? 'CG' : 'CD'];
    default:
      return [code];
  }
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

function lookupFirst(node: TrieNode, t: string): TrieNode | undefined {
  const n = node.next.get(t);
  if (n) return n;
  if (t.length >= 3 && /^[A-Z]+$/.test(t)) {
    return node.next.get(t[0] + t.slice(1).toLowerCase());
  }
  return undefined;
}

/**
 * Every reference to a country in text[start, end): offsets into `text`, ISO 3166-1
 * alpha-2 code (XK for Kosovo), and how it was referred to.
 */
export function findCountryMentions(text: string, opts: FindCountryOptions = {}): CountryMention[] {
  const start = Math.max(0, opts.start ?? 0);
  const end = Math.min(text.length, opts.end ?? text.length);
  const { root } = table();
  const toks = tokenize(text, start, end);
  const excl = [...(opts.exclude ?? [])];
  if (opts.skipCredits !== false) excl.push(...creditSpans(text, start, end));
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
    if (excl.some((x) => x.start < e && s < x.end)) continue;
    for (const code of resolveCode(entry, ctx)) {
      out.push({ start: s, end: e, text: text.slice(s, e), code, via: entry.via });
    }
  }
  return out;
}

/**
 * The country a surface form names on its own ("Russia", "U.S.", "Russian",
 * "the Kremlin"), or undefined. Context rules are not applied.
 */
export function countryOfSurface(surface: string): { code: string; via: CountryVia } | undefined {
  let s = surface.trim().replace(/^the\s+/i, '');
  s = s.replace(/['’]s$/, '');
  const keys = aliasKeys(s);
  if (keys.length === 0) return undefined;
  let node: TrieNode | undefined = table().root;
  for (let k = 0; k < keys.length && node; k++) {
    const key = k === 0 ? keys[k].trimStart() : keys[k];
    node = lookupFirst(node, key) ?? (k > 0 ? node.next.get(key) : undefined);
  }
  if (!node?.entry || node.entry.code === null) return undefined;
  return { code: node.entry.code, via: node.entry.via };
}
