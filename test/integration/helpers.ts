import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver, type Db } from '../../src/graph/driver.js';
import { ensureSchema } from '../../src/graph/schema.js';
import { startServer, type RunningServer } from '../../src/graphql/server.js';
import { createLogger } from '../../src/log.js';

/**
 * Every query compiled by graphql-jit from its first run (the service compiles after ten runs):
 * the integration tests then exercise the executor that serves a dashboard's repeated queries;
 * test/integration/executor.test.ts holds both executors to the same answers.
 */
export const testConfig: Config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', GRAPHQL_JIT_AFTER: '0' } as NodeJS.ProcessEnv);
export const silentLog = createLogger('silent');

/** A Db on the test database with an empty graph and the schema in place; counts statements run. */
export async function freshDb(): Promise<Db & { queries: string[] }> {
  const queries: string[] = [];
  const db = { driver: createDriver(inject('neo4jUri'), testConfig.neo4j), onQuery: (n: string) => void queries.push(n), queries };
  const session = db.driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await ensureSchema(db);
  return db;
}

/** What the graph holds: every node but the writer's version counter, every relationship. */
export async function graphCounts(db: Db): Promise<{ nodes: number; relationships: number }> {
  const session = db.driver.session();
  try {
    const r = await session.run('RETURN COUNT { (n) WHERE NOT n:GraphVersion } AS nodes, COUNT { ()-->() } AS relationships');
    return { nodes: r.records[0].get('nodes'), relationships: r.records[0].get('relationships') };
  } finally {
    await session.close();
  }
}

export async function startTestServer(db: Db, overrides: Partial<Config> = {}): Promise<RunningServer> {
  return startServer({ config: { ...testConfig, ...overrides }, db, log: silentLog, port: 0, host: '127.0.0.1' });
}

export interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** POSTs a GraphQL operation as a client would. */
export async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse<T>;
}
