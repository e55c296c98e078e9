import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nicknameTable, type NicknameTable } from '../resolve/across.js';

/** The vendored nickname data set (data/nicknames/README.md), loaded once for cross-article resolution. */
const DATA_PATH = fileURLToPath(new URL('../../data/nicknames/names.csv', import.meta.url));

let table: NicknameTable | undefined;

export function loadNicknames(file = DATA_PATH): NicknameTable {
  if (table && file === DATA_PATH) return table;
  const pairs: Array<[string, string]> = [];
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [formal, relation, nick] = line.trim().split(',');
    if (relation === 'has_nickname' && formal && nick) pairs.push([formal, nick]);
  }
  const t = nicknameTable(pairs);
  if (file === DATA_PATH) table = t;
  return t;
}
