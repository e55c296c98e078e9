import { describe, expect, it } from 'vitest';
import type { TokSpan } from '../../src/extract/ner/labels.js';
import { findCreditSpans } from '../../src/extract/credits.js';
import { splitSentences } from '../../src/extract/tokenize.js';
import { projectNames, spansToIob } from '../../src/train/project.js';

/** The projected spans of `text` as "TYPE words", over base spans given as [sentence, first, end, type]. */
function project(text: string, names: { people: Array<string | string[]>; organizations: Array<string | string[]> }, base: Array<[number, number, number, TokSpan['type']]>) {
  const sentences = splitSentences(text);
  const baseBySentence: TokSpan[][] = sentences.map(() => []);
  for (const [s, start, end, type] of base) baseBySentence[s].push({ start, end, type });
  const out = projectNames(text, sentences, names, baseBySentence, findCreditSpans(text));
  return out.flatMap((spans, si) => spans.map((sp) => `${sp.type} ${sentences[si].tokens.slice(sp.start, sp.end).map((t) => t.text).join(' ')}`));
}

describe('annotations projected onto tokens', () => {
  it('labels an annotated company the base tagger took for a person, and keeps the base places', () => {
    const text = 'Freddie Mac FRE.N said on Tuesday that losses in Washington would grow.';
    expect(project(text, { people: [], organizations: ['Freddie Mac'] }, [[0, 0, 2, 'PER'], [0, 9, 10, 'LOC']])).toEqual(['ORG Freddie Mac', 'LOC Washington']);
  });

  it('labels a surname alone with the person, and drops a base person the annotations do not list', () => {
    const text = 'Fed Chairman Ben Bernanke spoke. Bernanke said Goodyear would gain.';
    expect(project(text, { people: ['Ben Bernanke'], organizations: [] }, [[0, 2, 4, 'PER'], [1, 2, 3, 'PER']])).toEqual(['PER Ben Bernanke', 'PER Bernanke']);
  });

  it('never ends a name on the period that closes its sentence', () => {
    const text = 'The plan was announced by Prime Minister Silvio Berlusconi.';
    expect(project(text, { people: ['Silvio Berlusconi'], organizations: [] }, [])).toEqual(['PER Silvio Berlusconi']);
  });

  it('keeps journalists of credit lines as persons for the tagger', () => {
    const text = 'Shares rose.\n(Reporting by Stephen Brown; editing by Elizabeth Piper)';
    expect(project(text, { people: [], organizations: [] }, [[1, 3, 5, 'PER'], [1, 8, 10, 'PER']])).toEqual(['PER Stephen Brown', 'PER Elizabeth Piper']);
  });

  it("keeps a party's one-word forms MISC where the tagger read them so (CoNLL's convention), its full name ORG", () => {
    const text = 'Republican Senator John McCain said Republicans would vote no, the Republican Party said.';
    const names = { people: ['John McCain'], organizations: [['Republican Party', 'Republicans', 'Republican']] };
    expect(project(text, names, [[0, 0, 1, 'MISC'], [0, 5, 6, 'MISC']])).toEqual(['MISC Republican', 'PER John McCain', 'MISC Republicans', 'ORG Republican Party']);
  });

  it('writes IOB2 tags that keep touching spans apart', () => {
    expect(spansToIob(4, [{ start: 0, end: 2, type: 'ORG' }, { start: 2, end: 3, type: 'ORG' }])).toEqual(['B-ORG', 'I-ORG', 'B-ORG', 'O']);
  });
});
