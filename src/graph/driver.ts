import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Config } from '../config.js';

/**
 * The one handle on the database that the read and write layers take. `onQuery`
 * lets tests (and metrics) see every statement a request runs.
 */
export interface Db {
  driver: Driver;
  database?: string;
  onQuery?: (name: string) => void;
  /** Longest a read may run before Neo4j stops it (ms); default 30 s. */
  readTimeoutMs?: number;
}

export function createDriver(uri: string, cfg: Config['neo4j']): Driver {
  const auth = cfg.password ? neo4j.auth.basic(cfg.user, cfg.password) : undefined;
  return neo4j.driver(uri, auth, {
    // Numbers in this graph (counts, offsets) stay far below 2^53: plain JS numbers at the boundary.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 20_000,
    maxTransactionRetryTime: 15_000,
    userAgent: 'newsgraph/0.1',
  });
}

/**
 * Runs one labelled read statement. The name goes into the transaction metadata,
 * so a slow query in the Neo4j log names its caller.
 */
export async function readQuery<R extends RecordShape>(
  db: Db,
  name: string,
  cypher: string,
  params: Record<string, unknown>,
): Promise<QueryResult<R>> {
  db.onQuery?.(name);
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    // A bound on every read: a heavy traversal gives up with an error instead of holding a database worker.
    return await session.executeRead((tx) => tx.run<R>(cypher, params), {
      metadata: { app: 'newsgraph', query: name },
      timeout: db.readTimeoutMs ?? 30_000,
    });
  } finally {
    await session.close();
  }
}

/** Runs `work` in one managed write transaction (retried by the driver on transient errors). */
export async function writeTransaction<T>(db: Db, name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  db.onQuery?.(name);
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work, { metadata: { app: 'newsgraph', query: name } });
  } finally {
    await session.close();
  }
}

/** Neo4j temporal values and plain strings to ISO 8601, at the read boundary. */
export function toIso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const d = new Date(String(value));
  return Number.isNaN(d.getTime()) ? String(value) : d.toISOString();
}
