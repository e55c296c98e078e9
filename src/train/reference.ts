/**
 * The reference tagger: the model run over string-keyed document features (doc-features.ts)
 * with the training decoder (decode.ts), as it is trained. The runtime tagger
 * (src/extract/ner/tagger.ts) computes the same features from integer ids; a unit test checks
 * that both give the same spans. Also the only one with beam decoding, for experiments.
 */
import type { NerModel } from '../extract/ner/index.js';
import { NT as NT_, pushSpans, bilouToSpans, type SentenceTokSpan } from '../extract/ner/labels.js';
import { wordWeightSums } from '../extract/ner/words.js';
import { decodeDoc, decodeDocBeam } from './decode.js';
import { DocFeaturizer, type DocFeats } from './doc-features.js';

const NT: number = NT_;

/**
 * Summed weights of the word-level features of a word at offsets -2..2
 * (5*NT floats per pass), cached per word form: inference cost per token is
 * then five vector additions plus the token-level and dynamic features.
 */
export class WordScoreCache {
  private cache = new Map<string, Float32Array>();
  constructor(
    private fz: DocFeaturizer,
    private weights: Float32Array[],
  ) {}
  get(w: string): Float32Array {
    let v = this.cache.get(w);
    if (v) return v;
    v = wordWeightSums(this.weights, this.fz.wordFeats(w));
    if (this.cache.size > 200000) this.cache.clear();
    this.cache.set(w, v);
    return v;
  }
}

/** Beam decoding (inference only) settings; 0 = greedy, as in training. Beam 4 at temperature 10 was within noise of greedy on eng.testa. */
export const decoding = { beam: 0, temperature: 10 };

/** Run all passes of a model on a document featurized with wordLevel=false. */
export function tagDocFeats(fz: DocFeaturizer, df: DocFeats, weights: Float32Array[], wsc?: WordScoreCache): Int8Array {
  if (!df.words || !wsc) {
    let tags = decodeDoc(fz, df, weights[0], null);
    for (let p = 1; p < weights.length; p++) tags = decodeDoc(fz, df, weights[p], tags);
    return tags;
  }
  const N = df.words.length;
  const vecs = df.words.map((w) => wsc.get(w));
  const starts = df.sentStart;
  let tags: Int8Array | null = null;
  for (let p = 0; p < weights.length; p++) {
    const ss = new Float32Array(N * NT);
    for (let s = 0; s < starts.length; s++) {
      const a = starts[s];
      const b = s + 1 < starts.length ? starts[s + 1] : N;
      for (let i = a; i < b; i++) {
        const o = i * NT;
        for (let d = -2; d <= 2; d++) {
          const j = i + d;
          if (j < a || j >= b) continue;
          const v = vecs[j];
          const base = (p * 5 + d + 2) * NT;
          for (let t = 0; t < NT; t++) ss[o + t] += v[base + t];
        }
      }
    }
    tags =
      decoding.beam > 0
        ? decodeDocBeam(fz, df, weights[p], tags, ss, decoding.beam, decoding.temperature)
        : decodeDoc(fz, df, weights[p], tags, undefined, ss);
  }
  return tags!;
}

const references = new WeakMap<NerModel, { featurizer: DocFeaturizer; wordScores: WordScoreCache }>();

function reference(model: NerModel) {
  let r = references.get(model);
  if (!r) {
    const featurizer = new DocFeaturizer(model.data.space, model.data.res);
    r = { featurizer, wordScores: new WordScoreCache(featurizer, model.data.weights) };
    references.set(model, r);
  }
  return r;
}

/** Tag words of a document given as sentences of strings with the reference implementation; spans of token indices per sentence. */
export function tagWordsSlow(model: NerModel, sents: string[][], glue?: boolean[][]): SentenceTokSpan[] {
  const { featurizer, wordScores } = reference(model);
  const df = featurizer.docFeats({ sents, glue }, false);
  const tags = tagDocFeats(featurizer, df, model.data.weights, wordScores);
  const out: SentenceTokSpan[] = [];
  for (let s = 0; s < sents.length; s++) {
    const a = df.sentStart[s];
    const n = sents[s].length;
    for (const sp of bilouToSpans(tags.subarray(a, a + n))) out.push({ sent: s, start: sp.start, end: sp.end, type: sp.type });
  }
  return out;
}

/** The same with the runtime tagger (no truecasing: the words as given), to compare the two. */
export function tagWords(model: NerModel, sents: string[][], glue?: boolean[][]): SentenceTokSpan[] {
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
  const tags = model.tagger.tag(words, starts, g);
  const out: SentenceTokSpan[] = [];
  for (let s = 0; s < sents.length; s++) pushSpans(out, tags, s, starts[s], starts[s] + sents[s].length);
  return out;
}
