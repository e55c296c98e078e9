/**
 * Speaker labels in capitals ("EU COMMISSION PRESIDENT JOSE MANUEL BARROSO:" over a quote in a
 * Reuters factbox) hide from a tagger trained on mixed case the cue names carry most. Their
 * words are shown to the tagger as the Reuters corpus writes them in running text (its
 * capitalisation statistics, `capStat`): acronyms stay in capitals, words mostly lower-case
 * mid-sentence go to lower case, the rest (names, unknown words) to title case. Only the
 * tagger's view changes: offsets and the article's text stay as they are. Names found only in
 * capitals are shown in the article's own mixed case, else in title case with acronyms kept
 * (displayPersonName, displayOrganizationName).
 */

const ALL_CAPS = /^\p{Lu}[\p{Lu}'’.\-]*\p{Lu}$/u;
const LOWER = /\p{Ll}/u;
/** Inside a run: a lone capital or initial ("AT A NEWS CONFERENCE", "ARNOLD G. LANGBO") and joining signs. */
const IN_RUN = /^(?:\p{Lu}\.?|&|\/|-)$/u;

function titleCase(word: string): string {
  // Each part after a hyphen, apostrophe or dot too: "JEAN-CLAUDE" → "Jean-Claude", "O'NEILL" → "O'Neill", "T.J." → "T.J.".
  return word.toLowerCase().replace(/(^|[-'’.])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Short words a name or title in title case keeps in lower case: "Minister of State for Trade and Industry". */
const FUNCTION_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'de', 'for', 'from', 'in', 'of', 'on', 'the', 'to', 'with']);

/**
 * How a label's word would be written in mixed case: an acronym (mostly in capitals in the Reuters
 * corpus: EU, IMF, CMC) as it is, a short function word in lower case, anything else in title case
 * (a label names people, titles, firms and places: "Senior Economist, Decision Economics, New York").
 */
function labelCase(word: string, capStat: ReadonlyMap<string, string>): string {
  if (capStat.get(word.toLowerCase())?.endsWith('A')) return word;
  if (FUNCTION_WORDS.has(word.toLowerCase())) return word.toLowerCase();
  return titleCase(word);
}

/**
 * How a word is usually written in running text, by the corpus's statistics: an acronym as it is,
 * a word mostly lower-case mid-sentence ("senior", "economist", "and") in lower case, the rest
 * (names, unknown words) in title case. Used for the tagger's view, where a label should read as
 * the same words would in a sentence ("Pierre Ellis, senior economist, …").
 */
function usualCase(word: string, capStat: ReadonlyMap<string, string>): string {
  const stat = capStat.get(word.toLowerCase());
  if (stat?.endsWith('A')) return word;
  if (stat !== undefined && (stat[0] === '0' || stat[0] === '1')) return word.toLowerCase();
  return titleCase(word);
}

/** A word that reads as an acronym though the corpus statistics do not know it: short and without a vowel (HSBC, BNP, FX). */
const NO_VOWEL_ACRONYM = /^[B-DF-HJ-NP-TV-XZ]{2,5}$/;

/** The usual case of a word of a stretch in capitals; the first of a sentence capitalised as a sentence's first word is. */
function restore(word: string, first: boolean, capStat: ReadonlyMap<string, string>): string {
  if (NO_VOWEL_ACRONYM.test(word)) return word;
  const w = usualCase(word, capStat);
  return first && w === word.toLowerCase() ? titleCase(word) : w;
}

/** A clitic the tokenizer splits off a word in capitals: "'S", "N'T", "'LL". */
const CLITIC = /^(?:['’]\p{Lu}{1,2}|N['’]T)$/u;

/** A dateline's date or time among words[a..end): "1996-08-30", "10/27", "09:30". */
function hasDate(words: readonly string[], a: number, end: number): boolean {
  for (let i = a; i < end; i++) if (/^\d+[-/:.]\d+(?:[-/:.]\d+)?$/.test(words[i])) return true;
  return false;
}

/** Stretches of at least this many words in capitals inside a mixed-case sentence are read in their usual case. */
const MIN_RUN = 3;

/** The end of the run of words in capitals starting at i (i itself when words[i] is not in capitals), at most `end`. */
function capsRunEnd(words: readonly string[], i: number, end: number): number {
  if (!ALL_CAPS.test(words[i])) return i;
  let j = i + 1;
  while (j < end && (ALL_CAPS.test(words[j]) || IN_RUN.test(words[j]))) j++;
  return j;
}

/**
 * The tagger's view of `words` (a document's tokens, sentence after sentence; `starts` the index
 * of each sentence's first token): in a document mostly in mixed case, the stretches written in
 * capitals put in their usual case, as a reader reads them. Offsets do not move: only words
 * change, never their number. A stretch is
 * - a sentence all in capitals: a heading ("BUYERS IN THE WINGS"), a speaker line over a quote
 *   ("REPUBLICAN SENATOR JOHN MCCAIN", "CHRISTINE LAGARDE ON IRELAND"), a headline;
 * - in a mixed-case sentence, a run of all-capital words before a colon, or such runs joined by
 *   commas ("FRENCH PRESIDENT NICOLAS SARKOZY:", "PIERRE ELLIS, SENIOR ECONOMIST, DECISION
 *   ECONOMICS, NEW YORK:"), the form of quote lists and factboxes;
 * - in a mixed-case sentence, any other run of three or more all-capital words ("COMMENTS BEFORE
 *   THE MEETING BELGIAN FINANCE MINISTER DIDIER REYNDERS ON BANKS"). Shorter runs (datelines
 *   "NEW YORK, Oct 27", tickers, acronyms) stay as written.
 * Each word is written as the Reuters corpus writes it in running text (usualCase: acronyms kept,
 * words mostly lower-case in lower case, names and unknown words in title case). In a document
 * mostly in capitals (a bulletin) only speaker labels are: the tagger reads the rest as trained.
 * Returns `words` itself when nothing changes.
 */
export function truecaseView(words: readonly string[], starts: ArrayLike<number>, capStat: ReadonlyMap<string, string>): readonly string[] {
  // Mostly in mixed case: more words with a lower-case letter than words in capitals.
  let lower = 0;
  let caps = 0;
  for (const w of words) {
    if (LOWER.test(w)) lower++;
    else if (ALL_CAPS.test(w)) caps++;
  }
  if (caps === 0) return words;
  const mostlyMixed = lower > caps;
  const capsIn = (i: number, j: number) => {
    let n = 0;
    for (let k = i; k < j; k++) if (ALL_CAPS.test(words[k])) n++;
    return n;
  };
  let out: string[] | null = null;
  for (let s = 0; s < starts.length; s++) {
    const a = starts[s];
    const end = s + 1 < starts.length ? starts[s + 1] : words.length;
    let mixed = false;
    for (let i = a; i < end && !mixed; i++) mixed = LOWER.test(words[i]);
    if (!mixed) {
      // The document's headline stays as written: the tagger learned headlines in capitals from CoNLL's.
      // So do a line of one word in capitals (a label: "COMMENTS") and a dateline ("PANAMA CITY 1996-08-30").
      if (!mostlyMixed || s === 0 || capsIn(a, end) < 2 || hasDate(words, a, end)) continue;
      // A sentence in capitals: every word in its usual case, the first capitalised.
      let first = true;
      for (let i = a; i < end; i++) {
        const w = words[i];
        if (ALL_CAPS.test(w)) {
          out ??= [...words];
          out[i] = restore(w, first, capStat);
        } else if ((w === 'A' && !first) || CLITIC.test(w)) {
          // the article "A", not an initial ("A." is one token); "'S", "N'T"
          out ??= [...words];
          out[i] = w.toLowerCase();
        }
        if (/\p{L}/u.test(w)) first = false;
      }
      continue;
    }
    for (let i = a; i < end; ) {
      const j = capsRunEnd(words, i, end);
      if (j === i) {
        i++;
        continue;
      }
      // NAME: or NAME, TITLE, FIRM, CITY: (runs joined by commas, ending at a colon), an age among them ("NAME, 29, ACCOUNTANT IN MILAN:")
      let last = j;
      while (words[last] === ',' && last + 1 < end) {
        if (/^\d{1,3}$/.test(words[last + 1]) && words[last + 2] === ',') {
          last += 2;
          continue;
        }
        const k = capsRunEnd(words, last + 1, end);
        if (k === last + 1) break;
        last = k;
      }
      // Not a label, the comma-joined runs are still one stretch when long enough ("OLLI REHN, EU COMMISSIONER FOR ECONOMIC POLICY (").
      if (words[last] === ':' || (mostlyMixed && capsIn(i, last) >= MIN_RUN)) {
        out ??= [...words];
        // NAME, TITLE, ...: the first of several parts names the speaker, its words names' words ("GEORGE BALL, CHAIRMAN").
        const speakerEnd = last > j ? j : i;
        for (let k = i; k < last; k++) {
          if (!ALL_CAPS.test(words[k])) continue;
          out[k] = k < speakerEnd && !NO_VOWEL_ACRONYM.test(words[k]) ? labelCase(words[k], capStat) : restore(words[k], k === a, capStat);
        }
        i = last;
      } else i = j;
    }
  }
  return out ?? words;
}

/**
 * A stretch's first word that the tagger should not take as a name on its own: restored to
 * capitals only because it starts the stretch, the corpus writing it in lower case at least as
 * often as capitalised ("GREEN LIGHT FOR EMBRAER": "Green"). A name there is longer ("BILL
 * CLINTON") or a word the corpus capitalises ("MERKEL").
 */
export function weakStretchStart(word: string, view: string, capStat: ReadonlyMap<string, string>): boolean {
  if (view === word || !ALL_CAPS.test(word)) return false;
  const stat = capStat.get(word.toLowerCase());
  return stat !== undefined && stat[0] <= '2' && !stat.endsWith('A');
}

/** A word the corpus mostly writes in lower case mid-sentence ("TALKS", "deal"): not a name's word when seen in capitals. */
export function usuallyLowerCase(word: string, capStat: ReadonlyMap<string, string>): boolean {
  const stat = capStat.get(word.toLowerCase());
  return stat !== undefined && (stat[0] === '0' || stat[0] === '1');
}

const hasLower = (s: string) => LOWER.test(s);

/** The article's own mixed-case form of a name written all in capitals; undefined when it has none or the name is not in capitals. */
function mixedCaseForm(name: string, forms: Iterable<string>, sameName: (a: string, b: string) => boolean): string | undefined {
  for (const f of forms) if (hasLower(f) && sameName(f, name)) return f;
  return undefined;
}

const inCapitals = (name: string) => !hasLower(name) && /\p{Lu}/u.test(name);

/** A name's word in title case, "Mc" names as they are written: "MCCAIN" → "McCain". */
function nameCase(word: string): string {
  return titleCase(word).replace(/^Mc(\p{Ll})/u, (_, c: string) => 'Mc' + c.toUpperCase());
}

/**
 * A person's name to show when the article wrote it all in capitals ("JOSE MANUEL BARROSO"
 * over a factbox quote): its own mixed-case form of the name if it has one; else word by word,
 * each as another of the person's mentions writes it in mixed case ("JOHN MCCAIN" beside a later
 * "McCain": "John McCain"), the rest in title case.
 */
export function displayPersonName(name: string, forms: Iterable<string>, sameName: (a: string, b: string) => boolean): string {
  if (!inCapitals(name)) return name;
  const all = [...forms];
  const whole = mixedCaseForm(name, all, sameName);
  if (whole) return whole;
  const words = new Map<string, string>();
  for (const f of all) if (hasLower(f)) for (const w of f.split(/\s+/)) if (hasLower(w)) words.set(w.toLowerCase(), w);
  return name.replace(/\S+/g, (w) => words.get(w.toLowerCase()) ?? nameCase(w));
}

/**
 * An organization's name to show when written all in capitals ("EU COMMISSION"): the
 * article's mixed-case form if it has one, else as a label's words are cased, the first word
 * capitalised ("EU Commission", "Bank of Korea"). A single word is an acronym ("NATO") and stays.
 */
export function displayOrganizationName(
  name: string,
  forms: Iterable<string>,
  sameName: (a: string, b: string) => boolean,
  capStat: () => ReadonlyMap<string, string>,
): string {
  if (!inCapitals(name) || !/\s/.test(name.trim())) return name;
  const own = mixedCaseForm(name, forms, sameName);
  if (own) return own;
  const stat = capStat();
  const firstAt = name.search(/\S/);
  return name.replace(/\S+/g, (w, at: number) => (at === firstAt && FUNCTION_WORDS.has(w.toLowerCase()) ? titleCase(w) : labelCase(w, stat)));
}

/** Words that, in capitals after a name, start what is said of it ("CHRISTINE LAGARDE ON IRELAND"), not more of the name. */
const AFTER_NAME = /\s(?:ON|AT|IN|FOR|TO|WITH|ABOUT|FROM|AFTER|BEFORE|AND|ASKED|SAYS|SAID|TOLD|OF)(?=\s|$)/u;

/**
 * Where a name written all in capitals ends: before the first function word that follows a word
 * of it ("CHRISTINE LAGARDE ON IRELAND" → "CHRISTINE LAGARDE"). Names' own particles ("DE", "VAN",
 * "DOS") are not among these words. A name in mixed case is taken whole (its length).
 */
export function capitalsNameEnd(name: string): number {
  if (!inCapitals(name)) return name.length;
  const m = AFTER_NAME.exec(name);
  return m && /\p{Lu}/u.test(name.slice(0, m.index)) ? m.index : name.length;
}
