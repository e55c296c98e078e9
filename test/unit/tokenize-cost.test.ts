import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/tokenize.js';

const tokens = (text: string) => splitSentences(text).flatMap((s) => s.tokens.map((t) => t.text));

describe('tokenizing a run of letters, dots and hyphens without spaces', () => {
  it('takes time linear in the run ("U.S.-China-Japan-..."; an e-mail local part read to its end from each token took seconds)', () => {
    const run = Array.from({ length: 44_000 }, (_, i) => ['U.S.', 'China', 'Japan', 'EC'][i % 4]).join('-');
    expect(run.length).toBeGreaterThan(200_000);
    // Processor time, not wall time: the machine is shared.
    const c0 = process.cpuUsage();
    const got = tokens(run);
    const used = process.cpuUsage(c0);
    // Linear is about 0.1 s; the unbounded local part took 5.5 s on this run.
    expect((used.user + used.system) / 1000).toBeLessThan(1500);
    expect(got.slice(0, 4)).toEqual(['U.S.', '-', 'China', '-']);
  });

  it('still reads an e-mail address as one token, and a local part over 64 characters as words', () => {
    expect(tokens('Write to press.office+news@example-corp.co.uk today.')).toContain('press.office+news@example-corp.co.uk');
    expect(tokens(`Write to ${'a'.repeat(64)}@example.com today.`)).toContain(`${'a'.repeat(64)}@example.com`);
    expect(tokens(`Write to ${'a'.repeat(65)}@example.com today.`)).not.toContain(`${'a'.repeat(65)}@example.com`);
  });
});
