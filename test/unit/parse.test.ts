import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleError, decodeArticleBytes, parseArticle, parseBodyOnly } from '../../src/article/parse.js';

const seed = readFileSync(new URL('../../seeds/000_a572bf6403c7c660.txt', import.meta.url), 'utf8');

function rejection(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof ArticleError) return err.reason;
    throw err;
  }
  throw new Error('expected an ArticleError');
}

describe('parseArticle', () => {
  it('reads title, date and body of the seed, with offsets into the text as read', () => {
    const a = parseArticle(seed, 'seeds/x.txt');
    expect(a.title).toBe('Clinton fails to win Russia pledge on Iran sanctions');
    expect(a.publishedAt).toBe('2009-10-13T17:23:00.000Z');
    expect(a.text.slice(a.titleStart, a.titleEnd)).toBe(a.title);
    expect(a.text.slice(a.bodyStart).startsWith('(Reuters) - U.S. Secretary of State')).toBe(true);
    expect(a.id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keys an article by title and date, so a corrected body keeps the id but changes the content hash', () => {
    const a = parseArticle(seed);
    const b = parseArticle(seed.replace('Tuesday', 'Wednesday'));
    expect(b.id).toBe(a.id);
    expect(b.contentHash).not.toBe(a.contentHash);
    expect(parseArticle(seed.replace(/\n/g, '\r\n')).contentHash).toBe(a.contentHash);
  });

  it('names the reason for each kind of bad input', () => {
    expect(rejection(() => parseArticle('   \n\n'))).toBe('empty');
    expect(rejection(() => parseArticle('Title\n2009-10-13 17:23:00.0\nbody\u0000'))).toBe('binary');
    expect(rejection(() => parseArticle('2009-10-13 17:23:00.0\nbody'))).toBe('no-title');
    expect(rejection(() => parseArticle('Title\nlast Tuesday\nbody'))).toBe('bad-date');
    expect(rejection(() => parseArticle('Title\n2009-02-30 10:00:00.0\nbody'))).toBe('bad-date');
    expect(rejection(() => parseArticle('Title only'))).toBe('bad-date');
    expect(rejection(() => parseArticle('Title\n2009-10-13 17:23:00.0\n  \n'))).toBe('no-body');
    expect(rejection(() => decodeArticleBytes(new Uint8Array([0x54, 0xff, 0xfe, 0x41]), 'x.txt'))).toBe('not-utf8');
  });

  it('error messages name the input and the reason', () => {
    expect(() => parseArticle('Title\nnot a date\nbody', 'feeds/a.txt')).toThrow(/^feeds\/a\.txt: bad-date: cannot parse "not a date"/);
  });

  it('--body-only takes the whole input as the body', () => {
    const a = parseBodyOnly('Clinton met Medvedev.', '-');
    expect(a).toMatchObject({ title: '', publishedAt: null, bodyStart: 0, body: 'Clinton met Medvedev.' });
  });
});
