import { Neo4jError, type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { createDriver, readQuery, type Db } from '../../src/graph/driver.js';
import { testConfig } from './helpers.js';

const driver = createDriver(inject('neo4jUri'), testConfig.neo4j);
afterAll(() => driver.close());

/** Counts to a billion: seconds of work, so a short timeout stops it. */
const SLOW = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';

describe('readQuery', () => {
  it('returns the records of an auto-commit read and leaves the stack-trace limit as it was', async () => {
    const limit = Error.stackTraceLimit;
    const res = await readQuery<{ n: number }>({ driver }, 'plusOne', 'RETURN $x + 1 AS n', { x: 41 });
    expect(res.records.map((r) => r.get('n'))).toEqual([42]);
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it('stops a read at the timeout; the error names the statement and carries the callers’ stack', async () => {
    const db: Db = { driver, readTimeoutMs: 300 };
    // Awaited, as the read layer does: V8 keeps the frames of awaiting async callers.
    async function askSomethingSlow() {
      const res = await readQuery(db, 'slowCount', SLOW, {});
      return res.records;
    }
    const limit = Error.stackTraceLimit;
    const started = performance.now();
    const err = (await askSomethingSlow().catch((e: unknown) => e)) as Neo4jError;
    expect(err).toBeInstanceOf(Neo4jError);
    expect(err.code).toMatch(/TransactionTimedOut/);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(err.stack).toContain('(read slowCount)');
    expect(err.stack).toContain('askSomethingSlow');
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it('labels the transaction with the statement name, so SHOW TRANSACTIONS names the caller', async () => {
    const db: Db = { driver, readTimeoutMs: 3_000 };
    const running = readQuery(db, 'labelledSlowCount', SLOW, {}).catch((e: unknown) => e);
    const session = driver.session();
    let seen: unknown[] = [];
    try {
      for (let i = 0; i < 40 && seen.length === 0; i++) {
        const res = await session.run(
          `SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE currentQuery STARTS WITH 'UNWIND range' RETURN metaData`,
        );
        seen = res.records.map((r) => r.get('metaData'));
        if (seen.length === 0) await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await session.close();
    }
    expect(seen).toContainEqual({ app: 'newsgraph', query: 'labelledSlowCount' });
    await running;
  });

  it('retries a read that failed with a transient error until its budget is spent, and gives up on other errors at once', async () => {
    let runs = 0;
    let failWith: Neo4jError | null = null;
    // The real driver, except that the next run fails once with `failWith`.
    const flaky = {
      session: (cfg: Parameters<Driver['session']>[0]) => {
        const s = driver.session(cfg);
        return {
          run: (...args: Parameters<typeof s.run>) => {
            runs++;
            if (failWith) {
              const e = failWith;
              failWith = null;
              return Promise.reject(e);
            }
            return s.run(...args);
          },
          lastBookmarks: () => s.lastBookmarks(),
          close: () => s.close(),
        };
      },
    } as unknown as Driver;
    const db: Db = { driver: flaky };

    failWith = new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '', '');
    const res = await readQuery<{ n: number }>(db, 'one', 'RETURN 1 AS n', {});
    expect(res.records[0].get('n')).toBe(1);
    expect(runs).toBe(2);

    // A transient failure that lasts: retried with growing waits until the budget is spent, then thrown.
    let closed = 0;
    const down = {
      session: () => ({
        run: () => {
          runs++;
          return Promise.reject(new Neo4jError('no threads', 'Neo.TransientError.Request.NoThreadsAvailable', '', ''));
        },
        close: async () => void closed++,
      }),
    } as unknown as Driver;
    runs = 0;
    const started = performance.now();
    await expect(readQuery({ driver: down, readRetryMs: 1_000 }, 'one', 'RETURN 1 AS n', {})).rejects.toThrow('no threads');
    expect(runs).toBeGreaterThanOrEqual(3); // waits of ~200, ~400 ms fit in 1 s; ~800 more would not
    expect(runs).toBeLessThanOrEqual(4);
    expect(closed).toBe(runs);
    expect(performance.now() - started).toBeLessThan(1_500);

    runs = 0;
    failWith = new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '', '');
    await expect(readQuery(db, 'one', 'RETURN 1 AS n', {})).rejects.toThrow('bad');
    expect(runs).toBe(1);
  });
});
