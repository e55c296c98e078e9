import { describe, expect, it } from 'vitest';
import { parseBodyOnly } from '../../src/article/parse.js';
import { foldName } from '../../src/article/names.js';
import { splitSentences } from '../../src/extract/tokenize.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import type { EntitySpan } from '../../src/extract/types.js';
import { repairEntitySpans } from '../../src/resolve/spans.js';
import { sentencesFromWords } from '../../src/eval/conll.js';
import { countCues, loadTypeCues, placeTest, type CueCounts } from '../../src/train/corpus-cues.js';
import { buildGazetteers, emptyResources } from '../../src/train/gazetteers.js';

// People told from companies in business news. Every sentence is from an article of the annotated
// train or tune split (annotations/reuters/, named beside each case), never the locked test.
const extract = (body: string) => extractArticle(parseBodyOnly(body, 'test'));
const people = (body: string) => extract(body).people.map((p) => p.name);
const orgs = (body: string) => extract(body).organizations.map((o) => foldName(o.name));

describe('business names typed', () => {
  it('keeps a Reuters instrument code whole and inside its sentence', () => {
    // train: 20080714_us-usa-fed-mortgages-bernanke
    const s = 'Treasury revealed measures to shore up confidence in top mortgage finance companies Fannie Mae FNM.N and Freddie Mac FRE.N, with pledges to extend the firms more credit or buy shares.';
    const sentences = splitSentences(s);
    expect(sentences).toHaveLength(1);
    expect(sentences[0].tokens.map((t) => t.text)).toContain('FRE.N');
  });

  it('takes a name ending in a center or a college for an institution, also once grown over that word', () => {
    // tune: 20110504_us-usa-china-investment, 20110409_us-usa-budget-winners
    const center = 'The report was done for the Asia Society and the Woodrow Wilson International Center for Scholars.';
    expect(people(center)).toEqual([]);
    expect(orgs(center)).toContain(foldName('Woodrow Wilson International Center for Scholars'));
    const college = '"This is a big start," said Terry Madonna, a political science professor at Franklin and Marshall College in Pennsylvania.';
    expect(people(college)).not.toContain('Marshall College');
  });

  it('takes Thomson Reuters I/B/E/S whole, as the annotations name the estimates service', () => {
    // tune: 20120416_us-citigroup
    const text = 'Analysts on average expected earnings of 50 cents a share, according to Thomson Reuters I/B/E/S.';
    expect(orgs(text)).toEqual([foldName('Thomson Reuters I/B/E/S')]);
  });

  it('keeps the Pentagon and the Defense Department apart, as the annotations name them', () => {
    // tune: 20130514_us-lockheed-furloughs
    const text = 'Lockheed said the Pentagon had told it to cut costs. The Defense Department declined to comment.';
    expect(orgs(text).sort()).toEqual([foldName('Defense Department'), foldName('Lockheed'), foldName('Pentagon')].sort());
  });

  it('takes a government-sponsored lender followed by its ticker for a company, not a person', () => {
    // train: 20071211_us-usa-subprime-freddie
    const body =
      "Freddie Mac FRE.N expects to see credit losses of $10 billion to $12 billion on the book of mortgages it currently owns, the mortgage finance company's chief executive said on Tuesday.";
    expect(people(body)).toEqual([]);
    expect(orgs(body)).toContain('freddie mac');
  });

  it('takes both lenders of a pair for companies', () => {
    // train: 20080909_us-fannie-lawsuit
    const body =
      'The U.S. government on Sunday seized control of Fannie Mae and Freddie Mac FRE.N, launching what could be its biggest bailout ever in a bid to support the U.S. housing market and ward off more global financial market turbulence.';
    expect(people(body)).toEqual([]);
    expect(orgs(body)).toEqual(expect.arrayContaining(['fannie mae', 'freddie mac']));
  });

  it('takes the analyst for a person and the research firm she works at for a company', () => {
    // train: 20070119_us-apple-iphone-margins
    const body = 'Shannon Cross, an analyst at Cross Research, said in a note to clients she expects Apple to have a gross margin on the iPhone of about 22 percent.';
    expect(people(body)).toEqual(['Shannon Cross']);
    expect(orgs(body)).toContain('cross research');
  });

  it('takes a brokerage named after a person for a company', () => {
    // train: 20070720_us-caterpillar-results
    const body = '"This is kind of correcting some of the over-exuberance," said John Kearney, an analyst at Morningstar. Eli Lustgarten, an analyst at Longbow Securities, said Caterpillar\'s woes included a "massive negative price squeeze."';
    expect(people(body).sort()).toEqual(['Eli Lustgarten', 'John Kearney']);
    expect(orgs(body)).toEqual(expect.arrayContaining(['morningstar', 'longbow securities']));
  });

  it('reads "Ohio-based X" as a company named X, not a person and not a longer name', () => {
    // train: 20070216_us-goodyear-results
    const body = 'Excluding businesses sold from the year-earlier revenue, the rise was 2 percent, Akron, Ohio-based Goodyear said.';
    expect(people(body)).toEqual([]);
  });

  // The retrained tagger reads "State Street Corp." after "Boston-based" as a person "Street Corp."; a legal suffix makes it a company.
  it('reads a list of "City-based X Corp" banks as companies', () => {
    // tune: 20070117_businesspro-trustbanks-results
    const banks =
      'Boston-based State Street Corp.(STT.N), Pittsburgh-based Mellon Financial Corp MEL.N and Chicago-based Northern Trust Corp (NTRS.O) all reported double-digit gains in profit and beat or met Wall Street analysts\' forecasts.';
    expect(people(banks)).toEqual([]);
    expect(orgs(banks).some((o) => o.includes('based'))).toBe(false);
  });

  it('finds no person in a regulator named "Comptroller"', () => {
    // train: 20120810_us-banks-recoveryplans
    const body =
      'The Office of the Comptroller of the Currency first directed five banks - which also include Citigroup Inc, Morgan Stanley and JPMorgan Chase & Co - to come up with these "recovery plans" in May 2010.';
    expect(people(body)).toEqual([]);
  });

  it('finds no person in "the Obama administration" alone, and the person when named otherwise', () => {
    // train: 20090520_us-financialregulation-sec-sb (the convention of annotations/README.md)
    const body = 'The Obama administration is expected to unveil its plan for regulatory reform next month. Regulators have clashed over the plan.';
    expect(people(body)).toEqual([]);
    expect(people(`${body} President Barack Obama said on Tuesday the plan was needed.`)).toEqual(['Barack Obama']);
  });
});

/** repairEntitySpans over CoNLL-style words (tokens as given), the spans as [first word, end word, label]. */
function repaired(words: string[], spans: Array<[number, number, EntitySpan['label']]>): string[] {
  const sentences = sentencesFromWords([words]);
  const text = words.join(' ');
  const toks = sentences[0].tokens;
  const given = spans.map(([a, b, label]) => ({ start: toks[a].start, end: toks[b - 1].end, text: text.slice(toks[a].start, toks[b - 1].end), label }));
  return repairEntitySpans(text, sentences, given).map((e) => `${e.label} ${e.text}`);
}

describe('edges of names cut, and only those', () => {
  it('cuts a ticker and "Ohio-based" off a name, and drops a ticker alone', () => {
    expect(repaired(['Ohio-based', 'Goodyear', 'GT.N', 'said'], [[0, 3, 'ORG']])).toEqual(['ORG Goodyear']);
    expect(repaired(['Shares', 'of', 'FRE.N', 'fell'], [[2, 3, 'ORG']])).toEqual([]);
  });

  it('keeps "Ohio-based" alone, a bracket closing one the name opens, and "U.S" (CoNLL text)', () => {
    // eng.testa has one-token "Vienna-based" (MISC), clubs with their towns, "Mladost ( L )", and "U.S" at times.
    expect(repaired(['Vienna-based', 'OPEC', 'met'], [[0, 1, 'MISC']])).toEqual(['MISC Vienna-based']);
    expect(repaired(['Borac', '1', 'Mladost', '(', 'L', ')', '2'], [[2, 6, 'ORG']])).toEqual(['ORG Mladost ( L )']);
    expect(repaired(['He', 'flew', 'to', 'the', 'U.S'], [[4, 5, 'LOC']])).toEqual(['LOC U.S']);
  });
});

describe('corpus type cues', () => {
  /** The cue counts [person, company, articles] of each name in `texts`, one article each, places tested as training does. */
  async function cueCounts(texts: string[]): Promise<Record<string, number[]>> {
    const res = emptyResources();
    await buildGazetteers(res);
    const counts: CueCounts = new Map();
    for (const t of texts) countCues(t, 0, loadTypeCues(), counts, placeTest(res.gaz));
    return Object.fromEntries(counts);
  }

  it('counts "X shares" and "X said its" for a company, never for a country, its people or a region', async () => {
    const counts = await cueCounts([
      'European shares fell on Monday, while Google shares rose.',
      'Japanese stocks gained. Tokyo shares rose and China said its exports grew.',
      'U.S. stocks were flat as Apple said its sales rose.',
    ]);
    expect(counts).toEqual({ google: [0, 1, 1], apple: [0, 1, 1] });
  });
});
