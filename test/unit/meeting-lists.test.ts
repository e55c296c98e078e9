import { describe, expect, it } from 'vitest';
import { listPartners } from '../../src/extract/meetings/lists.js';
import { splitSentences } from '../../src/extract/tokenize.js';
import type { MeetingFinding, PersonRef } from '../../src/extract/types.js';
import { countScans } from './count-scans.js';

function people(text: string, names: string[]): PersonRef[] {
  return names.map((name) => ({ id: name, name, mentions: [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + name.length, text: name })) }));
}
const met = (text: string, a: string, b: string): MeetingFinding => ({ participants: [a, b].sort(), evidence: { start: 0, end: text.length, text } });
const joined = (text: string, names: string[], pairs: Array<[string, string]>) =>
  listPartners(pairs.map(([a, b]) => met(text, a, b)), text, splitSentences(text), people(text, names)).map((m) => m.participants.join('+')).sort();

describe('list partners of a group meeting', () => {
  it('makes the people one person met in a list meet each other ("X met A, B and C")', () => {
    const text = 'Obama met Sarkozy, Foreign Minister Merkel and Berlusconi at the White House.';
    expect(joined(text, ['Obama', 'Sarkozy', 'Merkel', 'Berlusconi'], [['Obama', 'Sarkozy'], ['Obama', 'Merkel'], ['Obama', 'Berlusconi']])).toEqual(['Berlusconi+Merkel', 'Berlusconi+Sarkozy', 'Merkel+Sarkozy']);
  });

  it('does the same for "A and B were briefed by X"', () => {
    const text = 'Geithner and Bernanke were briefed by Obama on Monday.';
    expect(joined(text, ['Geithner', 'Bernanke', 'Obama'], [['Obama', 'Geithner'], ['Obama', 'Bernanke']])).toEqual(['Bernanke+Geithner']);
  });

  it('joins no one who met apart, or who is not listed with the other', () => {
    expect(joined('Obama met Sarkozy and Merkel separately.', ['Obama', 'Sarkozy', 'Merkel'], [['Obama', 'Sarkozy'], ['Obama', 'Merkel']])).toEqual([]);
    expect(joined('Obama met Sarkozy, who later called on Merkel.', ['Obama', 'Sarkozy', 'Merkel'], [['Obama', 'Sarkozy'], ['Obama', 'Merkel']])).toEqual([]);
    // A suggested or refused meeting: the pairs may be misread as held; a list must not multiply that.
    expect(joined('Monti had suggested a meeting with Merkel, Hollande and Rajoy.', ['Monti', 'Merkel', 'Hollande', 'Rajoy'], [['Monti', 'Merkel'], ['Monti', 'Hollande'], ['Monti', 'Rajoy']])).toEqual([]);
    expect(joined('Obama did not meet Sarkozy and Merkel.', ['Obama', 'Sarkozy', 'Merkel'], [['Obama', 'Sarkozy'], ['Obama', 'Merkel']])).toEqual([]);
    // One meeting each is no group.
    expect(joined('Obama met Sarkozy and Merkel praised them.', ['Obama', 'Sarkozy', 'Merkel'], [['Obama', 'Sarkozy']])).toEqual([]);
  });

  it('never lists as met a pair the article decided planned, negated or remote', () => {
    const text = 'Obama met Sarkozy, Merkel and Berlusconi at the White House.';
    const found = [met(text, 'Obama', 'Sarkozy'), met(text, 'Obama', 'Merkel'), met(text, 'Obama', 'Berlusconi'), { ...met(text, 'Merkel', 'Sarkozy'), status: 'planned' as const }];
    const listed = listPartners(found, text, splitSentences(text), people(text, ['Obama', 'Sarkozy', 'Merkel', 'Berlusconi'])).map((m) => m.participants.join('+')).sort();
    expect(listed).toEqual(['Berlusconi+Merkel', 'Berlusconi+Sarkozy']);
  });
});

describe('list partners of a long round-up', () => {
  /** "Obama met N0, N1, Foreign Minister N2, ... and N(n-1) on Monday.": one met pair per listed name. */
  function roundUp(n: number) {
    const names = Array.from({ length: n }, (_, k) => `N${k}`);
    const items = names.map((name, k) => (k % 5 === 2 ? `Foreign Minister ${name}` : name));
    const text = `Obama met ${items.slice(0, -1).join(', ')} and ${items[n - 1]} on Monday, and Sarkozy later called on Zed.`;
    const found = [...names.map((name) => met(text, 'Obama', name)), met(text, 'Sarkozy', 'Zed')];
    const run = () => listPartners(found, text, splitSentences(text), people(text, ['Obama', 'Sarkozy', 'Zed', ...names]));
    return { names, run };
  }

  it('makes every two names of a 300-name list meet that stand close enough, and no one outside the list', () => {
    const { names, run } = roundUp(300);
    const pairs = run().map((m) => m.participants.join('+'));
    // Between two items: a comma or "and", and the title of the second when it has one; a list joins names at
    // most 12 such words apart.
    const gap = (k: number) => 1 + ((k + 1) % 5 === 2 ? 2 : 0);
    const expected: string[] = [];
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1, words = gap(i); j < names.length && words <= 12; words += gap(j), j++) expected.push([names[i], names[j]].sort().join('+'));
    }
    expect(expected.length).toBeGreaterThan(2000);
    expect(pairs.sort()).toEqual(expected.sort());
    expect(pairs.some((p) => p.includes('Zed') || p.includes('Sarkozy') || p.includes('Obama'))).toBe(false);
  });

  it('does work in proportion to the pairs it decides, not to the pairs times the sentence', () => {
    // Twice the names is four times the pairs: four times the work, not eight or sixteen (a scan of the sentence's
    // tokens and mentions for every pair).
    const small = roundUp(40);
    const large = roundUp(80);
    const smallWork = countScans(() => small.run());
    const largeWork = countScans(() => large.run());
    expect(largeWork / smallWork).toBeLessThan(5.5);
  });
});
