import type { Db } from './driver.js';

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

export async function ensureSchema(db: Db): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    for (const statement of SCHEMA_STATEMENTS) {
      await session.run(statement);
    }
    // Full-text indexes populate asynchronously; wait so a search right after start sees the data.
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
}
