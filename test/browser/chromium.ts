import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from '../../src/config.js';

/** Debian's chromium (installed by .ci/run); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where screenshots go (git-ignored). */
export const RESULTS = path.join(repoRoot, 'test-results');

/** Chromium's own log of the last launch (its stderr, which Playwright does not pass on). */
let logFile: string | undefined;

/** The last lines of Chromium's log that are about more than the desktop bus a test machine lacks, for the report of a crash. */
export function chromiumLastWords(lines = 30): string {
  if (!logFile || !existsSync(logFile)) return '(no log)';
  const said = readFileSync(logFile, 'utf8').split('\n').filter((l) => l.trim() && !/dbus|D-Bus|UPower/.test(l));
  return said.slice(-lines).join('\n');
}

/** Headless Chromium, with test-results/ ready for screenshots. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run .ci/run, apt-get install chromium, or set CHROMIUM_PATH`);
  mkdirSync(RESULTS, { recursive: true });
  // One log per launch; those of runs older than a day go.
  for (const f of readdirSync(RESULTS)) {
    const old = path.join(RESULTS, f);
    if (/^chromium-.*\.log$/.test(f) && Date.now() - statSync(old).mtimeMs > 86_400_000) rmSync(old, { force: true });
  }
  logFile = path.join(RESULTS, `chromium-${process.pid}-${Date.now()}.log`);
  // --no-sandbox: CI containers run as root, where Chromium's sandbox refuses to start.
  // --disable-dev-shm-usage: a container's /dev/shm is often 64 MB, too small for the renderer's shared memory,
  // and a renderer that runs out crashes the page ("Target crashed", "Page crashed"); this keeps it in /tmp instead.
  // --disable-gpu: Debian's launcher turns on GPU rasterization (/etc/chromium.d/default-flags), which on a
  // machine with no GPU runs in an emulated one; the tests measure the drawing, not the pixels, and software
  // drawing has fewer moving parts (a clean-clone run once lost a renderer in the middle of a test).
  // --enable-logging --log-file: Chromium's own log, read back when a renderer dies (`chromiumLastWords`).
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--enable-logging', `--log-file=${logFile}`],
  });
}

/** Records into `into` what a page asks of other origins and what goes wrong in it: console errors, page errors, failed responses. */
export function watchPage(page: Page, origin: string, into: { foreign: string[]; problems: string[] }): void {
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) into.foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') into.problems.push(m.text());
  });
  page.on('pageerror', (e) => into.problems.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) into.problems.push(`${r.status()} ${r.url()}`);
  });
}

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** Every serious or critical WCAG 2.1 A/AA violation axe-core finds on the page as it is. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // page.evaluate is not subject to the page's CSP, which refuses injected <script> elements.
  await page.evaluate(axeSource);
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )) as AxeResults;
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
