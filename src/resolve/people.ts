import { foldName, slugify } from '../article/names.js';
import { displayPersonName } from '../extract/ner/truecase.js';
import { stripTitles } from '../extract/titles.js';
import type { PersonRef, Sentence, Span, Token } from '../extract/types.js';

/**
 * In-document resolution of person mentions: one person per real individual,
 * named by the fullest form the article uses ("Foreign Minister Sergei Lavrov" and
 * "Lavrov" are both Sergei Lavrov), with every occurrence as a mention.
 */

export interface ResolvedPerson extends PersonRef {
  aliases: string[];
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Lower-case particles that belong inside names ("Ursula von der Leyen", "Luiz Inacio Lula da Silva"). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'dos', 'du']);

const ADMINISTRATION_AFTER = /^(?:['’]s)?\s+[Aa]dministration\b/;

interface Candidate {
  start: number;
  end: number;
  name: string;
  tokens: string[];
}

/** Trims punctuation, possessives and titles off a PER span, keeping offsets exact. */
export function cleanPersonSpan(text: string, span: Span): Candidate | null {
  let start = span.start;
  let end = span.end;
  const raw = () => text.slice(start, end);
  while (start < end && /[\s"'“”‘’(\[,;:.\-–—]/.test(text[start])) start++;
  while (end > start && /[\s"“”’)\],;:\-–—]/.test(text[end - 1])) end--;
  const poss = /['’]s?$/.exec(raw());
  if (poss) end -= poss[0].length;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  const stripped = stripTitles(raw());
  if (stripped.name !== raw()) {
    const idx = raw().lastIndexOf(stripped.name);
    if (idx < 0) return null;
    start += idx;
    end = start + stripped.name.length;
  }
  const name = raw().replace(/\s+/g, ' ').trim();
  if (!/\p{Lu}/u.test(name) || name.length < 2) return null;
  const tokens = name.split(' ');
  // A name is capitalised words, initials and particles; anything else is not a person's name.
  if (!tokens.every((t) => /^[\p{Lu}\p{Lt}][\p{L}\p{M}.'’\-]*$/u.test(t) || PARTICLES.has(t.toLowerCase()))) return null;
  return { start, end, name, tokens };
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
}

function fuller(a: Candidate, b: Candidate): Candidate {
  if (b.tokens.length !== a.tokens.length) return b.tokens.length > a.tokens.length ? b : a;
  return b.name.length > a.name.length ? b : a;
}

export function resolvePeople(text: string, spans: Span[], opts: { exclude?: Span[]; sentences?: Sentence[] } = {}): ResolvedPerson[] {
  const exclude = opts.exclude ?? [];
  const candidates = spans
    .map((s) => cleanPersonSpan(text, s))
    .filter((c): c is Candidate => c !== null && !exclude.some((x) => c.start >= x.start && c.end <= x.end))
    .sort((x, y) => x.start - y.start);

  const clusters: Cluster[] = [];
  const add = (cl: Cluster, c: Candidate) => {
    cl.canonical = fuller(cl.canonical, c);
    cl.forms.set(c.name, (cl.forms.get(c.name) ?? 0) + 1);
    cl.mentions.push({ start: c.start, end: c.end });
  };

  // Full names first, so a surname in the headline still finds the full name given later.
  // "Van Rompuy", "de Gaulle": particles and a surname are a surname, not a first and last name.
  const surnameForm = (c: Candidate) => c.tokens.slice(0, -1).every((t) => PARTICLES.has(t.toLowerCase()));
  const isFull = (c: Candidate) => coreTokens(c.tokens).length >= 2 && !surnameForm(c);
  for (const c of candidates.filter(isFull)) {
    const home = clusters.find((cl) => compatibleFullNames(cl.canonical.tokens, c.tokens));
    if (home) add(home, c);
    else clusters.push({ canonical: c, forms: new Map([[c.name, 1]]), mentions: [{ start: c.start, end: c.end }] });
  }
  for (const c of candidates.filter((c) => !isFull(c))) {
    const key = foldName(c.name);
    const endsWith = (tokens: string[]) => foldName(tokens.slice(-c.tokens.length).join(' ')) === key;
    const bySurname = clusters.filter((cl) => cl.canonical.tokens.length > c.tokens.length && endsWith(cl.canonical.tokens));
    // Family name first ("Wen" for Wen Jiabao, "Ban" for Ban Ki-moon) when no surname matches.
    const pool = bySurname.length > 0 ? bySurname : clusters.filter((cl) => cl.canonical.tokens.length >= 2 && coreTokens(cl.canonical.tokens)[0] === key && cl.canonical.tokens.length === 2);
    const same = clusters.find((cl) => foldName(cl.canonical.name) === key);
    if (pool.length > 0) add(nearestBefore(pool, c.start), c);
    else if (same) add(same, c);
    else clusters.push({ canonical: c, forms: new Map([[c.name, 1]]), mentions: [{ start: c.start, end: c.end }] });
  }

  if (opts.sentences) propagate(opts.sentences, clusters, exclude);

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

/** The cluster mentioned most recently before `pos` (else the first one mentioned). */
function nearestBefore(pool: Cluster[], pos: number): Cluster {
  let best = pool[0];
  let bestPos = -1;
  for (const cl of pool) {
    const last = Math.max(-1, ...cl.mentions.filter((m) => m.start < pos).map((m) => m.start));
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

/**
 * Document-level consistency: a name tagged once is the same person everywhere
 * in the article, so untagged repeats of the full name or the (unshared) surname
 * become mentions too. Matches whole tokens of the article's sentences: no
 * per-article regular expressions to compile.
 */
function propagate(sentences: Sentence[], clusters: Cluster[], exclude: Span[]): void {
  const taken: Array<{ start: number; end: number }> = clusters.flatMap((cl) => cl.mentions);
  const isTaken = (start: number, end: number) => taken.some((t) => start < t.end && end > t.start);
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
    while (from > 1 && PARTICLES.has(toks[from - 1].toLowerCase())) from--;
    const surname = toks.slice(from).join(' ');
    const forms = new Set(cl.forms.keys());
    const addSurname = surnameOwners.get(surnameOf(cl.canonical.tokens)) === 1 && surname.length > 2;
    if (addSurname) forms.add(surname);
    for (const f of forms) {
      const words = f.split(' ');
      const list = byFirst.get(words[0]) ?? [];
      list.push({ words, cluster: cl, surnameOnly: addSurname && f === surname });
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
        if (isTaken(start, end) || exclude.some((x) => start >= x.start && end <= x.end)) break;
        // Part of a longer capitalised name ("Bill Clinton" is not Hillary Clinton's mention).
        const before = toks[i - 1];
        const after = toks[i + words.length];
        const capitalised = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text) && !isSentenceStartWord(t.text);
        if (surnameOnly && (capitalised(before) || capitalised(after))) break;
        cluster.mentions.push({ start, end });
        taken.push({ start, end });
        break;
      }
    }
  }
}

/** Capitalised words that commonly stand before or after a surname without being part of it. */
function isSentenceStartWord(word: string): boolean {
  return stripTitles(`${word} X`).name === 'X' || /^(But|And|As|When|While|If|After|Before|Said|Says|On|In|At|The|Mr|Mrs|Ms|Dr)$/.test(word);
}
