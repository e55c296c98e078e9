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
});
const words = { hyphenPrefixes: ['ex', 'former', 'post', 'pre'], ownerWords: ['owned', 'backed', 'controlled'] };

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
    // A span already an organization or a person is not this step's business.
    expect(run('ex-Goldman said', ['ex-Goldman', 'ORG'])).toEqual(['ORG ex-Goldman']);
  });
});
