import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sentencesFromWords } from '../../src/eval/conll.js';
import type { EntitySpan } from '../../src/extract/types.js';
import { makeLexicon } from '../../src/resolve/corpus-lexicon.js';
import { settleTaggedSpans } from '../../src/resolve/settle-spans.js';
import {
  applySpanTypes,
  decideType,
  documentContext,
  documentFeatures,
  documentScorer,
  spanDocOf,
  spanTypeFeatures,
  spanTypeModelFromFile,
  spanTypeProbs,
  type SpanDoc,
  type SpanTypeResources,
} from '../../src/resolve/span-types.js';
import { annotatedSpanType, spanTypeFile, trainSpanTypes } from '../../src/train/span-types.js';
import { lineSpans } from './spans-of.js';

const noRes: SpanTypeResources = { gaz: new Map(), tgaz: new Map() };

/** One line of words and its spans, each given by its first word index, word count and label. */
function line(words: string[], items: Array<[number, number, EntitySpan['label']]>) {
  return { ...lineSpans(words, items), sentences: sentencesFromWords([words]) };
}

describe('span type features', () => {
  const doc: SpanDoc = {
    sents: [
      ['Officials', 'at', 'Ruch', 'SA', 'said', 'on', 'Monday', '.'],
      ['Ruch', 'shares', 'rose', '.'],
    ],
    spans: [
      { sent: 0, start: 2, end: 4, type: 'ORG' },
      { sent: 1, start: 0, end: 1, type: 'PER' },
    ],
  };
  const f0 = spanTypeFeatures(doc, 0, noRes, documentContext(doc, noRes));
  const f1 = spanTypeFeatures(doc, 1, noRes, documentContext(doc, noRes));

  it('reads the span\'s words, its head and the words around it', () => {
    expect(f0).toEqual(expect.arrayContaining(['w:ruch', 'w:sa', 'first:ruch', 'head:sa', 'L1:at', 'L2:officials at', 'R1:said', 'R2:said on', 'len:2+']));
    expect(f1).toEqual(expect.arrayContaining(['L1:^', 'R1:shares', 'len:<2']));
  });

  it('reads the names of the document that hold the span, and their types', () => {
    expect(f1).toEqual(expect.arrayContaining(['inlonger', 'longhead:sa', 'longtype:ORG']));
    // The longer name holds no shorter one of the document's names.
    expect(f0).not.toContain('inlonger');
    expect(f0.some((x) => x.startsWith('longtype:'))).toBe(false);
  });

  it('reads the same name\'s other mentions and their contexts', () => {
    const repeated: SpanDoc = { sents: [['at', 'Texas', 'said'], ['Texas', '4', 'Seattle', '2']], spans: [{ sent: 0, start: 1, end: 2, type: 'LOC' }, { sent: 1, start: 0, end: 1, type: 'LOC' }] };
    const f = spanTypeFeatures(repeated, 0, noRes, documentContext(repeated, noRes));
    expect(f).toEqual(expect.arrayContaining(['same:1+', 'dL1:^', 'dR1:<num>']));
    expect(spanTypeFeatures(repeated, 1, noRes, documentContext(repeated, noRes))).toEqual(expect.arrayContaining(['row:first', 'dL1:at', 'dR1:said']));
  });

  it('reads no context of a name mentioned once, and the contexts of a name\'s first mentions only', () => {
    expect(f0.some((x) => x.startsWith('dL1:') || x.startsWith('dR1:'))).toBe(false);
    const sents = Array.from({ length: 100 }, (_, k) => [`w${k}`, 'Texas', `v${k}`]);
    const many: SpanDoc = { sents, spans: sents.map((_, k) => ({ sent: k, start: 1, end: 2, type: 'LOC' as const })) };
    const ctx = documentContext(many, noRes);
    const last = spanTypeFeatures(many, 99, noRes, ctx);
    expect(last.filter((x) => x.startsWith('dL1:'))).toHaveLength(8);
    expect(last).toContain('same:4+');
    // A first mention does not count its own surroundings as another mention's.
    expect(spanTypeFeatures(many, 0, noRes, ctx)).not.toContain('dL1:w0');
    expect(spanTypeFeatures(many, 0, noRes, ctx)).toContain('dL1:w1');
  });

  it('reads the tagger\'s gazetteer and the training data\'s counts, by the lower-cased name', () => {
    const res: SpanTypeResources = { gaz: new Map([['ruch sa', ['ORG']], ['sa', ['ORGW']]]), tgaz: new Map([['ruch', [0, 3, 1, 0]]]) };
    expect(spanTypeFeatures(doc, 0, res, documentContext(doc, res))).toEqual(expect.arrayContaining(['gaz:ORG', 'gazhead:ORGW', 'tg:none']));
    expect(spanTypeFeatures(doc, 1, res, documentContext(doc, res))).toEqual(expect.arrayContaining(['tg:ORG', 'tg:ORG:most']));
  });

  it('reads whether the span\'s words are ones the news mostly writes in lower case, and its capitalisation', () => {
    const capStat = new Map([['sikorsky', '4'], ['aircraft', '1'], ['advertising', '0'], ['age', '1'], ['kenneth', '4'], ['ford', '4'], ['israel', '4'], ['klein', '4']]);
    const res: SpanTypeResources = { ...noRes, capStat };
    const of = (ws: string[]) => {
      const d: SpanDoc = { sents: [[...ws, 'said', '.']], spans: [{ sent: 0, start: 0, end: ws.length, type: 'ORG' }] };
      return spanTypeFeatures(d, 0, res, documentContext(d, res));
    };
    expect(of(['Sikorsky', 'Aircraft'])).toEqual(expect.arrayContaining(['lc:head', 'lc:some', 'cap:head:1']));
    expect(of(['Advertising', 'Age'])).toEqual(expect.arrayContaining(['lc:head', 'lc:some']));
    // A person's name: no word the news writes in lower case.
    for (const name of [['Kenneth', 'Ford'], ['Israel', 'Klein']]) {
      const f = of(name);
      expect(f).not.toContain('lc:head');
      expect(f).not.toContain('lc:some');
      expect(f).toContain('cap:head:4');
    }
    // A word the statistics do not hold, and no statistics at all.
    expect(of(['Zogby'])).toContain('cap:head:u');
    expect(of(['Zogby'])).not.toContain('lc:head');
    expect(spanTypeFeatures(doc, 0, noRes, documentContext(doc, noRes)).some((x) => x.startsWith('lc:') || x.startsWith('cap:'))).toBe(false);
  });

  it('reads the word before "of" or "for" as the head of a name of that form', () => {
    const ws = ['U.S.', 'District', 'Court', 'for', 'the', 'Southern', 'District', 'of', 'New', 'York'];
    const d: SpanDoc = { sents: [[...ws, 'said']], spans: [{ sent: 0, start: 0, end: ws.length, type: 'ORG' }] };
    expect(spanTypeFeatures(d, 0, noRes, documentContext(d, noRes))).toEqual(expect.arrayContaining(['prephead:court', 'head:york']));
    // None for a name without one, nor for one that starts with it.
    expect(spanTypeFeatures(doc, 0, noRes, documentContext(doc, noRes)).some((x) => x.startsWith('prephead:'))).toBe(false);
    const ofFirst: SpanDoc = { sents: [['of', 'Ruch']], spans: [{ sent: 0, start: 0, end: 2, type: 'ORG' }] };
    expect(spanTypeFeatures(ofFirst, 0, noRes, documentContext(ofFirst, noRes)).some((x) => x.startsWith('prephead:'))).toBe(false);
  });

  it('counts no joining word nor particle as a common noun of the name', () => {
    // As the news corpus writes them: "of", "for" in lower case (bucket 0), "de", "da" mostly (1), "bank" often (2).
    const capStat = new Map([['bank', '2'], ['of', '0'], ['for', '0'], ['england', '4'], ['charles', '4'], ['de', '1'], ['gaulle', '4'], ['lula', '4'], ['da', '1'], ['silva', '4'], ['centre', '1'], ['policy', '0'], ['studies', '1']]);
    const res: SpanTypeResources = { ...noRes, capStat };
    const of = (ws: string[]) => {
      const d: SpanDoc = { sents: [[...ws, 'said', '.']], spans: [{ sent: 0, start: 0, end: ws.length, type: 'ORG' }] };
      return spanTypeFeatures(d, 0, res, documentContext(d, res));
    };
    for (const name of [['Bank', 'of', 'England'], ['Charles', 'de', 'Gaulle'], ['Lula', 'da', 'Silva']]) expect(of(name)).not.toContain('lc:some');
    // A common noun beside the connector still counts.
    expect(of(['Centre', 'for', 'Policy', 'Studies'])).toContain('lc:some');
  });

  it('finds the head before the connector in any case, with the connectors of the data list, and not before a particle', () => {
    const of = (ws: string[]) => {
      const d: SpanDoc = { sents: [[...ws, 'said']], spans: [{ sent: 0, start: 0, end: ws.length, type: 'ORG' }] };
      return spanTypeFeatures(d, 0, noRes, documentContext(d, noRes));
    };
    expect(of(['Court', 'Of', 'Appeals'])).toContain('prephead:court');
    expect(of(['COURT', 'OF', 'APPEALS'])).toContain('prephead:court');
    expect(of(['Commission', 'on', 'Human', 'Rights'])).toContain('prephead:commission');
    // A person's particle is no connector: no head before it.
    for (const name of [['Charles', 'de', 'Gaulle'], ['Ursula', 'von', 'der', 'Leyen']]) expect(of(name).some((x) => x.startsWith('prephead:'))).toBe(false);
  });

  it('reads the words around a name apart on a page of results', () => {
    const results: SpanDoc = { sents: [['homer', 'for', 'Seattle', '.'], ['Texas', '4-2'], ['Boston', '3-1'], ['Detroit', '2-0']], spans: [{ sent: 0, start: 2, end: 3, type: 'LOC' }] };
    expect(spanTypeFeatures(results, 0, noRes, documentContext(results, noRes))).toEqual(expect.arrayContaining(['L1:for', 'sL1:for', 'sR1:.']));
    const news: SpanDoc = { sents: [['flew', 'to', 'Seattle', '.']], spans: [{ sent: 0, start: 2, end: 3, type: 'LOC' }] };
    expect(spanTypeFeatures(news, 0, noRes, documentContext(news, noRes)).some((x) => x.startsWith('sL1:') || x.startsWith('sR1:'))).toBe(false);
  });

  it('says a document is a table of results when many lines hold numbers', () => {
    const table = { sents: [['Ajax', '3', 'PSV', '1'], ['Feyenoord', '2-1', '5'], ['Twente', '1-0', '4'], ['Vitesse', '0-0']] };
    expect(documentFeatures(table)).toEqual(expect.arrayContaining(['doc:rows:0.4+', 'doc:scores']));
    expect(documentFeatures({ sents: [['The', 'bank', 'said', '.']] })).toEqual(['doc:rows:<0.15']);
  });
});

describe('the type decision', () => {
  it('keeps the tagger\'s type unless another is more probable by the margin', () => {
    expect(decideType('ORG', [0.1, 0.3, 0.55, 0.05], 0.3)).toBe('ORG');
    expect(decideType('ORG', [0.1, 0.2, 0.65, 0.05], 0.3)).toBe('LOC');
    expect(decideType('PER', [0.05, 0.05, 0.8, 0.1], 0.5)).toBe('LOC');
  });

  it('gives probabilities that sum to one, even with no known feature', () => {
    const p = spanTypeProbs(new Map([['w:texas', Float64Array.from([0, 1, 2, 0])]]), ['w:texas', 'unknown']);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p[2]).toBeGreaterThan(p[1]);
    expect([...spanTypeProbs(new Map(), ['x'])]).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('retypes a span on the tagger\'s words only, and leaves the others as they were', () => {
    const { sentences, spans } = line(['Minnesota', 'beat', 'Texas', '4-2', '.'], [[0, 1, 'LOC'], [2, 1, 'LOC']]);
    const model = { weights: new Map([['R1:<score>', Float64Array.from([0, 6, 0, 0])]]), margin: 0.5 };
    const out = applySpanTypes(sentences, spans, model, noRes);
    expect(out.map((s) => `${s.label} ${s.text}`)).toEqual(['LOC Minnesota', 'ORG Texas']);
    expect(out[0]).toBe(spans[0]);
    // A high margin keeps the tagger's types.
    expect(applySpanTypes(sentences, spans, { ...model, margin: 0.999 }, noRes).map((s) => s.label)).toEqual(['LOC', 'LOC']);
  });

  it('retypes a span on a pair of words around it, though the words alone say nothing', () => {
    // The pairs (L2, R2, headR1) are built only where they could change the type: here they must be.
    const { sentences, spans } = line(['Minnesota', 'beat', 'Texas', '4-2', 'today', '.'], [[0, 1, 'LOC'], [2, 1, 'LOC']]);
    for (const [feature, retyped] of [['R2:<score> today', 'ORG Texas'], ['L2:minnesota beat', 'ORG Texas'], ['headR1:texas|<score>', 'ORG Texas'], ['R2:beat texas', 'ORG Minnesota']]) {
      const model = { weights: new Map([[feature, Float64Array.from([0, 10, 0, 0])], ['bias', Float64Array.from([0, -2, 3, 0])]]), margin: 0.5 };
      const out = applySpanTypes(sentences, spans, model, noRes).map((s) => `${s.label} ${s.text}`);
      expect(out).toContain(retyped);
      expect(out).toHaveLength(2);
      // Without the pair, the bias holds both at LOC.
      expect(applySpanTypes(sentences, spans, { ...model, weights: new Map([['bias', Float64Array.from([0, -2, 3, 0])]]) }, noRes).map((s) => s.label)).toEqual(['LOC', 'LOC']);
    }
  });

  it('decides every span as the document scorer\'s probabilities and the margin do, whichever spans it skips', () => {
    const words = ['Officials', 'at', 'Ruch', 'SA', 'said', 'Ruch', 'beat', 'Texas', 'in', 'Paris', 'on', 'Monday', '.'];
    const { sentences, spans } = line(words, [[2, 2, 'ORG'], [5, 1, 'PER'], [7, 1, 'LOC'], [9, 1, 'LOC'], [11, 1, 'MISC']]);
    const { doc } = spanDocOf(sentences, spans);
    const features = [...new Set(doc.spans.flatMap((_, i) => spanTypeFeatures(doc, i, noRes, documentContext(doc, noRes))))].sort();
    let x = 7;
    const next = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
    let changed = 0;
    let kept = 0;
    for (let round = 0; round < 40; round++) {
      const scale = 1 + (round % 5) * 2;
      const model = { weights: new Map(features.map((f): [string, Float64Array] => [f, Float64Array.from([next(), next(), next(), next()].map((v) => v * scale))])), margin: 0.2 + (round % 4) * 0.2 };
      const score = documentScorer(doc, model, noRes);
      const want = spans.map((sp, i) => decideType(sp.label, score(i), model.margin));
      const got = applySpanTypes(sentences, spans, model, noRes).map((s) => s.label);
      expect(got).toEqual(want);
      got.forEach((l, i) => (l === spans[i].label ? kept++ : changed++));
    }
    // The rounds try both outcomes many times.
    expect(changed).toBeGreaterThan(20);
    expect(kept).toBeGreaterThan(20);
  });

  it('leaves out of the document a span whose edges are not the tokens\'', () => {
    const { sentences, spans } = line(['Ruch', 'SA', 'said'], [[0, 2, 'ORG']]);
    const off = { ...spans[0], start: 1, text: 'uch SA' };
    expect(spanDocOf(sentences, [off, spans[0]]).index).toEqual([1]);
    expect(spanDocOf(sentences, [spans[0]]).doc.spans).toEqual([{ sent: 0, start: 0, end: 2, type: 'ORG' }]);
    const two = sentencesFromWords([['He', 'left', '.'], ['Ruch', 'SA', 'said']]);
    const ruch = { start: two[1].tokens[0].start, end: two[1].tokens[1].end, text: 'Ruch SA', label: 'ORG' as const };
    expect(spanDocOf(two, [ruch]).doc.spans).toEqual([{ sent: 1, start: 0, end: 2, type: 'ORG' }]);
    // A span across two sentences is none of the document's.
    expect(spanDocOf(two, [{ ...ruch, start: two[0].tokens[2].start }]).index).toEqual([]);
  });

  it('runs in the span chain before the span forms, which have the last word on a dateline', () => {
    const { text, sentences, spans } = line(['CINCINNATI', '1996-08-31'], [[0, 1, 'LOC']]);
    const toOrg = { model: { weights: new Map([['bias', Float64Array.from([0, 9, 0, 0])]]), margin: 0.1 }, res: noRes };
    const settled = (conll: boolean) => settleTaggedSpans(text, sentences, spans, { lexicon: makeLexicon({}), conll, spanTypes: toOrg }).map((s) => s.label);
    expect(settled(true)).toEqual(['LOC']);
    expect(settled(false)).toEqual(['ORG']);
  });
});

describe('scoring a document', () => {
  // Names named again in the same and in other words, a name held by longer ones, a table row: every part of the
  // features, each given a weight of its own, so that leaving one out or counting one twice shows.
  const doc: SpanDoc = {
    sents: [
      ['Officials', 'at', 'Ruch', 'SA', 'said', 'Ruch', 'gained', '.'],
      ['Ruch', 'shares', 'rose', 'at', 'Ruch', 'said', '.'],
      ['Ruch', '2', 'Texas', '1', '2-1'],
      ['at', 'Texas', 'said', 'Ruch', 'Holdings', 'Ltd', 'said', '.'],
    ],
    spans: [
      { sent: 0, start: 2, end: 4, type: 'ORG' },
      { sent: 0, start: 5, end: 6, type: 'PER' },
      { sent: 1, start: 0, end: 1, type: 'PER' },
      { sent: 1, start: 4, end: 5, type: 'ORG' },
      { sent: 2, start: 0, end: 1, type: 'ORG' },
      { sent: 2, start: 2, end: 3, type: 'LOC' },
      { sent: 3, start: 1, end: 2, type: 'LOC' },
      { sent: 3, start: 3, end: 6, type: 'ORG' },
    ],
  };
  const res: SpanTypeResources = { gaz: new Map([['ruch sa', ['ORG']], ['texas', ['LOC']]]), tgaz: new Map([['texas', [0, 1, 5, 0]]]), capStat: new Map([['holdings', 'lower']]) };
  const ctx = documentContext(doc, res);
  const all = doc.spans.map((_, i) => spanTypeFeatures(doc, i, res, ctx));
  /** A weight vector for every feature the document has, different for each. */
  const weighted = (seed: number) => {
    let x = seed;
    const next = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
    return new Map([...new Set(all.flat())].sort().map((f): [string, Float64Array] => [f, Float64Array.from([next(), next(), next(), next()])]));
  };

  it('gives every span the probabilities of its features, each part read once for what it depends on', () => {
    for (const seed of [1, 2, 3]) {
      const model = { weights: weighted(seed), margin: 0.5 };
      const score = documentScorer(doc, model, res);
      doc.spans.forEach((_, i) => {
        const want = spanTypeProbs(model.weights, all[i]);
        const got = score(i);
        for (let k = 0; k < 4; k++) expect(got[k]).toBeCloseTo(want[k], 12);
      });
    }
  });

  it('leaves a mention\'s own words out of what the document says of its name', () => {
    // "Ruch" alone: "said Ruch gained", "^ Ruch shares", "at Ruch said", "^ Ruch 2". A context one mention has is
    // the others', not its own; one two mentions have is each one's.
    expect(all[3]).toEqual(expect.arrayContaining(['dR1:gained', 'dL1:^', 'dR1:shares']));
    expect(all[3]).not.toContain('dL1:at');
    expect(all[1]).toEqual(expect.arrayContaining(['dL1:at', 'dL1:^']));
    expect(all[1]).not.toContain('dR1:gained');
    expect(all[2]).toContain('dL1:^');
  });

  it('reads a name\'s words with the model it scores for', () => {
    const a = { weights: weighted(1), margin: 0.5 };
    const b = { weights: weighted(2), margin: 0.5 };
    const pa = documentScorer(doc, a, res)(0);
    const pb = documentScorer(doc, b, res)(0);
    expect([...pb]).not.toEqual([...pa]);
    expect([...documentScorer(doc, a, res)(0)]).toEqual([...pa]);
  });

  it('reads a name\'s words with the resources it scores with', () => {
    const model = { weights: weighted(1), margin: 0.5 };
    const bare: SpanTypeResources = { ...res, gaz: new Map() };
    const withGaz = documentScorer(doc, model, res)(0);
    const without = documentScorer(doc, model, bare)(0);
    expect([...without]).not.toEqual([...withGaz]);
    const want = spanTypeProbs(model.weights, spanTypeFeatures(doc, 0, bare, documentContext(doc, bare)));
    for (let k = 0; k < 4; k++) expect(without[k]).toBeCloseTo(want[k], 12);
  });
});

describe('the span type model file', () => {
  const weights = new Map([['w:b', Float64Array.from([0.123456, -1, 0, 0])], ['w:a', Float64Array.from([0, 0, 0, 0])], ['bias', Float64Array.from([0, 0.5, 0, 0])]]);

  it('is written sorted, rounded, without zero rows, the same bytes each time, and read back', () => {
    const bytes = spanTypeFile(weights, 0.8, { n: 1 });
    expect(spanTypeFile(weights, 0.8, { n: 1 }).equals(bytes)).toBe(true);
    const file = JSON.parse(gunzipSync(bytes).toString('utf8'));
    expect(file.weights.map((r: [string]) => r[0])).toEqual(['bias', 'w:b']);
    const model = spanTypeModelFromFile(file);
    expect(model.margin).toBe(0.8);
    expect([...model.weights.get('w:b')!]).toEqual([0.1235, -1, 0, 0]);
  });

  it('refuses a file of another shape', () => {
    expect(() => spanTypeModelFromFile({ format: 2 })).toThrow(/format 1/);
    expect(() => spanTypeModelFromFile({ format: 1, types: ['ORG', 'PER', 'LOC', 'MISC'], margin: 1, weights: [] })).toThrow(/types/);
    expect(() => spanTypeModelFromFile({ format: 1, types: ['PER', 'ORG', 'LOC', 'MISC'], margin: null, weights: [] })).toThrow(/margin/);
    expect(() => spanTypeModelFromFile({ format: 1, types: ['PER', 'ORG', 'LOC', 'MISC'], margin: 1, weights: [['x', [1, 2]]] })).toThrow(/4 numbers/);
  });
});

describe('training the span types', () => {
  const examples = [
    ...Array.from({ length: 20 }, () => ({ features: ['bias', 'L1:mr.'], label: 0 })),
    ...Array.from({ length: 20 }, () => ({ features: ['bias', 'head:inc'], label: 1 })),
    ...Array.from({ length: 20 }, () => ({ features: ['bias', 'L1:in'], label: 2 })),
    { features: ['bias', 'once'], label: 3 },
  ];

  it('learns the types from the features, the same weights for the same examples', () => {
    const w = trainSpanTypes(examples, { seed: 3 });
    const best = (f: string[]) => {
      const p = spanTypeProbs(w, f);
      return p.indexOf(Math.max(...p));
    };
    expect([best(['bias', 'L1:mr.']), best(['bias', 'head:inc']), best(['bias', 'L1:in'])]).toEqual([0, 1, 2]);
    expect([...trainSpanTypes(examples, { seed: 3 }).get('head:inc')!]).toEqual([...w.get('head:inc')!]);
    // A feature seen in fewer examples than minCount gets no weight.
    expect(w.has('once')).toBe(false);
  });

  it('weighs an example by its weight', () => {
    const conflict = [{ features: ['x'], label: 0, weight: 1 }, { features: ['x'], label: 1, weight: 0.2 }];
    const p = spanTypeProbs(trainSpanTypes(conflict, { minCount: 1 }), ['x']);
    expect(p[0]).toBeGreaterThan(p[1]);
  });
});

describe('a type from an article\'s annotations', () => {
  const fold = (s: string) => s.toLowerCase().replace(/\./g, '');
  const names = { people: ['Ben Bernanke', ['Hank Paulson', 'Henry Paulson']], organizations: [['Goldman Sachs', 'Goldman']] };

  it('is PER or ORG for a spelling of an annotated person or organization', () => {
    expect(annotatedSpanType('Henry Paulson', 'ORG', names, fold)).toBe('PER');
    expect(annotatedSpanType('GOLDMAN', 'PER', names, fold)).toBe('ORG');
  });

  it('keeps a place or a thing the tagger found, and knows nothing of an unlisted PER or ORG', () => {
    expect(annotatedSpanType('Tokyo', 'LOC', names, fold)).toBe('LOC');
    expect(annotatedSpanType('Dreamliner', 'MISC', names, fold)).toBe('MISC');
    expect(annotatedSpanType('Carquest', 'ORG', names, fold)).toBeUndefined();
    expect(annotatedSpanType('Bernanke', 'PER', names, fold)).toBeUndefined();
  });
});
