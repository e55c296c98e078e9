import { describe, expect, it } from 'vitest';
import { INDEX_CODE, TICKER_CODE, isInstrumentCode } from '../../src/article/instrument-codes.js';

describe('instrument codes', () => {
  it('knows tickers with their exchange and index codes', () => {
    for (const w of ['FRE.N', 'RDSa.L', '7203.T', 'GMGMQ.PK', 'PETRA.UL', '.DJI', '.SPX']) expect(isInstrumentCode(w), w).toBe(true);
  });
  it('is no name, abbreviation or number', () => {
    for (const w of ['Apple', 'U.S.', 'U.N.', 'a.m.', '3.5', '.', 'FRE', 'Tesco.com', '.dji', 'ABCDEFGH.N']) expect(isInstrumentCode(w), w).toBe(false);
  });
  it('gives pattern source that matches inside text', () => {
    expect(new RegExp(`\\(${TICKER_CODE}\\)`).test('Raytheon Co (RTN.N) said')).toBe(true);
    expect(new RegExp(`<${INDEX_CODE}>`).test('the Dow <.DJI> fell')).toBe(true);
  });
});
