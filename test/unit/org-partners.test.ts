import { describe, expect, it } from 'vitest';
import { withPartnerNames } from '../../src/resolve/org-partners.ts';
import { makeLexicon } from '../../src/resolve/corpus-lexicon.ts';
import type { EntitySpan } from '../../src/extract/types.ts';

const lex = makeLexicon({
  Friedman: { tagged: [48, 0, 0, 0], docs: 24 },
  Citigroup: { tagged: [0, 1948, 0, 0], docs: 816 },
  Keefe: { tagged: [2, 29, 0, 0], docs: 29, cues: [1, 19, 0] },
  'Keefe , Bruyette & Woods': { tagged: [0, 8, 0, 0], docs: 8, cues: [0, 23, 0] },
  Microsoft: { tagged: [0, 3000, 0, 0], docs: 1200, cues: [0, 900, 0] },
});
const span = (text: string, s: string, label: EntitySpan['label'] = 'ORG'): EntitySpan => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, text: s, label };
};
/** The days and months org-spans.ts passes in (data/ner/org-spans.json, endWords), a few of them. */
const calendar = new Set(['Thursday', 'Friday', 'June']);
const orgs = (text: string, spans: EntitySpan[], days: ReadonlySet<string> = calendar) => withPartnerNames(text, spans, lex, days).filter((e) => e.label === 'ORG').map((e) => e.text);

describe('withPartnerNames', () => {
  it('takes the comma-joined partners before an "&" firm into its name', () => {
    const t = 'said an analyst at Friedman, Billings, Ramsey & Co in Arlington.';
    expect(orgs(t, [span(t, 'Friedman', 'PER'), span(t, 'Ramsey & Co')])).toEqual(['Friedman, Billings, Ramsey & Co']);
    expect(withPartnerNames(t, [span(t, 'Friedman', 'PER'), span(t, 'Ramsey & Co')], lex, calendar)).toHaveLength(1);
    const u = 'advised by Skadden, Arps, Slate, Meagher & Flom LLP.';
    expect(orgs(u, [span(u, 'Skadden, Arps'), span(u, 'Slate'), span(u, 'Meagher & Flom LLP')])).toEqual(['Skadden, Arps, Slate, Meagher & Flom LLP']);
  });

  it('leaves lists of companies, places and firms without "&" alone', () => {
    const t = 'banks such as Citigroup, JPMorgan Chase & Co and others.';
    expect(orgs(t, [span(t, 'Citigroup'), span(t, 'JPMorgan Chase & Co')])).toEqual(['Citigroup', 'JPMorgan Chase & Co']);
    const u = 'in New York, Smith & Wesson said.';
    expect(orgs(u, [span(u, 'Smith & Wesson')])).toEqual(['Smith & Wesson']);
    const v = 'On Thursday, Procter & Gamble said.';
    expect(orgs(v, [span(v, 'Procter & Gamble')])).toEqual(['Procter & Gamble']);
    // A sentence's first word is no partner unless two partners stand there and the first is a tagged name.
    const x = 'Sales fell. However, Johnson & Johnson said profits rose.';
    expect(orgs(x, [span(x, 'Johnson & Johnson')])).toEqual(['Johnson & Johnson']);
    const y = 'Friedman, Billings, Ramsey & Co said.';
    expect(orgs(y, [span(y, 'Ramsey & Co')])).toEqual(['Friedman, Billings, Ramsey & Co']);
    const z = 'said deMarco, Smith & Co analysts.';
    expect(orgs(z, [span(z, 'Smith & Co')])).toEqual(['Smith & Co']);
    const w = 'said Friedman, Billings Capital.';
    expect(orgs(w, [span(w, 'Billings Capital')])).toEqual(['Billings Capital']);
  });

  it('takes a name the corpus tags whole as a firm, though a partner alone is mostly a firm', () => {
    const t = 'said Keefe, Bruyette & Woods analyst Cliff Gallant.';
    expect(orgs(t, [span(t, 'Keefe'), span(t, 'Bruyette & Woods')])).toEqual(['Keefe, Bruyette & Woods']);
    // Not a firm the corpus does not know whole: a company listed before an "&" firm.
    const u = 'such as Microsoft, Procter & Gamble and others.';
    expect(orgs(u, [span(u, 'Microsoft'), span(u, 'Procter & Gamble')])).toEqual(['Microsoft', 'Procter & Gamble']);
  });

  it('reads a quotation closed on a comma as going on with its speaker, not a new sentence', () => {
    const t = '"It was a strong quarter," Monness, Crespi, Hardt & Co analyst Christopher Shaw said.';
    expect(orgs(t, [span(t, 'Crespi', 'PER'), span(t, 'Hardt & Co')])).toEqual(['Monness, Crespi, Hardt & Co']);
    // A quotation closed on its full stop still ends a sentence: the first word may be any word.
    const u = '"It was a strong quarter." However, Hardt & Co analysts disagreed.';
    expect(orgs(u, [span(u, 'Hardt & Co')])).toEqual(['Hardt & Co']);
  });

  it("takes the words that are no partner's name from its caller, and never 'May'", () => {
    // The caller's calendar words (org-spans.ts passes the endWords of data/ner/org-spans.json) stop it.
    expect(orgs('said on Friday, Ramsey & Co analysts.', [span('said on Friday, Ramsey & Co analysts.', 'Ramsey & Co')])).toEqual(['Ramsey & Co']);
    expect(orgs('said on Kaday, Ramsey & Co analysts.', [span('said on Kaday, Ramsey & Co analysts.', 'Ramsey & Co')], new Set(['Kaday']))).toEqual(['Ramsey & Co']);
    expect(orgs('said on Kaday, Ramsey & Co analysts.', [span('said on Kaday, Ramsey & Co analysts.', 'Ramsey & Co')], new Set())).toEqual(['Kaday, Ramsey & Co']);
    expect(orgs('said in May, Ramsey & Co analysts.', [span('said in May, Ramsey & Co analysts.', 'Ramsey & Co')], new Set())).toEqual(['Ramsey & Co']);
  });
});
