import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as operations from '../../explorer/src/gql/graphql.ts';
import { loadConfig } from '../../src/config.js';
import { limitRules, parseOptions } from '../../src/graphql/limits.js';
import { typeDefs } from '../../src/graphql/server.js';

describe("the explorer's operations", () => {
  // Every operation document codegen wrote from explorer/src/queries.ts (fragments travel inside them).
  const documents = Object.entries(operations).filter(([name]) => name.endsWith('Document') && !name.endsWith('FragmentDoc'));

  it('are valid against the schema and within the limits the service enforces by default', () => {
    expect(documents.length).toBeGreaterThan(10);
    const schema = buildSchema(typeDefs);
    const limits = loadConfig({} as NodeJS.ProcessEnv).graphql.limits;
    for (const [name, doc] of documents) {
      const errors = validate(schema, parse(String(doc), parseOptions(limits)), limitRules(limits));
      expect(errors.map((e) => e.message), name).toEqual([]);
    }
  });
});
