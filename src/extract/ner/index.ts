/**
 * Named-entity tagger: PER, ORG, LOC, MISC over tokenized sentences.
 * Model: see model.ts / features.ts; trained by scripts/train-ner.ts.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { EntitySpan, Sentence } from '../types.js';
import { Featurizer } from './features.js';
import { loadModelFile } from './io.js';
import { FastTagger } from './fast.js';
import { bilouToSpans, TYPES } from './labels.js';
import { decoding, tagDocFeats, WordScoreCache, type NerModelData } from './model.js';
import { truecaseView } from './truecase.js';

export interface NerModel {
  data: NerModelData;
  featurizer: Featurizer;
  wordScores: WordScoreCache;
  /** greedy inference without per-token feature strings (same output as tagDocFeats) */
  fast: FastTagger;
  path: string;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_MODEL_PATH = path.resolve(HERE, '../../../models/ner.bin.gz');

const cache = new Map<string, NerModel>();

/** Load (and cache) the model. Synchronous. */
export function loadNerModel(modelPath: string = DEFAULT_MODEL_PATH): NerModel {
  const p = path.resolve(modelPath);
  let m = cache.get(p);
  if (!m) {
    const data = loadModelFile(p);
    const featurizer = new Featurizer(data.space, data.res);
    m = { data, featurizer, wordScores: new WordScoreCache(featurizer, data.weights), fast: new FastTagger(featurizer, data.weights), path: p };
    cache.set(p, m);
  }
  return m;
}

type TokSpan = { sent: number; start: number; end: number; type: EntitySpan['label'] };

/** Spans of BILOU tags (labels.ts's bilouToSpans, lenient) of tags[a..b), appended to `out` with token indices relative to a. */
function pushSpans(out: TokSpan[], tags: Int8Array, sent: number, a: number, b: number): void {
  let cs = -1;
  let ce = 0;
  let ct = -1;
  for (let i = a; i < b; i++) {
    const t = tags[i];
    if (t === 0) {
      if (cs >= 0) out.push({ sent, start: cs - a, end: ce - a, type: TYPES[ct] });
      cs = -1;
      continue;
    }
    const p = (t - 1) & 3; // 0 B, 1 I, 2 L, 3 U
    const ty = (t - 1) >> 2;
    if ((p === 1 || p === 2) && cs >= 0 && ct === ty) ce = i + 1;
    else {
      if (cs >= 0) out.push({ sent, start: cs - a, end: ce - a, type: TYPES[ct] });
      cs = i;
      ce = i + 1;
      ct = ty;
    }
    if (p === 2 || p === 3) {
      out.push({ sent, start: cs - a, end: ce - a, type: TYPES[ct] });
      cs = -1;
    }
  }
  if (cs >= 0) out.push({ sent, start: cs - a, end: ce - a, type: TYPES[ct] });
}

/** Tag words of a document given as sentences of strings; returns spans of token indices per sentence. */
export function tagWords(model: NerModel, sents: string[][], glue?: boolean[][]): TokSpan[] {
  if (decoding.beam > 0) return tagWordsSlow(model, sents, glue);
  const words: string[] = [];
  const starts = new Int32Array(sents.length);
  const g = glue ? new Uint8Array(sents.reduce((n, s) => n + s.length, 0)) : null;
  for (let s = 0; s < sents.length; s++) {
    starts[s] = words.length;
    const gs = glue?.[s];
    for (let i = 0; i < sents[s].length; i++) {
      if (g && gs?.[i]) g[words.length] = 1;
      words.push(sents[s][i]);
    }
  }
  const tags = model.fast.tag(words, starts, g);
  const out: TokSpan[] = [];
  for (let s = 0; s < sents.length; s++) pushSpans(out, tags, s, starts[s], starts[s] + sents[s].length);
  return out;
}

/** The reference implementation (feature strings per token); also the only one with beam decoding. */
export function tagWordsSlow(model: NerModel, sents: string[][], glue?: boolean[][]): TokSpan[] {
  const df = model.featurizer.docFeats({ sents, glue }, false);
  const tags = tagDocFeats(model.featurizer, df, model.data.weights, model.wordScores);
  const out: TokSpan[] = [];
  for (let s = 0; s < sents.length; s++) {
    const a = df.sentStart[s];
    const n = sents[s].length;
    for (const sp of bilouToSpans(tags.subarray(a, a + n))) out.push({ sent: s, start: sp.start, end: sp.end, type: sp.type });
  }
  return out;
}

/**
 * Tag a whole document (all its sentences together, so that document-level
 * features work). Offsets come from the tokens; `text` of each span is the
 * tokens' texts joined by the original spacing when `source` is given,
 * otherwise by single spaces where tokens were not adjacent.
 */
export function tagDocument(model: NerModel, sentences: Sentence[], source?: string): EntitySpan[] {
  // The document's words, sentence after sentence: `starts` each sentence's first, `glue` a word
  // written against the one before it.
  let N = 0;
  for (const s of sentences) N += s.tokens.length;
  const words: string[] = new Array(N);
  const glue = new Uint8Array(N);
  const starts = new Int32Array(sentences.length);
  let k = 0;
  for (let s = 0; s < sentences.length; s++) {
    starts[s] = k;
    const toks = sentences[s].tokens;
    for (let i = 0; i < toks.length; i++, k++) {
      words[k] = toks[i].text;
      if (i > 0 && toks[i].start === toks[i - 1].end) glue[k] = 1;
    }
  }
  const view = truecaseView(words, starts, model.data.res.capStat) as string[];
  let spans: TokSpan[];
  if (decoding.beam > 0) {
    const range = (s: number) => [starts[s], starts[s] + sentences[s].tokens.length] as const;
    spans = tagWordsSlow(
      model,
      sentences.map((_, s) => view.slice(...range(s))),
      sentences.map((_, s) => Array.from(glue.subarray(...range(s)), (g) => g === 1)),
    );
  } else {
    const tags = model.fast.tag(view, starts, glue);
    spans = [];
    for (let s = 0; s < sentences.length; s++) pushSpans(spans, tags, s, starts[s], starts[s] + sentences[s].tokens.length);
  }
  return spans.map((sp) => {
    const toks = sentences[sp.sent].tokens;
    const start = toks[sp.start].start;
    const end = toks[sp.end - 1].end;
    let text: string;
    if (source !== undefined) text = source.slice(start, end);
    else {
      text = toks[sp.start].text;
      for (let i = sp.start + 1; i < sp.end; i++) text += (toks[i].start === toks[i - 1].end ? '' : ' ') + toks[i].text;
    }
    return { start, end, text, label: sp.type };
  });
}
