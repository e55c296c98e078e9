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

  it('covers a capitalised "Reporting By" credit and a byline run into its dateline', () => {
    const text = 'By Tim Hepher and William Emmanuel PARIS Nov 24 (Reuters) - Airbus chief Tom Enders said.\n(Reporting By Erik Kirschbaum; Editing By Ralph Boulton)';
    const spans = findCreditSpans(text);
    for (const name of ['Tim Hepher', 'William Emmanuel', 'Erik Kirschbaum', 'Ralph Boulton']) {
      const at = text.indexOf(name);
      expect(insideAny(spans, at, at + name.length), name).toBe(true);
    }
    for (const kept of ['PARIS', 'Tom Enders']) {
      const at = text.indexOf(kept);
      expect(insideAny(spans, at, at + kept.length), kept).toBe(false);
    }
  });

  it('takes "compiled by" in running prose for no credit, and a compiler\'s credit line for one', () => {
    const text = 'The European data, compiled by Markit from surveys, showed Merkel right, data compiled by Ernst & Young said.\nCompiled by Jane Doe; compiled by Ann Lee\n(compiled by John Roe)';
    const spans = findCreditSpans(text);
    const dashes = 'The appraisal -- compiled by an appraiser who Scott believes never visited -- showed (100 plus years';
    expect(findCreditSpans(dashes)).toEqual([]);
    for (const kept of ['Markit', 'Merkel', 'Ernst & Young']) {
      const at = text.indexOf(kept);
      expect(insideAny(spans, at, at + kept.length), kept).toBe(false);
    }
    for (const name of ['Jane Doe', 'Ann Lee', 'John Roe']) {
      const at = text.indexOf(name);
      expect(insideAny(spans, at, at + name.length), name).toBe(true);
    }
  });

  it('does not take a sentence starting with "By" for a byline', () => {
    const text = 'By contrast, Germany grew.\nBy the end of the year, Merkel had won.';
    expect(findCreditSpans(text)).toEqual([]);
  });
});
