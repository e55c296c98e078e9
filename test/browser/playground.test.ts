import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { examplesFor, PLAYGROUND_EXAMPLES, type PlaygroundExample } from '../../src/http/playground-examples.js';
import { typeDefs, type RunningServer } from '../../src/graphql/server.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { readSources } from '../../src/ingest/sources.js';
import { freshDb, gql, startTestServer } from '../integration/helpers.js';
import { launchChromium, RESULTS, watchPage } from './chromium.js';

/** How many non-null scalars an answer holds. */
function answeredValues(x: unknown): number {
  if (x === null || x === undefined) return 0;
  if (Array.isArray(x)) return x.reduce((n: number, v) => n + answeredValues(v), 0);
  if (typeof x === 'object') return Object.values(x).reduce((n: number, v) => n + answeredValues(v), 0);
  return 1;
}

describe('the GraphiQL playground at /graphql', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let server: RunningServer;
  let browser: Browser | undefined;

  beforeAll(async () => {
    db = await freshDb();
    const summary = await ingest(db, readSources([path.join(repoRoot, 'seeds')]));
    expect(summary.created).toBe(1);
    server = await startTestServer(db);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.driver.close();
  });

  it('keeps every example valid against the schema and answering on the seed article', async () => {
    const schema = buildSchema(typeDefs);
    for (const example of PLAYGROUND_EXAMPLES) {
      expect(validate(schema, parse(example.query)), example.name).toEqual([]);
      const res = await gql(server.url, example.query, example.variables);
      expect(res.errors, example.name).toBeUndefined();
      // An answer, not an empty list or a null: the example shows something on the seed article.
      expect(answeredValues(res.data), example.name).toBeGreaterThan(0);
    }
  });

  it('writes the served examples for the graph’s own most mentioned person and most frequent pair, each answering', async () => {
    const { data } = await gql<{ people: { nodes: Array<{ id: string; name: string }> }; meetingPairs: { nodes: Array<{ a: { id: string; name: string }; b: { id: string; name: string } }> } }>(
      server.url,
      '{ people(first: 1) { nodes { id name } } meetingPairs(first: 1) { nodes { a { id name } b { id name } } } }',
    );
    const person = data!.people.nodes[0];
    const pair = data!.meetingPairs.nodes[0];
    const html = await (await fetch(server.url, { headers: { accept: 'text/html' } })).text();
    const config = JSON.parse(html.match(/<script id="playground-config" type="application\/json">(.*?)<\/script>/s)![1]) as { examples: PlaygroundExample[] };
    expect(config.examples).toEqual(examplesFor({ person, pair }));
    const connects = config.examples.find((e) => e.name === 'WhatConnects')!;
    expect(connects.query).toContain(`id: "${pair.a.id}"`);
    expect(config.examples.find((e) => e.name === 'Neighbourhood')!.query).toContain(`id: "${person.id}"`);
    for (const example of config.examples) {
      const res = await gql(server.url, example.query, example.variables);
      expect(res.errors, example.name).toBeUndefined();
      expect(answeredValues(res.data), example.name).toBeGreaterThan(0);
    }
    // A name that matches nobody is said plainly, not answered with an empty list.
    const nobody = await gql(server.url, '{ meetings(personName: "Zbigniew Nobody") { totalCount } }');
    expect(nobody.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('serves the page to a browser and JSON to a GraphQL client at the same URL', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/); // no CDN
    for (const asset of [...html.matchAll(/(?:src|href)="(\/playground-assets\/[^"]+)"/g)].map((m) => m[1])) {
      const res = await fetch(new URL(asset, server.url));
      expect(res.status, asset).toBe(200);
      expect((await res.arrayBuffer()).byteLength, asset).toBeGreaterThan(100);
    }
    const unknown = await fetch(new URL('/playground-assets/..%2F..%2Fpackage.json', server.url));
    expect(unknown.status).toBe(404);
    const api = await fetch(`${server.url}?query=${encodeURIComponent('{ stats { articles } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await api.json()).toEqual({ data: { stats: { articles: 1 } } });
  });

  it('runs the who-met-whom example in Chromium and shows the seed article’s meeting reports, loading nothing from elsewhere', async () => {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const foreign: string[] = [];
    const problems: string[] = [];
    watchPage(page, new URL(server.url).origin, { foreign, problems });

    await page.goto(server.url);
    // One tab per example, the first one open.
    await page.waitForSelector('.graphiql-execute-button');
    const tabs = page.locator('.graphiql-tab');
    expect(await tabs.count()).toBe(PLAYGROUND_EXAMPLES.length);
    expect(await tabs.first().textContent()).toContain('WhoMetWhom');

    await page.click('.graphiql-execute-button');
    // CodeMirror draws only the visible lines: read the whole response from the editor instead.
    const handle = await page.waitForFunction(() => {
      const editor = document.querySelector('.result-window .CodeMirror') as (Element & { CodeMirror?: { getValue(): string } }) | null;
      const text = editor?.CodeMirror?.getValue() ?? '';
      return text.includes('"data"') || text.includes('"errors"') ? text : false;
    });
    const response = JSON.parse((await handle.jsonValue()) as string);
    expect(response.errors).toBeUndefined();
    // The example asks about a person of the graph's most frequent pair: on the seed, a meeting of the Clinton visit.
    const nodes = response.data.meetings.nodes as Array<{ participants: Array<{ name: string }>; reports: Array<{ article: { title: string }; evidence: { text: string } }> }>;
    expect(nodes.length).toBeGreaterThan(0);
    const reports = nodes.flatMap((m) => m.reports);
    expect(reports.map((r) => r.article.title)).toContain('Clinton fails to win Russia pledge on Iran sanctions');
    expect(reports.every((r) => r.evidence.text.length > 0)).toBe(true);

    await page.screenshot({ path: path.join(RESULTS, 'playground-who-met-whom.png') });
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});
