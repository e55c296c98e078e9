import { describe, expect, it } from 'vitest';
import { sentencesFromWords } from '../../src/eval/conll.js';
import type { EntitySpan } from '../../src/extract/types.js';
import { breakAtCommonWords } from '../../src/resolve/span-breaks.js';
import { settleTaggedSpans } from '../../src/resolve/settle-spans.js';
import { makeLexicon } from '../../src/resolve/corpus-lexicon.js';
import { countScans } from './count-scans.js';
import { lineSpans } from './spans-of.js';

/** The spans of one line after the break, each given by its first word index, word count and label. */
function broken(words: string[], items: Array<[number, number, EntitySpan['label']]>): string[] {
  const { text, spans } = lineSpans(words, items);
  return breakAtCommonWords(text, sentencesFromWords([words]), spans).map((e) => `${e.label} ${e.text}`);
}

describe('a tagged span broken at a word no name holds', () => {
  it('keeps the capitalised pieces on either side of a verb or a common noun', () => {
    expect(broken('a spokesman with the Municipal Police told Reuters by telephone'.split(' '), [[4, 4, 'ORG']])).toEqual(['ORG Municipal Police', 'ORG Reuters']);
    // Numbers and punctuation at a piece's edge go; a piece without a capital is no name.
    expect(broken('The August Chicago NAPM rose 8.8 points'.split(' '), [[2, 4, 'MISC']])).toEqual(['MISC Chicago NAPM']);
    expect(broken('won the Portuguese Open in 1993 , said Smith'.split(' '), [[2, 6, 'MISC']])).toEqual(['MISC Portuguese Open']);
    expect(broken('Speaker Alan he said'.split(' '), [[1, 2, 'PER']])).toEqual(['PER Alan']);
  });

  it('ends a piece before a possessive\'s words and a weekday or a month', () => {
    expect(broken('In addition , the Labour Department \'s July employment report had'.split(' '), [[4, 5, 'ORG']])).toEqual(['ORG Labour Department']);
    expect(broken('said at the Autos Summit on Sunday that sales'.split(' '), [[3, 5, 'ORG']])).toEqual(['ORG Autos Summit']);
  });

  it('does not break at connectors, particles, hyphens, joined words, a body\'s kind at the end, nor a lower-case start', () => {
    const whole = (words: string[], n = words.length, label: EntitySpan['label'] = 'ORG') => expect(broken(words, [[0, n, label]])).toEqual([`${label} ${words.slice(0, n).join(' ')}`]);
    whole('Organisation for Security and Cooperation in Europe'.split(' '));
    whole('Society for the Prevention of Cruelty to Animals'.split(' '));
    whole('Gazzetta dello Sport'.split(' '));
    whole('Bild am Sonntag'.split(' '));
    whole('Kengo wa Dondo'.split(' '), 3, 'PER');
    whole('Palestinian self-rule Authority'.split(' '));
    whole('the Green party'.split(' ').slice(1));
    whole('de Silva scored'.split(' '), 2, 'PER');
    // "Amazon.com Inc" as the tokenizer may give it: a word written onto its neighbours is no word of its own.
    const text = 'Amazon.com Inc';
    const sentence = { start: 0, end: text.length, tokens: [{ text: 'Amazon', start: 0, end: 6 }, { text: '.', start: 6, end: 7 }, { text: 'com', start: 7, end: 10 }, { text: 'Inc', start: 11, end: 14 }] };
    expect(breakAtCommonWords(text, [sentence] as never, [{ start: 0, end: 14, text, label: 'ORG' }]).map((e) => e.text)).toEqual(['Amazon.com Inc']);
  });

  it('applies to CoNLL text only: served text keeps a body\'s lower-case words for resolution', () => {
    const words = 'the Municipal Police told Reuters by telephone'.split(' ');
    const { text, spans } = lineSpans(words, [[1, 4, 'ORG']]);
    const settle = (conll: boolean) => settleTaggedSpans(text, sentencesFromWords([words]), spans, { lexicon: makeLexicon({}), conll }).map((e) => e.text);
    expect(settle(true)).toEqual(['Municipal Police', 'Reuters']);
    expect(settle(false)).not.toContain('Municipal Police');
  });

  it('costs about its words, not their square', () => {
    const work = (n: number) => {
      const words = Array.from({ length: n }, () => ['Acme', 'told', 'Reuters', 'of']).flat();
      const { text, spans } = lineSpans(words, [[0, words.length, 'ORG']]);
      return countScans(() => breakAtCommonWords(text, sentencesFromWords([words]), spans));
    };
    const ratio = work(2000) / work(500);
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(6);
  });
});
