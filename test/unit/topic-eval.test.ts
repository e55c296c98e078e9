import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatTopicEval, loadTopicLabels, scoreTopicLabels, scoreTopicSets } from '../../src/eval/topics.ts';

const dir = fileURLToPath(new URL('../fixtures/topics/', import.meta.url));
const textDir = fileURLToPath(new URL('../fixtures/topics/texts/', import.meta.url));

describe('topic evaluation', () => {
  it('scores micro and macro F1, per-topic P/R/F1 and the main topic from lists, main first', () => {
    const s = scoreTopicSets([
      { gold: ['economy', 'markets'], predicted: ['economy', 'trade'] },
      { gold: ['trade'], predicted: ['markets', 'trade'] },
    ]);
    // 2 correct of 4 predicted and of 3 gold
    expect(s.microP).toBe(0.5);
    expect(s.microR).toBe(0.667);
    expect(s.microF1).toBe(0.571);
    expect(s.mainAccuracy).toBe(0.5);
    expect(s.mainInGold).toBe(0.5);
    const trade = s.perTopic.find((t) => t.id === 'trade')!;
    expect(trade).toMatchObject({ gold: 1, predicted: 2, correct: 1, precision: 0.5, recall: 1, f1: 0.667 });
    const markets = s.perTopic.find((t) => t.id === 'markets')!;
    expect(markets.f1).toBe(0);
    // economy 1, trade 0.667, markets 0
    expect(s.macroF1).toBe(0.556);
  });

  it('reads the labelled sample by split, and scores the locked test split only when it is named', async () => {
    expect(loadTopicLabels({ dir }).map((a) => [a.file, a.split])).toEqual([
      ['fed.txt', 'test'],
      ['results.txt', 'train'],
    ]);
    const e = await scoreTopicLabels(['train', 'tune'], { dir, textDir });
    expect(e.splits.map((s) => s.split)).toEqual(['train']);
    expect(e.splits[0].scores.articles).toBe(1);
    const both = await scoreTopicLabels(['train', 'test'], { dir, textDir });
    expect(both.splits.map((s) => [s.split, s.scores.articles])).toEqual([
      ['train', 1],
      ['test', 1],
    ]);
    // Plain results and central-bank stories: the classifier gets both main topics.
    for (const s of both.splits) expect(s.scores.mainAccuracy, s.split).toBe(1);
    expect(formatTopicEval(both)).toMatch(/== train: 1 articles; micro P .* main topic 1 /);
  });
});
