import neo4j from 'neo4j-driver';
import { ensureLocalNeo4j } from '/work/main/src/graph/local-neo4j.ts';
const log = (m: string) => console.error('[neo4j]', m);
async function tryAuth(uri: string, pw?: string) {
  const d = neo4j.driver(uri, pw ? neo4j.auth.basic('neo4j', pw) : undefined);
  try { const r = await d.executeQuery('RETURN 1 AS x'); return 'ok ' + r.records[0].get('x'); } catch (e: any) { return 'err ' + (e.code ?? e.message); } finally { await d.close(); }
}
const repoRoot = '/work/main';
// 1. fresh store with password
let h = await ensureLocalNeo4j({ repoRoot, port: 7699, dataDir: '/tmp/neo4j-pw', password: 'secret-pass-1', log });
console.log('fresh+pw right:', await tryAuth(h.uri, 'secret-pass-1'), '| wrong:', await tryAuth(h.uri, 'nope-nope-1'), '| none:', await tryAuth(h.uri));
await h.stop();
h = await ensureLocalNeo4j({ repoRoot, port: 7699, dataDir: '/tmp/neo4j-pw', password: 'secret-pass-1', log });
console.log('restart+pw right:', await tryAuth(h.uri, 'secret-pass-1'));
await h.stop();
// 2. store created without password, then started with one
h = await ensureLocalNeo4j({ repoRoot, port: 7699, dataDir: '/tmp/neo4j-try', log });
console.log('nopw none:', await tryAuth(h.uri));
await h.stop();
h = await ensureLocalNeo4j({ repoRoot, port: 7699, dataDir: '/tmp/neo4j-try', password: 'later-pass-1', log });
console.log('later+pw right:', await tryAuth(h.uri, 'later-pass-1'), '| default neo4j:', await tryAuth(h.uri, 'neo4j'));
await h.stop();
// 3. short password -> usage error
await ensureLocalNeo4j({ repoRoot, port: 7699, dataDir: '/tmp/neo4j-try', password: 'short', log }).catch((e) => console.log('short pw:', e.message.split('\n')[0]));
