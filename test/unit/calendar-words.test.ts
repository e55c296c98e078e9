import { describe, expect, it } from 'vitest';
import { monthAbbreviations, weekdayAbbreviations } from '../../src/extract/calendar-words.js';

describe('abbreviated month and weekday names, from the data file', () => {
  it('lists the months news abbreviates, "Sept" beside "Sep", and not "May", which is written out', () => {
    expect(monthAbbreviations()).toContain('Sept');
    expect(monthAbbreviations()).toContain('Sep');
    expect(monthAbbreviations()).not.toContain('May');
    expect(monthAbbreviations()).toHaveLength(12);
  });

  it('lists the weekdays with their longer forms ("Tues", "Thurs"), capitalised as written', () => {
    expect(weekdayAbbreviations()).toEqual(expect.arrayContaining(['Mon', 'Tues', 'Thurs', 'Sun']));
    for (const w of [...monthAbbreviations(), ...weekdayAbbreviations()]) expect(w).toMatch(/^[A-Z][a-z]{2,4}$/);
  });
});
