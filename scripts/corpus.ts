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
