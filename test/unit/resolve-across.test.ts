import { describe, expect, it } from 'vitest';
import { loadNicknames } from '../../src/pipeline/nicknames.js';
import {
  acronymOf,
  fullNamesAgree,
  organizationCore,
  organizationInitials,
  personKey,
  resolveOrganizationAcross,
  resolvePersonAcross,
  translit,
  type PersonCandidate,
} from '../../src/resolve/across.js';

const nicknames = loadNicknames();
const agree = (a: string, b: string) => fullNamesAgree(personKey(a), personKey(b), nicknames);
const none = { roleCountries: [], countries: [] };
const cand = (name: string, articles = 10, roleCountries: string[] = []): PersonCandidate => ({
  id: name.toLowerCase().replace(/[^a-z]+/g, '-'),
  name,
  articles,
  roleCountries,
});

describe('cross-article person rules', () => {
  it('joins nicknames from the vendored data set, not a hand-typed list', () => {
    expect(agree('Hank Paulson', 'Henry Paulson')).toBe('nickname');
    expect(agree('Chuck Schumer', 'Charles Schumer')).toBe('nickname');
    expect(agree('Pat Schroeder', 'Patricia Schroeder')).toBe('nickname');
    expect(agree('Ron Paul', 'Ronald Paul')).toBe('nickname');
    expect(agree('Doug Elmendorf', 'Douglas Elmendorf')).toBe('nickname');
    // Two short forms of one name.
    expect(agree('Chuck Prince', 'Charlie Prince')).toBe('nickname');
  });

  it('keeps different first names apart', () => {
    expect(agree('Hillary Clinton', 'Bill Clinton')).toBeUndefined();
    expect(agree('Henry Paulson', 'John Paulson')).toBeUndefined();
    expect(agree('Ron Paul', 'Rand Paul')).toBeUndefined();
  });

  it('joins middle initials and names, but not different middles (George H. W. vs George W.)', () => {
    expect(agree('Bernard L. Madoff', 'Bernard Madoff')).toBe('middle');
    expect(agree('Hillary Rodham Clinton', 'Hillary Clinton')).toBe('middle');
    expect(agree('George W. Bush', 'George Walker Bush')).toBe('initial');
    expect(agree('G. Bush', 'George Bush')).toBe('initial');
    expect(agree('George H. W. Bush', 'George W. Bush')).toBeUndefined();
    expect(agree('George H. Bush', 'George W. Bush')).toBeUndefined();
  });

  it('keeps a father and son apart', () => {
    expect(agree('Martin Luther King Jr.', 'Martin Luther King Sr.')).toBeUndefined();
    expect(agree('Ken Griffey Jr', 'Ken Griffey Sr')).toBeUndefined();
  });

  it('joins transliterations and accents', () => {
    expect(translit('dmitry')).toBe(translit('dmitri'));
    expect(translit('sergey')).toBe(translit('sergei'));
    expect(translit('alexey')).toBe(translit('aleksei'));
    expect(agree('Dmitri Medvedev', 'Dmitry Medvedev')).toBe('same');
    expect(agree('Muammar Gaddafi', 'Muammar Gadhafi')).toBe('same');
    expect(agree('José Sócrates', 'Jose Socrates')).toBe('same');
    expect(translit('david')).not.toBe(translit('dawid') + 'x');
  });

  it('resolves a full-name variant to the one node it agrees with, and stays apart when two agree', () => {
    expect(resolvePersonAcross('Hank Paulson', none, [cand('Henry Paulson'), cand('John Paulson')], nicknames)).toEqual({ id: 'henry-paulson', via: 'nickname' });
    // "George Bush" fits both Bushes: ambiguous, a node of its own.
    expect(resolvePersonAcross('George Bush', none, [cand('George W. Bush'), cand('George H. W. Bush')], nicknames)).toBeUndefined();
    // Nor does either Bush join a "George Bush" node that fits the other: that would make one node of both.
    expect(resolvePersonAcross('George H. W. Bush', none, [cand('George Bush'), cand('George W. Bush')], nicknames)).toBeUndefined();
    expect(resolvePersonAcross('George W. Bush', none, [cand('George Bush'), cand('George H. W. Bush')], nicknames)).toBeUndefined();
    // Another node spelled exactly so wins over a variant.
    expect(resolvePersonAcross('Bernard Madoff', none, [{ ...cand('Bernard Madoff'), id: 'b-madoff' }, cand('Bernard L. Madoff')], nicknames)).toEqual({ id: 'b-madoff', via: 'name' });
  });

  it('keeps a full-name variant apart when its role disagrees with the candidate', () => {
    const ctx = { roleCountries: ['GB'], countries: ['GB'] };
    expect(resolvePersonAcross('Pat Smith', ctx, [cand('Patricia Smith', 10, ['US'])], nicknames)).toBeUndefined();
    expect(resolvePersonAcross('Pat Smith', ctx, [cand('Patricia Smith', 10, ['GB'])], nicknames)).toEqual({ id: 'patricia-smith', via: 'nickname' });
  });

  it('resolves a bare surname to the one prominent bearer that fits, else stays apart', () => {
    const us = { roleCountries: [], countries: ['US', 'IQ'] };
    expect(resolvePersonAcross('Paulson', us, [cand('Henry Paulson', 251, ['US']), cand('John Paulson', 1)], nicknames)).toEqual({
      id: 'henry-paulson',
      via: 'surname',
    });
    // Two Bushes about as prominent: the surname alone cannot tell them apart.
    expect(resolvePersonAcross('Bush', us, [cand('George W. Bush', 300, ['US']), cand('George H. W. Bush', 120, ['US'])], nicknames)).toBeUndefined();
    // One far more named than the other (15 times): a reader takes the surname for him.
    expect(resolvePersonAcross('Bush', us, [cand('George W. Bush', 300, ['US']), cand('George H. W. Bush', 20, ['US'])], nicknames)).toEqual({
      id: 'george-w-bush',
      via: 'surname',
    });
    expect(resolvePersonAcross('Obama', us, [cand('Barack Obama', 966, ['US']), cand('Michelle Obama', 4)], nicknames)).toEqual({
      id: 'barack-obama',
      via: 'surname',
    });
    // Two people sharing a surname, one in Britain, one in the U.S.: the article's role picks.
    const president = { roleCountries: ['US'], countries: ['US'] };
    expect(resolvePersonAcross('Brown', president, [cand('Gordon Brown', 200, ['GB']), cand('Scott Brown', 40, ['US'])], nicknames)).toEqual({
      id: 'scott-brown',
      via: 'surname',
    });
    // The one bearer is about another country than the article: apart.
    expect(resolvePersonAcross('Brown', { roleCountries: [], countries: ['JP'] }, [cand('Gordon Brown', 200, ['GB'])], nicknames)).toBeUndefined();
    // Not prominent: apart.
    expect(resolvePersonAcross('Paulson', us, [cand('Henry Paulson', 2)], nicknames)).toBeUndefined();
  });

  it('honours an analyst decision to keep two apart', () => {
    expect(resolvePersonAcross('Hank Paulson', none, [cand('Henry Paulson')], nicknames, (id) => id === 'henry-paulson')).toBeUndefined();
  });
});

describe('cross-article organization rules', () => {
  const org = (name: string, articles = 10) => ({ id: name.toLowerCase().replace(/[^a-z]+/g, '-'), name, articles });

  it('strips legal suffixes, tickers and "the"', () => {
    expect(organizationCore('Freddie Mac FRE').core).toBe('Freddie Mac');
    expect(organizationCore('Freddie Mac FRE').via).toBe('ticker');
    expect(organizationCore('Apple Inc AAPL.O').core).toBe('Apple');
    expect(organizationCore('Tesco.L').core).toBe('Tesco');
    expect(organizationCore('Deutsche Bank AG').core).toBe('Deutsche Bank');
    expect(organizationCore('Vodafone Group Plc').core).toBe('Vodafone');
    expect(organizationCore('Toyota Motor Co Ltd').core).toBe('Toyota Motor');
    expect(organizationCore('the Carlyle Group').core).toBe('Carlyle');
    // An all-capitals name keeps its last word: "BNP" is no ticker of "Banque".
    expect(organizationCore('BANQUE BNP').core).toBe('BANQUE BNP');
    expect(organizationCore('IBM').core).toBe('IBM');
    // Numerals and country codes after a name are no tickers.
    expect(organizationCore('Lehman II').core).toBe('Lehman II');
    expect(organizationCore('Goldman UK').core).toBe('Goldman UK');
  });

  it('resolves a suffixed or ticker name to the node of the same company', () => {
    expect(resolveOrganizationAcross('Freddie Mac FRE', [org('Freddie Mac')])).toEqual({ id: 'freddie-mac', via: 'ticker' });
    expect(resolveOrganizationAcross('Google Inc', [org('Google')])).toEqual({ id: 'google', via: 'legal-suffix' });
    expect(resolveOrganizationAcross('Google', [org('Google Inc')])).toEqual({ id: 'google-inc', via: 'legal-suffix' });
    // Another node of the very same name (two ids for one spelling) is the same company.
    expect(resolveOrganizationAcross('Goldman Sachs Group Inc', [org('Goldman Sachs Group Inc')])).toEqual({ id: 'goldman-sachs-group-inc', via: 'name' });
    expect(resolveOrganizationAcross('Google', [org('Alphabet')])).toBeUndefined();
  });

  it('resolves a short name to the one prominent organization named so at the start, else stays apart', () => {
    expect(resolveOrganizationAcross('Lehman', [org('Lehman Brothers Inc')])).toEqual({ id: 'lehman-brothers-inc', via: 'short-name' });
    expect(resolveOrganizationAcross('Wal-Mart', [org('Wal-Mart Stores Inc'), org('Wal-Mart')])).toEqual({ id: 'wal-mart-stores-inc', via: 'short-name' });
    expect(resolveOrganizationAcross('JP Morgan', [org('JPMorgan Chase & Co')])).toEqual({ id: 'jpmorgan-chase-co', via: 'short-name' });
    expect(resolveOrganizationAcross('Goldman Sachs & Co', [org('Goldman Sachs Group Inc')])).toEqual({ id: 'goldman-sachs-group-inc', via: 'legal-suffix' });
    // Two prominent banks start with "Deutsche": apart. "Ford" is no short name of "Fordham University".
    expect(resolveOrganizationAcross('Deutsche', [org('Deutsche Bank AG'), org('Deutsche Telekom AG')])).toBeUndefined();
    expect(resolveOrganizationAcross('Ford', [org('Fordham University')])).toBeUndefined();
    // A part, unit or product is not the whole: apart.
    expect(resolveOrganizationAcross('Senate', [org('Senate Banking Committee')])).toBeUndefined();
    expect(resolveOrganizationAcross('Boeing', [org('Boeing Commercial Airplanes')])).toBeUndefined();
    expect(resolveOrganizationAcross('Google Inc', [org('Google Apps')])).toBeUndefined();
    // Two spellings of one long name are one company: the most mentioned.
    expect(resolveOrganizationAcross('JP Morgan', [org('JP Morgan Chase & Co', 16), org('JPMorgan Chase & Co', 256)])).toEqual({ id: 'jpmorgan-chase-co', via: 'short-name' });
    expect(resolveOrganizationAcross('JP Morgan', [org('JP Morgan Chase & Co', 16), org('JPMorgan Chase & Co', 256), org('JP Morgan Cazenove', 40)])).toBeUndefined();
    // A curated organization is its own: the Federal Reserve is not the New York Fed, a bank of its system.
    expect(resolveOrganizationAcross('Federal Reserve', [org('Federal Reserve Bank of New York')])).toBeUndefined();
    expect(resolveOrganizationAcross('Federal Reserve', [org('Federal Reserve Bank of New York'), org('Federal Reserve')])).toEqual({ id: 'federal-reserve', via: 'name' });
    // The same company with a legal suffix beats a longer name starting so.
    expect(resolveOrganizationAcross('UBS', [org('UBS AG'), org('UBS Warburg')])).toEqual({ id: 'ubs-ag', via: 'legal-suffix' });
    expect(resolveOrganizationAcross('Lehman', [org('Lehman Brothers Inc', 2)])).toBeUndefined();
  });

  it('sends every name of one core name to the most mentioned of its nodes, the name\'s own node included', () => {
    const group = { id: 'goldman-sachs-group', name: 'Goldman Sachs Group', articles: 245 };
    const co = { id: 'goldman-sachs', name: 'Goldman Sachs & Co', articles: 136 };
    // The article's own id names the smaller node: the name goes to the bigger one.
    expect(resolveOrganizationAcross('Goldman Sachs & Co', [group, co], undefined, undefined, 'goldman-sachs')).toEqual({ id: 'goldman-sachs-group', via: 'legal-suffix' });
    expect(resolveOrganizationAcross('Goldman Sachs', [group, co], undefined, undefined, 'goldman-sachs')).toEqual({ id: 'goldman-sachs-group', via: 'legal-suffix' });
    // Its own id names the bigger node: it stays there, not sent to the smaller one (the two would trade articles).
    expect(resolveOrganizationAcross('Goldman Sachs Group Inc', [group, co], undefined, undefined, 'goldman-sachs-group')).toBeUndefined();
    // Without its own node, as before: the most mentioned of the core name, whether spelled so or otherwise.
    expect(resolveOrganizationAcross('Goldman Sachs Group', [group, co])).toEqual({ id: 'goldman-sachs-group', via: 'name' });
    expect(resolveOrganizationAcross('Goldman Sachs Group', [{ ...group, articles: 10 }, co])).toEqual({ id: 'goldman-sachs', via: 'legal-suffix' });
    // Its own node bigger than another node of the very same name: it stays.
    expect(resolveOrganizationAcross('Federal Reserve', [org('Federal Reserve', 3), org('Federal Reserve', 50)].map((c, i) => ({ ...c, id: `fed-${i}` })), undefined, undefined, 'fed-1')).toBeUndefined();
    // A short name's own node still joins the one prominent firm it shortens.
    expect(resolveOrganizationAcross('Lehman', [org('Lehman', 5), org('Lehman Brothers Inc', 100)], undefined, undefined, 'lehman')).toEqual({ id: 'lehman-brothers-inc', via: 'short-name' });
    // A parent and its unit or subsidiary are two core names: apart, whichever node is bigger.
    expect(resolveOrganizationAcross('Barclays', [org('Barclays', 5), org('Barclays Capital', 100)], undefined, undefined, 'barclays')).toBeUndefined();
    expect(resolveOrganizationAcross('Barclays Capital', [org('Barclays', 100), org('Barclays Capital', 5)], undefined, undefined, 'barclays-capital')).toBeUndefined();
    expect(resolveOrganizationAcross('Volvo', [org('Volvo', 5), org('Volvo Cars', 100)], undefined, undefined, 'volvo')).toBeUndefined();
    expect(resolveOrganizationAcross('Goldman Sachs', [group, org('Goldman Sachs Asset Management', 300)], undefined, undefined, 'goldman-sachs')).toEqual({ id: 'goldman-sachs-group', via: 'legal-suffix' });
    expect(resolveOrganizationAcross('Goldman Sachs Asset Management', [group, co], undefined, undefined, 'gsam')).toBeUndefined();
    // An analyst's "apart" holds whatever the counts.
    expect(resolveOrganizationAcross('Goldman Sachs & Co', [group, co], (c) => c === 'goldman-sachs-group', undefined, 'goldman-sachs')).toBeUndefined();
  });

  it('resolves an acronym to the one prominent name it abbreviates, else stays apart', () => {
    expect(acronymOf('U.N.')).toBe('un');
    expect(organizationInitials('International Atomic Energy Agency')).toBe('iaea');
    expect(resolveOrganizationAcross('IAEA', [org('International Atomic Energy Agency')])).toEqual({ id: 'international-atomic-energy-agency', via: 'acronym' });
    expect(resolveOrganizationAcross('GE', [org('General Electric'), org('Gaz Energie')])).toBeUndefined();
    expect(resolveOrganizationAcross('GE', [org('General Electric', 1)])).toBeUndefined();
  });
});
