import { foldName, slugify } from '../article/names.js';
import { capitalsNameEnd, displayPersonName } from '../extract/ner/truecase.js';
import { SpanSet, TakenText, lowerBound } from '../extract/intervals.js';
import { stripTitles } from '../extract/titles.js';
import type { PersonRef, Sentence, Span, Token } from '../extract/types.js';
import { isJoinedParticleName, SURNAME_PARTICLES } from './spans.js';
import { personCueAfter } from './firm-names.js';
import { isCompanySuffix } from './legal-suffixes.js';
import { legalSuffixAfterComma } from './organizations.js';

/**
 * In-document resolution of person mentions: one person per real individual,
 * named by the fullest form the article uses ("Foreign Minister Sergei Lavrov" and
 * "Lavrov" are both Sergei Lavrov), with every occurrence as a mention.
 */

export interface ResolvedPerson extends PersonRef {
  aliases: string[];
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

const ADMINISTRATION_AFTER = /^\)?(?:['’]s)?\s+[Aa]dministration\b/;

interface Candidate {
  start: number;
  end: number;
  name: string;
  tokens: string[];
  /** Its mentions, when not the one stretch start..end: "(Barack) Obama" is two. */
  parts?: Array<{ start: number; end: number }>;
}

/**
 * "President (Barack) Obama", "Mr (Greek Prime Minister George) Papandreou": a first name the reporter
 * put in brackets before the surname is one name with it (two mentions), not a person of its own.
 */
function joinBracketedFirstNames(text: string, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    const opened = text.lastIndexOf('(', a.start);
    if (
      b && !a.parts && a.tokens.length === 1 && b.tokens.length >= 1 &&
      /^\s*\)\s+$/.test(text.slice(a.end, b.start)) &&
      opened >= 0 && a.start - opened <= 48 && !text.slice(opened, a.start).includes(')')
    ) {
      out.push({ start: a.start, end: b.end, name: `${a.name} ${b.name}`, tokens: [...a.tokens, ...b.tokens], parts: [{ start: a.start, end: a.end }, { start: b.start, end: b.end }] });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** A capitalised word of a name ("O'Neill", "Jean-Claude", "St."). A constant: tsx builds a \p{..} literal anew each time it runs. */
const NAME_TOKEN = /^[\p{Lu}\p{Lt}][\p{L}\p{M}.'’\-]*$/u;
const HAS_CAPITAL = /\p{Lu}/u;
/** A nickname in quotes inside a name: Maurice "Hank" Greenberg. */
const QUOTED_NICKNAME = /^["“][\p{Lu}][\p{L}\p{M}.'’\-]*["”]$/u;

/** Trims punctuation, possessives and titles off a PER span, keeping offsets exact. */
export function cleanPersonSpan(text: string, span: Span): Candidate | null {
  let start = span.start;
  let end = span.end;
  while (start < end && /[\s"'“”‘’(\[,;:.\-–—]/.test(text[start])) start++;
  end = start + capitalsNameEnd(text.slice(start, end));
  while (end > start && /[\s"“”’)\],;:\-–—]/.test(text[end - 1])) end--;
  const poss = /['’]s?$/.exec(text.slice(start, end));
  if (poss) end -= poss[0].length;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  // "the Obama Administration": the government is no part of the name (the filter in resolvePeople reads it after the name).
  const admin = /\s+Administration$/.exec(text.slice(start, end));
  if (admin) end -= admin[0].length;
  const cut = text.slice(start, end);
  const stripped = stripTitles(cut);
  if (stripped.name !== cut) {
    const idx = cut.lastIndexOf(stripped.name);
    if (idx < 0) return null;
    start += idx;
    end = start + stripped.name.length;
  }
  const name = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (!HAS_CAPITAL.test(name) || name.length < 2) return null;
  const tokens = name.split(' ');
  // A name is capitalised words, initials and particles; anything else is not a person's name.
  // So is an article joined to a surname ("Ali al-Naimi") and a nickname in quotes inside the name (Maurice "Hank" Greenberg).
  if (!tokens.every((t, i) => NAME_TOKEN.test(t) || SURNAME_PARTICLES.has(t.toLowerCase()) || (i > 0 && isJoinedParticleName(t)) || (i > 0 && i < tokens.length - 1 && QUOTED_NICKNAME.test(t)))) return null;
  return { start, end, name, tokens };
}

/** The surname an article joined to it stands before: "Naimi" of "al-Naimi"; undefined for any other word. */
function bareSurname(token: string): string | undefined {
  return isJoinedParticleName(token) ? token.slice(token.indexOf('-') + 1) : undefined;
}

function coreTokens(tokens: string[]): string[] {
  const core = tokens.map((t) => foldName(t)).filter((t) => t !== '');
  while (core.length > 1 && NAME_SUFFIXES.has(core[core.length - 1])) core.pop();
  return core;
}

function surnameOf(tokens: string[]): string {
  const core = coreTokens(tokens);
  return core[core.length - 1] ?? '';
}

/** "George Bush" ~ "George W. Bush", "Hillary Clinton" ~ "Hillary Rodham Clinton", "G. Bush" ~ "George Bush". */
function compatibleFullNames(a: string[], b: string[]): boolean {
  const ca = coreTokens(a);
  const cb = coreTokens(b);
  if (ca.length < 2 || cb.length < 2) return false;
  if (ca[ca.length - 1] !== cb[cb.length - 1]) return false;
  // "Lula da Silva" is the end of "Luiz Inacio Lula da Silva".
  const [shorter, longer] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  if (shorter.every((t, i) => longer[longer.length - shorter.length + i] === t)) return true;
  const fa = ca[0];
  const fb = cb[0];
  return fa === fb || (fa.length === 1 && fb.startsWith(fa)) || (fb.length === 1 && fa.startsWith(fb));
}

interface Cluster {
  canonical: Candidate;
  forms: Map<string, number>;
  mentions: Array<{ start: number; end: number }>;
  /** Its place among the clusters, in the order they were made. */
  order: number;
  /** Starts of its mentions in the order added: two runs, each rising (full names, then the rest). */
  starts: [number[], number[]];
}

function fuller(a: Candidate, b: Candidate): Candidate {
  if (b.tokens.length !== a.tokens.length) return b.tokens.length > a.tokens.length ? b : a;
  return b.name.length > a.name.length ? b : a;
}

/**
 * The clusters by what the questions of resolvePeople ask of a cluster's canonical name, each list in the
 * order the clusters were made (so its first element is what a scan of all clusters would find first).
 * A cluster is filed again when its canonical name changes.
 */
class ClusterIndex {
  private readonly lists = new Map<string, Cluster[]>();
  private readonly keys = new Map<Cluster, string[]>();

  /** The keys of a canonical name: its last k words (k < its length), its first word (as `first` of a two-word name, `longFirst` of a longer one), its whole name. */
  private static keysOf(tokens: string[], name: string): string[] {
    const keys: string[] = [];
    for (let k = 1; k < tokens.length; k++) keys.push(`end${k}|${foldName(tokens.slice(-k).join(' '))}`);
    // "Naimi" is Ali al-Naimi's surname too.
    const bare = bareSurname(tokens[tokens.length - 1]);
    if (tokens.length > 1 && bare) keys.push(`end1|${foldName(bare)}`);
    const first = tokens.length >= 2 ? coreTokens(tokens)[0] : undefined;
    if (first !== undefined) keys.push(`${tokens.length === 2 ? 'first' : 'longFirst'}|${first}`);
    keys.push(`name|${foldName(name)}`);
    return keys;
  }

  file(cl: Cluster): void {
    for (const key of this.keys.get(cl) ?? []) {
      const list = this.lists.get(key)!;
      list.splice(list.indexOf(cl), 1);
    }
    const keys = ClusterIndex.keysOf(cl.canonical.tokens, cl.canonical.name);
    this.keys.set(cl, keys);
    for (const key of keys) {
      const list = this.lists.get(key);
      if (!list) {
        this.lists.set(key, [cl]);
        continue;
      }
      let at = list.length;
      while (at > 0 && list[at - 1].order > cl.order) at--;
      list.splice(at, 0, cl);
    }
  }

  /** Clusters whose canonical name is longer than `words` words and ends with `folded`. */
  endingWith(words: number, folded: string): Cluster[] {
    return this.lists.get(`end${words}|${folded}`) ?? [];
  }

  /** Clusters whose canonical name is two words, the first `folded` (a family name first). */
  twoWordsFirst(folded: string): Cluster[] {
    return this.lists.get(`first|${folded}`) ?? [];
  }

  /** Clusters whose canonical name is three words or more, the first `folded` (a given name: "Sheikh Hamed" for Hamed bin Zayed al-Nahayan). */
  longFirst(folded: string): Cluster[] {
    return this.lists.get(`longFirst|${folded}`) ?? [];
  }

  named(folded: string): Cluster | undefined {
    return this.lists.get(`name|${folded}`)?.[0];
  }
}

/**
 * `exclude`: stretches that are no person (credits, curated organizations). `organizations`: the
 * tagger's organization names. A person's name at the start of one of them is the firm's, not a repeat
 * of the person's, only where "&" or a possessive follows the name ("Paulson & Co", "McDonald's Corp":
 * namesFirmAfterPerson) or where `isFirm` says the whole tagged name is a firm's; otherwise it stays the
 * person's ("Ma Kai" beside a person "Ma"). `isFirm`: whether a tagged organization's whole name is
 * confidently a firm's (the pipeline asks the corpus lexicon: "Tata Steel" beside Ratan Tata). A bare surname the
 * tagger tagged an organization on its own, where such a firm begins with it, is the firm's short name ("Ford
 * shares rose" beside Ford Motor Co and Bill Ford).
 */
export function resolvePeople(text: string, spans: Span[], opts: { exclude?: Span[]; sentences?: Sentence[]; organizations?: Span[]; isFirm?: (name: string) => boolean } = {}): ResolvedPerson[] {
  const exclude = new SpanSet(opts.exclude ?? []);
  const candidates = joinBracketedFirstNames(
    text,
    spans
      .map((s) => cleanPersonSpan(text, s))
      .filter((c): c is Candidate => c !== null && !exclude.contains(c.start, c.end))
      .sort((x, y) => x.start - y.start),
  );

  // Every question below looks clusters up by key (ClusterIndex, bySurname) rather than scanning them all:
  // an article's resolution costs in proportion to its length.
  const clusters: Cluster[] = [];
  const index = new ClusterIndex();
  const bySurname = new Map<string, Cluster[]>();
  const create = (c: Candidate, run: 0 | 1) => {
    const cl: Cluster = { canonical: c, forms: new Map([[c.name, 1]]), mentions: c.parts ? [...c.parts] : [{ start: c.start, end: c.end }], order: clusters.length, starts: [[], []] };
    cl.starts[run].push(c.start);
    clusters.push(cl);
    index.file(cl);
    return cl;
  };
  const add = (cl: Cluster, c: Candidate, run: 0 | 1) => {
    const before = cl.canonical;
    cl.canonical = fuller(cl.canonical, c);
    cl.forms.set(c.name, (cl.forms.get(c.name) ?? 0) + 1);
    if (c.parts) cl.mentions.push(...c.parts);
    else cl.mentions.push({ start: c.start, end: c.end });
    cl.starts[run].push(c.start);
    if (cl.canonical !== before) index.file(cl);
  };

  // Full names first, so a surname in the headline still finds the full name given later.
  // "Van Rompuy", "de Gaulle": particles and a surname are a surname, not a first and last name.
  const surnameForm = (c: Candidate) => c.tokens.slice(0, -1).every((t) => SURNAME_PARTICLES.has(t.toLowerCase()));
  const isFull = (c: Candidate) => coreTokens(c.tokens).length >= 2 && !surnameForm(c);
  for (const c of candidates.filter(isFull)) {
    // Compatible full names share their surname, which joining a name to a cluster never changes.
    const surname = surnameOf(c.tokens);
    const home = bySurname.get(surname)?.find((cl) => compatibleFullNames(cl.canonical.tokens, c.tokens));
    if (home) add(home, c, 0);
    else {
      const cl = create(c, 0);
      if (bySurname.has(surname)) bySurname.get(surname)!.push(cl);
      else bySurname.set(surname, [cl]);
    }
  }
  for (const c of candidates.filter((c) => !isFull(c))) {
    const key = foldName(c.name);
    const ending = index.endingWith(c.tokens.length, key);
    // Family name first ("Wen" for Wen Jiabao, "Ban" for Ban Ki-moon) when no surname matches.
    let pool = ending.length > 0 ? ending : index.twoWordsFirst(key);
    const same = index.named(key);
    // A lone given name the first word of one long name of the article, and of nobody else's, is that person:
    // "Sheikh Hamed" after "Sheikh Hamed bin Zayed al-Nahayan".
    if (pool.length === 0 && !same && c.tokens.length === 1 && index.longFirst(key).length === 1) pool = index.longFirst(key);
    if (pool.length > 0) add(nearestBefore(pool, c.start), c, 1);
    else if (same) add(same, c, 1);
    else create(c, 1);
  }

  if (opts.sentences) propagate(text, opts.sentences, clusters, exclude, opts.organizations ?? [], opts.isFirm);

  return clusters
    // "The Obama administration" names a government, not the man: a person named only so, by surname, is
    // not one of the article's people (annotations/README.md, "Conventions"); "a George W. Bush
    // administration official" still names him in full.
    .filter((cl) => !cl.mentions.every((m) => !/\s/.test(text.slice(m.start, m.end)) && ADMINISTRATION_AFTER.test(text.slice(m.end, m.end + 16))))
    .map((cl) => {
      const mentions = dedupeSpans(cl.mentions).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
      // "ANGELA MERKEL" over a factbox quote is shown as the article writes her elsewhere, or in title case.
      const name = displayPersonName(cl.canonical.name, cl.forms.keys(), (a, b) => foldName(a) === foldName(b));
      const aliases = [...new Set(mentions.map((m) => m.text.replace(/\s+/g, ' ')))].filter((n) => n !== name);
      return { id: slugify(name), name, aliases, mentions };
    })
    .filter((p) => p.id !== '')
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** The last of a rising run of starts that is before `pos`, or -1. */
function lastBefore(starts: number[], pos: number): number {
  const lo = lowerBound(starts, pos);
  return lo > 0 ? starts[lo - 1] : -1;
}

/** The cluster mentioned most recently before `pos` (else the first one mentioned). */
function nearestBefore(pool: Cluster[], pos: number): Cluster {
  let best = pool[0];
  let bestPos = -1;
  for (const cl of pool) {
    const last = Math.max(lastBefore(cl.starts[0], pos), lastBefore(cl.starts[1], pos));
    if (last > bestPos) {
      best = cl;
      bestPos = last;
    }
  }
  return best;
}

function dedupeSpans(spans: Array<{ start: number; end: number }>) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Array<{ start: number; end: number }> = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && s.start < prev.end) continue;
    out.push(s);
  }
  return out;
}

const LEADING_CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]*(?=\s)/u;

/**
 * Document-level consistency: a name tagged once is the same person everywhere
 * in the article, so untagged repeats of the full name or the (unshared) surname
 * become mentions too. Matches whole tokens of the article's sentences: no
 * per-article regular expressions to compile.
 */
function propagate(text: string, sentences: Sentence[], clusters: Cluster[], exclude: SpanSet, organizations: readonly Span[], isFirm?: (name: string) => boolean): void {
  const orgEndAt = new Map<number, number>();
  for (const o of organizations) orgEndAt.set(o.start, Math.max(o.end, orgEndAt.get(o.start) ?? 0));
  // Before "&" or a possessive, or inside a name the corpus knows as a firm's ("Tata Steel" beside Ratan Tata).
  const firmNamedAfter = (start: number, end: number) => {
    const orgEnd = orgEndAt.get(start);
    return namesFirmAfterPerson(text, end, orgEnd) || (orgEnd !== undefined && orgEnd > end && !!isFirm?.(text.slice(start, orgEnd)));
  };
  // A surname the tagger took for an organization on its own, where the article names a firm that begins with it
  // ("Ford shares rose" beside "Ford Motor Co" and Bill Ford): the firm's short name, not a repeat of the person's,
  // unless a person's words follow it (firm-names.ts personCueAfter).
  const orgAlone = new Set(organizations.map((o) => `${o.start}:${o.end}`));
  const firmHeads = new Set<string>();
  for (const o of organizations) {
    const name = text.slice(o.start, o.end);
    const head = LEADING_CAPITALISED_WORD.exec(name)?.[0];
    if (head && isFirm?.(name)) firmHeads.add(head);
  }
  // Not where a person's words follow it ("Dell said he would not raise the price").
  const firmShortName = (start: number, end: number) => orgAlone.has(`${start}:${end}`) && firmHeads.has(text.slice(start, end)) && !personCueAfter(text, end);
  const taken = new TakenText(text.length);
  for (const cl of clusters) for (const m of cl.mentions) taken.take(m.start, m.end);
  const isTaken = (start: number, end: number) => taken.overlaps(start, end);
  const surnameOwners = new Map<string, number>();
  for (const cl of clusters) {
    const s = surnameOf(cl.canonical.tokens);
    surnameOwners.set(s, (surnameOwners.get(s) ?? 0) + 1);
  }
  // Every form to look for, by its first word; longest forms first.
  const byFirst = new Map<string, Array<{ words: string[]; cluster: Cluster; surnameOnly: boolean }>>();
  for (const cl of clusters) {
    // The surname with the particles before it: "Van Rompuy", "da Silva".
    const toks = cl.canonical.tokens;
    let from = toks.length - 1;
    while (from > 1 && SURNAME_PARTICLES.has(toks[from - 1].toLowerCase())) from--;
    const surname = toks.slice(from).join(' ');
    const forms = new Set(cl.forms.keys());
    const addSurname = surnameOwners.get(surnameOf(cl.canonical.tokens)) === 1 && surname.length > 2;
    const bare = toks.length > 1 ? bareSurname(toks[toks.length - 1]) : undefined;
    if (addSurname) forms.add(surname);
    if (addSurname && bare && bare.length > 2) forms.add(bare);
    for (const f of forms) {
      const words = f.split(' ');
      const list = byFirst.get(words[0]) ?? [];
      list.push({ words, cluster: cl, surnameOnly: addSurname && (f === surname || f === bare) });
      byFirst.set(words[0], list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  for (const sentence of sentences) {
    const toks = sentence.tokens;
    for (let i = 0; i < toks.length; i++) {
      const candidates = byFirst.get(toks[i].text);
      if (!candidates) continue;
      for (const { words, cluster, surnameOnly } of candidates) {
        if (i + words.length > toks.length || !words.every((w, k) => toks[i + k].text === w)) continue;
        const start = toks[i].start;
        const end = toks[i + words.length - 1].end;
        if (isTaken(start, end) || exclude.contains(start, end) || firmNamedAfter(start, end)) break;
        // Part of a longer capitalised name ("Bill Clinton" is not Hillary Clinton's mention).
        const before = toks[i - 1];
        const after = toks[i + words.length];
        const capitalised = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text) && !isSentenceStartWord(t.text);
        if (surnameOnly && (capitalised(before) || capitalised(after) || firmShortName(start, end))) break;
        cluster.mentions.push({ start, end });
        taken.take(start, end);
        break;
      }
    }
  }
}

/**
 * A firm named after its founder or partners begins with the name, then "&" or a possessive and more of the name, or
 * a company's suffix: "Ritterbusch & Associates" beside Jim Ritterbusch, "Paulson & Co", "McDonald's Corp", "John
 * Smith, Inc.". A name there, at the start of a longer tagged organization (`orgEnd`), is the firm's, not a repeat of
 * the person's. Not a name the span only begins with ("Ma Kai" tagged an organization beside a person "Ma"),
 * nor one at its end ("Goldman Sachs' Matsumoto").
 */
export function namesFirmAfterPerson(text: string, nameEnd: number, orgEnd: number | undefined): boolean {
  if (orgEnd === undefined || orgEnd <= nameEnd) return false;
  const rest = text.slice(nameEnd, orgEnd);
  return /^\s*&\s*\S|^['’]s?\s+\p{Lu}/u.test(rest) || endsInCompanySuffix(rest) || isCommaLegalSuffix(text, nameEnd, orgEnd);
}

/** The rest of the tagged organization is a legal suffix behind a comma, "John Smith, Inc." (legalSuffixAfterComma). */
function isCommaLegalSuffix(text: string, nameEnd: number, orgEnd: number): boolean {
  const suffix = legalSuffixAfterComma(text, nameEnd);
  return suffix !== undefined && text.slice(nameEnd + suffix.length, orgEnd).replace(/^\./, '').trim() === '';
}

/**
 * The rest of a tagged organization after a person's name, capitalised words only, ending in a company's suffix
 * (isCompanySuffix: a legal suffix, "Group", "Holdings"): a business named after its family or founder, "Tata Group"
 * beside Ratan Tata, "Shapoorji Pallonji Group" beside Pallonji Mistry, "Feinberg Rozen LLP" beside Kenneth
 * Feinberg. Not a name with a lower-case word ("Obama administration"), nor one whose last word is no suffix ("Ma Kai").
 */
function endsInCompanySuffix(rest: string): boolean {
  const words = rest.trim().split(/\s+/);
  if (rest.trim() === '' || !/^\s/.test(rest)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w)) && isCompanySuffix(words[words.length - 1].replace(/[.,]$/, ''));
}

/** Capitalised words that commonly stand before or after a surname without being part of it. */
function isSentenceStartWord(word: string): boolean {
  return stripTitles(`${word} X`).name === 'X' || /^(But|And|As|When|While|If|After|Before|Said|Says|On|In|At|The|Mr|Mrs|Ms|Dr)$/.test(word);
}
