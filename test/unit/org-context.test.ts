import { describe, expect, it } from 'vitest';
import { relabelFirmsNamedLikePeople } from '../../src/resolve/org-context.ts';
import type { EntitySpan } from '../../src/extract/types.ts';

/** The labels given to each name's spans (every occurrence of each name is a PER span). */
function labels(text: string, ...names: string[]): string[] {
  const spans: EntitySpan[] = [];
  for (const n of names) for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) spans.push({ start: i, end: i + n.length, text: n, label: 'PER' });
  spans.sort((a, b) => a.start - b.start);
  return relabelFirmsNamedLikePeople(text, spans).map((s) => `${s.text}:${s.label}`);
}

describe('relabelFirmsNamedLikePeople', () => {
  it('makes a firm of a name its context calls one, in every mention', () => {
    expect(labels('said Sterne Agee analyst Margaret Whitfield. Sterne Agee rose.', 'Sterne Agee', 'Margaret Whitfield')).toEqual([
      'Sterne Agee:ORG',
      'Margaret Whitfield:PER',
      'Sterne Agee:ORG',
    ]);
    expect(labels('said Jim Bracelin, an analyst at Pacific Crest.', 'Jim Bracelin', 'Pacific Crest')).toEqual(['Jim Bracelin:PER', 'Pacific Crest:ORG']);
    expect(labels('retailer Kesko (KESBV.HE) and private bank Wegelin', 'Kesko', 'Wegelin')).toEqual(['Kesko:ORG', 'Wegelin:ORG']);
    expect(labels('said Cowen & Co analyst Matthew Hoffman', 'Cowen', 'Matthew Hoffman')).toEqual(['Cowen:ORG', 'Matthew Hoffman:PER']);
  });

  it('reads any legal suffix after a name as a firm\'s, not "Co-Chairman"', () => {
    expect(labels('said Mitsubishi Jisho SA in a statement', 'Mitsubishi Jisho')).toEqual(['Mitsubishi Jisho:ORG']);
    expect(labels('said Bobby Kotick Co-Chairman of the board', 'Bobby Kotick')).toEqual(['Bobby Kotick:PER']);
  });

  it('reads "and Co" as "& Co", not "and Co-Chairman"', () => {
    expect(labels('said Cowen and Co analyst Jim Friedland', 'Cowen', 'Jim Friedland')).toEqual(['Cowen:ORG', 'Jim Friedland:PER']);
    expect(labels('led by Kotick and Co-Chairman Brian Kelly', 'Kotick', 'Brian Kelly')).toEqual(['Kotick:PER', 'Brian Kelly:PER']);
  });

  it("makes a firm of a one-word name that begins one of the article's company names or that it tags a firm more often", () => {
    const spans: EntitySpan[] = [];
    const text = "Capmark in deal. Capmark Financial Group Inc said. Capmark rose. Foster's fell. Foster's said. Foster's rose. Ma Kai and Ma spoke.";
    const at = (sub: string, label: EntitySpan['label'], from = 0) => {
      const start = text.indexOf(sub, from);
      spans.push({ start, end: start + sub.length, text: sub, label });
      return start;
    };
    at('Capmark', 'PER');
    const full = at('Capmark Financial Group Inc', 'ORG');
    at('Capmark', 'PER', full + 10);
    const f1 = at("Foster's", 'PER');
    const f2 = at("Foster's", 'ORG', f1 + 1);
    at("Foster's", 'ORG', f2 + 1);
    at('Ma Kai', 'ORG');
    at('Ma', 'PER', text.indexOf('and Ma'));
    spans.sort((a, b) => a.start - b.start);
    expect(relabelFirmsNamedLikePeople(text, spans).map((s) => `${s.text}:${s.label}`)).toEqual([
      'Capmark:ORG',
      'Capmark Financial Group Inc:ORG',
      'Capmark:ORG',
      "Foster's:ORG",
      "Foster's:ORG",
      "Foster's:ORG",
      'Ma Kai:ORG',
      'Ma:PER',
    ]);
    // "Dell" beside "Michael Dell" stays his, whatever "Dell Inc" is.
    const dell = 'Michael Dell said Dell Inc rose. Dell smiled.';
    const ds: EntitySpan[] = [
      { start: 0, end: 12, text: 'Michael Dell', label: 'PER' },
      { start: 18, end: 26, text: 'Dell Inc', label: 'ORG' },
      { start: 33, end: 37, text: 'Dell', label: 'PER' },
    ];
    expect(relabelFirmsNamedLikePeople(dell, ds).map((s) => s.label)).toEqual(['PER', 'ORG', 'PER']);
  });

  it('makes a firm of a name before a bare ticker or a legal suffix, not before "U.S."', () => {
    expect(labels("(Reuters) - Jackson Hewitt Tax Service Inc JTX.N said; Australian brewer Foster's FGL.AX rejected", 'Jackson Hewitt Tax Service', 'Foster')).toEqual([
      'Jackson Hewitt Tax Service:ORG',
      'Foster:ORG',
    ]);
    expect(labels("advisers who worked for Allen Stanford's U.S. brokerage", 'Allen Stanford')).toEqual(['Allen Stanford:PER']);
  });

  it('leaves people: a possessive, a role noun, a titled mention', () => {
    expect(labels("the former head of Rupert Murdoch's UK newspaper business", 'Rupert Murdoch')).toEqual(['Rupert Murdoch:PER']);
    expect(labels('hedge fund manager John Paulson said', 'John Paulson')).toEqual(['John Paulson:PER']);
    expect(labels('an analyst at Knight said. Mr. Knight declined.', 'Knight')).toEqual(['Knight:PER', 'Knight:PER']);
  });
});
