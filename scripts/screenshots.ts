/**
 * npm run screenshots -- --out DIR [--url http://localhost:4000] [--person ID] [--country CODE] [--article ID]
 *                        [--view NAME=QUERY ...] [--timeout S] [--width W] [--height H] [--jpeg QUALITY]
 *
 * Opens each explorer view on a running service, in headless Chromium (the browser tests'
 * harness), and saves one full-page PNG per view into DIR: home, a person (the most mentioned,
 * or --person), a country with its partners map (the most mentioned, or --country), the countries
 * matrix, an article (the newest, or --article), and the path view (`?view=paths`) when the
 * explorer has one (an explorer without it shows the home page there: skipped, and said so).
 * --view NAME=QUERY adds a view, or replaces one of those by name (e.g.
 * `--view paths='view=paths&…'`). A view still loading after --timeout seconds (default 120) is
 * shot as it is and reported; the exit code is 1 when any view could not be shot at all.
 * --jpeg QUALITY (1-100) saves JPEG instead of PNG: a fifth of the size, for keeping in a repository.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/browser/chromium.js';

const USAGE = 'usage: npm run screenshots -- --out DIR [--url http://localhost:4000] [--person ID] [--country CODE] [--article ID] [--view NAME=QUERY ...] [--timeout S] [--jpeg QUALITY]';

function fail(message: string): never {
  console.error(`screenshots: ${message}\n${USAGE}`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      out: { type: 'string' },
      url: { type: 'string', default: 'http://localhost:4000' },
      person: { type: 'string' },
      country: { type: 'string' },
      article: { type: 'string' },
      view: { type: 'string', multiple: true, default: [] },
      timeout: { type: 'string', default: '120' },
      width: { type: 'string', default: '1400' },
      height: { type: 'string', default: '1000' },
      jpeg: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  }).values;
}
try {
  args = parse();
} catch (err) {
  fail((err as Error).message);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!args.out) fail('--out DIR is required');
const positive = (name: string, value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) fail(`--${name} must be a whole number from 1 to 100000 (got "${value}")`);
  return n;
};
const timeoutMs = positive('timeout', args.timeout) * 1000;
const jpegQuality = args.jpeg === undefined ? undefined : positive('jpeg', args.jpeg);
if (jpegQuality !== undefined && jpegQuality > 100) fail(`--jpeg must be a quality from 1 to 100 (got "${args.jpeg}")`);
const viewport = { width: positive('width', args.width), height: positive('height', args.height) };
let base: URL;
try {
  base = new URL(args.url);
} catch {
  fail(`--url must be the service's address, e.g. http://localhost:4000 (got "${args.url}")`);
}
const out = path.resolve(args.out);
mkdirSync(out, { recursive: true });

/** What to show when no subject is given: the graph's most mentioned person and country, its newest article. */
async function subjects(): Promise<{ person?: string; country?: string; article?: string }> {
  const query = '{ people(first: 1) { nodes { id } } countries(first: 1) { nodes { id } } articles(first: 1) { nodes { id } } }';
  let res: Response;
  try {
    res = await fetch(new URL('/graphql', base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    fail(`the service at ${base.origin} could not be reached (${(err as Error).message}); start it, or pass --url`);
  }
  const body = (await res.json().catch(() => null)) as { data?: Record<string, { nodes: Array<{ id: string }> }>; errors?: Array<{ message: string }> } | null;
  if (!body?.data) fail(`the API at ${base.origin}/graphql answered ${res.status}: ${body?.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  return { person: body.data.people.nodes[0]?.id, country: body.data.countries.nodes[0]?.id, article: body.data.articles.nodes[0]?.id };
}

const found = await subjects();
const person = args.person ?? found.person;
const country = (args.country ?? found.country)?.toUpperCase();
const article = args.article ?? found.article;
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

const views = new Map<string, string | undefined>([
  ['home', ''],
  ['person', person && q({ view: 'entity', kind: 'PERSON', id: person })],
  ['country', country && q({ view: 'entity', kind: 'COUNTRY', id: country })],
  ['countries', q({ view: 'countries', order: 'ARTICLES' })],
  ['article', article && q({ view: 'article', id: article })],
  ['paths', q({ view: 'paths' })],
]);
for (const v of args.view) {
  const at = v.indexOf('=');
  if (at < 1 || !/^[\w-]+$/.test(v.slice(0, at))) fail(`--view takes NAME=QUERY, e.g. paths='view=paths' (got "${v}")`);
  views.set(v.slice(0, at), v.slice(at + 1).replace(/^\?/, ''));
}

/** Waits until the page has a heading and nothing says "Loading…"; false if it did not within the timeout. */
async function settled(page: Page): Promise<boolean> {
  try {
    await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('.loading'), null, { timeout: timeoutMs });
    // The network's layout and the map's shapes are drawn a moment after their data arrives.
    await page.waitForTimeout(1500);
    return true;
  } catch {
    return false;
  }
}

const browser = await launchChromium();
const problems: string[] = [];
let homeHeading: string | null = null;
try {
  const context = await browser.newContext({ viewport });
  for (const [name, query] of views) {
    if (query === undefined) {
      console.log(`${name}: skipped, the graph has none (pass --${name})`);
      continue;
    }
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const url = `${new URL('/explore/', base).href}${query ? `?${query}` : ''}`;
    const started = Date.now();
    try {
      await page.goto(url, { timeout: timeoutMs });
      let ok = await settled(page);
      // A part that failed (a busy or cold database passing the request deadline) is asked again, twice at most.
      for (let round = 0; ok && round < 2; round++) {
        const retry = page.getByRole('alert').getByRole('button', { name: 'Try again' });
        const failedParts = await retry.count();
        if (!failedParts) break;
        for (let i = failedParts - 1; i >= 0; i--) await retry.nth(i).click();
        ok = await settled(page);
      }
      const failedParts = await page.getByRole('alert').count();
      if (failedParts) problems.push(`${name}: ${failedParts} part(s) could not be loaded (see the picture)`);
      const heading = await page.locator('main h1').first().textContent({ timeout: 1000 }).catch(() => null);
      if (name === 'home') homeHeading = heading;
      else if (heading !== null && heading === homeHeading && !new URLSearchParams(query).has('q')) {
        // parseState falls back to the home page for a view it does not know.
        console.log(`${name}: skipped, this explorer has no such view (${url} shows the home page)`);
        await page.close();
        continue;
      }
      const file = path.join(out, `${name}.${jpegQuality ? 'jpg' : 'png'}`);
      await page.screenshot({ path: file, fullPage: true, ...(jpegQuality ? { type: 'jpeg' as const, quality: jpegQuality } : {}) });
      const note = ok ? '' : ` (still loading after ${timeoutMs / 1000} s: shot as it was)`;
      if (!ok) problems.push(`${name}: still loading after ${timeoutMs / 1000} s`);
      for (const e of errors) problems.push(`${name}: page error ${e}`);
      console.log(`${name}: ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)${note}`);
    } catch (err) {
      problems.push(`${name}: not shot: ${(err as Error).message.split('\n')[0]}`);
      console.error(`${name}: not shot: ${(err as Error).message.split('\n')[0]}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  // A view shot while still loading is still a file; only a view with no file fails the run.
  if (problems.some((p) => p.includes(': not shot'))) process.exitCode = 1;
}
