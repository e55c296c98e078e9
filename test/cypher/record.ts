import { isInt } from 'neo4j-driver';
import { expect } from 'vitest';
import type { Db } from '../../src/graph/driver.js';

/**
 * The Cypher tier: read functions run against a driver that records each statement (its
 * text, parameters, transaction metadata and access mode) and answers with rows given here,
 * with no database. Each case's statements are kept in a file snapshot beside the tests
 * (`__snapshots__/<module>/<case>.cypher`), so a change to a statement shows in review as a
 * diff of that file, as in neo4j/graphql's TCK tests.
 */

export interface Statement {
  /** The name in the transaction metadata. */
  name: string;
  cypher: string;
  params: Record<string, unknown>;
  accessMode: string | undefined;
  timeout: number | undefined;
}

type Row = Record<string, unknown>;

/** By default a statement answers no rows, and a count (countX) answers 0. */
const noRows = (name: string): Row[] => (/^count[A-Z]/.test(name) ? [{ key: null, n: 0 }] : []);

/** A Db over a recording driver; `answer` gives the rows of each statement, by its metadata name. */
export function recordingDb(answer: (name: string, params: Record<string, unknown>) => Row[] = noRows): { db: Db; statements: Statement[] } {
  const statements: Statement[] = [];
  const session = (opts: { defaultAccessMode?: string }) => ({
    run: async (cypher: string, params: Record<string, unknown>, config: { metadata?: { query?: string }; timeout?: number }) => {
      const name = config?.metadata?.query ?? '(unnamed)';
      statements.push({ name, cypher, params, accessMode: opts.defaultAccessMode, timeout: config?.timeout });
      const rows = answer(name, params);
      return {
        records: rows.map((row) => ({
          get: (key: string) => {
            if (!(key in row)) throw new Error(`the test's answer to ${name} has no column ${key}`);
            return row[key];
          },
        })),
      };
    },
    lastBookmarks: () => [],
    close: async () => {},
  });
  return { db: { driver: { session } } as unknown as Db, statements };
}

/** Parameters as the snapshot shows them: Cypher integers as int(n), keys in the order given. */
function showParams(params: Record<string, unknown>): string {
  return JSON.stringify(params, (_k, v: unknown) => (isInt(v) ? `int(${v.toString()})` : v), 2).replace(/"int\((-?\d+)\)"/g, 'int($1)');
}

/** The statements as the snapshot file holds them: each one's name, access mode, text and parameters. */
export function render(statements: Statement[]): string {
  return (
    statements
      .map((s) => `// ${s.name} (${s.accessMode ?? 'no access mode'})\n${s.cypher}\n// params\n${showParams(s.params)}`)
      .join('\n\n') + '\n'
  );
}

/**
 * What every read statement must be, whatever its text: labelled `/* name *\/` with the name in
 * its transaction metadata (less a `:Kind` suffix), run as a bounded READ, and holding none of
 * the request's values: those travel as parameters only.
 */
export function expectSound(statements: Statement[], requestValues: readonly string[]): void {
  expect(statements.length, 'the call ran no statement').toBeGreaterThan(0);
  for (const s of statements) {
    const label = s.name.split(':')[0];
    expect(s.cypher.trimStart().startsWith(`/* ${label} */`), `${s.name} starts with /* ${label} */`).toBe(true);
    expect(s.accessMode, s.name).toBe('READ');
    expect(s.timeout, s.name).toBeGreaterThan(0);
    for (const v of requestValues) expect(s.cypher, `${s.name} holds the request value ${JSON.stringify(v)}`).not.toContain(v);
  }
}

/** Checks the statements (expectSound) and matches them against `__snapshots__/<module>/<name>.cypher`. */
export async function expectStatements(module: string, name: string, statements: Statement[], requestValues: readonly string[]): Promise<void> {
  expectSound(statements, requestValues);
  await expect(render(statements)).toMatchFileSnapshot(`__snapshots__/${module}/${name}.cypher`);
}

/**
 * Request values that would break out of a Cypher string or comment if they were ever spliced
 * into a statement. Each is distinct, so a failure names which one leaked.
 */
export const HOSTILE = {
  id: `id-'"}) DETACH DELETE n //`,
  otherId: `other-'"}) MATCH (x) SET x.hacked = true //`,
  topicId: `topic-'"}) RETURN 1 //`,
  name: `Name "Hostile' }) //`,
  country: 'ZQ',
  from: '2003-03-03T03:03:03.000Z',
  to: '2004-04-04T04:04:04.000Z',
} as const;

export const HOSTILE_VALUES: readonly string[] = Object.values(HOSTILE);
