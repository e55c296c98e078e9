import { describe, expect, it } from 'vitest';
import { sentencesFromWords } from '../../src/eval/conll.js';
import type { EntitySpan } from '../../src/extract/types.js';
import { breakAtCommonWords, withTownInitials } from '../../src/resolve/span-breaks.js';
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
    // A capitalised article at a piece's edge goes too.
    expect(broken('The company said Reuters today'.split(' '), [[0, 4, 'ORG']])).toEqual(['ORG Reuters']);
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

  it('splits a club or a firm from the country it is of, not a body named for its country', () => {
    const capStat = new Map([['emperor', '3'], ['friends', '0']]);
    const split = (words: string[], label: EntitySpan['label'] = 'ORG') => {
      const { text, spans } = lineSpans(words, [[0, words.length, label]]);
      return breakAtCommonWords(text, sentencesFromWords([words]), spans, capStat).map((e) => `${e.label} ${e.text}`);
    };
    expect(split('Karlsruhe of Germany'.split(' '))).toEqual(['ORG Karlsruhe', 'LOC Germany']);
    expect(split('Kia Motor Corp of South Korea'.split(' '))).toEqual(['ORG Kia Motor Corp', 'LOC South Korea']);
    expect(split('Bank of Canada'.split(' '))).toEqual(['ORG Bank of Canada']);
    expect(split('National Bank of Poland'.split(' '))).toEqual(['ORG National Bank of Poland']);
    expect(split('University of Michigan'.split(' '))).toEqual(['ORG University of Michigan']);
    expect(split('Friends of Israel'.split(' '))).toEqual(['ORG Friends of Israel']);
    expect(split('Gold Fields of South Africa Ltd'.split(' '))).toEqual(['ORG Gold Fields of South Africa Ltd']);
    expect(split('Republic of Ireland'.split(' '), 'LOC')).toEqual(['LOC Republic of Ireland']);
    // A body's, a title's or a group's head before "of" (data headsBeforeOf), or two words before it: no club.
    for (const name of ['Republic of Ireland', 'Church of England', 'Emperor of Brazil', 'Boy Scouts of America', 'Acme Widgets of Germany']) {
      expect(split(name.split(' '))).toEqual([`ORG ${name}`]);
    }
    // Without the statistics nothing tells a club from a common word.
    const words = 'Karlsruhe of Germany'.split(' ');
    const { text, spans } = lineSpans(words, [[0, 3, 'ORG']]);
    expect(breakAtCommonWords(text, sentencesFromWords([words]), spans).map((e) => e.text)).toEqual(['Karlsruhe of Germany']);
  });

  it('takes a list\'s names apart, not a name with "and" in it', () => {
    const whole = (words: string[]) => broken(words, [[0, words.length, 'ORG']]);
    expect(whole('Bangladesh Lamps , Chittagong Cement and Atlas Bangladesh'.split(' '))).toEqual(['ORG Bangladesh Lamps', 'ORG Chittagong Cement', 'ORG Atlas Bangladesh']);
    expect(whole('Kansai Electric Power and Kansai International Airport'.split(' '))).toEqual(['ORG Kansai Electric Power', 'ORG Kansai International Airport']);
    for (const name of ['State Law and Order Restoration Council', 'Marks and Spencer', 'Bodman , Longely & Dahling', 'Organisation for Security and Cooperation in Europe', 'Acme , Smith and van Dyke', 'Skadden , Arps , Slate , Meagher and Flom', 'Crosby , Stills , Nash and Young']) {
      expect(whole(name.split(' '))).toEqual([`ORG ${name}`]);
    }
  });

  it('takes a club\'s town initial in brackets into its name in a table\'s row only', () => {
    const initials = (words: string[], items: Array<[number, number, EntitySpan['label']]>) => {
      const { text, spans } = lineSpans(words, items);
      return withTownInitials(text, sentencesFromWords([words]), spans).map((e) => `${e.label} ${e.text}`);
    };
    expect(initials('Hajduk 2 Proleter ( Z ) 0'.split(' '), [[0, 1, 'ORG'], [2, 1, 'ORG']])).toEqual(['ORG Hajduk', 'ORG Proleter ( Z )']);
    expect(initials('Zeleznik ( B ) 4 1 0 3 4'.split(' '), [[0, 1, 'ORG'], [2, 1, 'ORG']])).toEqual(['ORG Zeleznik ( B )']);
    // Running text, another type, two letters: as tagged.
    expect(initials('the bonds were rated by Moody ( A ) on Friday'.split(' '), [[5, 1, 'ORG']])).toEqual(['ORG Moody']);
    expect(initials('Smith ( B ) 4 1'.split(' '), [[0, 1, 'PER']])).toEqual(['PER Smith']);
    expect(initials('Proleter ( ZR ) 4 1'.split(' '), [[0, 1, 'ORG']])).toEqual(['ORG Proleter']);
  });

  it('costs about the spans of a table, not their square', () => {
    const work = (n: number) => {
      const words = Array.from({ length: n }, () => ['Rad', '(', 'B', ')', '4']).flat();
      const { text, spans } = lineSpans(words, Array.from({ length: n }, (_, k): [number, number, EntitySpan['label']] => [5 * k, 1, 'ORG']));
      return countScans(() => withTownInitials(text, sentencesFromWords([words]), spans));
    };
    const ratio = work(2000) / work(500);
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(6);
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
