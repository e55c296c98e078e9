import path from 'node:path';
import * as jit from 'graphql-jit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { PLAYGROUND_EXAMPLES } from '../../src/http/playground-examples.js';
import type { RunningServer } from '../../src/graphql/server.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { readSources } from '../../src/ingest/sources.js';
import { freshDb, startTestServer, testConfig } from './helpers.js';

vi.mock('graphql-jit', async (importOriginal) => {
  const real = await importOriginal<typeof import('graphql-jit')>();
  return { ...real, compileQuery: vi.fn(real.compileQuery) };
});
const compileQuery = vi.mocked(jit.compileQuery);

/**
 * graphql-jit serves the queries a client repeats; Apollo's own execution (graphql-js) is the
 * reference. Both servers run on the same graph and must answer every request byte for byte alike: data, errors with their
 * messages, codes, paths and locations, and the HTTP status (in production, as deployed: no stack traces).
 */
const CASES: Array<{
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  /** The answer holds errors. */
  fails?: true;
  /** graphql-jit would answer differently: the document must stay with graphql-js. */
  interpreted?: true;
}> = [
  ...PLAYGROUND_EXAMPLES.map((e) => ({ name: e.name, query: e.query, variables: e.variables })),
  {
    name: 'abstract types through fragments',
    query: `query S($q: String!) { search(query: $q, first: 10) { score node { __typename ...on Person { id name roles { title } } ...on Country { code name } ...on Organization { id name } ...on Topic { id name } } } }`,
    variables: { q: 'russia' },
  },
  {
    name: 'an interface by reference, aliases and @skip/@include',
    query: `query E($skip: Boolean!) {
      a: entity(ref: { kind: PERSON, id: "hillary-clinton" }) { __typename id name ... on Person { meetings(first: 3) { totalCount nodes { id date } } } }
      b: entity(ref: { kind: COUNTRY, id: "RU" }) { name articleCount @skip(if: $skip) timeline(bucket: YEAR) @include(if: $skip) { start articles mentions meetings } }
      c: entity(ref: { kind: PERSON, id: "nobody-at-all" }) { id }
    }`,
    variables: { skip: true },
    interpreted: true,
  },
  {
    name: 'nested lists and pages',
    query: `{ articles(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title publishedAt people { entity { name } count spans { start end } } topics { topic { id } score } meetings { participants { name } } } } } }`,
  },
  { name: 'a resolver refusing an argument', query: `{ meetings(first: 0) { nodes { id } } }`, fails: true },
  { name: 'a refused argument inside a list', query: `{ people(first: 2) { nodes { id articles(first: 900) { totalCount } } } }`, fails: true },
  { name: 'a variable of the wrong type', query: `query M($n: Int) { meetings(first: $n) { totalCount } }`, variables: { n: 'ten' }, fails: true },
  { name: 'a missing required variable', query: `query P($id: ID!) { person(id: $id) { name } }`, fails: true },
  { name: 'a misspelt input field in a variable', query: `query A($f: ArticleFilter) { articles(filter: $f) { totalCount } }`, variables: { f: { txt: 'x' } }, fails: true },
  { name: 'introspection', query: `{ __schema { queryType { name } types { name kind } } __type(name: "Meeting") { fields { name type { name kind ofType { name } } } } }` },
  { name: 'a mutation without the key', query: `mutation { removeArticles(ids: ["x"]) { removed } }`, fails: true, interpreted: true },
  { name: 'one of two operations, by name', query: `query A { stats { articles } } query B { stats { people } }`, operationName: 'B' },
  { name: 'two operations and no name', query: `query A { stats { articles } } query B { stats { people } }`, fails: true, interpreted: true },
  { name: 'an operation name the document lacks', query: `query A { stats { articles } }`, operationName: 'C', fails: true, interpreted: true },
  {
    name: '@include around a fragment spread that repeats a field',
    query: `query N($s: Boolean!) { person(id: "hillary-clinton") { ...G ...F @include(if: $s) } }
      fragment F on Person { meetings(first: 2) { nodes { id } ...H } } fragment G on Person { meetings(first: 2) { totalCount } }
      fragment H on MeetingConnection { totalCount }`,
    variables: { s: false },
    interpreted: true,
  },
  { name: 'a __proto__ alias', query: `{ stats { __proto__: articles people } }`, interpreted: true },
];

describe('graphql-jit and graphql-js answer alike', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let reference: RunningServer;
  let compiled: RunningServer;

  beforeAll(async () => {
    db = await freshDb();
    const gold = path.join(repoRoot, 'test/fixtures/gold');
    const summary = await ingest(db, readSources([path.join(repoRoot, 'seeds'), `${gold}/*.txt`]), { workers: 0 });
    expect(summary.rejected).toEqual([]);
    reference = await startTestServer(db, { graphql: { ...testConfig.graphql, jitAfter: null }, production: true });
    compiled = await startTestServer(db, { graphql: { ...testConfig.graphql, jitAfter: 1 }, production: true });
  }, 180_000);

  afterAll(async () => {
    await reference?.close();
    await compiled?.close();
    await db?.driver.close();
  });

  const send = async (url: string, body: unknown) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.text() };
  };

  it.each(CASES)('$name', async ({ query, variables, operationName, fails, interpreted }) => {
    const body = { query, variables, operationName };
    const expected = await send(reference.url, body);
    compileQuery.mockClear();
    // The first run goes through graphql-js (jitAfter 1), the next ones run compiled.
    const runs = [await send(compiled.url, body), await send(compiled.url, body), await send(compiled.url, body)];
    for (const got of runs) expect(got).toEqual(expected);
    // …and they did run compiled, or were kept from graphql-jit where it would differ.
    if (interpreted) expect(compileQuery).not.toHaveBeenCalled();
    else expect(compileQuery.mock.results.map((r) => r.type === 'return' && jit.isCompiledQuery(r.value as Parameters<typeof jit.isCompiledQuery>[0]))).toEqual([true]);
    // Each case answers as meant: the alike answers are not alike failures.
    const answer = JSON.parse(expected.body);
    if (fails) expect(answer.errors?.length, expected.body).toBeGreaterThan(0);
    else expect(answer.errors, expected.body).toBeUndefined();
  });
});
