import { describe, expect, it } from 'vitest';
import { allCountryCodes, countryName, countryOfSurface } from '../../src/extract/countries/gazetteer.ts';
import { findCountryMentions } from '../../src/extract/countries/mentions.ts';

const codes = (text: string, opts = {}) => [...new Set(findCountryMentions(text, opts).map((m) => m.code))].sort();

describe('findCountryMentions', () => {
  it('finds names, abbreviations, demonyms, capitals and metonyms with offsets', () => {
    const text = "U.S. officials met Russian envoys in Moscow; the Kremlin said Britain's view was shared by the White House.";
    const ms = findCountryMentions(text);
    const by = (s: string) => ms.find((m) => m.text === s);
    expect(by('U.S.')).toMatchObject({ code: 'US', via: 'abbreviation', start: 0, end: 4 });
    expect(by('Russian')).toMatchObject({ code: 'RU', via: 'demonym' });
    expect(by('Moscow')).toMatchObject({ code: 'RU', via: 'capital' });
    expect(by('Kremlin')).toMatchObject({ code: 'RU', via: 'metonym' });
    expect(by("Britain's")).toMatchObject({ code: 'GB', via: 'name' });
    expect(by('White House')).toMatchObject({ code: 'US', via: 'metonym' });
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('takes the District of Columbia for the U.S. capital, as Washington, D.C., and nothing else called Columbia', () => {
    const ms = findCountryMentions('The District of Columbia sued. British Columbia and Columbia University did not.');
    expect(ms.map((m) => [m.text, m.code, m.via])).toEqual([['District of Columbia', 'US', 'capital']]);
  });

  it('handles plural demonyms and news short names', () => {
    expect(codes('Iranians, the Dutch, South Korea, the UAE, Holland and Turkey')).toEqual(['AE', 'IR', 'KR', 'NL', 'TR']);
  });

  it('does not take regions, seas, US states or vanished states for countries', () => {
    expect(codes('New Mexico, the Indian Ocean, Papua New Guinea, Latin America and the Soviet Union')).toEqual(['PG']);
    expect(codes('European, Western, Arab and Asian leaders')).toEqual([]);
    expect(codes('He grew up in Paris, Texas and Dublin, Ohio.')).toEqual([]);
  });

  it('tells Niger from Nigeria and keeps countries inside organization names', () => {
    expect(codes('Niger and Nigeria')).toEqual(['NE', 'NG']);
    expect(codes('the Bank of Japan said')).toEqual(['JP']);
  });

  it('respects exclude spans (people found by the NER)', () => {
    const text = 'Michael Jordan visited Chad Hurley in Jordan.';
    const ms = findCountryMentions(text, { exclude: [{ start: 0, end: 14 }, { start: 23, end: 34 }] });
    expect(ms.map((m) => [m.text, m.code])).toEqual([['Jordan', 'JO']]);
  });

  it('skips first names and surnames that look like countries', () => {
    expect(codes('Paris Hilton met George Washington.')).toEqual([]);
  });

  it('reads Brussels as the EU when the EU is the subject, as Belgium otherwise', () => {
    expect(codes('EU leaders met in Brussels on Friday.')).toEqual([]);
    expect(codes('Police in Brussels arrested two men.')).toEqual(['BE']);
  });

  it('decides Georgia by context', () => {
    expect(codes('Russia fought a war with Georgia in 2008 over South Ossetia.')).toContain('GE');
    expect(codes('The plant in Atlanta, Georgia, will close, the U.S. company said.')).not.toContain('GE');
  });

  it('resolves Korea alone from context', () => {
    expect(codes('Pyongyang said North Korea will talk. Korea needs aid.')).toEqual(['KP']);
    expect(codes('Seoul said Korea will grow.')).toEqual(['KR']);
  });

  it('treats the Islamic Republic as Iran only when Iran is named', () => {
    expect(codes('Iran said the Islamic Republic would not yield.')).toEqual(['IR']);
    expect(findCountryMentions('The Islamic Republic would not yield.')).toEqual([]);
  });

  it('ignores journalists credit lines and respects start/end', () => {
    expect(codes('Talks went on. (Reporting by Jane Doe in Brussels and John Roe in London)')).toEqual([]);
    const text = 'France and Germany';
    expect(findCountryMentions(text, { start: 7 }).map((m) => m.code)).toEqual(['DE']);
  });

  it('exposes names and codes', () => {
    expect(countryName('RU')).toBe('Russia');
    expect(countryName('GB')).toBe('United Kingdom');
    expect(allCountryCodes()).toContain('XK');
    expect(allCountryCodes().length).toBeGreaterThan(240);
    expect(countryOfSurface('the Kremlin')).toEqual({ code: 'RU', via: 'metonym' });
  });

  it('is fast enough for bulk ingestion', () => {
    const para = 'The U.S. and China agreed on Monday, officials in Beijing and Washington said, as Russian and German leaders met. ';
    const text = para.repeat(2000); // ~40k tokens
    const t0 = performance.now();
    findCountryMentions(text);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(1000);
  });
});
