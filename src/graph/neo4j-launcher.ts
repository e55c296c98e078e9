/**
 * The Java side of the local embedded Neo4j (Community 5.26, module neo4j/): its command line, its build, its log.
 *
 * The launcher is newsgraph.neo4j.Launcher, run from neo4j/target/classes + neo4j/target/lib/*. It prints
 * `NEO4J_READY bolt://127.0.0.1:PORT` once Bolt accepts connections, or `NEO4J_FAILED <kind> <message>` and
 * exits non-zero. Its stdout/stderr go to <dataDir>/logs/launcher.log; Neo4j's own log is
 * <dataDir>/logs/debug.log. It writes <dataDir>/neo4j.pid ("PID\nURI\n") and removes it on a clean stop.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, fstatSync, renameSync, statSync, writeFileSync } from 'node:fs';
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
/** The line the launcher prints once Bolt accepts connections. */
export const LAUNCHER_READY = 'NEO4J_READY';
/** The line the launcher prints before it exits on a failure. */
export const LAUNCHER_FAILED = 'NEO4J_FAILED';
const BUILD_STAMP = '.newsgraph-built';

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

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** What a file holds past `offset` (empty when it is missing or shorter). */
export function readFrom(file: string, offset: number): string {
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

/** The tails of the launcher's and Neo4j's logs, for an error message. */
export function logTails(dataDir: string, launcherOutput?: string): string {
  const parts: string[] = [];
  const launcher = launcherOutput ?? readFrom(path.join(dataDir, 'logs', 'launcher.log'), 0);
  if (launcher.trim()) parts.push(`--- ${path.join(dataDir, 'logs', 'launcher.log')} (tail) ---\n${tail(launcher, 25)}`);
  const debugLog = path.join(dataDir, 'logs', 'debug.log');
  const debug = readFrom(debugLog, Math.max(0, existsSync(debugLog) ? statSync(debugLog).size - 64 * 1024 : 0));
  if (debug.trim()) parts.push(`--- ${debugLog} (tail) ---\n${tail(debug, 25)}`);
  return parts.length ? `\n${parts.join('\n')}` : '';
}

/** Moves a log aside (one generation) once it is larger than maxBytes. */
export function rotate(file: string, maxBytes: number) {
  try {
    if (statSync(file).size > maxBytes) renameSync(file, `${file}.1`);
  } catch {
    // missing: nothing to rotate
  }
}
