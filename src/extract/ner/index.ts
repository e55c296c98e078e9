/**
 * Named-entity tagger: PER, ORG, LOC, MISC over tokenized sentences.
 * Model: features.ts (the features), tagger.ts (tagging); trained by scripts/train-ner.ts
 * with src/train/.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { EntitySpan, Sentence } from '../types.js';
import { Featurizer } from './features.js';
import { loadModelFile, type NerModelData } from './io.js';
import { pushSpans, type SentenceTokSpan } from './labels.js';
import { Tagger } from './tagger.js';
import { truecaseView, weakStretchStart } from './truecase.js';

export interface NerModel {
  data: NerModelData;
  tagger: Tagger;
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
    m = { data, tagger: new Tagger(new Featurizer(data.space, data.res), data.weights), path: p };
    cache.set(p, m);
  }
  return m;
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
  const capStat = model.data.res.capStat;
  const view = truecaseView(words, starts, capStat) as string[];
  const tags = model.tagger.tag(view, starts, glue);
  const spans: SentenceTokSpan[] = [];
  for (let s = 0; s < sentences.length; s++) pushSpans(spans, tags, s, starts[s], starts[s] + sentences[s].tokens.length);
  // A common word that starts a sentence in capitals is not a name by itself ("GREEN LIGHT FOR EMBRAER").
  const kept = view === words ? spans : spans.filter((sp) => !(sp.start === 0 && sp.end === 1 && weakStretchStart(words[starts[sp.sent]], view[starts[sp.sent]], capStat)));
  return kept.map((sp) => {
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
