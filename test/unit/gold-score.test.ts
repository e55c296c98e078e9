import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/contract.js';
import { scoreArticle, totals } from '../../src/eval/gold.js';

const extraction = (over: Partial<Extraction>): Extraction => ({
  source: 'x',
  article: { id: 'a', title: 't', publishedAt: null },
  people: [],
  countries: [],
  organizations: [],
  topics: [],
  meetings: [],
  ...over,
});
const person = (name: string) => ({ id: name, name, aliases: [], roles: [], mentions: [] });

describe('gold scoring', () => {
  it('matches names folded for case, accents, dots and hyphens, and any listed spelling', () => {
    const x = extraction({ people: [person('dmitri medvedev'), person('George W Bush'), person('Nobody Here')] });
    const s = scoreArticle('a', x, {
      people: [['Dmitry Medvedev', 'Dmitri Medvedev'], ['George W. Bush', 'George Bush'], 'José Manuel Barroso'],
      countries: [],
      organizations: [],
      meetings: [],
      not_meetings: [],
    });
    expect(s.counts.people).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(s.misses.people).toEqual(['jose manuel barroso']);
  });

  it('scores meetings as unordered pairs and counts a reported not_meeting as a false positive', () => {
    const x = extraction({
      people: [person('Hillary Clinton'), person('Sergei Lavrov'), person('Vladimir Putin')],
      meetings: [
        { participants: ['Sergei Lavrov', 'Hillary Clinton'], evidence: { start: 0, end: 1, text: '' } },
        { participants: ['Hillary Clinton', 'Vladimir Putin'], evidence: { start: 0, end: 1, text: '' } },
      ],
    });
    const s = scoreArticle('a', x, {
      people: ['Hillary Clinton', 'Sergei Lavrov', 'Vladimir Putin', 'Dmitry Medvedev'],
      countries: [],
      organizations: [],
      meetings: [['Hillary Clinton', 'Sergei Lavrov'], ['Hillary Clinton', 'Dmitry Medvedev']],
      not_meetings: [['Hillary Clinton', 'Vladimir Putin']],
    });
    expect(s.counts.meetings).toEqual({ tp: 1, fp: 1, fn: 1 });
    const t = totals([s]);
    expect(t.meetings.precision).toBe(0.5);
    expect(t.meetings.f1).toBe(0.5);
  });

  it("matches an organization by a spelling the article used for it when its name is not the gold's, one to one", () => {
    const org = (name: string, aliases: string[] = []) => ({ id: name, name, aliases, mentions: [] });
    const x = extraction({
      organizations: [
        org('Securities and Exchange Commission', ['U.S. Securities and Exchange Commission', 'SEC']),
        // A second, differently named prediction with the same spelling finds no entry left: a false alarm
        // (only a second prediction under the gold's own name is excused).
        org('SEC Enforcement', ['U.S. Securities and Exchange Commission']),
        org('Federal Reserve', ['Fed']),
        org('Acme Widgets', ['Acme']),
      ],
    });
    const s = scoreArticle('a', x, {
      people: [],
      countries: [],
      organizations: ['U.S. Securities and Exchange Commission', ['Federal Reserve', 'Fed'], 'Widget Makers Union'],
      meetings: [],
      not_meetings: [],
    });
    expect(s.counts.organizations).toEqual({ tp: 2, fp: 2, fn: 1 });
    expect(s.falseAlarms.organizations).toEqual(['sec enforcement', 'acme widgets']);
    expect(s.misses.organizations).toEqual(['widget makers union']);
  });
});
