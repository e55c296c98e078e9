import { describe, expect, it } from 'vitest';
import { parseBodyOnly } from '../../src/article/parse.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import { loadNerModel } from '../../src/extract/ner/index.js';
import { capitalsNameEnd, displayOrganizationName, displayPersonName, truecaseView } from '../../src/extract/ner/truecase.js';
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
    // The first of a label's parts names the speaker: its words are names' words, even common ones.
    expect(view('COMMENTS : GEORGE BALL , CHAIRMAN AND CEO , HOUSTON : " The Fed signaled it . "')).toBe(
      'Comments : George Ball , Chairman and CEO , Houston : " The Fed signaled it . "',
    );
  });

  it('leaves capitals that are not a stretch: datelines, tickers, acronyms, a headline in capitals', () => {
    for (const s of ['NEW YORK , Oct 27 ( Reuters ) - Stocks rose .', 'Shares of BASF BF fell .', 'SOCCER - JAPAN GET LUCKY WIN : CHINA LOSE']) {
      expect(view(s)).toBe(s);
    }
    const words = ['Stocks', 'rose', '.'];
    expect(truecaseView(words, [0], STATS)).toBe(words);
  });

  it('works sentence by sentence', () => {
    const words = 'MERKEL SPOKE : fine . SARKOZY SPOKE : FINE .'.split(' ');
    // A document mostly in capitals: only the label is read, the sentence in capitals stays as the tagger was trained on it.
    expect(truecaseView(words, [0, 5], STATS).join(' ')).toBe('Merkel spoke : fine . SARKOZY SPOKE : FINE .');
  });

  /** A document of sentences (each a string of space-separated words): its view, sentence by sentence. */
  const docView = (...sentences: string[]) => {
    const words = sentences.flatMap((s) => s.split(' '));
    const starts: number[] = [];
    let k = 0;
    for (const s of sentences) {
      starts.push(k);
      k += s.split(' ').length;
    }
    const out = truecaseView(words, starts, STATS);
    expect(out.length).toBe(words.length);
    return sentences.map((_, i) => out.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : out.length).join(' '));
  };
  const BODY = 'Lawmakers from both parties met at the White House on Thursday to discuss the bill and its costs .';

  it('reads a heading and a speaker line in capitals in a mixed-case article as a reader does', () => {
    const [, heading, speaker, topic, quote] = docView(
      BODY,
      'BUYERS IN THE WINGS',
      'REPUBLICAN SENATOR JOHN MCCAIN',
      'CHRISTINE LAGARDE ON IRELAND',
      '" We are close to a deal , " he said .',
    );
    expect(heading).toBe('Buyers in the wings');
    expect(speaker).toBe('Republican Senator John Mccain');
    expect(topic).toBe('Christine Lagarde on Ireland');
    expect(quote).toBe('" We are close to a deal , " he said .');
  });

  it('keeps acronyms in capitals, known to the corpus or without a vowel', () => {
    const [, line, run] = docView(BODY, 'IMF CHIEF ON EU AND U.S. TALKS WITH HSBC', 'Then OLLI REHN , EU COMMISSIONER FOR ECONOMIC POLICY ( ON THE EFSF LOANS ) spoke .');
    expect(line).toBe('IMF Chief on EU and U.S. talks with HSBC');
    expect(run).toBe('Then Olli Rehn , EU Commissioner for economic policy ( on the EFSF loans ) spoke .');
  });

  it('reads runs of three words or more in a mixed-case sentence, an age among a label\'s parts, not shorter runs or datelines', () => {
    const [, age, short, dateline] = docView(BODY, 'JOST IVANCIC , 22 , STUDENT IN LJUBLJANA : " I am a student . "', 'The GOP and the NEW YORK banks .', 'PANAMA CITY 1996-08-30');
    expect(age).toBe('Jost Ivancic , 22 , student in Ljubljana : " I am a student . "');
    expect(short).toBe('The GOP and the NEW YORK banks .');
    expect(dateline).toBe('PANAMA CITY 1996-08-30');
  });

  it('leaves an article in mixed case untouched, and one mostly in capitals (a bulletin) as written', () => {
    const words = BODY.split(' ');
    expect(truecaseView(words, [0], STATS)).toBe(words);
    const bulletin = 'BRIEF - ACME CORP SAYS Q3 PROFIT ROSE . CHIEF EXECUTIVE JOHN DOE TO RETIRE .'.split(' ');
    expect(truecaseView(bulletin, [0, 9], STATS)).toBe(bulletin);
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

  it('takes each word\'s mixed case from the person\'s other mentions, else title case, "Mc" names as written', () => {
    expect(displayPersonName('JOHN MCCAIN', ['JOHN MCCAIN', 'McCain'], same)).toBe('John McCain');
    expect(displayPersonName('JOHN MCCAIN', ['JOHN MCCAIN'], same)).toBe('John McCain');
    expect(displayPersonName('MARTIN O\'NEILL', ['MARTIN O\'NEILL'], same)).toBe('Martin O\'Neill');
  });

  it('ends a name in capitals before a function word: what follows is what is said of it', () => {
    expect(capitalsNameEnd('CHRISTINE LAGARDE ON IRELAND')).toBe('CHRISTINE LAGARDE'.length);
    expect(capitalsNameEnd('WOLFGANG SCHAEUBLE ON THE EUROPEAN STABILITY MECHANISM')).toBe('WOLFGANG SCHAEUBLE'.length);
    expect(capitalsNameEnd('FERNANDO TEIXEIRA DOS SANTOS')).toBe('FERNANDO TEIXEIRA DOS SANTOS'.length);
    expect(capitalsNameEnd('Paul On')).toBe('Paul On'.length);
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
    // Their news conference is found. Whether a speaker of the label before it (Juncker) is paired across the
    // sentence break is the learned model's borderline call, not this test's subject: the model retrained on
    // 1,028 articles pairs him with Merkel (logged as a false alarm in docs/quality-log.md, Meetings).
    expect(x.meetings.map((m) => [...m.participants].sort())).toContainEqual(['Angela Merkel', 'Nicolas Sarkozy']);
  });
});

describe('extraction over a key-quotes article with speaker lines in capitals', () => {
  const text =
    'Here are some of the remarks made by President Barack Obama and congressional leaders at the White House healthcare summit on Thursday.\n' +
    'REPUBLICAN SENATOR JOHN MCCAIN\n' +
    '"Eight times you said negotiations on healthcare reform would be conducted before cameras."\n' +
    'SENATE REPUBLICAN WHIP JON KYL\n' +
    '"There are some fundamental differences between us here that we cannot paper over."\n' +
    'CHRISTINE LAGARDE ON IRELAND\n' +
    '"Ireland has taken the measures it needed to take."\n' +
    'WHAT IS THE STATUS OF THE BIDEN TALKS?\n' +
    'McCain later said the talks with Vice President Joe Biden had stalled.\n' +
    'GREEN LIGHT FOR THE BILL\n' +
    'The bill passed the committee on Friday.';
  const x = extractArticle(parseBodyOnly(text, 'quotes'));

  it('finds the speakers, named in normal case, without the words after the name', () => {
    expect(x.people.map((p) => p.name).sort()).toEqual(['Barack Obama', 'Christine Lagarde', 'Joe Biden', 'John McCain', 'Jon Kyl']);
  });

  it('keeps every mention\'s offsets on the article\'s own text, in capitals where it is', () => {
    const mentions = x.people.flatMap((p) => p.mentions);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['JOHN MCCAIN', 'McCain', 'JON KYL', 'CHRISTINE LAGARDE', 'BIDEN']));
  });
});
