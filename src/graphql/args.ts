import { findPersonIdByName } from '../read/entities.js';
import type { EntityKey, EntityKind } from '../read/rows.js';
import type { GraphQLContext } from './context.js';
import { badInput, notFound } from './errors.js';
import type { EntityKind as GqlEntityKind, EntityRef } from './generated.js';

/**
 * The argument checks every module shares: each refuses a bad value with BAD_USER_INPUT
 * naming the argument, before any statement runs, and turns a good one into what the read
 * layer takes.
 */

export const present = <T>(x: T | null | undefined): x is T => x !== null && x !== undefined;

export const KIND: Record<GqlEntityKind, EntityKind> = { PERSON: 'Person', COUNTRY: 'Country', ORGANIZATION: 'Organization', TOPIC: 'Topic' };
export const GQL_KIND: Record<EntityKind, GqlEntityKind> = { Person: 'PERSON', Country: 'COUNTRY', Organization: 'ORGANIZATION', Topic: 'TOPIC' };
const DEFAULT_KINDS: EntityKind[] = ['Person', 'Country', 'Organization'];

export function checkFirst(value: number | null | undefined, fallback: number, max = 500, argument = 'first'): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(argument, `must be an integer from 1 to ${max} (got ${n})`);
  return n;
}

export function intArg(value: number | null | undefined, fallback: number, min: number, max: number, argument: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(argument, `must be an integer from ${min} to ${max} (got ${n})`);
  return n;
}

/** An EntityRef argument as a read-layer key: countries by upper-case ISO code, ids non-empty. */
export function entityKey(ref: EntityRef, argument: string): EntityKey {
  const kind = KIND[ref.kind];
  const id = ref.id.trim();
  if (id === '' || id.length > 200) throw badInput(`${argument}.id`, `must be a non-empty id of at most 200 characters`);
  if (kind === 'Country') {
    if (!/^[A-Za-z]{2}$/.test(id)) throw badInput(`${argument}.id`, `must be an ISO 3166-1 alpha-2 code such as "RU" for a COUNTRY (got ${JSON.stringify(id)})`);
    return { kind, id: id.toUpperCase() };
  }
  return { kind, id };
}

export function kindsArg(kinds: readonly GqlEntityKind[] | null | undefined, argument: string): EntityKind[] {
  if (!present(kinds)) return DEFAULT_KINDS;
  if (kinds.length === 0) throw badInput(argument, 'must name at least one kind');
  return [...new Set(kinds.map((k) => KIND[k]))];
}

/** The `from`/`to` arguments, checked (`to` after `from`) and with absent ends as null. */
export function dateRange(args: { from?: string | null; to?: string | null }): { from: string | null; to: string | null } {
  const from = args.from ?? null;
  const to = args.to ?? null;
  if (from !== null && to !== null && from >= to) throw badInput('to', `must be after "from" (${from} >= ${to})`);
  return { from, to };
}

/** dateRange, and the `topicId` argument (null when absent): the filter of every field that takes a topic. */
export function dateTopicFilter(args: { from?: string | null; to?: string | null; topicId?: string | null }): {
  from: string | null;
  to: string | null;
  topicId: string | null;
} {
  return { ...dateRange(args), topicId: args.topicId ?? null };
}

/**
 * Resolves personId or personName (exactly one or neither) to an id. A name that matches nobody
 * is a NOT_FOUND error naming the argument, not an empty answer that reads as "no meetings".
 */
export async function personArg(ctx: GraphQLContext, id: string | null | undefined, name: string | null | undefined, prefix: string) {
  if (present(id) && present(name)) throw badInput(`${prefix}Name`, `cannot be given together with ${prefix}Id`);
  if (present(id)) return { given: true, id };
  if (present(name)) {
    if (name.trim() === '') throw badInput(`${prefix}Name`, 'must not be empty');
    if (name.length > 200) throw badInput(`${prefix}Name`, 'must be at most 200 characters');
    const found = await findPersonIdByName(ctx.db, name);
    if (!found) throw notFound(`${prefix}Name`, `names no person in the graph: no entity named ${JSON.stringify(name)} (search finds close spellings)`);
    return { given: true, id: found };
  }
  return { given: false, id: null };
}
