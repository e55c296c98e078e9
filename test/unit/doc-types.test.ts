import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../../src/extract/types.js';
import { splitSentences } from '../../src/extract/tokenize.js';
import { agreeWithFullerNames } from '../../src/resolve/doc-types.js';
import { repairEntitySpans } from '../../src/resolve/spans.js';
import { spansOf } from './spans-of.js';

const agreed = (text: string, items: Array<[string, EntitySpan['label']]>) =>
  agreeWithFullerNames(text, spansOf(text, items)).map((e) => `${e.label} ${e.text}`);

describe('one name, one type in a document', () => {
  it("gives a firm's first word the firm's type, also in a heading's capitals", () => {
    const text = 'RUCH SALE DELAYED. Investors bid for press distribution chain Ruch SA on Friday. The state would keep 20 percent of Ruch.';
    expect(agreed(text, [['RUCH', 'PER'], ['Ruch SA', 'ORG'], ['Ruch', 'PER']])).toEqual(['ORG RUCH', 'ORG Ruch SA', 'ORG Ruch']);
  });

  it("gives a person's surname the person's type", () => {
    const text = 'Opposition leader Aung San Suu Kyi spoke on Sunday. Suu Kyi said the talks had failed.';
    expect(agreed(text, [['Aung San Suu Kyi', 'PER'], ['Suu Kyi', 'ORG']])).toEqual(['PER Aung San Suu Kyi', 'PER Suu Kyi']);
  });

  it("finds a person's surname before the letters after it: a name suffix, a post-nominal, a roman numeral", () => {
    const king = 'Martin Luther King Jr. spoke in 1963. King said he had a dream.';
    expect(agreed(king, [['Martin Luther King Jr.', 'PER'], ['King', 'ORG']])).toEqual(['PER Martin Luther King Jr.', 'PER King']);
    const martin = 'Fianna Fail leader Micheal Martin TD spoke. Martin said the talks had failed.';
    expect(agreed(martin, [['Micheal Martin TD', 'PER'], ['Martin', 'ORG']])).toEqual(['PER Micheal Martin TD', 'PER Martin']);
    const pope = 'Pope John Paul II visited. Paul blessed the crowd.';
    expect(agreed(pope, [['John Paul II', 'PER'], ['Paul', 'ORG']])).toEqual(['PER John Paul II', 'PER Paul']);
    // The letters alone are no surname: "TD" is not Martin's.
    const letters = 'Micheal Martin TD spoke. TD Bank said so.';
    expect(agreed(letters, [['Micheal Martin TD', 'PER'], ['TD', 'ORG']])).toEqual(['PER Micheal Martin TD', 'ORG TD']);
  });

  it("leaves a person's name that a longer person's name holds anywhere a person's (a surname written first)", () => {
    const kim = 'Kim Jong Un met envoys. Law firm Kim & Chang advised. Kim said the talks went well.';
    expect(agreed(kim, [['Kim Jong Un', 'PER'], ['Kim & Chang', 'ORG'], ['Kim', 'PER']])).toEqual(['PER Kim Jong Un', 'ORG Kim & Chang', 'PER Kim']);
    const li = 'Li Ka-shing sold shares in Li & Fung. Li declined to comment.';
    expect(agreed(li, [['Li Ka-shing', 'PER'], ['Li & Fung', 'ORG'], ['Li', 'PER']])).toEqual(['PER Li Ka-shing', 'ORG Li & Fung', 'PER Li']);
    // Without such a person the firm's first word is the firm's.
    const firm = 'Law firm Kim & Chang advised. Kim said the deal was sound.';
    expect(agreed(firm, [['Kim & Chang', 'ORG'], ['Kim', 'PER']])).toEqual(['ORG Kim & Chang', 'ORG Kim']);
  });

  it('leaves a word the document gives both types ("Tata" of Ratan Tata and Tata Steel)', () => {
    const text = 'Ratan Tata heads the group that owns Tata Steel. Tata said the bid stands.';
    expect(agreed(text, [['Ratan Tata', 'PER'], ['Tata Steel', 'ORG'], ['Tata', 'ORG']])).toEqual(['PER Ratan Tata', 'ORG Tata Steel', 'ORG Tata']);
  });

  it("keeps a firm named after a person of the text a firm when the text writes its legal name, tagged or not", () => {
    // Nothing but the legal name says "Wrigley" is the firm (no "Wrigley shares"), and the person's surname is found before "Jr.".
    const text = 'Bill Wrigley Jr. runs Wm. Wrigley Jr. Co. of Chicago. Wrigley rose 2 percent.';
    expect(agreed(text, [['Bill Wrigley Jr.', 'PER'], ['Wrigley', 'ORG']])).toEqual(['PER Bill Wrigley Jr.', 'ORG Wrigley']);
  });

  it("keeps a firm a firm when a firm's words follow any mention of it, though a person of the text has its name", () => {
    const text = 'Ford said on Tuesday its U.S. sales rose. Ford shares rose 3 percent. Actor Harrison Ford bought one. Ford said demand was strong.';
    expect(agreed(text, [['Ford', 'ORG'], ['Ford', 'ORG'], ['Harrison Ford', 'PER'], ['Ford', 'ORG']])).toEqual([
      'ORG Ford',
      'ORG Ford',
      'PER Harrison Ford',
      'ORG Ford',
    ]);
    // Without a firm's words the surname is the person's.
    const actor = 'Actor Harrison Ford starred in the film. Ford said he liked the script.';
    expect(agreed(actor, [['Harrison Ford', 'PER'], ['Ford', 'ORG']])).toEqual(['PER Harrison Ford', 'PER Ford']);
  });

  it("keeps a firm a firm when the text writes its legal name, with a comma before the suffix or in a heading's capitals", () => {
    const ford = 'Harrison Ford drove to Ford Motor Co. headquarters. Ford gained in Detroit.';
    expect(agreed(ford, [['Harrison Ford', 'PER'], ['Ford', 'ORG']])).toEqual(['PER Harrison Ford', 'ORG Ford']);
    const dell = 'Michael Dell founded Dell, Inc. in Texas. Dell gained in Austin.';
    expect(agreed(dell, [['Michael Dell', 'PER'], ['Dell', 'ORG']])).toEqual(['PER Michael Dell', 'ORG Dell']);
    // A second mention within a few words of the first is looked at too.
    const gum = 'WRIGLEY GAINS. Bill Wrigley said Wm. Wrigley Jr. Co. rose. Wrigley gained.';
    expect(agreed(gum, [['WRIGLEY', 'ORG'], ['Bill Wrigley', 'PER'], ['Wrigley', 'ORG']])).toEqual(['ORG WRIGLEY', 'PER Bill Wrigley', 'ORG Wrigley']);
    // No legal suffix within a few capitalised words: the person's.
    const far = 'Michael Dell said Dell would buy a stake in Acme Widget Systems Co. Dell gained.';
    expect(agreed(far, [['Michael Dell', 'PER'], ['Dell', 'ORG']])).toEqual(['PER Michael Dell', 'PER Dell']);
  });

  it("takes a person's name from a firm's only at the firm's beginning, and a firm's from a person's only at the surname", () => {
    // "Denver" ends "Cherry Creek Capital of Denver" (a place there), but begins "Denver Capital Partners".
    const fund = 'Cherry Creek Capital of Denver said so. Denver officials agreed.';
    expect(agreed(fund, [['Cherry Creek Capital of Denver', 'ORG'], ['Denver', 'PER']])).toEqual(['ORG Cherry Creek Capital of Denver', 'PER Denver']);
    const partners = 'Denver Capital Partners said so. Denver declined to comment.';
    expect(agreed(partners, [['Denver Capital Partners', 'ORG'], ['Denver', 'PER']])).toEqual(['ORG Denver Capital Partners', 'ORG Denver']);
    // "Suleiman" begins a person's name, not his surname.
    const text = 'Suleiman Kerimov owns it; Suleiman is rich.';
    expect(agreed(text, [['Suleiman Kerimov', 'PER'], ['Suleiman', 'ORG']])).toEqual(['PER Suleiman Kerimov', 'ORG Suleiman']);
  });

  it("takes a firm's head that is also a title word (\"Bank\") for the head it is after the short mention", () => {
    const text = 'Wells Fargo Bank and Anglo Irish Bank lent to Ruch Bank. Wells, Anglo and Ruch declined to comment.';
    const items: Array<[string, EntitySpan['label']]> = [
      ['Wells Fargo Bank', 'ORG'],
      ['Anglo Irish Bank', 'ORG'],
      ['Ruch Bank', 'ORG'],
      ['Wells', 'PER'],
      ['Anglo', 'PER'],
      ['Ruch', 'PER'],
    ];
    expect(agreed(text, items).slice(3)).toEqual(['ORG Wells', 'ORG Anglo', 'ORG Ruch']);
    // Before the short mention a title is a person's: "President Bush" gives "Bush" no type.
    const bush = 'President Bush spoke. Bush Industries said so.';
    expect(agreed(bush, [['President Bush', 'PER'], ['Bush', 'ORG']])).toEqual(['PER President Bush', 'ORG Bush']);
  });

  it('counts no span run over a joiner, a title or a possessive as a fuller name', () => {
    const text = 'The Holy Roman Emperor Charles VI and France signed. Charles ceded Alsace. Aid went to Mr Massoud Barzani. Massoud Barzani thanked them.';
    expect(
      agreed(text, [['Holy Roman Emperor Charles VI and France', 'ORG'], ['Charles', 'PER'], ['Mr Massoud Barzani', 'ORG'], ['Massoud Barzani', 'PER']]),
    ).toEqual(['ORG Holy Roman Emperor Charles VI and France', 'PER Charles', 'ORG Mr Massoud Barzani', 'PER Massoud Barzani']);
    const paper = 'Hen Vipheak runs a paper. Police shut down Hen Vipheak \'s newspaper.';
    expect(agreed(paper, [['Hen Vipheak', 'PER'], ["Hen Vipheak 's", 'ORG']])).toEqual(['PER Hen Vipheak', "ORG Hen Vipheak 's"]);
  });

  it("leaves places and nationalities inside an organization's name as they are", () => {
    const text = 'The Hong Kong Standard said so. Hong Kong is calm. German Bundesbank officials and German banks agreed.';
    expect(agreed(text, [['Hong Kong Standard', 'ORG'], ['Hong Kong', 'LOC'], ['German Bundesbank', 'ORG'], ['German', 'MISC']])).toEqual([
      'ORG Hong Kong Standard',
      'LOC Hong Kong',
      'ORG German Bundesbank',
      'MISC German',
    ]);
  });

  it('takes time in proportion to a long text: no scan of the text or of all names per name asked', () => {
    // 20,000 firms sharing a word, and 10,000 people each beside an organization of their surname (about 1 MB).
    const parts: string[] = [];
    const items: Array<[string, EntitySpan['label']]> = [];
    const name = (k: number) => 'Name' + k.toString(36).replace(/\d/gu, (d) => 'abcdefghij'[+d]);
    for (let k = 0; k < 20000; k++) {
      parts.push(`Bank ${name(k)} said on Monday.`);
      items.push([`Bank ${name(k)}`, 'ORG']);
    }
    for (let k = 0; k < 10000; k++) {
      parts.push(`John ${name(k)} said so. ${name(k)} agreed.`);
      items.push([`John ${name(k)}`, 'PER'], [name(k), 'ORG']);
    }
    const text = parts.join(' ');
    const spans = spansOf(text, items);
    const t0 = performance.now();
    const out = agreeWithFullerNames(text, spans);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(out.at(-1)!.label).toBe('PER');
  });

  it('runs inside the span repairs that the pipeline and the CoNLL scoring share', () => {
    const text = 'Rotor Volgograd lost at home. Rotor are well placed with 11 games left.';
    const out = repairEntitySpans(text, splitSentences(text), spansOf(text, [['Rotor Volgograd', 'ORG'], ['Rotor', 'PER']]));
    expect(out.map((e) => `${e.label} ${e.text}`)).toEqual(['ORG Rotor Volgograd', 'ORG Rotor']);
  });
});
