import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from '../../src/config.js';

/** Debian's chromium (installed by .ci/run); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where screenshots go (git-ignored). */
export const RESULTS = path.join(repoRoot, 'test-results');

/** Headless Chromium, with test-results/ ready for screenshots. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run .ci/run, apt-get install chromium, or set CHROMIUM_PATH`);
  mkdirSync(RESULTS, { recursive: true });
  // --no-sandbox: CI containers run as root, where Chromium's sandbox refuses to start.
  // --disable-dev-shm-usage: a container's /dev/shm is often 64 MB, too small for the renderer's shared memory,
  // and a renderer that runs out crashes the page ("Target crashed"); this keeps it in /tmp instead.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
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
