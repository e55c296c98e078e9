import { describe, expect, it } from 'vitest';
import { lowerCaseVariants } from '../../src/train/lexicon-lower.js';

describe('lowerCaseVariants (the lexicon build credits a lower-case use to every case variant)', () => {
  it('credits "man" to both "Man" and "MAN", not to one of them only', () => {
    const v = lowerCaseVariants(['MAN', 'Man', 'IBM']);
    expect(v.get('man')).toEqual(['MAN', 'Man']);
    expect(v.get('ibm')).toEqual(['IBM']);
  });

  it('counts a several-word form for each variant too', () => {
    expect(lowerCaseVariants(['Foreign Ministry', 'FOREIGN MINISTRY']).get('foreign ministry')).toEqual(['Foreign Ministry', 'FOREIGN MINISTRY']);
  });

  it('credits no variant with a lower-case form that is itself a surface, and maps no surface written in lower case', () => {
    const v = lowerCaseVariants(['Apple', 'apple', 'eBay', 'al Qaeda']);
    expect(v.has('apple')).toBe(false);
    expect(v.has('ebay')).toBe(true);
    expect(v.get('ebay')).toEqual(['eBay']);
    expect(v.has('al qaeda')).toBe(true);
    expect([...v.values()].flat()).not.toContain('apple');
    expect(lowerCaseVariants(['the', 'of']).size).toBe(0);
  });
});
