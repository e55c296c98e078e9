import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, expect, it as vitestIt } from 'vitest';
import { repoRoot } from '../../src/config.js';
import type { RunningServer } from '../../src/graphql/server.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { readSources } from '../../src/ingest/sources.js';
import { freshDb, startTestServer } from '../integration/helpers.js';
import { chromiumLastWords, launchChromium, watchPage } from './chromium.js';

export { seriousViolations } from './chromium.js';

/** The seed article and the gold fixtures: the graph most browser tests run on. */
export const seedAndFixtures = () => readSources([path.join(repoRoot, 'seeds'), path.join(repoRoot, 'test', 'fixtures', 'gold')]);

export interface ExplorerHarness {
  /** The service's address and its origin, set once the block's set-up has run. */
  url: string;
  origin: string;
  /** Articles the ingest created. */
  created: number;
  /** Requests to other origins, and console errors and failed responses, of every page opened. */
  foreign: string[];
  problems: string[];
  /** A new page (1400 × 1000) that records into `foreign` and `problems`; closed when the test ends. */
  openPage(): Promise<Page>;
  /**
   * A test body that survives one failure that is Chromium's and not the page's: when a page's renderer
   * process dies during `fn` and `fn` fails of it ("Target crashed", "Page crashed"), `fn` runs once more
   * from its start, on new pages, and the test says so with Chromium's last words. Any other failure fails
   * at once (also one that follows a crash on another page), and so does a second crash.
   */
  onceMoreOnCrash(name: string, fn: () => Promise<void> | void): () => Promise<void>;
  /** Vitest's `it`, with the body `onceMoreOnCrash` and twice the time (the test's own, or the project's), for a second run. */
  it(name: string, fn: () => Promise<void> | void, timeout?: number): void;
}

/** What Playwright says of an action on a page whose renderer died. */
const CRASHED = /\b(Target|Page) crashed\b/;
/** vitest.config.ts's testTimeout, the time of a test that sets none. */
const TEST_TIMEOUT = 120_000;

/**
 * For one describe block: builds the explorer from the sources as they are now (as `npm run
 * build:explorer` does), ingests `articles` into a fresh database, serves it and starts Chromium;
 * closes all three after the block.
 */
export function explorerHarness(articles: () => Parameters<typeof ingest>[1] = seedAndFixtures): ExplorerHarness {
  let db: Awaited<ReturnType<typeof freshDb>> | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  /** The contexts of the pages the running test opened. */
  let open: BrowserContext[] = [];
  /** How many pages' renderers have died. */
  let crashes = 0;
  const closeOpen = async () => {
    const closing = open;
    open = [];
    await Promise.all(closing.map((c) => c.close().catch(() => undefined)));
  };
  const h: ExplorerHarness = {
    url: '',
    origin: '',
    created: 0,
    foreign: [],
    problems: [],
    async openPage() {
      if (!browser?.isConnected()) browser = await launchChromium();
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      open.push(context);
      const page = await context.newPage();
      page.on('crash', () => crashes++);
      watchPage(page, h.origin, h);
      return page;
    },
    onceMoreOnCrash: (name, fn) => async () => {
      const before = crashes;
      try {
        await fn();
      } catch (e) {
        if (crashes === before || !CRASHED.test((e as Error).message)) throw e;
        console.warn(`"${name}": a page's renderer crashed (${(e as Error).message.split('\n')[0]}); running the test once more on new pages. Chromium's last words:\n${chromiumLastWords()}`);
        await closeOpen();
        await fn();
      }
    },
    it: (name, fn, timeout = TEST_TIMEOUT) => vitestIt(name, h.onceMoreOnCrash(name, fn), 2 * timeout),
  };
  // Each test's pages go with it: a run of many tests does not keep every drawing alive in one browser.
  afterEach(closeOpen);
  beforeAll(async () => {
    await build({ configFile: path.join(repoRoot, 'explorer', 'vite.config.ts'), logLevel: 'warn' });
    db = await freshDb();
    const summary = await ingest(db, articles());
    expect(summary.rejected).toEqual([]);
    h.created = summary.created;
    server = await startTestServer(db);
    h.url = server.url;
    h.origin = new URL(server.url).origin;
    browser = await launchChromium();
    // The build, the ingest and Chromium's start, on a machine that may be busy.
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.driver.close();
  });
  return h;
}

/** Waits until no part of the page is loading. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('.loading'));
}

/** Presses an export button and reads the file it downloads. */
export async function exported(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: dl.suggestedFilename(), text: readFileSync((await dl.path())!, 'utf8') };
}

/** The rows of a CSV file (RFC 4180 quoting), header first. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}
