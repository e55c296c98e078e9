import { describe, expect, it } from 'vitest';
import { calibrated, sparseRows, topicLogits, withSecondLogits } from '../../src/extract/topic-model.ts';
import { indexedRows, project, tfidfFeatures, tfidfLogits, tfidfModelFromFile, tfidfTokens, tfidfVector, withSpace, type SparseRow } from '../../src/extract/topic-tfidf.ts';
import { buildVocabulary, lsaSpace, symmetricEigen, tfidfModelToFile, trainTfidfModel } from '../../src/train/topic-tfidf.ts';

const row = (pairs: Array<[number, number]>): SparseRow => ({ idx: Int32Array.from(pairs, (p) => p[0]), val: Float64Array.from(pairs, (p) => p[1]) });

describe('flat weight rows', () => {
  it('indexedRows: row j holds its columns and weights times the scale, an absent row none', () => {
    const r = indexedRows([[2, 1, 0, -3], undefined, [1, 4]], 0.5);
    expect([...r.starts]).toEqual([0, 2, 2, 3]);
    expect([...r.cols]).toEqual([2, 0, 1]);
    expect([...r.values]).toEqual([0.5, -1.5, 2]);
  });
  it('sparseRows finds a row by its feature, and topicLogits sums a feature only over its own row', () => {
    const weights = sparseRows([['w:oil', [0, 2, 1, -1]], ['w:gas', []], ['w:bank', [1, 3]]], 2);
    expect(weights.rows.get('w:bank')).toBe(2);
    expect([...weights.starts]).toEqual([0, 2, 2, 3]);
    const m = { bias: Float64Array.from([0.5, 0]), weights };
    expect([...topicLogits(m, [['w:bank', 1], ['w:none', 5]])]).toEqual([0.5, 6]);
    expect([...topicLogits(m, [['w:oil', 0.5], ['w:gas', 7], ['w:bank', 1]])]).toEqual([2.5, 5]);
  });
  it('tfidfLogits reads a feature index past the last row as no weights', () => {
    const m = { bias: Float64Array.from([0, 0]), weights: indexedRows([[0, 1], undefined, [1, 2]]) };
    const x = { idx: Int32Array.from([2, 3, 99]), val: Float64Array.from([1, 1, 1]) };
    expect([...tfidfLogits(m, x)]).toEqual([0, 2]);
  });
});

describe('tfidfTokens', () => {
  it('lower-cases, keeps runs of two or more word characters, drops stop words', () => {
    expect(tfidfTokens("The Fed's rate-cut: 2.5% in Q3, a Café")).toEqual(['fed', 'rate', 'cut', 'q3', 'café']);
  });
  it('gives nothing for stop words and single characters only', () => {
    expect(tfidfTokens('a I of the and x y')).toEqual([]);
  });
});

describe('buildVocabulary and tfidfVector', () => {
  const docs = [
    ['oil', 'price', 'opec'],
    ['oil', 'price', 'bank'],
    ['bank', 'rate', 'fed'],
    ['oil', 'bank', 'rate'],
    ['once'],
  ];
  const v = buildVocabulary(docs, 2, 0.5);
  it('keeps words of at least minDf documents and at most maxDf of them, sorted', () => {
    // oil 3/5 and bank 3/5 are over half of the documents; opec, fed, once occur once
    expect(v.words).toEqual(['price', 'rate']);
    // smoothed idf: ln((1 + 5) / (1 + 2)) + 1
    expect(v.idf[0]).toBeCloseTo(Math.log(2) + 1, 12);
  });
  it('keeps at most maxWords words, those of the most documents, ties by the word, still sorted', () => {
    // df: oil 3, bank 3, price 2, rate 2, opec 1, fed 1, once 1
    expect(buildVocabulary(docs, 1, 1, 3).words).toEqual(['bank', 'oil', 'price']);
    expect(buildVocabulary(docs, 1, 1, 2).words).toEqual(['bank', 'oil']);
    expect(buildVocabulary(docs, 1, 1, 100).words).toEqual(buildVocabulary(docs, 1, 1).words);
    expect(buildVocabulary(docs, 2, 0.5, 1).words).toEqual(['price']);
    // a tie met in reverse order of the alphabet: the word decides, not the order of first sight
    expect(buildVocabulary([['rate', 'price'], ['rate', 'price'], ['zinc']], 1, 1, 1).words).toEqual(['price']);
    // the kept words come out in the alphabet's order, not by their counts
    expect(buildVocabulary([['zinc', 'oil'], ['zinc', 'oil'], ['zinc', 'bank']], 1, 1, 2).words).toEqual(['oil', 'zinc']);
  });
  it('trains the second model over the capped vocabulary', () => {
    const texts = [['oil', 'price', 'opec'], ['oil', 'price', 'rig'], ['bank', 'rate', 'fed'], ['bank', 'rate', 'loan'], ['oil', 'bank']];
    const labels = [[0], [0], [1], [1], [0, 1]];
    expect(trainTfidfModel(texts, labels, [], 2, { minDf: 1, maxDf: 1, maxWords: 3, dim: 2, maxIter: 20 }).words).toEqual(['bank', 'oil', 'price']);
    expect(trainTfidfModel(texts, labels, [], 2, { minDf: 1, maxDf: 1, dim: 2, maxIter: 20 }).words).toHaveLength(8);
  });
  it('weighs 1 + log count by idf and scales to unit length; unknown words count for nothing', () => {
    const wide = buildVocabulary(docs, 1, 1);
    const x = tfidfVector(wide, ['oil', 'oil', 'opec', 'unknown']);
    const oil = wide.columns.get('oil')!;
    const opec = wide.columns.get('opec')!;
    expect([...x.idx]).toEqual([oil, opec].sort((a, b) => a - b));
    const raw = [(1 + Math.log(2)) * wide.idf[oil], wide.idf[opec]];
    const n = Math.hypot(...raw);
    expect(x.val[[...x.idx].indexOf(oil)]).toBeCloseTo(raw[0] / n, 12);
    expect(Math.hypot(...x.val)).toBeCloseTo(1, 12);
    expect(tfidfVector(wide, ['unknown']).idx.length).toBe(0);
  });
});

describe('symmetricEigen', () => {
  it('finds the eigenpairs of a symmetric matrix', () => {
    const m = Float64Array.from([4, 1, 0, 1, 3, 1, 0, 1, 2]);
    const { values, vectors } = symmetricEigen(m, 3);
    for (let e = 0; e < 3; e++) {
      for (let i = 0; i < 3; i++) {
        let mv = 0;
        for (let j = 0; j < 3; j++) mv += m[i * 3 + j] * vectors[j * 3 + e];
        expect(mv).toBeCloseTo(values[e] * vectors[i * 3 + e], 10);
      }
    }
    expect([...values].reduce((a, b) => a + b, 0)).toBeCloseTo(9, 10);
  });
});

describe('lsaSpace', () => {
  // Rows of two planted directions (columns 0-2 and 3-5) plus small noise: rank about 2.
  const rows: SparseRow[] = [];
  for (let i = 0; i < 40; i++) {
    const a = i % 2 ? 1 : 0.2;
    const b = i % 2 ? 0.1 : 1;
    rows.push(row([[0, a], [1, a], [2, a], [3, b], [4, b], [5, b], [6 + (i % 4), 0.01]]));
  }
  it('recovers the top singular directions: projections reproduce the rows inner products', () => {
    const space = lsaSpace(rows, 10, 2, 7, 4, 4);
    // x·space are the U·Σ coordinates: their inner products are those of the rows, for a rank-2 matrix up to the noise
    const coords = rows.map((r) => {
      const c = [0, 0];
      r.idx.forEach((j, t) => {
        c[0] += r.val[t] * space[j * 2];
        c[1] += r.val[t] * space[j * 2 + 1];
      });
      return c;
    });
    const dot = (x: SparseRow, y: SparseRow) => {
      let s = 0;
      x.idx.forEach((j, t) => {
        const u = [...y.idx].indexOf(j);
        if (u >= 0) s += x.val[t] * y.val[u];
      });
      return s;
    };
    for (const [i, j] of [[0, 1], [1, 3], [0, 2], [5, 6]]) {
      expect(coords[i][0] * coords[j][0] + coords[i][1] * coords[j][1]).toBeCloseTo(dot(rows[i], rows[j]), 3);
    }
  });
  it('is deterministic for a seed, and the sign is fixed', () => {
    expect([...lsaSpace(rows, 10, 2, 7)]).toEqual([...lsaSpace(rows, 10, 2, 7)]);
    const a = lsaSpace(rows, 10, 2, 7);
    const b = lsaSpace(rows, 10, 2, 8);
    for (let i = 0; i < a.length; i++) expect(a[i]).toBeCloseTo(b[i], 6);
  });
  it('projects to unit length, and an empty row to zeros', () => {
    const space = lsaSpace(rows, 10, 2, 7);
    expect(Math.hypot(...project(space, 2, rows[0]))).toBeCloseTo(1, 12);
    expect([...project(space, 2, row([]))]).toEqual([0, 0]);
  });
});

describe('trainTfidfModel and its file', () => {
  const texts = [
    'Oil prices rose as OPEC cut crude output',
    'Crude oil futures fell; OPEC meets on output',
    'The central bank raised interest rates',
    'Interest rates held by the central bank, inflation high',
    'OPEC crude output and oil prices',
    'Bank lending and interest rates fall with inflation',
  ].map(tfidfTokens);
  const labels = [[0], [0], [1], [1], [0], [1]];
  const unlabelled = ['Oil and crude from OPEC', 'Rates and inflation at the bank'].map(tfidfTokens);
  const train = () => trainTfidfModel(texts, labels, unlabelled, 3, { dim: 2, C: 10 });
  it('scores the right topic higher on a new text, and leaves a topic without examples at -30', () => {
    const m = train();
    const z = tfidfLogits(m, tfidfFeatures(m, 'OPEC to cut crude oil output'));
    expect(z[0]).toBeGreaterThan(z[1]);
    const z2 = tfidfLogits(m, tfidfFeatures(m, 'Central bank raises interest rates on inflation'));
    expect(z2[1]).toBeGreaterThan(z2[0]);
    expect(z[2]).toBe(-30);
  });
  it('trains only the topics asked for: one left out has no weights and a bias of -30, the others are unchanged', () => {
    const all = train();
    const m = trainTfidfModel(texts, labels, unlabelled, 3, { dim: 2, C: 10, topics: [false, true, true] });
    expect(m.bias[0]).toBe(-30);
    // the weights' columns are topic indices: topic 0 is never among them
    const topicsWeighted = [...m.weights.cols];
    expect(topicsWeighted).not.toContain(0);
    expect(topicsWeighted).toContain(1);
    expect(m.bias[1]).toBe(all.bias[1]);
    const x = tfidfFeatures(m, 'OPEC to cut crude oil output');
    expect(tfidfLogits(m, x)[0]).toBe(-30);
    expect(tfidfLogits(m, x)[1]).toBeCloseTo(tfidfLogits(all, x)[1], 12);
  });
  it('is byte-reproducible, and its file scores as the trained model does (quantised)', () => {
    const a = JSON.stringify(tfidfModelToFile(train(), [1.5, -2], 0.5));
    expect(JSON.stringify(tfidfModelToFile(train(), [1.5, -2], 0.5))).toBe(a);
    const m = train();
    const loaded = tfidfModelFromFile(JSON.parse(a));
    const text = 'Oil output and interest rates';
    const z1 = tfidfLogits(m, tfidfFeatures(m, text));
    const z2 = tfidfLogits(loaded, tfidfFeatures(loaded, text));
    for (let k = 0; k < 2; k++) expect(z2[k]).toBeCloseTo(z1[k], 2);
  });
  it('trains a main-topic head on request: the first label of each text, kept through the file, a topic no text leads at -30', () => {
    // text 4 (oil) leads with topic 2 and has topic 0 second; topic 1's texts list topic 0 second too: only first labels count
    const headLabels = [[0], [0], [1, 0], [1, 0], [2, 0], [1]];
    const h2 = trainTfidfModel(texts, headLabels, unlabelled, 3, { dim: 2, C: 10, headC: 10 }).head!;
    expect(h2.bias[2]).not.toBe(-30);
    const oil = trainTfidfModel(texts, headLabels, unlabelled, 3, { dim: 2, C: 10, headC: 10 });
    const zOil = tfidfLogits(h2, tfidfFeatures(oil, 'OPEC crude output and oil prices'));
    expect(zOil[2]).toBeGreaterThan(tfidfLogits(h2, tfidfFeatures(oil, 'The central bank raised interest rates'))[2]);
    // a topic only ever second is no text's main topic: -30, as one no text has
    const onlySecond = trainTfidfModel(texts, [[0], [0, 2], [1], [1, 2], [0], [1]], unlabelled, 3, { dim: 2, C: 10, headC: 10 }).head!;
    expect(onlySecond.bias[2]).toBe(-30);
    const m = trainTfidfModel(texts, labels.map((l, i) => (i === 4 ? [0, 1] : l)), unlabelled, 3, { dim: 2, C: 10, headC: 10 });
    expect(train().head).toBeUndefined();
    const h = m.head!;
    expect(h.bias[2]).toBe(-30);
    const x = tfidfFeatures(m, 'Central bank raises interest rates on inflation');
    const z = tfidfLogits(h, x);
    expect(z[1]).toBeGreaterThan(z[0]);
    const file = tfidfModelToFile(m, [1, 0], 0.5);
    expect(JSON.stringify(tfidfModelToFile(trainTfidfModel(texts, labels.map((l, i) => (i === 4 ? [0, 1] : l)), unlabelled, 3, { dim: 2, C: 10, headC: 10 }), [1, 0], 0.5))).toBe(JSON.stringify(file));
    const loaded = tfidfModelFromFile(JSON.parse(JSON.stringify(file)));
    const z2 = tfidfLogits(loaded.head!, tfidfFeatures(loaded, 'Central bank raises interest rates on inflation'));
    for (let k = 0; k < 3; k++) expect(z2[k]).toBeCloseTo(z[k], 2);
    expect(tfidfModelFromFile(JSON.parse(JSON.stringify(tfidfModelToFile(train(), [1, 0], 0.5)))).head).toBeUndefined();
  });
  it('appends the space after the words', () => {
    const x = withSpace(row([[1, 0.5]]), Float64Array.from([0.6, 0.8]), 4);
    expect([...x.idx]).toEqual([1, 4, 5]);
    expect([...x.val]).toEqual([0.5, 0.6, 0.8]);
  });
});

describe('withSecondLogits', () => {
  const texts = ['Oil prices rose as OPEC cut crude output', 'The central bank raised interest rates', 'OPEC oil output', 'Bank interest rates'].map(tfidfTokens);
  const m = trainTfidfModel(texts, [[0], [1], [0], [1]], [], 2, { dim: 1 });
  it("keeps both heads' logits and appends the second model's for the text", () => {
    const z = withSecondLogits([1, 2, 3, 4, 99], 2, m, 'OPEC oil');
    expect([...z.subarray(0, 4)]).toEqual([1, 2, 3, 4]);
    expect([...z.subarray(4)]).toEqual([...tfidfLogits(m, tfidfFeatures(m, 'OPEC oil'))]);
    expect(z[4]).toBeGreaterThan(z[5]);
  });
  it("appends the main-topic head's logits after the second model's when it has one", () => {
    const mh = trainTfidfModel(texts, [[0], [1], [0], [1]], [], 2, { dim: 1, headC: 10 });
    const z = withSecondLogits([1, 2, 3, 4], 2, mh, 'OPEC oil');
    expect(z.length).toBe(8);
    const x = tfidfFeatures(mh, 'OPEC oil');
    expect([...z.subarray(4, 6)]).toEqual([...tfidfLogits(mh, x)]);
    expect([...z.subarray(6)]).toEqual([...tfidfLogits(mh.head!, x)]);
    expect(z[6]).toBeGreaterThan(z[7]);
  });
  it("refuses logits without both heads'", () => {
    expect(() => withSecondLogits([1, 2, 3], 2, m, 'oil')).toThrow(/both heads/);
  });
});

describe('calibrated with a second model', () => {
  const base = { topics: ['a', 'b'], calibration: [[1, 0], [1, 0]] as Array<[number, number]> };
  const sig = (z: number) => 1 / (1 + Math.exp(-z));
  it('averages the two calibrated scores by the second weight', () => {
    const z = [2, -1, 0, 0, 0, 3];
    const p = calibrated({ ...base, second: { calibration: [2, -1], weight: 0.5 } }, z);
    expect(p[0]).toBeCloseTo(0.5 * sig(2) + 0.5 * sig(-1), 12);
    expect(p[1]).toBeCloseTo(0.5 * sig(-1) + 0.5 * sig(5), 12);
    const p3 = calibrated({ ...base, second: { calibration: [2, -1], weight: 0.25 } }, z);
    expect(p3[1]).toBeCloseTo(0.75 * sig(-1) + 0.25 * sig(5), 12);
  });
  it('takes a weight per topic: 0 leaves that topic to the first model', () => {
    const p = calibrated({ ...base, second: { calibration: [2, -1], weight: [0, 0.5] } }, [2, -1, 0, 0, 0, 3]);
    expect(p[0]).toBe(sig(2));
    expect(p[1]).toBeCloseTo(0.5 * sig(-1) + 0.5 * sig(5), 12);
  });
  it('reads the first model alone without a second model or without its logits', () => {
    expect([...calibrated(base, [2, -1, 0, 0, 0, 3])]).toEqual([sig(2), sig(-1)]);
    expect([...calibrated({ ...base, second: { calibration: [2, -1], weight: 0.5 } }, [2, -1, 0, 0])]).toEqual([sig(2), sig(-1)]);
  });
});
