import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/graph/driver.js';
import type { RunningServer } from '../../src/graphql/server.js';
import { freshDb, startTestServer, testConfig } from './helpers.js';

async function send(url: string, init: RequestInit): Promise<{ status: number; type: string | null; body: any }> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: res.status, type: res.headers.get('content-type'), body };
}

const json = (query: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/json' },
  body: JSON.stringify({ query }),
});

/** An input object with a misspelt field: graphql-js suggests the right one while coercing variables. */
const misspeltVariable = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: 'mutation ($a: [ArticleInput!]!) { ingestArticles(articles: $a) { created } }',
    variables: { a: [{ titel: 'x', publishedAt: '2009-10-13', body: 'y' }] },
  }),
};

describe('the API over HTTP: GraphQL over HTTP conformance, CSRF, errors', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let server: RunningServer;
  beforeAll(async () => {
    db = await freshDb();
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.driver.close();
  });

  it('passes every MUST of the graphql-http audit suite', async () => {
    const results = await auditServer({ url: server.url });
    const failed = results.filter((r) => r.status === 'error');
    const warnings = results.filter((r) => r.status === 'warn' || r.status === 'notice');
    // The SHOULD and MAY misses, for the record (GET ones are Apollo's CSRF prevention at work).
    console.info(
      `graphql-http audit: ${results.length} audits, ${results.filter((r) => r.status === 'ok').length} ok, ` +
        `${warnings.length} warnings, ${failed.length} MUST failures\n` +
        warnings.map((w) => `  ${w.status} ${w.id} ${w.name}: ${'reason' in w ? w.reason : ''}`).join('\n'),
    );
    expect(results.length).toBeGreaterThan(50);
    expect(failed.map((f) => `${f.id} ${f.name}: ${'reason' in f ? f.reason : ''}`)).toEqual([]);
  });

  it('executes a GET with Accept: application/json (and a CSRF-safe header), per GraphQL over HTTP', async () => {
    const r = await send(`${server.url}?query=${encodeURIComponent('{ stats { articles } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(r.status).toBe(200);
    expect(r.type).toContain('application/json');
    expect(r.body).toEqual({ data: { stats: { articles: 0 } } });
  });

  it('refuses what a cross-site page can send without a preflight: a simple GET, a text/plain or form POST, a POST without content type', async () => {
    const q = encodeURIComponent('{ stats { articles } }');
    const body = JSON.stringify({ query: '{ stats { articles } }' });
    const before = db.queries.length;
    const attempts: Array<[string, RequestInit]> = [
      [`${server.url}?query=${q}`, { headers: { accept: 'application/json' } }],
      [server.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body }],
      [server.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${q}` }],
      [server.url, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: `--x\r\n\r\n${body}\r\n--x--` }],
      [server.url, { method: 'POST', body: new Blob([body]) }],
    ];
    for (const [url, init] of attempts) {
      const r = await send(url, init);
      expect(r.status, `${init.method ?? 'GET'} ${JSON.stringify(init.headers)}`).toBe(400);
      expect(r.body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
    }
    expect(db.queries.length).toBe(before);
  });

  it('does not run mutations from a GET', async () => {
    const r = await send(`${server.url}?query=${encodeURIComponent('mutation { removeArticles(ids: ["x"]) { removed } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(r.status).toBe(405);
  });

  it('names a bad argument with BAD_USER_INPUT', async () => {
    const r = await send(server.url, json('{ country(code: "Russia") { name } }'));
    expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.body.errors[0].extensions.argumentName).toBe('code');
    expect(r.body.errors[0].message).toContain('"code"');
  });

  it('suggests field names outside production', async () => {
    const r = await send(server.url, json('{ stat { articles } }'));
    expect(r.body.errors[0].message).toMatch(/Did you mean "stats"\?/);
    const v = await send(server.url, misspeltVariable);
    expect(v.body.errors.map((e: any) => e.message).join('\n')).toMatch(/"titel".*Did you mean "title"\?/);
  });
});

describe('the API in production', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let broken: Db;
  let server: RunningServer;
  let brokenServer: RunningServer;
  beforeAll(async () => {
    db = await freshDb();
    server = await startTestServer(db, { production: true });
    // A database name the server does not have: every read fails inside the driver with Neo4j's own message.
    broken = { driver: db.driver, database: 'nosuchdatabase', onQuery: db.onQuery };
    brokenServer = await startTestServer(broken, { production: true });
  });
  afterAll(async () => {
    await brokenServer?.close();
    await server?.close();
    await db?.driver.close();
  });

  it('hides field suggestions, which would spell out the schema', async () => {
    const r = await send(server.url, json('{ stat { articles } }'));
    expect(r.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors[0].message).toBe('Cannot query field "stat" on type "Query".');
  });

  it('hides suggestions in variable errors too', async () => {
    const r = await send(server.url, misspeltVariable);
    const messages: string[] = r.body.errors.map((e: any) => e.message);
    expect(r.body.errors.map((e: any) => e.extensions.code)).toEqual(messages.map(() => 'BAD_USER_INPUT'));
    expect(messages.some((m) => m.includes('Field "titel" is not defined by type "ArticleInput".'))).toBe(true);
    expect(messages.join('\n')).not.toContain('Did you mean');
  });

  it('sends no stack trace with an error', async () => {
    const r = await send(server.url, json('{ meetings(first: 0) { nodes { id } } }'));
    expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.body)).not.toContain('stacktrace');
  });

  it('turns a database failure into INTERNAL_SERVER_ERROR without the driver message, Cypher or stack', async () => {
    const r = await send(brokenServer.url, json('{ stats { articles } }'));
    expect(r.body.errors).toEqual([{ message: 'Internal server error', path: ['stats'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(r.body)).not.toMatch(/nosuchdatabase|MATCH|RETURN|Neo\.|stacktrace/);
  });

  it('answers an oversized or broken body with JSON, not an HTML page with a stack', async () => {
    const tooBig = await send(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }', variables: { pad: 'x'.repeat(testConfig.http.bodyLimitBytes) } }),
    });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await send(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ stats' });
    expect(broken.status).toBe(400);
    expect(broken.type).toContain('application/json');
    expect(broken.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(broken.body)).not.toMatch(/at .*\.js|node_modules/);
  });

  it('takes a smaller body limit from the configuration', async () => {
    const small = await startTestServer(db, { http: { ...testConfig.http, bodyLimitBytes: 2048 } });
    try {
      const r = await send(small.url, json(`{ search(query: "${'x'.repeat(3000)}") { score } }`));
      expect(r.status).toBe(413);
      const ok = await send(small.url, json('{ stats { articles } }'));
      expect(ok.body).toEqual({ data: { stats: { articles: 0 } } });
    } finally {
      await small.close();
    }
  });
});

describe('introspection switched off', () => {
  it('refuses schema queries but still answers ordinary ones', async () => {
    const db = await freshDb();
    const server = await startTestServer(db, { graphql: { ...testConfig.graphql, introspection: false } });
    try {
      const r = await send(server.url, json('{ __schema { types { name } } }'));
      expect(r.status).toBe(400);
      expect(r.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.body.errors[0].message).toMatch(/introspection/i);
      expect((await send(server.url, json('{ stats { articles } }'))).body).toEqual({ data: { stats: { articles: 0 } } });
    } finally {
      await server.close();
      await db.driver.close();
    }
  });
});
