import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, isInputObjectType, printSchema, visit, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** How the API executes a validated operation. */
export interface ExecutionOptions {
  /**
   * Runs of a query document through graphql-js before it is compiled with graphql-jit and
   * run compiled from then on; null: never compile.
   */
  jitAfter: number | null;
  /** Compiled queries kept (least recently used go first): 75–300 KB of heap each. */
  maxCompiled?: number;
  /** Documents whose runs are counted until they reach jitAfter. */
  maxCounted?: number;
}

/**
 * Why a document stays with graphql-js, or null when graphql-jit may run it. graphql-jit differs
 * from graphql-js (checked against both; test/unit/executor.test.ts pins each case) where:
 * - @skip/@include sit around fragment spreads: a field the directive removed can come back as null;
 * - an alias is `__proto__`: the field is dropped and the answer's prototype set instead;
 * - an input field has a default value: jit passes null (even to a non-null field) rather than the default.
 * The first two are rare in a document, the third is a property of the schema (none has defaults now).
 */
export function interpretedBecause(schema: GraphQLSchema, document: DocumentNode): string | null {
  let reason: string | null = null;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') reason = `@${node.name.value}`;
    },
    Field(node) {
      if (node.alias?.value === '__proto__') reason = 'a __proto__ alias';
    },
  });
  if (reason) return reason;
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type) && Object.values(type.getFields()).some((f) => f.defaultValue !== undefined)) {
      return `input ${type.name} has field defaults`;
    }
  }
  return null;
}

/**
 * The executor behind Apollo Server: graphql-jit for query documents run at least `jitAfter`
 * times, graphql-js for the rest (first runs, mutations, documents graphql-jit cannot compile or
 * would answer differently, see interpretedBecause).
 *
 * Why: the API's clients (dashboards, programs) send the same few documents over and over, and
 * graphql-js walks the document and the schema again for every field of every answer. graphql-jit
 * compiles a document once into a function that resolves it, with the same resolvers, the same
 * DataLoader batching and the same result; on who-met-whom it took about a fifth off the server's
 * CPU per request (see README, API speed). Compiling costs 10–90 ms of CPU and up to 300 KB, so a
 * document must have been run `jitAfter` times first, and compiled documents are bounded apart
 * from the (cheap) run counts, so one-off queries do not push hot ones out.
 *
 * Apollo Server takes a custom executor through its gateway interface only; parsing, validation
 * (with the query limits), the context, error formatting and the HTTP layer stay Apollo's.
 */
export function createExecutor(schema: GraphQLSchema, opts: ExecutionOptions): GatewayExecutor {
  const counted = new LRUCache<string, { runs: number }>({ max: opts.maxCounted ?? 10_000 });
  /** Compiled, or null when the document stays with graphql-js. */
  const compiled = new LRUCache<string, { query: CompiledQuery | null }>({ max: opts.maxCompiled ?? 200 });
  const jitAfter = opts.jitAfter;

  return async (rc) => {
    const variableValues = rc.request.variables;
    // The operation name as the client sent it: graphql-js then words a missing or unknown one as
    // Apollo would (Apollo resolves it first and hands over null when it could not).
    const byGraphqlJs = () =>
      execute({ schema, document: rc.document, operationName: rc.request.operationName, variableValues, contextValue: rc.context }) as Promise<ExecutionResult>;
    // Mutations write: they run once, through the reference executor. No operation: graphql-js says why.
    if (jitAfter === null || !rc.operation || rc.operation.operation !== 'query') return byGraphqlJs();

    const key = `${rc.queryHash}\u0000${rc.operationName ?? ''}`;
    let entry = compiled.get(key);
    if (!entry) {
      const count = counted.get(key) ?? { runs: 0 };
      if (count.runs < jitAfter) {
        count.runs++;
        counted.set(key, count);
        return byGraphqlJs();
      }
      counted.delete(key);
      const query = interpretedBecause(schema, rc.document) ? null : compileQuery(schema, rc.document, rc.operationName ?? undefined);
      entry = { query: query && isCompiledQuery(query) ? query : null };
      compiled.set(key, entry);
    }
    if (!entry.query) return byGraphqlJs();
    const result = await entry.query.query(undefined, rc.context, variableValues ?? {});
    // No `data` at all: the variables did not coerce, and no resolver ran. graphql-js words (and
    // locates) those errors as Apollo expects to classify them as BAD_USER_INPUT, so it answers.
    if (!('data' in result) && result.errors?.length) return byGraphqlJs();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
}

/**
 * graphql-jit reports errors as GraphQLErrors built its own way, without the `extensions` object
 * graphql-js always sets: Apollo's error formatting reads it and, failing, would answer a bare
 * "Internal server error" without the error's path. The same error, as graphql-js builds it.
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const out = new GraphQLError(e.message, { path: e.path, originalError: e.originalError, extensions: e.extensions ?? undefined });
  (out as { locations?: GraphQLError['locations'] }).locations = e.locations;
  return out;
}

/** A GatewayInterface serving one fixed schema through createExecutor. */
export function executorGateway(schema: GraphQLSchema, opts: ExecutionOptions): GatewayInterface {
  const executor = createExecutor(schema, opts);
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}
