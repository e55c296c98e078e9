import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, inject } from 'vitest';
import { repoRoot } from '../../src/config.js';

/** The pids of a process's children (Linux). */
function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number).sort();
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function until(ok: () => boolean, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('serve with HTTP_WORKERS', () => {
  it('answers from worker processes on one port, replaces one that dies, and stops them all on SIGTERM', async () => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/newsgraph.mjs'), 'serve', '--no-seed'], {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), HTTP_WORKERS: '2', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production', API_KEY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (d) => {
          out += d;
          const m = /GraphQL API at (\S+) \(2 worker processes\)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening:\n${stderr}`)));
      });
      const ask = async () => {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { articles } }' }) });
        expect(res.status).toBe(200);
        expect((await res.json()).data.stats.articles).toBeTypeOf('number');
      };
      const workers = childrenOf(child.pid!);
      expect(workers).toHaveLength(2);
      await Promise.all(Array.from({ length: 20 }, ask));

      // One worker dies: the other keeps answering, and a new one takes its place.
      process.kill(workers[0], 'SIGKILL');
      await until(() => !alive(workers[0]), 'the killed worker to go');
      await ask();
      await until(() => childrenOf(child.pid!).length === 2 && !childrenOf(child.pid!).includes(workers[0]), 'a replacement worker');
      expect(stderr).toContain('an HTTP worker died');
      const now = childrenOf(child.pid!);
      await until(() => /"msg":"GraphQL API ready"[\s\S]*"msg":"GraphQL API ready"[\s\S]*"msg":"GraphQL API ready"/.test(stderr), 'the replacement to listen');
      await Promise.all(Array.from({ length: 10 }, ask));

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      for (const pid of now) expect(alive(pid)).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
