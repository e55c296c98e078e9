import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isBodyHead, isRunFreeWord, orgKindOfWord } from '../../src/resolve/org-kinds.js';

describe('kinds of organization by a word of the name', () => {
  it('gives the kind of a word in any case, with a trailing full stop or comma', () => {
    expect(orgKindOfWord('Foundation')).toBe('civil');
    expect(orgKindOfWord('MINISTRY')).toBe('government');
    expect(orgKindOfWord('party')).toBe('party');
    expect(orgKindOfWord('Holdings,')).toBe('firm');
    expect(orgKindOfWord('Army')).toBe('armed');
    expect(orgKindOfWord('University')).toBe('education');
    expect(orgKindOfWord('Radio')).toBe('media');
  });

  it('gives no kind to other words: names, places, legal suffixes, connectors', () => {
    for (const w of ['Amazon', 'Sea', 'Inc', 'of', 'Obama', '']) expect(orgKindOfWord(w)).toBeUndefined();
  });

  it('lists each word once, in lower case', () => {
    const raw = JSON.parse(readFileSync(new URL('../../data/ner/org-kinds.json', import.meta.url), 'utf8')) as { kinds: Record<string, string[]> };
    const words = Object.values(raw.kinds).flat();
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toBe(w.toLowerCase());
  });

  it("tells a body's head noun as written, and not the words places and things end with", () => {
    for (const w of ['Council', 'Confederation', 'Chamber', 'School', 'Party', 'Foundation']) expect(isBodyHead(w)).toBe(true);
    // Compared as written: a lower-case "council" or a heading's "COUNCIL" is no head; nor a trailing full stop.
    for (const w of ['council', 'COUNCIL', 'Council.', 'Bank', 'Center', 'Office', 'House', 'Fund', 'Street', '']) expect(isBodyHead(w)).toBe(false);
  });

  it('tells the capitalised words that begin a sentence or phrase and no name after them', () => {
    for (const w of ['The', 'But', 'His']) expect(isRunFreeWord(w)).toBe(true);
    for (const w of ['the', 'Heritage', 'Spanish', 'Council']) expect(isRunFreeWord(w)).toBe(false);
  });
});
