// The pattern finder's word lists, loaded from data/meetings/pattern-words.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEMALE_FIRST_NAMES, OBJECT_FILLER_WORDS } from '../../../src/extract/meetings/patterns/words.js';

describe('pattern word lists', () => {
  const file = JSON.parse(readFileSync(new URL('../../../data/meetings/pattern-words.json', import.meta.url), 'utf8')) as Record<string, string[]>;

  it('are the data file, every word lower case', () => {
    expect([...OBJECT_FILLER_WORDS]).toEqual([...new Set(file.objectFillerWords)]);
    expect([...FEMALE_FIRST_NAMES]).toEqual([...new Set(file.femaleFirstNames)]);
    for (const w of [...OBJECT_FILLER_WORDS, ...FEMALE_FIRST_NAMES]) expect(w).toBe(w.toLowerCase());
  });
  it('"met his counterpart" words are fillers; verbs and clause words are not', () => {
    for (const w of ['his', 'counterpart', 'visiting', 'outgoing', 'prime', 'minister']) expect(OBJECT_FILLER_WORDS.has(w)).toBe(true);
    for (const w of ['said', 'that', 'met', 'with']) expect(OBJECT_FILLER_WORDS.has(w)).toBe(false);
  });
  it('female first names for "she": Angela, Hillary, Christine; not Barack or Nicolas', () => {
    for (const w of ['angela', 'hillary', 'christine', 'ségolène']) expect(FEMALE_FIRST_NAMES.has(w)).toBe(true);
    for (const w of ['barack', 'nicolas', 'vladimir']) expect(FEMALE_FIRST_NAMES.has(w)).toBe(false);
  });
});
