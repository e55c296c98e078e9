import { describe, expect, it } from 'vitest';
import { listPartners } from '../../src/extract/meetings/lists.js';
import { splitSentences } from '../../src/extract/tokenize.js';
import type { MeetingFinding, PersonRef } from '../../src/extract/types.js';

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
