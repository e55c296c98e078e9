import { describe, expect, it } from 'vitest';
import type { LexiconCounts } from '../../src/resolve/corpus-lexicon.js';
import { isTermAcronym } from '../../src/train/term-acronyms.js';

/** A lexicon row: the tagger's labels [PER, ORG, LOC, MISC] and the context cues [PER, ORG, LOC]. */
const counts = (orgTagged: number, cues: [number, number, number]): LexiconCounts => ({
  tagged: [0, orgTagged, 0, 0],
  untagged: 0,
  initial: 0,
  lower: 0,
  docs: 10,
  cues,
});

describe('isTermAcronym', () => {
  it('takes an acronym spelled out as a lower-case term, with no name context, for a term', () => {
    // "earnings before interest, taxes, depreciation and amortization (EBITDA)": tagged ORG, never in a body's context.
    expect(isTermAcronym({ term: 85, name: 0 }, counts(133, [0, 0, 0]))).toBe(true);
    expect(isTermAcronym({ term: 5, name: 0 }, undefined)).toBe(true);
  });

  it('keeps a handful of body contexts among many tagged uses a term ("IPO": 18 cues in 1019)', () => {
    expect(isTermAcronym({ term: 300, name: 2 }, counts(1019, [1, 18, 0]))).toBe(true);
  });

  it('takes an acronym the corpus writes in a body\'s contexts for a name, though some articles spell it out as a term', () => {
    // "Italian oil major ENI", "ENI said its" against "economic net income (ENI)" in results articles.
    expect(isTermAcronym({ term: 4, name: 0 }, counts(29, [0, 10, 0]))).toBe(false);
  });

  it('does not let too few cues, or cues of a person or place, make it a name', () => {
    expect(isTermAcronym({ term: 4, name: 0 }, counts(7, [0, 6, 0]))).toBe(true);
    expect(isTermAcronym({ term: 4, name: 0 }, counts(29, [10, 0, 0]))).toBe(true);
  });

  it('refuses an acronym spelled out too seldom, or too often as a name', () => {
    expect(isTermAcronym({ term: 2, name: 0 }, undefined)).toBe(false);
    expect(isTermAcronym({ term: 9, name: 1 }, undefined)).toBe(false);
    expect(isTermAcronym({ term: 10, name: 1 }, undefined)).toBe(true);
  });
});
