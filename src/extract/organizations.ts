/**
 * Well-known organizations of international news: a curated alias table
 * (data/organizations.json) for canonical names and gazetteer matches.
 * Companies and other open-class organizations are left to the NER; this module
 * canonicalises its ORG spans (normalizeOrganizationName, canonicalOrganization)
 * and finds the international bodies and government institutions by name.
 */
import { endsInOwnS } from './possessive-names.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SpanSet } from './intervals.ts';
import type { Span } from './types.ts';
import { countryOfSurface, foldText } from './countries/gazetteer.ts';
import { memoized } from '../article/memo.ts';

export interface OrganizationEntry {
  id: string;
  name: string;
  aliases: string[];
  /** The entry counts only in some contexts (requires/notBefore/…): only findKnownOrganizations may report it. */
  restricted?: boolean;
}

/** A body's spelling: its entry, and the compiled notAfter context of that spelling (notAfterFor, else notAfter). */
interface Spelling {
  entry: RawEntry;
  notAfter?: RegExp;
}

interface RawEntry extends OrganizationEntry {
  /** A national body's country (ISO code, "US"): another country's word before its name keeps that country's own body. */
  country?: string;
  caseSensitive?: string[];
  requires?: string;
  requiresFor?: Record<string, string>;
  notBefore?: string;
  notBeforeFor?: Record<string, string>;
  notAfter?: string;
  notAfterFor?: Record<string, string>;
  afterFor?: Record<string, string>;
  /** A regex the text right after the alias must match; with afterFor too, either context suffices. */
  beforeFor?: Record<string, string>;
  /** Further contexts for an alias, each all of its parts at once; any one suffices, like afterFor and beforeFor. */
  contextsFor?: Record<string, RawContext[]>;
}

/**
 * One context of an alias: `after` is tested on the text right before the alias, `before` on the text right after it,
 * `near` names a cue of the data file's `nearCues` that must be found around the mention.
 */
interface RawContext {
  after?: string;
  before?: string;
  near?: string;
}

/**
 * Where a mention's country shows near it: `before` tested on the text before the mention, `after` on the text after it,
 * `titled` a title (the text before a name) whose names count anywhere in the article ("Sen. Christopher Dodd ... Dodd, a
 * Democrat").
 */
interface RawNearCue {
  before?: string;
  after?: string;
  titled?: string;
}

interface NearCue {
  before?: RegExp;
  after?: RegExp;
  titled?: RegExp;
}

interface Context {
  after?: RegExp;
  before?: RegExp;
  near?: NearCue;
}

/** How far around a mention a near cue is looked for (characters). */
const NEAR_BEFORE = 100;
const NEAR_AFTER = 80;

interface Compiled {
  entry: RawEntry;
  alias: string;
  exact: boolean;
  requires?: RegExp;
  notBefore?: RegExp;
  notAfter?: RegExp;
  after?: RegExp;
  before?: RegExp;
  contexts?: Context[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  items?: Compiled[];
}

export interface KnownOrganizationMatch extends Span {
  id: string;
  name: string;
}

const DATA_PATH = fileURLToPath(new URL('../../data/organizations.json', import.meta.url));

let STATE: { entries: RawEntry[]; byKey: Map<string, Spelling>; root: TrieNode; lowerStarts: Set<string> } | undefined;

/** Lookup key: folded, lower case, no dots, hyphens and slashes as spaces, no spaces. */
export const organizationKey = memoized(organizationKeyOnce, 20_000);

function organizationKeyOnce(surface: string): string {
  return foldText(surface)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]s\b/g, '')
    .replace(/[.]/g, '')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/\s+/g, '');
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|\S/gu;

function tokens(s: string): Array<{ t: string; start: number; end: number }> {
  const out: Array<{ t: string; start: number; end: number }> = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) out.push({ t: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'to']);

function load(path = DATA_PATH) {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { organizations: RawEntry[]; nearCues?: Record<string, RawNearCue> };
  const cues = new Map<string, NearCue>();
  for (const [name, c] of Object.entries(raw.nearCues ?? {})) {
    cues.set(name, {
      before: c.before ? new RegExp(c.before) : undefined,
      after: c.after ? new RegExp(c.after) : undefined,
      titled: c.titled ? new RegExp(`(?:${c.titled})((?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)`, 'gu') : undefined,
    });
  }
  const context = (c: RawContext): Context => {
    const near = c.near === undefined ? undefined : cues.get(c.near);
    if (c.near !== undefined && !near) throw new Error(`organizations.json: unknown near cue ${c.near}`);
    return { after: c.after ? new RegExp(c.after) : undefined, before: c.before ? new RegExp(c.before) : undefined, near };
  };
  const byKey = new Map<string, Spelling>();
  const root: TrieNode = { next: new Map() };
  const lowerStarts = new Set<string>();
  for (const e of raw.organizations) {
    for (const a of [e.name, ...e.aliases]) {
      const k = organizationKey(a);
      const notAfter = e.notAfterFor?.[a] ? new RegExp(e.notAfterFor[a]) : e.notAfter ? new RegExp(e.notAfter) : undefined;
      if (!byKey.has(k)) byKey.set(k, { entry: e, notAfter });
      const toks = tokens(a).filter((t) => t.t !== '.');
      if (toks.length === 0) continue;
      // A spelling the list itself begins in lower case ("al Qaeda") is found so written.
      if (/^\p{Ll}/u.test(toks[0].t)) lowerStarts.add(foldText(toks[0].t));
      const words = toks.filter((t) => /\p{L}/u.test(t.t));
      const exact = (e.caseSensitive ?? []).includes(a) || words.length <= 1;
      const c: Compiled = {
        entry: e,
        alias: a,
        exact,
        requires: e.requiresFor?.[a] ? new RegExp(e.requiresFor[a]) : e.requires ? new RegExp(e.requires) : undefined,
        notBefore: e.notBeforeFor?.[a] !== undefined ? new RegExp(e.notBeforeFor[a]) : e.notBefore ? new RegExp(e.notBefore) : undefined,
        notAfter,
        after: e.afterFor?.[a] ? new RegExp(e.afterFor[a]) : undefined,
        before: e.beforeFor?.[a] ? new RegExp(e.beforeFor[a]) : undefined,
        contexts: e.contextsFor?.[a]?.map(context),
      };
      // Exact aliases are stored twice: both case-sensitive and (for an all-capitals text) upper case.
      // Each token is matched as written, or in an all-capitals text as upper case;
      // small function words match in either case ("Bank Of Japan").
      let nodes = [root];
      for (const t of toks) {
        const f = foldText(t.t);
        const keys = new Set([f]);
        if (!exact || /^[A-Z0-9]+$/.test(f)) keys.add(f.toUpperCase());
        if (FUNCTION_WORDS.has(f.toLowerCase())) {
          keys.add(f.toLowerCase());
          keys.add(f[0].toUpperCase() + f.slice(1).toLowerCase());
        }
        const nextNodes: TrieNode[] = [];
        for (const node of nodes) {
          for (const key of keys) {
            let n = node.next.get(key);
            if (!n) {
              n = { next: new Map() };
              node.next.set(key, n);
            }
            if (!nextNodes.includes(n)) nextNodes.push(n);
          }
        }
        nodes = nextNodes;
      }
      for (const node of nodes) (node.items ??= []).push(c);
    }
  }
  STATE = { entries: raw.organizations, byKey, root, lowerStarts };
  return STATE;
}

function state() {
  return STATE ?? load();
}

export function listOrganizations(): OrganizationEntry[] {
  return state().entries.map(({ id, name, aliases }) => ({ id, name, aliases: [...aliases] }));
}

/**
 * Canonical surface for an organization name found in text: strips a leading
 * "the", a possessive "'s", surrounding punctuation, and a country prefix in front
 * of a known organization ("U.S. State Department" -> "State Department",
 * "U.S. Federal Reserve" -> "Federal Reserve"), as in the gold convention. A
 * generic body keeps its country ("German Finance Ministry"), so that the finance
 * ministries of different countries stay different organizations. Remembered for the last 20,000 names.
 */
export const normalizeOrganizationName = memoized(normalizeOrganizationNameOnce, 20_000);

function normalizeOrganizationNameOnce(surface: string): string {
  let s = surface.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[("'“‘]+|[)"'”’,.;:]+$/g, (m) => (m.endsWith('.') && /\b[A-Z]\.[A-Z]?\.?$/.test(s) ? m : ''));
  s = s.replace(/^the\s+/i, '');
  if (!endsInOwnS(s)) s = s.replace(/['’]s$/, '');
  const known = canonicalLookup(s);
  if (known) return known.entry.name;
  // country prefix
  // A country prefix is dropped only before a known organization ("U.S. Federal Reserve"):
  // "German Finance Ministry" keeps its country, or every finance ministry would merge into one node.
  for (const re of [/^((?:U\.S\.|US|U\.K\.|UK|[A-Z][a-z]+)(?:['’]s)?)\s+(.+)$/, /^([A-Z][a-z]+\s[A-Z][a-z]+(?:['’]s)?)\s+(.+)$/]) {
    const m = re.exec(s);
    if (m && countryOfSurface(m[1].replace(/['’]s$/, ''))) {
      const k = canonicalLookup(m[2]);
      if (k && !refusesCountryBefore(k, m[1])) return k.entry.name;
    }
  }
  return s;
}

/**
 * Whether a known body refuses the country word written before its name, so that the name keeps its country and stays
 * a body of its own. A national body that knows its country takes its own country's word ("U.S. Treasury", "America's
 * Treasury") and refuses any other's ("Turkish Treasury", "Italian Senate"); a body that does not know it refuses the
 * words its own notAfter context for that spelling refuses.
 */
function refusesCountryBefore(known: Spelling, countryWord: string): boolean {
  if (known.entry.country !== undefined) return countryOfSurface(countryWord.replace(/['’]s$/, ''))?.code !== known.entry.country;
  return known.notAfter !== undefined && known.notAfter.test(`${countryWord} `);
}

function canonicalLookup(surface: string): Spelling | undefined {
  return state().byKey.get(organizationKey(surface));
}

/**
 * The known organization a surface names, ignoring case, dots, hyphens, a leading
 * "the", a possessive and a country prefix ("the U.N." = "UN" = "United Nations";
 * "the U.S. State Department" = "State Department").
 */
export function canonicalOrganization(surface: string): OrganizationEntry | undefined {
  const s = surface.trim();
  const e = (canonicalLookup(s) ?? canonicalLookup(normalizeOrganizationName(s)))?.entry;
  if (!e) return undefined;
  const restricted = !!(e.requires || e.requiresFor || e.afterFor || e.beforeFor || e.contextsFor || e.notAfter || e.notAfterFor || e.notBefore || e.notBeforeFor);
  return { id: e.id, name: e.name, aliases: [...e.aliases], restricted };
}

const COUNTRY_METONYMS = /^(?:the\s+)?(?:White House|Kremlin|Elysee|Élysée|Downing Street|Whitehall|Zhongnanhai|Blue House|Islamic Republic)$/i;

/** True when a surface names a country (or a country's metonym) rather than an organization. */
export function isCountryLike(surface: string): boolean {
  const s = surface.trim().replace(/^the\s+/i, '').replace(/['’]s$/, '');
  if (COUNTRY_METONYMS.test(s)) return true;
  const c = countryOfSurface(s);
  return !!c && c.via !== 'metonym' ? true : !!c;
}

export interface FindOrganizationOptions {
  start?: number;
  end?: number;
  exclude?: Array<{ start: number; end: number }>;
}

/** A capitalised name and "&" right before a match: the match may be the second partner of a firm's name. */
const PARTNER_BEFORE = /(\p{Lu}[\p{L}\p{N}&'’.-]*)\s*&\s*$/u;

/**
 * Whether the name before "&" is a known organization of its own ("Fitch & Moody's", "the ECB & IMF", "S&P &
 * Moody's": two organizations listed), not a partner's name ("Abercrombie & Fitch" is not Fitch).
 */
function knownName(root: TrieNode, name: string): boolean {
  let node: TrieNode | undefined = root;
  for (const m of name.replace(/['’]s$/, '').matchAll(new RegExp(TOKEN_RE.source, 'gu'))) {
    if (m[0] === '.') continue;
    node = node.next.get(foldText(m[0]));
    if (!node) return false;
  }
  return node !== root && !!node.items?.length;
}

/** A name written right before an apposition (", a Democrat"): its last word. */
const NAME_BEFORE_APPOSITION = /(\p{Lu}[\p{L}'’-]+),\s+(?:an?|the)\s+(?:\p{Ll}+\s+)?$/u;

/**
 * Whether a near cue shows around text[s, e): in the text just before or just after it, or as a title given, anywhere in
 * the article, to the name the mention stands in apposition to ("Sen. Christopher Dodd ... Dodd, a Democrat, said").
 * The titled names are collected once per text and cue.
 */
function nearCueAt(cue: NearCue, text: string, s: number, e: number, titled: Map<RegExp, Set<string>>): boolean {
  if (cue.before?.test(text.slice(Math.max(0, s - NEAR_BEFORE), s))) return true;
  if (cue.after?.test(text.slice(e, e + NEAR_AFTER))) return true;
  if (!cue.titled) return false;
  const name = NAME_BEFORE_APPOSITION.exec(text.slice(Math.max(0, s - 60), s));
  if (!name) return false;
  let names = titled.get(cue.titled);
  if (!names) {
    names = new Set();
    for (const m of text.matchAll(cue.titled)) for (const w of m[1].split(/\s+/)) names.add(w.replace(/\.$/, ''));
    titled.set(cue.titled, names);
  }
  return names.has(name[1]);
}

/** Gazetteer matches of known organizations in text[start, end) (longest match first). */
export function findKnownOrganizations(text: string, opts: FindOrganizationOptions = {}): KnownOrganizationMatch[] {
  const start = Math.max(0, opts.start ?? 0);
  const end = Math.min(text.length, opts.end ?? text.length);
  const { root, lowerStarts } = state();
  const toks: Array<{ t: string; start: number; end: number }> = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index + m[0].length > end) break;
    if (m[0] === '.') continue; // dots are ignored inside names ("U.N." = "UN")
    toks.push({ t: m[0], start: m.index, end: m.index + m[0].length });
  }
  const out: KnownOrganizationMatch[] = [];
  const exclude = new SpanSet(opts.exclude ?? []);
  const reqCache = new Map<RegExp, boolean>();
  const titled = new Map<RegExp, Set<string>>();
  const step = (node: TrieNode, t: string): TrieNode[] => {
    const n = node.next.get(foldText(t));
    return n ? [n] : [];
  };
  // The best match of a candidate starting at token `from`, kept by consider() (made once per call, not per candidate:
  // tsx names every local function it makes, at about a microsecond each).
  let best: { j: number; item: Compiled } | undefined;
  let from = 0;
  const consider = (nodes: TrieNode[], j: number) => {
    for (const n of nodes) {
      for (const it of n.items ?? []) {
        const s = toks[from].start;
        const e = toks[j].end;
        if (it.requires) {
          let ok = reqCache.get(it.requires);
          if (ok === undefined) {
            ok = it.requires.test(text);
            reqCache.set(it.requires, ok);
          }
          if (!ok) continue;
        }
        if (it.notBefore && it.notBefore.test(text.slice(e, e + 40))) continue;
        if (it.notAfter && it.notAfter.test(text.slice(Math.max(0, s - 40), s))) continue;
        // After a partner's name and "&" the name is another firm's second partner: "Abercrombie & Fitch" is not Fitch.
        const partner = PARTNER_BEFORE.exec(text.slice(Math.max(0, s - 40), s));
        if (partner && !knownName(root, partner[1])) continue;
        if (it.after || it.before || it.contexts) {
          const left = text.slice(Math.max(0, s - 40), s);
          const right = text.slice(e, e + 40);
          const afterOk = !!it.after && it.after.test(left);
          const beforeOk = !!it.before && it.before.test(right);
          const contextOk = (c: Context) =>
            (!c.after || c.after.test(left)) && (!c.before || c.before.test(right)) && (!c.near || nearCueAt(c.near, text, s, e, titled));
          if (!afterOk && !beforeOk && !it.contexts?.some(contextOk)) continue;
        }
        if (!best || j > best.j) best = { j, item: it };
      }
    }
  };
  for (let i = 0; i < toks.length; i++) {
    // first token of a case-insensitive multiword alias must be capitalised in text, unless the list writes it in
    // lower case itself ("al Qaeda"; not "the" of "The Economist")
    if (!/^[\p{Lu}\p{N}]/u.test(toks[i].t) && !lowerStarts.has(foldText(toks[i].t))) continue;
    let frontier: TrieNode[] = step(root, toks[i].t);
    if (frontier.length === 0) continue;
    best = undefined;
    from = i;
    consider(frontier, i);
    for (let j = i + 1; j < toks.length && frontier.length; j++) {
      const gap = text.slice(toks[j - 1].end, toks[j].start);
      if (!/^[ .\t-]*$/.test(gap.replace(/\./g, ''))) break;
      if (gap.length > 3) break;
      const nextFrontier: TrieNode[] = [];
      for (const n of frontier) nextFrontier.push(...step(n, toks[j].t));
      frontier = nextFrontier;
      consider(frontier, j);
    }
    if (!best) continue;
    const b: { j: number; item: Compiled } = best;
    let s = toks[i].start;
    let e = toks[b.j].end;
    // keep a trailing dot of an abbreviation ("U.N.")
    if (text[e] === '.' && /^[A-Z]$/.test(toks[b.j].t) && /\./.test(text.slice(s, e))) e += 1;
    i = b.j;
    if (exclude.overlaps(s, e)) continue;
    out.push({ start: s, end: e, text: text.slice(s, e), id: b.item.entry.id, name: b.item.entry.name });
  }
  return out;
}
