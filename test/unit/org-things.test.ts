import { describe, expect, it } from 'vitest';
import { makeLexicon } from '../../src/resolve/corpus-lexicon.ts';
import { namesAThing, writtenAsCompany } from '../../src/resolve/org-things.ts';

// tagged counts [PER, ORG, LOC, MISC]; cues [PER, ORG, LOC]
const lex = makeLexicon({
  Xbox: { tagged: [0, 10, 0, 40], docs: 30, cues: [0, 1, 0] },
  Nikkei: { tagged: [0, 20, 0, 30], docs: 30, cues: [0, 2, 0] },
  Siemens: { tagged: [0, 300, 0, 40], docs: 200, cues: [0, 120, 0] },
});

describe('namesAThing: organizations the tagger found that name things', () => {
  it('drops a name the corpus mostly tags MISC and seldom writes as a company', () => {
    expect(namesAThing('Sales of the Xbox rose.', 'Xbox', lex)).toBe(true);
    expect(namesAThing('Siemens rose.', 'Siemens', lex)).toBe(false);
  });

  it('keeps it where the article writes it as a company', () => {
    const text = 'The Nikkei newspaper reported the deal; Nikkei said it had no comment.';
    expect(writtenAsCompany(text, 'Nikkei')).toBe(true);
    expect(namesAThing(text, 'Nikkei', lex)).toBe(false);
    expect(namesAThing('The Nikkei average fell.', 'Nikkei', lex)).toBe(true);
  });

  it('drops products the corpus writes as products, their plurals and models, and things never named as bodies', () => {
    expect(namesAThing('Toyota recalled the Prius.', 'Prius', lex)).toBe(true);
    expect(namesAThing('Boeing delivered two Dreamliners.', 'Dreamliners', lex)).toBe(true);
    expect(namesAThing('GM stopped making the Hummer H2.', 'Hummer H2', lex)).toBe(true);
    expect(namesAThing('Sales rose before Christmas.', 'Christmas', lex)).toBe(true);
    expect(namesAThing('PC shipments fell.', 'PC', lex)).toBe(true);
    // An agreement by its acronym, like a program's (annotated in 1 of the 8 train and tune articles that name the pact).
    expect(namesAThing('Talks on the TPP trade pact resumed.', 'TPP', lex)).toBe(true);
  });

  it('never drops a curated organization or a maker', () => {
    expect(namesAThing('NATO said on Monday.', 'NATO', lex)).toBe(false);
    expect(namesAThing('Boeing delivered two Dreamliners.', 'Boeing', lex)).toBe(false);
  });
});
