import { GraphQLScalarType, Kind } from 'graphql';

import { parseIsoInstant } from '../article/dates.js';

function parse(value: unknown): string {
  const iso = typeof value === 'string' ? parseIsoInstant(value) : null;
  if (!iso) {
    throw new TypeError(`DateTime must be an ISO 8601 date or date-time such as "2009-10-13" or "2009-10-13T17:23:00Z" (got ${JSON.stringify(value)})`);
  }
  return iso;
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'ISO 8601 instant',
  serialize: (v) => (typeof v === 'string' ? v : new Date(String(v)).toISOString()),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('DateTime must be a string');
    return parse(ast.value);
  },
});
