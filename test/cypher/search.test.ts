import { describe, it } from 'vitest';
import { graphVersion } from '../../src/read/cache.js';
import { countAllArticles, search, stats } from '../../src/read/search.js';
import { HOSTILE_VALUES, expectStatements, recordingDb } from './record.js';

const check = (name: string, statements: Parameters<typeof expectStatements>[2], extra: string[] = []) =>
  expectStatements('search', name, statements, [...HOSTILE_VALUES, ...extra]);

const STATS_ROW = {
  articles: 1, people: 2, countries: 3, organizations: 4, topics: 5, meetings: 6, first: null, last: null,
  MENTIONS: 7, ABOUT: 8, REPORTS: 9, WITH: 10, HOLDS: 11,
};

describe('search, stats and the graph version: the statements', () => {
  it('search of any kind, and of some kinds (the index read deeper)', async () => {
    const { db, statements } = recordingDb();
    await search(db, `merkelzz "OR" x'}) //`, 10, null);
    await search(db, 'merkelzz', 10, ['Person', 'Organization']);
    await check('search', statements, ['merkelzz', "x'})"]);
  });

  it('stats, countAllArticles and graphVersion', async () => {
    const { db, statements } = recordingDb((name) => (name === 'stats' ? [STATS_ROW] : name === 'countAllArticles' ? [{ n: 0 }] : []));
    await stats(db);
    await countAllArticles(db);
    await graphVersion(db);
    await check('counts', statements);
  });
});
