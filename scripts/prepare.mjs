// `npm install` runs this (the `prepare` script): it builds the explorer into dist/explorer when
// Vite, a development dependency, is installed. `npm install --omit=dev` (a production install)
// has no Vite and skips the build, saying so; the Dockerfile builds the explorer in a stage of its own.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

try {
  createRequire(import.meta.url).resolve('vite');
} catch {
  console.log('newsgraph: Vite is not installed (a production install), so the explorer is not built; `npm run build:explorer` builds it.');
  process.exit(0);
}
const run = spawnSync('npm', ['run', 'build:explorer'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
