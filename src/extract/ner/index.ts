/**
 * Named-entity tagger: PER, ORG, LOC, MISC over tokenized sentences.
 * Model: see model.ts / features.ts; trained by scripts/train-ner.ts.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { EntitySpan, Sentence } from '../types.js';
import { Featurizer } from './features.js';
import { loadModelFile } from './io.js';
import { bilouToSpans } from './labels.js';
import { tagDocFeats, WordScoreCache, type NerModelData } from './model.js';

export interface NerModel {
  data: NerModelData;
  featurizer: Featurizer;
  wordScores: WordScoreCache;
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
    m = { data, featurizer, wordScores: new WordScoreCache(featurizer, data.weights), path: p };
    cache.set(p, m);
  }
  return m;
}

/** Tag words of a document given as sentences of strings; returns spans of token indices per sentence. */
export function tagWords(
  model: NerModel,
  sents: string[][],
  glue?: boolean[][],
): { sent: number; start: number; end: number; type: EntitySpan['label'] }[] {
  const df = model.featurizer.docFeats({ sents, glue }, false);
  const tags = tagDocFeats(model.featurizer, df, model.data.weights, model.wordScores);
  const out: { sent: number; start: number; end: number; type: EntitySpan['label'] }[] = [];
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
  const sents = sentences.map((s) => s.tokens.map((t) => t.text));
  const glue = sentences.map((s) => s.tokens.map((t, i) => i > 0 && t.start === s.tokens[i - 1].end));
  const spans = tagWords(model, sents, glue);
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
