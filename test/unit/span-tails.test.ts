import { describe, expect, it } from 'vitest';
import { capitalsBeforeParen } from '../../src/resolve/spans.js';
import { genericTailStart, lowerCaseTail } from '../../src/resolve/span-tails.js';

/** The patterns the linear readers replace: each must give what its pattern gave. */
const OLD_LOWER_TAIL = /^(.*?\p{Lu}\S*)((?:\s+\p{Ll}+)+)$/u;
const TAILS = ['news agency', 'Web site', 'Web'];
const OLD_GENERIC = new RegExp(`(?<=\\p{Lu}\\S*)\\s+(?:${TAILS.join('|')})$`, 'u');
const OLD_PAREN = /[A-Z]{2}\w*s?\)/;

/** Random short strings over the characters these patterns turn on. */
function samples(count: number): string[] {
  const pieces = ['A', 'b', 'É', 'é', ' ', '  ', '\n', '\t', '-', '.', ')', '(', '1', '_', 'news', 'agency', 'Web', 'site', 'Corp', 'said', 'X'];
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + rand(9) }, () => pieces[rand(pieces.length)]).join(''));
}

describe('span tails read from the end', () => {
  it('cuts trailing lower-case words after a capitalised word, as the pattern did', () => {
    expect(lowerCaseTail('Acme Corp said today')).toEqual(['Acme Corp', ' said today']);
    expect(lowerCaseTail('Acme Corp')).toBeUndefined();
    expect(lowerCaseTail('acme said')).toBeUndefined();
    expect(lowerCaseTail('Acme\nCorp said')).toBeUndefined(); // a line break in the name: the pattern's "." stops there
    expect(lowerCaseTail('Acme\nCorp said'.replace('\n', ' '))).toEqual(['Acme Corp', ' said']);
    expect(lowerCaseTail('Acme Corp 2 said')).toBeUndefined(); // "2" is no capitalised word
  });

  it('finds a generic tail after a capitalised word, as the pattern did', () => {
    expect(genericTailStart('Kyodo news agency', TAILS)).toBe(5);
    expect(genericTailStart('the CPSC Web', TAILS)).toBe(8);
    expect(genericTailStart('the Web', TAILS)).toBe(-1);
    expect(genericTailStart('Web', TAILS)).toBe(-1);
    expect(genericTailStart('Google Website', TAILS)).toBe(-1);
  });

  it('agrees with the patterns it replaces on many random strings', () => {
    for (const s of samples(20000)) {
      const m = OLD_LOWER_TAIL.exec(s);
      expect(lowerCaseTail(s), JSON.stringify(s)).toEqual(m ? [m[1], m[2]] : undefined);
      expect(genericTailStart(s, TAILS), JSON.stringify(s)).toBe(OLD_GENERIC.exec(s)?.index ?? -1);
      expect(capitalsBeforeParen(s), JSON.stringify(s)).toBe(OLD_PAREN.test(s));
    }
  });

  it('takes time linear in a run of capitals without spaces (the patterns took seconds on 100,000)', () => {
    const run = 'B'.repeat(100_000);
    const t0 = performance.now();
    lowerCaseTail(run);
    lowerCaseTail(`${run} said`);
    genericTailStart(`${run} Web`, TAILS);
    genericTailStart(run, TAILS);
    capitalsBeforeParen(`${run}.`);
    capitalsBeforeParen(`${run}x)`.toLowerCase());
    // Linear is a few milliseconds; the quadratic patterns took several seconds on this input.
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
