import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';

const run = promisify(execFile);

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** dependency-cruiser over src/ with the project's rules (.dependency-cruiser.cjs), as JSON. */
async function cruise(): Promise<{ violations: Violation[]; modules: number }> {
  const bin = path.join(repoRoot, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  // Exit code 1 means violations were found; the JSON is printed either way.
  const out = await run(process.execPath, [bin, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 }).catch(
    (e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }),
  );
  const result = JSON.parse(out.stdout) as { summary: { violations: Violation[]; totalCruised: number } };
  return { violations: result.summary.violations, modules: result.summary.totalCruised };
}

describe('the layers of src/ (README, Layout)', () => {
  it('has no import against the allowed directions, and no cycle', async () => {
    const { violations, modules } = await cruise();
    expect(modules).toBeGreaterThan(50);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
  }, 60_000);
});
