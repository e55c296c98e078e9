/**
 * The local embedded Neo4j (Community 5.26, module neo4j/) as a process: find one that answers, or build and start
 * it and wait until it is ready; stop it, ours or (by its pid file) one a detached start left running.
 *
 * How the launcher is run, built and read is in ./neo4j-launcher.ts; how a running one is recognised (Bolt handshake,
 * pid file) in ./neo4j-probe.ts. Both are re-exported here, the module the rest of the service imports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, fstatSync, mkdirSync, openSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import {
  LAUNCHER_FAILED,
  LAUNCHER_READY,
  buildLauncher,
  launcherBuilt,
  launcherCommand,
  logTails,
  readFrom,
  rotate,
  type LocalNeo4jOptions,
} from './neo4j-launcher.js';
import { boltAnswers, isAlive, localUri, pidFilePath, readPidFile, runningPid } from './neo4j-probe.js';

export { LAUNCHER_CLASS, NEO4J_JVM_FLAGS, buildLauncher, launcherBuilt, launcherCommand, type LocalNeo4jOptions } from './neo4j-launcher.js';
export { boltAnswers, isAlive, isLauncherPid, localUri, parsePidFile, pidFilePath, readPidFile, runningPid, type PidFile } from './neo4j-probe.js';

export interface LocalNeo4jHandle {
  uri: string;
  /** False when an already running Neo4j was reused; then stop() does nothing. */
  startedByUs: boolean;
  /** Pid of the java process we started. */
  pid?: number;
  /** SIGTERM, wait for a clean exit (bounded), then SIGKILL. A no-op on a reused server. */
  stop(): Promise<void>;
}

export interface LocalNeo4jStatus {
  running: boolean;
  /** Pid from <dataDir>/neo4j.pid when that process is alive. */
  pid?: number;
  uri: string;
  /** Whether something speaks Bolt on the port. */
  bolt: boolean;
}

const DEFAULT_START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

/**
 * Reuses a Neo4j that answers Bolt on 127.0.0.1:port, else starts the embedded one on dataDir (building it first if
 * needed) and waits until it is ready. `detached: true` leaves it running after this process exits (for
 * `newsgraph neo4j start`); otherwise it is stopped when this process exits.
 */
export async function ensureLocalNeo4j(opts: LocalNeo4jOptions & { detached?: boolean }): Promise<LocalNeo4jHandle> {
  const log = opts.log ?? (() => {});
  const dataDir = path.resolve(opts.dataDir);
  const uri = localUri(opts.port);
  const timeoutMs = opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const reused: LocalNeo4jHandle = { uri, startedByUs: false, stop: async () => {} };
  if (opts.password && [...opts.password].length < 8) {
    throw new Error('the local Neo4j password must have at least 8 characters (Neo4j\'s minimum)');
  }

  if (await boltAnswers('127.0.0.1', opts.port)) {
    log(`reusing the Neo4j that answers at ${uri}`);
    return reused;
  }

  const owner = runningPid(dataDir);
  if (owner) {
    if (owner.uri && owner.uri !== uri) {
      throw new Error(`Neo4j (pid ${owner.pid}) already runs on ${dataDir} at ${owner.uri}, not ${uri}: use that port, or stop it first (newsgraph neo4j stop)`);
    }
    log(`Neo4j (pid ${owner.pid}) is starting on ${dataDir}; waiting for ${uri}`);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await boltAnswers('127.0.0.1', opts.port)) return { ...reused, pid: owner.pid };
      if (!isAlive(owner.pid)) break;
      await sleep(250);
    }
    throw new Error(`Neo4j (pid ${owner.pid}) on ${dataDir} did not answer at ${uri} within ${timeoutMs / 1000} s${logTails(dataDir)}`);
  }

  if (!launcherBuilt(opts.repoRoot)) await buildLauncher(opts.repoRoot, log);

  const logsDir = path.join(dataDir, 'logs');
  mkdirSync(logsDir, { recursive: true });
  const launcherLog = path.join(logsDir, 'launcher.log');
  rotate(launcherLog, 10 * 1024 * 1024);
  const fd = openSync(launcherLog, 'a');
  const offset = fstatSync(fd).size;

  const { command, args, env } = launcherCommand({ ...opts, dataDir, exitOnStdinEof: !opts.detached });
  log(`starting Neo4j on ${uri} (data ${dataDir}, log ${launcherLog})`);
  const started = Date.now();
  let child: ChildProcess;
  try {
    child = spawn(command, args, {
      cwd: opts.repoRoot,
      env,
      detached: !!opts.detached, // own session: a terminal's Ctrl-C does not reach it
      stdio: [opts.detached ? 'ignore' : 'pipe', fd, fd],
    });
  } finally {
    closeSync(fd);
  }

  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let spawnError: Error | undefined;
  const exited = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      resolve();
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      spawnError =
        e.code === 'ENOENT' ? new Error(`java was not found (${command}): install a JDK 17+ or set JAVA_HOME, or set NEO4J_URI to a running Neo4j`) : e;
      exit ??= { code: null, signal: null };
      resolve();
    });
  });

  // Not detached: the child goes when we go (SIGTERM on exit; the launcher also stops when its stdin closes).
  const killOnExit = () => {
    if (!exit) child.kill('SIGTERM');
  };
  if (!opts.detached) process.on('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (exit) return;
    // While we wait, the child (unref'd once ready) is what keeps this process alive, not the bound below.
    child.ref();
    child.kill('SIGTERM');
    // The bound's timer goes as soon as the child exits: left armed, it would keep a command that has
    // finished alive until it fired (60 s after a SIGTERM, with Neo4j gone after one).
    let bound: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      exited.then(() => false),
      new Promise<boolean>((resolve) => {
        bound = setTimeout(() => resolve(true), STOP_TIMEOUT_MS);
      }),
    ]);
    clearTimeout(bound);
    if (timedOut && !exit) {
      log(`Neo4j (pid ${child.pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
      child.kill('SIGKILL');
      await exited;
    }
  };

  // Wait for the readiness line (then check Bolt), a failure line, an early exit, or the timeout.
  const deadline = started + timeoutMs;
  for (;;) {
    const out = readFrom(launcherLog, offset);
    const failed = out.split('\n').find((l) => l.startsWith(LAUNCHER_FAILED));
    if (spawnError) throw spawnError;
    if (failed || exit) {
      await exited;
      throw new Error(
        `Neo4j did not start on ${uri}: ${failed ? failed.slice(LAUNCHER_FAILED.length + 1) : `the launcher exited (${exit?.signal ?? `code ${exit?.code}`})`}` +
          logTails(dataDir, out),
      );
    }
    if (out.split('\n').some((l) => l.startsWith(`${LAUNCHER_READY} `)) && (await boltAnswers('127.0.0.1', opts.port, 2000))) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Neo4j did not become ready on ${uri} within ${timeoutMs / 1000} s${logTails(dataDir, readFrom(launcherLog, offset))}`);
    }
    await sleep(100);
  }
  log(`Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid})`);

  if (opts.detached) {
    child.unref();
  } else {
    // Do not keep the event loop alive for the child: a command that finishes without stop() still exits.
    child.unref();
    (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  }
  return { uri, startedByUs: true, pid: child.pid, stop };
}

export async function localNeo4jStatus(opts: { dataDir: string; port: number }): Promise<LocalNeo4jStatus> {
  const owner = runningPid(opts.dataDir);
  const uri = owner?.uri ?? localUri(opts.port);
  const port = Number(new URL(uri.replace(/^bolt:/, 'http:')).port) || opts.port;
  const bolt = await boltAnswers('127.0.0.1', port);
  return { running: !!owner || bolt, pid: owner?.pid, uri, bolt };
}

/**
 * Stops the launcher that owns dataDir (by its pid file) with SIGTERM, waits for it to exit (then SIGKILL).
 * False when none was running.
 */
export async function stopLocalNeo4j(opts: { dataDir: string; timeoutMs?: number; log?: (msg: string) => void }): Promise<boolean> {
  const log = opts.log ?? (() => {});
  const owner = runningPid(opts.dataDir);
  if (!owner) {
    const stale = readPidFile(opts.dataDir);
    if (stale) removeQuietly(pidFilePath(opts.dataDir));
    return false;
  }
  log(`stopping Neo4j (pid ${owner.pid})`);
  signal(owner.pid, 'SIGTERM');
  const deadline = Date.now() + (opts.timeoutMs ?? STOP_TIMEOUT_MS);
  while (isAlive(owner.pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(owner.pid)) {
    log(`Neo4j (pid ${owner.pid}) did not stop in time; killing it`);
    signal(owner.pid, 'SIGKILL');
    while (isAlive(owner.pid)) await sleep(50);
  }
  if (readPidFile(opts.dataDir)?.pid === owner.pid) removeQuietly(pidFilePath(opts.dataDir));
  return true;
}

function signal(pid: number, sig: NodeJS.Signals) {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

function sleep(ms: number) {
  return new Promise<void>((r) => setTimeout(r, ms));
}

function removeQuietly(file: string) {
  try {
    unlinkSync(file);
  } catch {
    // gone already
  }
}
