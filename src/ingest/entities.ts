import type { Db } from '../graph/driver.js';
import {
  EntityNotFoundError,
  findDuplicates,
  mergeEntities as mergeInGraph,
  reresolve as reresolveGraph,
  splitEntities as splitInGraph,
  type DuplicateCandidate,
  type EntityKind,
  type ReresolveSummary,
} from '../graph/resolution.js';

/**
 * Analyst overrides of cross-article resolution, as `newsgraph entities …` and the API's
 * mutations make them: through ingest/, as every change of the graph. Decisions are stored in the
 * graph (ResolutionDecision nodes), so re-ingesting and `reresolve` keep them.
 */
export { EntityNotFoundError, type DuplicateCandidate, type EntityKind, type ReresolveSummary };

export const ENTITY_KINDS: Record<string, EntityKind> = { person: 'Person', organization: 'Organization' };

/** `from` (and every later article naming it) becomes part of `into`. */
export async function mergeEntities(db: Db, kind: EntityKind, into: string, from: string): Promise<void> {
  await mergeInGraph(db, kind, into, from);
}

/** What articles called `from` leaves `id`, and the two are never joined again. Returns the mentions moved. */
export async function splitEntities(db: Db, kind: EntityKind, id: string, from: string): Promise<number> {
  return splitInGraph(db, kind, id, from);
}

export async function listDuplicates(db: Db, kind: EntityKind, top: number): Promise<DuplicateCandidate[]> {
  return findDuplicates(db, kind, top);
}

export async function reresolve(db: Db, log?: (m: string) => void): Promise<ReresolveSummary> {
  return reresolveGraph(db, log);
}
