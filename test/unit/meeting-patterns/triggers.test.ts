// The pattern finder's triggers: which phrases can report a meeting, and what may stand around them.
import { describe, expect, it } from 'vitest';
import {
  BETWEEN_TRIGGER,
  FRONTED_OPENER,
  GROUP_OBJECT,
  NOMINAL_TRIGGERS,
  NOUN_WITH_GAP,
  PARTICIPLE_OPENER,
  PASSIVE_TRIGGERS,
  THEIR_TRIGGER,
  VERB_TRIGGERS,
} from '../../../src/extract/meetings/patterns/triggers.js';

/** The names of the verb triggers that match `s`. */
function verbs(s: string): string[] {
  return VERB_TRIGGERS.filter((t) => [...s.matchAll(t.re)].length > 0).map((t) => t.name);
}

describe('triggers', () => {
  it('finite verbs trigger, and take adverbials and "with" into the match', () => {
    expect(verbs('Clinton met with Lavrov')).toEqual(['met']);
    expect([...'Obama has met regularly with Hu'.matchAll(VERB_TRIGGERS[0].re)][0][0]).toBe('met regularly with');
    expect(verbs('Sarkozy held lengthy talks with Merkel')).toEqual(['held talks']);
    expect(verbs('Merkel hosted Sarkozy at Meseberg')).toEqual(['hosted']);
    expect(verbs('Obama sat down with Hu')).toEqual(['sat down with']);
    expect(verbs('Sarkozy and Merkel dined at the Elysee')).toEqual(['shook hands']);
    expect(verbs('Sarkozy had a working dinner with Merkel')).toEqual(['had a meal with']);
  });
  it('infinitives and unrelated verbs do not', () => {
    expect(verbs('Clinton will meet Lavrov')).toEqual([]);
    expect(verbs('Clinton plans to hold talks with Lavrov')).toEqual([]);
    expect(verbs('Clinton praised Lavrov')).toEqual([]);
  });
  it('passive: "was warmly received by", not "was received well"', () => {
    expect('Sarkozy was warmly received by Merkel'.match(PASSIVE_TRIGGERS)).toEqual(['was warmly received by']);
    expect('The plan was received well'.match(PASSIVE_TRIGGERS)).toBeNull();
  });
  it('nominal: "talks", "after meeting", "while dining with", ", meeting"', () => {
    const names = (s: string) => NOMINAL_TRIGGERS.filter((t) => [...s.matchAll(t.re)].length > 0).map((t) => t.name);
    expect(names('praised discussions with Lavrov')).toEqual(['noun with']);
    expect(names('spoke after meeting Lavrov')).toEqual(['noun with', 'after meeting']);
    expect(names('said while dining with Merkel')).toEqual(['after lunching']);
    expect(names('Clinton, meeting Lavrov in Moscow,')).toEqual(['noun with', 'participle meeting']);
  });
  it('between a meeting noun and "with": a place or a time, not a clause', () => {
    expect(NOUN_WITH_GAP.exec(' in Berlin on Wednesday with Glos')?.[0]).toBe(' in Berlin on Wednesday with');
    expect(NOUN_WITH_GAP.exec(' on the sidelines of the APEC summit with Hu')?.[0]).toBe(' on the sidelines of the APEC summit with');
    expect(NOUN_WITH_GAP.test(' that he had with Hu')).toBe(false);
    expect(NOUN_WITH_GAP.test(' in berlin with Hu')).toBe(false);
  });
  it('"talks between", "at their meeting", sentence openers', () => {
    expect('Talks between Sarkozy and Merkel'.match(BETWEEN_TRIGGER)).toEqual(['Talks between']);
    expect('told Sarkozy at their first bilateral meeting'.match(THEIR_TRIGGER)).toEqual(['at their first bilateral meeting']);
    expect(PARTICIPLE_OPENER.test('Meeting in Naypyidaw, Gemba called on')).toBe(true);
    expect(FRONTED_OPENER.test('Minutes after he emerged from an emergency meeting with President Nicolas Sarkozy')).toBe(true);
    expect(FRONTED_OPENER.test('Baroin said after a meeting with Sarkozy')).toBe(false);
  });
  it('a group as the other side', () => {
    expect(GROUP_OBJECT.test(' with top bankers on Friday')).toBe(true);
    expect(GROUP_OBJECT.test(" Deutsche Boerse's labour representatives")).toBe(true);
    expect(GROUP_OBJECT.test(' on Friday in Paris')).toBe(false);
  });
});
