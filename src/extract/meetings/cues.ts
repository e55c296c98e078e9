import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config.js';

/** Word classes (data/meetings/cues.json): each lower-case token to the classes it belongs to. */
export type CueClasses = ReadonlyMap<string, readonly string[]>;

let cached: CueClasses | undefined;

export function loadCues(file = path.join(repoRoot, 'data/meetings/cues.json')): CueClasses {
  if (cached && file === path.join(repoRoot, 'data/meetings/cues.json')) return cached;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const map = new Map<string, string[]>();
  for (const [cls, words] of Object.entries(raw)) {
    if (cls.startsWith('_') || !Array.isArray(words)) continue;
    for (const w of words as string[]) map.set(w, [...(map.get(w) ?? []), cls]);
  }
  cached = map;
  return map;
}
