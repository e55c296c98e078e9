// Organizations / people F1 on train (fold taggers) and tune as the corpus lexicon's relabel options move.
//   node --import tsx scripts/dev/lexicon-sweep.mts "relabelShare=0.85;relabelShare=0.8" [train,tune]
import { existsSync } from 'node:fs';
import { parseArticle } from '../../src/article/parse.ts';
import { annotationGold, loadAnnotated } from '../../src/eval/annotations.ts';
import { scoreArticle, totals, type ArticleScore } from '../../src/eval/gold.ts';
import { extractArticle } from '../../src/pipeline/extract.ts';
import { DEFAULT_LEXICON_OPTIONS } from '../../src/resolve/corpus-lexicon.ts';
import { loadNerModel, type NerModel } from '../../src/extract/ner/index.ts';
import { foldCountOf, foldTaggerFor, foldTaggerPath } from '../../src/train/tagger-folds.ts';
import type { Split } from '../../src/eval/split.ts';
const settings = (process.argv[2] ?? '').split(';');
const splits = (process.argv[3] ?? 'train,tune').split(',') as Split[];
const folds: NerModel[] = [];
const ks: number[] = [];
for (let i = 0; existsSync(foldTaggerPath('.cache/taggers', i)); i++) {
  const m = loadNerModel(foldTaggerPath('.cache/taggers', i));
  ks.push(foldCountOf(m.data.meta, i, foldTaggerPath('.cache/taggers', i)));
  folds.push(m);
}
// All trained for the same K folds, and all K there: else a train article may be read by a tagger that learnt from it.
if (ks.some((k) => k !== folds.length)) throw new Error(`.cache/taggers: ${folds.length} fold taggers, trained for ${ks.join(', ')} folds`);
const shipped = loadNerModel();
const arts = await loadAnnotated({ splits });
const base = { ...DEFAULT_LEXICON_OPTIONS };
for (const s of settings) {
  Object.assign(DEFAULT_LEXICON_OPTIONS, base);
  for (const kv of s.split(',').filter(Boolean)) {
    const [k, v] = kv.split('=');
    if (typeof (base as Record<string, unknown>)[k] !== 'number' || !Number.isFinite(Number(v))) throw new Error(`${kv}: not a numeric lexicon option (${Object.keys(base).join(', ')})`);
    (DEFAULT_LEXICON_OPTIONS as unknown as Record<string, number>)[k] = Number(v);
  }
  const scores: Record<string, ArticleScore[]> = {};
  for (const a of arts) {
    const model = a.split === 'train' && folds.length ? foldTaggerFor(a.name, folds) : shipped;
    const x = extractArticle(parseArticle(a.text, a.name), { nerModel: model });
    (scores[a.split] ??= []).push(scoreArticle(a.name, x, annotationGold(a.annotation)));
  }
  const line = Object.entries(scores).flatMap(([split, ss]) => {
    const t = totals(ss);
    return (['people', 'organizations'] as const).map((cat) => `${split} ${cat} ${t[cat].f1.toFixed(4)} (${t[cat].tp}/${t[cat].fp}/${t[cat].fn})`);
  });
  console.log(`[${s || 'shipped'}] ${line.join('  ')}`);
}
