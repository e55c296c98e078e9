import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { validDay } from '../../explorer/src/state.ts';
import { gql } from '../integration/helpers.js';
import { RESULTS } from './chromium.js';
import { csvRows, explorerHarness, exported, seriousViolations, settled } from './page-checks.js';

/** The Cytoscape instance the explorer exposes as window.explorerGraph, read in the page. */
interface GraphWindow {
  explorerGraph?: { nodes(): { map<T>(f: (n: { id(): string }) => T): T[] } };
}

const drawnNodes = (page: Page) => page.evaluate(() => (window as unknown as GraphWindow).explorerGraph?.nodes().map((n) => n.id()) ?? []);

describe('the explorer’s paths view and time slider, in Chromium, on the seed and the fixture articles', () => {
  const h = explorerHarness();
  const { foreign, problems, openPage, it } = h;

  it('connects Clinton to Merkel: picked by name, each chain hop by hop with its evidence, drawn, and exported as shown', async () => {
    const { data } = await gql<{ paths: { length: number; paths: Array<{ hops: Array<{ from: { name: string }; to: { name: string } }> }>; subgraph: { nodes: Array<{ id: string }> } } }>(
      h.url,
      '{ paths(source: { kind: PERSON, id: "hillary-clinton" }, target: { kind: PERSON, id: "angela-merkel" }, maxHops: 3, first: 5) { length paths { hops { from { name } to { name } } } subgraph { nodes { id } } } }',
    );
    const api = data!.paths;
    expect(api.paths.length).toBeGreaterThan(0);

    // From her page, "Connect to…" opens the view with her as the first end.
    const page = await openPage();
    await page.goto(`${h.origin}/explore/?view=entity&kind=PERSON&id=hillary-clinton`);
    await page.getByRole('link', { name: 'Connect to…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connect two entities' }).waitFor();
    expect(new URL(page.url()).searchParams.get('a')).toBe('PERSON:hillary-clinton');
    await page.locator('#picked-a').getByRole('link', { name: 'Hillary Clinton' }).waitFor();

    // The second end by name, as it is typed.
    await page.getByLabel('Second entity', { exact: true }).pressSequentially('Merkel', { delay: 80 });
    await page.locator('ul.picks').getByRole('button', { name: 'Angela Merkel' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('b') === 'PERSON:angela-merkel');
    const heading = page.getByRole('heading', { level: 2, name: `${api.paths.length} chain${api.paths.length === 1 ? '' : 's'} of ${api.length} hop${api.length === 1 ? '' : 's'}` });
    await heading.waitFor();

    // Each chain as the API gives it, hop by hop, from Clinton to Merkel.
    const chains = page.locator('ol.chains > li.chain');
    expect(await chains.count()).toBe(api.paths.length);
    for (let i = 0; i < api.paths.length; i++) {
      const hops = chains.nth(i).locator('li.hop h4');
      expect(await hops.allTextContents()).toEqual(api.paths[i].hops.map((h) => `${h.from.name} — ${h.to.name}`));
      expect(await chains.nth(i).locator('h3').textContent()).toMatch(/^Chain \d+: Hillary Clinton → .* → Angela Merkel$/);
    }
    // Every hop shows its evidence: a sentence with a name of the hop marked, and the article it is from.
    await settled(page);
    const hopItems = page.locator('li.hop');
    for (let i = 0; i < (await hopItems.count()); i++) {
      const hop = hopItems.nth(i);
      expect(await hop.locator('blockquote').count(), await hop.locator('h4').textContent() ?? '').toBeGreaterThan(0);
      expect(await hop.locator('blockquote mark').count()).toBeGreaterThan(0);
    }
    const firstHop = hopItems.first();
    const evidence = firstHop.locator('ol.articles > li > a').first();
    const title = await evidence.textContent();

    // The chains drawn: both ends and every entity of the chains.
    await expect.poll(async () => (await drawnNodes(page)).sort()).toEqual(
      expect.arrayContaining(['PERSON:hillary-clinton', 'PERSON:angela-merkel']),
    );
    expect((await drawnNodes(page)).length).toBe(api.subgraph.nodes.length);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'explorer-paths.png'), fullPage: true });

    // Exported: a row per hop shown, in the order shown, with the evidence.
    const csv = csvRows((await exported(page, 'Export these chains as CSV')).text);
    expect(csv[0]).toEqual(['chain', 'hop', 'from', 'fromKind', 'fromId', 'to', 'toKind', 'toId', 'meetings', 'articles', 'evidence', 'articleId', 'articleTitle', 'articleDate']);
    expect(csv.length - 1).toBe(await hopItems.count());
    expect(csv.slice(1).map((r) => `${r[2]} — ${r[5]}`)).toEqual(await page.locator('li.hop h4').allTextContents());
    for (const r of csv.slice(1)) expect(r[10].length).toBeGreaterThan(0);
    const json = JSON.parse((await exported(page, 'Export these chains as JSON')).text) as Array<{ chain: number; from: string }>;
    expect(json.length).toBe(csv.length - 1);

    // "All evidence" on a hop opens every article behind it beside the drawing.
    await firstHop.getByRole('button', { name: /^All evidence for / }).click();
    const detail = page.locator('aside.detail');
    // (The panel names the link's ends in the drawing's order, whichever end the hop starts from.)
    const [x, y] = (await firstHop.locator('h4').textContent())!.split(' — ');
    await detail.getByRole('heading', { level: 3, name: new RegExp(`^(${x} — ${y}|${y} — ${x})$`) }).waitFor();
    await detail.locator('ol.articles > li').first().waitFor();
    expect(new URL(page.url()).searchParams.get('edge')).toMatch(/^[A-Z]+:[^|]+\|[A-Z]+:[^|]+$/);

    // The hop's article opens in the article view.
    await evidence.click();
    await page.getByRole('heading', { level: 1, name: title! }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('article');
  });

  it('says plainly when a name is unknown, an id is not in the graph, or no chain is short enough', async () => {
    const page = await openPage();
    await page.goto(`${h.origin}/explore/?view=paths&a=PERSON:hillary-clinton&b=PERSON:nobody-at-all`);
    await page.getByText('No person with id "nobody-at-all" in the graph.').waitFor();
    await page.getByLabel('Second entity', { exact: true }).pressSequentially('Qwzxvk', { delay: 40 });
    await page.getByText('No person, country, organization or topic named “Qwzxvk” in the graph.', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const { data } = await gql<{ paths: { length: number | null } }>(
      h.url,
      '{ paths(source: { kind: PERSON, id: "hillary-clinton" }, target: { kind: PERSON, id: "angela-merkel" }) { length } }',
    );
    const shortest = data!.paths.length!;
    expect(shortest).toBeGreaterThan(1);
    await page.goto(`${h.origin}/explore/?view=paths&a=PERSON:hillary-clinton&b=PERSON:angela-merkel&hops=${shortest - 1}`);
    await page.getByRole('heading', { level: 2, name: 'No chain found' }).waitFor();
    await page.getByText(`No chain of at most ${shortest - 1} hop${shortest - 1 === 1 ? '' : 's'} joins Hillary Clinton and Angela Merkel through people and organizations.`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // The way out it offers: longer chains.
    await page.getByRole('button', { name: 'Allow 4 hops' }).click();
    await page.locator('ol.chains > li.chain').first().waitFor();
  });

  it('moves the time slider by keyboard: only complete days asked, the lists narrowed, the date fields in step', async () => {
    const page = await openPage();
    await page.goto(`${h.origin}/explore/?view=entity&kind=COUNTRY&id=US`);
    const total = page.locator('section[aria-labelledby="art-h"] > p').first();
    await total.waitFor();
    await settled(page);
    const before = await total.textContent();
    const sent: Array<Record<string, unknown>> = [];
    const refused: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql')) sent.push((JSON.parse(r.postData() ?? '{}') as { variables?: Record<string, unknown> }).variables ?? {});
    });
    page.on('response', (r) => {
      if (r.status() >= 400) refused.push(`${r.status()} ${r.url()}`);
    });
    const historyBefore = await page.evaluate(() => history.length);

    const start = page.getByRole('slider', { name: 'Start month' });
    await start.focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight', { delay: 15 });
    await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
    const from = new URL(page.url()).searchParams.get('from')!;
    expect(from).toMatch(/^\d{4}-\d{2}-01$/);
    expect(await start.getAttribute('aria-valuetext')).toBe(from.slice(0, 7));
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(from);
    await expect.poll(() => total.textContent()).not.toBe(before);
    await settled(page);
    // Thirty key presses, one step in the history.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);

    const end = page.getByRole('slider', { name: 'End month' });
    await end.focus();
    const narrowed = await total.textContent();
    for (let i = 0; i < 24; i++) await page.keyboard.press('ArrowLeft', { delay: 15 });
    await page.waitForFunction(() => new URL(location.href).searchParams.has('to'));
    const to = new URL(page.url()).searchParams.get('to')!;
    expect(validDay(to)).toBe(to);
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe(to);
    await expect.poll(() => total.textContent()).not.toBe(narrowed);
    await settled(page);

    // Every request carried complete, real days, and none was refused.
    const days = sent.flatMap((v) => [v.from, v.to].filter((d) => d !== undefined && d !== null)) as string[];
    expect(days.length).toBeGreaterThan(0);
    for (const d of days) expect(validDay(d), d).toBe(d);
    expect(refused).toEqual([]);

    // The other way: a period chosen puts the handles at its months.
    await page.locator('select[name="period"]').selectOption('2009');
    await page.waitForFunction(() => new URL(location.href).search.includes('from=2009-01-01&to=2009-12-31'));
    await expect.poll(() => start.getAttribute('aria-valuetext')).toBe('2009-01');
    expect(await end.getAttribute('aria-valuetext')).toBe('2009-12');
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('loaded nothing from elsewhere and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});
