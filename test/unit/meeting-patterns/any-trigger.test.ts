import { describe, expect, it } from 'vitest';
import { anyOf, JOINT_ANY, JOINT_TRIGGERS, NOMINAL_ANY, NOMINAL_TRIGGERS, VERB_ANY, VERB_TRIGGERS } from '../../../src/extract/meetings/patterns/triggers.ts';

const sentences = [
  'Obama met with Hu Jintao on Tuesday.',
  'Clinton also met separately with Lavrov.',
  'The two leaders held bilateral talks with the prime minister.',
  'Merkel hosted Sarkozy in Berlin.',
  'Putin sat down with Bush at the summit.',
  'They shook hands.',
  'Paulson had a working lunch with Wang.',
  'Both sides discussed trade.',
  'In talks with Medvedev, Obama pressed on arms control.',
  'After meeting Lagarde, Schaeuble said the euro was safe.',
  'Talks with creditors resumed, the ministry said.',
  'X and Y told a joint news conference the deal was done.',
  'Standing alongside Abe, Obama praised the alliance.',
  'The treaty was signed by both presidents.',
  'Shares of Acme rose 3 percent in early trading on Wall Street.',
  'The central bank left rates unchanged, economists said.',
];

const matches = (re: RegExp, s: string) => [...s.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))].length > 0;

describe('anyOf: a family of triggers in one test', () => {
  it('matches a sentence wherever one of the family matches, so skipping the others loses nothing', () => {
    for (const [any, family] of [
      [VERB_ANY, VERB_TRIGGERS],
      [NOMINAL_ANY, NOMINAL_TRIGGERS],
      [JOINT_ANY, JOINT_TRIGGERS],
    ] as const) {
      const held = sentences.filter((s) => family.some((t) => matches(t.re, s)));
      expect(held.length).toBeGreaterThanOrEqual(2);
      for (const s of held) expect(any.test(s), s).toBe(true);
    }
  });

  it('rejects the sentences that hold no trigger of the family', () => {
    expect(VERB_ANY.test('Shares of Acme rose 3 percent in early trading on Wall Street.')).toBe(false);
    expect(NOMINAL_ANY.test('The central bank left rates unchanged, economists said.')).toBe(false);
    expect(VERB_ANY.test('Obama met with Hu Jintao on Tuesday.')).toBe(true);
  });

  it("keeps each pattern's own flags: a case-blind member does not make the others case-blind", () => {
    expect(anyOf([/\bmet\b/, /talks/i]).test('TALKS began')).toBe(true);
    expect(anyOf([/\bmet\b/, /talks/i]).test('MET')).toBe(false);
    expect(anyOf([/(?<![a-z])met\b/, /talks/i]).test('Xmet')).toBe(true); // case-blind, the look-behind would refuse X
    expect(anyOf([/\bmet\b/u, /talks/iu]).test('\u017fmet')).toBe(true); // case-blind with u, ſ would be a word character
    expect(anyOf([/a/u, /b/]).test('b')).toBe(true);
  });

  it('refuses patterns an alternation would change: back-references, named groups, other flags', () => {
    expect(() => anyOf([/(x)/, /(a)(b)\2/])).toThrow(/back-reference/);
    expect(() => anyOf([/(?<w>met)/])).toThrow(/named group/);
    expect(() => anyOf([/^met/m])).toThrow(/flags/);
    expect(() => anyOf([/(?<!x)met/, /(?<=a)b/])).not.toThrow();
  });
});
