/**
 * node --import tsx scripts/dev/graph-fingerprint.mts BOLT_URI OUT_FILE
 * The whole graph as sorted text lines, to compare two graphs built from the same input with diff:
 * counts by label and by relationship type, then every node (labels, key, all properties) and every
 * relationship (type, its two ends by key, all properties). Long strings (an article's text) are
 * hashed; the GraphVersion's epoch and clock are left out (they differ on every run).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { createDriver, type Db } from '../../src/graph/driver.js';

const VOLATILE = new Set(['epoch', 'changedAt', 'at']);

function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'string') return v.length > 200 ? `sha256:${createHash('sha256').update(v).digest('hex').slice(0, 16)}` : v;
  if (typeof v === 'object' && v !== null && 'toString' in v && Object.getPrototypeOf(v) !== Object.prototype) return String(v);
  return v;
}
const props = (p: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.keys(p).filter((k) => !VOLATILE.has(k)).sort().map((k) => [k, plain(p[k])])));

export async function fingerprint(db: Db): Promise<string[]> {
  const session = db.driver.session({ database: db.database });
  try {
    const out: string[] = [];
    const labels = await session.run(`/* fingerprintLabels */ MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l`);
    for (const r of labels.records) out.push(`count label ${r.get('l')} ${plain(r.get('n'))}`);
    const types = await session.run(`/* fingerprintTypes */ MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t`);
    for (const r of types.records) out.push(`count type ${r.get('t')} ${plain(r.get('n'))}`);
    const key = (labels: string[], p: Record<string, unknown>) => `${[...labels].sort().join(':')}:${String(p.id ?? p.code)}`;
    const nodes = await session.run(`/* fingerprintNodes */ MATCH (n) RETURN labels(n) AS l, properties(n) AS p`);
    const lines: string[] = [];
    for (const r of nodes.records) lines.push(`node ${key(r.get('l'), r.get('p'))} ${props(r.get('p'))}`);
    const rels = await session.run(
      `/* fingerprintRelationships */ MATCH (a)-[r]->(b) RETURN labels(a) AS la, properties(a) AS pa, type(r) AS t, properties(r) AS p, labels(b) AS lb, properties(b) AS pb`,
    );
    for (const r of rels.records) lines.push(`rel ${key(r.get('la'), r.get('pa'))} -${r.get('t')}-> ${key(r.get('lb'), r.get('pb'))} ${props(r.get('p'))}`);
    return [...out, ...lines.sort()];
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [uri, file] = process.argv.slice(2);
  if (!uri || !file) {
    process.stderr.write('usage: graph-fingerprint.mts BOLT_URI OUT_FILE\n');
    process.exit(2);
  }
  const config = loadConfig();
  const db: Db = { driver: createDriver(uri, config.neo4j), database: config.neo4j.database };
  const lines = await fingerprint(db);
  writeFileSync(file, lines.join('\n') + '\n');
  await db.driver.close();
}
