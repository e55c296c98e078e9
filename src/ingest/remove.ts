import type { Db } from '../graph/driver.js';
import { removeArticles as removeFromGraph } from '../graph/writer.js';

export interface RemoveSummary {
  /** The ids that existed and were removed. */
  removed: string[];
  /** Entities no article mentions any more, removed with them. */
  orphansDeleted: number;
  /** The ids asked for that are not in the graph. */
  missing: string[];
}

/**
 * Removes articles and every edge only they supported (mentions, topics, meetings, roles),
 * and the entities left with nothing, in one transaction: the way `newsgraph remove` and the
 * `removeArticles` mutation change the graph, as ingest() is the way they add to it.
 */
export async function removeArticles(db: Db, ids: string[]): Promise<RemoveSummary> {
  const { removed, orphansDeleted } = await removeFromGraph(db, ids);
  return { removed, orphansDeleted, missing: ids.filter((id) => !removed.includes(id)) };
}
