import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../src/config.js';
import type { Db } from '../../src/graph/driver.js';

/** The real articles kept in the repository: the gold-annotated fixtures and the seed. */
function baseArticles(): string[] {
  const gold = path.join(repoRoot, 'test', 'fixtures', 'gold');
  const files = [
    ...readdirSync(gold)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join(gold, f)),
    path.join(repoRoot, 'seeds', '000_a572bf6403c7c660.txt'),
  ];
  return files.map((f) => readFileSync(f, 'utf8'));
}

/**
 * Writes `n` distinct article files into `dir`: the repository's real articles, then
 * variants of them (a numbered title and a later time, so a new id but the same
 * extraction work). File names sort in generation order.
 */
export async function writeCorpus(dir: string, n: number): Promise<string[]> {
  const bases = baseArticles();
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let k = 0; k < n; k++) {
    const [title, date, ...body] = bases[k % bases.length].split('\n');
    const round = Math.floor(k / bases.length);
    const at = new Date(Date.parse(`${date.trim().slice(0, 19).replace(' ', 'T')}Z`) + round * 60_000).toISOString();
    const text = [round === 0 ? title : `${title} (${round})`, `${at.slice(0, 10)} ${at.slice(11, 19)}.0`, ...body].join('\n');
    const file = path.join(dir, `${String(k).padStart(5, '0')}.txt`);
    await writeFile(file, text);
    files.push(file);
  }
  return files;
}

export interface GraphSnapshot {
  nodes: number;
  relationships: number;
  articles: number;
  /** sha256 over every node's label and key and every relationship's ends, type and role title, sorted. */
  checksum: string;
}

async function rows(db: Db, cypher: string): Promise<string[]> {
  const session = db.driver.session({ database: db.database });
  try {
    return (await session.run(cypher)).records.map((r) => r.get(0) as string);
  } finally {
    await session.close();
  }
}

const KEY = "labels(%)[0] + ':' + coalesce(%.id, %.code, 'no-key:' + elementId(%))";
const key = (v: string) => KEY.replaceAll('%', v);

/** What a graph holds, independent of the order it was written in: two equal snapshots are the same graph. */
export async function snapshot(db: Db): Promise<GraphSnapshot> {
  const nodes = await rows(db, `/* snapshotNodes */ MATCH (n) RETURN ${key('n')}`);
  const rels = await rows(
    db,
    `/* snapshotRelationships */ MATCH (a)-[r]->(b)
     RETURN ${key('a')} + ' -' + type(r) + coalesce('[' + r.title + ']', '') + '-> ' + ${key('b')}`,
  );
  const hash = createHash('sha256');
  for (const line of [...nodes].sort()) hash.update(`${line}\n`);
  hash.update('--\n');
  for (const line of [...rels].sort()) hash.update(`${line}\n`);
  return {
    nodes: nodes.length,
    relationships: rels.length,
    articles: nodes.filter((n) => n.startsWith('Article:')).length,
    checksum: hash.digest('hex'),
  };
}

/** Each article's outgoing edges (mentions, topics, meetings): all written with it, or none. */
export async function articleDegrees(db: Db): Promise<Map<string, number>> {
  const session = db.driver.session({ database: db.database });
  try {
    const res = await session.run('/* articleDegrees */ MATCH (a:Article) RETURN a.id AS id, COUNT { (a)-->() } AS degree');
    return new Map(res.records.map((r) => [r.get('id') as string, r.get('degree') as number]));
  } finally {
    await session.close();
  }
}

export async function countArticles(db: Db): Promise<number> {
  const session = db.driver.session({ database: db.database });
  try {
    return (await session.run('/* countArticles */ MATCH (a:Article) RETURN count(a) AS n')).records[0].get('n') as number;
  } finally {
    await session.close();
  }
}
