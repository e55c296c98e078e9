import { describe, expect, it } from 'vitest';
import { parseBodyOnly } from '../../src/article/parse.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import { loadNerModel } from '../../src/extract/ner/index.js';
import { displayOrganizationName, displayPersonName, truecaseView } from '../../src/extract/ner/truecase.js';
import { foldName } from '../../src/article/names.js';

/** The trained model's capitalisation statistics of the Reuters corpus: what decides an acronym. */
const STATS = loadNerModel().data.res.capStat;

const view = (sentence: string) => truecaseView(sentence.split(' '), [0], STATS).join(' ');

describe('truecaseView', () => {
  it('writes the words of a speaker label as the corpus writes them in running text, acronyms kept', () => {
    expect(view('EU COMMISSION PRESIDENT JOSE MANUEL BARROSO : " It is positive . "')).toBe(
      'EU Commission President Jose Manuel Barroso : " It is positive . "',
    );
    expect(view('NICOLAS SARKOZY AND ANGELA MERKEL AT A NEWS CONFERENCE : " We agree . "')).toBe(
      'Nicolas Sarkozy and Angela Merkel at A news conference : " We agree . "',
    );
    expect(view('ASHRAF LAIDI , CMC MARKETS : " Rates will rise . "')).toBe('Ashraf Laidi , CMC markets : " Rates will rise . "');
    expect(view('PIERRE ELLIS , SENIOR ECONOMIST , DECISION ECONOMICS , NEW YORK : " Jobs fell . "')).toBe(
      // As in "said Pierre Ellis, senior economist at Decision Economics": a firm made of common words loses out.
      'Pierre Ellis , senior economist , decision Economics , New York : " Jobs fell . "',
    );
    expect(view('T.J. MARTA , MARTA ON THE MARKETS : " Sell . "')).toBe('T.J. Marta , Marta on the markets : " Sell . "');
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
    expect(truecaseView(words, [0, 5], STATS).join(' ')).toBe('Merkel spoke : fine . SARKOZY SPOKE : FINE .');
  });
});

describe('display names of names written in capitals', () => {
  const same = (a: string, b: string) => foldName(a) === foldName(b);
  it('takes the article\'s own mixed-case form, else title case', () => {
    expect(displayPersonName('ANGELA MERKEL', ['ANGELA MERKEL', 'Angela Merkel'], same)).toBe('Angela Merkel');
    expect(displayPersonName('JEAN-CLAUDE JUNCKER', ['JEAN-CLAUDE JUNCKER'], same)).toBe('Jean-Claude Juncker');
    expect(displayPersonName('T.J. MARTA', ['T.J. MARTA'], same)).toBe('T.J. Marta');
    expect(displayPersonName('Angela Merkel', [], same)).toBe('Angela Merkel');
  });

  it('keeps acronyms in an organization\'s name, and a one-word name as written', () => {
    expect(displayOrganizationName('EU COMMISSION', ['EU COMMISSION'], same, () => STATS)).toBe('EU Commission');
    expect(displayOrganizationName('CMC MARKETS', ['CMC MARKETS', 'CMC Markets'], same, () => STATS)).toBe('CMC Markets');
    expect(displayOrganizationName('NATO', ['NATO'], same, () => STATS)).toBe('NATO');
    expect(displayOrganizationName('THE BANK OF KOREA', ['THE BANK OF KOREA'], same, () => STATS)).toBe('The Bank of Korea');
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
