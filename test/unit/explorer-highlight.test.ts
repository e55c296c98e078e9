import { describe, expect, it } from 'vitest';
import { evidenceSentences, type Mark, pieces } from '../../explorer/src/highlight.ts';
import { splitSentences } from '../../src/extract/tokenize.ts';

const text = 'Clinton met Medvedev at Barvikha. Russia said no. Lavrov met Clinton in Moscow.';
const at = (s: string, from = 0) => text.indexOf(s, from);
const mark = (name: string, kind: Mark['kind'], id: string, from = 0): Mark => ({ start: at(name, from), end: at(name, from) + name.length, kind, id, name });
const marks: Mark[] = [
  mark('Clinton', 'PERSON', 'hillary-clinton'),
  mark('Medvedev', 'PERSON', 'dmitry-medvedev'),
  mark('Russia', 'COUNTRY', 'RU'),
  mark('Lavrov', 'PERSON', 'sergei-lavrov'),
  mark('Clinton', 'PERSON', 'hillary-clinton', 40),
];

describe('explorer highlights', () => {
  it('cuts a range into plain runs and marks that rebuild it exactly', () => {
    const ps = pieces(text, marks, 0, 33);
    expect(ps.map((p) => p.text).join('')).toBe(text.slice(0, 33));
    expect(ps.filter((p) => p.mark).map((p) => [p.text, p.mark!.kind])).toEqual([
      ['Clinton', 'PERSON'],
      ['Medvedev', 'PERSON'],
    ]);
  });

  it('leaves out marks outside the range and marks overlapping an earlier one', () => {
    const overlapping: Mark = { start: at('Medvedev') + 2, end: at('Medvedev') + 12, kind: 'COUNTRY', id: 'XX', name: 'x' };
    const ps = pieces(text, [...marks, overlapping], at('Medvedev'), at('Barvikha'));
    expect(ps.map((p) => p.text).join('')).toBe('Medvedev at ');
    expect(ps.filter((p) => p.mark).map((p) => p.mark!.id)).toEqual(['dmitry-medvedev']);
  });

  it('gives the sentences that mention both ends of a link, else those that mention either', () => {
    const sentences = splitSentences(text).map(({ start, end }) => ({ start, end }));
    expect(sentences).toHaveLength(3);
    const both = evidenceSentences(sentences, marks, 'PERSON:hillary-clinton', 'PERSON:sergei-lavrov');
    expect(both.map((s) => text.slice(s.start, s.end))).toEqual(['Lavrov met Clinton in Moscow.']);
    const either = evidenceSentences(sentences, marks, 'COUNTRY:RU', 'PERSON:dmitry-medvedev');
    expect(either.map((s) => text.slice(s.start, s.end))).toEqual(['Clinton met Medvedev at Barvikha.', 'Russia said no.']);
    expect(evidenceSentences(sentences, marks, 'PERSON:nobody', 'COUNTRY:XX')).toEqual([]);
  });
});
