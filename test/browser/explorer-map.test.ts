import path from 'node:path';
import { describe, expect } from 'vitest';
import { CLASS_COLOURS } from '../../explorer/src/classes.ts';
import { RESULTS } from './chromium.js';
import { explorerHarness, seedAndFixtures, seriousViolations, settled } from './page-checks.js';

/** The reports the explorer lists at a time (REPORTS_PAGE in explorer/src/views/evidence.ts). */
const REPORTS_PAGE = 5;
/** One meeting, reported by more articles than a page of reports holds: Monday 1 March 2010 in Paris. */
const REPORTS = REPORTS_PAGE + 2;
const WORDINGS = [
  'German Chancellor Angela Merkel met French President Nicolas Sarkozy in Paris on Monday to discuss aid for Greece.',
  'Angela Merkel and Nicolas Sarkozy held talks in Paris on Monday, officials said.',
  'PARIS (Reuters) - Nicolas Sarkozy met Angela Merkel in Paris on Monday as markets fretted over Greek debt.',
];
async function* articles() {
  yield* seedAndFixtures();
  for (let i = 0; i < REPORTS; i++) {
    const date = i % 2 ? '2010-03-02' : '2010-03-01';
    const title = `Merkel and Sarkozy on Greece, report ${i + 1}`;
    yield { source: `reports/${i + 1}`, bytes: Buffer.from(`${title}\n${date} 10:00:00.0\n${WORDINGS[i % WORDINGS.length]} The two leaders spoke to reporters afterwards.`) };
  }
}

describe("the explorer's partners map and meeting reports, in Chromium", () => {
  const h = explorerHarness(articles);
  const { foreign, problems, openPage, it } = h;

  it("colours Greece's partners on the world map, lists them in the table, and opens a partner on a click", async () => {
    const page = await openPage();
    await page.goto(`${h.origin}/explore/?view=entity&kind=COUNTRY&id=GR`);
    await page.getByRole('heading', { level: 1, name: /Greece/ }).waitFor();
    const germany = page.locator('figure.world a[data-code="DE"]');
    await germany.waitFor();
    await settled(page);
    // Germany is a partner, coloured from the scale; Greece is the chosen country; countries with no article in common stay grey.
    expect(CLASS_COLOURS).toContain(await germany.locator('path').getAttribute('fill'));
    expect(await page.locator('figure.world path.chosen').count()).toBe(1);
    expect(await page.locator('figure.world path:not(.partner):not(.chosen)').count()).toBeGreaterThan(100);
    // Every partner on the map is a row of the table, and the other way round.
    const onMap = (await page.locator('figure.world a[data-code]').evaluateAll((as) => as.map((a) => a.getAttribute('data-code')))).sort();
    await page.getByText(/as a table/).click();
    const rows = page.locator('details.partners-table tbody tr');
    const inTable = (await rows.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('id')))).sort();
    expect(onMap).toEqual(inTable);
    expect(inTable).toContain('DE');
    await page.locator('details.partners-table').getByRole('link', { name: 'Germany' }).waitFor();
    // Its title says what the colour means, on hover as on focus.
    expect(await germany.getAttribute('aria-label')).toMatch(/^Germany: \d+ articles? in common with Greece, lift [\d.]+, PMI -?[\d.]+$/);
    await page.locator('figure.world a[data-code]').first().focus();
    expect(await page.locator('.map-readout').textContent()).toMatch(/in common with Greece/);
    await germany.hover();
    expect(await page.locator('.map-readout').textContent()).toMatch(/^Germany: /);
    expect(await page.locator('.map-legend li').count()).toBeGreaterThanOrEqual(3);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'explorer-map-greece.png'), fullPage: true });

    // Ranked by lift, the address says so and the map draws again.
    await page.getByLabel('Colour by').selectOption('LIFT');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('order') === 'LIFT');
    await settled(page);
    // A click on Germany opens its page in place (no reload), with its own map.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.locator('figure.world a[data-code="DE"]').click();
    await page.getByRole('heading', { level: 1, name: /Germany/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('id')).toBe('DE');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await page.locator('figure.world path.chosen').waitFor();
  });

  it("opens a meeting's reports from its count, and More loads the next page", async () => {
    const page = await openPage();
    await page.goto(`${h.origin}/explore/?view=entity&kind=PERSON&id=angela-merkel`);
    await page.getByRole('heading', { name: 'Who met whom' }).waitFor();
    const meeting = page.locator('li.meeting', { has: page.locator('details.reports') }).filter({ hasText: 'Sarkozy' }).first();
    const summary = meeting.locator('details.reports summary');
    await summary.waitFor();
    expect(await summary.textContent()).toBe(`${REPORTS} reports in ${REPORTS} articles`);
    await summary.click();
    const items = meeting.locator('ol.report-list > li');
    await meeting.getByRole('button', { name: 'More reports' }).waitFor();
    expect(await items.count()).toBe(REPORTS_PAGE);
    // Each report: its article (a link), its day, and its sentence with the two names highlighted.
    expect(await items.first().getByRole('link').textContent()).toMatch(/^Merkel and Sarkozy on Greece, report \d+$/);
    expect(await items.first().locator('time').textContent()).toMatch(/^2010-03-0[12]$/);
    expect((await items.first().locator('blockquote mark').allTextContents()).join(' ')).toMatch(/Merkel.*Sarkozy|Sarkozy.*Merkel/);
    expect(await seriousViolations(page)).toEqual([]);
    await meeting.getByRole('button', { name: 'More reports' }).click();
    await items.nth(REPORTS - 1).waitFor();
    await settled(page);
    expect(await items.count()).toBe(REPORTS);
    expect(await meeting.getByRole('button', { name: 'More reports' }).count()).toBe(0);
    const titles = await items.getByRole('link').allTextContents();
    expect(new Set(titles).size).toBe(REPORTS);
    await page.screenshot({ path: path.join(RESULTS, 'explorer-meeting-reports.png'), fullPage: true });
    // A report's link opens its article.
    await items.last().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /Merkel and Sarkozy on Greece/ }).waitFor();
  });

  it('asked nothing of other origins and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});
