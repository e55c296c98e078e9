import { describe, expect, it } from 'vitest';
import { parseBodyOnly } from '../../src/article/parse.js';
import { extractArticle } from '../../src/extract/index.js';
import { displayOrganizationName, displayPersonName, truecaseView } from '../../src/extract/ner/truecase.js';
import { foldName } from '../../src/extract/names.js';

/** Mid-sentence capitalisation classes as the model stores them: 0–1 mostly lower case, 2–4 mostly capitalised, A mostly in capitals. */
const STATS = new Map([
  ['president', '1'],
  ['and', '0'],
  ['at', '0'],
  ['news', '0'],
  ['conference', '0'],
  ['commission', '3'],
  ['eu', '4A'],
  ['cmc', '4A'],
  ['markets', '2'],
]);

const view = (sentence: string) => truecaseView(sentence.split(' '), [0], STATS).join(' ');

describe('truecaseView', () => {
  it('puts the words of a speaker label in their usual case, acronyms kept', () => {
    expect(view('EU COMMISSION PRESIDENT JOSE MANUEL BARROSO : " It is positive . "')).toBe(
      'EU Commission president Jose Manuel Barroso : " It is positive . "',
    );
    expect(view('NICOLAS SARKOZY AND ANGELA MERKEL AT A NEWS CONFERENCE : " We agree . "')).toBe(
      'Nicolas Sarkozy and Angela Merkel at A news conference : " We agree . "',
    );
    expect(view('ASHRAF LAIDI , CMC MARKETS : " Rates will rise . "')).toBe('Ashraf Laidi , CMC Markets : " Rates will rise . "');
  });

  it('leaves capitals that are not a label: datelines, tickers, headlines in capitals', () => {
    for (const s of ['NEW YORK , Oct 27 ( Reuters ) - Stocks rose .', 'Shares of BASF BF fell .', 'SOCCER - JAPAN GET LUCKY WIN : CHINA LOSE']) {
      expect(view(s)).toBe(s);
    }
    const words = ['Stocks', 'rose', '.'];
    expect(truecaseView(words, [0], STATS)).toBe(words);
  });

  it('works sentence by sentence', () => {
    const words = 'MERKEL SPOKE : fine . SARKOZY SPOKE : FINE .'.split(' ');
    // The second sentence is all in capitals: a headline, left alone.
    expect(truecaseView(words, [0, 5], STATS).join(' ')).toBe('Merkel Spoke : fine . SARKOZY SPOKE : FINE .');
  });
});

describe('display names of names written in capitals', () => {
  const same = (a: string, b: string) => foldName(a) === foldName(b);
  it('takes the article\'s own mixed-case form, else title case', () => {
    expect(displayPersonName('ANGELA MERKEL', ['ANGELA MERKEL', 'Angela Merkel'], same)).toBe('Angela Merkel');
    expect(displayPersonName('JEAN-CLAUDE JUNCKER', ['JEAN-CLAUDE JUNCKER'], same)).toBe('Jean-Claude Juncker');
    expect(displayPersonName('Angela Merkel', [], same)).toBe('Angela Merkel');
  });

  it('keeps acronyms in an organization\'s name, and a one-word name as written', () => {
    expect(displayOrganizationName('EU COMMISSION', ['EU COMMISSION'], same, () => STATS)).toBe('EU Commission');
    expect(displayOrganizationName('CMC MARKETS', ['CMC MARKETS', 'CMC Markets'], same, () => STATS)).toBe('CMC Markets');
    expect(displayOrganizationName('NATO', ['NATO'], same, () => STATS)).toBe('NATO');
  });
});

describe('extraction over a factbox of quotes', () => {
  it('finds the people of the speaker labels, named in mixed case, and their meeting', () => {
    const x = extractArticle(
      parseBodyOnly(
        'Following are comments by EU leaders after the summit: GERMAN CHANCELLOR ANGELA MERKEL: "We want a pact." ' +
          'EUROGROUP CHAIRMAN JEAN-CLAUDE JUNCKER: "In no way is it acceptable." ' +
          'EARLIER COMMENTS: FRENCH PRESIDENT NICOLAS SARKOZY AND GERMAN CHANCELLOR ANGELA MERKEL AT A NEWS CONFERENCE SARKOZY: "We are working hand in glove."',
        'factbox',
      ),
    );
    expect(x.people.map((p) => p.name).sort()).toEqual(['Angela Merkel', 'Jean-Claude Juncker', 'Nicolas Sarkozy']);
    expect(x.meetings.map((m) => [...m.participants].sort())).toEqual([['Angela Merkel', 'Nicolas Sarkozy']]);
  });
});
