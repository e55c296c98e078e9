import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listTopics, loadTopics, scoreTopics } from '../../src/extract/topics.ts';

const seedDir = new URL('../../seeds/', import.meta.url);
const seed = readFileSync(new URL(readdirSync(seedDir).find((f) => f.endsWith('.txt'))!, seedDir), 'utf8');

describe('taxonomy', () => {
  it('has 30-60 documented topics with unique ids and well-formed IPTC qcodes', () => {
    const ts = listTopics();
    expect(ts.length).toBeGreaterThanOrEqual(30);
    expect(ts.length).toBeLessThanOrEqual(60);
    expect(new Set(ts.map((t) => t.id)).size).toBe(ts.length);
    for (const t of ts) {
      expect(t.description).toBeTruthy();
      if (t.iptc) expect(t.iptc).toMatch(/^medtop:\d{8}$/);
    }
    expect(ts.find((t) => t.id === 'diplomacy')?.iptc).toBe('medtop:20000638');
    expect(loadTopics().length).toBe(ts.length);
  });
});

describe('scoreTopics', () => {
  it('finds what the seed article is about', () => {
    const ids = scoreTopics(seed).map((t) => t.id);
    for (const id of ['sanctions', 'nuclear-programme', 'arms-control', 'diplomacy']) expect(ids).toContain(id);
    expect(ids).not.toContain('monetary-policy');
    expect(ids.length).toBeLessThanOrEqual(6);
  });

  it('returns sorted scores in (0, 1]', () => {
    const ts = scoreTopics(seed);
    for (const t of ts) {
      expect(t.score).toBeGreaterThan(0);
      expect(t.score).toBeLessThanOrEqual(1);
    }
    expect([...ts].sort((a, b) => b.score - a.score)).toEqual(ts);
  });

  it('does not call a monetary-policy article a sanctions story', () => {
    const text = `Fed holds rates steady, signals patience
2013-06-19 18:00:00.0
(Reuters) - The Federal Reserve kept interest rates near zero on Wednesday and said it would keep buying bonds
under its quantitative easing program. Fed Chairman Ben Bernanke said policymakers could slow the pace of
asset purchases later this year if the economy improves, and the central bank lowered its unemployment forecast.
Inflation remains below the Fed's 2 percent target, and markets rallied after the monetary policy statement.`;
    const ts = scoreTopics(text);
    expect(ts[0].id).toBe('monetary-policy');
    expect(ts.map((t) => t.id)).not.toContain('sanctions');
  });

  it('returns nothing for text with no topic evidence', () => {
    expect(scoreTopics('Hello world.\nNothing here.')).toEqual([]);
  });
});
