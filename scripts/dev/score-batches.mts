/**
 * Scores the pipeline on the annotated articles of some sample batches only (annotations/sample.tsv's last column),
 * e.g. articles annotated after the shipped models were trained, which are unseen text for them:
 *
 *   node --import tsx scripts/dev/score-batches.mts --batches AN,AO,AP [--tagger FILE.bin.gz] [--verbose]
 *
 * Prints people, organizations, countries and meetings (pairs of people who met; tp/fp/fn, precision, recall, F1); --verbose lists each article's misses
 * and false alarms of people, organizations and meetings. Batches of the locked test are refused: its errors are not read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/article/parse.ts';
import { ANNOTATIONS_DIR, annotationGold, loadAnnotated } from '../../src/eval/annotations.ts';
import { scoreArticle, totals, type Counts } from '../../src/eval/gold.ts';
import { extractArticle } from '../../src/pipeline/extract.ts';
import { loadNerModel } from '../../src/extract/ner/index.ts';

const opt = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const batches = new Set((opt('--batches') ?? '').split(',').filter(Boolean));
if (batches.size === 0) throw new Error('--batches: name one or more batches of annotations/sample.tsv, e.g. --batches AN,AO');
const rows = readFileSync(path.join(ANNOTATIONS_DIR, 'sample.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const chosen = rows.filter((r) => batches.has(r[5]));
if (chosen.length === 0) throw new Error(`--batches ${[...batches].join(',')}: no such batch in annotations/sample.tsv`);
if (chosen.some((r) => r[1] === 'test')) throw new Error('--batches: a batch holds locked-test articles, whose errors are not read');
const files = new Set(chosen.map((r) => r[0].replace(/\.txt$/, '')));

const tagger = opt('--tagger');
const model = tagger ? loadNerModel(tagger) : loadNerModel();
const articles = (await loadAnnotated({ splits: ['train', 'tune'] })).filter((a) => files.has(a.name));
const unknown = [...batches].filter((b) => !rows.some((r) => r[5] === b));
if (unknown.length) process.stderr.write(`no such batch in annotations/sample.tsv: ${unknown.join(', ')}\n`);
if (articles.length < files.size) process.stderr.write(`${files.size - articles.length} of the ${files.size} articles drawn are not annotated yet\n`);
const scores = articles.map((a) => scoreArticle(a.name, extractArticle(parseArticle(a.text, a.name), { nerModel: model }), annotationGold(a.annotation)));
const t = totals(scores);
const show = (c: Counts) =>
  `${c.tp}/${c.fp}/${c.fn}  P ${(c.tp / (c.tp + c.fp || 1)).toFixed(3)}  R ${(c.tp / (c.tp + c.fn || 1)).toFixed(3)}  F1 ${((2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1)).toFixed(3)}`;
process.stdout.write(`${articles.length} articles of batches ${[...batches].join(',')}${tagger ? ` (tagger ${tagger})` : ''}\n`);
for (const k of ['people', 'organizations', 'countries', 'meetings'] as const) process.stdout.write(`${k.padEnd(14)}${show(t[k])}\n`);
if (process.argv.includes('--verbose')) {
  for (const s of scores) {
    for (const k of ['people', 'organizations', 'meetings'] as const) {
      for (const m of s.misses[k]) process.stdout.write(`${s.name}\tmiss\t${k}\t${m}\n`);
      for (const f of s.falseAlarms[k]) process.stdout.write(`${s.name}\tfalse alarm\t${k}\t${f}\n`);
    }
  }
}
