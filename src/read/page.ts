import { ArgumentError } from './errors.js';
import type { Page } from './rows.js';

/**
 * Opaque cursors. Date-ordered lists (articles, meetings) page by keyset: the
 * cursor holds the last row's sort key and id, so a page stays put when newer
 * articles arrive. Ranked aggregates (counts, lift) page by position.
 */
export interface KeysetCursor {
  k: [string, string];
}
export interface OffsetCursor {
  o: number;
}

export function encodeCursor(c: KeysetCursor | OffsetCursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

/** An `after` that is not a cursor of the list it was given to. */
export class CursorError extends ArgumentError {
  constructor(value: string, expected: string) {
    super('after', `Argument "after" is not a cursor of this list (got ${JSON.stringify(value.slice(0, 80))}); pass an endCursor it returned (${expected})`);
    this.name = 'CursorError';
  }
}

function decode(value: string): unknown {
  try {
    return JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

/**
 * The instants keyset cursors hold, as toIso writes them: anything else would reach Cypher's
 * datetime() and fail there, as a database error rather than the client's.
 */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** Positions past this are no list's (and beyond 2^53 not even exact numbers). */
const MAX_OFFSET = 1_000_000_000;

export function keysetAfter(after: string | null | undefined): { afterKey: string | null; afterId: string | null } {
  if (after === null || after === undefined) return { afterKey: null, afterId: null };
  const c = decode(after) as KeysetCursor | null;
  if (
    !c ||
    !Array.isArray(c.k) ||
    c.k.length !== 2 ||
    typeof c.k[0] !== 'string' ||
    typeof c.k[1] !== 'string' ||
    !ISO_INSTANT.test(c.k[0]) ||
    Number.isNaN(Date.parse(c.k[0])) ||
    c.k[1].length > 200
  ) {
    throw new CursorError(after, 'a date-ordered list');
  }
  return { afterKey: c.k[0], afterId: c.k[1] };
}

export function offsetAfter(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const c = decode(after) as OffsetCursor | null;
  if (!c || typeof c.o !== 'number' || !Number.isSafeInteger(c.o) || c.o < 1 || c.o > MAX_OFFSET) throw new CursorError(after, 'a ranked list');
  return c.o;
}

/** A page from rows fetched with LIMIT first + 1: the extra row only says there is a next page. */
export function keysetPage<T>(
  fetched: T[],
  first: number,
  after: string | null | undefined,
  keyOf: (row: T) => [string, string],
  totalCount: () => Promise<number>,
): Page<T> {
  const rows = fetched.slice(0, first);
  return {
    rows,
    cursor: (i) => encodeCursor({ k: keyOf(rows[i]) }),
    hasNextPage: fetched.length > first,
    hasPreviousPage: after !== null && after !== undefined,
    totalCount,
  };
}

/** A page of a list ranked in full (or fetched with SKIP offset LIMIT first + 1). */
export function offsetPage<T>(fetched: T[], first: number, offset: number, totalCount: () => Promise<number>): Page<T> {
  const rows = fetched.slice(0, first);
  return {
    rows,
    cursor: (i) => encodeCursor({ o: offset + i + 1 }),
    hasNextPage: fetched.length > first,
    hasPreviousPage: offset > 0,
    totalCount,
  };
}

/** Memoises a count, so asking for totalCount twice costs one query. */
export function once(fn: () => Promise<number>): () => Promise<number> {
  let p: Promise<number> | undefined;
  return () => (p ??= fn());
}
