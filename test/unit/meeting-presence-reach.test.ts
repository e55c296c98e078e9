import { describe, expect, it } from 'vitest';
import { loadPresenceCues, presenceIn } from '../../src/extract/meetings/article-place.js';
import { placeCandidates, placeNamed } from '../../src/extract/meetings/places.js';
import { within } from '../../src/extract/intervals.js';
import type { CountryMention, Span } from '../../src/extract/types.js';

/** presenceIn as first written: every place of the sentence read for the participants (the reference). */
function reference(text: string, sentence: Span, own: Span[], others: Span[], places: Span[], countries: CountryMention[]) {
  const { after, opening, copula } = loadPresenceCues();
  const out = [];
  const ownSorted = [...own].sort((a, b) => a.start - b.start);
  const othersSorted = [...others].sort((a, b) => a.start - b.start);
  const everyone = [...ownSorted, ...othersSorted].sort((a, b) => a.start - b.start);
  for (const p of placeCandidates(sentence, places, countries)) {
    if (/^['’](?:s\b|\s)/.test(text.slice(p.end, p.end + 2))) continue;
    const lead = [...ownSorted].reverse().find((m) => m.end <= p.start);
    const between = lead && text.slice(lead.end, p.start);
    const nextOther = lead && othersSorted.find((m) => m.start >= lead.end);
    const otherBetween = !!nextOther && nextOther.end <= p.start;
    const byCue = lead && between !== undefined && between.length <= 90 && !otherBetween && !/[;"“”‘’]/.test(between) && (after.test(between) || copula.test(between));
    const first = everyone.find((m) => m.start >= p.end);
    const opens = opening.test(text.slice(sentence.start, p.start)) && /^\s*,/.test(text.slice(p.end, p.end + 3)) && first !== undefined && own.includes(first);
    const wholeCountry = within(countries, p).some((c) => c.start === p.start && c.end === p.end && (c.via === 'name' || c.via === 'abbreviation'));
    if (byCue || opens) out.push({ place: placeNamed(text, p, countries), at: p.start, wholeCountry });
  }
  return out;
}

describe('where a sentence puts the participants, reading only the places near their names', () => {
  it('finds what reading every place of the sentence found, on random sentences', () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)];
    const words = ['said in', 'on a visit to', 'was in', 'In', 'And in', 'arrived in', 'during a visit to', ', on tour, was in', 'said', 'the', 'on', 'Tuesday', ',', 'met', 'while', "'s", '"', ';', 'later', 'will travel to', 'comments'];
    const people = ['Osborne', 'Lagarde', 'Merkel', 'Flaherty'];
    const cities = ['Beijing', 'Athens', 'Paris'];
    let found = 0;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const named: (Span & { name: string })[] = [];
      const places: Span[] = [];
      const countries: CountryMention[] = [];
      for (let i = 0, n = 3 + Math.floor(rand() * 40); i < n; i++) {
        const r = rand();
        const w = r < 0.15 ? pick(people) : r < 0.3 ? pick([...cities, 'China']) : pick(words);
        if (text && w !== ',' && w !== "'s") text += ' ';
        const span = { start: text.length, end: text.length + w.length, text: w };
        text += w;
        if (people.includes(w)) named.push({ ...span, name: w });
        else if (w === 'China') countries.push({ ...span, code: 'CN', via: 'name' } as CountryMention);
        else if (cities.includes(w)) places.push(span);
      }
      text += '.';
      const theirs = new Set(people.filter(() => rand() < 0.4));
      const own = named.filter((m) => theirs.has(m.name));
      const others = named.filter((m) => !theirs.has(m.name));
      const sentence = { start: 0, end: text.length, text };
      const got = presenceIn(text, sentence, own, others, places, countries);
      expect(got).toEqual(reference(text, sentence, own, others, places, countries));
      found += got.length;
    }
    // The cues fired often enough for the comparison to mean something.
    expect(found).toBeGreaterThan(300);
  });
});
