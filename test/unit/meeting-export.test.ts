import { describe, expect, it } from 'vitest';
import { exportedText, FeatureIds, goldPairIndex } from '../../src/train/meetings-export.js';

const gold = {
  people: [['Dmitry Medvedev', 'Dmitri Medvedev'], 'Hillary Clinton', 'Sergei Lavrov', 'Vladimir Putin'],
  countries: [],
  organizations: [],
  meetings: [
    ['Hillary Clinton', 'Sergei Lavrov'],
    ['Dmitry Medvedev', 'Vladimir Putin'],
  ] as Array<[string, string]>,
  not_meetings: [['Hillary Clinton', 'Vladimir Putin']] as Array<[string, string]>,
};

describe('goldPairIndex (the meeting export)', () => {
  it('gives each pair the annotated met pair the scorer would match it to, in either order and any listed spelling', () => {
    expect(goldPairIndex(gold, [['Sergei Lavrov', 'Hillary Clinton'], ['Vladimir Putin', 'dmitri medvedev'], ['Dmitry Medvedev', 'Vladimir Putin']])).toEqual([0, 1, 1]);
  });

  it('gives -1 to a pair that is no met pair: one annotated otherwise, one not annotated, one unknown person', () => {
    expect(goldPairIndex(gold, [['Hillary Clinton', 'Vladimir Putin'], ['Sergei Lavrov', 'Vladimir Putin'], ['Hillary Clinton', 'Nobody Here']])).toEqual([-1, -1, -1]);
  });

  it('tells apart two met pairs that share a person', () => {
    const g = { ...gold, meetings: [['Hillary Clinton', 'Sergei Lavrov'], ['Hillary Clinton', 'Vladimir Putin']] as Array<[string, string]>, not_meetings: [] };
    expect(goldPairIndex(g, [['Vladimir Putin', 'Hillary Clinton'], ['Hillary Clinton', 'Sergei Lavrov']])).toEqual([1, 0]);
  });
});

describe('FeatureIds', () => {
  it('numbers each new string in turn and gives a string seen before its old number', () => {
    const ids = new FeatureIds();
    expect(ids.of(['a', 'b'])).toEqual([0, 1]);
    expect(ids.of(['b', 'c', 'a'])).toEqual([1, 2, 0]);
    expect(ids.names).toEqual(['a', 'b', 'c']);
  });
});

describe('exportedText (the meeting export)', () => {
  it('gives offsets that read back each sentence and each mention of the person it is listed under', () => {
    const text = 'Putin met Merkel in Berlin. The two leaders, Putin and Merkel, talked for an hour.';
    const sentences = [
      { start: 0, end: 27 },
      { start: 28, end: text.length },
    ];
    const at = (w: string, from = 0) => ({ start: text.indexOf(w, from), end: text.indexOf(w, from) + w.length });
    const people = [
      { name: 'Vladimir Putin', mentions: [at('Putin'), at('Putin', 10)] },
      { name: 'Angela Merkel', mentions: [at('Merkel'), at('Merkel', 30)] },
    ];
    const x = exportedText(text, sentences, people);
    expect(x.sentences.map(([s, e]) => text.slice(s, e))).toEqual(['Putin met Merkel in Berlin.', 'The two leaders, Putin and Merkel, talked for an hour.']);
    expect(Object.keys(x.mentions)).toEqual(['Vladimir Putin', 'Angela Merkel']);
    expect(x.mentions['Vladimir Putin'].map(([s, e]) => [text.slice(s, e), s])).toEqual([['Putin', 0], ['Putin', 45]]);
    expect(x.mentions['Angela Merkel'].map(([s, e]) => [text.slice(s, e), s])).toEqual([['Merkel', 10], ['Merkel', 55]]);
    expect(x.text).toBe(text);
  });
});
