import { describe, expect, it } from 'vitest';
import { findCreditSpans, insideAny } from '../../src/extract/credits.js';

describe('credit lines', () => {
  it('covers reporting, editing and additional reporting credits, and a byline', () => {
    const text = 'By Jane Doe and John Roe\nMerkel spoke.\n(Reporting by Conor Sweeney; Editing by Ralph Boulton)\n (Additional reporting by Ann Lee in Paris)';
    const spans = findCreditSpans(text);
    for (const name of ['Jane Doe', 'Conor Sweeney', 'Ralph Boulton', 'Ann Lee']) {
      const at = text.indexOf(name);
      expect(insideAny(spans, at, at + name.length), name).toBe(true);
    }
    const merkel = text.indexOf('Merkel');
    expect(insideAny(spans, merkel, merkel + 6)).toBe(false);
  });

  it('does not take a sentence starting with "By" for a byline', () => {
    const text = 'By contrast, Germany grew.\nBy the end of the year, Merkel had won.';
    expect(findCreditSpans(text)).toEqual([]);
  });
});
