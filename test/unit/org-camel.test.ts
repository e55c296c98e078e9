import { describe, expect, it } from 'vitest';
import { withCamelCaseFirms } from '../../src/resolve/org-camel.ts';

const run = (text: string) => withCamelCaseFirms(text, []).map((e) => e.text);

describe('withCamelCaseFirms', () => {
  it('makes a name begun in lower case an organization in all its mentions once the article calls it a firm', () => {
    expect(run('Searches rose, according to research firm comScore. Later comScore said more.')).toEqual(['comScore', 'comScore']);
    expect(run('It bought iVillage Inc. last year.')).toEqual(['iVillage Inc.']);
    expect(run('combining its brokerage eSpeed ESPD.O with BGC.')).toEqual(['eSpeed']);
  });

  it('leaves it without a firm\'s context, as a thing, in the plural, or inside a longer name', () => {
    expect(run('Sales of eBay rose.')).toEqual([]);
    // Written as a thing: after "the", or in the plural, in the same article.
    expect(run('the iPod sold well, said research firm iPod. Apple iPod sales.')).toEqual([]);
    expect(run('research firm iFoo said; iFoos sold well.')).toEqual([]);
    // "IHS iSuppli": the mention right after a tagged name is left to the longer name; the other one counts.
    const text = 'from research firm IHS iSuppli. Later iSuppli analyst Jo Rebello said so.';
    const ihs = { start: 19, end: 22, text: 'IHS', label: 'ORG' as const };
    expect(withCamelCaseFirms(text, [ihs]).map((e) => `${e.label} ${e.text}`)).toEqual(['ORG IHS', 'ORG iSuppli']);
    expect(withCamelCaseFirms(text, [ihs])[1].start).toBe(text.indexOf('iSuppli analyst'));
    // Not a web address, an e-mail address or a Reuters markup code.
    expect(run('research firm see eMarketer.com and jo@eMarketer and <Id:nBNG376003>')).toEqual([]);
  });

  it('reads a word before a lower-case noun or "maker", or after a possessive, as a product, not a firm', () => {
    expect(run('shares of iPod and iPhone maker Apple Inc. rose')).toEqual([]);
    expect(run('shares of iPhone-maker Apple Inc fell')).toEqual([]);
    expect(run("Greg Joswiak, Apple's head of iPhone marketing, said iPhone sales rose")).toEqual([]);
    expect(run("Pfizer's head of mRNA research said mRNA vaccines work")).toEqual([]);
    expect(run('the utility kWh price fell')).toEqual([]);
    expect(run("research firm comScore said so, and Apple's comScore deal")).toEqual([]);
    // Must still fire: the cue's name ends its noun phrase, before a verb, a preposition or punctuation.
    expect(run('research firm comScore said so.')).toEqual(['comScore']);
    expect(run('according to research firm comScore in May.')).toEqual(['comScore']);
    expect(run('online retailer eBay jumped 5 percent')).toEqual(['eBay']);
    expect(run('eBay analyst Jo Smith said')).toEqual(['eBay']);
  });

  it('makes a word with a legal suffix or a ticker after it a firm whatever else the article writes', () => {
    expect(run('Items sold on the eBay site rose, eBay Inc said on Monday.')).toEqual(['eBay', 'eBay Inc']);
    expect(run('the eBay site grew; eBay EBAY.O shares rose')).toEqual(['eBay', 'eBay']);
    // A suffix on the next line (a headline's end) is not the name's.
    expect(run('the eBay site grew\nInc. said')).toEqual([]);
  });

  it('keeps the tagger\'s spans and adds none over them', () => {
    const text = 'research firm comScore said.';
    const tagged = [{ start: 14, end: 22, text: 'comScore', label: 'MISC' as const }];
    expect(withCamelCaseFirms(text, tagged)).toBe(tagged);
  });
});
