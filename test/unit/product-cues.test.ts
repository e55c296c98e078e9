import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/tokenize.ts';
import { ProductCounter } from '../../src/train/product-cues.ts';

function count(names: string[], articles: string[]): ProductCounter {
  const c = new ProductCounter(new Set(names));
  for (const a of articles) c.add(splitSentences(a));
  return c;
}

describe('ProductCounter', () => {
  it('counts where a name stands as a product and where as a company', () => {
    const c = count(['Zolta', 'Acme'], [
      'Acme unveiled the Zolta on Monday. Sales of the Zolta rose.',
      'The Zolta hybrid sold well, and its Zolta 360 console too. Acme said sales rose.',
      'Acme Inc launched the Zolta in Japan. Shares of Acme fell, and the Acme jet flew.',
    ]);
    expect(c.counts.get('Zolta')).toEqual({ product: 5, company: 0, docs: 3 });
    expect(c.counts.get('Acme')).toEqual({ product: 1, company: 3, docs: 1 });
    expect(c.products()).toEqual(['Zolta']);
  });

  it('reads a model number as a product only before a product noun, not an index', () => {
    const c = count(['Zolta', 'Indx'], [
      'the Zolta 360 console. the Indx 500 index fell.',
      'the Zolta 360 console. the Indx 500 index fell.',
      'the Zolta 360 console. the Indx 500 index fell.',
    ]);
    expect(c.counts.get('Indx')).toBeUndefined();
    expect(c.products()).toEqual(['Zolta']);
  });

  it('wants enough product contexts, in enough articles', () => {
    expect(count(['Zolta'], ['the Zolta hybrid, the Zolta hybrid and the Zolta hybrid.']).products()).toEqual([]);
  });
});
