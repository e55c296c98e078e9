import { describe, expect, it } from 'vitest';
import { SETTING_WINDOW } from '../../src/extract/meetings/article-day.js';
import { meetingSettings, STORY_LEAD } from '../../src/extract/meetings/when-where.js';
import { splitSentences } from '../../src/extract/tokenize.js';
import type { CountryMention, PersonRef, Span } from '../../src/extract/types.js';

/** Every mention of each name in `text`, as the people of an article. */
function peopleIn(text: string, names: readonly string[]): PersonRef[] {
  return names.map((name) => ({
    id: name,
    name,
    mentions: [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + name.length, text: name })),
  }));
}

/** Every occurrence of each place name in `text`, as tagged locations. */
const placesIn = (text: string, names: readonly string[]): Span[] =>
  names.flatMap((n) => [...text.matchAll(new RegExp(`\\b${n}\\b`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + n.length, text: n }))).sort((a, b) => a.start - b.start);

/** The place given to Smith and Jones's meeting, its evidence the article's last sentence. */
function placeOf(lines: string[], places: string[] = ['Geneva', 'Paris'], countries: CountryMention[] = []) {
  const text = lines.join(' ');
  const sentences = splitSentences(text);
  expect(sentences).toHaveLength(lines.length);
  const last = sentences[sentences.length - 1];
  const settingOf = meetingSettings({ text, sentences, bodyStart: 0, publishedAt: '2012-03-07T10:00:00Z', people: peopleIn(text, ['Smith', 'Jones', 'Brown']), places: placesIn(text, places), countries });
  return settingOf({ participants: ['Jones', 'Smith'], evidence: { start: last.start, end: last.end, text: text.slice(last.start, last.end) } }).place?.name ?? null;
}

const lead = 'Leaders wrangled over trade on Tuesday at a day-long summit in Geneva.';
const filler = (n: number) => Array.from({ length: n }, (_, i) => `Exports fell ${i + 2} percent last year.`);
const clash = 'Smith and Jones clashed on tariffs, each interrupting the other.';

describe("the setting of the story's one meeting", () => {
  it('places a meeting whose sentence names no meeting of its own, far from the venue', () => {
    expect(placeOf([lead, ...filler(8), clash])).toBe('Geneva');
    // A venue stated again later for the same meeting agrees with the lead's.
    expect(placeOf([lead, ...filler(3), 'The summit in Geneva ran late.', ...filler(4), clash])).toBe('Geneva');
  });

  it('places a meeting its sentence speaks of as the known one, beyond the reach of the meeting named before', () => {
    expect(placeOf([lead, ...filler(SETTING_WINDOW + 2), 'Smith and Jones both spoke at the summit.'])).toBe('Geneva');
  });

  it('does not place a meeting its sentence states with a meeting word of its own', () => {
    expect(placeOf([lead, ...filler(8), 'Smith met Jones last week to discuss tariffs.'])).toBeNull();
    expect(placeOf([lead, ...filler(8), 'Smith held talks with Jones on tariffs.'])).toBeNull();
  });

  it('does not place it when the lead states no venue for a meeting', () => {
    const late = [...filler(STORY_LEAD), lead, ...filler(3), clash];
    expect(placeOf(late)).toBeNull();
    // The lead names the city, but no meeting there.
    expect(placeOf(['Exports from Geneva fell on Tuesday.', ...filler(8), clash])).toBeNull();
    // The lead names a meeting and a city, but the city is another clause's, not the meeting's venue.
    expect(placeOf(['Trade is far from the minds of officials in Geneva, but ministers meet to debate tariffs.', ...filler(8), clash])).toBeNull();
    expect(placeOf(['Ministers meet to debate tariffs, far from the minds of officials in Geneva.', ...filler(8), clash])).toBeNull();
  });

  it('does not place it when the lead reports its meeting as not held: ahead of, called for, agreed, proposed, cancelled', () => {
    for (const unheld of [
      'European finance ministers met on Tuesday ahead of a summit in Paris, where leaders are expected to sign a trade pact.',
      'Smith called for an emergency summit in Paris.',
      'Leaders agreed to meet again at a summit in Paris.',
      'Leaders agreed to hold a summit in Paris in June.',
      'Brown proposed a conference in Paris to settle the dispute.',
      'A summit in Paris was cancelled on Tuesday.',
      'Brown refused to attend a summit in Paris.',
      'Leaders will meet at a summit in Paris.',
    ])
      expect(placeOf([unheld, ...filler(6), clash]), unheld).toBeNull();
    // The meeting held, its clause saying how it ended, or another clause naming one to come.
    expect(placeOf(['A summit in Paris ended on Tuesday without agreement.', ...filler(6), clash])).toBe('Paris');
    expect(placeOf(['Leaders met at a summit in Paris on Tuesday, before flying home.', ...filler(6), clash])).toBe('Paris');
  });

  it("does not place a meeting of another time than the lead meeting's", () => {
    // The lead's Tuesday is March 6 (published Wednesday March 7, 2012).
    expect(placeOf([lead, ...filler(6), 'Smith and Jones clashed on tariffs in 2009, long before the crisis.'])).toBeNull();
    expect(placeOf([lead, ...filler(6), 'Smith and Jones clashed on tariffs last year.'])).toBeNull();
    expect(placeOf([lead, ...filler(6), 'Smith and Jones clashed on tariffs on Monday.'])).toBeNull();
    // The lead meeting's day, or a time that is not the meeting's: the story's venue.
    expect(placeOf([lead, ...filler(6), 'Smith and Jones clashed on tariffs on Tuesday.'])).toBe('Geneva');
    expect(placeOf([lead, ...filler(6), 'Smith and Jones clashed on tariffs, which rose in 2009, each interrupting the other.'])).toBe('Geneva');
    expect(placeOf([lead, ...filler(6), 'Smith and Jones clashed on tariffs, to be cut by 2015.'])).toBe('Geneva');
  });

  it("does not take the city of the lead meeting's topic for its venue", () => {
    expect(placeOf(['A summit on the violence in Aleppo ended on Tuesday without agreement.', ...filler(6), clash], ['Aleppo'])).toBeNull();
    expect(placeOf(['A summit in Geneva on the violence in Aleppo ended on Tuesday without agreement.', ...filler(6), clash], ['Geneva', 'Aleppo'])).toBe('Geneva');
  });

  it('does not place it when the story states venues that disagree, or only a whole country', () => {
    expect(placeOf([lead, ...filler(3), 'Brown later held talks in Paris.', ...filler(3), clash])).toBeNull();
    const france = 'Leaders wrangled over trade on Tuesday at a day-long summit in France.';
    const at = france.indexOf('France');
    expect(placeOf([france, ...filler(8), clash], [], [{ start: at, end: at + 6, text: 'France', code: 'FR', via: 'name' }])).toBeNull();
  });
});
