import path from 'node:path';
import { repoRoot, type Config } from './config.js';
import { createDriver, type Db } from './graph/driver.js';
import { ensureLocalNeo4j, type LocalNeo4jHandle } from './graph/local-neo4j.js';
import { ensureSchema } from './graph/schema.js';
import type { Logger } from './log.js';

export interface OpenDatabase {
  db: Db;
  /** Where it answers (NEO4J_URI, or the local Neo4j's Bolt address). */
  uri: string;
  /** Closes the driver and stops the local Neo4j if this process started it (unless kept). */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or, when it is unset, to the local embedded Neo4j,
 * starting it if nothing answers on its port. Creates constraints and indexes.
 */
export async function openDatabase(config: Config, log: Logger, opts: { keepLocalRunning?: boolean } = {}): Promise<OpenDatabase> {
  let local: LocalNeo4jHandle | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    local = await ensureLocalNeo4j({
      repoRoot,
      port: config.neo4j.localPort,
      dataDir: path.resolve(config.neo4j.localDataDir),
      password: config.neo4j.password,
      detached: opts.keepLocalRunning,
      log: (msg: string) => log.info(msg),
    });
    uri = local.uri;
    log.info({ uri, startedByUs: local.startedByUs }, 'using the local Neo4j');
  }
  const driver = createDriver(uri ?? (local as LocalNeo4jHandle).uri, config.neo4j);
  const db: Db = { driver, database: config.neo4j.database };
  try {
    await driver.verifyConnectivity({ database: db.database });
    await ensureSchema(db);
  } catch (err) {
    await driver.close();
    if (local && !opts.keepLocalRunning) await local.stop();
    throw err;
  }
  return {
    db,
    uri: uri ?? (local as LocalNeo4jHandle).uri,
    close: async () => {
      await driver.close();
      if (local && !opts.keepLocalRunning) await local.stop();
    },
  };
}
