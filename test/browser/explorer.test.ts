import path from 'node:path';
import { describe, expect } from 'vitest';
import { gql } from '../integration/helpers.js';
import { RESULTS } from './chromium.js';
import { csvRows, explorerHarness, exported, seriousViolations, settled } from './page-checks.js';

/** The Cytoscape instance the explorer exposes as window.explorerGraph, read in the page. */
interface GraphWindow {
  explorerGraph: {
    nodes(): { map<T>(f: (n: { data(k: string): unknown }) => T): T[] };
    getElementById(id: string): { renderedMidpoint(): { x: number; y: number }; renderedPosition(): { x: number; y: number } };
  };
}

describe('the explorer at /explore, in Chromium, on the seed and the fixture articles', () => {
  const h = explorerHarness();
  const { foreign, problems, openPage, it } = h;
  it('ingested the seed and the fixtures', () => expect(h.created).toBeGreaterThan(5));

  it('finds Clinton by search, draws Medvedev and Lavrov around her, and shows the Barvikha sentence on their link', async () => {
    const page = await openPage();
    await page.goto(`${h.origin}/explore/`);
    await page.getByRole('heading', { name: 'Most mentioned people' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'explorer-home.png') });
    // Typed slowly, so results open while typing: the box keeps the focus and every letter.
    await page.getByRole('searchbox').pressSequentially('Clinton', { delay: 320 });
    await page.getByRole('heading', { level: 1, name: 'Results for “Clinton”' }).waitFor();
    expect(await page.evaluate(() => [document.activeElement?.id, (document.activeElement as HTMLInputElement).value])).toEqual(['q', 'Clinton']);
    await page.getByRole('link', { name: 'Hillary Clinton' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Hillary Clinton' }).click();
    await page.getByRole('heading', { level: 1, name: /Hillary Clinton/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('id')).toBe('hillary-clinton');
    // The new page's heading has the focus (the link clicked is gone), so a screen reader starts there.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');

    // The network is drawn: her node, Medvedev and Lavrov among its nodes.
    await page.waitForFunction(() => ((window as unknown as GraphWindow).explorerGraph?.nodes().map((n) => n).length ?? 0) > 2);
    const names = await page.evaluate(() => (window as unknown as GraphWindow).explorerGraph.nodes().map((n) => n.data('name') as string));
    expect(names).toEqual(expect.arrayContaining(['Hillary Clinton', 'Dmitry Medvedev', 'Sergei Lavrov']));

    // A real click on the canvas, at the middle of the Clinton–Medvedev link, once nothing above
    // the drawing is still loading (a late header would move it under the pointer).
    await settled(page);
    const edge = 'PERSON:dmitry-medvedev|PERSON:hillary-clinton';
    const mid = await page.evaluate((id) => (window as unknown as GraphWindow).explorerGraph.getElementById(id).renderedMidpoint(), edge);
    const box = (await page.locator('div.graph').boundingBox())!;
    await page.mouse.click(box.x + mid.x, box.y + mid.y);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('edge') === id, edge);
    const detail = page.locator('aside.detail');
    await detail.getByText('Clinton met Medvedev at his Barvikha residence', { exact: false }).first().waitFor();
    // Both ends are highlighted in the evidence sentence.
    // The meeting's own evidence, with both ends highlighted.
    const quote = detail.locator('ol.meetings blockquote', { hasText: 'Barvikha residence' }).first();
    await quote.waitFor();
    const marked = await quote.locator('mark').allTextContents();
    expect(marked).toEqual(expect.arrayContaining(['Clinton', 'Medvedev']));
    // And the article behind the link, with its sentence.
    await detail.getByRole('heading', { name: '1 article mentions both' }).waitFor();
    await detail.locator('ol.articles').getByRole('link', { name: 'Clinton fails to win Russia pledge on Iran sanctions' }).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'explorer-clinton-network.png') });

    // The address holds the view: opened afresh, it shows the same evidence.
    const shared = await openPage();
    await shared.goto(page.url());
    await shared.locator('aside.detail').getByText('Barvikha residence', { exact: false }).first().waitFor();
    // Her meetings as a list with their evidence, and her mentions by month.
    await shared.getByRole('heading', { name: 'Who met whom' }).waitFor();
    await shared.locator('ol.meetings li.meeting').first().waitFor();
    // The timeline loads on its own request: wait for its first bar before counting (count() does not wait).
    await shared.locator('figure.timeline rect.bar').first().waitFor();
    expect(await shared.locator('figure.timeline rect.bar').count()).toBeGreaterThan(0);
    expect(await seriousViolations(shared)).toEqual([]);
    await shared.screenshot({ path: path.join(RESULTS, 'explorer-clinton-page.png'), fullPage: true });
  });

  it('grows the network from a node that is clicked', async () => {
    const page = await openPage();
    await page.goto(`${h.origin}/explore/?view=entity&kind=PERSON&id=hillary-clinton`);
    await page.waitForFunction(() => ((window as unknown as GraphWindow).explorerGraph?.nodes().map((n) => n).length ?? 0) > 2);
    const before = await page.evaluate(() => (window as unknown as GraphWindow).explorerGraph.nodes().map((n) => n.data('id') as string));
    expect(before).toContain('COUNTRY:US');
    // A real click on the United States node: the fixture articles bring it neighbours Clinton lacks.
    await settled(page);
    const at = await page.evaluate(() => (window as unknown as GraphWindow).explorerGraph.getElementById('COUNTRY:US').renderedPosition());
    const box = (await page.locator('div.graph').boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('expand') === 'COUNTRY:US');
    await page.waitForFunction((n) => (window as unknown as GraphWindow).explorerGraph.nodes().map((x) => x).length > n, before.length);
    const after = await page.evaluate(() => (window as unknown as GraphWindow).explorerGraph.nodes().map((n) => n.data('id') as string));
    expect(after).toEqual(expect.arrayContaining(before));
    // The table now lists the links of the node grown from too.
    await page.getByRole('button', { name: 'Grow from United States' }).waitFor({ state: 'detached' });
    await page.screenshot({ path: path.join(RESULTS, 'explorer-grown.png') });

    // Back undoes the growth: the graph is again the one the address names.
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('expand'));
    await page.waitForFunction((n) => (window as unknown as GraphWindow).explorerGraph.nodes().map((x) => x).length === n, before.length);
    await page.goForward();
    await page.waitForFunction((n) => (window as unknown as GraphWindow).explorerGraph.nodes().map((x) => x).length > n, before.length);
  });

  it('says plainly when the network cannot be loaded, stays usable, and loads it on "Try again"', async () => {
    const page = await openPage();
    // The API answering the neighbourhood with an error (as when Neo4j is down).
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('ExplorerNeighbourhood')) {
        await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'Neo4j is unavailable' }] }) });
      } else await route.continue();
    });
    await page.goto(`${h.origin}/explore/?view=entity&kind=PERSON&id=hillary-clinton`);
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the network' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Neo4j is unavailable');
    // The rest of the page still works: the meetings came, and the page answers input.
    await page.locator('ol.meetings li.meeting').first().waitFor();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.waitForFunction(() => ((window as unknown as GraphWindow).explorerGraph?.nodes().map((n) => n).length ?? 0) > 2);
    await alert.waitFor({ state: 'detached' });

    // Growing from Russia fails; growing from China then succeeds: Russia's failure is still shown.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('ExplorerNeighbourhood') && body.includes('"id":"RU"')) {
        await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'Neo4j is unavailable' }] }) });
      } else await route.continue();
    });
    await page.getByRole('button', { name: 'Grow from Russia' }).click();
    await alert.waitFor();
    await page.getByRole('button', { name: 'Grow from China' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('expand') === 'COUNTRY:RU,COUNTRY:CN');
    await page.getByRole('button', { name: 'Grow from China' }).waitFor({ state: 'detached' });
    await page.getByText('Loading the network…').waitFor({ state: 'detached' });
    expect(await alert.isVisible()).toBe(true);
  });

  it('shows the US–Russia cell in the country matrix with its score, and the articles behind it', async () => {
    const page = await openPage();
    await page.goto(`${h.origin}/explore/`);
    await page.getByRole('link', { name: 'Countries together' }).click();
    await page.getByRole('heading', { level: 1, name: 'Countries discussed together' }).waitFor();
    const cell = page.getByRole('button', { name: /^(United States and Russia|Russia and United States): \d+ articles? in common, lift [\d.]+/ }).first();
    await cell.click();
    const detail = page.locator('aside.detail');
    await detail.getByRole('heading', { name: /Russia – United States|United States – Russia/ }).waitFor();
    await expect.poll(() => detail.textContent()).toMatch(/lift \d+\.\d\d, PMI -?\d+\.\d\d/);
    await detail.getByRole('link', { name: 'Clinton fails to win Russia pledge on Iran sanctions' }).waitFor();
    expect(new URL(page.url()).searchParams.get('pair')).toMatch(/^(US\|RU|RU\|US)$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'explorer-countries.png'), fullPage: true });
  });

  it('draws the matrix at the size asked, with no pair below the minimum, in the order of the chosen measure', async () => {
    const page = await openPage();
    await page.goto(`${h.origin}/explore/?view=countries&order=ARTICLES&size=4`);
    const columns = page.locator('table.matrix thead th');
    await columns.first().waitFor();
    expect(await columns.count()).toBe(4);
    expect(await page.locator('table.matrix tbody tr').count()).toBe(4);
    await page.locator('select[name="size"]').selectOption('6');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('size') === '6');
    await expect.poll(() => columns.count()).toBe(6);

    // A minimum of articles in common: no cell shows fewer, and some shown before are gone.
    const cells = page.locator('table.matrix button.cell');
    const before = (await cells.allTextContents()).map(Number);
    expect(before.some((n) => n < 2)).toBe(true);
    await page.locator('input[name="min"]').fill('2');
    await page.locator('input[name="min"]').press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('min') === '2');
    // (While the new pairs load, the matrix is gone: wait for cells again.)
    await expect.poll(async () => {
      const now = (await cells.allTextContents()).map(Number);
      return now.length > 0 && now.every((n) => n >= 2);
    }, { timeout: 20_000 }).toBe(true);
    await settled(page);
    const ranked = (await page.locator('table.pairs tbody tr td:nth-child(2)').allTextContents()).map(Number);
    expect(ranked.length).toBeGreaterThan(0);
    expect(Math.min(...ranked)).toBeGreaterThanOrEqual(2);

    // Ranked by lift: the first two countries of the axis are the pair with the highest lift.
    const { data } = await gql<{ countryPairs: { nodes: Array<{ a: { id: string }; b: { id: string } }> } }>(
      h.url,
      '{ countryPairs(orderBy: LIFT, minArticles: 2, first: 1) { nodes { a { id } b { id } } } }',
    );
    await page.locator('select[name="order"]').selectOption('LIFT');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('order') === 'LIFT');
    await page.getByRole('heading', { level: 1, name: 'Countries discussed together' }).waitFor();
    await expect.poll(() => page.locator('table.matrix caption').textContent()).toContain('lift');
    await expect.poll(async () => (await columns.allTextContents()).slice(0, 2)).toEqual([data!.countryPairs.nodes[0].a.id, data!.countryPairs.nodes[0].b.id]);
    expect(new URL(page.url()).searchParams.get('min')).toBe('2');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds Greece for "greek" and China for "chinese", as extraction reads them, and says search takes no filter', async () => {
    const page = await openPage();
    await page.goto(`${h.origin}/explore/`);
    await page.getByRole('heading', { name: 'Most mentioned people' }).waitFor();
    await page.getByRole('searchbox').fill('greek');
    await page.getByRole('searchbox').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Results for “greek”' }).waitFor();
    const first = page.locator('ol.results > li').first();
    await first.waitFor();
    expect(await first.getByRole('link').textContent()).toBe('Greece');
    expect(await first.locator('.badge').textContent()).toBe('Country');
    await page.goto(`${h.origin}/explore/?q=chinese&topic=anything`);
    await page.locator('ol.results > li').first().waitFor();
    expect(await page.locator('ol.results > li').first().getByRole('link').textContent()).toBe('China');
    // No country twice: one named by the gazetteer and found by the index is one hit.
    expect(await page.locator('ol.results a', { hasText: /^China$/ }).count()).toBe(1);
    await page.locator('#search-scope').getByText('the date and topic filters do not narrow these results', { exact: false }).waitFor();
    // The API itself: only countries when asked for one kind, and a demonym alone finds its country.
    const { data } = await gql<{ search: Array<{ node: { id: string } }> }>(h.url, '{ search(query: "Greek", kinds: [COUNTRY], first: 3) { node { ... on Country { id } } } }');
    expect(data!.search[0].node.id).toBe('GR');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lists organizations and topics with units on the landing page, shows a visible focus ring, moves to the evidence on Enter, and names the source file', async () => {
    const page = await openPage();
    await page.goto(`${h.origin}/explore/`);
    await page.getByRole('heading', { name: 'Most mentioned organizations' }).waitFor();
    await page.getByRole('heading', { name: 'Largest topics' }).waitFor();
    for (const small of await page.locator('.columns li small').allTextContents()) expect(small).toMatch(/^\d[\d,]* articles?$/);
    expect(await page.locator('.columns section', { hasText: 'Most mentioned organizations' }).locator('li a').count()).toBeGreaterThan(0);
    // The keyboard's focus is drawn 3 px wide.
    await page.getByRole('searchbox').focus();
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const st = getComputedStyle(document.activeElement!);
      return { style: st.outlineStyle, width: parseFloat(st.outlineWidth) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(3);
    expect(await seriousViolations(page)).toEqual([]);

    // Enter on "Evidence" in the connections table: the focus goes to the panel it filled.
    await page.goto(`${h.origin}/explore/?view=entity&kind=PERSON&id=hillary-clinton`);
    const evidence = page.locator('table.connections').getByRole('button', { name: 'Evidence' }).first();
    await evidence.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.matches('aside.detail h3') ?? false);
    const inView = await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      return [r.top >= 0 && r.bottom <= innerHeight, r.top, r.bottom, innerHeight];
    });
    expect(inView[0], JSON.stringify(inView)).toBe(true);

    // An article's source: the file's name, not the path it was ingested from.
    const { data } = await gql<{ articles: { nodes: Array<{ id: string; source: string }> } }>(h.url, '{ articles(filter: { text: "Clinton fails to win Russia pledge" }, first: 1) { nodes { id source } } }');
    const seed = data!.articles.nodes[0];
    // Ingested from seeds/ under the repository: the API answers with the file's name alone.
    expect(seed.source).toBe('000_a572bf6403c7c660.txt');
    await page.goto(`${h.origin}/explore/?view=article&id=${seed.id}`);
    const source = page.locator('p.meta .source');
    await source.waitFor();
    expect(await source.textContent()).toBe(seed.source);
    expect(await page.locator('p.meta').textContent()).not.toMatch(/[\\/]/);
  });

  it('loads the next page on "More" and exports the ranked pairs as shown', async () => {
    const { data } = await gql<{ countryPairs: { nodes: Array<{ a: { id: string }; b: { id: string }; articleCount: number }> } }>(
      h.url,
      '{ countryPairs(first: 1) { nodes { a { id } b { id } articleCount } } }',
    );
    const top = data!.countryPairs.nodes[0];
    expect(top.articleCount).toBeGreaterThan(5);
    const page = await openPage();
    await page.goto(`${h.origin}/explore/?view=countries&order=ARTICLES&pair=${top.a.id}|${top.b.id}`);
    const list = page.locator('aside.detail ol.articles > li');
    await list.first().waitFor();
    expect(await list.count()).toBe(5);
    const first = await list.locator('> a').allTextContents();
    await page.getByRole('button', { name: 'More articles that mention both' }).click();
    await expect.poll(async () => [await list.count(), await page.locator('aside.detail [role="alert"], aside.detail .loading').allTextContents()], { timeout: 20_000 }).toEqual([Math.min(10, top.articleCount), []]);
    // The next page follows the first: the first five unchanged, no article twice.
    const all = await list.locator('> a').allTextContents();
    expect(all.slice(0, 5)).toEqual(first);
    const { data: api } = await gql<{ articles: { nodes: Array<{ title: string }> } }>(
      h.url,
      `{ articles(filter: { mentions: [{ kind: COUNTRY, id: "${top.a.id}" }, { kind: COUNTRY, id: "${top.b.id}" }] }, first: 10) { nodes { title } } }`,
    );
    expect(all).toEqual(api!.articles.nodes.map((a) => a.title));

    // The ranked pairs as CSV and JSON: the rows the table shows, in its order.
    const table = page.locator('table.pairs tbody tr');
    await table.first().waitFor();
    const shown = await table.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    const csv = await exported(page, 'Export these country pairs as CSV');
    expect(csv.name).toBe('country-pairs.csv');
    const rows = csvRows(csv.text);
    expect(rows[0]).toEqual(['a', 'aName', 'b', 'bName', 'articles', 'expected', 'lift', 'pmi']);
    expect(rows.slice(1).map((r) => [`${r[1]} – ${r[3]}`, r[4]])).toEqual(shown.map((r) => [r[0], r[1]]));
    const json = JSON.parse((await exported(page, 'Export these country pairs as JSON')).text) as Array<{ aName: string; bName: string; lift: number }>;
    expect(json.map((p) => `${p.aName} – ${p.bName}`)).toEqual(shown.map((r) => r[0]));
    expect(json.map((p) => p.lift.toFixed(2))).toEqual(shown.map((r) => r[3]));
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('exports a person’s meetings with their evidence, her articles, the connections and the drawn network as shown', async () => {
    const page = await openPage();
    await page.goto(`${h.origin}/explore/?view=entity&kind=PERSON&id=hillary-clinton`);
    await page.locator('ol.meetings li.meeting').first().waitFor();
    await page.waitForFunction(() => ((window as unknown as GraphWindow).explorerGraph?.nodes().map((n) => n).length ?? 0) > 2);
    await settled(page);

    const meetings = csvRows((await exported(page, 'Export these meetings with their evidence as CSV')).text);
    expect(meetings[0]).toEqual(['id', 'date', 'dateSource', 'place', 'placeCountry', 'participants', 'reportCount', 'articleCount', 'evidence', 'articleId', 'articleTitle']);
    const items = page.locator('section[aria-labelledby="meet-h"] ol.meetings > li.meeting');
    expect(meetings.length - 1).toBe(await items.count());
    const firstShown = items.first();
    expect(await firstShown.locator('blockquote').textContent()).toBe(meetings[1][8]);
    expect(await firstShown.locator('time').textContent()).toContain(meetings[1][1]);
    expect(meetings[1][5]).toContain('Hillary Clinton');
    expect(Number(meetings[1][6])).toBeGreaterThanOrEqual(1);

    const articles = JSON.parse((await exported(page, 'Export these articles as JSON')).text) as Array<{ title: string }>;
    expect(articles.map((a) => a.title)).toEqual(await page.locator('#art-h ~ ol.articles > li > a').allTextContents());

    const connections = csvRows((await exported(page, 'Export these connections as CSV')).text);
    const tableRows = page.locator('table.connections tbody tr');
    expect(connections.length - 1).toBe(await tableRows.count());
    expect(`${connections[1][0]} — ${connections[1][3]}`).toBe((await tableRows.first().locator('td').first().textContent())!.trim());

    const graphml = await exported(page, 'Export the drawn network as GraphML');
    expect(graphml.name).toBe('hillary-clinton-network.graphml');
    const drawn = await page.evaluate(() => {
      const cy = (window as unknown as { explorerGraph: { nodes(): { length: number }; edges(): { length: number } } }).explorerGraph;
      return { nodes: cy.nodes().length, edges: cy.edges().length };
    });
    expect(graphml.text.match(/<node /g)?.length).toBe(drawn.nodes);
    expect(graphml.text.match(/<edge /g)?.length).toBe(drawn.edges);
    expect(graphml.text).toContain('<node id="PERSON:hillary-clinton"><data key="name">Hillary Clinton</data>');
  });

  it('opens the seed article with its people, countries and organizations highlighted, and its topics', async () => {
    const { data } = await gql<{ articles: { nodes: Array<{ id: string; people: Array<{ entity: { name: string } }> }> } }>(
      h.url,
      '{ articles(filter: { text: "Clinton fails to win Russia pledge" }, first: 1) { nodes { id people { entity { name } } } } }',
    );
    const seed = data!.articles.nodes[0];
    const page = await openPage();
    await page.goto(`${h.origin}/explore/?view=article&id=${seed.id}`);
    await page.getByRole('heading', { level: 1, name: 'Clinton fails to win Russia pledge on Iran sanctions' }).waitFor();
    const text = page.locator('article .text');
    await text.locator('mark').first().waitFor();
    expect(await text.locator('mark.k-person').allTextContents()).toEqual(expect.arrayContaining(['Hillary Clinton', 'Sergei Lavrov']));
    expect(await text.locator('mark.k-country').allTextContents()).toEqual(expect.arrayContaining(['Russia', 'Iran']));
    expect(await text.locator('mark.k-organization').count()).toBeGreaterThan(0);
    // Every person the API lists is highlighted somewhere.
    const highlighted = new Set(await text.locator('mark.k-person').evaluateAll((ms) => ms.map((m) => m.getAttribute('title'))));
    for (const p of seed.people) expect(highlighted).toContain(`Person: ${p.entity.name}`);
    expect(await page.locator('ul.topics li').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'explorer-article.png'), fullPage: true });

    // A highlighted name leads to its entity.
    await text.locator('mark.k-person', { hasText: 'Sergei Lavrov' }).first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /Sergei Lavrov/ }).waitFor();
  });

  it('applies the date filter to every view and says plainly when nothing is left', async () => {
    const page = await openPage();
    await page.goto(`${h.origin}/explore/?view=entity&kind=PERSON&id=hillary-clinton&from=2015-01-01`);
    await page.getByText('No links with these filters.').waitFor();
    await page.getByText('No meetings reported with these filters.').waitFor();
    await page.getByText('No articles with these filters.').waitFor();
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('2015-01-01');
    // Clearing the filters brings the graph back, and the address drops them.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('from'));
    await page.locator('ol.meetings li.meeting').first().waitFor();
  });

  it('sends no request while a date is typed key by key, applies it once complete, and offers ready-made periods', async () => {
    const page = await openPage();
    await page.goto(`${h.origin}/explore/?view=entity&kind=PERSON&id=hillary-clinton`);
    await page.locator('ol.meetings li.meeting').first().waitFor();
    await settled(page);
    const sent: string[] = [];
    const refused: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql')) sent.push(r.postData() ?? '');
    });
    page.on('response', (r) => {
      if (r.status() >= 400) refused.push(`${r.status()} ${r.url()}`);
    });
    const before = await page.evaluate(() => history.length);
    const from = page.getByLabel('From', { exact: true });
    await from.focus();
    // Chromium's en-US date field: month, day, then the year, whose first digits make "0002-01-01"…
    await page.keyboard.type('01012009', { delay: 120 });
    expect(await from.inputValue()).toBe('2009-01-01');
    // Still typing (the field has the focus): nothing asked yet, the address unchanged.
    expect(sent.filter((b) => /"from":"0/.test(b))).toEqual([]);
    expect(new URL(page.url()).searchParams.has('from')).toBe(false);
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === '2009-01-01');
    await page.locator('ol.meetings li.meeting').first().waitFor();
    await settled(page);
    const withDates = sent.filter((b) => b.includes('"from":'));
    expect(withDates.length).toBeGreaterThan(0);
    // Every request carried the complete day, none a partial one, and none was refused.
    for (const b of withDates) expect(b).toContain('"from":"2009-01-01"');
    expect(refused).toEqual([]);
    // One history entry for the whole date, not one per digit.
    expect(await page.evaluate(() => history.length)).toBe(before + 1);

    // A ready-made period: a year of the news the graph holds.
    await page.locator('select[name="period"]').selectOption('2009');
    await page.waitForFunction(() => new URL(location.href).search.includes('from=2009-01-01&to=2009-12-31'));
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('2009-12-31');
    await page.locator('ol.meetings li.meeting').first().waitFor();
    const last30 = page.locator('select[name="period"] option[value="last30"]');
    expect(await last30.textContent()).toMatch(/Last 30 days \(to the newest article, \d{4}-\d{2}-\d{2}\)/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('applies the topic filter to every part of the page and keeps it in the address and the picker', async () => {
    const { data } = await gql<{ topics: { nodes: Array<{ id: string; name: string }> }; articles: { nodes: Array<{ topics: Array<{ topic: { id: string } }> }> } }>(
      h.url,
      '{ topics(first: 200) { nodes { id name } } articles(filter: { text: "Clinton fails to win Russia pledge" }, first: 1) { nodes { topics { topic { id } } } } }',
    );
    const about = data!.articles.nodes[0].topics[0].topic.id;
    const seedTopics = new Set(data!.articles.nodes[0].topics.map((t) => t.topic.id));
    const other = data!.topics.nodes.find((t) => !seedTopics.has(t.id))!;
    const page = await openPage();
    await page.goto(`${h.origin}/explore/?view=entity&kind=PERSON&id=hillary-clinton&topic=${about}`);
    await page.locator('#art-h ~ ol.articles').getByRole('link', { name: 'Clinton fails to win Russia pledge on Iran sanctions' }).waitFor();
    await page.locator('ol.meetings li.meeting').first().waitFor();
    await page.waitForFunction(() => ((window as unknown as GraphWindow).explorerGraph?.nodes().map((n) => n).length ?? 0) > 2);
    await expect.poll(() => page.locator('select[name="topic"]').inputValue()).toBe(about);
    // Another topic through the picker: her only article is not about it.
    await page.locator('select[name="topic"]').selectOption(other.id);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('topic') === id, other.id);
    await page.getByText('No articles with these filters.').waitFor();
    await page.getByText('No meetings reported with these filters.').waitFor();
    await page.getByText('No links with these filters.').waitFor();
    await page.getByText('No mentions with these filters.').waitFor();
    // Back restores the first topic, in the address and in the picker.
    await page.goBack();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('topic') === id, about);
    await expect.poll(() => page.locator('select[name="topic"]').inputValue()).toBe(about);
  });

  it('says so when From is after To, rather than asking the API', async () => {
    const page = await openPage();
    await page.goto(`${h.origin}/explore/?view=entity&kind=PERSON&id=hillary-clinton&from=2010-01-01&to=2009-01-01`);
    await page.getByRole('heading', { level: 1, name: 'Nothing to show' }).waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain('From (2010-01-01) is after To (2009-01-01)');
    // An impossible day is no filter at all.
    await page.goto(`${h.origin}/explore/?view=entity&kind=PERSON&id=hillary-clinton&from=2009-02-30`);
    await page.getByRole('heading', { level: 1, name: /Hillary Clinton/ }).waitFor();
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('');
  });

  it('shows an unknown entity and a failing API as plain messages', async () => {
    const page = await openPage();
    await page.goto(`${h.origin}/explore/?view=entity&kind=PERSON&id=nobody-at-all`);
    await page.getByText('No person with id "nobody-at-all" in the graph.').waitFor();
    // The API refusing a request (here: a search longer than it takes) is shown with its reason, not swallowed.
    await page.goto(`${h.origin}/explore/?q=${'Clinton '.repeat(30)}`);
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load search results' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/200 characters/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('loaded nothing from elsewhere and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});
