import { GraphQLError } from 'graphql';

/** A bad argument: names it, says why, and carries BAD_USER_INPUT. */
export function badInput(argument: string, reason: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${reason}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName: argument },
  });
}

export function checkFirst(value: number | null | undefined, fallback: number, max = 500, argument = 'first'): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(argument, `must be an integer from 1 to ${max} (got ${n})`);
  return n;
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
