import { describe, expect, it } from 'vitest';
import { meetingSettings } from '../../src/extract/meetings/when-where.js';
import { splitSentences } from '../../src/extract/tokenize.js';
import type { PersonRef } from '../../src/extract/types.js';
import { countScans } from './count-scans.js';

/**
 * One sentence stating a meeting of Smith with each of n people ("Smith held the talks with P0, P1, ... in the
 * capital"): its days and places are read for n meetings. Returns the array scans that costs and the settings.
 */
function settle(n: number) {
  const names = Array.from({ length: n }, (_, i) => `Person${String(i).padStart(5, '0')}`);
  const text = `Officials gathered for talks. Smith held the talks with ${names.join(', ')} in the capital.`;
  const sentences = splitSentences(text);
  const person = (name: string): PersonRef => {
    const start = text.indexOf(name);
    return { id: name, name, mentions: [{ start, end: start + name.length, text: name }] };
  };
  const people = ['Smith', ...names].map(person);
  const evidence = { start: sentences[1].start, end: sentences[1].end, text: text.slice(sentences[1].start, sentences[1].end) };
  let settings: ReturnType<ReturnType<typeof meetingSettings>>[] = [];
  const scans = countScans(() => {
    const settingOf = meetingSettings({ text, sentences, bodyStart: 0, publishedAt: '2012-03-07T10:00:00Z', people, places: [], countries: [] });
    settings = names.map((name) => settingOf({ participants: ['Smith', name], evidence }));
  });
  return { scans, settings };
}

describe('the days and places of the meetings one long sentence states', () => {
  it('read what the sentence says once, not once for each meeting', () => {
    // Four times the meetings in a sentence four times as long: about four times the work (sixteen when each
    // meeting read the whole sentence again for its cue words, its people and "the talks": 15.8 on the old code).
    const ratio = settle(1600).scans / settle(400).scans;
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(6);
  });

  it('give every meeting the same setting, the one a single meeting gets', () => {
    const { settings } = settle(400);
    const one = JSON.stringify(settings[0]);
    expect(settings.every((s) => JSON.stringify(s) === one)).toBe(true);
    expect(settings[0].date?.source).toBe('published');
  });
});
