// Lists the annotated articles of the train and tune splits (never the locked test) that have lines in
// capitals (headings, speaker lines, labels), with the people extraction gets wrong in each:
//
//   node --import tsx scripts/dev/caps-scan.mts [NAME-SUBSTRING]
import { foldName } from '../../src/article/names.js';
import { parseArticle } from '../../src/article/parse.js';
import { loadAnnotated } from '../../src/eval/annotations.js';
import { extractArticle } from '../../src/pipeline/extract.js';

const only = process.argv[2];
for (const a of await loadAnnotated({ splits: ['train', 'tune'] })) {
  // A line with three words in capitals in a row, not in a lower-case sentence.
  const lines = a.text.split('\n').filter((l) => /\p{Lu}{2,}(\s+\p{Lu}{2,}){2,}/u.test(l) && !/\p{Ll}{3,}/u.test(l.split(/[:\-]/)[0]));
  if (lines.length < 2 || (only && !a.name.includes(only))) continue;
  const x = extractArticle(parseArticle(a.text, a.name));
  const gold = a.annotation.people.map((e) => (Array.isArray(e) ? e : [e]));
  const spellings = new Set(gold.flat().map(foldName));
  const found = x.people.map((p) => p.name);
  const falseAlarms = found.filter((n) => !spellings.has(foldName(n)));
  const misses = gold.filter((g) => !g.some((n) => found.some((e) => foldName(e) === foldName(n)))).map((g) => g[0]);
  console.log(`## ${a.name} [${a.split}] lines in capitals: ${lines.length}`);
  for (const l of lines.slice(0, 4)) console.log(`   | ${l.slice(0, 120)}`);
  console.log(`   false alarms: ${falseAlarms.join('; ')}`);
  console.log(`   misses: ${misses.join('; ')}`);
}
