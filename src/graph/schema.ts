import { isTransientError, type Db } from './driver.js';

/**
 * Constraints behind every MERGE key and the indexes the read queries use.
 * IF NOT EXISTS makes the bootstrap idempotent: the service runs it at every start.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE',
  // MERGE on code, not name: "U.S." and "United States" are one Country.
  'CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE',
  'CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE',
  // The one node counting the graph's changes (see bumpGraphVersion), merged by every write.
  'CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)',
  'CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey)',
  // Cross-article resolution's lookups (src/graph/resolution.ts): one indexed lookup per entity.
  'CREATE INDEX person_surname_key IF NOT EXISTS FOR (n:Person) ON (n.surnameKey)',
  'CREATE INDEX organization_resolution_key IF NOT EXISTS FOR (n:Organization) ON (n.resolutionKey)',
  'CREATE INDEX organization_initials IF NOT EXISTS FOR (n:Organization) ON (n.initials)',
  'CREATE INDEX organization_head_key IF NOT EXISTS FOR (n:Organization) ON (n.headKey)',
  // Analyst decisions, looked up from either side.
  'CREATE CONSTRAINT resolution_decision_id IF NOT EXISTS FOR (n:ResolutionDecision) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX resolution_decision_a IF NOT EXISTS FOR (n:ResolutionDecision) ON (n.kind, n.a)',
  'CREATE INDEX resolution_decision_b IF NOT EXISTS FOR (n:ResolutionDecision) ON (n.kind, n.b)',
  'CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)',
  // One full-text index over every entity's name and aliases, one over article titles.
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Country|Topic) ON EACH [n.name, n.aliasText]`,
  'CREATE FULLTEXT INDEX article_titles IF NOT EXISTS FOR (n:Article) ON EACH [n.title]',
];

/**
 * Two processes starting on a fresh database at once (two ingests, a serve and an ingest) create the
 * same constraints together, and Neo4j may answer one of them DeadlockDetected, or that a rule it was
 * told to create "if not exists" already exists (the other made it in between). Both are worth one
 * more try: with IF NOT EXISTS the retry is a no-op once the other process has finished.
 */
function worthRetrying(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return isTransientError(err) || (typeof code === 'string' && /^Neo\.ClientError\.Schema\.\w*AlreadyExists$/.test(code));
}

export interface SchemaRetry {
  /** Tries per statement. */
  attempts: number;
  /** First wait between tries, doubled each time (jittered), in ms. */
  firstWaitMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `statement`, retrying what worthRetrying() allows, a bounded number of times. */
async function runWithRetry(db: Db, statement: string, retry: SchemaRetry): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const session = db.driver.session({ database: db.database });
    try {
      await session.run(statement);
      return;
    } catch (err) {
      if (!worthRetrying(err) || attempt >= retry.attempts) throw err;
    } finally {
      await session.close();
    }
    // At most 0.1 + 0.2 + … + 3.2 s, about 6 s over 7 tries: a start-up race is over long before.
    await sleep(Math.min(3_200, retry.firstWaitMs * 2 ** (attempt - 1)) * (0.5 + Math.random()));
  }
}

export async function ensureSchema(db: Db, retry: SchemaRetry = { attempts: 7, firstWaitMs: 100 }): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await runWithRetry(db, statement, retry);
  // Full-text indexes populate asynchronously; wait so a search right after start sees the data.
  await runWithRetry(db, 'CALL db.awaitIndexes(60)', retry);
}
