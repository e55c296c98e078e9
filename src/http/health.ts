import type { Express } from 'express';
import { databaseReachable, type Db } from '../graph/driver.js';

/**
 * How long /readyz waits for the database before saying it is not ready: the README promises
 * the 503 within 3 s, and the answer itself needs a little after the wait.
 */
export const READY_TIMEOUT_MS = 2_500;

/**
 * Health for load balancers and orchestrators: /healthz while the process serves HTTP
 * (liveness), /readyz while the database answers (readiness).
 */
export function mountHealth(app: Express, db: Db): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    // Asks the database each time, so readiness returns by itself when the database does.
    if (await databaseReachable(db, READY_TIMEOUT_MS)) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'unavailable', reason: 'database not reachable' });
  });
}
