/**
 * Titles that precede (or, in appositions, follow) people's names in news:
 * "Foreign Minister Sergei Lavrov", "U.S. Treasury Secretary Henry Paulson",
 * "Gazprom chief executive Alexei Miller", "Sen. John McCain".
 *
 * A title phrase is parsed on whitespace tokens with a small grammar:
 *
 *   PHRASE   := PREFIX* MODIFIER* CORE
 *   PREFIX   := a capitalized token that is not a title word ("U.S.", "Russian",
 *               "Russia's", "Gazprom", "Federal", "Reserve"), at most 3, only
 *               when a CORE follows; the roles stage maps them to a country or
 *               organization
 *   MODIFIER := "former", "acting", "deputy", "vice", ... (TIME_MODIFIERS are
 *               dropped from the title, RANK_MODIFIERS are kept: "Deputy Prime Minister")
 *   CORE     := the longest entry of TITLE_PHRASES, or DEPARTMENT-word + a
 *               GENERIC_HEAD ("Energy Minister", "Treasury Secretary"), or
 *               "Secretary of" + DEPARTMENT ("Secretary of the Treasury")
 *
 * Pure functions, no I/O.
 */

/** Multi-word and single-word titles, in their canonical Title Case. */
export const TITLE_PHRASES: readonly string[] = [
  // heads of state and government
  'President', 'President-elect', 'Vice President', 'Vice-President', 'Prime Minister',
  'Prime Minister-designate', 'Premier', 'Vice Premier', 'Chancellor', 'Vice Chancellor',
  'Chief Executive', 'Head of State', 'Supreme Leader', 'Leader', 'Opposition Leader',
  'Governor-General', 'Governor General', 'First Lady', 'Taoiseach',
  // royalty and religion
  'King', 'Queen', 'Crown Prince', 'Prince', 'Princess', 'Emir', 'Sheikh', 'Sultan',
  'Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Ayatollah', 'Grand Ayatollah', 'Rabbi',
  'Imam', 'Patriarch',
  // ministers and cabinet
  'Minister', 'Foreign Minister', 'Finance Minister', 'Defence Minister', 'Defense Minister',
  'Minister of State', 'State Secretary', 'Secretary of State', 'Secretary', 'Secretary-General',
  'Secretary General', 'Under Secretary', 'Undersecretary', 'Assistant Secretary',
  'Deputy Secretary', 'Foreign Secretary', 'Home Secretary', 'Press Secretary',
  'Attorney General', 'Solicitor General', 'Chief of Staff', 'National Security Adviser',
  'National Security Advisor', 'Chancellor of the Exchequer',
  // legislators and officials
  'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Speaker',
  'House Speaker', 'Majority Leader', 'Minority Leader', 'Senate Majority Leader',
  'Senate Minority Leader', 'Lawmaker', 'Legislator', 'Mayor', 'Governor', 'Gov.',
  'Lt. Gov.', 'Lieutenant Governor', 'Judge', 'Justice', 'Chief Justice', 'Prosecutor',
  'Chief Prosecutor', 'Ambassador', 'Envoy', 'Special Envoy', 'Commissioner',
  'High Representative', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Adviser', 'Advisor',
  'Aide', 'Negotiator', 'Chief Negotiator', 'MEP', 'MP', 'Deputy', 'Democrat', 'Republican',
  'Trade Representative', 'Analyst', 'Economist', 'Strategist', 'Treasurer', 'Comptroller',
  'Comptroller of the Currency', 'Superintendent', 'Counsel', 'General Counsel', 'Advocate', 'Advocate General',
  // central banks, companies, international bodies
  'Central Bank Governor', 'Deputy Governor', 'Chairman', 'Chairwoman', 'Chair',
  'Vice Chairman', 'Chief Executive Officer', 'CEO', 'Chief Financial Officer', 'CFO',
  'Chief Operating Officer', 'COO', 'Chief Economist', 'Managing Director', 'Director',
  'Director-General', 'Director General', 'Executive Director', 'Founder', 'Co-founder',
  'Head', 'Chief', 'Boss', 'Executive Vice President', 'Senior Vice President',
  // military
  'General', 'Gen.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Lieutenant General',
  'Major General', 'Brigadier General', 'Col.', 'Colonel', 'Lt.', 'Capt.', 'Captain',
  'Adm.', 'Admiral', 'Commander', 'Field Marshal', 'Marshal',
  // honorifics
  'Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr.', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady',
  'Baroness', 'Madame', 'Monsieur', 'Herr', 'Frau', 'Signor', 'Senor',
];

/** Honorifics: stripped from names, but not roles anyone holds. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr.', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Madame', 'Monsieur', 'Herr', 'Frau', 'Signor', 'Senor',
]);

/** Heads that combine with a department word: "Energy Minister", "Treasury Secretary". */
const GENERIC_HEADS = ['Minister', 'Secretary', 'Commissioner', 'Spokesman', 'Spokeswoman', 'Czar', 'Tsar'];

/** Department words seen before a generic head or after "Secretary of". */
export const DEPARTMENT_WORDS: ReadonlySet<string> = new Set(
  [
    'foreign', 'finance', 'defence', 'defense', 'interior', 'trade', 'economy', 'economic',
    'economics', 'energy', 'oil', 'petroleum', 'industry', 'commerce', 'treasury', 'justice',
    'health', 'education', 'agriculture', 'labour', 'labor', 'environment', 'transport',
    'transportation', 'culture', 'tourism', 'information', 'communications', 'housing',
    'home', 'state', 'war', 'security', 'intelligence', 'budget', 'planning', 'development',
    'mining', 'mines', 'water', 'power', 'telecommunications', 'fisheries', 'immigration',
    'european', 'europe', 'foreign affairs', 'homeland', 'veterans', 'affairs', 'navy',
    'army', 'employment', 'social', 'welfare', 'science', 'technology', 'sports', 'youth',
    'climate', 'cabinet', 'press', 'treasury', 'exchequer', 'external', 'economy',
  ],
);

/** Dropped from the title: "former President X" holds no current title, "acting" is kept out for one canonical title. */
export const TIME_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'ex', 'ex-', 'then', 'then-', 'acting', 'interim', 'outgoing', 'incoming',
  'retiring', 'late', 'new', 'newly', 'current', 'caretaker', 'veteran', 'top', 'senior',
  'powerful', 'influential', 'embattled', 'visiting',
]);

/** Kept in the title: "Deputy Prime Minister", "First Vice President". */
export const RANK_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy', 'vice', 'first', 'assistant', 'associate', 'joint', 'co', 'chief', 'principal',
]);

/** Names in which a title word is not a title ("General Motors"). */
const NOT_A_TITLE_BEFORE: ReadonlySet<string> = new Set([
  'motors', 'electric', 'dynamics', 'mills', 'assembly', 'secretariat',
]);

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'on', 'to']);

const norm = (w: string): string => w.toLowerCase().replace(/[’]/g, "'");
/** Token without trailing punctuation that is not part of an abbreviation. */
const bare = (w: string): string => w.replace(/[,;:]+$/, '');

/** phrase (lowercase tokens joined by ' ') -> canonical title */
const PHRASE_INDEX = new Map<string, string>();
/** A phrase's first word -> the most words of a phrase starting with it (matchCore tries no longer key). */
const PHRASE_FIRST_MAX = new Map<string, number>();
for (const t of TITLE_PHRASES) {
  PHRASE_INDEX.set(norm(t), t);
  const words = norm(t).split(' ');
  PHRASE_FIRST_MAX.set(words[0], Math.max(PHRASE_FIRST_MAX.get(words[0]) ?? 0, words.length));
}

/** A generic head by its normalised form (the first of the list that has it). */
const GENERIC_HEAD_BY_NORM = new Map<string, string>();
for (const g of GENERIC_HEADS) if (!GENERIC_HEAD_BY_NORM.has(norm(g))) GENERIC_HEAD_BY_NORM.set(norm(g), g);

/** Every word that only occurs in names as part of a title. */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  [
    ...TITLE_PHRASES.flatMap((t) => norm(t).split(' ')),
    ...GENERIC_HEADS.map(norm),
    ...RANK_MODIFIERS,
    ...TIME_MODIFIERS,
    ...[...DEPARTMENT_WORDS].filter((w) => !w.includes(' ')),
  ].filter((w) => !SMALL_WORDS.has(w) && !['state', 'head', 'new', 'late', 'top', 'chair', 'power', 'home', 'water', 'war', 'first', 'co', 'ex', 'then', 'lady', 'miss', 'justice', 'judge'].includes(w)),
);

/** Every word that ends a title: "President", "Minister", "Officer", "Governor"; not "Bank", "Financial", "Energy". */
const TITLE_HEADS: ReadonlySet<string> = new Set([...TITLE_PHRASES.map((t) => norm(t).split(' ').pop()!), ...GENERIC_HEADS.map(norm)]);

/** True when the word (as written in a name span, any case) can end a title ("Executive", "Governor"), not only stand inside one ("Bank" of "Central Bank Governor"). */
export function isTitleHead(word: string): boolean {
  return TITLE_HEADS.has(norm(bare(word.trim())));
}

/** True when the word is a title's rank or time ("Senior", "Vice", "Deputy", "Former"): a title goes on after it. */
export function isTitleModifier(word: string): boolean {
  const w = norm(bare(word.trim()));
  return RANK_MODIFIERS.has(w) || TIME_MODIFIERS.has(w);
}

/** True when the word (as written in a name span, any case) belongs to a title: "President", "Minister", "Sen.", "Foreign". */
export function isTitleWord(word: string): boolean {
  const w = norm(bare(word.trim()));
  return w.length > 0 && TITLE_WORDS.has(w);
}

/** "foreign minister" -> "Foreign Minister"; "secretary of state" -> "Secretary of State"; "CEO" stays. */
export function normalizeTitle(title: string): string {
  const canon = PHRASE_INDEX.get(norm(title.trim()));
  if (canon) return canon;
  return title
    .trim()
    .split(/\s+/)
    .map((w, i) => {
      const lw = w.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lw)) return lw;
      if (/^[A-Z.]{2,}$/.test(w)) return w; // CEO, U.S.
      return lw.replace(/(^|-)(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

export interface TitleMatch {
  /** Tokens consumed (index of the first token after the title). */
  end: number;
  /** Canonical title, Title Case, without time modifiers ("former"). */
  title: string;
  /** Index range [prefixStart, prefixEnd) of capitalized prefix tokens (country/org words). */
  prefixStart: number;
  prefixEnd: number;
  /** True if the title is an honorific only (Mr., Dr.). */
  honorific: boolean;
  /** True if a modifier says the title is no longer held ("former", "ex-", "then-", "late"). */
  past: boolean;
}

/** A rank modifier's spelling that is a company's legal suffix after a capitalised name ("Co", as in "Walt Disney Co"). */
const SUFFIX_NOT_RANK: ReadonlySet<string> = new Set(['Co', 'Co.']);

/** Modifiers that say the title is not held any more. */
const PAST_MODIFIERS: ReadonlySet<string> = new Set(['former', 'ex', 'then', 'late']);

const isCapitalized = (w: string): boolean => /^[\p{Lu}]/u.test(w);

/** Longest CORE title starting at token i (no prefix, no modifiers). Returns [end, title]. */
function matchCore(tokens: string[], i: number): [number, string] | undefined {
  // 1. lexicon, longest first (no longer than a phrase starting with this word)
  const firstMax = i < tokens.length ? (PHRASE_FIRST_MAX.get(norm(bare(tokens[i]))) ?? 0) : 0;
  for (let len = Math.min(firstMax, tokens.length - i); len >= 1; len--) {
    const words = tokens.slice(i, i + len);
    // only the last token may carry a trailing comma
    if (words.slice(0, -1).some((w) => /[,;:]$/.test(w))) continue;
    const key = norm(words.map(bare).join(' '));
    const canon = PHRASE_INDEX.get(key);
    if (canon) {
      // "Secretary of" + department: "Secretary of the Treasury", "Secretary of Homeland Security"
      if (/^(secretary|minister)$/i.test(canon) && i + len < tokens.length && norm(tokens[i + len]) === 'of') {
        let j = i + len + 1;
        const dept: string[] = [];
        if (j < tokens.length && norm(tokens[j]) === 'the') j++;
        while (j < tokens.length && DEPARTMENT_WORDS.has(norm(bare(tokens[j]))) && dept.length < 3) {
          dept.push(bare(tokens[j]));
          if (bare(tokens[j]) !== tokens[j]) { j++; break; }
          j++;
        }
        if (dept.length > 0) {
          const withThe = norm(tokens[i + len + 1]) === 'the' ? 'the ' : '';
          return [j, normalizeTitle(`${canon} of ${withThe}${dept.join(' ')}`)];
        }
      }
      return [i + len, canon];
    }
  }
  // 2. department word(s) + generic head: "Energy Minister", "Foreign Affairs Minister"
  for (let d = 1; d <= 3 && i + d < tokens.length; d++) {
    const depts = tokens.slice(i, i + d);
    if (depts.some((w) => bare(w) !== w)) break;
    if (!depts.every((w) => DEPARTMENT_WORDS.has(norm(w)) || norm(w) === 'and')) break;
    const head = bare(tokens[i + d]);
    const h = GENERIC_HEAD_BY_NORM.get(norm(head));
    if (h) return [i + d + 1, normalizeTitle(`${depts.join(' ')} ${h}`)];
  }
  return undefined;
}

/**
 * Parses a title phrase starting at token i: PREFIX* MODIFIER* CORE, repeated
 * ("Russian Deputy Prime Minister and Finance Minister" keeps the last core).
 * `tokens` are words without whitespace (the tokenizer's, or text split on spaces).
 */
export function matchTitle(tokens: string[], i: number): TitleMatch | undefined {
  let best: TitleMatch | undefined;
  let past = false;
  let k = i;
  let prefixStart = i;
  let prefixEnd = i;
  // capitalized prefix tokens (country/organization words), at most 3, only if a title follows
  let p = k;
  while (p < tokens.length && p - k < 3 && isCapitalized(tokens[p]) && !isTitleStart(tokens, p) && bare(tokens[p]) === tokens[p]) p++;
  // "Walt Disney Co CEO": a firm's legal suffix written right after its name is the firm's, not the rank "co-".
  if (p > k && p < tokens.length && SUFFIX_NOT_RANK.has(tokens[p]) && isTitleStart(tokens, p + 1)) p++;
  if (p > k && isTitleStart(tokens, p)) {
    prefixStart = k;
    prefixEnd = p;
    k = p;
  }
  for (;;) {
    const rank: string[] = [];
    let j = k;
    while (j < tokens.length) {
      const w = norm(tokens[j]).replace(/-$/, '');
      if (TIME_MODIFIERS.has(w) || TIME_MODIFIERS.has(w + '-')) { if (PAST_MODIFIERS.has(w)) past = true; j++; continue; }
      if (RANK_MODIFIERS.has(w) && bare(tokens[j]) === tokens[j] && matchCore(tokens, j + 1)) { rank.push(bare(tokens[j])); j++; continue; }
      // "then-Prime", "ex-President": a hyphenated time modifier glued to the title
      const glued = /^(former|ex|then)-(.+)$/i.exec(tokens[j]);
      if (glued && matchCore([glued[2], ...tokens.slice(j + 1)], 0)) {
        past = true;
        const core = matchCore([glued[2], ...tokens.slice(j + 1)], 0)!;
        return finish(j + core[0], [...rank, core[1]].join(' '));
      }
      break;
    }
    const core = matchCore(tokens, j);
    if (!core) break;
    const [end, title] = core;
    if (end < tokens.length && NOT_A_TITLE_BEFORE.has(norm(bare(tokens[end])))) break;
    const full = normalizeTitle([...rank, title].join(' '));
    best = finish(end, full);
    k = end;
    // "Prime Minister and Finance Minister", "President and Chief Executive"
    if (k + 1 < tokens.length && norm(tokens[k]) === 'and' && matchCore(tokens, k + 1)) { k++; continue; }
    if (bare(tokens[k - 1]) !== tokens[k - 1]) break; // comma ends the phrase
    // a second title directly after ("Mr. President"? rare) or "General Secretary": keep scanning
    if (k < tokens.length && matchCore(tokens, k) && !isCapitalizedNameAhead(tokens, k)) continue;
    break;
  }
  return best;

  function finish(end: number, title: string): TitleMatch {
    return { end, title, prefixStart, prefixEnd, honorific: HONORIFICS.has(title), past };
  }
}

function isCapitalizedNameAhead(tokens: string[], k: number): boolean {
  return k < tokens.length && isCapitalized(tokens[k]) && !isTitleWord(tokens[k]);
}

function isTitleStart(tokens: string[], j: number): boolean {
  if (j < tokens.length && matchCore(tokens, j)) return true;
  let k = j;
  while (k < tokens.length && (TIME_MODIFIERS.has(norm(tokens[k])) || RANK_MODIFIERS.has(norm(tokens[k])))) k++;
  return matchCore(tokens, k) !== undefined || /^(former|ex|then)-/i.test(tokens[j] ?? '');
}

/**
 * Strips leading titles (and the country/organization words that qualify them)
 * from a name span: "Foreign Minister Sergei Lavrov" -> {name: "Sergei Lavrov",
 * title: "Foreign Minister"}; "U.S. Treasury Secretary Henry Paulson" ->
 * {name: "Henry Paulson", title: "Treasury Secretary"}. A name is never
 * stripped to nothing, and only when what remains starts with a capital
 * ("Dean Cheng", "John Major" and "Prince" alone stay as they are).
 */
export function stripTitles(name: string): { name: string; title?: string } {
  const original = name.trim().replace(/\s+/g, ' ');
  const tokens = original.split(' ');
  let i = 0;
  let title: string | undefined;
  let honorificOnly: string | undefined;
  for (;;) {
    const m = matchTitle(tokens, i);
    if (!m || m.end >= tokens.length) break;
    const rest = tokens[m.end];
    if (!isCapitalized(rest)) break;
    i = m.end;
    if (m.honorific) honorificOnly ??= m.title;
    else title = m.title;
  }
  if (i === 0) return { name: original };
  const rest = tokens.slice(i).join(' ').replace(/^,\s*/, '');
  const t = title ?? honorificOnly;
  return t ? { name: rest, title: t } : { name: rest };
}

/**
 * The title phrase that ends right before `pos` in `text` (whitespace and an
 * optional comma between), e.g. for "U.S. Secretary of State Hillary Clinton"
 * and the offset of "Hillary": title "Secretary of State", prefix "U.S.".
 * Offsets are into `text`.
 */
export function titleBefore(
  text: string,
  pos: number,
): { title: string; start: number; end: number; prefixStart: number; prefixEnd: number; honorific: boolean; past: boolean } | undefined {
  const windowStart = Math.max(0, pos - 120);
  let win = text.slice(windowStart, pos);
  // stay inside the clause: cut at sentence/clause punctuation other than the abbreviation dots
  const cut = Math.max(win.lastIndexOf('; '), win.lastIndexOf('. '), win.lastIndexOf('"'), win.lastIndexOf('('), win.lastIndexOf('\n'), win.lastIndexOf(' -- '));
  let offset = windowStart;
  if (cut >= 0) {
    const dotAbbrev = win[cut] === '.' && /(?:^|\s)(?:[A-Z]\.)+$|(?:Sen|Rep|Gov|Gen|Lt|Maj|Brig|Col|Capt|Adm|Mr|Mrs|Ms|Dr|Prof|St)\.$/.test(win.slice(0, cut + 1));
    if (!dotAbbrev) {
      offset = windowStart + cut + 1;
      win = win.slice(cut + 1);
    }
  }
  const toks: Array<{ w: string; s: number; e: number }> = [];
  for (const m of win.matchAll(/\S+/g)) toks.push({ w: m[0], s: offset + m.index!, e: offset + m.index! + m[0].length });
  if (toks.length === 0) return undefined;
  // the gap between the last token and pos must be whitespace only
  if (text.slice(toks[toks.length - 1].e, pos).trim() !== '') return undefined;
  const words = toks.map((t) => t.w);
  let best: ReturnType<typeof titleBefore>;
  for (let j = toks.length - 1; j >= Math.max(0, toks.length - 12); j--) {
    const m = matchTitle(words, j);
    if (m && m.end === words.length) {
      const prefixStart = m.prefixEnd > m.prefixStart ? toks[m.prefixStart].s : toks[j].s;
      const prefixEnd = m.prefixEnd > m.prefixStart ? toks[m.prefixEnd - 1].e : toks[j].s;
      const titleStart = toks[m.prefixEnd > m.prefixStart ? m.prefixEnd : j].s;
      best = { title: m.title, start: titleStart, end: toks[toks.length - 1].e, prefixStart, prefixEnd, honorific: m.honorific, past: m.past };
    }
  }
  return best;
}
