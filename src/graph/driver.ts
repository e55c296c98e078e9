import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { isRetriableError, type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type Session } from 'neo4j-driver';
import type { Config } from '../config.js';

/**
 * The only module that imports neo4j-driver: the read and write layers, ingest and the
 * server get the driver's types, integers and error classification from here.
 */
export type { Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';

/** A Cypher integer parameter (LIMIT, SKIP): a JS number would go as a float. */
export const int = neo4j.int;

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
  /** How long readQuery keeps retrying a read that failed transiently (ms); default 15 s, as the driver's managed transactions. */
  readRetryMs?: number;
  /**
   * Reads start from these bookmarks: in a cluster, a reader waits until it has applied them,
   * so a read sees at least what an earlier read of the same request saw (see RequestMemo).
   */
  bookmarks?: string[];
  /**
   * The request this handle serves, when it serves one (the API makes a Db per request): every
   * statement then runs with Neo4j's timeout set to what is left before the request's deadline, and
   * when the signal aborts (the deadline passed, the client went away) the statement in flight is
   * cancelled: its session is closed, which sends Bolt RESET, and Neo4j stops the transaction.
   */
  request?: RequestScope;
}

/** A request's deadline and the signal that says it is over (deadline passed or client gone). */
export interface RequestScope {
  signal: AbortSignal;
  /** Epoch milliseconds. */
  deadline: number;
}

/** Why a request's database work was stopped: its deadline passed, or its client went away. */
export class RequestAbortedError extends Error {
  readonly code = 'newsgraph.RequestAborted';
  constructor(readonly reason: 'deadline' | 'disconnected') {
    super(reason === 'deadline' ? 'the request passed its deadline' : 'the client went away before the answer');
    this.name = 'RequestAbortedError';
  }
}

/** The reason a RequestScope's signal aborted with (server.ts aborts with 'deadline' or 'disconnected'). */
function abortedBy(signal: AbortSignal): RequestAbortedError {
  return signal.reason instanceof RequestAbortedError ? signal.reason : new RequestAbortedError(signal.reason === 'disconnected' ? 'disconnected' : 'deadline');
}

/** A statement's timeout: the read bound, or what is left of the request's time if less (at least 1 ms). */
function timeoutFor(db: Db, bound: number | undefined): number | undefined {
  if (!db.request) return bound;
  const left = Math.max(1, Math.ceil(db.request.deadline - Date.now()));
  return bound === undefined ? left : Math.min(bound, left);
}

/**
 * Runs `work` on `session`, and closes the session (without waiting: a frozen server would never
 * answer) when the request's signal aborts first, rejecting with RequestAbortedError. Closing a
 * session with a statement in flight makes the driver send RESET, on which Neo4j terminates the
 * transaction; the statement's timeout (timeoutFor) stops it server-side too, should RESET not arrive.
 */
async function cancellable<T>(db: Db, session: Session, work: Promise<T>): Promise<T> {
  const signal = db.request?.signal;
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => {});
    throw abortedBy(signal);
  }
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      session.close().catch(() => {});
      reject(abortedBy(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort!);
    work.catch(() => {});
    aborted.catch(() => {});
  }
}

/** Closes a session, unless the request is over: then cancellable closed it already, and waiting on a frozen server would hang. */
async function closeSession(db: Db, session: Session): Promise<void> {
  if (db.request?.signal.aborted) {
    session.close().catch(() => {});
    return;
  }
  await session.close();
}

export function createDriver(uri: string, cfg: Config['neo4j']): Driver {
  const auth = cfg.password ? neo4j.auth.basic(cfg.user, cfg.password) : undefined;
  return neo4j.driver(uri, auth, {
    // Numbers in this graph (counts, offsets) stay far below 2^53: plain JS numbers at the boundary.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 20_000,
    // A server that accepts connections and never answers (frozen, SIGSTOPped) holds a connection
    // attempt this long (the driver's default is 30 s); requests stop waiting at their deadline anyway.
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 15_000,
    userAgent: 'newsgraph/0.1',
  });
}

/**
 * Runs `start` (which must construct its Result synchronously) with stack capture off. The driver
 * records the caller's stack for every Result, eagerly formatted, in case the query fails: about a
 * tenth of the API server's CPU under load (`npm run bench:api`, CPU profile), for a stack only a
 * failure reads. readQuery puts the caller's (async) stack on a failure itself, see withCallerStack.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A failed read's error with the stack of readQuery's callers (async frames included) and the statement's name. */
function withCallerStack(err: unknown, name: string): unknown {
  if (err instanceof Error) {
    const here = new Error().stack?.split('\n').slice(1).join('\n') ?? '';
    err.stack = `${err.name}: ${err.message} (read ${name})\n${here}`;
  }
  return err;
}

/**
 * Runs one labelled read statement. The name goes into the transaction metadata,
 * so a slow query in the Neo4j log names its caller.
 *
 * An auto-commit transaction (RUN + PULL in one round trip) rather than a managed one
 * (BEGIN, RUN + PULL, COMMIT): every read is a single statement, and the managed form
 * doubled the client and server CPU of a small lookup (`npm run bench:api`). What the
 * managed form added is kept here: a read that fails transiently (a leader switch, a
 * reader restarting, no Bolt thread free) is retried with jittered, doubling waits from
 * 200 ms for up to `readRetryMs`, as the driver's executeRead did (maxTransactionRetryTime).
 */
export async function readQuery<R extends RecordShape>(
  db: Db,
  name: string,
  cypher: string,
  params: Record<string, unknown>,
): Promise<QueryResult<R>> {
  return (await readWithBookmarks<R>(db, name, cypher, params)).result;
}

/**
 * readQuery, also returning the bookmarks the read was made at: reads given those bookmarks
 * (Db.bookmarks) see at least the same state, on any cluster member.
 */
export async function readWithBookmarks<R extends RecordShape>(
  db: Db,
  name: string,
  cypher: string,
  params: Record<string, unknown>,
): Promise<{ result: QueryResult<R>; bookmarks: string[] }> {
  db.onQuery?.(name);
  const giveUpAt = Date.now() + (db.readRetryMs ?? 15_000);
  // A bound on every read: a heavy traversal gives up with an error instead of holding a database worker.
  // Within a request, no longer than the request has left.
  for (let wait = 200; ; wait *= 2) {
    const config = { metadata: { app: 'newsgraph', query: name }, timeout: timeoutFor(db, db.readTimeoutMs ?? 30_000) };
    const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ, bookmarks: db.bookmarks });
    let failure: unknown;
    try {
      // A Result is a thenable that runs the statement when awaited: wrapped in a promise here to be raced against the request's end.
      const result = await cancellable(db, session, Promise.resolve(withoutStackCapture(() => session.run<R>(cypher, params, config))));
      return { result, bookmarks: session.lastBookmarks() };
    } catch (err) {
      failure = err;
    } finally {
      await closeSession(db, session);
    }
    if (failure instanceof RequestAbortedError) throw failure;
    const pause = wait * (0.8 + 0.4 * Math.random());
    if (!isRetriableError(failure) || Date.now() + pause > giveUpAt) throw withCallerStack(failure, name);
    // A request that ends while waiting stops waiting (the next turn throws RequestAbortedError).
    await sleep(pause, undefined, { signal: db.request?.signal }).catch(() => {});
  }
}

/** Runs `work` in one managed write transaction (retried by the driver on transient errors). */
export async function writeTransaction<T>(db: Db, name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  db.onQuery?.(name);
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    // Within a request, the transaction rolls back when the request ends first: nothing is half-written.
    return await cancellable(db, session, session.executeWrite(work, { metadata: { app: 'newsgraph', query: name }, timeout: timeoutFor(db, undefined) }));
  } finally {
    await closeSession(db, session);
  }
}

/**
 * Instants to ISO 8601 at the read boundary: epoch milliseconds (what hot statements return,
 * `x.epochMillis`, as decoding a Neo4j DateTime in the driver costs more than the rest of the
 * row), Neo4j temporal values and plain strings.
 */
export function toIso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const d = new Date(typeof value === 'number' ? value : String(value));
  return Number.isNaN(d.getTime()) ? String(value) : d.toISOString();
}

/** Answers "is the database reachable now?" within `timeoutMs`, whatever the driver does. */
export async function databaseReachable(db: Db, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([db.driver.verifyConnectivity({ database: db.database }).then(() => true as const), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------- what a driver error means

const codeOf = (err: unknown): string => {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : '';
};

/**
 * Errors a batch write can be refused with for what it holds: a constraint, a bad value, and also
 * Neo4j's DatabaseErrors (a value too large for an index is one), and anything else that is neither
 * "the database is away" (transient, waited for) nor "we may not write" (security, which no split
 * can fix). Retrying the same batch cannot help; splitting it finds the article that causes it.
 */
export function isDataError(err: unknown): boolean {
  const code = codeOf(err);
  if (code.startsWith('Neo.ClientError.Security.')) return false;
  return !isTransientError(err) && !isUnavailableError(err);
}

/** Errors worth waiting out and retrying: the driver's retriable errors and an unreachable server. */
export function isTransientError(err: unknown): boolean {
  return isRetriableError(err as Error) || codeOf(err) === 'ServiceUnavailable';
}

/** Driver errors that mean "the database is not there right now", not "this request is wrong". */
const UNAVAILABLE_DRIVER_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isUnavailableError(err: unknown): boolean {
  return UNAVAILABLE_DRIVER_CODES.has(codeOf(err));
}

/** A statement Neo4j stopped at its timeout (Db.readTimeoutMs). */
export function isTimeoutError(err: unknown): boolean {
  return codeOf(err).startsWith('Neo.ClientError.Transaction.TransactionTimedOut');
}
