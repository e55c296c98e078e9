/**
 * The local embedded Neo4j (Community 5.26, module neo4j/): find one that answers, or build and start it.
 *
 * The Java side is newsgraph.neo4j.Launcher, run from neo4j/target/classes + neo4j/target/lib/*. It prints
 * `NEO4J_READY bolt://127.0.0.1:PORT` once Bolt accepts connections, or `NEO4J_FAILED <kind> <message>` and
 * exits non-zero. Its stdout/stderr go to <dataDir>/logs/launcher.log; Neo4j's own log is
 * <dataDir>/logs/debug.log. It writes <dataDir>/neo4j.pid ("PID\nURI\n") and removes it on a clean stop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, fstatSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface LocalNeo4jOptions {
  /** Repository root; the Maven module is <repoRoot>/neo4j. */
  repoRoot: string;
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Neo4j home: data/, logs/, neo4j.pid. Made absolute against the current directory. */
  dataDir: string;
  /** Enables auth; the initial password of user neo4j (at least 8 characters). Unset: auth off. */
  password?: string;
  /** Page cache size, e.g. "256m" (the launcher's default). */
  pageCache?: string;
  /** Maximum heap, e.g. "1g" (default). */
  heap?: string;
  /** Bound on build-free start-up (spawn to ready), default 120 s. */
  startTimeoutMs?: number;
  log?: (msg: string) => void;
}

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

/** JVM flags the launcher needs (taken from Neo4j 5.26's own neo4j.conf defaults), heap excluded. */
export const NEO4J_JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export const LAUNCHER_CLASS = 'newsgraph.neo4j.Launcher';
const READY = 'NEO4J_READY';
const FAILED = 'NEO4J_FAILED';
const BUILD_STAMP = '.newsgraph-built';
const DEFAULT_START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

export function localUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

export function pidFilePath(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'neo4j.pid');
}

/** The java command line for the launcher; the password goes through the environment, not argv. */
export function launcherCommand(opts: LocalNeo4jOptions & { exitOnStdinEof?: boolean }): {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
} {
  const module = path.join(opts.repoRoot, 'neo4j');
  const heap = opts.heap ?? '1g';
  const args = [
    '-Xms256m',
    `-Xmx${heap}`,
    ...NEO4J_JVM_FLAGS,
    '-cp',
    [path.join(module, 'target', 'classes'), path.join(module, 'target', 'lib', '*')].join(path.delimiter),
    LAUNCHER_CLASS,
    '--home',
    path.resolve(opts.dataDir),
    '--port',
    String(opts.port),
  ];
  if (opts.pageCache) args.push('--pagecache', opts.pageCache);
  if (opts.exitOnStdinEof) args.push('--exit-on-stdin-eof');
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NEWSGRAPH_NEO4J_PASSWORD;
  if (opts.password) env.NEWSGRAPH_NEO4J_PASSWORD = opts.password;
  const javaHome = process.env.JAVA_HOME;
  const command = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
  return { command, args, env };
}

/**
 * True when a Bolt server answers on host:port: sends the Bolt handshake (5.x and 4.4 versions) and waits for the
 * 4-byte version reply. No authentication is needed.
 */
export function boltAnswers(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    let received = Buffer.alloc(0);
    let done = false;
    const socket = net.connect({ host, port });
    const finish = (ok: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.on('connect', () => {
      socket.write(
        Buffer.from([
          0x60, 0x60, 0xb0, 0x17, // magic
          0x00, 0x08, 0x08, 0x05, // 5.8 down to 5.0
          0x00, 0x00, 0x04, 0x04, // 4.4
          0x00, 0x00, 0x00, 0x00,
          0x00, 0x00, 0x00, 0x00,
        ]),
      );
    });
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4) finish(true);
    });
    socket.on('error', () => finish(false));
    socket.on('close', () => finish(false));
  });
}

export interface PidFile {
  pid: number;
  uri?: string;
}

/** Parses the launcher's pid file ("PID\nURI\n"); undefined when missing or malformed. */
export function parsePidFile(text: string): PidFile | undefined {
  const [first, second] = text.split(/\r?\n/);
  const pid = Number(first?.trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const uri = second?.trim();
  return uri ? { pid, uri } : { pid };
}

export function readPidFile(dataDir: string): PidFile | undefined {
  try {
    return parsePidFile(readFileSync(pidFilePath(dataDir), 'utf8'));
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Alive and, where /proc tells, really our launcher (a reused pid after a crash is not). */
export function isLauncherPid(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(LAUNCHER_CLASS);
  } catch {
    return true; // no /proc: trust the pid
  }
}

/** The pid of the launcher that owns dataDir, if it is running. */
export function runningPid(dataDir: string): PidFile | undefined {
  const file = readPidFile(dataDir);
  return file && isLauncherPid(file.pid) ? file : undefined;
}

export function launcherBuilt(repoRoot: string): boolean {
  const module = path.join(repoRoot, 'neo4j');
  const cls = path.join(module, 'target', 'classes', ...LAUNCHER_CLASS.split('.')) + '.class';
  if (!existsSync(path.join(module, 'target', 'lib')) || !existsSync(cls)) return false;
  // Rebuild when the launcher's sources changed since the build (Maven may leave an up-to-date class untouched,
  // so a successful buildLauncher() also stamps the time).
  const stamp = path.join(module, 'target', BUILD_STAMP);
  const built = Math.max(statSync(cls).mtimeMs, existsSync(stamp) ? statSync(stamp).mtimeMs : 0);
  const sources = [path.join(module, 'pom.xml'), path.join(module, 'src', 'main', 'java', ...LAUNCHER_CLASS.split('.')) + '.java'];
  return sources.every((s) => !existsSync(s) || statSync(s).mtimeMs <= built);
}

/** Runs `mvn -q -f neo4j/pom.xml -DskipTests package` (downloads Neo4j's jars on the first run). */
export async function buildLauncher(repoRoot: string, log: (msg: string) => void = () => {}): Promise<void> {
  const pom = path.join(repoRoot, 'neo4j', 'pom.xml');
  log(`building the embedded Neo4j launcher: mvn -q -f ${path.relative(process.cwd(), pom) || pom} -DskipTests package (first time downloads ~125 MB from Maven Central)`);
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('mvn', ['-q', '-B', '-f', pom, '-DskipTests', 'package'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => output.push(String(d)));
    child.stderr.on('data', (d) => output.push(String(d)));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new Error('Maven (mvn) was not found: install Maven 3.8+ and a JDK 17+ to run the local Neo4j, or set NEO4J_URI to a running Neo4j')
          : e,
      ),
    );
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    throw new Error(`building the Neo4j launcher failed (mvn exit ${code}):\n${tail(output.join(''), 40)}`);
  }
  writeFileSync(path.join(repoRoot, 'neo4j', 'target', BUILD_STAMP), `${new Date().toISOString()}\n`);
  log(`built the Neo4j launcher in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

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
    const failed = out.split('\n').find((l) => l.startsWith(FAILED));
    if (spawnError) throw spawnError;
    if (failed || exit) {
      await exited;
      throw new Error(
        `Neo4j did not start on ${uri}: ${failed ? failed.slice(FAILED.length + 1) : `the launcher exited (${exit?.signal ?? `code ${exit?.code}`})`}` +
          logTails(dataDir, out),
      );
    }
    if (out.split('\n').some((l) => l.startsWith(`${READY} `)) && (await boltAnswers('127.0.0.1', opts.port, 2000))) break;
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

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function readFrom(file: string, offset: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    if (size <= offset) return '';
    const buf = Buffer.alloc(size - offset);
    readSync(fd, buf, 0, buf.length, offset);
    return buf.toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function logTails(dataDir: string, launcherOutput?: string): string {
  const parts: string[] = [];
  const launcher = launcherOutput ?? readFrom(path.join(dataDir, 'logs', 'launcher.log'), 0);
  if (launcher.trim()) parts.push(`--- ${path.join(dataDir, 'logs', 'launcher.log')} (tail) ---\n${tail(launcher, 25)}`);
  const debugLog = path.join(dataDir, 'logs', 'debug.log');
  const debug = readFrom(debugLog, Math.max(0, existsSync(debugLog) ? statSync(debugLog).size - 64 * 1024 : 0));
  if (debug.trim()) parts.push(`--- ${debugLog} (tail) ---\n${tail(debug, 25)}`);
  return parts.length ? `\n${parts.join('\n')}` : '';
}

function rotate(file: string, maxBytes: number) {
  try {
    if (statSync(file).size > maxBytes) renameSync(file, `${file}.1`);
  } catch {
    // missing: nothing to rotate
  }
}

function removeQuietly(file: string) {
  try {
    unlinkSync(file);
  } catch {
    // gone already
  }
}
