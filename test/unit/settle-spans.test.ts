import { describe, expect, it } from 'vitest';
import { sentencesFromWords } from '../../src/eval/conll.js';
import type { EntitySpan } from '../../src/extract/types.js';
import { makeLexicon } from '../../src/resolve/corpus-lexicon.js';
import { settleTaggedSpans } from '../../src/resolve/settle-spans.js';
import { lineSpans } from './spans-of.js';

const lexicon = makeLexicon({});
/** The settled spans of one line of words, each span given by its first word index, word count and label. */
function settled(words: string[], items: Array<[number, number, EntitySpan['label']]>, conll: boolean): string[] {
  const { text, spans } = lineSpans(words, items);
  return settleTaggedSpans(text, sentencesFromWords([words]), spans, { lexicon, conll }).map((e) => `${e.label} ${e.text}`);
}

describe('settling the tagger\'s spans', () => {
  it('reads a dateline on CoNLL text only', () => {
    expect(settled(['CINCINNATI', '1996-08-31'], [[0, 1, 'ORG']], true)).toEqual(['LOC CINCINNATI']);
    expect(settled(['CINCINNATI', '1996-08-31'], [[0, 1, 'ORG']], false)).toEqual(['ORG CINCINNATI']);
  });

  it('drops the spans no name can be on served text only', () => {
    expect(settled(['Greeks', 'voted', '.'], [[0, 1, 'PER']], true)).toEqual(['PER Greeks']);
    expect(settled(['Greeks', 'voted', '.'], [[0, 1, 'PER']], false)).toEqual([]);
  });
});
