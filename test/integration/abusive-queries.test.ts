import path from 'node:path';
import { buildSchema, getNamedType, isCompositeType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { typeDefs, type RunningServer } from '../../src/graphql/server.js';
import { ingest } from '../../src/ingest/pipeline.js';
import { readSources } from '../../src/ingest/sources.js';
import { freshDb, graphCounts, startTestServer, testConfig } from './helpers.js';

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

  it('refuses a huge `first` passed as a variable in the resolver, naming the argument, before any database call', async () => {
    const r = await refusedWithoutDb({ query: 'query ($n: Int) { meetings(first: $n) { nodes { id } } }', variables: { n: 100_000 } });
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
