import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { readSources } from '../../src/ingest/sources.js';
import { explorerHarness } from './page-checks.js';

// The browser tests' own harness: a renderer that dies is Chromium's failure, run once more; any other
// failure is the test's.

/** Kills the page's renderer process, as Chromium's own crash would (DevTools' Page.crash; it never answers). */
async function crash(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  void cdp.send('Page.crash').catch(() => undefined);
  await page.waitForEvent('crash');
}
describe('the browser tests’ harness', () => {
  const h = explorerHarness(() => readSources([path.join(repoRoot, 'seeds')]));
  let attempts = 0;

  h.it('runs a test whose page crashed once more, on a new page', async () => {
    attempts++;
    const page = await h.openPage();
    await page.goto(`${h.origin}/explore/`);
    if (attempts === 1) await crash(page);
    await page.goto(`${h.origin}/explore/`);
    await page.waitForSelector('main h1');
  });

  it('ran it twice, the second time to the end', () => expect(attempts).toBe(2));

  let crashing = 0;
  it.fails(
    'lets a second crash fail the test',
    h.onceMoreOnCrash('crashes every time', async () => {
      crashing++;
      const page = await h.openPage();
      await page.goto(`${h.origin}/explore/`);
      await crash(page);
      await page.goto(`${h.origin}/explore/`);
    }),
  );

  it('ran the crashing test twice, no more', () => expect(crashing).toBe(2));

  it.fails(
    'fails a test at once when it fails of something else after a crash on another page',
    h.onceMoreOnCrash('fails after a crash', async () => {
      crashing++;
      await crash(await h.openPage());
      const page = await h.openPage();
      await page.goto(`${h.origin}/explore/`);
      expect(await page.locator('main h1').count()).toBe(0);
    }),
  );

  it('did not run it again', () => expect(crashing).toBe(3));

  it.fails(
    'fails a test at once on any other error, without running it again',
    h.onceMoreOnCrash('fails', async () => {
      attempts++;
      throw new Error('not a crash');
    }),
  );

  it('did not run the failing test again', () => expect(attempts).toBe(3));

  it('serves the production build of the explorer, though it built it under the test runner', async () => {
    const page = await (await fetch(`${h.origin}/explore/`)).text();
    const scripts = [...page.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const code = await (await fetch(new URL(src, h.origin))).text();
      // Lit's development build warns of itself with this address; its production build has no such check.
      expect(code, src).not.toContain('lit.dev/msg/dev-mode');
    }
  });
});
