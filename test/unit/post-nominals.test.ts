import { describe, expect, it } from 'vitest';
import { isNameSuffix, isPostNominal, nameSuffixes } from '../../src/resolve/post-nominals.js';

describe("the letters after a person's name, from the data file", () => {
  it('lists the name suffixes among the post-nominals', () => {
    expect([...nameSuffixes()]).toEqual(['JR', 'SR']);
    for (const w of nameSuffixes()) expect(isPostNominal(w)).toBe(true);
  });

  it('reads a name suffix in any case, with its dot or comma, and no other post-nominal as one', () => {
    expect(['Jr.', 'JR', 'Sr', 'Jr.,'].map(isNameSuffix)).toEqual([true, true, true, true]);
    expect(['QC', 'TD', 'Junior', 'J'].map(isNameSuffix)).toEqual([false, false, false, false]);
  });

  it('reads post-nominals as written, with a comma after them', () => {
    expect(['TD', 'QC,', 'OBE', 'PhD'].map(isPostNominal)).toEqual([true, true, true, true]);
    expect(['td', 'Smith', 'Inc'].map(isPostNominal)).toEqual([false, false, false]);
  });
});
