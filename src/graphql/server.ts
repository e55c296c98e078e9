import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { repoRoot, type Config } from '../config.js';
import type { Db } from '../graph/driver.js';
import type { Logger } from '../log.js';
import { createContext, type GraphQLContext } from './context.js';
import { resolvers } from './resolvers.js';

export const typeDefs = readFileSync(path.join(repoRoot, 'schema.graphql'), 'utf8');

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  close(): Promise<void>;
}

export async function startServer(opts: { config: Config; db: Db; log: Logger; port?: number; host?: string }): Promise<RunningServer> {
  const { config, db, log } = opts;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    introspection: true,
    includeStacktraceInErrorResponses: !config.production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
        // Driver and programming errors are logged whole here and leave the server without Cypher text.
        log.error({ err: error }, 'resolver failed');
        return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return formatted;
    },
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.driver.verifyConnectivity({ database: db.database });
      res.json({ status: 'ready' });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', reason: 'database not reachable' });
    }
  });
  // Room for a full ingestArticles request (100 articles), far under Apollo's 50 MB default.
  app.use('/graphql', express.json({ limit: '8mb' }), expressMiddleware(apollo, {
      context: async ({ req }) => createContext(db, { authorization: req.headers.authorization, apiKey: config.apiKey }),
    }));

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
    },
  };
}
