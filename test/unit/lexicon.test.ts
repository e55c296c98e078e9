import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/tokenize.ts';
import type { EntitySpan, NerLabel } from '../../src/extract/types.ts';
import { loadLexicon } from '../../src/pipeline/models.ts';
import { confidentLabel, corpusLabel, makeLexicon, mayBeSurface, surfaceKeyOfTokens } from '../../src/resolve/corpus-lexicon.ts';
import { applyLexicon } from '../../src/resolve/lexicon.ts';

/** A span over the first occurrence (or the nth) of `surface` in `text`. */
function span(text: string, surface: string, label: NerLabel, nth = 0): EntitySpan {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`no ${surface}`);
  return { start, end: start + surface.length, text: surface, label };
}

const labelled = (spans: EntitySpan[]) => spans.map((s) => `${s.text}/${s.label}`);

// counts: tagged [PER, ORG, LOC, MISC]
const lex = makeLexicon({
  Rosneft: { tagged: [2, 180, 3, 0], untagged: 20, initial: 5, lower: 0, docs: 60 },
  'Strait of Hormuz': { tagged: [0, 3, 40, 0], untagged: 2, docs: 30 },
  'Morgan Tsvangirai': { tagged: [50, 4, 0, 0], untagged: 1, docs: 25 },
  Ford: { tagged: [6, 90, 0, 0], untagged: 10, docs: 30 },
  Union: { tagged: [0, 40, 0, 2], untagged: 50, initial: 10, lower: 900, docs: 30 },
  Vale: { tagged: [1, 5, 0, 0], untagged: 2, docs: 3 },
  Kerimov: { tagged: [12, 0, 0, 0], untagged: 100, docs: 4 },
  Russia: { tagged: [0, 2, 300, 0], docs: 200 },
  Germany: { tagged: [0, 0, 500, 0], docs: 300 },
  Acme: { tagged: [0, 30, 0, 0], untagged: 1, lower: 0, docs: 10 },
  DJI: { tagged: [0, 300, 0, 0], untagged: 10, lower: 0, docs: 200 },
  // Short acronyms: one the corpus's cues call a firm in one use of ten or more, one with a few cues only.
  HBXS: { tagged: [0, 66, 0, 0], untagged: 25, lower: 0, docs: 24, cues: [0, 44, 0] },
  ETX: { tagged: [0, 132, 0, 0], untagged: 8, lower: 0, docs: 60, cues: [0, 8, 0] },
  // Company cues in one use of ten, but a person's cues far more: the cues call it no organization.
  HBQX: { tagged: [0, 66, 0, 0], untagged: 25, lower: 0, docs: 24, cues: [40, 10, 0] },
  'Thomas Quux': { tagged: [40, 0, 0, 0], untagged: 1, docs: 12 },
  Thomas: { tagged: [40, 0, 0, 0], untagged: 1, docs: 30 },
});

function run(text: string, spans: EntitySpan[]) {
  return applyLexicon(text, splitSentences(text), spans, lex);
}

describe('surfaceKeyOfTokens', () => {
  it('drops a leading "the" and a trailing possessive', () => {
    expect(surfaceKeyOfTokens(['the', 'Strait', 'of', 'Hormuz'])).toBe('Strait of Hormuz');
    expect(surfaceKeyOfTokens(['Rosneft', "'s"])).toBe('Rosneft');
    expect(surfaceKeyOfTokens(['The'])).toBe('The');
  });
});

describe('mayBeSurface', () => {
  it('rejects words that begin no surface, or none that long, before any key is built', () => {
    const words = ['the', 'Strait', 'of', 'Hormuz', "'s", 'waters'];
    expect(mayBeSurface(lex, words, 1, 4)).toBe(true); // Strait of Hormuz
    expect(mayBeSurface(lex, words, 1, 6)).toBe(false); // Strait of Hormuz's waters: longer than any "Strait ..." surface
    expect(mayBeSurface(lex, words, 2, 4)).toBe(false); // "of" begins no surface
  });

  it('does not count a leading "the" or trailing possessives, as surfaceKeyOfTokens drops them', () => {
    const words = ['the', 'Strait', 'of', 'Hormuz', "'s"];
    expect(mayBeSurface(lex, words, 0, 5)).toBe(true);
    expect(mayBeSurface(lex, ['Rosneft', "'s", "'"], 0, 3)).toBe(true);
    expect(mayBeSurface(lex, ['Rosneft', 'oil'], 0, 2)).toBe(false);
  });

  it('finds a surface written decomposed, whichever way the lexicon file wrote it', () => {
    const decomposed = makeLexicon({ 'Zu\u0308rich Insurance': { tagged: [0, 30, 0, 0], docs: 10 }, 'Zu\u0308rich': { tagged: [0, 0, 50, 0], docs: 40 } });
    expect(mayBeSurface(decomposed, ['Zu\u0308rich', 'Insurance'], 0, 2)).toBe(true);
    expect(mayBeSurface(decomposed, ['Z\u00fcrich', 'Insurance'], 0, 2)).toBe(true);
    expect(decomposed.entries.has(surfaceKeyOfTokens(['Zu\u0308rich', 'Insurance']))).toBe(true);
  });

  it('never rejects a surface the lexicon holds: every entry passes for its own words', () => {
    for (const key of lex.entries.keys()) expect(mayBeSurface(lex, key.split(' '), 0, key.split(' ').length)).toBe(true);
  });
});

describe('applyLexicon: relabel', () => {
  it('gives a span the confident corpus label', () => {
    const text = 'Iran threatened to close the Strait of Hormuz, and Morgan Tsvangirai said Rosneft would pay.';
    const out = run(text, [span(text, 'Strait of Hormuz', 'ORG'), span(text, 'Morgan Tsvangirai', 'ORG'), span(text, 'Rosneft', 'PER')]);
    expect(labelled(out)).toEqual(['Strait of Hormuz/LOC', 'Morgan Tsvangirai/PER', 'Rosneft/ORG']);
  });

  it('leaves a span alone when the corpus evidence is thin or split', () => {
    const text = 'Vale said it agreed with the Union on prices.';
    const out = run(text, [span(text, 'Vale', 'PER')]);
    expect(labelled(out)).toEqual(['Vale/PER']);
  });

  it('keeps a word of a person named in full in the same article a person', () => {
    const text = 'Gerald Ford was president. Ford pardoned Nixon.';
    const out = run(text, [span(text, 'Gerald Ford', 'PER'), span(text, 'Ford', 'PER', 1), span(text, 'Nixon', 'PER')]);
    expect(labelled(out)).toEqual(['Gerald Ford/PER', 'Ford/PER', 'Nixon/PER']);
  });
});

describe('applyLexicon: segment', () => {
  it('keeps a body named after a people\'s word whole where its title-like words end in a body\'s head, not a title\'s', () => {
    const words = loadLexicon();
    const text = 'The African Development Bank lent more, the African Development Minister said.';
    const sentences = splitSentences(text);
    const out = applyLexicon(text, sentences, [span(text, 'African Development Bank', 'ORG'), span(text, 'African Development Minister', 'ORG')], words);
    expect(labelled(out)).toEqual(['African Development Bank/ORG', 'African/MISC']);
  });

  it('splits a span the corpus does not know into pieces it knows', () => {
    const text = 'Gains came from Morgan Tsvangirai of Rosneft, the company said.';
    const out = run(text, [span(text, 'Morgan Tsvangirai of Rosneft', 'ORG')]);
    expect(labelled(out)).toEqual(['Morgan Tsvangirai/PER', 'Rosneft/ORG']);
    const text3 = 'Investors such as Anna B. Kerimov of Rosneft agreed.';
    expect(labelled(run(text3, [span(text3, 'Anna B. Kerimov of Rosneft', 'ORG')]))).toEqual(['Anna B. Kerimov/PER', 'Rosneft/ORG']);
    const text2 = 'The Rosneft Chief Executive spoke.';
    expect(labelled(run(text2, [span(text2, 'Rosneft Chief Executive', 'ORG')]))).toEqual(['Rosneft/ORG']);
  });

  it('splits two organizations joined by "and" that the corpus knows each by itself, not a name it knows whole or half', () => {
    const text = 'Rosneft and Acme agreed; Acme and Partners did not; Rosneft and Ford Motor and Ford and Rosneft dissented.';
    const known = makeLexicon({ ...Object.fromEntries(lex.entries), 'Ford and Rosneft': { tagged: [0, 40, 0, 0], docs: 20 } } as never);
    const spans = [span(text, 'Rosneft and Acme', 'ORG'), span(text, 'Acme and Partners', 'ORG'), span(text, 'Rosneft and Ford Motor', 'ORG'), span(text, 'Ford and Rosneft', 'ORG')];
    expect(labelled(applyLexicon(text, splitSentences(text), spans, known))).toEqual([
      'Rosneft/ORG',
      'Acme/ORG',
      'Acme and Partners/ORG',
      'Rosneft and Ford Motor/ORG',
      'Ford and Rosneft/ORG',
    ]);
  });

  it("keeps a person's name whole where a first name the corpus knows runs into a company's name, a particle or a title word", () => {
    // "Thomas" is a person's piece and "Ford" a company's, yet "Thomas Ford" is one man; so are "Thomas al-Rosneft" and "Thomas Lord".
    const text = 'Analyst Thomas Ford said so; Minister Thomas al-Rosneft agreed, and trustee Thomas Lord left.';
    const spans = [span(text, 'Thomas Ford', 'PER'), span(text, 'Thomas al-Rosneft', 'PER'), span(text, 'Thomas Lord', 'PER')];
    expect(labelled(run(text, spans))).toEqual(['Thomas Ford/PER', 'Thomas al-Rosneft/PER', 'Thomas Lord/PER']);
  });

  it('keeps a company name whole when a legal suffix would be a piece of its own', () => {
    // "Financial" is a title word (a gap), "Corp" a surface the corpus knows: yet "Acme Financial Corp" is one company.
    const known = makeLexicon({ ...Object.fromEntries(lex.entries), Corp: { tagged: [0, 40, 0, 0], untagged: 5, lower: 0, docs: 30 } } as never);
    const text = 'Shares of Acme Financial Corp rose.';
    expect(labelled(applyLexicon(text, splitSentences(text), [span(text, 'Acme Financial Corp', 'ORG')], known))).toEqual(['Acme Financial Corp/ORG']);
  });

  it("keeps a company's longer name whole where words inside titles end it, not a title with its head or rank", () => {
    // "Bank", "Financial" and "Communications" stand inside titles ("Central Bank Governor", "Chief Financial Officer"), but end none.
    const text = 'said Hughes at Rosneft Bank. Rosneft Financial Communications rose. The Rosneft Chief Executive spoke. Rosneft Senior Vice President Smith left.';
    const spans = [span(text, 'Rosneft Bank', 'ORG'), span(text, 'Rosneft Financial Communications', 'ORG'), span(text, 'Rosneft Chief Executive', 'ORG'), span(text, 'Rosneft Senior Vice', 'ORG')];
    expect(labelled(run(text, spans))).toEqual(['Rosneft Bank/ORG', 'Rosneft Financial Communications/ORG', 'Rosneft/ORG', 'Rosneft/ORG']);
  });

  it('cuts a company off words inside a title whose head the span left out ("Press" + "Secretary")', () => {
    const text = 'The Rosneft Press Secretary spoke.';
    expect(labelled(run(text, [span(text, 'Rosneft Press', 'ORG')]))).toEqual(['Rosneft/ORG']);
  });

  it('adds a name the corpus knows after a word that describes it ("Dubai-based"), not after a capitalised name word', () => {
    const text = 'It sold the unit to Dubai-based Rosneft on Monday. Then Shell Rosneft rose.';
    const out = run(text, []);
    expect(labelled(out)).toEqual(['Rosneft/ORG']);
    expect(out[0].start).toBe(text.indexOf('Rosneft'));
  });

  it('keeps a legal suffix in lower case with the company it ends', () => {
    const text = 'Shares of Rosneft plc rose.';
    expect(labelled(run(text, [span(text, 'Rosneft plc', 'ORG')]))).toEqual(['Rosneft plc/ORG']);
  });

  it("splits a country's name off a person's a headline ran into one name, not a person's or a company's", () => {
    const text = 'Japan Morgan Tsvangirai aide: no change. Jordan Kerimov spoke. Singapore Chief Executive left.';
    const spans = [span(text, 'Japan Morgan Tsvangirai', 'ORG'), span(text, 'Jordan Kerimov', 'PER'), span(text, 'Singapore Chief Executive', 'ORG')];
    expect(labelled(run(text, spans))).toEqual(['Japan/LOC', 'Morgan Tsvangirai/PER', 'Jordan Kerimov/PER', 'Singapore Chief Executive/ORG']);
  });

  it('keeps a name joined by "of" or with an unknown capitalised word whole', () => {
    const text = 'The Acme of Rosneft and the Acme Rosneft Holdings rose.';
    const spans = [span(text, 'Acme of Rosneft', 'ORG'), span(text, 'Acme Rosneft Holdings', 'ORG')];
    expect(labelled(run(text, spans))).toEqual(['Acme of Rosneft/ORG', 'Acme Rosneft Holdings/ORG']);
  });
});

describe('applyLexicon: in-document vote', () => {
  it('gives one surface the corpus majority when the article disagrees with itself', () => {
    // Vale: ORG in 4 of 5 tagged corpus occurrences, too few to relabel on its own, enough to break the article's disagreement.
    const text = 'Vale rose. Analysts said Vale would grow, and Vale agreed.';
    const out = run(text, [span(text, 'Vale', 'PER'), span(text, 'Vale', 'PER', 1), span(text, 'Vale', 'ORG', 2)]);
    expect(out.map((s) => s.label)).toEqual(['ORG', 'ORG', 'ORG']);
  });

  it('lets context cues overrule the tagger majority', () => {
    const text = 'Zorbus said it would build more planes.';
    const cued = makeLexicon({ Zorbus: { tagged: [0, 3, 0, 40], cues: [0, 12, 1], docs: 20 } });
    expect(labelled(applyLexicon(text, splitSentences(text), [span(text, 'Zorbus', 'MISC')], cued))).toEqual(['Zorbus/ORG']);
  });

  it("leaves an article's disagreement alone when the corpus has no word on it", () => {
    const text = 'Quux rose. Analysts said Quux fell.';
    const out = run(text, [span(text, 'Quux', 'ORG'), span(text, 'Quux', 'PER', 1)]);
    expect(out.map((s) => s.label)).toEqual(['ORG', 'PER']);
  });
});

describe('applyLexicon: add missed occurrences', () => {
  it('adds an untagged distinctive surface with a strong label', () => {
    const text = 'Shares of Rosneft rose on Monday, traders said.';
    expect(labelled(run(text, []))).toEqual(['Rosneft/ORG']);
    const text2 = 'Analysts like Thomas Quux said so.';
    expect(labelled(run(text2, []))).toEqual(['Thomas Quux/PER']);
  });

  it('does not add common words, country names, weak or low-rate surfaces', () => {
    const text = 'The Union met in Germany while Russia and Kerimov and Vale watched the DJI, and Thomas spoke.';
    expect(run(text, [])).toEqual([]);
  });

  it("adds a short acronym only where the corpus's context cues call it an organization often", () => {
    const text = 'Shares of HBXS fell, and the ETX and the DJI rose.';
    expect(labelled(run(text, []))).toEqual(['HBXS/ORG']);
    expect(run('Shares of HBQX fell on Monday.', [])).toEqual([]);
  });

  it('does not add a surface inside a longer capitalised name or over an existing span', () => {
    const text = 'He joined Acme Widgets Corp last year, and Acme said so.';
    const out = run(text, [span(text, 'Acme Widgets Corp', 'ORG')]);
    expect(labelled(out)).toEqual(['Acme Widgets Corp/ORG', 'Acme/ORG']);
    const text2 = 'Brian Rosneft Smith spoke.';
    expect(run(text2, [])).toEqual([]);
  });

  it('adds at a sentence start only a surface never seen in lower case', () => {
    const text = 'Rosneft said profits rose. Union leaders disagreed.';
    expect(labelled(run(text, []))).toEqual(['Rosneft/ORG']);
  });
});

describe('the shipped lexicon', () => {
  it('knows well-known companies as organizations and places as locations', () => {
    const shipped = loadLexicon();
    expect(shipped.entries.size).toBeGreaterThan(1000);
    // the label the lexicon acts on: the tagger's corpus majority, or clear context cues where the tagger errs
    expect(confidentLabel(shipped, 'Boeing')).toBe('ORG');
    expect(confidentLabel(shipped, 'Deutsche Bank')).toBe('ORG');
    expect(corpusLabel(shipped, 'Deutsche Bank')?.label).toBe('ORG');
    expect(corpusLabel(shipped, 'Milan')?.label).toBe('LOC');
    expect(confidentLabel(shipped, 'Germany')).toBeUndefined(); // countries are left to the country finder
  });
});
