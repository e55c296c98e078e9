import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, getOperationAST, parse } from 'graphql';
import * as jit from 'graphql-jit';
import { describe, expect, it, vi } from 'vitest';
import { createExecutor, interpretedBecause } from '../../src/graphql/executor.js';

vi.mock('graphql-jit', async (importOriginal) => {
  const real = await importOriginal<typeof import('graphql-jit')>();
  return { ...real, compileQuery: vi.fn(real.compileQuery) };
});
const compileQuery = vi.mocked(jit.compileQuery);

let writes = 0;
const schema = makeExecutableSchema({
  typeDefs: `type Query { hello(name: String!): String! fail: Int }  type Mutation { write: Int! }`,
  resolvers: {
    Query: {
      hello: (_: unknown, { name }: { name: string }) => `hello ${name}`,
      fail: () => {
        throw new Error('boom');
      },
    },
    Mutation: { write: () => ++writes },
  },
});

/** What Apollo hands the executor, as far as it reads it. */
function request(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  return {
    request: { query, variables },
    document,
    operation: getOperationAST(document)!,
    operationName: null,
    queryHash: query,
    context: {},
  } as unknown as Parameters<ReturnType<typeof createExecutor>>[0];
}

describe('the API executor', () => {
  it('compiles a query document once it has run jitAfter times, and answers alike before and after', async () => {
    compileQuery.mockClear();
    const execute = createExecutor(schema, { jitAfter: 2 });
    const q = 'query H($n: String!) { hello(name: $n) }';
    const answers = [];
    for (const n of ['a', 'b', 'c', 'd']) answers.push(await execute(request(q, { n })));
    expect(answers.map((a) => a.data?.hello)).toEqual(['hello a', 'hello b', 'hello c', 'hello d']);
    expect(compileQuery).toHaveBeenCalledTimes(1);
    // Another document has its own count.
    await execute(request('{ hello(name: "x") }'));
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });

  it('never compiles mutations, nor anything when off', async () => {
    compileQuery.mockClear();
    const on = createExecutor(schema, { jitAfter: 0 });
    const off = createExecutor(schema, { jitAfter: null });
    const before = writes;
    for (let i = 0; i < 3; i++) await on(request('mutation { write }'));
    for (let i = 0; i < 3; i++) await off(request('{ hello(name: "x") }'));
    expect(writes - before).toBe(3);
    expect(compileQuery).not.toHaveBeenCalled();
  });

  it('reports a resolver error compiled as graphql-js does: message, path, locations, original error', async () => {
    const compiled = createExecutor(schema, { jitAfter: 0 });
    const reference = createExecutor(schema, { jitAfter: null });
    const q = '{ hello(name: "x") fail }';
    const [a, b] = [await compiled(request(q)), await reference(request(q))];
    expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(b)));
    expect(a.errors?.[0].path).toEqual(['fail']);
    expect(a.errors?.[0].extensions).toEqual({});
    expect(a.errors?.[0].originalError?.message).toBe('boom');
  });

  it('leaves variables that do not coerce to graphql-js, whose errors Apollo classifies', async () => {
    const compiled = createExecutor(schema, { jitAfter: 0 });
    const reference = createExecutor(schema, { jitAfter: null });
    const q = 'query H($n: String!) { hello(name: $n) }';
    const [a, b] = [await compiled(request(q, {})), await reference(request(q, {}))];
    expect(a).not.toHaveProperty('data');
    expect(a.errors?.map((e) => [e.message, e.nodes?.length])).toEqual(b.errors?.map((e) => [e.message, e.nodes?.length]));
    expect(a.errors?.[0].nodes?.[0].kind).toBe('VariableDefinition');
  });
});

/**
 * Where graphql-jit 0.8.9 answers differently from graphql-js, so the executor keeps the document
 * (or, for input defaults, the schema) with graphql-js. Each case shows the difference: when an
 * upgrade of graphql-jit answers alike, its test fails and the guard can go.
 */
describe('documents kept from graphql-jit', () => {
  const nested = makeExecutableSchema({
    typeDefs: `type Obj { a: Int b: String c: Obj } input F { n: Int = 3 } type Query { obj: Obj echo(f: F): String }`,
    resolvers: { Query: { obj: () => ({ a: 1, b: 'b', c: { a: 2, b: 'c', c: { a: 3 } } }), echo: (_: unknown, a: unknown) => JSON.stringify(a) } },
  });
  const both = async (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    const js = await execute({ schema: nested, document, variableValues: variables });
    const compiled = jit.compileQuery(nested, document);
    if (!jit.isCompiledQuery(compiled)) throw new Error('not compiled');
    const byJit = await compiled.query(undefined, {}, variables);
    return { js: JSON.parse(JSON.stringify(js.data)), jit: JSON.parse(JSON.stringify(byJit.data)), document };
  };

  it('@include around a fragment spread: a removed field comes back', async () => {
    const q = `query($s: Boolean!) { obj { ...G ...F @include(if: $s) } } fragment F on Obj { c { a ...G } } fragment G on Obj { c { b } }`;
    const { js, jit: j, document } = await both(q, { s: false });
    expect(j).not.toEqual(js);
    expect(interpretedBecause(nested, document)).toBe('@include');
  });

  it('a __proto__ alias: the field is dropped', async () => {
    const { js, jit: j, document } = await both(`{ obj { __proto__: c { a } b } }`);
    expect(j).not.toEqual(js);
    expect(interpretedBecause(nested, document)).toBe('a __proto__ alias');
  });

  it('an input field default: not applied', async () => {
    const { js, jit: j, document } = await both(`query($n: Int) { echo(f: { n: $n }) }`);
    expect(j).not.toEqual(js);
    expect(interpretedBecause(nested, document)).toBe('input F has field defaults');
  });

  it('lets everything else through, and the service schema has no input defaults', async () => {
    const { readFileSync } = await import('node:fs');
    const service = makeExecutableSchema({ typeDefs: readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8') });
    expect(interpretedBecause(service, parse(`query W($id: ID!) { meetings(personId: $id, first: 20) { nodes { date participants { name } } } }`))).toBeNull();
  });
});
