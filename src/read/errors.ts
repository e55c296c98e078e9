/**
 * A request value the read layer cannot use (a cursor of another list). It names the
 * argument and says why, in the words the client sees: the API answers it as BAD_USER_INPUT
 * with that argumentName (src/graphql/errors.ts), and the read layer knows nothing of GraphQL.
 */
export class ArgumentError extends Error {
  constructor(
    readonly argumentName: string,
    message: string,
  ) {
    super(message);
    this.name = 'ArgumentError';
  }
}
