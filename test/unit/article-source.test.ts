import { describe, expect, it } from 'vitest';
import { publicSource } from '../../src/article/source.js';

describe('publicSource: what the API shows of where an article was read from', () => {
  it('keeps a file’s name and drops the directories it was ingested from', () => {
    expect(publicSource('/home/analyst/reuters/2009/clinton.txt')).toBe('clinton.txt');
    expect(publicSource('C:\\Users\\analyst\\news\\a.txt')).toBe('a.txt');
    expect(publicSource('file:///srv/news/a.txt')).toBe('a.txt');
    expect(publicSource('a.txt')).toBe('a.txt');
  });

  it('keeps an archive’s or feed’s name with the entry in it, but not the archive’s directory', () => {
    expect(publicSource('/data/corpus.tar.gz:2009/a.txt')).toBe('corpus.tar.gz:2009/a.txt');
    expect(publicSource('/data/news.zip:news/seed.txt')).toBe('news.zip:news/seed.txt');
    expect(publicSource('/data/feeds/feed.jsonl:12')).toBe('feed.jsonl:12');
    expect(publicSource('D:\\feeds\\feed.ndjson:3')).toBe('feed.ndjson:3');
  });

  it('keeps a web address whole, and null as null', () => {
    expect(publicSource('https://example.com/news/2009/a?id=1')).toBe('https://example.com/news/2009/a?id=1');
    expect(publicSource('http://example.com/a')).toBe('http://example.com/a');
    expect(publicSource(null)).toBeNull();
  });
});
