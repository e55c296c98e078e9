import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { extractorVersion } from '../../src/pipeline/version.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { readSources } from '../../src/ingest/sources.js';
import { freshDb, graphCounts } from './helpers.js';

const seedFile = path.join(repoRoot, 'seeds', '000_a572bf6403c7c660.txt');

describe('ingest into a real Neo4j', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let dir: string;

  beforeEach(async () => {
    await db?.driver.close();
    db = await freshDb();
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-ingest-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  afterAll(async () => {
    await db?.driver.close();
  });

  async function count<T = number>(cypher: string, params: Record<string, unknown> = {}): Promise<T> {
    const session = db.driver.session();
    try {
      return (await session.run(cypher, params)).records[0].get(0);
    } finally {
      await session.close();
    }
  }

  it('a corrected article (same title and date, new body) replaces its mentions and meetings instead of adding to them', async () => {
    const original = await readFile(seedFile, 'utf8');
    await ingest(db, readSources([seedFile]));
    expect(await count("MATCH (:Person {id: 'hillary-clinton'})<-[:WITH]-(m:Meeting) RETURN count(m)")).toBe(2);

    // The correction drops the Barvikha sentence and the Medvedev meeting with it.
    const corrected = original.replace(/Clinton met Medvedev at his Barvikha residence[^\n]*\n/, '');
    const file = path.join(dir, 'corrected.txt');
    await writeFile(file, corrected);
    const summary = await ingest(db, readSources([file]));
    expect(summary).toMatchObject({ read: 1, created: 0, updated: 1, unchanged: 0 });
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(1);
    expect(await count("MATCH (:Person {id: 'hillary-clinton'})<-[:WITH]-(m:Meeting) RETURN count(m)")).toBe(1);
    expect(await count("MATCH (:Person {id: 'dmitry-medvedev'})<-[:WITH]-(m:Meeting) RETURN count(m)")).toBe(0);
    // Mention offsets are those of the new text, not both.
    const offsets = await count<number[]>("MATCH (:Article)-[r:MENTIONS]->(:Person {id: 'hillary-clinton'}) RETURN r.offsets");
    for (let i = 0; i < offsets.length; i += 2) expect(corrected.slice(offsets[i], offsets[i + 1])).toMatch(/Clinton/);
  });

  it('a correction that no longer names someone takes that person out of the graph', async () => {
    const file = path.join(dir, 'kerry.txt');
    const v1 = 'Lavrov meets Kerry\n2013-05-07 10:00:00.0\nRussian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Moscow on Tuesday.\n';
    await writeFile(file, v1);
    await ingest(db, readSources([file]), { workers: 0 });
    expect(await count("MATCH (p:Person {id: 'john-kerry'}) RETURN count(p)")).toBe(1);
    await writeFile(file, v1.replace('John Kerry', 'Hillary Clinton'));
    const summary = await ingest(db, readSources([file]), { workers: 0 });
    expect(summary.updated).toBe(1);
    expect(await count("MATCH (p:Person {id: 'john-kerry'}) RETURN count(p)")).toBe(0);
    expect(await count("MATCH (p:Person {id: 'hillary-clinton'})<-[:MENTIONS]-() RETURN count(p)")).toBe(1);
  });

  it('ingests every good file of a folder mixed with bad ones, naming each refused file and its reason', async () => {
    const good = await readFile(seedFile, 'utf8');
    const files: Record<string, string | Buffer> = {
      'good.txt': good,
      'good-2.txt': good.replace('Clinton fails to win Russia pledge on Iran sanctions', 'Lavrov and Clinton talk arms control'),
      'empty.txt': '',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      'latin1.txt': Buffer.from('Caf\xe9 talks\n2009-10-13 17:23:00.0\nBody text.\n', 'latin1'),
      'no-date.txt': 'A title\nTuesday afternoon\nBody.\n',
      'no-body.txt': 'A title\n2009-10-13 17:23:00.0\n\n',
      'duplicate.txt': good,
    };
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);

    const summary = await ingest(db, readSources([dir, path.join(dir, 'missing.txt')]));
    const reasons = Object.fromEntries(summary.rejected.map((r) => [path.basename(r.source), r.reason]));
    expect(reasons).toEqual({
      'empty.txt': 'empty',
      'binary.txt': 'binary',
      'latin1.txt': 'not-utf8',
      'no-date.txt': 'bad-date',
      'no-body.txt': 'no-body',
      // Files are read in name order: duplicate.txt comes before good.txt and is the one kept.
      'good.txt': 'duplicate',
      'missing.txt': 'unreadable',
    });
    for (const r of summary.rejected) expect(r.message).toContain(r.source);
    expect(summary.created).toBe(2);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(2);
    // Nothing half-written: every article has its mentions.
    expect(await count('MATCH (a:Article) WHERE NOT (a)-[:MENTIONS]->() RETURN count(a)')).toBe(0);
  });

  it('remove takes an article and every edge only it supported, and nothing else', async () => {
    const other = path.join(dir, 'other.txt');
    await writeFile(
      other,
      'Lavrov meets Kerry\n2013-05-07 10:00:00.0\nRussian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Moscow on Tuesday.\n',
    );
    await ingest(db, readSources([other]));
    const before = await graphCounts(db);
    const otherId = await count<string>('MATCH (a:Article) RETURN a.id');
    await ingest(db, readSources([seedFile]));
    const seedId = await count<string>('MATCH (a:Article) WHERE a.id <> $other RETURN a.id', { other: otherId });

    const { removeArticles } = await import('../../src/graph/writer.js');
    const result = await removeArticles(db, [seedId, 'no-such-article']);
    expect(result.removed).toEqual([seedId]);
    expect(await graphCounts(db)).toEqual(before);
    expect(await count("MATCH (p:Person {id: 'hillary-clinton'}) RETURN count(p)")).toBe(0);
    expect(await count("MATCH (p:Person {id: 'sergei-lavrov'})-[:HOLDS]->() RETURN count(p)")).toBe(1);
  });

  it('refuses a file over --max-bytes and still ingests the rest', async () => {
    const summary = await ingest(db, readSources([seedFile]), { maxBytes: 100 });
    expect(summary.rejected.map((r) => r.reason)).toEqual(['too-large']);
    const again = await ingest(db, readSources([seedFile]));
    expect(again.created).toBe(1);
    expect((await graphCounts(db)).nodes).toBeGreaterThan(5);
  });

  it('re-extracts an unchanged article that an older extractor wrote, instead of reporting it unchanged', async () => {
    await ingest(db, readSources([seedFile]), { workers: 0 });
    expect(await ingest(db, readSources([seedFile]), { workers: 0 })).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const before = await graphCounts(db);
    const session = db.driver.session();
    try {
      await session.run("MATCH (a:Article) SET a.extractorVersion = 'an-older-extractor'");
    } finally {
      await session.close();
    }
    const again = await ingest(db, readSources([seedFile]), { workers: 0 });
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(await count('MATCH (a:Article) RETURN a.extractorVersion')).toBe(extractorVersion());
    // Re-extracted by the same extractor: the same graph, written again rather than added to.
    expect(await graphCounts(db)).toEqual(before);
  });
});
