import { describe, expect, it } from 'vitest';
import { withHyphenedFirms } from '../../src/resolve/org-hyphens.ts';
import { makeLexicon } from '../../src/resolve/corpus-lexicon.ts';
import type { EntitySpan } from '../../src/extract/types.ts';

const lex = makeLexicon({
  Goldman: { tagged: [0, 400, 0, 0], docs: 300 },
  'Goldman Sachs': { tagged: [0, 900, 0, 0], docs: 600 },
  Enron: { tagged: [0, 120, 0, 5], docs: 80 },
  EADS: { tagged: [0, 300, 0, 0], docs: 200 },
  Airbus: { tagged: [0, 500, 0, 40], docs: 400 },
  Obama: { tagged: [900, 0, 0, 0], docs: 800 },
  Kremlin: { tagged: [0, 30, 200, 0], docs: 150 },
  Siemens: { tagged: [0, 800, 0, 10], docs: 500 },
  IPO: { tagged: [0, 1019, 0, 100], docs: 900 },
  Pentagon: { tagged: [0, 400, 10, 0], docs: 300 },
  Treasury: { tagged: [0, 900, 0, 0], docs: 700 },
  Fed: { tagged: [0, 900, 0, 0], docs: 700 },
  'Guantanamo Bay': { tagged: [0, 0, 90, 0], docs: 80 },
  Gazette: { tagged: [0, 60, 0, 0], docs: 50 },
  'Post-Gazette': { tagged: [0, 40, 0, 0], docs: 30 },
});
const words = { hyphenPrefixes: ['ex', 'post', 'pre'], ownerWords: ['owned', 'backed', 'controlled', 'run', 'led'], notNames: new Set(['IPO']) };

/** The spans after the step, as `LABEL text`: each given span by its text (first occurrence) and label. */
function run(text: string, ...spans: Array<[string, EntitySpan['label']]>): string[] {
  const given = spans.map(([n, label]) => {
    const start = text.indexOf(n);
    return { start, end: start + n.length, text: n, label };
  });
  return withHyphenedFirms(text, given, lex, words).map((e) => `${e.label} ${e.text}`);
}

describe('withHyphenedFirms', () => {
  it('takes the firm out of a prefixed name the tagger read as another kind, with the words it cut off', () => {
    expect(run('the ex-Goldman banker left', ['ex-Goldman', 'MISC'])).toEqual(['ORG Goldman']);
    expect(run('Corzine, the ex-Goldman Sachs chief, said', ['ex-Goldman', 'MISC'])).toEqual(['ORG Goldman Sachs']);
    expect(run('post-Enron rules', ['post-Enron', 'MISC'])).toEqual(['ORG Enron']);
  });

  it('splits an owner\'s name and the owned firm', () => {
    expect(run('the EADS-owned Airbus said', ['EADS-owned Airbus', 'LOC'])).toEqual(['ORG EADS', 'ORG Airbus']);
  });

  it('leaves people, places, words in lower case and names the lexicon does not call firms', () => {
    expect(run('an ex-Obama aide', ['ex-Obama', 'MISC'])).toEqual(['MISC ex-Obama']);
    expect(run('the Kremlin-backed Rosneft', ['Kremlin-backed Rosneft', 'MISC'])).toEqual(['MISC Kremlin-backed Rosneft']);
    expect(run('the state-owned Airbus', ['state-owned Airbus', 'MISC'])).toEqual(['MISC state-owned Airbus']);
    expect(run('the ex-Acme chief', ['ex-Acme', 'MISC'])).toEqual(['MISC ex-Acme']);
    // A person is not this step's business.
    expect(run('ex-Goldman said', ['ex-Goldman', 'PER'])).toEqual(['PER ex-Goldman']);
    // A prefix in lower case before a name in lower case: not a name.
    expect(run('the ex-goldman chief', ['ex-goldman', 'MISC'])).toEqual(['MISC ex-goldman']);
  });

  it('cuts the prefix off a span the tagger called an organization, unless the whole is a name the lexicon knows', () => {
    expect(run('Ex-Siemens chairman von Pierer', ['Ex-Siemens', 'ORG'])).toEqual(['ORG Siemens']);
    expect(run('ex-Goldman said', ['ex-Goldman', 'ORG'])).toEqual(['ORG Goldman']);
    expect(run('the Pittsburgh Post-Gazette said', ['Post-Gazette', 'ORG'])).toEqual(['ORG Post-Gazette']);
    expect(run('the Ex-Im Bank lends', ['Ex-Im Bank', 'ORG'])).toEqual(['ORG Ex-Im Bank']);
  });

  it('keeps what follows an owner\'s word with its own label', () => {
    expect(run('the Pentagon-run Guantanamo Bay prison', ['Pentagon-run Guantanamo Bay', 'LOC'])).toEqual(['ORG Pentagon', 'LOC Guantanamo Bay']);
    expect(run('the Fed-backed Maiden Lane', ['Fed-backed Maiden Lane', 'MISC'])).toEqual(['ORG Fed', 'MISC Maiden Lane']);
    // A span that ends at the owner's word is left ("the Conservative-led coalition": an adjective there).
    expect(run('the Treasury-led group', ['Treasury-led', 'MISC'])).toEqual(['MISC Treasury-led']);
    expect(run('a Kremlin-led push', ['Kremlin-led', 'MISC'])).toEqual(['MISC Kremlin-led']);
  });

  it('takes no term or non-name out of a hyphened word', () => {
    expect(run('a pre-IPO round', ['pre-IPO', 'MISC'])).toEqual(['MISC pre-IPO']);
  });

  it('extends the name only over words no other span holds', () => {
    const text = 'the ex-Goldman Sachs chief';
    const given: EntitySpan[] = [
      { start: 4, end: 14, text: 'ex-Goldman', label: 'MISC' },
      { start: 15, end: 20, text: 'Sachs', label: 'ORG' },
    ];
    expect(withHyphenedFirms(text, given, lex, words).map((e) => `${e.label} ${e.text}`)).toEqual(['ORG Goldman', 'ORG Sachs']);
    expect(run('Corzine, the ex-Goldman Sachs chief', ['ex-Goldman', 'MISC'])).toEqual(['ORG Goldman Sachs']);
  });
});
