import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTopics, loadTopics, scoreTopics } from '../../src/extract/topics.ts';
import { testDir } from '../support/temp-dir.js';

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
    expect(ts.find((t) => t.id === 'diplomacy')?.iptc).toBe('medtop:20000639');
    expect(loadTopics().length).toBe(ts.length);
  });

  it('is a tree: every parent is a topic, no cycles, no two topics share an IPTC code', () => {
    const raw = JSON.parse(readFileSync(new URL('../../data/topics.json', import.meta.url), 'utf8')) as {
      topics: Array<{ id: string; parent: string | null; iptc: string | null }>;
    };
    const byId = new Map(raw.topics.map((t) => [t.id, t]));
    for (const t of raw.topics) {
      const seen = new Set<string>();
      for (let p = t.parent; p !== null; p = byId.get(p)!.parent) {
        expect(byId.has(p), `${t.id}: parent ${p}`).toBe(true);
        expect(seen.has(p), `${t.id}: cycle at ${p}`).toBe(false);
        seen.add(p);
      }
    }
    const codes = raw.topics.map((t) => t.iptc).filter((c) => c !== null);
    expect(new Set(codes).size).toBe(codes.length);
    expect(byId.get('diplomacy')?.parent).toBe('international-relations');
    expect(byId.get('international-relations')?.iptc).toBe('medtop:20000638');
  });
});

describe('taxonomy file checks', () => {
  it('refuses a term that does not begin with a word (the scan finds terms where their first word starts)', () => {
    const file = join(testDir('topics-'), 'topics.json');
    writeFileSync(file, JSON.stringify({ topics: [{ id: 'x', label: 'X', terms: [{ term: '*-led', weight: 1 }] }] }));
    try {
      expect(() => loadTopics(file)).toThrow(/x: term "\*-led" does not begin with a word/);
    } finally {
      loadTopics();
    }
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

/** The straightforward scorer the indexed matcher replaced: two global scans of one regex per topic. */
function referenceScores(text: string): Array<{ id: string; score: number }> {
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = (term: string) => {
    const prefix = term.endsWith('*');
    const t = prefix ? term.slice(0, -1) : term;
    const body = esc(t).replace(/\\?[ -]/g, (m) => (m.trim() === '' ? '[\\s-]+' : '[\\s-]?'));
    return `(?<![\\p{L}\\p{N}])${body}${prefix ? '[\\p{L}-]*' : '(?:s|es)?'}(?![\\p{L}\\p{N}])`;
  };
  const titleEnd = Math.max(0, text.indexOf('\n'));
  text = text.replace(/\((?:[^()]{0,40}?\b)?(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled|Contributing)\b[^()]*\)/gi, (m) => ' '.repeat(m.length));
  const lower = text.toLowerCase();
  const lengthNorm = Math.pow(Math.max(50, (text.match(/\S+/g) ?? []).length) / 400, 0.35);
  const out: Array<{ id: string; score: number }> = [];
  for (const def of loadTopics()) {
    const cs = def.terms.map((t) => /^\p{Lu}/u.test(t.term));
    const counts = def.terms.map(() => 0);
    // Capitalised terms on the text as written, the others on its lower-cased copy: one regex of each kind's terms.
    for (const [src, csPass] of [[text, true], [lower, false]] as const) {
      const terms = def.terms.map((t, i) => i).filter((i) => cs[i] === csPass);
      if (terms.length === 0) continue;
      const re = new RegExp(terms.map((i) => `(${pattern(csPass ? def.terms[i].term : def.terms[i].term.toLowerCase())})`).join('|'), 'gu');
      for (const m of src.matchAll(re)) counts[terms[m.findIndex((g, k) => k > 0 && g !== undefined) - 1]] += m.index! < titleEnd ? 2 : 1;
    }
    let raw = 0;
    counts.forEach((c, i) => {
      if (c > 0) raw += def.terms[i].weight * (1 + Math.log(c));
    });
    if (raw > 0) out.push({ id: def.id, score: Math.round((1 - Math.exp(-raw / lengthNorm / 10)) * 1000) / 1000 });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

describe('term matching', () => {
  it('finds the same matches as global scans of the topic regexes', () => {
    const all = { minScore: 0, relative: 0, max: 1000, minDistinctTerms: 1 };
    const texts = [
      seed,
      'Sanctions-5 on Iran\nThe EU-led talks on nuclear-EU sanctions, anti-war protests and the antiwar movement; OPEC oil.',
      'Rates\nThe Fed raised rates; the fed-up central-bank governors; ÉU diplomats and ambassadors-designate met.',
      // A lower-case term's match on the text as written ("central bank-ECB") hides no capitalised term of its topic.
      'Rates\nThe central bank-ECB meeting, the pipeline-OPEC deal and the Gazprom-Rosneft pipeline-Gazprom talks.',
      // A term's prefix followed by a letter (ruled out before its pattern runs) unless it is a plural's "s" or "es".
      'Banks\nBanking, banks, bankes, sanctioned sanctionses sanctions2 taxes taxation; central banker, central  bank, centralbank; OPECs OPECes OPEC1.',
    ];
    for (const text of texts) {
      const got = scoreTopics(text, all).map(({ id, score }) => ({ id, score }));
      expect(got.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))).toEqual(referenceScores(text));
    }
  });
});

