import { describe, expect, it } from 'vitest';
import { sentencesFromWords } from '../../src/eval/conll.js';
import type { EntitySpan } from '../../src/extract/types.js';
import { extendOrganizationLeads } from '../../src/resolve/span-lead.js';
import { countScans } from './count-scans.js';
import { lineSpans } from './spans-of.js';

/** Words the news mostly writes in lower case, as the tagger's capitalisation statistics bucket them. */
const capStat = new Map([
  ['gold', '0'],
  ['first', '0'],
  ['rival', '0'],
  ['see', '0'],
  ['debts', '0'],
  ['managers', '0'],
]);

/** The spans of one line after the repair, each given by its first word index, word count and label. */
function led(words: string[], items: Array<[number, number, EntitySpan['label']]>): string[] {
  const { text, spans } = lineSpans(words, items);
  return extendOrganizationLeads(text, sentencesFromWords([words]), spans, capStat).map((e) => `${e.label} ${e.text}`);
}

describe('an organization\'s first word the tagger left out', () => {
  it('takes a capitalised word mid-sentence, up to two', () => {
    expect(led('since Wednesday , mine managers Gold Fields of South Africa Ltd said on Friday .'.split(' '), [[1, 1, 'MISC'], [6, 5, 'ORG']])).toEqual([
      'MISC Wednesday',
      'ORG Gold Fields of South Africa Ltd',
    ]);
    expect(led('buyers are Minneapolis-based First Bank System Inc. and others'.split(' '), [[4, 3, 'ORG']])).toEqual(['ORG First Bank System Inc.']);
    expect(led('workers at Kloof Gold Mining Co went on strike'.split(' '), [[4, 2, 'ORG']])).toEqual(['ORG Kloof Gold Mining Co']);
    // Three: where the name starts is not known, nothing is taken.
    expect(led('workers at East Kloof Gold Mining Co went on strike'.split(' '), [[5, 2, 'ORG']])).toEqual(['ORG Mining Co']);
  });

  it('takes a sentence\'s first word the news does not write in lower case', () => {
    expect(led('NSW Treasury launched a bond issue'.split(' '), [[1, 1, 'ORG']])).toEqual(['ORG NSW Treasury']);
    expect(led('Rival Boeing said it would bid'.split(' '), [[1, 1, 'ORG']])).toEqual(['ORG Boeing']);
  });

  it('leaves articles, months, titles, subheads, quotes, acronyms, other spans and other types alone', () => {
    expect(led('according to the paper , The Commerce Department said'.split(' '), [[6, 2, 'ORG']])).toEqual(['ORG Commerce Department']);
    expect(led('the rise in the August National Association of Purchasing Management index'.split(' '), [[5, 5, 'ORG']])).toEqual([
      'ORG National Association of Purchasing Management',
    ]);
    expect(led('he met with Chairman Acme Corp officials yesterday'.split(' '), [[4, 2, 'ORG']])).toEqual(['ORG Acme Corp']);
    expect(led('shrink loans . BAD DEBTS RISING Acme Bank reported losses'.split(' '), [[6, 2, 'ORG']])).toEqual(['ORG Acme Bank']);
    expect(led('a company since 1984 . ( See Reuters for details'.split(' '), [[7, 1, 'ORG']])).toEqual(['ORG Reuters']);
    expect(led('prices higher than the Gulf OPEC members wanted'.split(' '), [[5, 1, 'ORG']])).toEqual(['ORG OPEC']);
    expect(led('talks with Acme Smith and Jones yesterday'.split(' '), [[2, 2, 'PER'], [4, 2, 'ORG']])).toEqual(['PER Acme Smith', 'ORG and Jones']);
    expect(led('visitors saw the Golden Gate in the morning'.split(' '), [[4, 1, 'LOC']])).toEqual(['LOC Gate']);
  });

  it('takes a word after a comma or a bracket, and leaves time zones, holidays, honorifics, countries and subheads', () => {
    expect(led('the report was written , Amnesty International said'.split(' '), [[6, 1, 'ORG']])).toEqual(['ORG Amnesty International']);
    expect(led('the reinsurer ( Munich Re ) said'.split(' '), [[4, 1, 'ORG']])).toEqual(['ORG Munich Re']);
    expect(led('By 3 p.m. EST Apple shares had risen'.split(' '), [[4, 1, 'ORG']])).toEqual(['ORG Apple']);
    expect(led('sales over Easter Ryanair said were strong'.split(' '), [[3, 1, 'ORG']])).toEqual(['ORG Ryanair']);
    expect(led('he spoke with Lady Acme Corp officials'.split(' '), [[4, 2, 'ORG']])).toEqual(['ORG Acme Corp']);
    expect(led('by 10 a.m. Brent Oil Corp shares fell'.split(' '), [[4, 2, 'ORG']])).toEqual(['ORG Oil Corp']);
    expect(led('shares of German Siemens rose sharply'.split(' '), [[3, 1, 'ORG']])).toEqual(['ORG Siemens']);
    expect(led('banks shrink loans DEBTS RISING Acme Bank reported losses'.split(' '), [[5, 2, 'ORG']])).toEqual(['ORG Acme Bank']);
  });

  it('does nothing in a line without lower-case running text (a title-case headline, a table row)', () => {
    expect(led('Lead Underwriter Bear Stearns & Co Inc'.split(' '), [[2, 5, 'ORG']])).toEqual(['ORG Bear Stearns & Co Inc']);
  });

  it('costs about its spans, not their square', () => {
    const work = (n: number) => {
      const words = Array.from({ length: n }, () => ['said', 'Gold', 'Fields', 'and']).flat();
      const { text, spans } = lineSpans(words, Array.from({ length: n }, (_, k): [number, number, EntitySpan['label']] => [4 * k + 2, 1, 'ORG']));
      return countScans(() => extendOrganizationLeads(text, sentencesFromWords([words]), spans, capStat));
    };
    const ratio = work(2000) / work(500);
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(6);
  });
});
