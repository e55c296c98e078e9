import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config.js';

export type QueryLimits = Config['graphql']['limits'];

/** The code a query refused by one of these limits carries, beside Apollo's GRAPHQL_VALIDATION_FAILED. */
export type LimitName = 'depth' | 'aliases' | 'directives' | 'cost';

/**
 * graphql-armor's rules throw by default, and an exception out of graphql-js
 * `validate` reaches Apollo as an internal error (500). Reported through the
 * validation context instead, a refused query is an ordinary validation error:
 * HTTP 400, GRAPHQL_VALIDATION_FAILED, and nothing executed. The message says
 * which limit and its value, so a client can fix its query.
 */
function report(limit: LimitName) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(
          new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit } }),
        );
      },
    ],
  };
}

/** The validation rules that refuse abusive queries before any resolver (and so any database call) runs. */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [
    // Introspection is exempt from depth and cost: GraphiQL's own schema query is 13 levels deep.
    // graphql-js's MaxIntrospectionDepthRule (in the specified rules) bounds nested
    // introspection such as __schema { types { fields { type { fields … } } } } instead.
    maxDepthRule({ n: limits.depth, ignoreIntrospection: true, ...report('depth') }),
    maxAliasesRule({ n: limits.aliases, ...report('aliases') }),
    maxDirectivesRule({ n: limits.directives, ...report('directives') }),
    // Lists count `first` times when it is a literal; arguments given as variables are capped by the resolvers.
    costLimitRule({ maxCost: limits.cost, ignoreIntrospection: true, ...report('cost') }),
  ] as ValidationRule[];
}

/**
 * graphql-js counts tokens while parsing and stops at maxTokens, so a huge query
 * is refused before it is ever held as a syntax tree (graphql-armor's max-tokens
 * package ships only an Envelop plugin doing the same).
 */
export function parseOptions(limits: QueryLimits): ParseOptions {
  return { maxTokens: limits.tokens };
}
