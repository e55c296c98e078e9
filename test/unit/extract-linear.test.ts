import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { repoRoot } from '../../src/config.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import { countScans } from './count-scans.js';

/**
 * Extraction's cost grows in proportion to the article: an article twice as long is twice the work, not four
 * times. Time is not asserted (the machine is shared; `npm run bench:extract -- --sizes` gives the figures):
 * the work is counted instead, as the callbacks that array scans (some, find, filter, map, ...) run during one
 * extraction. A stage that scans every mention for each mention doubles this count twice over per doubling.
 */

/** One article whose body is the bodies of the gold articles, `rounds` times over. */
function longArticle(rounds: number): string {
  const dir = path.join(repoRoot, 'test', 'fixtures', 'gold');
  const bodies = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseArticle(readFileSync(path.join(dir, f), 'utf8'), f).body.trim());
  const parts: string[] = [];
  for (let r = 0; r < rounds; r++) for (const b of bodies) parts.push(b);
  return `Many stories in one\n2010-06-01 12:00:00.0\n${parts.join('\n')}\n`;
}

describe('extraction cost', () => {
  it('grows in proportion to the article: four times the text, about four times the work', () => {
    const small = parseArticle(longArticle(2), 'small');
    const large = parseArticle(longArticle(8), 'large');
    extractArticle(small); // models loaded before counting
    const smallWork = countScans(() => extractArticle(small));
    const largeWork = countScans(() => extractArticle(large));
    const ratio = largeWork / smallWork;
    // Linear is 4; a stage that is quadratic in mentions takes the whole far past 6.
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(5);
    // Counting slows the extraction of some 400 KB down: more than the unit project's 30 s on a busy machine.
  }, 180_000);
});
