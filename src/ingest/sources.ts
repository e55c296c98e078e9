import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Parser, type ReadEntry } from 'tar';
import { glob, isDynamicPattern } from 'tinyglobby';
import yauzl from 'yauzl';
import { z } from 'zod';
import { parseIsoInstant } from '../article/dates.js';

/**
 * Everything `ingest` and `extract` read, as one stream of items: files, folders
 * (recursive), globs, `-` for stdin, article files inside .tar.gz/.tgz and .zip
 * archives, and JSON Lines feeds of {title, publishedAt, body, source?, url?}.
 * An item is the article's bytes in the seed format, or why it could not be read;
 * `source` names it ("corpus.tar.gz:2009/a.txt", "feed.jsonl:12").
 */
export type SourceItem = { source: string; bytes: Uint8Array } | { source: string; error: string; reason?: 'unreadable' | 'invalid-feed-item' | 'too-large' };

const ARTICLE_EXTENSIONS = new Set(['.txt']);
const FEED_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

export interface ReadOptions {
  stdin?: (maxBytes: number) => Promise<Uint8Array | { tooLarge: number }>;
  /**
   * Inputs larger than this are refused from their size (the file's stat, the archive
   * entry's header) without being read into memory. Default: no limit here.
   */
  maxBytes?: number;
}

function tooLarge(source: string, size: number, maxBytes: number): SourceItem {
  return { source, error: `${size} bytes is over the limit of ${maxBytes}`, reason: 'too-large' };
}

function kindOf(file: string): 'tar' | 'zip' | 'feed' | 'file' {
  const lower = file.toLowerCase();
  if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz')) return 'tar';
  if (lower.endsWith('.zip')) return 'zip';
  if (FEED_EXTENSIONS.has(path.extname(lower))) return 'feed';
  return 'file';
}

const errno = (err: unknown) => (err as NodeJS.ErrnoException).code ?? String((err as Error).message ?? err);

export async function* readSources(paths: string[], opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const maxBytes = opts.maxBytes ?? Infinity;
  for (const p of paths) {
    if (p === '-') {
      if (!opts.stdin) {
        yield { source: '-', error: 'stdin is not available here' };
        continue;
      }
      const read = await opts.stdin(maxBytes);
      yield 'tooLarge' in read ? tooLarge('-', read.tooLarge, maxBytes) : { source: '-', bytes: read };
      continue;
    }
    if (isDynamicPattern(p) && !(await exists(p))) {
      // Sources are named as the user wrote them: an absolute pattern gives absolute paths.
      const matches = (await glob(p, { onlyFiles: true, dot: false, absolute: path.isAbsolute(p) })).sort();
      if (matches.length === 0) yield { source: p, error: 'the pattern matches no file' };
      for (const m of matches) yield* readPath(m, maxBytes);
      continue;
    }
    yield* readPath(p, maxBytes);
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

async function* readPath(p: string, maxBytes: number): AsyncGenerator<SourceItem> {
  let info;
  try {
    info = await stat(p);
  } catch (err) {
    yield { source: p, error: `cannot read: ${errno(err)}` };
    return;
  }
  if (info.isDirectory()) {
    for (const file of await listInputFiles(p)) yield* readPath(file, maxBytes);
    return;
  }
  const kind = kindOf(p);
  if (kind === 'tar') yield* readTar(p, maxBytes);
  else if (kind === 'zip') yield* readZip(p, maxBytes);
  else if (kind === 'feed') yield* readFeed(p);
  else if (info.size > maxBytes) yield tooLarge(p, info.size, maxBytes);
  else yield await readOne(p);
}

async function readOne(file: string): Promise<SourceItem> {
  try {
    return { source: file, bytes: await readFile(file) };
  } catch (err) {
    return { source: file, error: `cannot read: ${errno(err)}` };
  }
}

/** Article files, archives and feeds under a folder, recursively, in name order. */
export async function listInputFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => ARTICLE_EXTENSIONS.has(path.extname(f)) || kindOf(f) !== 'file')
    .sort();
}

/** Streams the .txt entries of a .tar.gz without unpacking it, a bounded number in memory at a time. */
async function* readTar(file: string, maxBytes: number): AsyncGenerator<SourceItem> {
  const queue: SourceItem[] = [];
  let done = false;
  let failure: string | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const input = createReadStream(file);
  const parser = new Parser({
    filter: (p) => ARTICLE_EXTENSIONS.has(path.extname(p)) && !path.basename(p).startsWith('.'),
    onReadEntry: (entry: ReadEntry) => {
      if (entry.size > maxBytes) {
        // Skipped unread: the header gives the size.
        entry.resume();
        queue.push(tooLarge(`${file}:${entry.path}`, entry.size, maxBytes));
        notify();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on('data', (c: Buffer) => chunks.push(c));
      entry.on('end', () => {
        queue.push({ source: `${file}:${entry.path}`, bytes: Buffer.concat(chunks) });
        if (queue.length > 256) input.pause();
        notify();
      });
    },
  });
  parser.on('end', () => {
    done = true;
    notify();
  });
  const fail = (err: Error) => {
    failure = `cannot read the archive: ${err.message}`;
    done = true;
    notify();
  };
  parser.on('error', fail);
  input.on('error', fail);
  input.pipe(parser);
  for (;;) {
    const next = queue.shift();
    if (next) {
      if (queue.length < 64 && input.isPaused()) input.resume();
      yield next;
      continue;
    }
    if (done) break;
    await new Promise<void>((resolve) => (wake = resolve));
  }
  if (failure) yield { source: file, error: failure };
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (err, zip) => (err || !zip ? reject(err) : resolve(zip))),
  );
}

async function* readZip(file: string, maxBytes: number): AsyncGenerator<SourceItem> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch (err) {
    yield { source: file, error: `cannot read the archive: ${(err as Error).message}` };
    return;
  }
  const nextEntry = () =>
    new Promise<yauzl.Entry | null>((resolve, reject) => {
      const onEntry = (e: yauzl.Entry) => {
        zip.off('end', onEnd);
        zip.off('error', onError);
        resolve(e);
      };
      const onEnd = () => {
        zip.off('entry', onEntry);
        zip.off('error', onError);
        resolve(null);
      };
      const onError = (err: Error) => {
        zip.off('entry', onEntry);
        zip.off('end', onEnd);
        reject(err);
      };
      zip.once('entry', onEntry);
      zip.once('end', onEnd);
      zip.once('error', onError);
      zip.readEntry();
    });
  const readEntry = (entry: yauzl.Entry) =>
    new Promise<Buffer>((resolve, reject) =>
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return reject(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
        stream.on('error', reject);
      }),
    );
  try {
    for (let entry = await nextEntry(); entry; entry = await nextEntry()) {
      const name = entry.fileName;
      if (name.endsWith('/') || !ARTICLE_EXTENSIONS.has(path.extname(name)) || path.basename(name).startsWith('.')) continue;
      // The central directory gives the size; yauzl also refuses to inflate past it.
      if (entry.uncompressedSize > maxBytes) {
        yield tooLarge(`${file}:${name}`, entry.uncompressedSize, maxBytes);
        continue;
      }
      try {
        yield { source: `${file}:${name}`, bytes: await readEntry(entry) };
      } catch (err) {
        yield { source: `${file}:${name}`, error: `cannot read: ${(err as Error).message}` };
      }
    }
  } catch (err) {
    yield { source: file, error: `cannot read the archive: ${(err as Error).message}` };
  }
}

/** One article of a JSON Lines feed. */
export const FeedArticle = z.object({
  title: z.string().trim().min(1, 'must not be empty'),
  publishedAt: z.string().refine((s) => parseIsoInstant(s) !== null, 'must be an ISO 8601 date or date-time (zone-less means UTC)'),
  body: z.string().refine((s) => s.trim() !== '', 'must not be empty'),
  source: z.string().optional(),
  url: z.string().optional(),
});
export type FeedArticle = z.infer<typeof FeedArticle>;

/** The seed format for an article given as fields, so one parser serves files and feeds alike. */
export function toSeedFormat(a: FeedArticle): string {
  const d = parseIsoInstant(a.publishedAt) as string;
  return `${a.title.replace(/\s+/g, ' ').trim()}\n${d.slice(0, 10)} ${d.slice(11, 19)}.0\n${a.body}`;
}

async function* readFeed(file: string): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        yield { source: `${file}:${n}`, error: 'not a JSON object', reason: 'invalid-feed-item' };
        continue;
      }
      const parsed = FeedArticle.safeParse(json);
      if (!parsed.success) {
        yield { source: `${file}:${n}`, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'line'} ${i.message}`).join('; '), reason: 'invalid-feed-item' };
        continue;
      }
      const a = parsed.data;
      yield { source: a.source ?? a.url ?? `${file}:${n}`, bytes: Buffer.from(toSeedFormat(a)) };
    }
  } catch (err) {
    yield { source: file, error: `cannot read: ${errno(err)}` };
  }
}

/** All of stdin; past `maxBytes` it is drained and counted, not kept. */
export async function readStdin(maxBytes = Infinity): Promise<Uint8Array | { tooLarge: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size <= maxBytes) chunks.push(chunk as Buffer);
    else chunks.length = 0;
  }
  return size > maxBytes ? { tooLarge: size } : Buffer.concat(chunks);
}

/**
 * How many items readSources will yield for these paths, when that is known without
 * reading them: plain files, folders and globs of article files. Undefined when an
 * archive, a feed or stdin is among them (their count is only known by reading them).
 */
export async function countInputs(paths: string[]): Promise<number | undefined> {
  let n = 0;
  const countPath = async (p: string): Promise<boolean> => {
    let info;
    try {
      info = await stat(p);
    } catch {
      n += 1; // one "cannot read" item
      return true;
    }
    const files = info.isDirectory() ? await listInputFiles(p) : [p];
    if (files.some((f) => kindOf(f) !== 'file')) return false;
    n += files.length;
    return true;
  };
  for (const p of paths) {
    if (p === '-') return undefined;
    if (isDynamicPattern(p) && !(await exists(p))) {
      const matches = await glob(p, { onlyFiles: true, dot: false, absolute: path.isAbsolute(p) });
      if (matches.length === 0) n += 1;
      for (const m of matches) if (!(await countPath(m))) return undefined;
      continue;
    }
    if (!(await countPath(p))) return undefined;
  }
  return n;
}
