import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { testDir } from '../support/temp-dir.js';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../bin/newsgraph.mjs');
const seed = path.resolve(import.meta.dirname, '../../seeds/000_a572bf6403c7c660.txt');

async function newsgraph(args: string[], input?: string) {
  const child = run(process.execPath, [bin, ...args], { env: { ...process.env, LOG_LEVEL: 'silent' } });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (err: any) {
    return { code: err.code as number, stdout: err.stdout as string, stderr: err.stderr as string };
  }
}

describe('newsgraph extract', () => {
  it('prints one JSON object per article in the DESIGN.md contract, offsets indexing the text read', async () => {
    const { code, stdout } = await newsgraph(['extract', seed]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const x = JSON.parse(lines[0]);
    expect(x.source).toBe(seed);
    expect(x.article).toMatchObject({ title: 'Clinton fails to win Russia pledge on Iran sanctions', publishedAt: '2009-10-13T17:23:00.000Z' });
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(seed, 'utf8');
    for (const p of x.people) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const c of x.countries) for (const m of c.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(x.people.map((p: any) => p.name)).toContain('Sergei Lavrov');
    expect(x.meetings.length).toBeGreaterThan(0);
  });

  it('names a file it cannot parse on stderr, still prints the others, and exits non-zero', async () => {
    const dir = testDir('newsgraph-');
    const bad = path.join(dir, 'bad.txt');
    await writeFile(bad, 'A title\nnot a date\nbody');
    const { code, stdout, stderr } = await newsgraph(['extract', bad, seed, path.join(dir, 'missing.txt')]);
    expect(code).not.toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${bad}: bad-date`);
    expect(stderr).toContain('missing.txt: unreadable');
  });

  it('reads stdin with - and takes the whole input as the body with --body-only', async () => {
    const { code, stdout } = await newsgraph(['extract', '--body-only', '-'], 'German Chancellor Angela Merkel met French President Nicolas Sarkozy in Berlin on Monday.');
    expect(code).toBe(0);
    const x = JSON.parse(stdout);
    expect(x.article.publishedAt).toBeNull();
    expect(x.people.map((p: any) => p.name).sort()).toEqual(['Angela Merkel', 'Nicolas Sarkozy']);
    expect(x.countries.map((c: any) => c.code).sort()).toEqual(['DE', 'FR']);
    expect(x.meetings[0].participants.sort()).toEqual(['Angela Merkel', 'Nicolas Sarkozy']);
  });
});
