import { execFileSync, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, truncate, appendFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { create } from 'tar';
import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { createDriver, type Db } from '../../src/graph/driver.js';
import { MAX_ENTITY_NAME_CHARS } from '../../src/graph/limits.js';
import { ensureSchema } from '../../src/graph/schema.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { readSources } from '../../src/ingest/sources.js';
import { freshDb, gql, startTestServer, testConfig } from './helpers.js';

/**
 * The ingest side of an attack on the service (issue 17): inputs a hostile or careless user gives
 * `newsgraph ingest` and `ingestArticles`, by class. Each test asserts the documented behaviour (the
 * bad input named with its reason, README "Ingest limits") and that every good article landed exactly
 * once: counted as Article nodes by id in the test database.
 */

const good = (n: number, extra = '') =>
  `Ministers meet in round ${n}\n2011-08-${String(10 + n).padStart(2, '0')} 14:00:00.0\nGerman Chancellor Angela Merkel met French President Nicolas Sarkozy in Paris on Tuesday, round ${n}.${extra}\n`;
/** One capitalised token of 8,300 characters: the tagger takes it for an organization, whose id was too long for Neo4j's index. */
const POISON_TOKEN = `X${'q'.repeat(8300)}`;
const poison = (n: number) => `Company news ${n}\n2011-09-0${n} 10:00:00.0\nShares of ${POISON_TOKEN} Inc rose on Monday after Angela Merkel visited its plant in Berlin.\n`;

type Summary = Awaited<ReturnType<typeof ingest>>;

/** `newsgraph ingest` as a user runs it, against the test database; `uid` runs it as that user (root can read anything). */
function cli(args: string[], opts: { uid?: number; timeoutMs?: number } = {}) {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'newsgraph.mjs'), 'ingest', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'silent', HOME: os.tmpdir() },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(opts.uid === undefined ? {} : { uid: opts.uid, gid: opts.uid }),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  // "Never hang": a run that does not end in time is killed and fails the test by its signal.
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 100_000);
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    }),
  );
}

describe('abuse: ingest', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let dir: string;

  beforeEach(async () => {
    await db?.driver.close();
    db = await freshDb();
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-abuse-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  afterAll(async () => {
    await db?.driver.close();
  });

  async function run<T = unknown>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const session = db.driver.session();
    try {
      return (await session.run(cypher, params)).records.map((r) => r.get(0) as T);
    } finally {
      await session.close();
    }
  }
  /** How many Article nodes hold each of these titles (0 when missing, 2 when written twice). */
  const copiesByTitle = async (titles: string[]) => run<number>('UNWIND $titles AS t RETURN COUNT { (a:Article {title: t}) }', { titles });
  const articleCount = async () => (await run<number>('MATCH (a:Article) RETURN count(a)'))[0];
  const titleOf = (text: string) => text.split('\n')[0];
  const reasons = (s: Summary) => s.rejected.map((r) => [path.basename(r.source), r.reason]);

  async function files(entries: Record<string, string | Buffer>, under = dir): Promise<string> {
    await mkdir(under, { recursive: true });
    for (const [name, content] of Object.entries(entries)) await writeFile(path.join(under, name), content);
    return under;
  }

  describe('oversized tokens and ids', () => {
    it('an 8,300-character capitalised token does not sink its batch: the article lands without that entity, with a note, and so do the rest', async () => {
      const texts = [good(1), poison(1), good(2), good(3)];
      const folder = await files({ 'a.txt': texts[0], 'b.txt': texts[1], 'c.txt': texts[2], 'd.txt': texts[3] });
      const dry = await ingest(null, readSources([folder]), { dryRun: true, workers: 0 });
      const summary = await ingest(db, readSources([folder]), { workers: 0 });
      // The dry run says what the write does.
      expect(dry.created).toBe(4);
      expect(summary).toMatchObject({ read: 4, created: 4, rejected: [] });
      expect(summary.notes).toHaveLength(1);
      expect(summary.notes[0].message).toMatch(/b\.txt: organization "Xqqq.*" \(\d+ characters\) not kept: names are at most 200 characters/);
      expect(await copiesByTitle(texts.map(titleOf))).toEqual([1, 1, 1, 1]);
      const longest = await run<number>('MATCH (n) WHERE n:Person OR n:Organization RETURN max(size(n.id))');
      expect(longest[0]).toBeLessThanOrEqual(MAX_ENTITY_NAME_CHARS);
      // Merkel from the poison article is still linked to it.
      expect(await run<number>("MATCH (:Article {title: 'Company news 1'})-[:MENTIONS]->(p:Person {id: 'angela-merkel'}) RETURN count(p)")).toEqual([1]);
      // A re-run changes nothing.
      expect(await ingest(db, readSources([folder]), { workers: 0 })).toMatchObject({ unchanged: 4, rejected: [] });
    });

    it('a title over 1000 characters is refused as title-too-long and the rest land', async () => {
      const long = `${'Long headline '.repeat(80)}\n2011-08-20 10:00:00.0\nBody of the long one.\n`;
      const folder = await files({ 'a.txt': good(1), 'b.txt': long, 'c.txt': good(2) });
      const dry = await ingest(null, readSources([folder]), { dryRun: true, workers: 0 });
      const summary = await ingest(db, readSources([folder]), { workers: 0 });
      expect(reasons(dry)).toEqual([['b.txt', 'title-too-long']]);
      expect(reasons(summary)).toEqual([['b.txt', 'title-too-long']]);
      expect(summary.rejected[0].message).toMatch(/the title has 1119 characters; at most 1000/);
      expect(await copiesByTitle([titleOf(good(1)), titleOf(good(2))])).toEqual([1, 1]);
      expect(await articleCount()).toBe(2);
    });

    it('any database error on a batch (here a DatabaseError: a value too large for an index) is split down to its article; the batch and what follows land', async () => {
      // An index the database keeps that the pipeline knows nothing of: Neo4j refuses a text over ~8 KB with a DatabaseError.
      await run('CREATE INDEX abuse_article_text IF NOT EXISTS FOR (a:Article) ON (a.text)');
      await run('CALL db.awaitIndexes(60)');
      try {
        const texts = Array.from({ length: 7 }, (_, i) => good(i + 1));
        texts.splice(3, 0, good(9, ` ${'padding '.repeat(1200)}`));
        const folder = await files(Object.fromEntries(texts.map((t, i) => [`${i}.txt`, t])));
        const rejects = path.join(dir, 'rejects.jsonl');
        const summary = await ingest(db, readSources([folder]), { workers: 0, batchSize: 100 });
        expect(summary).toMatchObject({ read: 8, created: 7 });
        expect(reasons(summary)).toEqual([['3.txt', 'write-failed']]);
        expect(summary.rejected[0].message).toMatch(/write-failed: Neo\.DatabaseError\.\S+: Property value is too large to index/);
        const landed = texts.filter((_, i) => i !== 3);
        expect(await copiesByTitle(landed.map(titleOf))).toEqual(landed.map(() => 1));
        expect(await articleCount()).toBe(7);

        // The command: a summary naming it, --rejects holding it, exit 1; a re-run writes nothing twice.
        const res = await cli([folder, '--rejects', rejects]);
        expect(res.code).toBe(1);
        expect(res.stdout).toMatch(/read 8, ingested 0 \(new 0, updated 0\), unchanged 7, rejected 1/);
        expect(res.stdout).toMatch(/rejected .*3\.txt: write-failed: Neo\.DatabaseError/);
        const lines = (await readFile(rejects, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
        expect(lines).toEqual([expect.objectContaining({ source: path.join(folder, '3.txt'), reason: 'write-failed' })]);
        expect(await articleCount()).toBe(7);
      } finally {
        await run('DROP INDEX abuse_article_text IF EXISTS');
      }
    });

    it('ingestArticles: 3 good + 1 the database refuses → a result per article, the good ones written; a poison token → written with a note', async () => {
      const KEY = 'abuse-key-0123456789abcdef';
      const INGEST = `mutation ($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) { created rejected results { index status reason message } } }`;
      const auth = { authorization: `Bearer ${KEY}` };
      const item = (n: number, body: string) => ({ title: `Mutation article ${n}`, publishedAt: `2011-08-1${n}T10:00:00Z`, body, source: `feed/${n}` });
      const server = await startTestServer(db, { apiKey: KEY });
      try {
        await run('CREATE INDEX abuse_article_text IF NOT EXISTS FOR (a:Article) ON (a.text)');
        await run('CALL db.awaitIndexes(60)');
        const res = await gql(
          server.url,
          INGEST,
          {
            articles: [
              item(1, 'Angela Merkel met Nicolas Sarkozy in Paris on Tuesday.'),
              item(2, `Angela Merkel met Nicolas Sarkozy in Paris. ${'padding '.repeat(1200)}`),
              item(3, 'Barack Obama met Vladimir Putin in Moscow on Tuesday.'),
              item(4, 'Hillary Clinton met Sergei Lavrov in Moscow on Tuesday.'),
            ],
          },
          auth,
        );
        expect(res.errors).toBeUndefined();
        expect(res.data.ingestArticles).toMatchObject({ created: 3, rejected: 1 });
        expect(res.data.ingestArticles.results.map((x: any) => [x.index, x.status, x.reason])).toEqual([
          [0, 'CREATED', null],
          [1, 'REJECTED', 'write-failed'],
          [2, 'CREATED', null],
          [3, 'CREATED', null],
        ]);
        await run('DROP INDEX abuse_article_text IF EXISTS');

        const poisoned = await gql(
          server.url,
          INGEST,
          { articles: [item(5, `Shares of ${POISON_TOKEN} Inc rose after Angela Merkel visited.`), item(6, 'Angela Merkel met Barack Obama in Berlin.')] },
          auth,
        );
        expect(poisoned.errors).toBeUndefined();
        expect(poisoned.data.ingestArticles.results.map((x: any) => [x.index, x.status, x.reason])).toEqual([
          [0, 'CREATED', null],
          [1, 'CREATED', null],
        ]);
        expect(poisoned.data.ingestArticles.results[0].message).toMatch(/organization "Xqqq.*" \(\d+ characters\) not kept/);
        expect(await copiesByTitle([1, 2, 3, 4, 5, 6].map((n) => `Mutation article ${n}`))).toEqual([1, 0, 1, 1, 1, 1]);
      } finally {
        await server.close();
        await run('DROP INDEX abuse_article_text IF EXISTS');
      }
    });
  });

  describe('truncated and hostile archives', () => {
    async function archive(name: string, entries: Record<string, string | Buffer>): Promise<string> {
      const src = await files(entries, path.join(dir, `${name}-src`));
      const file = path.join(dir, `${name}.tar.gz`);
      await create({ gzip: true, file, cwd: src, portable: true }, Object.keys(entries));
      return file;
    }

    it('an entry over --max-bytes that compresses a thousandfold is refused by size and the entries after it are read', async () => {
      const file = await archive('bomb', { 'a.txt': good(1), 'b.txt': Buffer.alloc(64 * 1024 * 1024, 'A'), 'c.txt': good(2) });
      const summary = await ingest(db, readSources([file], { maxBytes: 1024 * 1024 }), { workers: 0, maxBytes: 1024 * 1024 });
      expect(reasons(summary)).toEqual([['bomb.tar.gz:b.txt', 'too-large']]);
      expect(await copiesByTitle([titleOf(good(1)), titleOf(good(2))])).toEqual([1, 1]);
      expect(await articleCount()).toBe(2);
    });

    it('an archive cut inside an entry: the entries before it land, the cut one and the archive are reported truncated, no half article is stored', async () => {
      // Incompressible bodies, so a cut in the compressed bytes falls inside an entry.
      const noise = (n: number) => Buffer.from(Array.from({ length: 6000 }, (_, i) => ((i * 7919 + n * 104729) % 2147483647).toString(36)).join(' '));
      const texts = [good(1, ` ${noise(1)}`), good(2, ` ${noise(2)}`), good(3, ` ${noise(3)}`)];
      const whole = await archive('cut', { 'a.txt': texts[0], 'b.txt': texts[1], 'c.txt': texts[2] });
      const bytes = await readFile(whole);
      const file = path.join(dir, 'cut-short.tar.gz');
      await writeFile(file, bytes.subarray(0, Math.floor(bytes.length * 0.55)));
      const summary = await ingest(db, readSources([file]), { workers: 0 });
      const landed = (await copiesByTitle(texts.map(titleOf))).map(Boolean);
      // Whatever landed is whole, exactly once; what did not is reported truncated, and so is the archive.
      expect(landed[0]).toBe(true);
      expect(landed[2]).toBe(false);
      const cutEntry = landed[1] ? 'cut-short.tar.gz:c.txt' : 'cut-short.tar.gz:b.txt';
      expect(reasons(summary)).toEqual([
        [cutEntry, 'truncated'],
        ['cut-short.tar.gz', 'truncated'],
      ]);
      expect(summary.rejected[0].message).toMatch(/the archive ends inside this entry \(\d+ of \d+ bytes\)/);
      const stored = await run<string>('MATCH (a:Article) RETURN a.text');
      for (const text of stored) expect(texts).toContain(text);
      expect(await copiesByTitle(texts.map(titleOf))).toEqual(landed.map((l) => (l ? 1 : 0)));
    });

    it('an archive cut inside a header (gzip whole, tar cut) is reported, not accepted silently; the complete entries land', async () => {
      const whole = await archive('hdr', { 'a.txt': good(1), 'b.txt': good(2) });
      const tar = gunzipSync(await readFile(whole));
      // The second entry's header starts after the first's header and padded body.
      const secondHeader = 512 + Math.ceil(Buffer.byteLength(good(1)) / 512) * 512;
      const file = path.join(dir, 'hdr-cut.tar.gz');
      await writeFile(file, gzipSync(tar.subarray(0, secondHeader + 100)));
      const summary = await ingest(db, readSources([file]), { workers: 0 });
      expect(reasons(summary)).toEqual([['hdr-cut.tar.gz', 'truncated']]);
      expect(await copiesByTitle([titleOf(good(1)), titleOf(good(2))])).toEqual([1, 0]);
    });

    it('garbage named .tar.gz is reported and the next input is read', async () => {
      const folder = await files({ 'a.tar.gz': Buffer.from('not an archive at all'), 'b.txt': good(1) });
      const summary = await ingest(db, readSources([folder]), { workers: 0 });
      expect(reasons(summary)).toEqual([['a.tar.gz', 'unreadable']]);
      expect(summary.rejected[0].message).toMatch(/a\.tar\.gz: unreadable: cannot read the archive: not a gzip stream/);
      expect(await copiesByTitle([titleOf(good(1))])).toEqual([1]);
    });
  });

  describe('unreadable paths', () => {
    it('a folder with an unreadable subfolder: the subfolder is named with EACCES, the rest lands, the command ends', async () => {
      // Root reads through chmod 000, so as root the command runs as nobody (uid 65534): the EACCES is real.
      const asRoot = process.getuid?.() === 0;
      await chmod(dir, 0o755);
      const folder = await files({ 'a.txt': good(1), 'z.txt': good(2) }, path.join(dir, 'corpus'));
      await files({ 'hidden.txt': good(3) }, path.join(folder, 'm-locked'));
      await chmod(path.join(folder, 'm-locked'), 0o000);
      try {
        const res = await cli([folder], { uid: asRoot ? 65534 : undefined });
        expect(res.signal).toBeNull();
        expect(res.code).toBe(1);
        expect(res.stdout).toMatch(/read 3, ingested 2 .* rejected 1/);
        expect(res.stdout).toContain(`rejected ${path.join(folder, 'm-locked')}: unreadable: cannot read the folder: EACCES`);
        expect(await copiesByTitle([good(1), good(2), good(3)].map(titleOf))).toEqual([1, 1, 0]);
      } finally {
        await chmod(path.join(folder, 'm-locked'), 0o755);
      }
    });

    it('symlinks: to a file followed, to a folder or to nothing reported; a FIFO named .txt reported, never opened', async () => {
      const outside = await files({ 'linked.txt': good(2), 'deep.txt': good(3) }, path.join(dir, 'elsewhere'));
      const folder = await files({ 'a.txt': good(1) }, path.join(dir, 'corpus'));
      await symlink(path.join(outside, 'linked.txt'), path.join(folder, 'b-link.txt'));
      await symlink(outside, path.join(folder, 'c-folder-link'));
      await symlink(path.join(dir, 'missing.txt'), path.join(folder, 'd-dangling.txt'));
      execFileSync('mkfifo', [path.join(folder, 'e-fifo.txt')]);
      const summary = await ingest(db, readSources([folder]), { workers: 0 });
      expect(summary.rejected.map((r) => r.message.replace(`${folder}/`, ''))).toEqual([
        'c-folder-link: unreadable: a symbolic link to a folder: not followed',
        'd-dangling.txt: unreadable: a symbolic link that cannot be followed: ENOENT',
        'e-fifo.txt: unreadable: a FIFO: not read',
      ]);
      expect(await copiesByTitle([good(1), good(2), good(3)].map(titleOf))).toEqual([1, 1, 0]);
    });
  });

  describe('concurrent start-up', () => {
    it('two ingests starting together on a fresh database (no schema) both succeed, and every article lands once', async () => {
      const dropSchema = async () => {
        for (const name of await run<string>('SHOW CONSTRAINTS YIELD name RETURN name')) await run(`DROP CONSTRAINT \`${name}\``);
        for (const name of await run<string>("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) await run(`DROP INDEX \`${name}\``);
      };
      const one = await files({ 'a.txt': good(1), 'b.txt': good(2), 'shared.txt': good(5) }, path.join(dir, 'one'));
      const two = await files({ 'c.txt': good(3), 'd.txt': good(4), 'shared.txt': good(5) }, path.join(dir, 'two'));
      const uri = inject('neo4jUri');
      // Three rounds: the deadlock comes from timing, and one round does not always meet it.
      for (let round = 0; round < 3; round++) {
        await run('MATCH (n) DETACH DELETE n');
        await dropSchema();
        const processes = [one, two].map(async (folder) => {
          const own: Db = { driver: createDriver(uri, testConfig.neo4j) };
          try {
            await ensureSchema(own);
            return await ingest(own, readSources([folder]), { workers: 0 });
          } finally {
            await own.driver.close();
          }
        });
        const results = await Promise.allSettled(processes);
        expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok']);
        expect(await copiesByTitle([1, 2, 3, 4, 5].map((n) => titleOf(good(n))))).toEqual([1, 1, 1, 1, 1]);
        expect((await run<string>("SHOW CONSTRAINTS YIELD name WHERE name = 'article_id' RETURN name"))).toEqual(['article_id']);
      }
    });
  });

  describe('bad JSON Lines', () => {
    it('a line of invalid UTF-8 is refused not-utf8 naming file and line; the other lines land', async () => {
      const line = (n: number) => JSON.stringify({ title: titleOf(good(n)), publishedAt: `2011-08-${10 + n}T14:00:00Z`, body: `Angela Merkel met Nicolas Sarkozy, round ${n}.` });
      const bad = Buffer.concat([Buffer.from('{"title": "Caf'), Buffer.from([0xe9]), Buffer.from(' talks", "publishedAt": "2011-08-01T00:00:00Z", "body": "x"}')]);
      const feed = path.join(dir, 'feed.jsonl');
      await writeFile(feed, Buffer.concat([Buffer.from(`${line(1)}\n`), bad, Buffer.from(`\n${line(2)}\n`)]));
      const summary = await ingest(db, readSources([feed]), { workers: 0 });
      expect(summary.rejected).toEqual([{ source: `${feed}:2`, reason: 'not-utf8', message: `${feed}:2: not-utf8: the line is not valid UTF-8 text` }]);
      expect(await copiesByTitle([titleOf(good(1)), titleOf(good(2))])).toEqual([1, 1]);
      expect(await articleCount()).toBe(2);
    });

    it('a 600 MB line is refused as too-large without being held in memory, and the line after it lands', async () => {
      const line = (n: number) => JSON.stringify({ title: titleOf(good(n)), publishedAt: `2011-08-${10 + n}T14:00:00Z`, body: `Angela Merkel met Nicolas Sarkozy, round ${n}.` });
      const feed = path.join(dir, 'huge.jsonl');
      await writeFile(feed, `${line(1)}\n{"title": "`);
      // Sparse: 600 MB of zero bytes without a newline, then the rest of the feed.
      await truncate(feed, 600 * 1024 * 1024);
      await appendFile(feed, `"}\n${line(2)}\n`);
      let peak = 0;
      const base = process.memoryUsage().rss;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss - base)), 20);
      let summary: Summary;
      try {
        summary = await ingest(db, readSources([feed], { maxBytes: 5 * 1024 * 1024 }), { workers: 0 });
      } finally {
        clearInterval(sampler);
      }
      expect(summary.rejected.map((r) => [r.source, r.reason])).toEqual([[`${feed}:2`, 'too-large']]);
      expect(summary.rejected[0].message).toMatch(/the line has \d{9} bytes, over the limit of 5242880/);
      expect(await copiesByTitle([titleOf(good(1)), titleOf(good(2))])).toEqual([1, 1]);
      // Reading it whole would take 600 MB as bytes and more as a string.
      expect(peak).toBeLessThan(200 * 1024 * 1024);
      await rm(feed);
    });
  });
});
