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
