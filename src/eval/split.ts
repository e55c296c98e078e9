import { createHash } from 'node:crypto';
import path from 'node:path';

export const SPLITS = ['train', 'tune', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/**
 * The split an annotated article belongs to, fixed by its file name alone: a hash, so the
 * split is decided before anyone reads an article or an error, never moves when articles are
 * added, and needs no list to agree on. One article in four is locked test: its errors are
 * not read while developing, and it is scored once per change, at the end.
 */
export function splitOf(fileName: string): Split {
  const h = createHash('sha256').update(`newsgraph-split-v1\0${path.basename(fileName)}`).digest();
  const bucket = h.readUInt32BE(0) % 100;
  return bucket < 25 ? 'test' : bucket < 45 ? 'tune' : 'train';
}
