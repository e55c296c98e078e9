import { describe, expect, it } from 'vitest';
import {
  isCompanySuffix,
  isLegalSuffixWord,
  suffixPatterns,
} from '../../src/resolve/legal-suffixes.ts';
import { withoutCorporateSuffix } from '../../src/resolve/organizations.ts';
import { organizationCore } from '../../src/resolve/across.ts';

describe('legal suffixes (data/ner/legal-suffixes.json)', () => {
  it('reads a suffix as one word, with or without its dot, as written', () => {
    for (const w of ['AG', 'GmbH', 'Inc', 'Inc.', 'plc', 'PLC', 'L.P.', 'S.A.', 'N.V']) expect(isLegalSuffixWord(w), w).toBe(true);
    for (const w of ['Siemens', 'Group', 'Holdings', 'ag', 'Agency', 'Incorporated.x']) expect(isLegalSuffixWord(w), w).toBe(false);
  });

  it('closes "Siemens AG" as a company, and "AG" alone is no name', () => {
    expect(isCompanySuffix('AG')).toBe(true);
    expect(isCompanySuffix('Siemens')).toBe(false);
    expect(organizationCore('Siemens AG')).toEqual({ core: 'Siemens', via: 'legal-suffix' });
    expect(withoutCorporateSuffix('Siemens AG')).toBe('Siemens');
    expect(suffixPatterns().firmEnd.test(' Siemens AG')).toBe(true);
    expect(suffixPatterns().firmEnd.test(' Siemens')).toBe(false);
    // Nothing is left of the suffix alone: it stays as it is, no empty name.
    expect(withoutCorporateSuffix('AG')).toBe('AG');
    expect(suffixPatterns().onlySuffixes.test('Co. Inc')).toBe(true);
    expect(suffixPatterns().onlySuffixes.test('AG')).toBe(true);
    expect(suffixPatterns().onlySuffixes.test('GmbH & Co')).toBe(false);
    expect(suffixPatterns().onlySuffixes.test('Co, Ltd')).toBe(true);
    expect(suffixPatterns().onlySuffixes.test('Siemens Co')).toBe(false);
    // Suffixes run together spell names and tickers, not a run of suffixes: "Volvo and SAAB" has two firms.
    for (const w of ['SAAB', 'ABSA', 'AGSA', 'CoInc', 'SASE']) expect(suffixPatterns().onlySuffixes.test(w), w).toBe(false);
  });

  it('ends a company\'s name at a legal suffix in a heading\'s capitals, not at a name in mixed case', () => {
    for (const w of ['INC', 'CORP.', 'LTD', 'LIMITED', 'GMBH', 'L.P.']) expect(isCompanySuffix(w), w).toBe(true);
    for (const w of ['Se', 'Sa', 'Ltd-x', 'inc']) expect(isCompanySuffix(w), w).toBe(false);
    // The capitals are isCompanySuffix's alone: a legal suffix word is still one as written.
    expect(isLegalSuffixWord('INC')).toBe(false);
  });

  it('keeps the roles apart: "Group" ends a company\'s name but is no legal suffix', () => {
    expect(isCompanySuffix('Group')).toBe(true);
    expect(isCompanySuffix('Holdings')).toBe(true);
    // Every legal suffix ends a company's name, as written ("Brookfield Asset Management LLP", "Nordea ASA"); a generic word in any case.
    for (const w of ['LLP', 'L.P.', 'ASA', 'Plc.', 'group', 'HOLDINGS']) expect(isCompanySuffix(w), w).toBe(true);
    for (const w of ['Se', 'Sa', 'Grouping']) expect(isCompanySuffix(w), w).toBe(false);
    expect(isLegalSuffixWord('Holdings')).toBe(false);
    expect(isLegalSuffixWord('Inc')).toBe(true);
    expect(isLegalSuffixWord('Group')).toBe(false);
    // As written: Korean and Portuguese names end in "Se", "Sa" ("Kim Se", "De Sa").
    expect(isLegalSuffixWord('SA')).toBe(true);
    expect(isLegalSuffixWord('Sa')).toBe(false);
    expect(isLegalSuffixWord('Se')).toBe(false);
    expect(withoutCorporateSuffix('Eurasia Group')).toBe('Eurasia Group');
    expect(organizationCore('Goldman Sachs Group Inc').core).toBe('Goldman Sachs');
    // Across articles every legal suffix goes: "Blackstone Group L.P." is Blackstone.
    expect(organizationCore('Blackstone Group L.P.').core).toBe('Blackstone');
    expect(organizationCore('Wachtell LLP').core).toBe('Wachtell');
  });

  it("takes any legal suffix after a name's own 's, as written", () => {
    expect(suffixPatterns().afterOwnS.exec(' GmbH said')?.[0]).toBe(' GmbH');
    expect(suffixPatterns().afterOwnS.exec(' Inc. said')?.[0]).toBe(' Inc.');
    expect(suffixPatterns().afterOwnS.exec(' Cosmetics')).toBeNull();
    // Not the first part of a hyphenated word: "Macy's Co-founder", "the firm's SE-Asia arm".
    expect(suffixPatterns().afterOwnS.exec(' Co-founder Bob')).toBeNull();
    expect(suffixPatterns().afterOwnS.exec(' SE-Asia')).toBeNull();
  });

  it('builds its patterns once', () => {
    expect(suffixPatterns()).toBe(suffixPatterns());
  });
});
