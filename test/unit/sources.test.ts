import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { create } from 'tar';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { boundedLines, countInputs, readSources, type SourceItem } from '../../src/ingest/sources.js';
import { testDir } from '../support/temp-dir.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/inputs');
const seedPath = path.resolve(import.meta.dirname, '../../seeds/000_a572bf6403c7c660.txt');

async function all(paths: string[], maxBytes?: number): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readSources(paths, { maxBytes })) out.push(item);
  return out;
}

describe('readSources', () => {
  it('reads the article files inside a .zip, naming each by archive and path', async () => {
    const zip = path.join(fixtures, 'articles.zip');
    const items = await all([zip]);
    expect(items.map((i) => i.source)).toEqual([`${zip}:news/seed.txt`, `${zip}:news/bad-date.txt`]);
    const seed = items[0] as { bytes: Uint8Array };
    expect(Buffer.from(seed.bytes).toString('utf8')).toBe(await readFile(seedPath, 'utf8'));
  });

  it('streams the .txt entries of a .tar.gz', async () => {
    const dir = testDir('newsgraph-src-');
    await writeFile(path.join(dir, 'a.txt'), 'A\n2010-01-01 00:00:00.0\nbody a\n');
    await writeFile(path.join(dir, 'b.txt'), 'B\n2010-01-02 00:00:00.0\nbody b\n');
    await writeFile(path.join(dir, 'c.json'), '{}');
    const archive = path.join(dir, 'corpus.tar.gz');
    await create({ gzip: true, file: archive, cwd: dir }, ['a.txt', 'b.txt', 'c.json']);
    const items = await all([archive]);
    expect(items.map((i) => i.source)).toEqual([`${archive}:a.txt`, `${archive}:b.txt`]);
  });

  it('turns JSON Lines feed objects into articles and names each bad line', async () => {
    const dir = testDir('newsgraph-src-');
    const feed = path.join(dir, 'feed.jsonl');
    await writeFile(
      feed,
      [
        JSON.stringify({ title: 'Merkel meets Sarkozy', publishedAt: '2011-08-16T14:00:00Z', body: 'Angela Merkel met Nicolas Sarkozy in Paris.', url: 'https://example.com/a' }),
        '',
        '{"title": "no date", "body": "x"}',
        'not json',
      ].join('\n'),
    );
    const items = await all([feed]);
    expect(items).toHaveLength(3);
    const first = items[0] as { source: string; bytes: Uint8Array };
    expect(first.source).toBe('https://example.com/a');
    const article = parseArticle(Buffer.from(first.bytes).toString('utf8'));
    expect(article).toMatchObject({ title: 'Merkel meets Sarkozy', publishedAt: '2011-08-16T14:00:00.000Z', body: 'Angela Merkel met Nicolas Sarkozy in Paris.' });
    expect(items[1]).toMatchObject({ source: `${feed}:3`, reason: 'invalid-feed-item' });
    expect((items[1] as { error: string }).error).toContain('publishedAt');
    expect(items[2]).toMatchObject({ source: `${feed}:4`, error: 'not a JSON object' });
  });

  it('reads a zone-less feed time as UTC on every machine and refuses what is not ISO 8601', async () => {
    const dir = testDir('newsgraph-src-');
    const feed = path.join(dir, 'feed.jsonl');
    const line = (publishedAt: string) => JSON.stringify({ title: 'T', publishedAt, body: 'Body.' });
    await writeFile(feed, [line('2009-10-13T17:23:00'), line('1'), line('October 13, 2009'), line('2009-02-30')].join('\n'));
    const items = await all([feed]);
    expect(parseArticle(Buffer.from((items[0] as { bytes: Uint8Array }).bytes).toString('utf8')).publishedAt).toBe('2009-10-13T17:23:00.000Z');
    expect(items.slice(1).map((i) => ('reason' in i ? i.reason : 'ok'))).toEqual(['invalid-feed-item', 'invalid-feed-item', 'invalid-feed-item']);
  });

  it('reads an existing file whose name looks like a glob as that file', async () => {
    const dir = testDir('newsgraph-src-');
    const file = path.join(dir, 'b (2).txt');
    await writeFile(file, 'A\n2010-01-01 00:00:00.0\nbody\n');
    const items = await all([file]);
    expect(items).toHaveLength(1);
    expect('bytes' in items[0]).toBe(true);
  });

  it('expands globs and says when one matches nothing', async () => {
    const items = await all([path.resolve(import.meta.dirname, '../../seeds/*.txt'), '/nonexistent/**/*.txt']);
    expect(items[0].source).toBe(seedPath);
    expect(items[1]).toEqual({ source: '/nonexistent/**/*.txt', error: 'the pattern matches no file' });
  });

  it('refuses a file over maxBytes from its size, without reading it', async () => {
    const dir = testDir('newsgraph-src-');
    // 3 GB and sparse: reading it whole would fail (Node buffers stop at 2 GB), so a too-large answer means it was not read.
    const huge = path.join(dir, 'huge.txt');
    await writeFile(huge, '');
    await truncate(huge, 3 * 1024 ** 3);
    await writeFile(path.join(dir, 'small.txt'), 'A\n2010-01-01 00:00:00.0\nbody\n');
    const items = await all([dir], 5 * 1024 * 1024);
    expect(items).toEqual([
      { source: huge, reason: 'too-large', error: `${3 * 1024 ** 3} bytes is over the limit of ${5 * 1024 * 1024}` },
      { source: path.join(dir, 'small.txt'), bytes: expect.anything() },
    ]);
  });

  it('refuses archive entries over maxBytes from their headers and reads the rest', async () => {
    const dir = testDir('newsgraph-src-');
    await writeFile(path.join(dir, 'big.txt'), `Big\n2010-01-01 00:00:00.0\n${'x'.repeat(500)}\n`);
    await writeFile(path.join(dir, 'b.txt'), 'B\n2010-01-02 00:00:00.0\nbody b\n');
    const archive = path.join(dir, 'corpus.tar.gz');
    await create({ gzip: true, file: archive, cwd: dir }, ['big.txt', 'b.txt']);
    const tarItems = await all([archive], 100);
    expect(tarItems.map((i) => ('reason' in i ? [i.source, i.reason] : [i.source, 'ok']))).toEqual([
      [`${archive}:big.txt`, 'too-large'],
      [`${archive}:b.txt`, 'ok'],
    ]);
    const zip = path.join(fixtures, 'articles.zip');
    const zipItems = await all([zip], 1000);
    expect(zipItems[0]).toEqual({ source: `${zip}:news/seed.txt`, reason: 'too-large', error: '3467 bytes is over the limit of 1000' });
    expect('bytes' in zipItems[1]).toBe(true);
  });

  it('counts the inputs of files, folders and globs, and not of archives, feeds or stdin', async () => {
    const dir = testDir('newsgraph-src-');
    await writeFile(path.join(dir, 'a.txt'), 'x');
    await writeFile(path.join(dir, 'b.txt'), 'x');
    await writeFile(path.join(dir, 'notes.md'), 'x');
    expect(await countInputs([dir, seedPath, path.join(dir, 'missing.txt'), path.join(dir, '*.txt')])).toBe(6);
    expect(await countInputs([dir, path.join(fixtures, 'articles.zip')])).toBeUndefined();
    expect(await countInputs([dir, '-'])).toBeUndefined();
  });
  it('splits bytes into lines of at most maxLine bytes, counting a longer one without keeping it, across chunk borders', async () => {
    async function* chunks() {
      yield Buffer.from('ab');
      yield Buffer.from('c\n12345');
      yield Buffer.from('6789\n\nxy');
      yield Buffer.from('z');
    }
    const out = [];
    for await (const l of boundedLines(chunks(), 3)) out.push('line' in l ? [l.n, l.line.toString()] : [l.n, l.tooLong]);
    expect(out).toEqual([
      [1, 'abc'],
      [2, 9],
      [3, ''],
      [4, 'xyz'],
    ]);
  });
});
