import path from 'node:path';
import { buildSchema, getNamedType, isCompositeType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { loadConfig, repoRoot } from '../../src/config.js';
import { startServer, typeDefs, type RunningServer } from '../../src/graphql/server.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { readSources } from '../../src/ingest/sources.js';
import { freshDb, graphCounts, silentLog, startTestServer, testConfig } from './helpers.js';

const KEY = 'abuse-test-key-0123456789';
const limits = testConfig.graphql.limits;

interface Reply {
  status: number;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/**
 * `person { roles { country { articles { nodes { people { entity { ... on Person { roles … } } } } } } } }`
 * down to `__typename`, `levels` deep as graphql-armor counts (fields and inline fragments).
 */
function deepQuery(levels: number): string {
  const steps = ['roles', 'country', 'articles', 'nodes', 'people', 'entity', '... on Person'];
  let inner = '__typename';
  for (let i = levels - 3; i >= 0; i--) inner = `${steps[i % steps.length]} { ${inner} }`;
  return `{ person(id: "hillary-clinton") { ${inner} } }`;
}

const INJECTIONS = [
  `"}) MATCH (n) DETACH DELETE n //`,
  `x'}) MATCH (n) DETACH DELETE n RETURN 1 //`,
  `' OR 1=1 //`,
  `$id`,
  `*:*`,
  `name:* OR title:*`,
  `clinton~0.1 AND -(medvedev) || lavrov^100`,
  `[a TO z] {a TO z}`,
  `"unterminated`,
  `((((((`,
  `\\`,
  `/.*/`,
  `?*`,
  `\u0000\u001f`,
  `<script>alert(1)</script>`,
  `${'a'.repeat(300)}`,
];

/** A sample value for an argument or input field: `inject` replaces the string at `path` (input field names). */
function sample(type: GraphQLInputType, inject?: { path: string[]; value: string }): unknown {
  if (isNonNullType(type)) return sample(type.ofType, inject);
  if (isListType(type)) return [sample(type.ofType, inject)];
  if (inject && inject.path.length === 0) return inject.value;
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || f.name === inject?.path[0]);
    return Object.fromEntries(
      fields.map((f) => [f.name, sample(f.type, f.name === inject?.path[0] ? { path: inject.path.slice(1), value: inject.value } : undefined)]),
    );
  }
  const name = getNamedType(type).name;
  return ({ Int: 1, Float: 1, Boolean: false, DateTime: '2009-01-01' } as Record<string, unknown>)[name] ?? 'x';
}

/** Paths to every String/ID inside a type: [] for the type itself, field names into input objects (one level). */
function stringPaths(type: GraphQLInputType): string[][] {
  const named = getNamedType(type);
  if (['String', 'ID'].includes(named.name)) return [[]];
  if (!isInputObjectType(named)) return [];
  return Object.values(named.getFields())
    .filter((f) => ['String', 'ID'].includes(getNamedType(f.type).name))
    .map((f) => [f.name]);
}

/**
 * One operation per string argument (or string field of an input-object argument)
 * of every query field and of removeArticles, built from the schema, so fields
 * added later are covered too.
 */
function injectionOperations(): Array<{ label: string; query: string; variables: Record<string, unknown> }> {
  const schema = buildSchema(typeDefs);
  const ops: Array<{ label: string; query: string; make: (v: string) => Record<string, unknown> }> = [];
  for (const [rootName, root] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      // Mutations that write would change the graph by design; removeArticles must only ever match ids.
      if (rootName === 'mutation' && field.name !== 'removeArticles') continue;
      for (const target of field.args) {
        for (const p of stringPaths(target.type)) {
          const args = field.args.filter((a) => a === target || isNonNullType(a.type));
          const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
          ops.push({
            label: `${field.name}(${[target.name, ...p].join('.')})`,
            query: `${rootName} (${args.map((a) => `$${a.name}: ${a.type}`).join(', ')}) { ${field.name}(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection} }`,
            make: (v) => Object.fromEntries(args.map((a) => [a.name, sample(a.type, a === target ? { path: p, value: v } : undefined)])),
          });
        }
      }
    }
  }
  return ops.flatMap((op) => INJECTIONS.map((v) => ({ label: op.label, query: op.query, variables: op.make(v) })));
}

describe('abusive queries: refused at parse or validation, or harmless', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let server: RunningServer;
  let seeded: { nodes: number; relationships: number };

  beforeAll(async () => {
    db = await freshDb();
    const summary = await ingest(db, readSources([path.join(repoRoot, 'seeds')]));
    expect(summary.created).toBe(1);
    seeded = await graphCounts(db);
    server = await startTestServer(db, { apiKey: KEY });
  });

  afterAll(async () => {
    await server?.close();
    await db?.driver.close();
  });

  /** Sends a request and says how many database statements it caused. */
  async function refusedWithoutDb(body: unknown) {
    const before = db.queries.length;
    const reply = await post(server.url, body);
    return { ...reply, dbCalls: db.queries.length - before };
  }

  const corpus: Array<{ name: string; body: () => unknown; code: string; message: RegExp }> = [
    {
      name: `nesting deeper than MAX_QUERY_DEPTH (${limits.depth})`,
      body: () => ({ query: deepQuery(limits.depth + 1) }),
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: new RegExp(`depth limit of ${limits.depth} exceeded`),
    },
    {
      name: 'nesting 40 levels deep',
      body: () => ({ query: deepQuery(40) }),
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /depth limit/,
    },
    {
      name: 'an alias flood (100 aliases of stats)',
      body: () => ({ query: `{ ${Array.from({ length: 100 }, (_, i) => `s${i}: stats { articles }`).join(' ')} }` }),
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: new RegExp(`Aliases limit of ${limits.aliases} exceeded, found 100`),
    },
    {
      name: 'a huge list: meetings(first: 100000)',
      body: () => ({ query: '{ meetings(first: 100000) { nodes { id evidence { text } } } }' }),
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /Cost limit/,
    },
    {
      name: 'huge lists nested: countryPairs(first: 500) { articles(first: 500) }',
      body: () => ({ query: '{ countryPairs(first: 500) { nodes { a { name } articles(first: 500) { title people { count } } } } }' }),
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /Cost limit/,
    },
    {
      name: 'many tokens (3000 repeated fields)',
      body: () => ({ query: `{ stats { ${'articles '.repeat(3000)}} }` }),
      code: 'GRAPHQL_PARSE_FAILED',
      message: new RegExp(`more that ${limits.tokens} tokens`),
    },
    {
      name: 'a directive flood (50 @include on one field)',
      body: () => ({ query: `{ stats { articles ${'@include(if: true) '.repeat(50)}} }` }),
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: new RegExp(`Directives limit of ${limits.directives} exceeded`),
    },
    {
      name: 'introspection nested to blow up (__schema.types.fields.type.fields …)',
      body: () => ({
        query: '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }',
      }),
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /Maximum introspection depth exceeded/,
    },
    {
      name: 'a fragment cycle',
      body: () => ({ query: '{ stats { ...A } } fragment A on Stats { articles ...B } fragment B on Stats { people ...A }' }),
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /Cannot spread fragment "A" within itself/,
    },
    {
      name: 'a very long token (a 100,000-character field name)',
      body: () => ({ query: `{ ${'x'.repeat(100_000)} }` }),
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /Cannot query field/,
    },
  ];

  for (const c of corpus) {
    it(`refuses ${c.name} with ${c.code}, before any database call`, async () => {
      const r = await refusedWithoutDb(c.body());
      expect(r.status).toBe(400);
      expect(r.body.data).toBeUndefined();
      expect(r.body.errors?.[0].extensions?.code).toBe(c.code);
      expect(r.body.errors?.[0].message).toMatch(c.message);
      expect(r.dbCalls).toBe(0);
    });
  }

  it('lets the deepest query within the limit through (the limit is not off by one)', async () => {
    const r = await refusedWithoutDb({ query: deepQuery(limits.depth) });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.person).not.toBeNull();
    expect(r.dbCalls).toBeGreaterThan(0);
  });

  it('refuses a huge `first` passed as a variable as it refuses the literal: by cost, before any database call', async () => {
    const r = await refusedWithoutDb({ query: 'query ($n: Int) { meetings(first: $n) { nodes { id } } }', variables: { n: 100_000 } });
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors?.[0].message).toMatch(/Cost limit/);
    expect(r.dbCalls).toBe(0);
  });

  it('refuses a `first` within the cost but out of range by the field, naming the argument, before any database call', async () => {
    const r = await refusedWithoutDb({ query: 'query ($n: Int) { people(first: $n) { nodes { id } } }', variables: { n: 501 } });
    expect(r.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.body.errors?.[0].message).toContain('"first"');
    expect(r.dbCalls).toBe(0);
  });

  it('refuses batched requests (an array of operations) outright', async () => {
    const r = await refusedWithoutDb(Array.from({ length: 50 }, () => ({ query: '{ stats { articles } }' })));
    expect(r.status).toBe(400);
    expect(r.dbCalls).toBe(0);
  });

  it('refuses a body over BODY_LIMIT with 413 PAYLOAD_TOO_LARGE as JSON', async () => {
    const r = await refusedWithoutDb({ query: '{ stats { articles } }', variables: { pad: 'x'.repeat(testConfig.http.bodyLimitBytes) } });
    expect(r.status).toBe(413);
    expect(r.body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(r.dbCalls).toBe(0);
  });

  it('treats injection strings and Lucene syntax in every string argument as plain values: no change to the graph, no internal error', async () => {
    const ops = injectionOperations();
    const labels = new Set(ops.map((o) => o.label));
    // Plain arguments and strings inside input objects (EntityRef.id, ArticleFilter.text) alike.
    expect([...labels]).toEqual(expect.arrayContaining(['search(query)', 'country(code)', 'meetings(personName)', 'removeArticles(ids)']));
    expect([...labels].filter((l) => l.includes('.')).length).toBeGreaterThan(3);
    for (const op of ops) {
      const r = await post(server.url, { query: op.query, variables: op.variables }, { authorization: `Bearer ${KEY}` });
      for (const e of r.body.errors ?? []) {
        // A refusal (or a name that matches nobody: NOT_FOUND) names the argument; anything else would be a leak or a crash.
        expect(['BAD_USER_INPUT', 'NOT_FOUND'], `${op.label} ${JSON.stringify(op.variables)}: ${e.message}`).toContain(e.extensions?.code);
      }
      if (!r.body.errors) expect(r.status, op.label).toBe(200);
    }
    expect(await graphCounts(db)).toEqual(seeded);
  });

  it('still answers afterwards, from an unchanged graph', async () => {
    const r = await post(server.url, { query: '{ stats { articles people } meetings(personName: "Hillary Clinton") { nodes { participants { name } } } }' });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.stats.articles).toBe(1);
    expect(r.body.data.meetings.nodes.flatMap((m: any) => m.participants.map((p: any) => p.name))).toContain('Dmitry Medvedev');
  });
});

/** What a refusal looks like to a client: status, code and message (the same however the arguments came). */
const refusal = (r: Reply) => ({ status: r.status, data: r.body.data, code: r.body.errors?.[0].extensions?.code, message: r.body.errors?.[0].message });

describe('abusive queries: cost from the real arguments (variables and defaults), sub-selections and the answer size', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let server: RunningServer;

  beforeAll(async () => {
    db = await freshDb();
    await ingest(db, readSources([path.join(repoRoot, 'seeds')]));
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.driver.close();
  });

  const REF = '{ kind: PERSON, id: "hillary-clinton" }';
  /** Each query twice: with literals, and with the same values in variables. Both must be refused, identically. */
  const cases: Array<{ name: string; literal: string; withVariables: string; variables: Record<string, unknown> }> = [
    {
      name: 'five aliases of articles(first: 500) with text (the 199 MB answer)',
      literal: `{ ${[1, 2, 3, 4, 5].map((i) => `a${i}: articles(first: 500) { nodes { title text people { entity { name } spans { start end } } } }`).join(' ')} }`,
      withVariables: `query ($n: Int) { ${[1, 2, 3, 4, 5].map((i) => `a${i}: articles(first: $n) { nodes { title text people { entity { name } spans { start end } } } }`).join(' ')} }`,
      variables: { n: 500 },
    },
    {
      name: 'countryPairs(first: 500) { articles(first: 500) }',
      literal: '{ countryPairs(first: 500) { nodes { a { name } articles(first: 500) { title people { count } } } } }',
      withVariables: 'query ($a: Int, $b: Int) { countryPairs(first: $a) { nodes { a { name } articles(first: $b) { title people { count } } } } }',
      variables: { a: 500, b: 500 },
    },
    {
      name: 'neighbourhood(depth: 3, perNode: 50, maxNodes: 200) { edges { articles(first: 100) } } (31 s of Neo4j CPU)',
      literal: `{ neighbourhood(ref: ${REF}, depth: 3, perNode: 50, maxNodes: 200) { edges { source target articles(first: 100) { title publishedAt } } } }`,
      withVariables: `query ($d: Int, $p: Int, $m: Int, $f: Int) { neighbourhood(ref: ${REF}, depth: $d, perNode: $p, maxNodes: $m) { edges { source target articles(first: $f) { title publishedAt } } } }`,
      variables: { d: 3, p: 50, m: 200, f: 100 },
    },
    {
      name: 'people(first: 500) { timeline(bucket: DAY) } (a list of long lists without first)',
      literal: '{ people(first: 500) { nodes { timeline(bucket: DAY) { start articles mentions } } } }',
      withVariables: 'query ($n: Int, $b: TimeBucket) { people(first: $n) { nodes { timeline(bucket: $b) { start articles mentions } } } }',
      variables: { n: 500, b: 'DAY' },
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.name} with literals and with variables alike, before any database call`, async () => {
      const before = db.queries.length;
      const literal = await post(server.url, { query: c.literal });
      const variables = await post(server.url, { query: c.withVariables, variables: c.variables });
      expect(refusal(literal)).toEqual({ status: 400, data: undefined, code: 'GRAPHQL_VALIDATION_FAILED', message: expect.stringMatching(/^Query Cost limit of \d+ exceeded, found \d+/) });
      expect(refusal(variables)).toEqual(refusal(literal));
      expect(db.queries.length).toBe(before);
    });
  }

  it('counts variable defaults: the same neighbourhood with its arguments only in the defaults of its variables is refused', async () => {
    const r = await post(server.url, {
      query: `query ($d: Int = 3, $p: Int = 50, $m: Int = 200) { neighbourhood(ref: ${REF}, depth: $d, perNode: $p, maxNodes: $m) { edges { articles(first: 100) { title } } } }`,
    });
    expect(refusal(r)).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: expect.stringMatching(/Cost limit/) });
  });

  it("lets the explorer's and the playground's own queries through with their variables", async () => {
    const r = await post(server.url, {
      query: `query ($ref: EntityRef!, $perNode: Int, $maxNodes: Int) { neighbourhood(ref: $ref, depth: 1, perNode: $perNode, maxNodes: $maxNodes) { nodes { id kind depth entity { id name articleCount } } edges { id source target kind articleCount meetingCount } } }`,
      variables: { ref: { kind: 'PERSON', id: 'hillary-clinton' }, perNode: 25, maxNodes: 40 },
    });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.neighbourhood.nodes.length).toBeGreaterThan(1);
    const deep = await post(server.url, { query: `{ neighbourhood(ref: ${REF}, depth: 2) { nodes { id entity { name } } edges { source target articles(first: 1) { title } } } }` });
    expect(deep.body.errors).toBeUndefined();
  });

  it('refuses an answer over MAX_ANSWER_BYTES with ANSWER_TOO_LARGE, and still answers a small one', async () => {
    const small = await startTestServer(db, { graphql: { ...testConfig.graphql, limits: { ...testConfig.graphql.limits, answerBytes: 4096 } } });
    try {
      const big = await post(small.url, { query: '{ a: articles(first: 5) { nodes { text } } b: articles(first: 5) { nodes { text } } }' });
      expect(big.body.data).toBeUndefined();
      expect(big.body.errors?.[0].extensions?.code).toBe('ANSWER_TOO_LARGE');
      expect(big.body.errors?.[0].message).toMatch(/MAX_ANSWER_BYTES \(4096 bytes/);
      const ok = await post(small.url, { query: '{ stats { articles } }' });
      expect(ok.body).toEqual({ data: { stats: { articles: 1 } } });
    } finally {
      await small.close();
    }
  });
});

describe('abusive queries: forged cursors and persisted-query hashes', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let server: RunningServer;
  const logged: Array<{ level: number; msg: string }> = [];

  beforeAll(async () => {
    db = await freshDb();
    await ingest(db, readSources([path.join(repoRoot, 'seeds')]));
    const log = pino({ level: 'debug' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
    server = await startServer({ config: testConfig, db, log, port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.close();
    await db?.driver.close();
  });

  const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const forged: Array<{ name: string; after: string; list: 'keyset' | 'offset' }> = [
    { name: 'a keyset whose key is not a date', after: cursor({ k: ['not a date', 'x'] }), list: 'keyset' },
    { name: 'a keyset whose key is a number', after: cursor({ k: [1e308, 'x'] }), list: 'keyset' },
    { name: 'a keyset whose key is a date Neo4j cannot hold', after: cursor({ k: ['99999-01-01T00:00:00Z', 'x'] }), list: 'keyset' },
    { name: 'an offset of 2^63', after: cursor({ o: 2 ** 63 }), list: 'offset' },
    { name: 'an offset of 1e308', after: cursor({ o: 1e308 }), list: 'offset' },
    { name: 'a negative offset', after: cursor({ o: -5 }), list: 'offset' },
    { name: 'garbage base64', after: '%%%not-base64%%%', list: 'offset' },
    { name: 'base64 of garbage', after: Buffer.from('\u0000\u00ff{{').toString('base64'), list: 'keyset' },
  ];
  for (const f of forged) {
    it(`refuses ${f.name} with BAD_USER_INPUT naming "after", logged below error level`, async () => {
      logged.length = 0;
      const query = f.list === 'keyset' ? 'query ($after: String) { articles(after: $after) { nodes { id } } }' : 'query ($after: String) { people(after: $after) { nodes { id } } }';
      const r = await post(server.url, { query, variables: { after: f.after } });
      expect(r.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
      expect(r.body.errors?.[0].message).toMatch(/Argument "after" is not a cursor of this list/);
      expect(logged.filter((l) => l.level >= 50)).toEqual([]);
    });
  }

  it('answers an APQ registration whose hash is not the query\'s with PERSISTED_QUERY_HASH_MISMATCH (400), not an internal error', async () => {
    logged.length = 0;
    const r = await post(server.url, { query: '{ stats { articles } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    expect(r.body.errors?.[0].message).toMatch(/provided sha does not match query/);
    expect(logged.filter((l) => l.level >= 50)).toEqual([]);
  });
});

describe('abusive queries: production defaults', () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(async () => {
    await db?.driver.close();
  });

  it('refuses introspection with NODE_ENV=production unless INTROSPECTION=true, and the playground says it is off', async () => {
    const production = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
    const asked = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', INTROSPECTION: 'true' } as NodeJS.ProcessEnv);
    for (const [config, allowed] of [[production, false], [asked, true]] as const) {
      const server = await startServer({ config, db, log: silentLog, port: 0, host: '127.0.0.1' });
      try {
        const r = await post(server.url, { query: '{ __schema { queryType { name } } }' });
        if (allowed) expect(r.body.data.__schema.queryType.name).toBe('Query');
        else expect(r.body.errors?.[0].message).toMatch(/introspection/i);
        const page = await (await fetch(server.url, { headers: { accept: 'text/html' } })).text();
        expect(page.includes('"introspection":false')).toBe(!allowed);
      } finally {
        await server.close();
      }
    }
  });
});
