import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, GraphQLError, Kind, type FragmentDefinitionNode, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config.js';
import type { GraphQLContext } from './context.js';
import { costError, operationCost } from './cost.js';

export type QueryLimits = Config['graphql']['limits'];

/** The code a query refused by one of these limits carries, beside Apollo's GRAPHQL_VALIDATION_FAILED. */
export type LimitName = 'depth' | 'aliases' | 'directives' | 'cost';

/**
 * The limits that need the variables or the answer: the cost (operationCost, from the real
 * arguments) before any resolver runs, and the answer's size before it is serialised.
 */
export function limitsPlugin(limits: QueryLimits, log: { warn(obj: object, msg: string): void }): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Variables that do not coerce: execution refuses them (BAD_USER_INPUT) before any resolver.
          if (variables.errors) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const cost = operationCost({ schema, operation, fragments, variables: variables.coerced });
          if (cost > limits.cost) throw costError(limits.cost, cost);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const size = jsonSizeOver(response.body.singleResult, limits.answerBytes);
          if (size === null) return;
          log.warn({ limit: limits.answerBytes }, 'answer over MAX_ANSWER_BYTES refused');
          response.body.singleResult = {
            errors: [
              {
                message: `The answer is over MAX_ANSWER_BYTES (${limits.answerBytes} bytes of JSON) and was not sent; ask for fewer or smaller lists, or fewer fields such as text`,
                extensions: { code: 'ANSWER_TOO_LARGE', limit: limits.answerBytes },
              },
            ],
          };
        },
      };
    },
  };
}

/**
 * Whether `value` serialised as JSON would take more than `max` bytes: measured without building
 * the string (JSON.stringify of a huge answer is itself the problem: seconds of CPU, then
 * "Invalid string length"), and stopping as soon as it is over. Null when within; strings count
 * their UTF-16 length, close enough for a bound.
 */
export function jsonSizeOver(value: unknown, max: number): number | null {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (v === null || typeof v !== 'object') size += 8;
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      for (const x of v) stack.push(x);
    } else {
      for (const [k, x] of Object.entries(v)) {
        size += k.length + 4;
        stack.push(x);
      }
    }
    if (size > max) return size;
  }
  return null;
}

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
    // Cost needs the variables' values: checked once they are known, by limitsPlugin (src/graphql/cost.ts).
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
