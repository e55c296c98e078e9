import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/tokenize.js';
import { readFileSync, readdirSync } from 'node:fs';
import { loadNerModel, tagDocument } from '../../src/extract/ner/index.js';
import { bilouToSpans } from '../../src/extract/ner/labels.js';
import { Featurizer, shapeShort } from '../../src/extract/ner/features.js';
import { holdsId } from '../../src/extract/ner/tables.js';
import { iobToSpans, spansToBilou } from '../../src/train/conll.js';
import { tagWords, tagWordsSlow } from '../../src/train/reference.js';

describe('NER model', () => {
  const model = loadNerModel();

  it('loads from the default path and is cached', () => {
    expect(loadNerModel()).toBe(model);
    expect(model.data.weights.length).toBeGreaterThanOrEqual(1);
  });

  it('tags people, places and organizations in a news sentence', () => {
    const text =
      'U.S. Secretary of State Hillary Clinton met Russian President Dmitry Medvedev in Moscow. ' +
      'The European Union said on Monday that it would not comment.';
    const spans = tagDocument(model, splitSentences(text), text);
    const by = (label: string) => spans.filter((s) => s.label === label).map((s) => s.text);
    expect(by('PER')).toContain('Hillary Clinton');
    expect(by('PER')).toContain('Dmitry Medvedev');
    expect(by('LOC')).toContain('Moscow');
    expect(by('ORG')).toContain('European Union');
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('fast inference gives the same spans as the feature-string implementation', () => {
    const dir = new URL('../fixtures/gold/', import.meta.url);
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .slice(0, 8)
      .map((f) => readFileSync(new URL(f, dir), 'utf8'));
    texts.push('BRITAIN SAYS EU-LED TALKS FAIL\nU.S.-led forces of Bank of England and Merkel met.\nMerkel.\nIn Paris');
    for (const text of texts) {
      const sentences = splitSentences(text);
      const sents = sentences.map((s) => s.tokens.map((t) => t.text));
      const glue = sentences.map((s) => s.tokens.map((t, i) => i > 0 && t.start === s.tokens[i - 1].end));
      const fast = tagWords(model, sents, glue);
      expect(fast.length).toBeGreaterThan(0);
      expect(fast).toEqual(tagWordsSlow(model, sents, glue));
      expect(tagWords(model, sents)).toEqual(tagWordsSlow(model, sents));
    }
  });

  it("reads a word's feature ids from the per-template maps exactly as the feature strings give them", () => {
    const fz = new Featurizer(model.data.space, model.data.res);
    const index = model.tagger.tables.wordFeats;
    const dir = new URL('../fixtures/gold/', import.meta.url);
    const words = new Set(['', '=', 'a=b', 'x|y', '|', 'U.S.-led', '1,000', 'İstanbul', 'MERKEL', 'Merkel', 'merkel', 'ﬁnance']);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).slice(0, 20))
      for (const s of splitSentences(readFileSync(new URL(f, dir), 'utf8'))) for (const t of s.tokens) words.add(t.text);
    // a value of every template the model holds, as a word of its own
    for (const key of model.data.space.map.keys()) if (key.indexOf('=') > 0 && words.size < 20000) words.add(key.slice(key.indexOf('=') + 1));
    let compared = 0;
    for (const w of words) {
      const want = fz.computeWordFeats(w).map((ids) => [...ids]);
      expect(index.wordFeats(w, w.toLowerCase(), shapeShort(w)).map((ids) => [...ids]), w).toEqual(want);
      compared += want.flat().length;
    }
    expect(compared).toBeGreaterThan(50000);
    const ids = (g: Map<string, number>, v: string, n: number) => [...index.pool.subarray(index.at(g, v), index.at(g, v) + n)];
    const fid = (s: string) => model.data.space.id(s);
    for (const lower of ['merkel', 'of', 'bank', 'zzqx']) expect(ids(index.runs, lower, 5)).toEqual([...['RL=', 'RF=', 'RB=', 'RA=', 'HLW='].map((n) => fid(n + lower))]);
    for (const ss of ['Xx', 'X.X.', 'd,d', 'x-X']) expect(ids(index.shortShape, ss, 3)).toEqual(['INIT|', 'SHORT1|', 'SHORT2|'].map((n) => fid(n + ss)));
  });

  it('rules out a phrase look-up only when no gazetteer phrase begins with its first two words', () => {
    const tb = model.tagger.tables;
    const pair = (second: Map<string, Int32Array>, a: string, b: string) => holdsId(second.get(a), tb.phraseWords.get(b) ?? -1);
    for (const [keys, second] of [[model.data.res.gaz.keys(), tb.gazSecond], [model.data.res.tgaz.keys(), tb.tgazSecond]] as const) {
      let phrases = 0;
      for (const key of keys) {
        const toks = key.split(' ');
        if (toks.length < 2) continue;
        phrases++;
        if (!pair(second, toks[0], toks[1])) expect.unreachable(`${key} ruled out`);
      }
      expect(phrases).toBeGreaterThan(1000);
    }
    expect(pair(tb.gazSecond, 'new', 'york')).toBe(true);
    expect(pair(tb.gazSecond, 'new', 'zzqx')).toBe(false);
    expect(holdsId(Int32Array.from([2, 5, 9]), 5)).toBe(true);
    expect(holdsId(Int32Array.from([2, 5, 9]), 4)).toBe(false);
    expect(holdsId(undefined, 2)).toBe(false);
  });

  it('is consistent within a document', () => {
    const text = 'Angela Merkel arrived in Paris on Monday.\nMerkel said the talks went well.';
    const spans = tagDocument(model, splitSentences(text), text);
    expect(spans.filter((s) => s.label === 'PER').map((s) => s.text)).toEqual(['Angela Merkel', 'Merkel']);
  });
});

describe('label conversions', () => {
  it('round-trips IOB1 through BILOU', () => {
    const iob = ['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-LOC', 'I-ORG'];
    const spans = iobToSpans(iob);
    expect(spans).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 6, type: 'LOC' },
      { start: 6, end: 7, type: 'ORG' },
    ]);
    expect(bilouToSpans(spansToBilou(iob.length, spans))).toEqual(spans);
  });
});
