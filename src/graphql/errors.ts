import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isTimeoutError, isUnavailableError } from '../graph/driver.js';
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
  log: { error(obj: object, msg: string): void },
  opts: { hideSuggestions?: boolean } = {},
): GraphQLFormattedError {
  const original = unwrapResolverError(error) as { code?: unknown } | undefined;
  const formatted = fromReadError(given, original) ?? given;
  const code = formatted.extensions?.code;
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
