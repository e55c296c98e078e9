/**
 * Whether a local Neo4j runs, and whose it is: the Bolt handshake on its port, and the launcher's pid file in its
 * data folder.
 */
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { LAUNCHER_CLASS } from './neo4j-launcher.js';

export function localUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

export function pidFilePath(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'neo4j.pid');
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
