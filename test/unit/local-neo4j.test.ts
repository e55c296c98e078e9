import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  LAUNCHER_CLASS,
  boltAnswers,
  ensureLocalNeo4j,
  launcherBuilt,
  launcherCommand,
  localNeo4jStatus,
  parsePidFile,
  pidFilePath,
  readPidFile,
  runningPid,
  stopLocalNeo4j,
} from '../../src/graph/local-neo4j.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'local-neo4j-test-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const servers: net.Server[] = [];
const sockets: net.Socket[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

function listen(onConnection: (socket: net.Socket) => void): Promise<number> {
  const server = net.createServer((socket) => {
    sockets.push(socket);
    onConnection(socket);
  });
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
}

async function freePort(): Promise<number> {
  const port = await listen((s) => s.destroy());
  await new Promise((r) => servers.pop()!.close(r));
  return port;
}

/** A long-lived process whose command line names the launcher class, standing in for a running Neo4j. */
function fakeLauncher(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'process.on("SIGTERM", () => process.exit(0)); setInterval(() => {}, 1000)', LAUNCHER_CLASS], {
    stdio: 'ignore',
  });
  children.push(child);
  return new Promise((resolve) => child.on('spawn', () => resolve(child)));
}

function dataDir(name: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('parsePidFile', () => {
  it('reads pid and uri', () => {
    expect(parsePidFile('1234\nbolt://127.0.0.1:7687\n')).toEqual({ pid: 1234, uri: 'bolt://127.0.0.1:7687' });
    expect(parsePidFile('42\n')).toEqual({ pid: 42 });
  });
  it('rejects garbage', () => {
    expect(parsePidFile('')).toBeUndefined();
    expect(parsePidFile('abc\n')).toBeUndefined();
    expect(parsePidFile('-5\n')).toBeUndefined();
  });
});

describe('launcherCommand', () => {
  it('builds the java command line with the needed flags, password only in the environment', () => {
    const { args, env } = launcherCommand({ repoRoot: '/repo', port: 7699, dataDir: '/data/n4j', password: 'sekret-123', pageCache: '128m', exitOnStdinEof: true });
    expect(args).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
    expect(args).toContain('--add-opens=java.base/sun.nio.ch=ALL-UNNAMED');
    expect(args).toContain('-Xmx1g');
    expect(args[args.indexOf('-cp') + 1]).toBe(['/repo/neo4j/target/classes', '/repo/neo4j/target/lib/*'].join(path.delimiter));
    expect(args.slice(args.indexOf(LAUNCHER_CLASS))).toEqual([LAUNCHER_CLASS, '--home', '/data/n4j', '--port', '7699', '--pagecache', '128m', '--exit-on-stdin-eof']);
    expect(args.join(' ')).not.toContain('sekret');
    expect(env.NEWSGRAPH_NEO4J_PASSWORD).toBe('sekret-123');
  });
  it('passes no password when none is given', () => {
    const { env } = launcherCommand({ repoRoot: '/repo', port: 7687, dataDir: '/d', heap: '2g' });
    expect(env.NEWSGRAPH_NEO4J_PASSWORD).toBeUndefined();
  });
});

describe('boltAnswers', () => {
  it('is true when the server replies to the handshake', async () => {
    const port = await listen((s) => s.once('data', () => s.write(Buffer.from([0, 0, 8, 5]))));
    expect(await boltAnswers('127.0.0.1', port)).toBe(true);
  });
  it('is false when the server closes without a reply', async () => {
    const port = await listen((s) => s.once('data', () => s.end()));
    expect(await boltAnswers('127.0.0.1', port)).toBe(false);
  });
  it('is false when nothing listens', async () => {
    expect(await boltAnswers('127.0.0.1', await freePort())).toBe(false);
  });
  it('is false when the server never answers', async () => {
    const port = await listen(() => {});
    expect(await boltAnswers('127.0.0.1', port, 200)).toBe(false);
  });
});

describe('pid file', () => {
  it('ignores a stale pid file and stop removes it', async () => {
    const dir = dataDir('stale');
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => dead.on('exit', r));
    writeFileSync(pidFilePath(dir), `${dead.pid}\nbolt://127.0.0.1:7687\n`);
    expect(readPidFile(dir)?.pid).toBe(dead.pid);
    expect(runningPid(dir)).toBeUndefined();
    expect(await stopLocalNeo4j({ dataDir: dir })).toBe(false);
    expect(existsSync(pidFilePath(dir))).toBe(false);
  });

  it('ignores a live pid that is not the launcher', () => {
    const dir = dataDir('other');
    writeFileSync(pidFilePath(dir), `${process.pid}\n`);
    expect(runningPid(dir)).toBeUndefined();
  });

  it('refuses to start a second Neo4j on a store another one owns, and stops it by pid', async () => {
    const dir = dataDir('owned');
    const fake = await fakeLauncher();
    const ownPort = await freePort();
    writeFileSync(pidFilePath(dir), `${fake.pid}\nbolt://127.0.0.1:${ownPort}\n`);
    expect(runningPid(dir)?.pid).toBe(fake.pid);

    const otherPort = await freePort();
    await expect(ensureLocalNeo4j({ repoRoot: tmp, port: otherPort, dataDir: dir })).rejects.toThrow(
      new RegExp(`pid ${fake.pid}\\) already runs on .* at bolt://127.0.0.1:${ownPort}`),
    );
    expect(await localNeo4jStatus({ dataDir: dir, port: otherPort })).toMatchObject({ running: true, pid: fake.pid, bolt: false });

    expect(await stopLocalNeo4j({ dataDir: dir, timeoutMs: 5000 })).toBe(true);
    expect(fake.signalCode ?? fake.exitCode).not.toBeNull();
    expect(existsSync(pidFilePath(dir))).toBe(false);
  });

  it('rejects a short password before starting anything', async () => {
    await expect(ensureLocalNeo4j({ repoRoot: tmp, port: await freePort(), dataDir: dataDir('pw'), password: 'short' })).rejects.toThrow(/at least 8/);
  });
});

describe('launcherBuilt', () => {
  it('is false without neo4j/target', () => {
    expect(launcherBuilt(tmp)).toBe(false);
  });
});

/**
 * A checkout whose launcher is "built" and a JAVA_HOME whose java stands in for it: the stand-in answers the Bolt
 * handshake on --port, prints the readiness line to its log and exits on SIGTERM (or when its stdin closes), as the
 * launcher does, in a fraction of a second.
 */
function fakeJavaCheckout(name: string): { repoRoot: string; javaHome: string } {
  const root = dataDir(name);
  const classFile = path.join(root, 'neo4j', 'target', 'classes', ...LAUNCHER_CLASS.split('.')) + '.class';
  mkdirSync(path.dirname(classFile), { recursive: true });
  mkdirSync(path.join(root, 'neo4j', 'target', 'lib'), { recursive: true });
  writeFileSync(classFile, '');
  const server = `
    const net = require('node:net');
    const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
    const bolt = net.createServer((s) => s.once('data', () => s.end(Buffer.from([0, 0, 8, 5]))));
    bolt.listen(port, '127.0.0.1', () => console.log('NEO4J_READY bolt://127.0.0.1:' + port));
    const stop = () => bolt.close(() => process.exit(0));
    process.on('SIGTERM', stop);
    if (process.argv.includes('--exit-on-stdin-eof')) process.stdin.on('end', stop).resume();
  `;
  const javaHome = path.join(root, 'jdk');
  mkdirSync(path.join(javaHome, 'bin'), { recursive: true });
  writeFileSync(path.join(root, 'fake-launcher.cjs'), server);
  writeFileSync(
    path.join(javaHome, 'bin', 'java'),
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(root, 'fake-launcher.cjs'))} "$@"\n`,
    { mode: 0o755 },
  );
  return { repoRoot: root, javaHome };
}

describe('a command that started its own Neo4j', () => {
  it('exits as soon as stop() has seen that Neo4j exit, not when a stop timer fires', async () => {
    const { repoRoot, javaHome } = fakeJavaCheckout('stop-exits');
    const port = await freePort();
    const script = path.join(repoRoot, 'start-stop.mts');
    // Starts it, stops it and returns, as `serve` and `ingest` do on SIGTERM: nothing may keep the process alive after.
    writeFileSync(
      script,
      `import { ensureLocalNeo4j } from ${JSON.stringify(path.resolve('src/graph/local-neo4j.ts'))};
       const handle = await ensureLocalNeo4j({ repoRoot: ${JSON.stringify(repoRoot)}, port: ${port}, dataDir: ${JSON.stringify(path.join(repoRoot, 'data'))} });
       if (!handle.startedByUs) throw new Error('reused a server instead of starting the stand-in');
       await handle.stop();
       process.stdout.write('stopped\\n');`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, JAVA_HOME: javaHome }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const stoppedAt = new Promise<number>((resolve) => child.stdout.on('data', (d) => String(d).includes('stopped') && resolve(performance.now())));
    const exitedAt = new Promise<{ at: number; code: number | null }>((resolve) => child.once('exit', (code) => resolve({ at: performance.now(), code })));
    const bound = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 20_000).unref());
    const exited = await Promise.race([exitedAt, bound]);
    expect(exited, stderr).not.toBe('still running');
    const { at, code } = exited as { at: number; code: number | null };
    expect(code, stderr).toBe(0);
    expect(at - (await stoppedAt)).toBeLessThan(5_000);
    expect(await boltAnswers('127.0.0.1', port)).toBe(false);
  });
});
