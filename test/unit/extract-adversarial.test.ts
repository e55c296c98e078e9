import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import { tokenRange } from '../../src/resolve/spans.js';
import { SpansByReach } from '../../src/extract/intervals.js';
import type { EntitySpan } from '../../src/extract/types.js';
import { countScans } from './count-scans.js';

/**
 * Hostile article shapes (scripts/dev/adversarial-scaling.mts times them all): one long sentence whose
 * capitalised words the tagger makes many spans of. Work is counted as array-scan callbacks, as in
 * extract-linear.test.ts; four times the text must be about four times the work, not sixteen.
 */
const word = (i: number): string => {
  let s = '';
  for (let k = i + 1; k > 0; k = Math.floor(k / 26)) s += String.fromCharCode(97 + (k % 26));
  return s;
};
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

function article(size: number, unit: (i: number) => string): ReturnType<typeof parseArticle> {
  const parts: string[] = [];
  for (let i = 0, len = 0; len < size; i++) {
    parts.push(unit(i));
    len += parts[parts.length - 1].length;
  }
  return parseArticle(`Hostile\n1987-03-02 12:00:00.0\n${parts.join('')}\n`, 'hostile');
}

function ratio(unit: (i: number) => string): number {
  extractArticle(article(200, unit)); // models loaded before counting
  const small = countScans(() => extractArticle(article(3000, unit)));
  const large = countScans(() => extractArticle(article(12000, unit)));
  return large / small;
}

describe('extraction cost on hostile articles', () => {
  it('is linear in a sentence of capitalised words split by unpaired surrogates', () => {
    expect(ratio((i) => (i % 2 ? '\ud800' : `${cap(word(i))}\udc00`))).toBeLessThan(6);
  }, 60_000);

  it('is linear in a meeting sentence naming the same four people over and over', () => {
    const names = ['John Smith', 'Paul Baker', 'Anne Kohl', 'Yuri Menem'];
    expect(ratio((i) => (i === 0 ? 'They met with ' : `${names[i % 4]}, `))).toBeLessThan(6);
  }, 60_000);

  it('is linear in a run of capitalised words joined by "of", "and", "for" and "the"', () => {
    expect(ratio((i) => (i % 2 ? `${cap(word(i))} ` : ['of ', 'and ', 'for ', 'the '][i % 4]))).toBeLessThan(6);
  }, 60_000);

  it('is linear in a sentence of "(Word" without full stops', () => {
    expect(ratio((i) => `(${cap(word(i))} `)).toBeLessThan(6);
  }, 60_000);
});

describe('the tokens of a span and the span holding a token, found by search', () => {
  const tokens = [
    { text: 'Acme', start: 0, end: 4 },
    { text: 'Corp', start: 5, end: 9 },
    { text: 'said', start: 10, end: 14 },
  ];
  const sentence = { start: 0, end: 14, tokens };

  it('gives the tokens wholly inside the span, none cut by its edges', () => {
    expect(tokenRange(sentence, { start: 0, end: 9 })).toEqual({ first: 0, last: 1 });
    expect(tokenRange(sentence, { start: 5, end: 14 })).toEqual({ first: 1, last: 2 });
    expect(tokenRange(sentence, { start: 1, end: 9 })).toEqual({ first: 1, last: 1 });
    expect(tokenRange(sentence, { start: 1, end: 8 })).toBeNull();
    expect(tokenRange(sentence, { start: 20, end: 30 })).toBeNull();
  });

  it('finds the first span holding a position, as a scan would, also among overlapping spans', () => {
    const span = (start: number, end: number): EntitySpan => ({ start, end, text: '', label: 'ORG' });
    const spans = [span(0, 20), span(2, 4), span(5, 9), span(10, 12)];
    const reach = new SpansByReach(spans);
    for (let pos = 0; pos < 22; pos++) {
      for (const skip of [undefined, spans[0], spans[2]]) {
        const ok = (s: EntitySpan) => s !== skip && pos >= s.start && pos < s.end;
        expect(reach.firstHolding(pos, ok)).toBe(spans.find(ok));
      }
    }
  });
});
