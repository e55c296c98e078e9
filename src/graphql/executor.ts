import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, printSchema, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** How the API executes a validated operation. */
export interface ExecutionOptions {
  /**
   * Runs of a query document through graphql-js before it is compiled with graphql-jit and
   * run compiled from then on; null: never compile.
   */
  jitAfter: number | null;
  /** Compiled queries kept (least recently used go first). */
  maxCompiled?: number;
}

interface Seen {
  runs: number;
  /** Compiled, or null when graphql-jit refused the document (it then stays with graphql-js). */
  compiled?: CompiledQuery | null;
}

/**
 * The executor behind Apollo Server: graphql-js for documents seen fewer than `jitAfter` times,
 * mutations and anything graphql-jit cannot compile, graphql-jit for the rest.
 *
 * Why: the API's clients (dashboards, programs) send the same few documents over and over, and
 * graphql-js walks the document and the schema again for every field of every answer. graphql-jit
 * compiles a document once into a function that resolves it, with the same resolvers, the same
 * DataLoader batching and the same result; on who-met-whom it took about a fifth off the server's
 * CPU per request (see README, API speed). A one-off query (an analyst in the playground) is not
 * worth compiling, hence the threshold.
 *
 * Apollo Server takes a custom executor through its gateway interface only; parsing, validation
 * (with the query limits), the context, error formatting and the HTTP layer stay Apollo's.
 */
export function createExecutor(schema: GraphQLSchema, opts: ExecutionOptions): GatewayExecutor {
  const seen = new LRUCache<string, Seen>({ max: opts.maxCompiled ?? 1000 });
  const jitAfter = opts.jitAfter;

  return async (rc) => {
    const variableValues = rc.request.variables;
    const byGraphqlJs = () =>
      execute({ schema, document: rc.document, operationName: rc.operationName, variableValues, contextValue: rc.context }) as Promise<ExecutionResult>;
    // Mutations write: they run once, through the reference executor.
    if (jitAfter === null || rc.operation.operation !== 'query') return byGraphqlJs();

    const key = `${rc.queryHash}\u0000${rc.operationName ?? ''}`;
    let entry = seen.get(key);
    if (!entry) {
      entry = { runs: 0 };
      seen.set(key, entry);
    }
    if (entry.compiled === undefined && entry.runs >= jitAfter) {
      const compiled = compileQuery(schema, rc.document, rc.operationName ?? undefined);
      entry.compiled = isCompiledQuery(compiled) ? compiled : null;
    }
    if (!entry.compiled) {
      entry.runs++;
      return byGraphqlJs();
    }
    const result = await entry.compiled.query(undefined, rc.context, variableValues ?? {});
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
