import { describe, it } from 'vitest';
import { allMeetingPairs, findMeetings, getMeetings, meetingPairsOf, meetingsOfArticles, meetingsOfPeople, reportsOfMeetings, sharedMeetings } from '../../src/read/meetings.js';
import { encodeCursor } from '../../src/read/page.js';
import { HOSTILE, HOSTILE_VALUES, expectStatements, recordingDb } from './record.js';

const after = encodeCursor({ k: [HOSTILE.from, HOSTILE.otherId] });
const check = (name: string, statements: Parameters<typeof expectStatements>[2]) => expectStatements('meetings', name, statements, HOSTILE_VALUES);

describe('who met whom: the statements', () => {
  it('findMeetings of a person with another, in a range and topic, after a cursor; then its count', async () => {
    const { db, statements } = recordingDb();
    const page = await findMeetings(db, { personId: HOSTILE.id, withPersonId: HOSTILE.otherId, from: HOSTILE.from, to: HOSTILE.to, topicId: HOSTILE.topicId, statuses: ['MET', 'PLANNED'], first: 20, after });
    await page.totalCount();
    await check('findMeetings-person', statements);
  });

  it('findMeetings of everyone, from the date index', async () => {
    const { db, statements } = recordingDb();
    await (await findMeetings(db, { first: 50 })).totalCount();
    await check('findMeetings-all', statements);
  });

  it('meetingsOfPeople: a page per person in one statement, the counts in one more', async () => {
    const { db, statements } = recordingDb();
    const pages = await meetingsOfPeople(db, [HOSTILE.id, HOSTILE.otherId], { withPersonId: null, from: HOSTILE.from, to: null, topicId: HOSTILE.topicId, first: 5, after });
    await Promise.all(pages.map((p) => p.totalCount()));
    await check('meetingsOfPeople', statements);
  });

  it('getMeetings and meetingsOfArticles by key', async () => {
    const { db, statements } = recordingDb();
    await getMeetings(db, [HOSTILE.id]);
    await meetingsOfArticles(db, [HOSTILE.otherId]);
    await check('byKey', statements);
  });

  it('reportsOfMeetings: each meeting\'s first reports, in one statement', async () => {
    const { db, statements } = recordingDb();
    await reportsOfMeetings(db, [HOSTILE.id, HOSTILE.otherId], 5);
    await check('reportsOfMeetings', statements);
  });

  it('sharedMeetings of pairs of people', async () => {
    const { db, statements } = recordingDb();
    await sharedMeetings(db, [[HOSTILE.id, HOSTILE.otherId]], { from: HOSTILE.from, to: HOSTILE.to, topicId: HOSTILE.topicId }, 3);
    await check('sharedMeetings', statements);
  });

  it('meetingPairsOf people, after an offset cursor; then their counts', async () => {
    const { db, statements } = recordingDb();
    const pages = await meetingPairsOf(db, [HOSTILE.id], { from: HOSTILE.from, to: HOSTILE.to, first: 10, after: encodeCursor({ o: 10 }) });
    await pages[0].totalCount();
    await check('meetingPairsOf', statements);
  });

  it('allMeetingPairs in a range; then the count', async () => {
    const { db, statements } = recordingDb();
    await (await allMeetingPairs(db, { from: HOSTILE.from, to: null, first: 10 })).totalCount();
    await check('allMeetingPairs', statements);
  });
});
