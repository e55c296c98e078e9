import { describe, expect, it } from 'vitest';
import { findRoles } from '../../src/extract/roles.js';
import type { CountryMention, PersonRef, Span } from '../../src/extract/types.js';

function person(text: string, name: string): PersonRef {
  const mentions: Span[] = [];
  for (const form of [name, name.split(' ').slice(-1)[0]]) {
    for (const m of text.matchAll(new RegExp(`\\b${form}\\b`, 'g'))) {
      if (mentions.some((x) => m.index! < x.end && m.index! + form.length > x.start)) continue;
      mentions.push({ start: m.index!, end: m.index! + form.length, text: form });
    }
  }
  return { id: name, name, mentions };
}

function countries(text: string, forms: Record<string, string>): CountryMention[] {
  const out: CountryMention[] = [];
  for (const [form, code] of Object.entries(forms)) {
    for (const m of text.matchAll(new RegExp(`(?<![\\w.])${form.replace(/\./g, '\\.')}(?!\\w)`, 'g'))) {
      out.push({ start: m.index!, end: m.index! + form.length, text: form, code, via: 'name' });
    }
  }
  return out;
}

function orgs(text: string, names: string[]): Array<Span & { name: string }> {
  return names.flatMap((n) => [...text.matchAll(new RegExp(n, 'g'))].map((m) => ({ start: m.index!, end: m.index! + n.length, text: n, name: n })));
}

const C = { 'U.S.': 'US', Russian: 'RU', Russia: 'RU', Chinese: 'CN', German: 'DE', Moscow: 'RU' };

describe('findRoles', () => {
  it('U.S. Secretary of State Hillary Clinton', () => {
    const t = '(Reuters) - U.S. Secretary of State Hillary Clinton failed to win pledges.';
    expect(findRoles(t, person(t, 'Hillary Clinton'), { countries: countries(t, C) })).toEqual([{ title: 'Secretary of State', country: 'US' }]);
  });
  it('Russian President Dmitry Medvedev', () => {
    const t = 'Clinton quoted Russian President Dmitry Medvedev as saying sanctions might be inevitable.';
    expect(findRoles(t, person(t, 'Dmitry Medvedev'), { countries: countries(t, C) })).toEqual([{ title: 'President', country: 'RU' }]);
  });
  it('Foreign Minister Sergei Lavrov with Russia only in context: no country', () => {
    const t = 'Clinton visited Russia. But Foreign Minister Sergei Lavrov restated Moscow\'s position.';
    expect(findRoles(t, person(t, 'Sergei Lavrov'), { countries: countries(t, C) })).toEqual([{ title: 'Foreign Minister' }]);
  });
  it("Russia's Foreign Minister Sergei Lavrov", () => {
    const t = "Russia's Foreign Minister Sergei Lavrov said no.";
    expect(findRoles(t, person(t, 'Sergei Lavrov'), { countries: countries(t, C) })).toEqual([{ title: 'Foreign Minister', country: 'RU' }]);
  });
  it("apposition: Sergei Lavrov, Russia's foreign minister,", () => {
    const t = "Sergei Lavrov, Russia's foreign minister, said no.";
    expect(findRoles(t, person(t, 'Sergei Lavrov'), { countries: countries(t, C) })).toEqual([{ title: 'Foreign Minister', country: 'RU' }]);
  });
  it('apposition with organization: Ben Bernanke, chairman of the Federal Reserve', () => {
    const t = 'Ben Bernanke, chairman of the Federal Reserve, said rates would stay low.';
    expect(findRoles(t, person(t, 'Ben Bernanke'), { countries: [], organizations: orgs(t, ['Federal Reserve']) })).toEqual([
      { title: 'Chairman', organization: 'Federal Reserve' },
    ]);
  });
  it('organization before the title: Gazprom chief executive Alexei Miller', () => {
    const t = 'Gazprom chief executive Alexei Miller met Jiang.';
    expect(findRoles(t, person(t, 'Alexei Miller'), { countries: [], organizations: orgs(t, ['Gazprom']) })).toEqual([
      { title: 'Chief Executive', organization: 'Gazprom' },
    ]);
  });
  it('a firm\'s legal suffix before the title is the firm\'s: Walt Disney Co CEO Robert Iger', () => {
    const t = 'Walt Disney Co CEO Robert Iger said on Tuesday.';
    expect(findRoles(t, person(t, 'Robert Iger'), { countries: [], organizations: orgs(t, ['Walt Disney Co']) })).toEqual([
      { title: 'CEO', organization: 'Walt Disney Co' },
    ]);
  });
  it('one role per distinct title and country; a bare repeat folds into the specific one', () => {
    const t = 'German Chancellor Angela Merkel spoke. Later Chancellor Merkel left.';
    expect(findRoles(t, person(t, 'Angela Merkel'), { countries: countries(t, C) })).toEqual([{ title: 'Chancellor', country: 'DE' }]);
  });
  it('honorifics and former titles are not roles', () => {
    const t = 'Mr. Bush spoke. Former President George Bush smiled.';
    expect(findRoles(t, person(t, 'George Bush'), { countries: [] })).toEqual([]);
  });
  it('no title, no role', () => {
    const t = 'Dean Cheng, a China analyst at the Heritage Foundation, said so.';
    expect(findRoles(t, person(t, 'Dean Cheng'), { countries: [] })).toEqual([]);
  });
});
