import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../../src/extract/types.js';
import { splitSentences } from '../../src/extract/tokenize.js';
import { applySpanForms, type SpanFormsOptions } from '../../src/resolve/span-forms.js';
import { sentencesFromWords } from '../../src/eval/conll.js';
import { makeLexicon } from '../../src/resolve/corpus-lexicon.js';
import { spansOf } from './spans-of.js';

const formed = (text: string, items: Array<[string, EntitySpan['label']]>) =>
  applySpanForms(text, splitSentences(text), spansOf(text, items)).map((e) => `${e.label} ${e.text}`);
/** CoNLL-style lines of words separated by spaces. */
const formedWords = (lines: string[], items: Array<[string, EntitySpan['label']]>, opts: SpanFormsOptions = { datelines: true }) => {
  const text = lines.join('\n');
  return applySpanForms(text, sentencesFromWords(lines.map((l) => l.split(' '))), spansOf(text, items), opts).map((e) => `${e.label} ${e.text}`);
};

describe('a town before its region', () => {
  it('makes a one-word "organization" before a comma and a country or a state a place', () => {
    expect(formed('The plane blew up over Lockerbie, Scotland.', [['Lockerbie', 'ORG'], ['Scotland', 'LOC']])).toEqual(['LOC Lockerbie', 'LOC Scotland']);
    expect(formed('He served his term in Ayer, Massachusetts, last year.', [['Ayer', 'ORG'], ['Massachusetts', 'LOC']])).toEqual(['LOC Ayer', 'LOC Massachusetts']);
  });

  it('leaves a firm before a city, a possessive or a longer phrase, and a name of several words', () => {
    expect(formed('LUIS COSTA, STRATEGIST, COMMERZBANK, LONDON "We are seeing a drop."', [['COMMERZBANK', 'ORG'], ['LONDON', 'LOC']])).toEqual(['ORG COMMERZBANK', 'LOC LONDON']);
    expect(formed("The deal went to Nomura, Japan's biggest brokerage.", [['Nomura', 'ORG'], ['Japan', 'LOC']])).toEqual(['ORG Nomura', 'LOC Japan']);
    expect(formed('The agent is Michigan National Bank, Michigan.', [['Michigan National Bank', 'ORG'], ['Michigan', 'LOC']])).toEqual(['ORG Michigan National Bank', 'LOC Michigan']);
    expect(formed('Shares of Nokia, Finland and Sweden rose.', [['Nokia', 'ORG'], ['Finland', 'LOC'], ['Sweden', 'LOC']])).toEqual(['ORG Nokia', 'LOC Finland', 'LOC Sweden']);
  });

  it('leaves a firm in a speaker\'s label and before a country its capital is named as', () => {
    expect(formed('THOMAS LAM, GROUP CHIEF ECONOMIST, OSK-DMG, MALAYSIA "We expect a cut."', [['THOMAS LAM', 'PER'], ['OSK-DMG', 'ORG'], ['MALAYSIA', 'LOC']])).toEqual(['PER THOMAS LAM', 'ORG OSK-DMG', 'LOC MALAYSIA']);
    expect(formed('Thomas Lam, group chief economist, OSK-DMG, Malaysia "We expect a cut."', [['Thomas Lam', 'PER'], ['OSK-DMG', 'ORG'], ['Malaysia', 'LOC']])).toEqual(['PER Thomas Lam', 'ORG OSK-DMG', 'LOC Malaysia']);
    expect(formed('TARO ITO, ECONOMIST, NOMURA, SCOTLAND\nRates will stay low.', [['TARO ITO', 'PER'], ['NOMURA', 'ORG'], ['SCOTLAND', 'LOC']])).toEqual(['PER TARO ITO', 'ORG NOMURA', 'LOC SCOTLAND']);
    expect(formed('The note came from Nomura, Singapore.', [['Nomura', 'ORG'], ['Singapore', 'LOC']])).toEqual(['ORG Nomura', 'LOC Singapore']);
    expect(formed('The note came from KBL, Luxembourg.', [['KBL', 'ORG'], ['Luxembourg', 'LOC']])).toEqual(['ORG KBL', 'LOC Luxembourg']);
    expect(formed('The note came from HSBC, Hong Kong.', [['HSBC', 'ORG'], ['Hong Kong', 'LOC']])).toEqual(['ORG HSBC', 'LOC Hong Kong']);
  });
});

describe('a town before its region, in a list or named a firm', () => {
  it('leaves the items of a list', () => {
    expect(formed('Cyprus is looking at EU, Russia, China for help.', [['Cyprus', 'LOC'], ['EU', 'ORG'], ['Russia', 'LOC'], ['China', 'LOC']])).toEqual(['LOC Cyprus', 'ORG EU', 'LOC Russia', 'LOC China']);
    expect(formed('Bidders include Enel, Italy, Iberdrola, Spain, and Kelag, Austria.', [['Enel', 'ORG'], ['Italy', 'LOC'], ['Iberdrola', 'ORG'], ['Spain', 'LOC'], ['Kelag', 'ORG'], ['Austria', 'LOC']])).toEqual(
      ['ORG Enel', 'LOC Italy', 'ORG Iberdrola', 'LOC Spain', 'ORG Kelag', 'LOC Austria'],
    );
  });

  it('leaves a name the corpus lexicon confidently types an organization', () => {
    const lexicon = makeLexicon({ Toyota: { tagged: [0, 500, 2, 0], docs: 300 } });
    const text = 'The biggest recall came from Toyota, Japan.';
    const out = applySpanForms(text, splitSentences(text), spansOf(text, [['Toyota', 'ORG'], ['Japan', 'LOC']]), { lexicon });
    expect(out.map((e) => `${e.label} ${e.text}`)).toEqual(['ORG Toyota', 'LOC Japan']);
  });

  it('leaves a name the article writes as a firm\'s, and still makes a town a place', () => {
    expect(formed('Orders went to Zorbex, Germany. Zorbex shares rose 3 percent.', [['Zorbex', 'ORG'], ['Germany', 'LOC'], ['Zorbex', 'ORG']])).toEqual(['ORG Zorbex', 'LOC Germany', 'ORG Zorbex']);
    expect(formed('Orders went to Zorbex, Germany. The chief executive of Zorbex said so.', [['Zorbex', 'ORG'], ['Germany', 'LOC'], ['Zorbex', 'ORG']])).toEqual(['ORG Zorbex', 'LOC Germany', 'ORG Zorbex']);
    expect(formed('Orders went to Zorbex, Germany. Zorbex AG said so.', [['Zorbex', 'ORG'], ['Germany', 'LOC'], ['Zorbex AG', 'ORG']])).toEqual(['ORG Zorbex', 'LOC Germany', 'ORG Zorbex AG']);
    expect(formed('Orders went to Zorbex, Germany.', [['Zorbex', 'ORG'], ['Germany', 'LOC']])).toEqual(['LOC Zorbex', 'LOC Germany']);
  });

  it('decides once per name: every mention of a town, none of a firm', () => {
    const smith = 'BERLIN (Reuters) - John Smith, chief executive of Zorbex, Germany, said on Tuesday profit rose. Zorbex shares rose 3 percent.';
    expect(formed(smith, [['BERLIN', 'LOC'], ['John Smith', 'PER'], ['Zorbex', 'ORG'], ['Germany', 'LOC'], ['Zorbex', 'ORG']])).toEqual(['LOC BERLIN', 'PER John Smith', 'ORG Zorbex', 'LOC Germany', 'ORG Zorbex']);
    expect(formed('Lockerbie mourned. The plane blew up over Lockerbie, Scotland.', [['Lockerbie', 'ORG'], ['Lockerbie', 'ORG'], ['Scotland', 'LOC']])).toEqual(['LOC Lockerbie', 'LOC Lockerbie', 'LOC Scotland']);
  });
});

describe('datelines', () => {
  it('makes the names of a line of names ending in a date places, not a curated organization', () => {
    expect(formedWords(['BASEBALL - REDS WIN .', 'CINCINNATI 1996-08-31'], [['REDS', 'ORG'], ['CINCINNATI', 'ORG']])).toEqual(['ORG REDS', 'LOC CINCINNATI']);
    expect(formedWords(['STIRLING , Scotland 1996-08-31'], [['STIRLING', 'ORG'], ['Scotland', 'LOC']])).toEqual(['LOC STIRLING', 'LOC Scotland']);
    expect(formedWords(['UNITED NATIONS 1996-08-29'], [['UNITED NATIONS', 'ORG']])).toEqual(['ORG UNITED NATIONS']);
  });

  it('reads datelines only when asked (CoNLL): served text has none the rule could read', () => {
    expect(formedWords(['CINCINNATI 1996-08-31'], [['CINCINNATI', 'ORG']], {})).toEqual(['ORG CINCINNATI']);
  });

  it('leaves a line with other words before its date', () => {
    expect(formedWords(['Acme said on 1996-08-31'], [['Acme', 'ORG']])).toEqual(['ORG Acme']);
  });
});

describe('table cells', () => {
  it('drops "N/A" and its parts as names', () => {
    expect(formedWords(['Revenue N / A N / A', 'Shares offered N / A'], [['N', 'ORG'], ['N', 'ORG'], ['N / A', 'ORG']])).toEqual([]);
    expect(formed('Net income: N/A.', [['N/A', 'ORG']])).toEqual([]);
  });

  it('keeps names that only begin with the letters', () => {
    expect(formed('NASA and N.A. Smith spoke. NA/NB was said.', [['NASA', 'ORG'], ['N.A. Smith', 'PER'], ['NA/NB', 'ORG']])).toEqual(['ORG NASA', 'PER N.A. Smith', 'ORG NA/NB']);
    // The tagger may take a first letter only: "N" of "N/AB" is no table's cell, as "N" of "N / A" is.
    expect(formed('The N/AB group met.', [['N', 'ORG']])).toEqual(['ORG N']);
    expect(formed('N/Amsterdam Corp rose.', [['N/Amsterdam Corp', 'ORG']])).toEqual(['ORG N/Amsterdam Corp']);
  });
});

describe('events named by a name before their head', () => {
  it('makes a name and the untagged event head after it an event, with a year before it', () => {
    expect(formed('An injury to Fed Cup veteran Mary Joe Fernandez.', [['Fed', 'ORG'], ['Mary Joe Fernandez', 'PER']])).toEqual(['MISC Fed Cup', 'PER Mary Joe Fernandez']);
    expect(formed('She won silver at the Atlanta Games last year.', [['Atlanta', 'LOC']])).toEqual(['MISC Atlanta Games']);
    expect(formedWords(['TENNIS - DRAW FOR 1997 FED CUP .'], [['FED', 'ORG']])).toEqual(['MISC 1997 FED CUP']);
  });

  it('leaves a head the tagger took into another name, a heading\'s verb, a lower-case word and a summit', () => {
    expect(formed('He played in the Davis Cup final.', [['Davis Cup', 'MISC']])).toEqual(['MISC Davis Cup']);
    expect(formedWords(['U.S. TEAMS OPEN ON ROAD .'], [['U.S.', 'LOC']])).toEqual(['LOC U.S.']);
    expect(formed('Exxon cup holders and the G20 Summit met.', [['Exxon', 'ORG'], ['G20', 'ORG']])).toEqual(['ORG Exxon', 'ORG G20']);
    expect(formed('Ford Open Road plans.', [['Ford', 'ORG'], ['Open Road', 'MISC']])).toEqual(['ORG Ford', 'MISC Open Road']);
  });

  it('leaves a head that does not end the name', () => {
    expect(formed('It joined the Microsoft Open Specification Promise.', [['Microsoft', 'ORG']])).toEqual(['ORG Microsoft']);
    expect(formed('Visitors came to the Honda Open House.', [['Honda', 'ORG']])).toEqual(['ORG Honda']);
    expect(formed('The Nasdaq Open Market Operations desk said so.', [['Nasdaq', 'ORG']])).toEqual(['ORG Nasdaq']);
    expect(formedWords(['TENNIS - FED CUP Final .'], [['FED', 'ORG']])).toEqual(['ORG FED']);
  });
});
