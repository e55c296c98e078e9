/**
 * Roles: the title a person holds and the country or organization it is held
 * for, read from the words around each mention.
 *
 *   before the name   "U.S. Secretary of State Hillary Clinton"   -> Secretary of State, US
 *                     "Russia's Foreign Minister Sergei Lavrov"   -> Foreign Minister, RU
 *                     "Gazprom chief executive Alexei Miller"     -> Chief Executive, Gazprom
 *                     "Foreign Minister Sergei Lavrov"            -> Foreign Minister (no country:
 *                                                                    it is not stated next to the title)
 *   apposition after  "Sergei Lavrov, Russia's foreign minister," -> Foreign Minister, RU
 *                     "Ben Bernanke, chairman of the Federal Reserve" -> Chairman, Federal Reserve
 *
 * Honorifics (Mr., Dr.) and past titles ("former President") are not roles.
 */
import { SpansByStart, lowerBound } from './intervals.js';
import type { CountryMention, PersonRef, Role, Span } from './types.js';
import { matchTitle, titleBefore } from './titles.js';

/** The article's mentions; read-only, since findRoles indexes each list the first time it sees it. */
export interface RoleContext {
  countries: CountryMention[];
  organizations?: Array<Span & { name: string }>;
}

/** Words that may sit between an apposition's comma and its title: "Lavrov, the Russian foreign minister". */
const APPOSITION_DETERMINERS = /^(?:the|a|an|its|his|her|their)$/i;

/** Words that may close an apposition after its title (besides punctuation). */
const APPOSITION_CLOSERS = /^(?:said|says|told|who|and|has|had|was|is|will|would)$/i;

/** Prepositions that attach the organization or country to a title: "chairman of the Federal Reserve". */
const TITLE_PREPOSITIONS = /^(?:of|at|for|to)$/i;

/**
 * The context's mentions by where they start and end, made once per list (findRoles is called once per person,
 * with the same lists): each question about the mentions near a title looks among those near it only.
 */
interface CountryLookup {
  byStart: SpansByStart<CountryMention>;
  /** For each end offset, the first country mention (in list order) ending there. */
  byEnd: Map<number, CountryMention>;
  /** Ends that country mentions have, ascending. */
  ends: number[];
  /** Each country mention's place in the list. */
  order: Map<CountryMention, number>;
}

const countryLookups = new WeakMap<readonly CountryMention[], CountryLookup>();
const organizationLookups = new WeakMap<ReadonlyArray<Span & { name: string }>, SpansByStart<Span & { name: string }>>();

function countries(ctx: RoleContext): CountryLookup {
  let l = countryLookups.get(ctx.countries);
  if (!l) {
    const byEnd = new Map<number, CountryMention>();
    for (const c of ctx.countries) if (!byEnd.has(c.end)) byEnd.set(c.end, c);
    l = {
      byStart: new SpansByStart(ctx.countries),
      byEnd,
      ends: [...byEnd.keys()].sort((x, y) => x - y),
      order: new Map(ctx.countries.map((c, i) => [c, i])),
    };
    countryLookups.set(ctx.countries, l);
  }
  return l;
}

function organizations(ctx: RoleContext): SpansByStart<Span & { name: string }> {
  const list = ctx.organizations ?? [];
  let l = organizationLookups.get(list);
  if (!l) {
    l = new SpansByStart(list);
    organizationLookups.set(list, l);
  }
  return l;
}

export function findRoles(text: string, person: PersonRef, ctx: RoleContext): Role[] {
  const found: Role[] = [];
  for (const m of person.mentions) {
    const before = titleBefore(text, m.start);
    if (before && !before.honorific && !before.past) {
      const role: Role = { title: before.title };
      const country = countryIn(ctx, before.prefixStart, before.prefixEnd) ?? countryJustBefore(text, ctx, before.prefixStart);
      const org = orgIn(ctx, before.prefixStart, before.prefixEnd);
      if (country) role.country = country;
      if (org) role.organization = org;
      found.push(role);
    }
    const after = appositionAfter(text, m.end, ctx);
    if (after) found.push(after);
  }
  return dedupe(found);
}

function countryIn(ctx: RoleContext, start: number, end: number): string | undefined {
  if (end <= start) return undefined;
  return countries(ctx).byStart.first(start, end, (c) => c.end <= end)?.code;
}

function orgIn(ctx: RoleContext, start: number, end: number): string | undefined {
  if (end <= start) return undefined;
  return organizations(ctx).first(start, end, (o) => o.end <= end)?.name;
}

/**
 * "the Russian foreign minister" style: a country mention directly before the title, only "the" or "'s" between:
 * the first country mention whose end is followed by nothing but ['s] and white space up to the title.
 */
function countryJustBefore(text: string, ctx: RoleContext, titleStart: number): string | undefined {
  // Where the white space before the title begins; a mention may end anywhere in it, or just before a "'s" ending there.
  let space = titleStart;
  while (space > 0 && /\s/.test(text[space - 1])) space--;
  const possessive = space >= 2 && /^(?:'s|’s)$/.test(text.slice(space - 2, space)) ? space - 2 : -1;
  const { byEnd: countryByEnd, ends: countryEnds, order: countryOrder } = countries(ctx);
  let best: CountryMention | undefined;
  const consider = (c: CountryMention | undefined) => {
    if (c && (!best || countryOrder.get(c)! < countryOrder.get(best)!)) best = c;
  };
  consider(possessive >= 0 ? countryByEnd.get(possessive) : undefined);
  for (let k = lowerBound(countryEnds, space); k < countryEnds.length && countryEnds[k] <= titleStart; k++) consider(countryByEnd.get(countryEnds[k]));
  return best?.code;
}

/** After ", " following the mention: [the] [Country's|Org's] title [of|at (the) Org|Country] then , . ; ) or a closer word. */
function appositionAfter(text: string, pos: number, ctx: RoleContext): Role | undefined {
  const rest = text.slice(pos, pos + 160);
  const lead = /^\s*,\s+/.exec(rest);
  if (!lead) return undefined;
  const base = pos + lead[0].length;
  const toks: Array<{ w: string; s: number; e: number }> = [];
  for (const m of text.slice(base, base + 140).matchAll(/[^\s]+/g)) {
    toks.push({ w: m[0], s: base + m.index!, e: base + m.index! + m[0].length });
  }
  let i = 0;
  if (toks[i] && APPOSITION_DETERMINERS.test(toks[i].w)) i++;
  const words = toks.map((t) => t.w.replace(/[.;)]+$/, (p) => (/^[A-Z]\.$|\.[A-Z]\.$/.test(t.w) ? p : '')));
  const m = matchTitle(words, i);
  if (!m || m.honorific || m.past) return undefined;
  const role: Role = { title: m.title };
  const prefixStart = m.prefixEnd > m.prefixStart ? toks[m.prefixStart].s : -1;
  const prefixEnd = m.prefixEnd > m.prefixStart ? toks[m.prefixEnd - 1].e : -1;
  let country = prefixStart >= 0 ? countryIn(ctx, prefixStart, prefixEnd) : undefined;
  let org = prefixStart >= 0 ? orgIn(ctx, prefixStart, prefixEnd) : undefined;
  if (!country && !org && m.prefixEnd === m.prefixStart) {
    const titleStart = toks[m.prefixStart]?.s ?? toks[i].s;
    country = countryJustBefore(text, ctx, titleStart);
  }
  let end = toks[m.end - 1].e;
  const lastTok = toks[m.end - 1].w;
  let closed = /[,;.)]$/.test(lastTok) && !/(?:^|\.)[A-Z]\.$/.test(lastTok);
  if (!closed && m.end < toks.length && TITLE_PREPOSITIONS.test(toks[m.end].w)) {
    // "chairman of the Federal Reserve", "president of France"
    let j = m.end + 1;
    if (toks[j] && /^the$/i.test(toks[j].w)) j++;
    const at = toks[j]?.s ?? -1;
    const o = organizations(ctx).at(at);
    const c = countries(ctx).byStart.at(at);
    if (o) { org = o.name; end = o.end; }
    else if (c) { country = c.code; end = c.end; }
    else return undefined;
    closed = true;
    const after = text.slice(end, end + 12);
    if (!/^(?:'s|’s)?\s*(?:[,;.)]|$|\s(?:said|says|told|who|and)\b)/.test(after) || /^(?:'s|’s)/.test(after)) return undefined;
  } else if (!closed) {
    const next = toks[m.end]?.w ?? '';
    closed = next === '' || APPOSITION_CLOSERS.test(next);
  }
  if (!closed) return undefined;
  if (country) role.country = country;
  if (org) role.organization = org;
  return role;
}

/** One role per (title, country, organization); a bare title is dropped when the same title is known with its country or organization. */
function dedupe(roles: Role[]): Role[] {
  const byKey = new Map<string, Role>();
  for (const r of roles) byKey.set(`${r.title}|${r.country ?? ''}|${r.organization ?? ''}`, r);
  const all = [...byKey.values()];
  return all.filter((r) => r.country || r.organization || !all.some((o) => o !== r && o.title === r.title && (o.country || o.organization)));
}
