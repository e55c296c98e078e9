import { describe, expect, it } from 'vitest';
import { parseBodyOnly } from '../../src/article/parse.js';
import { foldName } from '../../src/article/names.js';
import { findIndexMentions, indexMatcher, movementMatcher } from '../../src/extract/indices.js';
import { extractArticle } from '../../src/pipeline/extract.js';

const found = (text: string) => findIndexMentions(text).map((s) => s.text);
const orgs = (body: string) => extractArticle(parseBodyOnly(body, 'test')).organizations.map((o) => foldName(o.name));

describe('index designators (data/ner/index-designators.json)', () => {
  it('finds an index by its name and a designator word or an index number', () => {
    expect(found('The Nikkei average fell 2 percent while S&P 500 futures rose.')).toEqual(['Nikkei average', 'S&P 500']);
    expect(found('the Dow Jones industrial average and the Nasdaq Composite Index')).toEqual(['Dow Jones industrial average', 'Nasdaq Composite']);
    expect(found('the FTSE 100, the Russell 2000 and the Euro STOXX 50 index')).toEqual(['FTSE 100', 'Russell 2000', 'Euro STOXX 50']);
    // A company compiling an index under its own name is the guide's organization there.
    expect(found("MSCI's all-country world index and the CBOE Volatility index")).toEqual([]);
  });

  it('leaves the same names where they name the body, a year, or a body named like an index', () => {
    expect(found("Standard & Poor's cut Japan's rating.")).toEqual([]);
    expect(found('Nasdaq said its index business grew.')).toEqual([]);
    expect(found('at the NYSE 2012 conference')).toEqual([]);
    expect(found('S&P Dow Jones Indices said the S&P 500 rose')).toEqual(['S&P 500']);
  });

  it('reads no company name on into a price or a team, and leaves a Fed bank its own index', () => {
    expect(found('shares of Nasdaq OMX Group 25 cents higher')).toEqual([]);
    expect(found('NYSE Euronext 2000 shares')).toEqual([]);
    expect(found('the Philadelphia 76ers won')).toEqual([]);
    expect(found('The Philadelphia Fed index of regional manufacturing rose')).toEqual([]);
    expect(orgs('The Philadelphia Fed index of regional manufacturing rose in May, the Philadelphia Fed said.')).toContain(foldName('Philadelphia Fed'));
  });

  it('reads its lists from the data', () => {
    const re = indexMatcher({ names: ['Acme'], designators: ['gauge'], qualifiers: ['shipping'] });
    expect(findIndexMentions('the Acme shipping gauge and the Acme index', { index: re, bodies: null }).map((s) => s.text)).toEqual(['Acme shipping gauge']);
  });

  it('an index is no organization of the article, the agency named for itself still is', () => {
    // train: 20121029_us-markets-stocks (Nasdaq 100 futures, S&P 500 e-mini), written anew around them
    const body =
      "Stock index futures fell on Monday. S&P 500 futures fell 3 points and Nasdaq 100 futures fell 15 points. The Nikkei average closed down 1 percent. Separately, Standard & Poor's said it could cut the rating of Acme Widgets Inc.";
    const names = orgs(body);
    expect(names).not.toContain('s&p');
    expect(names).not.toContain('nasdaq');
    expect(names).not.toContain('nikkei');
    expect(names.some((n) => n.startsWith('standard & poor'))).toBe(true);
  });
});

describe('bare index names in market reports (moves and pairs)', () => {
  it('a bare index name moving, or paired with another, is the index', () => {
    expect(found('the Dow ending down 4.1 percent, the S&P lost 3.9 percent.')).toEqual(['Dow', 'S&P']);
    expect(found('The Nasdaq .IXIC turned negative on Monday')).toEqual(['Nasdaq']);
    expect(found('S&P was flat and the Nasdaq lost 1.3 percent')).toEqual(['S&P', 'Nasdaq']);
    expect(found('Dow up, S&P and Nasdaq dip as earnings drag')).toEqual(['Dow', 'S&P', 'Nasdaq']);
    expect(found('was the biggest drag on both the S&P and the Nasdaq.')).toEqual(['S&P', 'Nasdaq']);
  });

  it('leaves the agency, the exchange, the newspaper and companies named alike', () => {
    expect(found("Standard & Poor's cut Japan's rating; S&P said the outlook was negative")).toEqual([]);
    expect(found('S&P lowered its outlook on the bank')).toEqual([]);
    expect(found('shares of Nasdaq OMX Group rose 2 percent')).toEqual([]);
    expect(found('Nasdaq said it would list the shares')).toEqual([]);
    // A word of a move that says something else too moves only before a figure; no move before "to".
    expect(found('S&P declined to comment. Nasdaq declined to comment on the filing.')).toEqual([]);
    expect(found('the deal is good, S&P added. The paper said, Nikkei added.')).toEqual([]);
    expect(found('S&P dropped the credit ratings of Italy. Dow lost a case in U.S. appeals court.')).toEqual([]);
    expect(found('S&P has added Greece to its CreditWatch. Nasdaq gained market share.')).toEqual([]);
    expect(found('the Nasdaq declined 1.2 percent and the S&P added 12 points')).toEqual(['Nasdaq', 'S&P']);
    // A company's shares; the possessive; a longer name read on from the second of a pair; a line break.
    expect(found('Shares of Dow rose $1.44. Shares in Dow climbed.')).toEqual([]);
    expect(found("S&P's lower rating")).toEqual([]);
    expect(found('a joint venture of S&P and Dow Jones. It is owned by the S&P and Nasdaq OMX Group.')).toEqual([]);
    expect(found('the Dow\nrose')).toEqual([]);
  });

  it('a name both paired and moving is one mention', () => {
    expect(found('the Dow and the Nasdaq gained 1 percent')).toEqual(['Dow', 'Nasdaq']);
    expect(found('FTSE, Nikkei and Dow rose')).toEqual(['FTSE', 'Nikkei', 'Dow']);
  });

  it('stays linear on long runs of spaces and of paired names', () => {
    // The pair's "," or "and" once began with two runs of spaces in a row: quadratic on a long blank run.
    const t0 = performance.now();
    findIndexMentions(`S&P${' '.repeat(200_000)}`);
    findIndexMentions(`Dow${' '.repeat(2_000)}`.repeat(100));
    expect(findIndexMentions('S&P and Nasdaq and Dow rose '.repeat(5_000)).length).toBe(15_000);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it('reads its moves and pairs from the data, and only with both lists', () => {
    const data = { names: ['Acme'], designators: ['gauge'], qualifiers: [], paired: ['Acme', 'Zeta'], moves: ['rose'], auxiliaries: ['was'], figuredMoves: ['added'] };
    const moving = movementMatcher(data);
    const find = (t: string) => findIndexMentions(t, { index: indexMatcher(data), bodies: null, moving }).map((s) => s.text);
    expect(find('The Acme rose, Zeta was rose and Acme, Zeta')).toEqual(['Acme', 'Zeta', 'Acme', 'Zeta']);
    expect(find('Acme fell')).toEqual([]);
    expect(find('Acme added, Zeta added 3 points')).toEqual(['Zeta']);
    expect(movementMatcher({ ...data, moves: [] })).toBeNull();
  });

  it('the index moving in a market report is no organization, the agency in the same article still is', () => {
    // train: 20120907_us-markets-stocks and 20131004_us-markets-usa-stocks, written anew around their phrasing
    const body =
      "The S&P closed higher on Friday. For the week, the S&P is up 2.2 percent while the Dow and the Nasdaq gained 1.5 percent.\nSeparately, S&P affirmed the AAA rating of Acme Widgets Inc.";
    const names = orgs(body);
    expect(names).not.toContain('nasdaq');
    expect(names.some((n) => n === 's&p' || n.startsWith('standard & poor'))).toBe(true);
    expect(orgs('The S&P closed higher on Friday, and the Nasdaq gained 1.5 percent.').filter((n) => n === 's&p' || n === 'nasdaq' || n.startsWith('standard'))).toEqual([]);
  });
});

describe('Reuters index codes', () => {
  it('".SPX" after an index is no organization SPX, nor a mention of SPX Corp', () => {
    // Reuters market reports write the index's code after its name ("the Standard & Poor's 500 index .SPX")
    const alone = "U.S. stocks rose, with the benchmark Standard & Poor's 500 Index .SPX advanced 3.13 points.\nShares of Acme rose.";
    expect(orgs(alone).filter((n) => n.includes('spx'))).toEqual([]);
    const both = "The broad Standard & Poor's 500 index .SPX gained 1.2 percent on Monday. SPX Corp said it would buy a rival.";
    const spx = extractArticle(parseBodyOnly(both, 'test')).organizations.filter((o) => /spx/i.test(o.name));
    expect(spx.map((o) => o.name)).toEqual(['SPX Corp']);
    expect(spx[0].mentions.map((m) => m.text)).toEqual(['SPX Corp']);
  });
});
