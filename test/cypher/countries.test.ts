import { describe, it } from 'vitest';
import { articlesOfCountryPairs, countryCooccurrence } from '../../src/read/countries.js';
import { HOSTILE, HOSTILE_VALUES, expectStatements, recordingDb } from './record.js';

const check = (name: string, statements: Parameters<typeof expectStatements>[2]) => expectStatements('countries', name, statements, HOSTILE_VALUES);

describe('countries discussed together: the statements', () => {
  it('countryCooccurrence in a range and topic', async () => {
    const { db, statements } = recordingDb();
    await countryCooccurrence(db, { from: HOSTILE.from, to: HOSTILE.to, topicId: HOSTILE.topicId });
    await check('countryCooccurrence', statements);
  });

  it('articlesOfCountryPairs', async () => {
    const { db, statements } = recordingDb();
    await articlesOfCountryPairs(db, [{ a: HOSTILE.country, b: 'QZ' }], { from: HOSTILE.from, to: null, topicId: HOSTILE.topicId }, 10);
    await check('articlesOfCountryPairs', statements);
  });
});
