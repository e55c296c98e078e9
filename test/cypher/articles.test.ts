import { describe, it } from 'vitest';
import {
  articlesOfEntities,
  getArticles,
  listArticles,
  mentionsOfArticles,
  sharedArticles,
  textsOfArticles,
  topicsOfArticles,
} from '../../src/read/articles.js';
import { encodeCursor } from '../../src/read/page.js';
import type { EntityKind } from '../../src/read/rows.js';
import { luceneQuery } from '../../src/read/search.js';
import { HOSTILE, HOSTILE_VALUES, expectStatements, recordingDb } from './record.js';

const after = encodeCursor({ k: [HOSTILE.from, HOSTILE.otherId] });
const check = (name: string, statements: Parameters<typeof expectStatements>[2], extra: string[] = []) =>
  expectStatements('articles', name, statements, [...HOSTILE_VALUES, ...extra]);

describe('articles: the statements', () => {
  it('getArticles and textsOfArticles by id', async () => {
    const { db, statements } = recordingDb();
    await getArticles(db, [HOSTILE.id]);
    await textsOfArticles(db, [HOSTILE.id]);
    await check('byKey', statements);
  });

  it('mentionsOfArticles of each kind, topicsOfArticles', async () => {
    const { db, statements } = recordingDb();
    for (const kind of ['Person', 'Country', 'Organization'] as const) await mentionsOfArticles(db, kind, [HOSTILE.id]);
    await topicsOfArticles(db, [HOSTILE.id]);
    await check('edges', statements);
  });

  it('listArticles of all, in a range and topic; then the count', async () => {
    const { db, statements } = recordingDb();
    await (await listArticles(db, { from: HOSTILE.from, to: HOSTILE.to, topicId: HOSTILE.topicId, first: 20, after })).totalCount();
    await check('listArticles-all', statements);
  });

  it('listArticles mentioning entities, from the first of them; then the count', async () => {
    const { db, statements } = recordingDb();
    const mentions = [
      { kind: 'Country' as const, id: HOSTILE.country },
      { kind: 'Person' as const, id: HOSTILE.id },
      { kind: 'Topic' as const, id: HOSTILE.topicId },
    ];
    await (await listArticles(db, { mentions, first: 20 })).totalCount();
    await check('listArticles-mentions', statements);
  });

  it('listArticles by title words, from the full-text index', async () => {
    const { db, statements } = recordingDb();
    const titleQuery = luceneQuery('sanctionzz iranzz');
    await (await listArticles(db, { titleQuery, mentions: [{ kind: 'Person', id: HOSTILE.id }], first: 20 })).totalCount();
    await check('listArticles-text', statements, ['sanctionzz', 'iranzz']);
  });

  it('articlesOfEntities of each kind, a page each in one statement; then the counts', async () => {
    const { db, statements } = recordingDb();
    for (const kind of ['Person', 'Country', 'Organization', 'Topic'] as EntityKind[]) {
      const pages = await articlesOfEntities(db, kind, [HOSTILE.id, HOSTILE.otherId], { from: HOSTILE.from, to: HOSTILE.to, first: 5, after });
      await pages[0].totalCount();
    }
    await check('articlesOfEntities', statements);
  });

  it('sharedArticles of pairs of entities of any kinds', async () => {
    const { db, statements } = recordingDb();
    await sharedArticles(
      db,
      [
        [{ kind: 'Person', id: HOSTILE.id }, { kind: 'Country', id: HOSTILE.country }],
        [{ kind: 'Organization', id: HOSTILE.otherId }, { kind: 'Topic', id: HOSTILE.topicId }],
      ],
      { from: HOSTILE.from, to: HOSTILE.to, topicId: null },
      5,
    );
    await check('sharedArticles', statements);
  });
});
