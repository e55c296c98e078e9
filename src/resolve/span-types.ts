import { partitionPoint } from '../extract/intervals.js';
import { shapeShort } from '../extract/ner/features.js';
import { usuallyLowerCase } from '../extract/ner/truecase.js';
import type { EntitySpan, NerLabel, Sentence } from '../extract/types.js';
import { isNameConnector } from './org-kinds.js';
import { NAME_PARTICLES } from './spans.js';

/**
 * A learned type for a span the tagger found (`npm run train:span-types`, models/span-types.json.gz): a multinomial
 * logistic regression over PER/ORG/LOC/MISC, trained on the gold spans of CoNLL-2003 eng.train (and, weighed less, the
 * tagger's spans in the annotated Reuters train articles typed by their annotations), that reads what the
 * tagger's window of words does not: all the span's words, the two words each side, the document's other mentions of
 * the same name and the names that hold it (and their contexts), the gazetteers' and the training data's classes for
 * it, and whether the document is a table of results. It never sees the tagger's type: the tagger's type is kept
 * unless the model prefers another by a margin (chosen on one half of eng.testa, checked on the other).
 */
export const SPAN_TYPES: readonly NerLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];

export interface SpanTypeModel {
  /** feature -> a weight per type (SPAN_TYPES order) */
  weights: ReadonlyMap<string, Float64Array>;
  /** Another type replaces the tagger's when its probability exceeds the tagger type's by at least this. */
  margin: number;
}

/**
 * What the features read of the tagger's resources: its gazetteer (phrase -> classes), its training-data counts, and
 * how often the news corpus capitalises a word mid-sentence.
 */
export interface SpanTypeResources {
  gaz: ReadonlyMap<string, readonly string[]>;
  /**
   * lower-cased name -> documents of the tagger's training data that annotate it PER, ORG, LOC, MISC: eng.train's and
   * the annotated Reuters train articles' (their names projected on the text), so the Reuters examples leave their own
   * article's counts out too (scripts/train-span-types.ts)
   */
  tgaz: { get(key: string): readonly number[] | undefined };
  /** lower-cased word -> its capitalisation bucket (truecase.ts usuallyLowerCase); none: no such features */
  capStat?: ReadonlyMap<string, string>;
}

/** A span by token position: sentence, first token, one past the last. */
export interface TokenSpan {
  sent: number;
  start: number;
  end: number;
  /** The span's type as known so far (the tagger's; gold when training): read only for the names that hold another. */
  type: NerLabel;
}

const NUM = /^[+-]?[\d.,:/-]*\d[\d.,:/-]*$/;
const SCORE = /^\d+-\d+$/;

/** Whether a word holds a digit (0-9, as \d reads it): only such a word can be a number or a score. */
function hasDigit(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A word of the context as a feature: numbers by shape, words lower-cased. */
function contextWord(w: string | undefined): string {
  if (w === undefined) return '^';
  if (hasDigit(w) && NUM.test(w)) return SCORE.test(w) ? '<score>' : '<num>';
  return w.toLowerCase();
}

const bucket = (n: number, edges: readonly number[]) => {
  let i = 0;
  while (i < edges.length && n >= edges[i]) i++;
  return i === 0 ? `<${edges[0]}` : `${edges[i - 1]}+`;
};

/** A document's words and the spans whose types are decided (the tagger's, or the gold ones when training). */
export interface SpanDoc {
  sents: readonly (readonly string[])[];
  spans: readonly TokenSpan[];
}

/** The document-wide features: a table of results (many lines with two numbers), a heading's section word. */
export function documentFeatures(doc: Pick<SpanDoc, 'sents'>): string[] {
  return documentScan(doc).feats;
}

/** One pass over the document's words: how many numbers each sentence holds, and the document-wide features. */
function documentScan(doc: Pick<SpanDoc, 'sents'>): { feats: string[]; numbers: number[] } {
  const numbers: number[] = [];
  let rows = 0;
  let scores = 0;
  for (const sent of doc.sents) {
    let n = 0;
    for (const w of sent) {
      // A score ("2-1") is a number too: only words that hold a digit can be either.
      if (!hasDigit(w) || !NUM.test(w)) continue;
      n++;
      if (SCORE.test(w)) scores++;
    }
    numbers.push(n);
    if (n >= 2) rows++;
  }
  const feats = [`doc:rows:${bucket(rows / Math.max(1, doc.sents.length), [0.15, 0.4])}`];
  if (scores >= 3) feats.push('doc:scores');
  return { feats, numbers };
}

const words = (doc: SpanDoc, s: TokenSpan) => doc.sents[s.sent].slice(s.start, s.end);

/** The words sent[start..end) joined by spaces, as words(...).join(' ') but without the array; lower-cased if asked. */
function spellingOf(sent: readonly string[], start: number, end: number, lower = false): string {
  let out = lower ? sent[start].toLowerCase() : sent[start];
  for (let k = start + 1; k < end; k++) out += ' ' + (lower ? sent[k].toLowerCase() : sent[k]);
  return out;
}

/** The tagger's gazetteer classes of a phrase (lower-cased words). */
const gazOf = (res: SpanTypeResources, key: string) => res.gaz.get(key) ?? [];

/** The contexts read of a name's first mentions only, and the names holding a shorter one read up to these: a bound on the work per span. */
const MAX_SAME = 8;
const MAX_HOLDER_WORDS = 8;
const MAX_HELD_FEATURES = 24;

/**
 * What a document says around its spans, read once for all of them (so the work grows with the spans, not their
 * square): the document's features, how many numbers each sentence holds, each name's mentions and the words
 * around its first ones, and what the names holding a shorter one say of it.
 */
export interface SpanDocContext {
  feats: readonly string[];
  /** whether feats holds doc:scores (a table of results) */
  scores: boolean;
  numbers: readonly number[];
  /** lower-cased name -> its mentions */
  mentions: ReadonlyMap<string, number>;
  /** lower-cased name -> the features of the words around its first MAX_SAME mentions, with their counts */
  contexts: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** each span's name, lower-cased (the key of mentions, contexts and held) */
  keys: readonly string[];
  /** each span's own words around it where they are counted in its name's contexts (else none) */
  own: readonly (readonly string[])[];
  /** lower-cased run of words -> what the names holding it say (their head, type, classes) */
  held: ReadonlyMap<string, ReadonlySet<string>>;
}

const aroundOf = (doc: SpanDoc, s: TokenSpan) => [`dL1:${contextWord(doc.sents[s.sent][s.start - 1])}`, `dR1:${contextWord(doc.sents[s.sent][s.end])}`];

export function documentContext(doc: SpanDoc, res: SpanTypeResources): SpanDocContext {
  const mentions = new Map<string, number>();
  const contexts = new Map<string, Map<string, number>>();
  const keys: string[] = [];
  const own: (readonly string[])[] = [];
  const held = new Map<string, Set<string>>();
  // A name named again with the type it had says nothing new of the runs it holds.
  const holders = new Set<string>();
  for (const s of doc.spans) {
    const key = spellingOf(doc.sents[s.sent], s.start, s.end, true);
    const n = (mentions.get(key) ?? 0) + 1;
    mentions.set(key, n);
    keys.push(key);
    const around = n <= MAX_SAME ? aroundOf(doc, s) : [];
    own.push(around);
    if (n <= MAX_SAME) {
      let c = contexts.get(key);
      if (!c) contexts.set(key, (c = new Map()));
      for (const f of around) c.set(f, (c.get(f) ?? 0) + 1);
    }
    if (s.end - s.start < 2 || s.end - s.start > MAX_HOLDER_WORDS) continue;
    const ws = words(doc, s).map((w) => w.toLowerCase());
    const holder = `${s.type} ${key}`;
    if (holders.has(holder)) continue;
    holders.add(holder);
    const says = ['inlonger', `longhead:${ws[ws.length - 1]}`, `longtype:${s.type}`, ...gazOf(res, key).map((c) => `longgaz:${c}`)];
    const tg = res.tgaz.get(key);
    if (tg && tg.some((x) => x > 0)) says.push(`longtg:${SPAN_TYPES[tg.indexOf(Math.max(...tg))]}`);
    for (let a = 0; a < ws.length; a++) {
      let sub = '';
      for (let b = a + 1; b <= ws.length; b++) {
        // ws[a..b) joined by spaces, a word longer each step
        sub = b === a + 1 ? ws[a] : `${sub} ${ws[b - 1]}`;
        if (b - a === ws.length) continue;
        let h = held.get(sub);
        if (!h) held.set(sub, (h = new Set()));
        for (const f of says) if (h.size < MAX_HELD_FEATURES) h.add(f);
      }
    }
  }
  const { feats, numbers } = documentScan(doc);
  return { feats, scores: feats.includes('doc:scores'), numbers, mentions, contexts, keys, own, held };
}

/** A lower-case word that joins a name's parts or is a particle of a person's (data/ner/org-kinds.json nameConnectors, NAME_PARTICLES). */
const isJoiner = (w: string) => isNameConnector(w) || NAME_PARTICLES.has(w);

/**
 * The features of the span `i` of a document; `ctx` is documentContext(doc, res), read once for the document. They
 * come in four parts by what they depend on, so that scoring (applySpanTypes) reads each part once for what it
 * depends on: the document's, the name's own words', the mention's place, and what the document says of the name
 * elsewhere. The parts share no feature (each has its own prefixes).
 */
export function spanTypeFeatures(doc: SpanDoc, i: number, res: SpanTypeResources, ctx: SpanDocContext): string[] {
  const s = doc.spans[i];
  return [...documentPart(ctx), ...nameFeatures(words(doc, s), res), ...placeFeatures(doc, s, ctx), ...elsewhereFeatures(i, ctx)];
}

/** The features every span of the document shares. */
const documentPart = (ctx: SpanDocContext) => ['bias', ...ctx.feats];

/** The features of a name's own words (case, shape, classes): the same wherever it stands. */
export function nameFeatures(ws: readonly string[], res: SpanTypeResources): string[] {
  const lower = ws.map((w) => w.toLowerCase());
  const key = lower.join(' ');
  const f = new Set<string>();
  for (const w of lower) f.add(`w:${w}`);
  f.add(`first:${lower[0]}`);
  f.add(`head:${lower[lower.length - 1]}`);
  f.add(`len:${bucket(ws.length, [2, 3, 4])}`);
  f.add(`shape:${ws.map(shapeShort).join(' ').slice(0, 24)}`);
  const head = lower[lower.length - 1];
  if (head.length > 3) f.add(`suf:${head.slice(-3)}`);
  // A word the news mostly writes in lower case: a firm's or a body's common noun ("Sikorsky Aircraft", "Advertising
  // Age"), seldom a person's name. The words that join a name's parts ("Bank of England") and the particles of a
  // person's ("Charles de Gaulle") are no such noun.
  if (res.capStat) {
    if (usuallyLowerCase(head, res.capStat)) f.add('lc:head');
    if (lower.some((w) => !isJoiner(w) && usuallyLowerCase(w, res.capStat!))) f.add('lc:some');
    f.add(`cap:head:${res.capStat.get(head) ?? 'u'}`);
  }
  // A name of the form "X of/for/on Y" is headed by the word before the connector ("District Court for the Southern
  // District of New York": a court, not a place), in any case ("COURT OF APPEALS"); not a particle ("Charles de Gaulle").
  const prep = lower.findIndex((w, k) => k > 0 && isNameConnector(w) && !NAME_PARTICLES.has(w));
  if (prep > 0) {
    f.add(`prephead:${lower[prep - 1]}`);
    if (res.capStat) f.add(`cap:prephead:${res.capStat.get(lower[prep - 1]) ?? 'u'}`);
  }
  for (const c of gazOf(res, key)) f.add(`gaz:${c}`);
  for (const c of gazOf(res, head)) f.add(`gazhead:${c}`);
  if (ws.length > 1) for (const c of gazOf(res, lower[0])) f.add(`gazfirst:${c}`);
  const tg = res.tgaz.get(key);
  if (tg && tg.some((n) => n > 0)) {
    const total = tg.reduce((a, b) => a + b, 0);
    const best = tg.indexOf(Math.max(...tg));
    f.add(`tg:${SPAN_TYPES[best]}`);
    f.add(`tg:${SPAN_TYPES[best]}:${tg[best] === total ? 'all' : 2 * tg[best] > total ? 'most' : 'some'}`);
  } else f.add('tg:none');
  return [...f];
}

/** The features of a mention's place: its line, the two words each side. */
function placeFeatures(doc: SpanDoc, s: TokenSpan, ctx: SpanDocContext): string[] {
  const one = singlePlaceFeatures(doc, s, ctx);
  const [l2, r2, headR1] = pairPlaceFeatures(doc, s);
  return [one[0], l2, one[1], r2, headR1, ...one.slice(2)];
}

/** The place features of one word or none (in placeFeatures' order, the pairs left out): L1, R1, then the line's. */
function singlePlaceFeatures(doc: SpanDoc, s: TokenSpan, ctx: SpanDocContext): string[] {
  const sent = doc.sents[s.sent];
  const L1 = contextWord(sent[s.start - 1]);
  const R1 = contextWord(sent[s.end]);
  const f = [`L1:${L1}`, `R1:${R1}`];
  if (s.end - s.start === sent.length) f.push('wholeline');
  if (ctx.scores) f.push(`sL1:${L1}`, `sR1:${R1}`);
  if (ctx.numbers[s.sent] >= 2) f.push(s.start === 0 ? 'row:first' : 'row');
  return f;
}

/** The place features of two words: L2, R2, headR1 (PAIR_PREFIXES), in that order. */
function pairPlaceFeatures(doc: SpanDoc, s: TokenSpan): [string, string, string] {
  const sent = doc.sents[s.sent];
  const head = sent[s.end - 1].toLowerCase();
  const L1 = contextWord(sent[s.start - 1]);
  const L2 = contextWord(sent[s.start - 2]);
  const R1 = contextWord(sent[s.end]);
  const R2 = contextWord(sent[s.end + 1]);
  return [`L2:${L2} ${L1}`, `R2:${R1} ${R2}`, `headR1:${head}|${R1}`];
}
const PAIR_PREFIXES = ['L2:', 'R2:', 'headR1:'];

/**
 * The most the three pair features together can raise type k's score over type t's, at [k * 4 + t]: for each prefix,
 * the largest w[k] - w[t] of the model's features of that prefix, or 0 (a span's pair the model lacks adds nothing).
 * Read once per model.
 */
const pairBounds = new WeakMap<SpanTypeModel, Float64Array>();
function pairBoundsOf(model: SpanTypeModel): Float64Array {
  let b = pairBounds.get(model);
  if (b) return b;
  const n = SPAN_TYPES.length;
  const byPrefix = PAIR_PREFIXES.map(() => new Float64Array(n * n));
  for (const [x, w] of model.weights) {
    const p = PAIR_PREFIXES.findIndex((prefix) => x.startsWith(prefix));
    if (p >= 0) for (let k = 0; k < n; k++) for (let t = 0; t < n; t++) byPrefix[p][k * n + t] = Math.max(byPrefix[p][k * n + t], w[k] - w[t]);
  }
  b = new Float64Array(n * n);
  for (const m of byPrefix) for (let j = 0; j < n * n; j++) b[j] += m[j];
  pairBounds.set(model, b);
  return b;
}

/**
 * Whether another type's probability could exceed type t's by the margin once the pair features are added to the
 * scores z (all the others added): p_k - p_t <= tanh((z_k - z_t) / 2), so not while every z_k - z_t, raised by the
 * most the pairs can add (pairBoundsOf), stays within 2 atanh(margin) (less a hair for rounding).
 */
function pairsCanFlip(z: Float64Array, t: number, bounds: Float64Array, margin: number): boolean {
  if (!(margin > 0 && margin < 1)) return true;
  const least = 2 * Math.atanh(margin) - 1e-9;
  const n = z.length;
  for (let k = 0; k < n; k++) if (k !== t && z[k] - z[t] + bounds[k * n + t] > least) return true;
  return false;
}

/**
 * What the document says of the span `i`'s name elsewhere: the words around its other mentions (this
 * mention's own left out), the names that hold it, how often it is named.
 */
function elsewhereFeatures(i: number, ctx: SpanDocContext): string[] {
  const f: string[] = [];
  const key = ctx.keys[i];
  const own = ctx.own[i];
  for (const [x, n] of ctx.contexts.get(key) ?? []) if (n - (own.includes(x) ? 1 : 0) > 0) f.push(x);
  f.push(...(ctx.held.get(key) ?? []), sameFeature(ctx, key));
  return f;
}

const sameFeature = (ctx: SpanDocContext, key: string) => `same:${bucket((ctx.mentions.get(key) ?? 1) - 1, [1, 2, 4])}`;

/** The model's probability of each type (SPAN_TYPES order). */
export function spanTypeProbs(weights: ReadonlyMap<string, Float64Array>, features: readonly string[]): Float64Array {
  return softmaxInPlace(addWeights(new Float64Array(SPAN_TYPES.length), weights, features));
}

/** The softmax of z, in place. */
function softmaxInPlace(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) max = Math.max(max, z[k]);
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k] - max);
  for (let k = 0; k < z.length; k++) z[k] /= sum;
  return z;
}

/** The type kept for a span the tagger typed `tagged`: another type only if the model prefers it by the margin. */
export function decideType(tagged: NerLabel, probs: ArrayLike<number>, margin: number): NerLabel {
  let best = SPAN_TYPES.indexOf(tagged);
  const own = probs[best];
  for (let k = 0; k < SPAN_TYPES.length; k++) if (probs[k] - own > margin && probs[k] > probs[best]) best = k;
  return SPAN_TYPES[best];
}

/** A document's spans as token positions, and its words (spans off token edges are left out). */
export function spanDocOf(sentences: readonly Sentence[], spans: readonly EntitySpan[]): { doc: SpanDoc; index: number[] } {
  const tokenSpans: TokenSpan[] = [];
  const index: number[] = [];
  spans.forEach((sp, k) => {
    // The sentence and tokens the span starts and ends on, by binary search.
    const si = partitionPoint(sentences, (x) => x.end > sp.start);
    const toks = sentences[si]?.tokens;
    if (!toks) return;
    const a = partitionPoint(toks, (t) => t.start >= sp.start);
    const e = partitionPoint(toks, (t) => t.end >= sp.end);
    if (toks[a]?.start !== sp.start || toks[e]?.end !== sp.end || e < a) return;
    tokenSpans.push({ sent: si, start: a, end: e + 1, type: sp.label });
    index.push(k);
  });
  return { doc: { sents: sentences.map((s) => s.tokens.map((t) => t.text)), spans: tokenSpans }, index };
}

/** The spans with the types the model decides (the same objects where the type stays). */
export function applySpanTypes(sentences: readonly Sentence[], spans: readonly EntitySpan[], model: SpanTypeModel, res: SpanTypeResources): EntitySpan[] {
  const { doc, index } = spanDocOf(sentences, spans);
  if (doc.spans.length === 0) return [...spans];
  const score = scorerOf(doc, model, res, true);
  const out = [...spans];
  doc.spans.forEach((_, i) => {
    const k = index[i];
    const probs = score(i);
    if (!probs) return;
    const label = decideType(spans[k].label, probs, model.margin);
    if (label !== spans[k].label) out[k] = { ...spans[k], label };
  });
  return out;
}

/**
 * The model's probabilities for a document's spans, as spanTypeProbs(spanTypeFeatures(...)) gives them, with each part
 * of the features weighed once for what it depends on: the document's once, a name's own words' once per spelling,
 * what the document says of a name once per name; only the mention's place is read per span.
 */
export function documentScorer(doc: SpanDoc, model: SpanTypeModel, res: SpanTypeResources): (i: number) => Float64Array {
  return scorerOf(doc, model, res, false) as (i: number) => Float64Array;
}

/**
 * documentScorer; with `kept`, none for a span whose type the model cannot change (pairsCanFlip: its pair features
 * are then not built). The place features are added in placeFeatures' order either way, so the sums are the same.
 */
function scorerOf(doc: SpanDoc, model: SpanTypeModel, res: SpanTypeResources, kept: boolean): (i: number) => Float64Array | undefined {
  const bounds = kept ? pairBoundsOf(model) : undefined;
  const ctx = documentContext(doc, res);
  const n = SPAN_TYPES.length;
  const docZ = addWeights(new Float64Array(n), model.weights, documentPart(ctx));
  const byName = nameCache(model, res);
  const byKey = new Map<string, { always: Float64Array; once: Map<string, Float64Array | undefined> }>();
  return (i) => {
    const s = doc.spans[i];
    const spelling = spellingOf(doc.sents[s.sent], s.start, s.end);
    let nameZ = byName.get(spelling);
    if (!nameZ) {
      if (byName.size >= NAME_CACHE_SIZE) byName.clear();
      byName.set(spelling, (nameZ = addWeights(new Float64Array(n), model.weights, nameFeatures(words(doc, s), res))));
    }
    const key = ctx.keys[i];
    let said = byKey.get(key);
    if (!said) {
      // The contexts the name's mentions share count for every mention; one seen once is its own mention's only.
      const always = addWeights(new Float64Array(n), model.weights, [...(ctx.held.get(key) ?? []), sameFeature(ctx, key)]);
      const once = new Map<string, Float64Array | undefined>();
      for (const [x, c] of ctx.contexts.get(key) ?? []) {
        if (c > 1) addWeights(always, model.weights, [x]);
        else once.set(x, model.weights.get(x));
      }
      byKey.set(key, (said = { always, once }));
    }
    const z = new Float64Array(n);
    for (let k = 0; k < n; k++) z[k] = docZ[k] + nameZ[k] + said.always[k];
    const own = ctx.own[i];
    for (const [x, w] of said.once) if (w && !own.includes(x)) for (let k = 0; k < n; k++) z[k] += w[k];
    const one = singlePlaceFeatures(doc, s, ctx).map((x) => model.weights.get(x));
    if (bounds) {
      const zz = Float64Array.from(z);
      for (const w of one) if (w) for (let k = 0; k < n; k++) zz[k] += w[k];
      if (!pairsCanFlip(zz, SPAN_TYPES.indexOf(s.type), bounds, model.margin)) return undefined;
    }
    const [l2, r2, headR1] = pairPlaceFeatures(doc, s).map((x) => model.weights.get(x));
    for (const w of [one[0], l2, one[1], r2, headR1, ...one.slice(2)]) if (w) for (let k = 0; k < n; k++) z[k] += w[k];
    return softmaxInPlace(z);
  };
}

/**
 * The weights of names' own words, by spelling, for one model and its resources: the news names the same firms,
 * people and places article after article. Emptied when full, so it stays bounded.
 */
const NAME_CACHE_SIZE = 50_000;
const nameCaches = new WeakMap<SpanTypeModel, WeakMap<SpanTypeResources, Map<string, Float64Array>>>();
function nameCache(model: SpanTypeModel, res: SpanTypeResources): Map<string, Float64Array> {
  let byRes = nameCaches.get(model);
  if (!byRes) nameCaches.set(model, (byRes = new WeakMap()));
  let cache = byRes.get(res);
  if (!cache) byRes.set(res, (cache = new Map()));
  return cache;
}

/** z plus the weights of the features (features without a weight add nothing). */
function addWeights(z: Float64Array, weights: ReadonlyMap<string, Float64Array>, features: readonly string[]): Float64Array {
  for (const x of features) {
    const w = weights.get(x);
    if (w) for (let k = 0; k < z.length; k++) z[k] += w[k];
  }
  return z;
}

/** The model file's shape: weights rounded and sorted by feature, so the same training writes the same bytes. */
export interface SpanTypeFile {
  format: 1;
  types: readonly string[];
  margin: number;
  meta: Record<string, unknown>;
  weights: Array<[string, number[]]>;
}

/** The model of a parsed file; throws on a file of another shape. */
export function spanTypeModelFromFile(file: unknown): SpanTypeModel {
  const f = file as Partial<SpanTypeFile> | null;
  if (typeof f !== 'object' || f === null || f.format !== 1) throw new Error('not a span type model (format 1)');
  if (JSON.stringify(f.types) !== JSON.stringify(SPAN_TYPES)) throw new Error(`span type model types ${JSON.stringify(f.types)} are not ${JSON.stringify(SPAN_TYPES)}`);
  if (typeof f.margin !== 'number' || !Number.isFinite(f.margin)) throw new Error(`margin ${JSON.stringify(f.margin)} is not a finite number`);
  if (!Array.isArray(f.weights)) throw new Error('weights is not an array');
  const weights = new Map<string, Float64Array>();
  for (const row of f.weights) {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || !Array.isArray(row[1]) || row[1].length !== SPAN_TYPES.length) throw new Error(`weight row ${JSON.stringify(row)} is not [feature, 4 numbers]`);
    weights.set(row[0], Float64Array.from(row[1]));
  }
  return { weights, margin: f.margin };
}
