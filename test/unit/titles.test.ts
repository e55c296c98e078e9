import { describe, expect, it } from 'vitest';
import { isTitleHead, isTitleModifier, isTitleWord, matchTitle, normalizeTitle, stripTitles, titleBefore } from '../../src/extract/titles.js';

describe('stripTitles', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['Foreign Minister Sergei Lavrov', 'Sergei Lavrov', 'Foreign Minister'],
    ['President Barack Obama', 'Barack Obama', 'President'],
    ['U.S. Treasury Secretary Henry Paulson', 'Henry Paulson', 'Treasury Secretary'],
    ['Secretary of State Hillary Clinton', 'Hillary Clinton', 'Secretary of State'],
    ['Russian President Dmitry Medvedev', 'Dmitry Medvedev', 'President'],
    ["Russia's Foreign Minister Sergei Lavrov", 'Sergei Lavrov', 'Foreign Minister'],
    ['Deputy Prime Minister Igor Sechin', 'Igor Sechin', 'Deputy Prime Minister'],
    ['Vice Premier Wang Qishan', 'Wang Qishan', 'Vice Premier'],
    ['Chancellor Angela Merkel', 'Angela Merkel', 'Chancellor'],
    ['Crown Prince Mohammed', 'Mohammed', 'Crown Prince'],
    ['Central Bank Governor Zhou Xiaochuan', 'Zhou Xiaochuan', 'Central Bank Governor'],
    ['Gazprom chief executive Alexei Miller', 'Alexei Miller', 'Chief Executive'],
    ['Sen. John McCain', 'John McCain', 'Sen.'],
    ['Lt. Gen. David Petraeus', 'David Petraeus', 'Lt. Gen.'],
    ['Mr. Smith', 'Smith', 'Mr.'],
    ['Mr Sallas', 'Sallas', 'Mr'],
    ['Mrs Merkel', 'Merkel', 'Mrs'],
    ['former President George W. Bush', 'George W. Bush', 'President'],
    ['President-elect Barack Obama', 'Barack Obama', 'President-elect'],
    ['opposition leader Aung San Suu Kyi', 'Aung San Suu Kyi', 'Opposition Leader'],
    ['Energy Minister Sergei Shmatko', 'Sergei Shmatko', 'Energy Minister'],
    ['Pope Benedict XVI', 'Benedict XVI', 'Pope'],
    ['Ayatollah Ali Khamenei', 'Ali Khamenei', 'Ayatollah'],
    ['Assistant Treasurer Nick Sherry', 'Nick Sherry', 'Assistant Treasurer'],
    ['New York Insurance Superintendent Eric Dinallo', 'Eric Dinallo', 'Superintendent'],
    ['Comptroller of the Currency Thomas Curry', 'Thomas Curry', 'Comptroller of the Currency'],
    ['General Counsel Michael Callahan', 'Michael Callahan', 'General Counsel'],
    ['Technology Advocate Michael Jones', 'Michael Jones', 'Advocate'],
    ['Advocate General Paolo Mengozzi', 'Paolo Mengozzi', 'Advocate General'],
  ];
  for (const [input, name, title] of cases) {
    it(input, () => expect(stripTitles(input)).toEqual(title ? { name, title } : { name }));
  }
  it('does not strip parts of real names', () => {
    for (const n of ['Dean Cheng', 'John Major', 'Dalai Lama', 'General Motors', 'Prince', 'Chancellor', 'Justin Lin', 'Martin Luther King', 'Tom Treasurer']) {
      expect(stripTitles(n)).toEqual({ name: n });
    }
  });
});

describe('isTitleWord', () => {
  it('title words', () => {
    for (const w of ['President', 'Minister', 'Foreign', 'Sen.', 'Chancellor', 'premier', 'CEO', 'Ambassador', 'Sheikh']) expect(isTitleWord(w)).toBe(true);
  });
  it('name words', () => {
    for (const w of ['Sergei', 'Lavrov', 'Dean', 'Angela', 'of', 'the']) expect(isTitleWord(w)).toBe(false);
  });
});

describe('isTitleHead and isTitleModifier', () => {
  it('heads end a title, words inside titles do not', () => {
    for (const w of ['President', 'Executive', 'Officer', 'Governor', 'Minister', 'Secretary', 'Director']) expect(isTitleHead(w)).toBe(true);
    for (const w of ['Bank', 'Financial', 'Communications', 'Energy', 'Senior', 'Vice', 'Foreign']) expect(isTitleHead(w)).toBe(false);
  });
  it('ranks and times are modifiers, heads and departments are not', () => {
    for (const w of ['Senior', 'Vice', 'Deputy', 'former']) expect(isTitleModifier(w)).toBe(true);
    for (const w of ['President', 'Bank', 'Energy']) expect(isTitleModifier(w)).toBe(false);
  });
});

describe('normalizeTitle', () => {
  it('Title Case with small words', () => {
    expect(normalizeTitle('foreign minister')).toBe('Foreign Minister');
    expect(normalizeTitle('secretary of state')).toBe('Secretary of State');
    expect(normalizeTitle('chief executive')).toBe('Chief Executive');
    expect(normalizeTitle('CEO')).toBe('CEO');
  });
});

describe('titleBefore', () => {
  it('finds the title and its prefix before a name', () => {
    const t = '(Reuters) - U.S. Secretary of State Hillary Clinton failed.';
    const m = titleBefore(t, t.indexOf('Hillary'))!;
    expect(m.title).toBe('Secretary of State');
    expect(t.slice(m.prefixStart, m.prefixEnd)).toBe('U.S.');
  });
  it('nothing when no title precedes', () => {
    const t = 'Obama met Hillary Clinton.';
    expect(titleBefore(t, t.indexOf('Hillary'))).toBeUndefined();
  });
});

describe('a firm\'s legal suffix before a title', () => {
  it('is the firm\'s ("Walt Disney Co CEO"), not the rank "co-"', () => {
    const m = matchTitle(['Walt', 'Disney', 'Co', 'CEO', 'Robert', 'Iger'], 0);
    expect(m && [m.title, m.prefixStart, m.prefixEnd]).toEqual(['CEO', 0, 3]);
  });
  it('leaves "Co" a rank where no name stands before it', () => {
    expect(matchTitle(['Co', 'CEO', 'Robert', 'Iger'], 0)?.title).not.toBe('CEO');
  });
});

