import { foldName } from '../article/names.js';
import { isInstrumentCode } from '../article/instrument-codes.js';
import { countryOfSurface } from '../extract/countries/gazetteer.js';
import { canonicalOrganization } from '../extract/organizations.js';
import { partitionPoint } from '../extract/intervals.js';
import type { EntitySpan, Span, Token } from '../extract/types.js';
import { corpusLabel, surfaceKeyOfText, type Lexicon } from './corpus-lexicon.js';
import { isLegalSuffixToken } from './legal-suffixes.js';
import { isNameConnector, orgKindOfWord } from './org-kinds.js';
import { firmCueAt, personCueAfter } from './firm-names.js';
import { CAPITAL_START, LOWER_START } from '../article/letters.js';

/**
 * The learned verifier of an article's organizations (`npm run train:orgs`, models/org-verifier.json.gz):
 * for each organization resolution is about to output, with all its mentions, whether it is one. A logistic
 * regression over general features of the entity (its name's words and shape, the tagger's labels over its
 * mentions, the words around them, the corpus lexicon's counts for it, whether the curated list knows it),
 * trained on the annotated train split; the decision threshold chosen out of fold on train.
 */
export interface OrgVerifier {
  weights: ReadonlyMap<string, number>;
  /** Keep an organization whose score (log-odds) is at least this. */
  threshold: number;
}

/** What the features read besides the organization itself. */
export interface VerifierContext {
  text: string;
  /** The tagger's own spans, before any repair, in text order (they never overlap): the labels it gave each mention's words. */
  tagged: readonly EntitySpan[];
  lexicon: Lexicon;
  /** Where the headline ends: a name only there is read differently. */
  titleEnd: number;
  /** The words of the article's people's names (folded): a firm named after a person of the article, or a piece of a name. */
  personWords?: ReadonlySet<string>;
  /** The article's tokens in text order, as the pipeline split them: the words around each mention are read from them. */
  tokens: readonly Token[];
}

export interface OrganizationLike {
  name: string;
  aliases: readonly string[];
  mentions: readonly Span[];
}

/** The feature of an organization the curated list knows. */
export const CURATED = 'curated';

const bucket = (n: number, edges: readonly number[]) => {
  let i = 0;
  while (i < edges.length && n >= edges[i]) i++;
  if (i === 0) return `<${edges[0]}`;
  if (i === edges.length) return `${edges[i - 1]}+`;
  return edges[i] - 1 === edges[i - 1] ? `${edges[i - 1]}` : `${edges[i - 1]}-${edges[i] - 1}`;
};

const CAPS_WORD = /^\p{Lu}[\p{Lu}.&]+$/u;
const DIGIT_START = /^\p{N}/u;

/** A context word as a feature: a lower-case word itself, else its shape (a name, a number, a mark). */
function wordShape(w: string | undefined): string {
  if (w === undefined || w === '') return '^';
  if (isInstrumentCode(w.replace(/^\(|\)$/g, ''))) return '<ticker>';
  if (LOWER_START.test(w)) return w.toLowerCase();
  if (CAPITAL_START.test(w)) return CAPS_WORD.test(w) ? '<CAPS>' : '<Cap>';
  if (DIGIT_START.test(w)) return '<num>';
  return w;
}

/** At most `n` of the article's words ending by `at`, within 60 characters of it (found by binary search). */
function wordsBefore(ctx: VerifierContext, at: number, n: number): string[] {
  const from = Math.max(0, at - 60);
  const out: string[] = [];
  for (let k = partitionPoint(ctx.tokens, (t) => t.end > at) - 1; k >= 0 && out.length < n && ctx.tokens[k].start >= from; k--) out.unshift(ctx.tokens[k].text);
  return out;
}

/** At most `n` words from `at` on, within 60 characters of it. */
function wordsAfter(ctx: VerifierContext, at: number, n: number): string[] {
  const to = Math.min(ctx.text.length, at + 60);
  const out: string[] = [];
  for (let k = partitionPoint(ctx.tokens, (t) => t.start >= at); k < ctx.tokens.length && out.length < n && ctx.tokens[k].end <= to; k++) out.push(ctx.tokens[k].text);
  return out;
}

/** The label the tagger gave a mention's words: the label of its spans over them, 'O' for none, 'mixed' for several. */
function taggedLabel(tagged: readonly EntitySpan[], m: Span): string {
  const labels = new Set<string>();
  let covered = 0;
  // The tagger's spans are in text order and do not overlap: the first reaching past the mention's start, by binary search.
  for (let k = partitionPoint(tagged, (t) => t.end > m.start); k < tagged.length && tagged[k].start < m.end; k++) {
    const t = tagged[k];
    labels.add(t.label);
    covered += Math.min(t.end, m.end) - Math.max(t.start, m.start);
  }
  if (labels.size === 0) return 'O';
  if (labels.size > 1) return 'mixed';
  const [label] = labels;
  return covered >= m.end - m.start - 1 ? label : `${label}-part`;
}

/**
 * The kinds of organization the name's words say (data/ner/org-kinds.json): the last word's ("kind:civil" for
 * "Heritage Foundation") and, apart, the other words' ("haskind:government" for "Ministry of Economics"), the
 * last word read before a legal suffix ("Acme Holdings Ltd").
 */
function kindFeatures(words: readonly string[]): string[] {
  let end = words.length - 1;
  if (end > 0 && isLegalSuffixToken(words[end])) end--;
  const out = new Set<string>();
  const head = orgKindOfWord(words[end] ?? '');
  if (head) out.add(`kind:${head}`);
  for (let i = 0; i < end; i++) {
    const k = orgKindOfWord(words[i]);
    if (k) out.add(`haskind:${k}`);
  }
  return [...out];
}

/** Module constants: tsx builds a \p{..} literal anew each time it runs. */
const NUMBER_CHAR = /\p{N}/u;
const CAMEL_CASE = /\p{Ll}\p{Lu}/u;

/** The shape of a name: case, acronym, digits, a legal suffix, its length in words. */
function nameShape(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  const out = [`len:${bucket(words.length, [2, 3, 4, 6])}`];
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters && letters === letters.toUpperCase()) out.push(words.length === 1 ? (letters.length <= 5 ? 'shape:acronym' : 'shape:capsword') : 'shape:caps');
  if (NUMBER_CHAR.test(name)) out.push('shape:digit');
  if (/&/.test(name)) out.push('shape:amp');
  if (/-/.test(name)) out.push('shape:hyphen');
  if (/['’]s\b/.test(name)) out.push('shape:possessive');
  if (LOWER_START.test(name) || CAMEL_CASE.test(words[0] ?? '')) out.push('shape:camel');
  if (words.some((w) => LOWER_START.test(w) && w.length > 3)) out.push('shape:lowerword');
  if (words.length > 1 && isLegalSuffixToken(words[words.length - 1])) out.push('shape:suffix');
  // A lower-case word joining the name's parts ("Commission on Fiscal Responsibility", "Bank of Japan").
  if (words.slice(1, -1).some(isNameConnector)) out.push('shape:connector');
  return out;
}

/** The corpus lexicon's view of the name: the tagger's majority label over the corpus and its share, and the context cues. */
function lexiconFeatures(lex: Lexicon, forms: readonly string[]): string[] {
  for (const f of forms) {
    const key = surfaceKeyOfText(f);
    const c = corpusLabel(lex, key);
    if (!c) continue;
    const out = [`lex:${c.label}`, `lex:${c.label}:${c.share >= 0.9 ? 'hi' : c.share >= 0.6 ? 'mid' : 'lo'}`, `lex:n:${bucket(c.total, [5, 20, 100])}`];
    const [cuePER, cueORG, cueLOC] = c.counts.cues;
    const cues = cuePER + cueORG + cueLOC;
    if (cues >= 3) out.push(`lexcue:${cueORG >= 0.5 * cues ? 'ORG' : cuePER >= 0.5 * cues ? 'PER' : cueLOC >= 0.5 * cues ? 'LOC' : 'mixed'}`);
    const lowerShare = c.counts.lower / Math.max(1, c.total + c.counts.untagged + c.counts.lower);
    if (lowerShare > 0.2) out.push('lex:oftenlower');
    return out;
  }
  for (const f of forms) {
    const c = caseFoldedLabel(lex, surfaceKeyOfText(f));
    if (c) return ['lex:none', `lexcase:${c.label}`, `lexcase:${c.label}:${c.share >= 0.9 ? 'hi' : c.share >= 0.6 ? 'mid' : 'lo'}`];
  }
  return ['lex:none'];
}

/** Each lexicon's keys by their lower-case form: the most counted key of each. */
const foldedKeys = new WeakMap<Lexicon, Map<string, string>>();

/**
 * The lexicon's label for a name it knows only in another case ("RABOBANK", "Youtube" for "Rabobank", "YouTube"): the
 * same name written in capitals or miscased. The most counted spelling of those that fold alike.
 */
function caseFoldedLabel(lex: Lexicon, key: string) {
  let keys = foldedKeys.get(lex);
  if (!keys) {
    keys = new Map();
    const totals = new Map<string, number>();
    for (const [k, c] of lex.entries) {
      const lower = k.toLowerCase();
      const total = c.tagged[0] + c.tagged[1] + c.tagged[2] + c.tagged[3];
      if (total > (totals.get(lower) ?? 0)) {
        totals.set(lower, total);
        keys.set(lower, k);
      }
    }
    foldedKeys.set(lex, keys);
  }
  const k = keys.get(key.toLowerCase());
  return k === undefined || k === key ? undefined : corpusLabel(lex, k);
}

/** The kind of body a lower-case word names ("radio", "party", "daily"), if any. */
function lowerKindWord(w: string | undefined): string | undefined {
  return w !== undefined && LOWER_START.test(w) ? orgKindOfWord(w) : undefined;
}

/**
 * The features of one organization of an article. Binary, as strings: the learner weighs each; the cue
 * words the model leans on are read from the data, not listed here.
 */
export function organizationFeatures(org: OrganizationLike, ctx: VerifierContext): string[] {
  const f = new Set<string>(['bias']);
  const { text } = ctx;
  const name = org.name;
  const words = name.split(/\s+/).filter(Boolean);
  for (const s of nameShape(name)) f.add(s);
  const kinds = kindFeatures(words);
  for (const s of kinds) f.add(s);
  const folded = foldName(name).split(' ');
  f.add(`head:${folded[folded.length - 1]}`);
  if (folded.length > 1) f.add(`first:${folded[0]}`);
  for (const w of folded) f.add(`w:${w}`);
  if (words.length === 1) f.add(`one:${folded[0]}`);
  if (ctx.personWords && folded.some((w) => w.length > 2 && ctx.personWords!.has(w))) f.add('personword');
  if (countryOfSurface(words[0]) || (words.length > 1 && countryOfSurface(`${words[0]} ${words[1]}`))) f.add('first:country');
  // Ending in a country ("Air France", "Citigroup Japan"; the tagger's "with Clinton Russia's position"), and that after
  // a word of the article's people: a person and a country run together, rarely a body's name.
  const n = words.length;
  if (n > 1 && (countryOfSurface(words[n - 1]) || (n > 2 && countryOfSurface(`${words[n - 2]} ${words[n - 1]}`)))) {
    f.add('last:country');
    if (ctx.personWords?.has(folded[0])) f.add('person+country');
  }
  if (canonicalOrganization(name) || org.aliases.some((a) => canonicalOrganization(a))) f.add(CURATED);

  const ms = org.mentions;
  f.add(`mentions:${bucket(ms.length, [2, 3, 5, 10])}`);
  // Named once, with a body's word ("Asia Society", "Apple Retail Workers Union"): a single mention weighs against a
  // name (products and one-off words are named once too), less so where the name's own words say what body it is.
  if (ms.length === 1 && kinds.length > 0) f.add('once:kind');
  const forms = new Set(ms.map((m) => text.slice(m.start, m.end)));
  f.add(`forms:${bucket(forms.size, [2, 3])}`);
  if (ms.every((m) => m.start < ctx.titleEnd)) f.add('titleonly');
  else if (ms.some((m) => m.start < ctx.titleEnd)) f.add('intitle');

  const tags = new Map<string, number>();
  for (const m of ms) {
    const t = taggedLabel(ctx.tagged, m);
    tags.set(t, (tags.get(t) ?? 0) + 1);
    const before = wordsBefore(ctx, m.start, 2).map(wordShape);
    const after = wordsAfter(ctx, m.end, 2).map(wordShape);
    f.add(`L1:${before[before.length - 1] ?? '^'}`);
    if (before.length === 0 || /^[.!?"“]$/.test(before[before.length - 1])) f.add('atstart');
    if (before.length === 2) f.add(`L2:${before[0]} ${before[1]}`);
    f.add(`R1:${after[0] ?? '$'}`);
    if (after.length === 2) f.add(`R2:${after[0]} ${after[1]}`);
    // The head word with what follows it: "Index rose", "Show in".
    f.add(`headR1:${folded[folded.length - 1]}|${after[0] ?? '$'}`);
    // A lower-case word of a body's kind beside the name, pooled over the kinds' words: "Kossuth radio", "his
    // Socialist party", "the daily Ta Nea".
    const kr = lowerKindWord(after[0]);
    if (kr) f.add(`kindR1:${kr}`);
    const kl = lowerKindWord(before[before.length - 1]);
    if (kl) f.add(`kindL1:${kl}`);
    // A firm's or a person's words around the mention, pooled (firm-names.ts: "X shares", "X said its", "analyst at
    // X"; "X said he").
    if (firmCueAt(text, m.start, m.end)) f.add('cue:firm');
    if (personCueAfter(text, m.end)) f.add('cue:person');
  }
  for (const [t, n] of tags) {
    f.add(`tag:${t}`);
    if (n === ms.length) f.add(`tagall:${t}`);
    else if (2 * n > ms.length) f.add(`tagmost:${t}`);
  }
  if (!tags.has('ORG')) f.add('tag:noORG');
  for (const s of lexiconFeatures(ctx.lexicon, [name, ...forms])) f.add(s);
  return [...f];
}

/** The log-odds the model gives an organization's features. */
export function verifierScore(model: Pick<OrgVerifier, 'weights'>, features: readonly string[]): number {
  let z = 0;
  for (const x of features) z += model.weights.get(x) ?? 0;
  return z;
}

/**
 * The score the decision compares with the threshold: the model's, except for an organization the curated list
 * (data/organizations.json) knows, which the list decides (kept: out of fold on train the model dropped as many
 * annotated curated bodies as false ones).
 */
export function decisionScore(model: Pick<OrgVerifier, 'weights'>, features: readonly string[]): number {
  return features.includes(CURATED) ? Infinity : verifierScore(model, features);
}

/** Whether the verifier keeps an organization with these features: the one decision (the pipeline, training and tools ask it). */
export function verifierKeeps(model: OrgVerifier, features: readonly string[]): boolean {
  return decisionScore(model, features) >= model.threshold;
}

/** The model file's shape: weights sorted by feature, rounded, so the same training writes the same bytes. */
export interface OrgVerifierFile {
  format: 1;
  threshold: number;
  meta: Record<string, unknown>;
  weights: Array<[string, number]>;
}

/**
 * The verifier of a parsed model file. Throws on a file of another shape (another format, no finite threshold,
 * weights not [feature, weight] rows): a model read as weightless with an undefined threshold would drop every organization.
 */
export function orgVerifierFromFile(file: unknown): OrgVerifier {
  const f = file as Partial<OrgVerifierFile> | null;
  if (typeof f !== 'object' || f === null) throw new Error('not an organization verifier model (not a JSON object)');
  if (f.format !== 1) throw new Error(`unsupported organization verifier format ${JSON.stringify(f.format)} (expected 1)`);
  if (typeof f.threshold !== 'number' || !Number.isFinite(f.threshold)) throw new Error(`threshold ${JSON.stringify(f.threshold)} is not a finite number`);
  if (!Array.isArray(f.weights)) throw new Error('weights is not an array');
  for (const row of f.weights) {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'number' || !Number.isFinite(row[1])) {
      throw new Error(`weight row ${JSON.stringify(row)} is not [feature, finite number]`);
    }
  }
  return { weights: new Map(f.weights), threshold: f.threshold };
}
