import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** One input to ingest or extract: where it came from and its bytes, or why it could not be read. */
export type SourceItem = { source: string; bytes: Uint8Array } | { source: string; error: string };

const ARTICLE_EXTENSIONS = new Set(['.txt']);

/** Every article file under the given paths: files as given, folders recursively (.txt files, sorted). */
export async function* readSources(paths: string[], opts: { stdin?: () => Promise<Uint8Array> } = {}): AsyncGenerator<SourceItem> {
  for (const p of paths) {
    if (p === '-') {
      if (!opts.stdin) {
        yield { source: '-', error: 'stdin is not available here' };
        continue;
      }
      yield { source: '-', bytes: await opts.stdin() };
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch (err) {
      yield { source: p, error: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await listArticleFiles(p)) yield await readOne(file);
    } else {
      yield await readOne(p);
    }
  }
}

async function readOne(file: string): Promise<SourceItem> {
  try {
    return { source: file, bytes: await readFile(file) };
  } catch (err) {
    return { source: file, error: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
}

export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.has(path.extname(e.name)) && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
