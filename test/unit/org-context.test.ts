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

  it('leaves people: a possessive, a role noun, a titled mention', () => {
    expect(labels("the former head of Rupert Murdoch's UK newspaper business", 'Rupert Murdoch')).toEqual(['Rupert Murdoch:PER']);
    expect(labels('hedge fund manager John Paulson said', 'John Paulson')).toEqual(['John Paulson:PER']);
    expect(labels('an analyst at Knight said. Mr. Knight declined.', 'Knight')).toEqual(['Knight:PER', 'Knight:PER']);
  });
});
