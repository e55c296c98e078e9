import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/contract.js';
import { boundExtraction, MAX_ENTITY_NAME_CHARS } from '../../src/graph/limits.js';
import { toRows } from '../../src/graph/writer.js';
import { parseArticle } from '../../src/article/parse.js';

const long = `X${'q'.repeat(MAX_ENTITY_NAME_CHARS)}`;
const extraction = (): Extraction => ({
  source: 's',
  article: { id: 'a', title: 'T', publishedAt: null },
  people: [
    { id: 'angela-merkel', name: 'Angela Merkel', aliases: ['Merkel', long], roles: [{ title: long }, { title: 'Chancellor', country: 'DE' }], mentions: [] },
    { id: long.toLowerCase(), name: long, aliases: [], roles: [], mentions: [] },
  ],
  countries: [],
  organizations: [
    { id: long.toLowerCase(), name: long, aliases: [], mentions: [] },
    { id: `${long.toLowerCase()}b`, name: `${long}b`, aliases: [], mentions: [] },
    { id: 'nato', name: 'NATO', aliases: [], mentions: [] },
  ],
  topics: [],
  meetings: [{ participants: ['Angela Merkel', long], evidence: { start: 0, end: 1, text: 'x' } }],
});

describe('boundExtraction', () => {
  it('leaves out every name, alias and role over the limit with one note per kind, and keeps the rest', () => {
    const { extraction: x, dropped } = boundExtraction(extraction());
    expect(x.people.map((p) => [p.name, p.aliases, p.roles.map((r) => r.title)])).toEqual([['Angela Merkel', ['Merkel'], ['Chancellor']]]);
    expect(x.organizations.map((o) => o.id)).toEqual(['nato']);
    // A meeting left with one participant is no meeting.
    expect(x.meetings).toEqual([]);
    expect(dropped).toEqual([
      expect.stringMatching(/^person "Xqq.*" \(201 characters\) not kept: names are at most 200 characters$/),
      expect.stringMatching(/^2 organizations not kept, e.g. "Xqq.*"/),
      expect.stringMatching(/^alias "Xqq.*" \(201 characters\) not kept/),
      expect.stringMatching(/^role "Xqq.*" \(201 characters\) not kept/),
    ]);
    expect(boundExtraction(x).dropped).toEqual([]);
  });

  it('the writer applies it too: no row carries an id or name over the limit', () => {
    const article = parseArticle('T\n2010-01-01 00:00:00.0\nbody\n', 's');
    const rows = toRows([{ article, extraction: extraction() }]);
    const strings = [...rows.people, ...rows.organizations, ...rows.roles].flatMap((r) => Object.values(r).flat().filter((v) => typeof v === 'string'));
    expect(Math.max(...strings.map((s) => (s as string).length))).toBeLessThanOrEqual(MAX_ENTITY_NAME_CHARS);
  });
});
