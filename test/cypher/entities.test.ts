import { describe, it } from 'vitest';
import { findPersonIdByName, getCountries, getOrganizations, getPeople, getTopics, listEntities, rolesOfPeople } from '../../src/read/entities.js';
import { foldName } from '../../src/article/names.js';
import { encodeCursor } from '../../src/read/page.js';
import type { EntityKind } from '../../src/read/rows.js';
import { HOSTILE, HOSTILE_VALUES, expectStatements, recordingDb } from './record.js';

const check = (name: string, statements: Parameters<typeof expectStatements>[2], extra: string[] = []) =>
  expectStatements('entities', name, statements, [...HOSTILE_VALUES, ...extra]);

describe('people, countries, organizations, topics: the statements', () => {
  it('by key, and roles of people', async () => {
    const { db, statements } = recordingDb();
    await getPeople(db, [HOSTILE.id]);
    await getCountries(db, [HOSTILE.country]);
    await getOrganizations(db, [HOSTILE.id]);
    await getTopics(db, [HOSTILE.topicId]);
    await getTopics(db, null);
    await rolesOfPeople(db, [HOSTILE.id]);
    await check('byKey', statements);
  });

  it('findPersonIdByName: the folded name and a quoted phrase, as parameters', async () => {
    const { db, statements } = recordingDb();
    await findPersonIdByName(db, HOSTILE.name);
    await check('findPersonIdByName', statements, [foldName(HOSTILE.name)]);
  });

  it('listEntities of each kind, by name, after an offset cursor; then the count', async () => {
    const { db, statements } = recordingDb();
    for (const kind of ['Person', 'Country', 'Organization', 'Topic'] as EntityKind[]) {
      await (await listEntities(db, kind, { nameContains: HOSTILE.name, first: 20, after: encodeCursor({ o: 20 }) })).totalCount();
    }
    await check('listEntities', statements, [HOSTILE.name.toLowerCase()]);
  });
});
