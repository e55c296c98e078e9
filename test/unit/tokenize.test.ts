import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/tokenize.js';

const words = (text: string) => splitSentences(text).map((s) => s.tokens.map((t) => t.text));

describe('splitSentences', () => {
  it('gives exact offsets', () => {
    const text = 'Title line\n2008-10-10 06:53:00.0\n(Reuters) - French President Nicolas Sarkozy\'s "Franco-German motor" cost $411.7 billion.';
    const sents = splitSentences(text);
    for (const s of sents) {
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.tokens[0].start, s.tokens[s.tokens.length - 1].end));
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(sents).toHaveLength(3);
    expect(sents[2].tokens.slice(0, 4).map((t) => t.text)).toEqual(['(', 'Reuters', ')', '-']);
  });

  it('respects start and end', () => {
    const text = 'HEADLINE\nBody one. Body two.';
    const start = text.indexOf('Body');
    const sents = splitSentences(text, start);
    expect(sents.map((s) => text.slice(s.start, s.end))).toEqual(['Body one.', 'Body two.']);
    expect(splitSentences(text, 0, 8).map((s) => s.tokens.map((t) => t.text))).toEqual([['HEADLINE']]);
  });

  it('keeps abbreviations and initials inside sentences', () => {
    const s = words('Mr. Smith met Gen. Petraeus and President George W. Bush in the U.S. capital on Jan. 5 at Acme Corp. headquarters.');
    expect(s).toHaveLength(1);
    expect(s[0]).toContain('Mr.');
    expect(s[0]).toContain('Gen.');
    expect(s[0]).toContain('W.');
    expect(s[0]).toContain('U.S.');
    expect(s[0]).toContain('Jan.');
    expect(s[0]).toContain('Corp.');
    expect(s[0][s[0].length - 1]).toBe('.');
  });

  it('ends a sentence after an abbreviation when a new sentence clearly starts', () => {
    const s = words('He flew to the U.S. The talks failed.');
    expect(s).toEqual([
      ['He', 'flew', 'to', 'the', 'U.S.'],
      ['The', 'talks', 'failed', '.'],
    ]);
  });

  it('splits quotes, clitics and keeps decimals', () => {
    const s = words('"It\'s a difficult relationship," said Moisi, whose fund totals 300.5 billion euros ($411.7 billion).');
    expect(s).toHaveLength(1);
    expect(s[0].slice(0, 4)).toEqual(['"', 'It', "'s", 'a']);
    expect(s[0]).toContain('300.5');
    expect(s[0]).toContain('411.7');
    expect(s[0]).toContain('$');
    expect(s[0].slice(5, 8)).toEqual(['relationship', ',', '"']);
  });

  it('ends sentences after closing quotes', () => {
    const s = words('"We agree." Merkel said nothing. Didn\'t she?');
    expect(s).toEqual([['"', 'We', 'agree', '.', '"'], ['Merkel', 'said', 'nothing', '.'], ['Did', "n't", 'she', '?']]);
  });

  it('splits hyphenated compounds at countries and abbreviations, keeping hyphenated names whole', () => {
    const s = words('U.S.-Russia talks and Russia-China ties, but President-elect Obama, Dominique Strauss-Kahn, Jean-Claude Juncker and a U.N.-backed plan.');
    expect(s[0].slice(0, 3)).toEqual(['U.S.', '-', 'Russia']);
    expect(s[0]).toContain('Russia');
    expect(s[0]).toContain('China');
    expect(s[0]).toContain('Strauss-Kahn');
    expect(s[0]).toContain('Jean-Claude');
    expect(s[0]).toContain('President-elect');
    expect(s[0]).toContain('U.N.');
    const text = 'U.S.-Russia';
    const toks = splitSentences(text)[0].tokens;
    expect(toks.map((t) => [t.start, t.end])).toEqual([
      [0, 4],
      [4, 5],
      [5, 11],
    ]);
  });

  it('handles curly quotes and non-ASCII letters', () => {
    const s = words('“Dominique Moïsi” said Peer Steinbrück’s plan works.');
    expect(s[0]).toEqual(['“', 'Dominique', 'Moïsi', '”', 'said', 'Peer', 'Steinbrück', '’s', 'plan', 'works', '.']);
  });
});
