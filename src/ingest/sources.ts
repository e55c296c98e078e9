import { createReadStream, type Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
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
export type SourceItem =
  | { source: string; bytes: Uint8Array }
  | { source: string; error: string; reason?: 'unreadable' | 'invalid-feed-item' | 'too-large' | 'truncated' | 'not-utf8' };

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
    for (const entry of await listFolder(p)) {
      if ('problem' in entry) yield { source: entry.path, error: entry.problem, reason: 'unreadable' };
      else yield* readPath(entry.path, maxBytes);
    }
    return;
  }
  const kind = kindOf(p);
  if (kind === 'tar') yield* readTar(p, maxBytes);
  else if (kind === 'zip') yield* readZip(p, maxBytes);
  else if (kind === 'feed') yield* readFeed(p, maxBytes);
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

const isInputName = (name: string) => ARTICLE_EXTENSIONS.has(path.extname(name)) || kindOf(name) !== 'file';

/** What a folder holds for ingest: input files to read, and what could not be looked into, with why. */
export type FolderEntry = { path: string } | { path: string; problem: string };

function nonRegular(d: Dirent | Awaited<ReturnType<typeof stat>>): string {
  if (d.isFIFO()) return 'a FIFO';
  if (d.isSocket()) return 'a socket';
  if (d.isCharacterDevice() || d.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Article files, archives and feeds under a folder, recursively, in path order, with a problem entry
 * for every subfolder that cannot be listed (EACCES, …) and every input-named entry that is not read:
 * one unreadable subfolder costs its own files, not the rest. Hidden files and folders are skipped.
 * Symbolic links: one to a regular file is followed (the file is read, named by the link's path), as
 * a user who links articles into a folder means; one to a folder is not followed (it could loop, or
 * lead anywhere on the disk) and is reported, as is a dangling one. FIFOs, sockets and devices with an
 * input's name are reported, never opened (reading a FIFO would wait forever).
 */
export async function listFolder(dir: string): Promise<FolderEntry[]> {
  const out: FolderEntry[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (err) {
      out.push({ path: folder, problem: `cannot read the folder: ${errno(err)}` });
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(folder, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) {
        if (isInputName(e.name)) out.push({ path: full });
      } else if (e.isSymbolicLink()) {
        let target;
        try {
          target = await stat(full);
        } catch (err) {
          if (isInputName(e.name)) out.push({ path: full, problem: `a symbolic link that cannot be followed: ${errno(err)}` });
          continue;
        }
        if (target.isDirectory()) out.push({ path: full, problem: 'a symbolic link to a folder: not followed' });
        else if (!isInputName(e.name)) continue;
        else if (target.isFile()) out.push({ path: full });
        else out.push({ path: full, problem: `a symbolic link to ${nonRegular(target)}: not read` });
      } else if (isInputName(e.name)) {
        out.push({ path: full, problem: `${nonRegular(e)}: not read` });
      }
    }
  };
  await walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Article files, archives and feeds under a folder, recursively, in name order (what listFolder can read). */
export async function listInputFiles(dir: string): Promise<string[]> {
  return (await listFolder(dir)).filter((e) => !('problem' in e)).map((e) => e.path);
}

/** The end of a tar archive: two blocks of zeros (POSIX); a writer may pad with more. */
const TAR_END = Buffer.alloc(1024);

/**
 * Streams the .txt entries of a .tar.gz without unpacking it, entry by entry: the archive is inflated
 * here, 16 KB at a time, and each piece handed to the tar parser before the next is read, so memory
 * holds one entry (at most maxBytes) and what one piece inflates to. An entry over maxBytes is refused
 * from its header and skipped unread, however well it compresses, and the entries after it are read.
 * A damaged or cut archive is reported (reason `truncated`): an entry cut short is refused whole
 * (never half an article), every complete entry before the damage is read, and an archive that ends
 * without tar's end blocks (cut inside a header, or between entries) is reported too.
 */
async function* readTar(file: string, maxBytes: number): AsyncGenerator<SourceItem> {
  const ready: SourceItem[] = [];
  // What went wrong with the archive as a whole; `cut` when it ends early (rather than holds garbage).
  const problems: Array<{ cut: boolean; message: string }> = [];
  let open: { source: string; size: number; got: number } | undefined;
  const parser = new Parser({
    // The parser is given plain tar (inflated here): no second guess at compression formats.
    brotli: false,
    zstd: false,
    filter: (p) => ARTICLE_EXTENSIONS.has(path.extname(p)) && !path.basename(p).startsWith('.'),
    onwarn: (code, message) => problems.push({ cut: /truncated/i.test(message), message: `${code}: ${message}` }),
    onReadEntry: (entry: ReadEntry) => {
      const source = `${file}:${entry.path}`;
      if (entry.size > maxBytes) {
        // Skipped unread: the header gives the size.
        entry.resume();
        ready.push(tooLarge(source, entry.size, maxBytes));
        return;
      }
      const state = { source, size: entry.size, got: 0 };
      open = state;
      const chunks: Buffer[] = [];
      entry.on('data', (c: Buffer) => {
        state.got += c.length;
        chunks.push(c);
      });
      entry.on('end', () => {
        if (open === state) open = undefined;
        // The parser ends a cut entry with what it had: the size in its header tells.
        ready.push(
          state.got === state.size
            ? { source, bytes: Buffer.concat(chunks) }
            : { source, error: `the archive ends inside this entry (${state.got} of ${state.size} bytes)`, reason: 'truncated' },
        );
      });
    },
  });
  parser.on('error', (err: Error) => problems.push({ cut: false, message: err.message }));
  const input = createReadStream(file, { highWaterMark: 16 * 1024 });
  const tar = createGunzip({ chunkSize: 16 * 1024 });
  pipeline(input, tar, () => {});
  let length = 0;
  let tail = Buffer.alloc(0);
  try {
    for await (const chunk of tar as AsyncIterable<Buffer>) {
      length += chunk.length;
      tail = Buffer.concat([tail, chunk]).subarray(-TAR_END.length);
      parser.write(chunk);
      while (ready.length > 0) yield ready.shift()!;
    }
  } catch (err) {
    const code = errno(err);
    problems.push(
      code === 'Z_BUF_ERROR'
        ? { cut: true, message: 'the compressed stream is cut short' }
        : { cut: false, message: code.startsWith('Z_') ? `not a gzip stream (${code}: ${(err as Error).message})` : `cannot read: ${code}` },
    );
  } finally {
    input.destroy();
    tar.destroy();
  }
  parser.end();
  while (ready.length > 0) yield ready.shift()!;
  if (open) yield { source: open.source, error: `the archive ends inside this entry (${open.got} of ${open.size} bytes)`, reason: 'truncated' };
  if (problems.length === 0 && (length % 512 !== 0 || !tail.equals(TAR_END))) {
    problems.push({ cut: true, message: 'it ends without the end-of-archive blocks' });
  }
  const [first] = problems;
  if (first) {
    yield first.cut
      ? { source: file, error: `the archive is cut short (${first.message}); the complete entries before the cut were read`, reason: 'truncated' }
      : { source: file, error: `cannot read the archive: ${first.message}; the complete entries before the damage were read`, reason: 'unreadable' };
  }
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
  // A name for messages and the graph, not a document: bounded like one.
  source: z.string().max(2048, 'must be at most 2048 characters').optional(),
  url: z.string().max(2048, 'must be at most 2048 characters').optional(),
});
export type FeedArticle = z.infer<typeof FeedArticle>;

/** The seed format for an article given as fields, so one parser serves files and feeds alike. */
export function toSeedFormat(a: FeedArticle): string {
  const d = parseIsoInstant(a.publishedAt) as string;
  return `${a.title.replace(/\s+/g, ' ').trim()}\n${d.slice(0, 10)} ${d.slice(11, 19)}.0\n${a.body}`;
}

/** The longest feed line read when no maxBytes is given. */
const DEFAULT_MAX_FEED_LINE = 64 * 1024 * 1024;

/**
 * The lines of a byte stream, each at most `maxLine` bytes: a longer one is counted, not kept
 * (its bytes are dropped as they arrive), so a huge line costs no memory. Lines are numbered from 1.
 */
export async function* boundedLines(
  chunks: AsyncIterable<Buffer>,
  maxLine: number,
): AsyncGenerator<{ n: number; line: Buffer } | { n: number; tooLong: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let n = 0;
  const finish = (): { n: number; line: Buffer } | { n: number; tooLong: number } => {
    n++;
    const out = size > maxLine ? { n, tooLong: size } : { n, line: Buffer.concat(parts) };
    parts = [];
    size = 0;
    return out;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      size += nl - from;
      if (size <= maxLine) parts.push(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    size += chunk.length - from;
    if (size <= maxLine) parts.push(chunk.subarray(from));
    else parts = [];
  }
  if (size > 0) yield finish();
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

async function* readFeed(file: string, maxBytes: number): AsyncGenerator<SourceItem> {
  const maxLine = Number.isFinite(maxBytes) ? maxBytes : DEFAULT_MAX_FEED_LINE;
  try {
    for await (const read of boundedLines(createReadStream(file), maxLine)) {
      const at = `${file}:${read.n}`;
      if ('tooLong' in read) {
        yield { source: at, error: `the line has ${read.tooLong} bytes, over the limit of ${maxLine}`, reason: 'too-large' };
        continue;
      }
      let line: string;
      try {
        line = strictUtf8.decode(read.line);
      } catch {
        yield { source: at, error: 'the line is not valid UTF-8 text', reason: 'not-utf8' };
        continue;
      }
      if (read.n === 1) line = line.replace(/^\uFEFF/, '');
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (line.trim() === '') continue;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        yield { source: at, error: 'not a JSON object', reason: 'invalid-feed-item' };
        continue;
      }
      const parsed = FeedArticle.safeParse(json);
      if (!parsed.success) {
        yield { source: at, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'line'} ${i.message}`).join('; '), reason: 'invalid-feed-item' };
        continue;
      }
      const a = parsed.data;
      yield { source: a.source ?? a.url ?? at, bytes: Buffer.from(toSeedFormat(a)) };
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
    // A folder's unreadable parts are one item each, as its files are.
    const files = info.isDirectory() ? (await listFolder(p)).map((e) => ('problem' in e ? '' : e.path)) : [p];
    if (files.some((f) => f !== '' && kindOf(f) !== 'file')) return false;
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
