import { describe, it } from 'vitest';
import { coMentionsOf, timelinesOf } from '../../src/read/analytics.js';
import type { EntityKind } from '../../src/read/rows.js';
import { HOSTILE, HOSTILE_VALUES, expectStatements, recordingDb } from './record.js';

const KINDS: EntityKind[] = ['Person', 'Country', 'Organization', 'Topic'];
const check = (name: string, statements: Parameters<typeof expectStatements>[2]) => expectStatements('analytics', name, statements, HOSTILE_VALUES);

describe('co-mentions and timelines: the statements', () => {
  it('coMentionsOf each kind', async () => {
    const { db, statements } = recordingDb();
    for (const kind of KINDS) {
      await coMentionsOf(db, kind, [HOSTILE.id], { kinds: ['Person', 'Topic'], filter: { from: HOSTILE.from, to: HOSTILE.to, topicId: HOSTILE.topicId }, first: 20 });
    }
    await check('coMentionsOf', statements);
  });

  it('timelinesOf each kind, by month', async () => {
    const { db, statements } = recordingDb();
    for (const kind of KINDS) await timelinesOf(db, kind, [HOSTILE.id], { bucket: 'MONTH', from: HOSTILE.from, to: HOSTILE.to, topicId: HOSTILE.topicId });
    await check('timelinesOf', statements);
  });
});
