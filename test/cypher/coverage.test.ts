import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const here = path.dirname(new URL(import.meta.url).pathname);
const readDir = path.join(here, '..', '..', 'src', 'read');
const snapshots = path.join(here, '__snapshots__');

describe('the Cypher tier', () => {
  it('holds a snapshot of every statement the read layer labels', () => {
    const labels = new Set<string>();
    for (const f of readdirSync(readDir).filter((n) => n.endsWith('.ts'))) {
      for (const m of readFileSync(path.join(readDir, f), 'utf8').matchAll(/`\/\* (\w+) \*\//g)) labels.add(m[1]);
    }
    const snapped = readdirSync(snapshots, { recursive: true, encoding: 'utf8' })
      .filter((n) => n.endsWith('.cypher'))
      .map((n) => readFileSync(path.join(snapshots, n), 'utf8'))
      .join('\n');
    const missing = [...labels].filter((l) => !snapped.includes(`/* ${l} */`));
    expect(labels.size).toBeGreaterThan(30);
    expect(missing, 'statements without a Cypher test').toEqual([]);
  });
});
