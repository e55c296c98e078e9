import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/graphql/server.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { removeArticles } from '../../src/ingest/remove.js';
import { freshDb, gql, startTestServer } from './helpers.js';

function article(source: string, date: string, title: string, body: string) {
  return { source, bytes: Buffer.from(`${title}\n${date} 10:00:00.0\n${body}`) };
}
async function* items(...xs: Array<ReturnType<typeof article>>) {
  yield* xs;
}

// The same meeting in two wordings, published a day apart; a third article is a different meeting of the same two.
const FIRST = article(
  'e/1',
  '2009-10-13',
  'Clinton meets Medvedev',
  'MOSCOW (Reuters) - U.S. Secretary of State Hillary Clinton met Russian President Dmitry Medvedev at his Barvikha residence outside Moscow on Tuesday. They discussed Iran.',
);
const SECOND = article(
  'e/2',
  '2009-10-14',
  'Clinton leaves Russia',
  'KAZAN, Russia (Reuters) - Hillary Clinton, who held talks with Dmitry Medvedev in Moscow on Tuesday, flew to Kazan on Wednesday.',
);
const LATER = article(
  'e/3',
  '2010-03-19',
  'Clinton and Medvedev again',
  'MOSCOW (Reuters) - Hillary Clinton met Dmitry Medvedev in Moscow on Friday to discuss a new arms treaty.',
);
const PLANNED = article(
  'e/4',
  '2010-05-02',
  'Clinton to see Lavrov',
  'WASHINGTON (Reuters) - Hillary Clinton will meet Russian Foreign Minister Sergei Lavrov next week in Washington, her spokesman said on Sunday.',
);

const MEETINGS = `query ($name: String, $status: [MeetingStatus!]) {
  meetings(personName: $name, status: $status) {
    totalCount
    nodes {
      id status date dateSource place { name country { code } } reportCount articleCount
      participants { id }
      reports { article { id title } evidence { text } day dateSource dateText }
    }
  }
}`;

describe('meetings as events', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let server: RunningServer;
  const meetingsOf = async (name: string, status?: string[]) => {
    const res = await gql(server.url, MEETINGS, { name, status });
    expect(res.errors).toBeUndefined();
    return res.data.meetings;
  };

  beforeAll(async () => {
    db = await freshDb();
    await ingest(db, items(FIRST, SECOND, LATER, PLANNED), { workers: 0 });
    server = await startTestServer(db);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await db?.driver.close();
  });

  it('merges two reports of one meeting into one event, dated and placed from the text', async () => {
    const m = await meetingsOf('Dmitry Medvedev');
    expect(m.totalCount).toBe(2);
    const [spring, october] = m.nodes;
    expect(october).toMatchObject({ status: 'MET', date: '2009-10-13T00:00:00.000Z', dateSource: 'TEXT', reportCount: 2, articleCount: 2 });
    expect(october.participants.map((p: any) => p.id).sort()).toEqual(['dmitry-medvedev', 'hillary-clinton']);
    expect(october.place.country?.code).toBe('RU');
    expect(october.reports.map((r: any) => r.article.title)).toEqual(['Clinton meets Medvedev', 'Clinton leaves Russia']);
    expect(october.reports.every((r: any) => r.day === '2009-10-13' && r.dateSource === 'TEXT')).toBe(true);
    // Five months later is another meeting of the same two.
    expect(spring).toMatchObject({ date: '2010-03-19T00:00:00.000Z', reportCount: 1 });
    expect(spring.id).not.toBe(october.id);
  });

  it('counts events, not reports, in meetingPairs, with the reports beside', async () => {
    const res = await gql(server.url, `{ meetingPairs(personName: "Dmitry Medvedev") { nodes { b { id } meetingCount reportCount articleCount } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.meetingPairs.nodes).toEqual([{ b: { id: 'hillary-clinton' }, meetingCount: 2, reportCount: 3, articleCount: 3 }]);
  });

  it('lists planned contacts only when asked, never as meetings', async () => {
    expect((await meetingsOf('Sergei Lavrov')).totalCount).toBe(0);
    const planned = await meetingsOf('Sergei Lavrov', ['PLANNED', 'NEGATED', 'REMOTE']);
    expect(planned.nodes.map((n: any) => n.status)).toEqual(['PLANNED']);
    expect(planned.nodes[0].dateSource).toBe('PUBLISHED');
    const paths = await gql(server.url, `{ paths(source: {kind: PERSON, id: "sergei-lavrov"}, target: {kind: PERSON, id: "hillary-clinton"}, maxHops: 1) { paths { hops { meetings { id } articles { id } } } } }`);
    // A planned contact is no hop of a path; the article that mentions both is.
    expect(paths.errors).toBeUndefined();
    const hops = paths.data.paths.paths.flatMap((p: any) => p.hops);
    expect(hops.flatMap((h: any) => h.meetings)).toEqual([]);
    expect(hops.flatMap((h: any) => h.articles).length).toBeGreaterThan(0);
  });

  it('keeps event ids when the same articles are ingested again, and drops a report with its article', async () => {
    const before = (await meetingsOf('Dmitry Medvedev')).nodes.map((n: any) => n.id);
    const again = await ingest(db, items(FIRST, SECOND, LATER, PLANNED), { workers: 0 });
    expect(again.unchanged).toBe(4);
    expect((await meetingsOf('Dmitry Medvedev')).nodes.map((n: any) => n.id)).toEqual(before);

    const firstId = (await meetingsOf('Dmitry Medvedev')).nodes[1].reports[0].article.id;
    await removeArticles(db, [firstId]);
    const after = await meetingsOf('Dmitry Medvedev');
    expect(after.nodes[1]).toMatchObject({ id: before[1], reportCount: 1, date: '2009-10-13T00:00:00.000Z' });
    expect(after.nodes[1].reports.map((r: any) => r.article.title)).toEqual(['Clinton leaves Russia']);

    // The last report gone, the event goes.
    await removeArticles(db, [after.nodes[1].reports[0].article.id]);
    const left = await meetingsOf('Dmitry Medvedev');
    expect(left.nodes.map((n: any) => n.id)).toEqual([before[0]]);
  });
});
