import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isTimeoutError, isUnavailableError, RequestAbortedError } from '../graph/driver.js';
import { ArgumentError } from '../read/errors.js';

/** A bad argument: names it, says why, and carries BAD_USER_INPUT. */
export function badInput(argument: string, reason: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${reason}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName: argument },
  });
}

/** An argument that names something the graph does not hold (a person's name): NOT_FOUND, naming the argument. */
export function notFound(argument: string, reason: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${reason}`, {
    extensions: { code: 'NOT_FOUND', argumentName: argument },
  });
}

/** Mutations need the API key; says how to get one when the service has none. */
export function requireKey(ctx: { authorized: boolean; mutationsEnabled: boolean }): void {
  if (ctx.authorized) return;
  throw new GraphQLError(
    ctx.mutationsEnabled
      ? 'This mutation needs the API key: send "Authorization: Bearer <API_KEY>"'
      : 'Mutations are off: the service has no API_KEY configured',
    { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } },
  );
}

/** A write that gave up on an unreachable database, having written nothing half. */
export function writeUnavailable(): GraphQLError {
  return new GraphQLError('The database is unavailable; nothing of this request was half-written, send it again', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });
}

/**
 * The one place where the read layer's typed errors become the API's: a request value the
 * read layer refused (ArgumentError: a cursor of another list) is BAD_USER_INPUT naming the
 * argument, exactly as if a resolver had thrown badInput. Undefined for any other error.
 */
function fromReadError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError | undefined {
  if (!(original instanceof ArgumentError)) return undefined;
  const { code: _internal, ...rest } = formatted.extensions ?? {};
  return { ...formatted, extensions: { code: 'BAD_USER_INPUT', argumentName: original.argumentName, ...rest } };
}

/** Apollo Server's words for an APQ registration whose hash is not the query's. */
const APQ_MISMATCH = 'provided sha does not match query';

/**
 * A request whose deadline passed (or whose client went away: nobody reads that answer) while it
 * waited on the database; the database work it started was cancelled. Not a server fault: a warning.
 */
function fromAborted(
  formatted: GraphQLFormattedError,
  err: RequestAbortedError,
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void },
  timeoutMs: number | undefined,
): GraphQLFormattedError {
  if (err.reason === 'disconnected') {
    log.info({ path: formatted.path }, 'client went away; its database work was cancelled');
    return { message: 'The client went away; the request was cancelled', path: formatted.path, extensions: { code: 'CLIENT_CLOSED_REQUEST' } };
  }
  log.warn({ path: formatted.path }, 'request deadline passed; its database work was cancelled');
  const limit = timeoutMs === undefined ? 'its deadline' : `its deadline (REQUEST_TIMEOUT_MS, ${timeoutMs} ms)`;
  return {
    message: `The request passed ${limit} and its database work was cancelled; narrow it (fewer hops, a date range, smaller first), or try again if the database is slow or unreachable`,
    path: formatted.path,
    extensions: { code: 'REQUEST_TIMEOUT' },
  };
}

/**
 * Apollo's formatError: what of an error leaves the server. Errors we raise on
 * purpose (BAD_USER_INPUT, UNAUTHENTICATED, validation and parse errors) pass as
 * they are. Anything else (driver errors with their Cypher text, programming
 * errors with their stack) is logged whole here and leaves as a bare code, so the
 * client learns whether to retry (SERVICE_UNAVAILABLE) or report (INTERNAL_SERVER_ERROR).
 */
export function formatClientError(
  given: GraphQLFormattedError,
  error: unknown,
  log: { error(obj: object, msg: string): void; warn(obj: object, msg: string): void; info(obj: object, msg: string): void },
  opts: { hideSuggestions?: boolean; requestTimeoutMs?: number } = {},
): GraphQLFormattedError {
  const original = unwrapResolverError(error) as { code?: unknown } | undefined;
  if (original instanceof RequestAbortedError) return fromAborted(given, original, log, opts.requestTimeoutMs);
  if (given.message === APQ_MISMATCH && original === error) {
    // Apollo Server sends this one without a code (so it would pass as an internal error); the code
    // Apollo Router and other APQ servers give it, for a client that sent a hash of another query.
    return { message: `${APQ_MISMATCH}: extensions.persistedQuery.sha256Hash must be the SHA-256 of the query sent with it`, extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' } };
  }
  const formatted = fromReadError(given, original) ?? given;
  const code = formatted.extensions?.code;
  if (original instanceof ArgumentError) {
    // A client's mistake, not the server's: below error level.
    log.info({ argument: original.argumentName, message: original.message }, 'argument refused');
  }
  if (code !== 'INTERNAL_SERVER_ERROR' && code !== undefined) {
    // Apollo's hideSchemaDetailsFromClientErrors strips suggestions from validation errors only;
    // variable coercion ("Field "titel" is not defined by type "ArticleInput". Did you mean "title"?") has them too.
    return opts.hideSuggestions ? { ...formatted, message: formatted.message.replace(/ ?Did you mean .+\?$/, '') } : formatted;
  }
  log.error({ err: original }, 'request failed');
  if (isTimeoutError(original)) {
    return { message: 'The query took too long and was stopped; narrow it (fewer hops, a date range, smaller first)', path: formatted.path, extensions: { code: 'QUERY_TIMEOUT' } };
  }
  if (isUnavailableError(original)) {
    return { message: 'The database is unavailable; try again shortly', path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
