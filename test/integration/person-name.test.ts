import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/graphql/server.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { freshDb, gql, startTestServer } from './helpers.js';

function article(source: string, day: number, title: string, body: string) {
  return { source, bytes: Buffer.from(`${title}\n2010-04-${String(day).padStart(2, '0')} 10:00:00.0\n${body}`) };
}
async function* items(...xs: Array<ReturnType<typeof article>>) {
  yield* xs;
}

/** A name that is not a person's full name resolves to the most mentioned person bearing it. */
describe('personName', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let server: RunningServer;
  const partnersOf = async (personName: string) => {
    const res = await gql(server.url, `query ($n: String) { meetings(personName: $n) { nodes { participants { name } } } }`, { n: personName });
    expect(res.errors).toBeUndefined();
    return res.data.meetings.nodes.flatMap((m: any) => m.participants.map((p: any) => p.name)).sort();
  };

  beforeAll(async () => {
    db = await freshDb();
    await ingest(
      db,
      items(
        article('p/1', 1, 'Clinton meets Lavrov in Moscow', 'MOSCOW (Reuters) - U.S. Secretary of State Hillary Clinton met Russian Foreign Minister Sergei Lavrov in Moscow on Tuesday.'),
        article('p/2', 2, 'Clinton visits Kiev', 'KIEV (Reuters) - Hillary Clinton arrived in Kiev on Wednesday for talks on energy.'),
        article('p/3', 3, 'Former president in London', 'LONDON (Reuters) - Former U.S. President Bill Clinton met British Prime Minister Gordon Brown in London on Monday.'),
      ),
      { workers: 0 },
    );
    server = await startTestServer(db);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await db?.driver.close();
  });

  it('takes an exact name as given, and a bare surname as its most mentioned bearer', async () => {
    expect(await partnersOf('Bill Clinton')).toEqual(['Bill Clinton', 'Gordon Brown']);
    expect(await partnersOf('clinton')).toEqual(['Hillary Clinton', 'Sergei Lavrov']);
  });

  it('follows the mentions as the graph grows', async () => {
    await ingest(
      db,
      items(
        article('p/4', 4, 'Bill Clinton in Haiti', 'PORT-AU-PRINCE (Reuters) - Bill Clinton toured Haiti on Thursday.'),
        article('p/5', 5, 'Bill Clinton on aid', 'NEW YORK (Reuters) - Bill Clinton called for more aid on Friday.'),
      ),
      { workers: 0 },
    );
    expect(await partnersOf('Clinton')).toEqual(['Bill Clinton', 'Gordon Brown']);
    expect(await partnersOf('Hillary Clinton')).toEqual(['Hillary Clinton', 'Sergei Lavrov']);
  });

  it('answers a name that matches nobody with NOT_FOUND naming the argument, not an empty list', async () => {
    for (const [field, arg] of [
      ['meetings(personName: "Zbigniew Nobody") { totalCount }', 'personName'],
      ['meetings(personName: "Hillary Clinton", withPersonName: "Zbigniew Nobody") { totalCount }', 'withPersonName'],
      ['meetingPairs(personName: "Zbigniew Nobody") { totalCount }', 'personName'],
    ]) {
      const res = await gql(server.url, `{ ${field} }`);
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: arg });
      expect(res.errors![0].message).toContain('no entity named "Zbigniew Nobody"');
    }
  });
});
