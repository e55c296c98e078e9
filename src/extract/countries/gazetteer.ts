/**
 * The country gazetteer: every surface form of every country, in a token trie.
 *
 * The alias table is built from the `world-countries` package (mledoze/countries:
 * ISO 3166-1 codes, common and official names, alternative spellings, English
 * demonyms, capitals) corrected by `data/countries-extra.json` (news short names,
 * dotted abbreviations, plural demonyms, metonyms, ambiguous forms to drop, phrases
 * that contain a country word but are no country: "New Mexico", "Indian Ocean").
 * Keys are case-sensitive with diacritics folded ("Brasilia" = "Brasília"); an entry
 * may carry a context rule (rules.ts) that mentions.ts applies.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CountryVia } from '../types.ts';
import { memoized } from '../../article/memo.ts';

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  independent?: boolean | null;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}


export type Rule =
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


export interface Entry {
  /** null: a blocking phrase that yields no country. */
  code: string | null;
  via: CountryVia;
  rule: Rule;
  /** rank used when several sources give the same surface form */
  rank: number;
}


export interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: Entry;
}

const EXTRA_PATH = fileURLToPath(new URL('../../../data/countries-extra.json', import.meta.url));

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

export interface Tok {
  /** folded text */
  t: string;
  start: number;
  end: number;
}

/** Word tokens of text[start, end), folded. */
export function tokenize(text: string, start: number, end: number): Tok[] {
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

/** TOKEN_RE for aliasKeys' exec loop alone (read to its end, so it leaves lastIndex at 0). */
const ALIAS_TOKEN_RE = new RegExp(TOKEN_RE.source, 'gu');

function aliasKeys(alias: string): string[] {
  // Keys of the trie edges: a leading space marks a token preceded by whitespace.
  const keys: string[] = [];
  const re = ALIAS_TOKEN_RE;
  let m: RegExpExecArray | null;
  let prevEnd = -1;
  const folded = foldText(alias);
  re.lastIndex = 0;
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

export function table(): Table {
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

let NAMED_CAPITALS: Set<string> | undefined;
/**
 * Whether a country's capital bears the country's name ("Singapore", "Luxembourg", "Kuwait" for Kuwait City): the
 * name may stand for the city, and after a comma it is no region a town is written before ("NOMURA, SINGAPORE").
 */
export function capitalBearsCountryName(surface: string): boolean {
  if (!NAMED_CAPITALS) {
    const world = require('world-countries/countries.json') as WorldCountry[];
    NAMED_CAPITALS = new Set(world.filter((c) => (c.capital ?? []).some((cap) => cap.includes(c.name.common))).map((c) => c.cca2));
  }
  const c = countryOfSurface(surface);
  return c !== undefined && c.via === 'name' && NAMED_CAPITALS.has(c.code);
}

// ---------------------------------------------------------------- lookup

export function lookupFirst(node: TrieNode, t: string): TrieNode | undefined {
  const n = node.next.get(t);
  if (n) return n;
  // The first character's test before the pattern's: the look-up misses on most words, nearly all lower-case.
  const c0 = t.charCodeAt(0);
  if (t.length >= 3 && c0 >= 65 && c0 <= 90 && /^[A-Z]+$/.test(t)) {
    return node.next.get(t[0] + t.slice(1).toLowerCase());
  }
  return undefined;
}

/**
 * The country a surface form names on its own ("Russia", "U.S.", "Russian",
 * "the Kremlin"), or undefined. Context rules are not applied. Remembered for the last 20,000 forms (the same
 * answer object each time, frozen).
 */
export const countryOfSurface = memoized(countryOfSurfaceOnce, 20_000);

function countryOfSurfaceOnce(surface: string): Readonly<{ code: string; via: CountryVia }> | undefined {
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
  return Object.freeze({ code: node.entry.code, via: node.entry.via });
}
