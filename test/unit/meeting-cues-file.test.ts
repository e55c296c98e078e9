import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCues } from '../../src/extract/meetings/cues.js';
import { testDir } from '../support/temp-dir.js';

describe('loadCues', () => {
  it('reads another cue file without changing what the shipped file answers later', () => {
    const shipped = loadCues();
    expect(shipped.get('met')).toContain('meetVerb');
    const file = path.join(testDir('cues-'), 'cues.json');
    writeFileSync(file, JSON.stringify({ _comment: 'test', meetVerb: ['encountered'] }));
    const other = loadCues(file);
    expect([...other]).toEqual([['encountered', ['meetVerb']]]);
    expect(loadCues()).toBe(shipped);
    expect(loadCues().has('encountered')).toBe(false);
  });
});
