import { describe, expect, it } from 'vitest';
import { resolveOrganizations, restLeavesShortForm } from '../../src/resolve/organizations.js';
import type { Span } from '../../src/extract/types.js';

/** How the Reuters corpus writes these words mid-sentence (data of the tagger's model): 4 nearly always capitalised, 1-2 mostly not. */
const capStat = new Map([
  ['sachs', '4'],
  ['lynch', '4'],
  ['haas', '4'],
  ['stanley', '4'],
  ['motor', '3'],
  ['cars', '1'],
  ['capital', '2'],
  ['securities', '2'],
  ['music', '1'],
  ['standing', '1'],
  ['committee', '2'],
]);

/** ORG spans over every occurrence of the given names, longest first, as the tagger would give them. */
function orgs(text: string, names: string[]) {
  const spans: Span[] = [];
  const taken = new Set<number>();
  for (const n of [...names].sort((a, b) => b.length - a.length))
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length)) {
      if (taken.has(i)) continue;
      spans.push({ start: i, end: i + n.length, text: n });
      for (let k = i; k < i + n.length; k++) taken.add(k);
    }
  return resolveOrganizations(text, spans, [], { capStat }).map((o) => [o.name, o.mentions.length]);
}

describe('a company\'s first word alone, in the article that names it in full', () => {
  it('is the company where the rest is a word of its kind or a name\'s word', () => {
    expect(orgs('Widgetford Motor Co said it would cut jobs. Widgetford shares rose. Widgetford said more.', ['Widgetford Motor Co', 'Widgetford'])).toEqual([
      ['Widgetford Motor Co', 3],
    ]);
    // "Air Lines" and a legal suffix; a name's word ("Sachs"); "&" and a name's word.
    expect(orgs('Zelta Air Lines Inc flies. Zelta said fares rise.', ['Zelta Air Lines Inc', 'Zelta'])).toEqual([['Zelta Air Lines Inc', 2]]);
    expect(orgs('Goldwidget Sachs advised. Goldwidget declined to comment.', ['Goldwidget Sachs', 'Goldwidget'])).toEqual([['Goldwidget Sachs', 2]]);
    expect(orgs('Merrwidget Lynch & Co advised. Merrwidget declined to comment.', ['Merrwidget Lynch & Co', 'Merrwidget'])).toEqual([['Merrwidget Lynch & Co', 2]]);
  });

  it('is not a unit, a product or a branch named after it', () => {
    // The parent beside its unit: two companies ("Volvo" is not "Volvo Cars").
    expect(orgs('Volwidget Cars was sold. Volwidget kept its trucks.', ['Volwidget Cars', 'Volwidget'])).toHaveLength(2);
    expect(orgs('Barwidget Capital led the deal. Barwidget shares fell.', ['Barwidget Capital', 'Barwidget'])).toHaveLength(2);
    expect(orgs('The Politwidget Standing Committee met. The Politwidget approved it.', ['Politwidget Standing Committee', 'Politwidget'])).toHaveLength(2);
    // A country's or a state's branch; a product in capitals; a lower-case word in the name.
    expect(orgs('Pimwidget Japan hired. Pimwidget said more.', ['Pimwidget Japan', 'Pimwidget'])).toHaveLength(2);
    expect(orgs('Conwidget Alaska Inc drills. Conwidget said more.', ['Conwidget Alaska Inc', 'Conwidget'])).toHaveLength(2);
    expect(orgs('Keywidget XL was delayed. Keywidget said more.', ['Keywidget XL', 'Keywidget'])).toHaveLength(2);
    expect(orgs('The Widget of Representatives voted. The Widget said more.', ['Widget of Representatives', 'Widget'])).toHaveLength(2);
  });

  it('leaves the word apart where another of the article\'s names holds it anywhere ("Morgan" of J.P. Morgan beside Morgan Stanley)', () => {
    const text = 'J.P. Widgan Chase & Co gained. Widgan Stanley reports on Thursday. Widgan said its fees rose.';
    expect(orgs(text, ['J.P. Widgan Chase & Co', 'Widgan Stanley', 'Widgan'])).toHaveLength(3);
    // Without the other holder, the first word is Widgan Stanley's.
    expect(orgs('Widgan Stanley reports on Thursday. Widgan said its fees rose.', ['Widgan Stanley', 'Widgan'])).toEqual([['Widgan Stanley', 2]]);
  });

  it('joins only where exactly one of the article\'s names begins with it', () => {
    const text = 'Widgetco Motor Co and Widgetco Electric Co both grew. Widgetco said more.';
    expect(orgs(text, ['Widgetco Motor Co', 'Widgetco Electric Co', 'Widgetco'])).toHaveLength(3);
  });
});

describe('restLeavesShortForm', () => {
  it('reads the words after the first', () => {
    expect(restLeavesShortForm('Ford Motor', capStat)).toBe(true);
    expect(restLeavesShortForm('Rohm and Haas', capStat)).toBe(true);
    // A word too rare for the corpus's statistics is not known to be a name's word ("Socialist" is not "Socialist Workers").
    expect(restLeavesShortForm('Spirit Aerosystems', capStat)).toBe(false);
    expect(restLeavesShortForm('Spirit Aerosystems', new Map([['aerosystems', '4']]))).toBe(true);
    expect(restLeavesShortForm('Ford', capStat)).toBe(false);
    expect(restLeavesShortForm('Nomura Securities', capStat)).toBe(false);
    expect(restLeavesShortForm('MySpace Music', capStat)).toBe(false);
    // "and" last is no joining word; a word in capitals throughout is no name's word.
    expect(restLeavesShortForm('Widget and', capStat)).toBe(false);
    expect(restLeavesShortForm('Widget &', capStat)).toBe(false);
    // A unit's word (unitWords) never joins, whatever the corpus says of it.
    expect(restLeavesShortForm('Widget Capital', new Map([['capital', '4']]))).toBe(false);
    expect(restLeavesShortForm('Philips LCD', capStat)).toBe(false);
  });
});
