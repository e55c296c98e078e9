import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * What decides an extraction's output: the parser (offsets), the pipeline, the extraction and
 * resolution code, the models and data. Not the training code (src/train): a model it builds
 * counts when it lands in models/.
 */
const INPUTS = ['src/article', 'src/pipeline', 'src/extract', 'src/resolve', 'models', 'data'];

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    // The quality gate's labels judge the output; they do not decide it.
    .filter((f) => !f.startsWith('data/quality/'))
    .sort();
}

let cached: string | undefined;

/**
 * The extractor's version: a hash of everything that decides what extraction finds.
 * Stored on each Article beside its content hash, so re-ingesting an unchanged
 * article after the extractor changed (code, model, gazetteer, taxonomy) re-extracts
 * it instead of reporting it unchanged. Derived, not hand-bumped: a change nobody
 * remembered to announce still counts. A change that turns out not to alter the
 * output costs only a rewrite of the articles ingested again.
 */
export function extractorVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(ROOT, file)));
    hash.update('\0');
  }
  // The country gazetteer is built from this package's data.
  const require = createRequire(import.meta.url);
  hash.update(`world-countries@${(require('world-countries/package.json') as { version: string }).version}`);
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
