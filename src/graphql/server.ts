import http from 'node:http';
import os from 'node:os';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express from 'express';
import type { Config } from '../config.js';
import { RequestAbortedError, type Db, type RequestScope } from '../graph/driver.js';
import { bodyErrorHandler } from '../http/body-errors.js';
import { mountExplorer } from '../http/explorer.js';
import { mountHealth } from '../http/health.js';
import { mountPlayground } from '../http/playground.js';
import { ExtractionPool } from '../ingest/extraction-pool.js';
import { pickExamples } from '../http/playground-examples.js';
import type { Logger } from '../log.js';
import { ReadCache } from '../read/cache.js';
import { createContext, type GraphQLContext } from './context.js';
import { formatClientError } from './errors.js';
import { executorGateway } from './executor.js';
import { limitRules, limitsPlugin, parseOptions } from './limits.js';
import { resolvers, typeDefs } from './schema.js';

export { typeDefs };

/**
 * A request's deadline and end: the signal aborts when `timeoutMs` have passed, or when the
 * connection closes before the answer was sent (the client went away). Either cancels the
 * database work the request started (see Db.request in src/graph/driver.ts).
 */
function requestScope(res: http.ServerResponse, timeoutMs: number): RequestScope {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new RequestAbortedError('deadline')), timeoutMs);
  // A request's timer never keeps a stopping process alive.
  timer.unref();
  res.once('close', () => {
    clearTimeout(timer);
    if (!res.writableFinished) controller.abort(new RequestAbortedError('disconnected'));
  });
  return { signal: controller.signal, deadline: Date.now() + timeoutMs };
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  close(): Promise<void>;
}

/**
 * The service: Apollo (schema, executor, limits, errors) at /graphql, in an Express app with
 * the pieces of src/http (health, playground, explorer, body errors) around it.
 */
export async function startServer(opts: { config: Config; db: Db; log: Logger; port?: number; host?: string }): Promise<RunningServer> {
  const { config, db, log } = opts;
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every response body for an ETag; GraphQL answers are POSTs nobody revalidates.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  // Shared by every request of this process; each request keys it by the graph version it reads.
  const cache = config.graphql.readCacheRows > 0 ? new ReadCache(config.graphql.readCacheRows) : null;
  // ingestArticles' extraction threads: started by the first mutation, not by a service that only reads; a core is
  // left to this thread. Idle for a minute, the threads end (and give back their models' memory) until needed again.
  let pool: ExtractionPool | undefined;
  const extraction = () => (pool ??= new ExtractionPool({ threads: Math.max(1, os.availableParallelism() - 1), idleTimeoutMs: 60_000 }));

  const apollo = new ApolloServer<GraphQLContext>({
    // With graphql-jit, the schema Apollo would build from typeDefs and resolvers (with the same
    // library) is built here: a custom executor comes through Apollo's gateway interface, which
    // brings its own schema. Without it, Apollo's own execution.
    ...(config.graphql.jitAfter === null
      ? { typeDefs, resolvers }
      : { gateway: executorGateway(makeExecutableSchema<GraphQLContext>({ typeDefs, resolvers }), { jitAfter: config.graphql.jitAfter }) }),
    // On by default: the playground needs the schema for completion and its docs.
    introspection: config.graphql.introspection,
    // Refuses a query with more than MAX_QUERY_TOKENS tokens while parsing it.
    parseOptions: parseOptions(config.graphql.limits),
    // Depth, alias, directive and cost limits; a refused query runs no resolver.
    validationRules: limitRules(config.graphql.limits),
    // Explicit although it is Apollo's default: a GET, or a POST with a form or text content type,
    // needs a header a cross-site form or <img> cannot send (apollo-require-preflight).
    csrfPrevention: true,
    // "Did you mean …?" suggestions spell out the schema: only outside production.
    hideSchemaDetailsFromClientErrors: config.production,
    // Never, development included: a stack trace tells the browser about the server's files and
    // helps no client; formatClientError logs every unexpected error whole on the server.
    includeStacktraceInErrorResponses: false,
    // `serve` handles SIGTERM/SIGINT: it stops this server, then closes the driver and the local
    // Neo4j. Apollo's own handlers (on unless NODE_ENV=test) would re-raise the signal once the
    // server stopped and kill the process before those close.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // The schema sets no @cacheControl hints; Apollo's default plugin would still visit every
      // resolved field to compute a cache policy nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      // The cost, from the real arguments (variables included), and the answer's size.
      limitsPlugin(config.graphql.limits, log),
    ],
    formatError: (formatted, error) => formatClientError(formatted, error, log, { hideSuggestions: config.production, requestTimeoutMs: config.graphql.requestTimeoutMs }),
  });
  await apollo.start();

  mountHealth(app, db);
  mountPlayground(app, '/graphql', { introspection: config.graphql.introspection, pick: () => pickExamples(db) });
  mountExplorer(app);
  app.use(
    '/graphql',
    // The default of 8 MB holds a full ingestArticles request (100 articles), far under Apollo's 50 MB.
    express.json({ limit: config.http.bodyLimitBytes }),
    (req, _res, next) => {
      // Express 5 leaves req.body unset when nothing was parsed (a GET, a text/plain POST); Apollo
      // refuses that as a setup error (500). An absent body lets Apollo answer: CSRF check, 400.
      if (!('body' in req)) (req as { body?: unknown }).body = undefined;
      next();
    },
    expressMiddleware(apollo, {
      // Each request reads through its own Db, which carries its deadline and the signal that ends its database work.
      context: async ({ req, res }) =>
        createContext(
          { ...db, request: requestScope(res, config.graphql.requestTimeoutMs) },
          { authorization: req.headers.authorization, apiKey: config.apiKey, cache, extraction },
        ),
    }),
  );
  app.use(bodyErrorHandler(log));

  const port = opts.port ?? config.http.port;
  const host = opts.host ?? config.http.host;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, resolve);
  });
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}/graphql`;
  log.info({ url }, 'GraphQL API ready');
  return {
    url,
    httpServer,
    close: async () => {
      await apollo.stop();
      await pool?.close();
    },
  };
}
