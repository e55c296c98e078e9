import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { Parser, type ReadEntry } from 'tar';
import { repoRoot } from '../src/config.js';

/** The shared Reuters corpus (read from ../shared, never committed). */
export const REUTERS_TARBALL = path.resolve(repoRoot, '../shared/data/reuters/reuters-2006-2013-20k.tar.gz');

export function requireCorpus(file = REUTERS_TARBALL): string {
  if (!existsSync(file)) {
    process.stderr.write(`corpus not found: ${file} (expected ../shared/data beside the repository)\n`);
    process.exit(2);
  }
  return file;
}

/** Reads up to `limit` .txt articles from a .tar.gz, in archive order, as { name, text }. */
export async function readTarArticles(file: string, limit = Infinity): Promise<Array<{ name: string; text: string }>> {
  const out: Array<{ name: string; text: string }> = [];
  await new Promise<void>((resolve, reject) => {
    const input = createReadStream(file);
    const parser = new Parser({
      filter: (p) => p.endsWith('.txt'),
      onReadEntry: (entry: ReadEntry) => {
        if (out.length >= limit) {
          entry.resume();
          return;
        }
        const chunks: Buffer[] = [];
        entry.on('data', (c: Buffer) => chunks.push(c));
        entry.on('end', () => {
          if (out.length < limit) out.push({ name: entry.path, text: Buffer.concat(chunks).toString('utf8') });
          if (out.length >= limit) {
            input.destroy();
            resolve();
          }
        });
      },
    });
    parser.on('end', () => resolve());
    parser.on('error', reject);
    input.on('error', reject);
    input.pipe(parser);
  });
  return out;
}

const DIPLOMACY = /\b(minister|president|prime minister|diplomat\w*|embassy|ambassador|foreign|summit|treaty|sanctions|nuclear|election|parliament|government|military|troops|talks|envoy|opposition|rebels|ceasefire|bilateral)\b/gi;
const BUSINESS = /\b(shares?|profit|revenue|earnings|analysts?|investors?|stock|quarter|company|companies|bank|market|merger|acquisition|deal|chief executive|CEO|percent|bonds?|fund|sales|billion)\b/gi;

/** An article's domain by which cue words dominate its text: diplomacy (and politics) or business (and economy). */
export function cueDomain(text: string): 'diplomacy' | 'business' {
  const diplomacy = text.match(DIPLOMACY)?.length ?? 0;
  const business = text.match(BUSINESS)?.length ?? 0;
  return diplomacy >= business ? 'diplomacy' : 'business';
}

/**
 * The k-th distinct article of a benchmark run over `corpus`: the corpus article itself on the
 * first pass, then variants of it (a new title and a time a minute later per pass, so a new id).
 */
export function corpusVariant(corpus: Array<{ name: string; text: string }>, k: number): { source: string; bytes: Buffer } {
  const base = corpus[k % corpus.length];
  const round = Math.floor(k / corpus.length);
  if (round === 0) return { source: base.name, bytes: Buffer.from(base.text) };
  const [title, date, ...body] = base.text.split('\n');
  const shifted = new Date(Date.parse(`${date.slice(0, 19).replace(' ', 'T')}Z`) + round * 60_000).toISOString();
  const text = [`${title} (${round})`, `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}.0`, ...body].join('\n');
  return { source: `${base.name}#${round}`, bytes: Buffer.from(text) };
}
