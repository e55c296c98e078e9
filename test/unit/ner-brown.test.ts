import { describe, expect, it } from 'vitest';
import { brownClusters } from '../../src/train/brown.js';

describe('Brown clustering', () => {
  // two word classes with interchangeable contexts: names before "said", cities after "in"
  const sents: string[][] = [];
  const names = ['Smith', 'Jones', 'Brown', 'Miller'];
  const cities = ['Paris', 'London', 'Berlin', 'Rome'];
  for (let r = 0; r < 5; r++)
    for (const n of names) for (const c of cities) sents.push([n, 'said', 'in', c, 'on', 'Monday', '.']);

  it('gives every word a bit-string path and groups distributionally similar words', () => {
    const br = brownClusters(sents, { clusters: 4, minFreq: 1 });
    for (const w of [...names, ...cities, 'said', 'in']) expect(br.get(w)).toMatch(/^[01]*$/);
    const prefix = (a: string, b: string) => {
      const x = br.get(a)!;
      const y = br.get(b)!;
      let k = 0;
      while (k < x.length && k < y.length && x[k] === y[k]) k++;
      return k;
    };
    // names share a longer common prefix with each other than with cities
    expect(prefix('Smith', 'Jones')).toBeGreaterThan(prefix('Smith', 'Paris'));
    expect(prefix('Paris', 'Rome')).toBeGreaterThan(prefix('Paris', 'Jones'));
  });

  it('is deterministic', () => {
    const a = brownClusters(sents, { clusters: 3, minFreq: 1 });
    const b = brownClusters(sents, { clusters: 3, minFreq: 1 });
    expect([...a]).toEqual([...b]);
  });
});
