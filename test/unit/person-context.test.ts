import { describe, expect, it } from 'vitest';
import { relabelNonPeople } from '../../src/resolve/person-context.ts';
import type { EntitySpan } from '../../src/extract/types.ts';

/** The labels given to each name's spans (every occurrence of each name is a PER span). */
function labels(text: string, ...names: string[]): string[] {
  const spans: EntitySpan[] = [];
  for (const n of names) for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) spans.push({ start: i, end: i + n.length, text: n, label: 'PER' });
  spans.sort((a, b) => a.start - b.start);
  return relabelNonPeople(text, spans).map((s) => `${s.text}:${s.label}`);
}

describe('relabelNonPeople', () => {
  it('takes a name before the noun for a kind of product for a product, in every mention', () => {
    expect(labels('The recall includes 7.3 million Polly Pocket dolls. Polly Pocket sold well.', 'Polly Pocket')).toEqual(['Polly Pocket:MISC', 'Polly Pocket:MISC']);
    expect(labels('launched Ivy Bridge processors and Budweiser and Bud Light maker Anheuser-Busch', 'Ivy Bridge', 'Bud Light')).toEqual(['Ivy Bridge:MISC', 'Bud Light:MISC']);
  });

  it('takes a storm, a court case and a place before its state or country for no person', () => {
    expect(labels('it could come closer than Hurricane Alex, which', 'Alex')).toEqual(['Alex:MISC']);
    expect(labels('the case, Abood v. Detroit Board of Education, and Knox v. SEIU', 'Abood', 'Knox')).toEqual(['Abood:MISC', 'Knox:MISC']);
    expect(labels('said Craig Hester of Hester Capital in Austin, Texas. The Redmond, Washington-based firm', 'Craig Hester', 'Austin', 'Redmond')).toEqual([
      'Craig Hester:PER',
      'Austin:LOC',
      'Redmond:LOC',
    ]);
    expect(labels('a terminal in Cape Girardeau, Missouri, and Lyon, France.', 'Cape Girardeau', 'Lyon')).toEqual(['Cape Girardeau:LOC', 'Lyon:LOC']);
  });

  it('takes products listed after their noun, sites, partners of a law firm and God for no person', () => {
    expect(labels('perfumes such as Marc Jacobs and whose key brands are Stella Artois, Beck', 'Marc Jacobs', 'Stella Artois')).toEqual(['Marc Jacobs:MISC', 'Stella Artois:MISC']);
    expect(labels("shut Venezuela's Puerto La Cruz refinery; airlines at the Clinton Airport in Little Rock", 'Puerto La Cruz', 'Clinton Airport')).toEqual([
      'Puerto La Cruz:LOC',
      'Clinton Airport:LOC',
    ]);
    expect(labels('a plant for Prince Rupert, British Columbia, which', 'Rupert')).toEqual(['Rupert:LOC']);
    expect(labels('King Abdullah Economic City; Abdullah City', 'Abdullah City')).toEqual(['Abdullah City:LOC']);
    expect(labels('advisers were Smith, Anderson, Blount, Dorsett, Mitchell & Jernigan LLP', 'Smith', 'Anderson')).toEqual(['Smith:MISC', 'Anderson:MISC']);
    expect(labels("with God's grace", 'God')).toEqual(['God:MISC']);
  });

  it('takes a name in a list that ends in the noun for a kind of product for a product', () => {
    expect(labels('recalls the Chevrolet Silverado, Avalanche, Suburban and Tahoe trucks', 'Avalanche')).toEqual(['Avalanche:MISC']);
    expect(labels('683,000 Barbie and Tanner toys; branded as Chevrolets, Buicks and other GM nameplates', 'Barbie', 'Buicks')).toEqual(['Barbie:MISC', 'Buicks:MISC']);
  });

  it('leaves people listed before a firm\'s name and the noun for its products', () => {
    const text = 'Elon Musk and Tesla cars were in the news; Mary Barra and GM trucks were recalled, with Buicks and other GM nameplates';
    const spans: EntitySpan[] = [
      { start: 0, end: 9, text: 'Elon Musk', label: 'PER' },
      { start: 14, end: 19, text: 'Tesla', label: 'ORG' },
      { start: 43, end: 53, text: 'Mary Barra', label: 'PER' },
      { start: 58, end: 60, text: 'GM', label: 'ORG' },
      { start: 88, end: 94, text: 'Buicks', label: 'PER' },
      { start: 105, end: 107, text: 'GM', label: 'ORG' },
    ];
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(spans.map((s) => s.text));
    expect(relabelNonPeople(text, spans).map((s) => `${s.text}:${s.label}`)).toEqual(['Elon Musk:PER', 'Tesla:ORG', 'Mary Barra:PER', 'GM:ORG', 'Buicks:MISC', 'GM:ORG']);
  });

  it('leaves people listed before a noun for people or before a verb', () => {
    expect(labels('said John Smith and other GM analysts; Anna Lee, Bob Ross and Tim Cook said cars', 'John Smith', 'Anna Lee')).toEqual(['John Smith:PER', 'Anna Lee:PER']);
  });

  it('takes a name ending in a firm\'s word for that firm', () => {
    expect(labels('clients of Dorman Trading and State Street Global Advisors', 'Dorman Trading', 'State Street Global Advisors')).toEqual([
      'Dorman Trading:ORG',
      'State Street Global Advisors:ORG',
    ]);
    expect(labels('Banco Popolare and Grupo Modelo said', 'Banco Popolare', 'Grupo Modelo')).toEqual(['Banco Popolare:ORG', 'Grupo Modelo:ORG']);
    // Not a word inside a name, nor a man the article titles: "Mr. Capital" stays a man in every mention.
    expect(labels('Trading Smith met Will Capital. Mr. Will Capital said', 'Trading Smith', 'Will Capital')).toEqual(['Trading Smith:PER', 'Will Capital:PER', 'Will Capital:PER']);
    expect(labels('said Banco', 'Banco')).toEqual(['Banco:PER']);
    expect(labels('Luis Banco Silva agreed', 'Luis Banco Silva')).toEqual(['Luis Banco Silva:PER']);
  });

  it('takes a name beginning with a place\'s word for a place', () => {
    expect(labels('talks at Camp David; a plant in San Ramon and one in Santa Monica', 'Camp David', 'San Ramon', 'Santa Monica')).toEqual([
      'Camp David:LOC',
      'San Ramon:LOC',
      'Santa Monica:LOC',
    ]);
    // Not the word alone, nor inside a name.
    expect(labels('said Santa; John Camp and Luis San Roman agreed', 'Santa', 'John Camp', 'Luis San Roman')).toEqual(['Santa:PER', 'John Camp:PER', 'Luis San Roman:PER']);
  });

  it('takes a name whose first word also begins people\'s names for a place only where a place stands', () => {
    expect(labels('a plant in San Ramon; San Jose, California, said', 'San Ramon', 'San Jose')).toEqual(['San Ramon:LOC', 'San Jose:LOC']);
    expect(labels("San Ramon, Califorina-based Chevron; Santa Monica, California's Fremont", 'San Ramon', 'Santa Monica')).toEqual(['San Ramon:LOC', 'Santa Monica:LOC']);
    expect(labels('Lake Bell, the actress, said. Bell declined', 'Lake Bell')).toEqual(['Lake Bell:PER']);
    expect(labels('Actress Sierra McCormick said; analyst John San Marco said; Aung San Suu Kyi met', 'Sierra McCormick', 'John San Marco', 'San Suu Kyi')).toEqual([
      'Sierra McCormick:PER',
      'John San Marco:PER',
      'San Suu Kyi:PER',
    ]);
    expect(labels('talks with San Marco. San Marco said', 'San Marco')).toEqual(['San Marco:PER', 'San Marco:PER']);
  });

  it('leaves a name its own mention titles, when the name\'s words made it something else', () => {
    expect(labels('Mr. Camp David said the plan worked. Camp David left', 'Camp David')).toEqual(['Camp David:PER', 'Camp David:PER']);
    expect(labels('Mr. Will Capital said', 'Will Capital')).toEqual(['Will Capital:PER']);
    // A title word is no honorific: it may begin the firm's or the site's name.
    expect(labels('manager at Premier Asset Management; the King Abdullah City near', 'Asset Management', 'Abdullah City')).toEqual([
      'Asset Management:ORG',
      'Abdullah City:LOC',
    ]);
    // The place's text after it still wins over a title word that is part of its name.
    expect(labels('a port in Prince Rupert, British Columbia, said', 'Rupert')).toEqual(['Rupert:LOC']);
  });

  it('takes a name ending in a model\'s code or a product\'s acronym for a product, not a post-nominal, a numeral or a name in capitals', () => {
    expect(labels('Cadillac Escalade, Escalade ESV; the Aspen SUVs', 'Escalade ESV', 'Aspen SUVs')).toEqual(['Escalade ESV:MISC', 'Aspen SUVs:MISC']);
    expect(labels('Andrew Sutcliffe QC; Louis XIV; JOHN SMITH; Pope Benedict XVI', 'Andrew Sutcliffe QC', 'Louis XIV', 'JOHN SMITH', 'Benedict XVI')).toEqual([
      'Andrew Sutcliffe:PER', // a person, the letters after the name cut off (below)
      'Louis XIV:PER',
      'JOHN SMITH:PER',
      'Benedict XVI:PER',
    ]);
    expect(labels('Micheal Martin TD said; Harish Salve SC and Sir John Smith KCMG agreed', 'Micheal Martin TD', 'Harish Salve SC', 'John Smith KCMG')).toEqual([
      'Micheal Martin:PER',
      'Harish Salve:PER',
      'John Smith:PER',
    ]);
    // A player in results: a country in brackets or a score after the name.
    expect(labels('1. Luis DIAZ (Spain) 69 70; Li NA 6-3 6-4', 'Luis DIAZ', 'Li NA')).toEqual(['Luis DIAZ:PER', 'Li NA:PER']);
    expect(labels('the Escalade ESV (above) sold', 'Escalade ESV')).toEqual(['Escalade ESV:MISC']);
  });

  it('takes a law, a rule or an award named after someone for no person, in every mention', () => {
    expect(labels('under the Volcker Rule. The Volcker Rule bans', 'Volcker Rule')).toEqual(['Volcker Rule:MISC', 'Volcker Rule:MISC']);
    expect(labels('won a Tony Award; the Foreign Account Tax Compliance Act', 'Tony Award', 'Compliance Act')).toEqual(['Tony Award:MISC', 'Compliance Act:MISC']);
  });

  it('takes a name ending in a document\'s word for a document only where a document\'s name stands', () => {
    expect(labels("New York's Martin Act; the Equal Credit Opportunity Act; “Volcker Rule”", 'Martin Act', 'Opportunity Act', 'Volcker Rule')).toEqual([
      'Martin Act:MISC',
      'Opportunity Act:MISC',
      'Volcker Rule:MISC',
    ]);
    expect(labels('A Pulitzer Prize and Tony Award winner', 'Tony Award')).toEqual(['Tony Award:MISC']);
    expect(labels('Author Ann Rule, who wrote about Ted Bundy, died on Sunday. Rule was 83.', 'Ann Rule')).toEqual(['Ann Rule:PER']);
    expect(labels('said Ann Rule, a writer. Actress Ann Rule said', 'Ann Rule')).toEqual(['Ann Rule:PER', 'Ann Rule:PER']);
  });

  it('leaves people whose name only holds such a word, or a lone surname beside the rule', () => {
    expect(labels('Paul Volcker said the rule; Actor Award-winner Rule Jones', 'Paul Volcker', 'Rule Jones')).toEqual(['Paul Volcker:PER', 'Rule Jones:PER']);
    expect(labels('the Volcker Rule, said Volcker', 'Volcker')).toEqual(['Volcker:PER', 'Volcker:PER']);
  });

  it('leaves people: a partner of two names before a "&" and a name before a verb', () => {
    expect(labels("run by Clarke's predecessor Terry Leahy, Fresh & Easy has failed; Avram, Joel, Bryan and Kevin got", 'Terry Leahy', 'Avram', 'Joel')).toEqual([
      'Terry Leahy:PER',
      'Avram:PER',
      'Joel:PER',
    ]);
  });

  it('leaves people: a verb or a role after the name, a state followed by more of a title, a titled mention', () => {
    expect(labels('Smith sold toy cars; John Boehner, Ohio Republican, said; Rick Perry, Texas governor, agreed', 'Smith', 'John Boehner', 'Rick Perry')).toEqual([
      'Smith:PER',
      'John Boehner:PER',
      'Rick Perry:PER',
    ]);
    expect(labels('the Ford trucks; Mr. Ford said', 'Ford')).toEqual(['Ford:PER', 'Ford:PER']);
  });
});

describe('post-nominal letters after a name', () => {
  it('are cut off a name in mixed case, with the comma before them', () => {
    expect(labels('Fianna Fail leader Micheal Martin TD said', 'Micheal Martin TD')).toEqual(['Micheal Martin:PER']);
    expect(labels('argued Andrew Sutcliffe, QC, for the bank', 'Andrew Sutcliffe, QC')).toEqual(['Andrew Sutcliffe:PER']);
    expect(labels('Lord Grabiner QC argued', 'Grabiner QC')).toEqual(['Grabiner:PER']);
    // Initials have no lower-case letter, and are of the name all the same.
    expect(labels('President Michael D. Higgins TD spoke', 'Michael D. Higgins TD')).toEqual(['Michael D. Higgins:PER']);
    expect(labels('author J.K. Rowling OBE agreed', 'J.K. Rowling OBE')).toEqual(['J.K. Rowling:PER']);
  });
  it('stay where they are part of the name or where the case says nothing', () => {
    expect(labels('Bill Wrigley Jr. retired', 'Bill Wrigley Jr.')).toEqual(['Bill Wrigley Jr.:PER']);
    expect(labels('said Martin Luther King JR in 1963', 'Martin Luther King JR')).toEqual(['Martin Luther King JR:PER']);
    expect(labels('JOHN SMITH MP SPOKE', 'JOHN SMITH MP')).toEqual(['JOHN SMITH MP:PER']);
    expect(labels('JOHN D. SMITH MP SPOKE', 'JOHN D. SMITH MP')).toEqual(['JOHN D. SMITH MP:PER']);
    expect(labels('Aspen SUVs sold', 'Aspen SUVs')).toEqual(['Aspen SUVs:MISC']);
  });
  it('alone are no person', () => {
    expect(labels('Andrew Sutcliffe, QC argued', 'Andrew Sutcliffe', 'QC')).toEqual(['Andrew Sutcliffe:PER', 'QC:MISC']);
  });
});

describe('names inside the quoted title of an organization\'s programme', () => {
  /** Like labels(), with the organizations' spans given too. */
  function withOrgs(text: string, orgs: string[], ...names: string[]): string[] {
    const spans: EntitySpan[] = [];
    for (const [list, label] of [[names, 'PER'], [orgs, 'ORG']] as const) {
      for (const n of list) for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) spans.push({ start: i, end: i + n.length, text: n, label });
    }
    spans.sort((a, b) => a.start - b.start);
    return relabelNonPeople(text, spans).filter((s) => names.includes(s.text)).map((s) => `${s.text}:${s.label}`);
  }
  it('are the show\'s, not people', () => {
    expect(withOrgs('Obama told NBC\'s "Meet the Press." on Sunday', ['NBC'], 'Press')).toEqual(['Press:MISC']);
    expect(withOrgs('he said on CBS’s “Face the Nation” program', ['CBS'], 'Nation')).toEqual(['Nation:MISC']);
  });
  it('stay people where the host names the show, the name opens the quote, or no organization owns it', () => {
    expect(withOrgs('Greenspan told CNN\'s "Late Edition with Wolf Blitzer" that', ['CNN'], 'Wolf Blitzer')).toEqual(['Wolf Blitzer:PER']);
    expect(withOrgs('the paper\'s "John Smith moment" was', ['paper'], 'John Smith')).toEqual(['John Smith:PER']);
    expect(withOrgs('Romney\'s "meeting with Paul Ryan" went well', [], 'Paul Ryan', 'Romney')).toEqual(['Romney:PER', 'Paul Ryan:PER']);
  });
});
