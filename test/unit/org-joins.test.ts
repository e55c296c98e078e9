import { describe, expect, it } from 'vitest';
import { repairOrganizationSpans } from '../../src/resolve/org-spans.ts';
import { makeLexicon } from '../../src/resolve/corpus-lexicon.ts';
import type { EntitySpan } from '../../src/extract/types.ts';

const lex = makeLexicon({
  Apple: { tagged: [0, 900, 0, 50], docs: 600 },
  'JP Morgan': { tagged: [0, 300, 0, 0], docs: 200 },
});
/** The repaired spans of one ORG span `name`, in a sentence. */
function orgs(name: string): string[] {
  const text = `said an analyst covering ${name}.`;
  const span: EntitySpan = { start: 25, end: 25 + name.length, text: name, label: 'ORG' };
  return repairOrganizationSpans(text, [span], { lex, capStat: new Map() }).map((e) => e.text);
}

describe('two firms run into one name at "and" or "for"', () => {
  it('are split where both sides are firms', () => {
    expect(orgs('Apple for JP Morgan')).toEqual(['Apple', 'JP Morgan']);
    expect(orgs('Zeta and Apple for JP Morgan')).toEqual(['Zeta and Apple for JP Morgan']); // "Zeta and Apple" is no firm
  });

  it('are split at "and" where both sides end in a firm\'s or a paper\'s head word, unknown to the corpus', () => {
    expect(orgs('Silver Point Capital and Centerbridge Partners')).toEqual(['Silver Point Capital', 'Centerbridge Partners']);
    expect(orgs('National Post and Financial Times')).toEqual(['National Post', 'Financial Times']);
    // A side named by its head alone needs two words on the other side too: one firm's "and Clearing Ltd".
    expect(orgs('Hong Kong Exchanges and Clearing Ltd')).toEqual(['Hong Kong Exchanges and Clearing Ltd']);
    expect(orgs('Clearing Ltd and Hong Kong Exchanges')).toEqual(['Clearing Ltd and Hong Kong Exchanges']);
    // A one-word side, a connector, a head of no firm's kind, or "for": one name.
    expect(orgs('Food and Drug Administration')).toEqual(['Food and Drug Administration']);
    expect(orgs('Bank of Tokyo and Mitsubishi Group')).toEqual(['Bank of Tokyo and Mitsubishi Group']);
    expect(orgs('Brewery and Soft Drink Workers Conference')).toEqual(['Brewery and Soft Drink Workers Conference']);
    expect(orgs('Partners Capital for Growth Partners')).toEqual(['Partners Capital for Growth Partners']);
  });

  it('are not looked for in a span of dozens of joins (a run of capitals), which took its length times its joins', () => {
    const many = `${'Zeta and '.repeat(7)}Apple for JP Morgan`;
    expect(orgs(many)).toEqual([many]);
    const huge = `${'Zeta and Eta for '.repeat(20_000)}Apple for JP Morgan`;
    const t0 = performance.now();
    expect(orgs(huge)).toHaveLength(1);
    // Linear is tens of milliseconds; reading both sides whole at each of 40,000 joins took many seconds.
    expect(performance.now() - t0).toBeLessThan(3000);
  }, 120_000);
});
