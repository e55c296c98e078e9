import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { extractArticle } from '../../src/pipeline/extract.js';

// The hard cases of the seed article, each checked against the whole pipeline.
const file = new URL('../../seeds/000_a572bf6403c7c660.txt', import.meta.url);
const text = readFileSync(file, 'utf8');
const x = extractArticle(parseArticle(text, 'seeds/000_a572bf6403c7c660.txt'));
const person = (name: string) => x.people.find((p) => p.name === name);
const country = (code: string) => x.countries.find((c) => c.code === code);

describe('extraction of the seed article', () => {
  it('strips titles to canonical names and resolves surname-only mentions to them', () => {
    expect(x.people.map((p) => p.name).sort()).toEqual(
      ['Barack Obama', 'Dmitry Medvedev', 'George W. Bush', 'Hillary Clinton', 'Sergei Lavrov', 'Vladimir Putin'].sort(),
    );
    const lavrov = person('Sergei Lavrov')!;
    expect(lavrov.mentions.map((m) => m.text)).toEqual(['Sergei Lavrov', 'Lavrov', 'Lavrov']);
    // "Clinton" in the headline and every later "Clinton" is Hillary Clinton.
    const clinton = person('Hillary Clinton')!;
    expect(clinton.mentions[0]).toMatchObject({ start: 0, text: 'Clinton' });
    expect(clinton.mentions.filter((m) => m.text === 'Clinton').length).toBeGreaterThanOrEqual(7);
    for (const p of x.people) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads roles from the titles before names', () => {
    expect(person('Hillary Clinton')!.roles).toContainEqual({ title: 'Secretary of State', country: 'US' });
    expect(person('Dmitry Medvedev')!.roles).toContainEqual({ title: 'President', country: 'RU' });
    expect(person('Sergei Lavrov')!.roles.map((r) => r.title)).toContain('Foreign Minister');
  });

  it('finds countries by name, abbreviation, demonym, capital and metonym, saying which', () => {
    const via = (code: string) => new Set(country(code)!.mentions.map((m) => m.via));
    expect(x.countries.map((c) => c.code).sort()).toEqual(['AF', 'AM', 'CN', 'IR', 'RU', 'TR', 'US']);
    expect(via('US')).toEqual(new Set(['abbreviation', 'name']));
    expect(via('RU')).toEqual(new Set(['name', 'demonym', 'capital', 'metonym']));
    expect(country('RU')!.mentions.find((m) => m.via === 'metonym')!.text).toBe('Kremlin');
    // "the Islamic Republic" is Iran here, because the article names Iran.
    expect(country('IR')!.mentions.some((m) => m.via === 'metonym' && /Islamic Republic/.test(m.text))).toBe(true);
  });

  it('leaves the journalist of the credit line out', () => {
    expect(JSON.stringify(x.people)).not.toContain('Sweeney');
  });

  it('reports the news conference and the Barvikha meeting, not the denied meeting with Putin', () => {
    const pairs = x.meetings.map((m) => [...m.participants].sort().join(' + '));
    expect(pairs.sort()).toEqual(['Dmitry Medvedev + Hillary Clinton', 'Hillary Clinton + Sergei Lavrov']);
    const lavrov = x.meetings.find((m) => m.participants.includes('Sergei Lavrov'))!;
    // Either sentence that states their contact is evidence: the news conference they gave together, or the
    // discussions Clinton praised (the model's surest candidate decides; a retrain may pick the other).
    expect([
      'But Foreign Minister Sergei Lavrov restated at a news conference with Clinton',
      'Clinton praised "very comprehensive and productive" discussions with Lavrov',
    ].some((s) => lavrov.evidence.text.startsWith(s))).toBe(true);
    expect(text.slice(lavrov.evidence.start, lavrov.evidence.end)).toBe(lavrov.evidence.text);
  });

  it('names the organizations, the State Department without its country and the U.N. by its full name', () => {
    expect(x.organizations.map((o) => o.name).sort()).toEqual(expect.arrayContaining(['Boeing', 'State Department', 'United Nations']));
  });

  it('says what the article is about', () => {
    // Sanctions on Iran first, the talks and arms control beside them. Iran's nuclear programme is their reason, named
    // once: the model learnt from 8,440 labelled articles scored it 0.36 (just over the threshold), the one learnt from
    // 14,965 leaves it under, so it is not asserted either way.
    expect(x.topics[0]).toMatchObject({ id: 'sanctions', main: true });
    expect(x.topics.map((t) => t.id)).toEqual(expect.arrayContaining(['sanctions', 'diplomacy', 'arms-control']));
  });
});
