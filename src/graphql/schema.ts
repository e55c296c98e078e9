import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.js';
import { analyticsResolvers } from './analytics.js';
import { articleResolvers } from './articles.js';
import { countryResolvers } from './countries.js';
import { entityResolvers } from './entities.js';
import type { Resolvers } from './generated.js';
import { meetingResolvers } from './meetings.js';
import { mutationResolvers } from './mutations.js';
import { DateTimeScalar } from './scalars.js';
import { searchResolvers } from './search.js';
import { traversalResolvers } from './traversal.js';

/** The contract (schema.graphql) and its resolvers: one module per domain, each resolving its fields of any type. */
export const typeDefs = readFileSync(path.join(repoRoot, 'schema.graphql'), 'utf8');

/** The modules' maps as one, type by type; a field two modules resolve is a mistake, refused at start. */
export function mergeResolvers(modules: readonly Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const module of modules) {
    for (const [type, fields] of Object.entries(module) as Array<[string, Record<string, unknown>]>) {
      const into = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in into) throw new Error(`${type}.${field} is resolved by two modules`);
        into[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  ...mergeResolvers([
    entityResolvers,
    articleResolvers,
    meetingResolvers,
    countryResolvers,
    analyticsResolvers,
    traversalResolvers,
    searchResolvers,
    mutationResolvers,
  ]),
};
