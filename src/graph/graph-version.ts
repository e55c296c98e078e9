import type { ManagedTransaction } from './driver.js';

/**
 * Counts a change of the graph, in the transaction that makes it: readers key cached
 * answers by this version (src/read/cache.ts), so they see the change as soon as it
 * commits. A wiped graph loses the node; the next write starts a new epoch.
 */
export async function bumpGraphVersion(tx: ManagedTransaction): Promise<void> {
  await tx.run(
    `/* bumpGraphVersion */
     MERGE (g:GraphVersion {id: 'graph'})
       ON CREATE SET g.epoch = randomUUID(), g.version = 0
     SET g.version = g.version + 1, g.changedAt = datetime()`,
    {},
  );
}
