import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  isAbstractType,
  isCompositeType,
  isListType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The cost of an operation: how many values its answer can hold at most, counting every field of
 * every object once per time the object can appear. Lists count at their largest, from the real
 * arguments (literals, variables and the schema's defaults alike, so passing `first` in a variable
 * changes nothing) and from the service's own bounds where no argument gives one.
 *
 * Why not graphql-armor's cost rule: a validation rule sees the document only, so a `first` passed
 * in a variable counted as 1 and `query ($n: Int) { a: articles(first: $n) … }` ran what the
 * literal form was refused for (a 199 MB answer). This runs once the variables are known, before
 * any resolver.
 */

/** Lists no argument bounds (an article's people, a meeting's participants): assumed this long. */
export const UNBOUNDED_LIST = 10;

/** Timeline buckets over 30 years of news, per bucket size. */
const BUCKETS: Record<string, number> = { YEAR: 30, MONTH: 360, WEEK: 1_560, DAY: 10_950 };

type Args = Record<string, unknown>;

/**
 * Sizes for the lists inside a field's value that the field's own arguments bound (a connection's
 * `nodes` by its `first`, a subgraph's `edges` by `maxNodes`), keyed by the list field's name.
 */
type Inner = Record<string, number>;

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback);

/** The sizes a field's arguments give: the field's own (when it is a list) and those of lists within it. */
function bounds(typeName: string, field: string, args: Args, inherited: Inner | undefined): { own?: number; inner?: Inner } {
  const key = `${typeName}.${field}`;
  if (key === 'Query.neighbourhood') {
    const perNode = num(args.perNode, 10);
    let reach = 1;
    for (let d = 1, level = 1; d <= num(args.depth, 1); d++) reach += level *= perNode;
    const n = Math.min(num(args.maxNodes, 50), reach);
    return { inner: { nodes: n, edges: (n * (n - 1)) / 2 } };
  }
  if (key === 'Query.paths') {
    const first = num(args.first, 5);
    const hops = num(args.maxHops, 3);
    return { inner: { paths: first, entities: hops + 1, hops, nodes: first * (hops + 1), edges: first * hops } };
  }
  // A path's hops show their 3 newest articles and meetings (src/graphql/traversal.ts).
  if (key === 'PathHop.articles' || key === 'PathHop.meetings') return { own: 3 };
  if (field === 'timeline') return { own: BUCKETS[String(args.bucket ?? 'MONTH')] ?? BUCKETS.DAY };
  if (key === 'IngestResult.results') return { own: 100 };
  if (key === 'RemoveResult.removed') return { own: 1_000 };
  if (typeof args.first === 'number') return { own: args.first, inner: { nodes: args.first, edges: args.first } };
  if (inherited && field in inherited) return { own: inherited[field], inner: inherited };
  return {};
}

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  /** Coerced variable values (graphql's getVariableValues). */
  variables: Record<string, unknown>;
}

/** The most values the operation's answer can hold (see the module comment). */
export function operationCost({ schema, operation, fragments, variables }: CostInput): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const selectionCost = (set: SelectionSetNode, type: GraphQLCompositeType, inherited: Inner | undefined): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT || sel.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = sel.kind === Kind.FRAGMENT_SPREAD ? fragments[sel.name.value] : sel;
        if (!fragment) continue;
        const on = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        // Fragments on several member types of a union are all counted: an upper bound.
        if (on && isCompositeType(on)) total += selectionCost(fragment.selectionSet, on, inherited);
        continue;
      }
      const name = sel.name.value;
      if (name.startsWith('__')) {
        total += 1;
        continue;
      }
      // On an interface or union, a field of the abstract type; fields of members come through fragments.
      const fieldDef = 'getFields' in type ? (type.getFields()[name] as GraphQLField<unknown, unknown> | undefined) : undefined;
      if (!fieldDef) continue;
      const args = getArgumentValues(fieldDef, sel, variables) as Args;
      const { own, inner } = bounds(type.name, name, args, inherited);
      const isList = isListType(getNullableType(fieldDef.type));
      const times = isList ? (own ?? UNBOUNDED_LIST) : 1;
      const named = getNamedType(fieldDef.type);
      // An object between (PathResult.subgraph) passes on the bounds from above.
      const passOn = inner ?? (isList ? undefined : inherited);
      const below = sel.selectionSet && (isCompositeType(named) || isAbstractType(named)) ? selectionCost(sel.selectionSet, named as GraphQLCompositeType, passOn) : 0;
      total += times * (1 + below);
    }
    return total;
  };

  return selectionCost(operation.selectionSet, root, undefined);
}

/** The error for an operation over MAX_QUERY_COST: refused before any resolver runs, as the other limits. */
export function costError(max: number, found: number): GraphQLError {
  return new GraphQLError(
    `Query Cost limit of ${max} exceeded, found ${Math.round(found)}: the answer could hold that many values. ` +
      'Lists count at their largest (first, perNode and maxNodes, whether literals or variables); ask for fewer or smaller lists.',
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', cost: Math.round(found), http: { status: 400 } } },
  );
}
