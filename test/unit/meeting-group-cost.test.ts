import { describe, expect, it } from 'vitest';
import { loadCues } from '../../src/extract/meetings/cues.js';
import { groupCandidates } from '../../src/extract/meetings/group-events.js';
import { splitSentences } from '../../src/extract/tokenize.js';
import type { PersonRef } from '../../src/extract/types.js';
import { countScans } from './count-scans.js';

/** The people `names` with their mentions in `text`. */
function people(text: string, names: string[]): PersonRef[] {
  return names.map((name) => ({ id: name, name, mentions: [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + name.length, text: name })) }));
}

describe('group event cost', () => {
  it('grows in proportion to a meeting sentence that names one of its people many times between the others', () => {
    const work = (times: number) => {
      const text = `Obama met Sarkozy , ${'Obama , '.repeat(times)}Merkel and Berlusconi at the White House.`;
      let found = 0;
      const scans = countScans(() => (found = groupCandidates(splitSentences(text), people(text, ['Obama', 'Sarkozy', 'Merkel', 'Berlusconi']), loadCues()).length));
      expect(found).toBe(1);
      return scans;
    };
    work(8);
    // Four times the mentions: about four times the work (a scan of every mention for each word between two made it sixteen).
    expect(work(4000) / work(1000)).toBeLessThan(6);
  });
});
