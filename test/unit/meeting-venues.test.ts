import { describe, expect, it } from 'vitest';
import { findCountryMentions } from '../../src/extract/countries/mentions.js';
import { buildingVenue, meetingPlace } from '../../src/extract/meetings/places.js';

const whole = (text: string) => ({ start: 0, end: text.length, text });
/** The place of a meeting stated by the whole text, with no tagged locations: countries and venues only. */
const placeOf = (text: string) => meetingPlace(text, whole(text), [], findCountryMentions(text))?.name ?? null;

describe('meeting venues that are buildings and rooms', () => {
  it('reads a building or institution after a venue word', () => {
    expect(placeOf('Wamen met Montebourg at the Finance Ministry on Wednesday.')).toBe('Finance Ministry');
    expect(placeOf('Goel said they met at Wharton School of the University of Pennsylvania in the early 1980s.')).toBe('Wharton School of the University of Pennsylvania');
    expect(placeOf('Anegawa spoke with the monitors at the Foreign Correspondents Club of Japan.')).toBe('Foreign Correspondents Club of Japan');
  });

  it('reads a building that ends the sentence, and one the sentence opens with', () => {
    expect(placeOf('Wamen met Montebourg at the Finance Ministry.')).toBe('Finance Ministry');
    expect(placeOf('Smith met Jones at the Berkeley Hotel.')).toBe('Berkeley Hotel');
    expect(placeOf('At the Finance Ministry, Smith met Jones.')).toBe('Finance Ministry');
  });

  it('reads a possessive and a room', () => {
    expect(placeOf("Upton, who was part of the meeting in Boehner's office, was less optimistic.")).toBe("Boehner's office");
    expect(meetingPlace("Blair was paid at the meetings in London's Claridges hotel.", whole("Blair was paid at the meetings in London's Claridges hotel."), [], findCountryMentions("Blair was paid at the meetings in London's Claridges hotel."))).toEqual({ name: "London's Claridges hotel", country: 'GB' });
  });

  it('leaves a city or country first, and a named venue its country', () => {
    expect(placeOf('Obama met Hu in Beijing at the Great Hall of the People.')).toBe('Beijing');
    expect(meetingPlace('Obama met Brown at the White House.', whole('Obama met Brown at the White House.'), [], [])).toEqual({ name: 'White House', country: 'US' });
  });

  it('does not read where someone works as where they met', () => {
    expect(buildingVenue('Bullard and Plosser, his counterpart at the Philadelphia Fed, sat on a panel.', whole('Bullard and Plosser, his counterpart at the Philadelphia Fed, sat on a panel.'))).toBeNull();
    expect(placeOf('Obama met Boehner, the top Republican in Congress.')).toBeNull();
    expect(placeOf('Obama met Boehner on Monday.')).toBeNull();
  });
});

describe('a place after "to"', () => {
  it('is the venue at the end of a journey', () => {
    expect(placeOf('Merkel met Papandreou during her first visit to Athens.')).toBe('Athens');
    expect(placeOf('Brown flew to Washington and met Obama.')).toBe('Washington');
    expect(placeOf('He returns to Berlin every week and meets Merkel there.')).toBe('Berlin');
  });

  it('is the venue after a journey word and "back", "home" or "again"', () => {
    expect(placeOf('Brown flew back to Washington and met Obama.')).toBe('Washington');
    expect(placeOf('Sarkozy went home to Paris and met Fillon.')).toBe('Paris');
    expect(placeOf('Brown sent the money back to Washington after meeting Obama.')).toBeNull();
  });

  it('is the venue after "return", "travel" and "headed", not after "returning" or "going"', () => {
    expect(placeOf('The lenders will return to Athens for talks with Papandreou.')).toBe('Athens');
    expect(placeOf('Tsipras will travel to Brussels to meet Juncker.')).toBe('Brussels');
    expect(placeOf('Lagarde headed to Athens and met Papandreou.')).toBe('Athens');
    expect(placeOf('Clinton met Hu before returning to Washington.')).toBeNull();
    expect(placeOf('Harper met Obama as exports going to the United States fell.')).toBeNull();
  });

  it('reads the journey word in either case, and no other word before "to"', () => {
    expect(placeOf('Kerry met Lavrov on a Visit to China.')).toBe('China');
    expect(placeOf('Flew Back to Paris, Sarkozy met Fillon.')).toBe('Paris');
    expect(placeOf('Kerry met Lavrov and Talked to China about trade.')).toBeNull();
  });

  it('is no venue where "to" gives the place another role', () => {
    expect(placeOf('After meeting Sarkozy, Zoellick said the bank had frozen loans to Ivory Coast.')).toBeNull();
    expect(placeOf('Zanonato met Marchionne after Fiat Industrial said it plans to shift its tax residence to Britain.')).toBeNull();
    expect(placeOf('Harper also talked to U.S. President-elect Barack Obama late on Thursday.')).toBeNull();
  });
});

describe('a place joined to the next word', () => {
  it('is a modifier, not the venue', () => {
    expect(placeOf('Wang and Geithner led the talks at the U.S.-China dialogue in Beijing.')).toBe('Beijing');
    expect(placeOf('Smith met Jones at the Paris-based bank.')).toBeNull();
  });

  it('is still the venue before a spaced dash', () => {
    expect(placeOf('Merkel met Medvedev in Moscow - a rare visit.')).toBe('Moscow');
  });
});
