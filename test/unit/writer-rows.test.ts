import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { clusterReports, meetingEventId } from '../../src/graph/meetings.js';
import { toRows } from '../../src/graph/writer.js';
import { luceneQuery } from '../../src/read/search.js';

describe('writer rows', () => {
  const article = parseArticle('T\n2009-10-13 17:23:00.0\nClinton met Medvedev.', 'a.txt');
  const extraction = {
    source: 'a.txt',
    article: { id: article.id, title: 'T', publishedAt: article.publishedAt },
    people: [
      { id: 'hillary-clinton', name: 'Hillary Clinton', aliases: ['Clinton'], roles: [{ title: 'Secretary of State', country: 'US' }], mentions: [{ start: 24, end: 31, text: 'Clinton' }] },
      { id: 'dmitry-medvedev', name: 'Dmitry Medvedev', aliases: [], roles: [], mentions: [{ start: 36, end: 44, text: 'Medvedev' }] },
    ],
    countries: [],
    organizations: [],
    topics: [],
    meetings: [
      { participants: ['Hillary Clinton', 'Dmitry Medvedev'], evidence: { start: 24, end: 45, text: 'Clinton met Medvedev.' } },
      { participants: ['Hillary Clinton', 'Somebody Unknown'], evidence: { start: 24, end: 45, text: 'x' } },
    ],
  };

  it('flattens offsets and keys meeting events stably, dropping pairs with an unknown participant', () => {
    const rows = toRows([{ article, extraction }]);
    expect(rows.people[0]).toMatchObject({ articleId: article.id, id: 'hillary-clinton', nameKey: 'hillary clinton', count: 1, offsets: [24, 31] });
    expect(rows.roles).toEqual([{ articleId: article.id, personId: 'hillary-clinton', title: 'Secretary of State', kind: 'Country', key: 'US', date: article.publishedAt }]);
    expect(rows.meetings).toHaveLength(1);
    // A role's organization is the one the article mentions, by its id, not a new node named after it.
    const withOrg = toRows([
      {
        article,
        extraction: {
          ...extraction,
          organizations: [{ id: 'ecb', name: 'European Central Bank', aliases: ['ECB'], mentions: [] }],
          people: [{ ...extraction.people[0], roles: [{ title: 'President', organization: 'European Central Bank' }] }],
        },
      },
    ]);
    expect(withOrg.roles).toEqual([expect.objectContaining({ kind: 'Organization', key: 'ecb' })]);
    // Without a day in the text, the meeting is dated by the article's day and marked so; its id is the event's.
    expect(rows.meetings[0]).toMatchObject({ status: 'MET', participantIds: ['dmitry-medvedev', 'hillary-clinton'], day: '2009-10-13', dateSource: 'PUBLISHED', start: 24, end: 45, placeName: null });
    expect(clusterReports(rows.meetings)[0].id).toBe(meetingEventId('MET', ['hillary-clinton', 'dmitry-medvedev'], '2009-10-13', null));
  });
});

describe('luceneQuery', () => {
  it('escapes Lucene syntax so user text can only be words', () => {
    expect(luceneQuery('Clinton')).toBe('(clinton^3 OR clinton* OR clinton~)');
    expect(luceneQuery('name:"x" OR (y)~ AND')).toBe('(name^3 OR name* OR name~) AND (x^3 OR x*) AND (y^3 OR y*)');
    expect(luceneQuery('  *?\\ ')).toBeNull();
  });
});
