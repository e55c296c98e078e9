// Chooses the Reuters articles to label with topics, and writes annotations/topics/sample.tsv
// (file, split, batch) and annotations/topics/second-pass-sample.txt (batch S).
//
//   node --import tsx scripts/topics-sample.ts [--per-split test=120,tune=90,train=240] [--overwrite]
//   (a fresh draw refuses to replace an existing sample.tsv, and the labels it indexes, without --overwrite)
//
// The split comes from the file name (src/eval/split.ts), the same split the meeting and
// entity corpora use. Within each split, articles are taken in a fixed pseudo-random order (a
// salted hash of the file name) until the split's quota is filled: a simple random sample of
// the corpus, so diplomacy, politics, economy and business come in their real proportions.
// The only articles skipped are those the article parser refuses (no title, date or body).
//
// Batches T1..T6 get the same number of articles of each split (round robin within each
// split), so every batch mixes test, tune and train. The second-pass sample (batch S) is the
// first 10 articles of each batch in that order.
//
// The domain printed at the end (diplomacy, politics, economy, business) is for the report
// only and played no part in the choice.
//
//   node --import tsx scripts/topics-sample.ts --extend 3 [--targeted 1]
//
// adds to an existing sample.tsv, never changing a row already there: `--extend N` appends N
// more random batches (T7, T8, …; 20 test, 15 tune and 40 train articles each, the next
// articles of each split in the same order), and `--targeted N` appends N batches (D1, …) of 75
// train-split articles whose cue words say diplomacy or politics (scripts/corpus.ts
// `cueDomain`). The random sample is ~90% business, so diplomacy topics have too few examples
// to learn from; targeted articles go to train only, so tune and the locked test stay random
// samples of the corpus in its real proportions. `--extend-train N` appends N batches (R1, …) of 75
// train-split articles, the next of the same random order: more training labels in the corpus's
// own proportions without changing tune or the locked test. `--extend-tune N` appends N batches (U1, …) of 75
// tune-split articles the same way: a larger held-out tune set, and more labels for the shipped model (trained on
// train and tune), without touching the locked test.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../src/config.js';
import { parseArticle } from '../src/article/parse.js';
import { listTopics, scoreTopics } from '../src/extract/topics.js';
import { SPLITS, splitOf, type Split } from '../src/eval/split.js';
import { cueDomain, readTarArticles, requireCorpus } from './corpus.js';

const BATCHES = 6;
const SECOND_PASS_PER_BATCH = 10;
const perSplit: Record<Split, number> = { test: 120, tune: 90, train: 240 };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
for (const kv of (arg('--per-split') ?? '').split(',').filter(Boolean)) {
  const [k, v] = kv.split('=');
  if (!(k in perSplit) || !/^\d+$/.test(v ?? '')) {
    process.stderr.write(`--per-split: expected split=count (splits: ${SPLITS.join(', ')}), got "${kv}"\n`);
    process.exit(2);
  }
  perSplit[k as Split] = Number(v);
}
for (const s of SPLITS) {
  if (perSplit[s] % BATCHES !== 0) {
    process.stderr.write(`--per-split: ${s}=${perSplit[s]} is not a multiple of ${BATCHES} (batches get equal shares of each split)\n`);
    process.exit(2);
  }
}

/** A batch count given after `name`: a whole number of 1 or more when the flag is there (0 when it is not). */
function batchCount(name: string): number {
  if (!process.argv.includes(name)) return 0;
  const raw = arg(name) ?? '';
  if (!/^[1-9]\d*$/.test(raw)) {
    process.stderr.write(`${name}: expected a whole number of batches (1 or more), got "${raw}"\n`);
    process.exit(2);
  }
  return Number(raw);
}
const known = new Set(['--per-split', '--extend', '--targeted', '--extend-train', '--extend-tune', '--overwrite']);
const unknown = process.argv.slice(2).filter((a, i, all) => a.startsWith('--') && !known.has(a) && !known.has(all[i - 1] ?? ''));
if (unknown.length) {
  process.stderr.write(`unknown option ${unknown.join(', ')} (known: ${[...known].join(', ')})\n`);
  process.exit(2);
}
const extend = batchCount('--extend');
const targeted = batchCount('--targeted');
const extendTrain = batchCount('--extend-train');
const extendTune = batchCount('--extend-tune');
const extending = ['--extend', '--targeted', '--extend-train', '--extend-tune'].some((f) => process.argv.includes(f));

const order = (name: string) => createHash('sha256').update(`newsgraph-topics-sample-v1\0${name}`).digest().readUInt32BE(0);
const articles = (await readTarArticles(requireCorpus()))
  .map((a) => ({ name: path.basename(a.name), text: a.text }))
  .sort((a, b) => order(a.name) - order(b.name) || (a.name < b.name ? -1 : 1));

if (extending) {
  extendSample();
  process.exit(0);
}

// A fresh draw rewrites sample.tsv and the second-pass list: never over labelled work by accident.
if (existsSync(path.join(repoRoot, 'annotations/topics/sample.tsv')) && !process.argv.includes('--overwrite')) {
  process.stderr.write('annotations/topics/sample.tsv exists: a fresh draw would replace it (--extend, --targeted, --extend-train or --extend-tune append; --overwrite replaces)\n');
  process.exit(2);
}
const chosen: Record<Split, Array<{ name: string; text: string }>> = { test: [], tune: [], train: [] };
const seen = new Set<string>();
for (const a of articles) {
  if (seen.has(a.name)) continue;
  seen.add(a.name);
  const split = splitOf(a.name);
  if (chosen[split].length >= perSplit[split]) continue;
  try {
    parseArticle(a.text, a.name);
  } catch {
    continue;
  }
  chosen[split].push(a);
  if (SPLITS.every((s) => chosen[s].length >= perSplit[s])) break;
}
for (const s of SPLITS) {
  if (chosen[s].length < perSplit[s]) {
    process.stderr.write(`only ${chosen[s].length} articles in split ${s}, wanted ${perSplit[s]}\n`);
    process.exit(1);
  }
}

// Round robin within each split, then the batch's articles in the sample's fixed order.
const rows: Array<{ file: string; split: Split; batch: string; text: string }> = [];
for (const s of SPLITS) chosen[s].forEach((a, i) => rows.push({ file: a.name, split: s, batch: `T${1 + (i % BATCHES)}`, text: a.text }));
rows.sort((a, b) => (a.batch < b.batch ? -1 : a.batch > b.batch ? 1 : order(a.file) - order(b.file)));

const dir = path.join(repoRoot, 'annotations/topics');
mkdirSync(path.join(dir, 'labels'), { recursive: true });
mkdirSync(path.join(dir, 'second-pass'), { recursive: true });
writeFileSync(path.join(dir, 'sample.tsv'), ['file\tsplit\tbatch', ...rows.map((r) => `${r.file}\t${r.split}\t${r.batch}`)].join('\n') + '\n');
const second = Array.from({ length: BATCHES }, (_, b) => rows.filter((r) => r.batch === `T${b + 1}`).slice(0, SECOND_PASS_PER_BATCH)).flat();
writeFileSync(path.join(dir, 'second-pass-sample.txt'), second.map((r) => r.file).join('\n') + '\n');

// Report: splits per batch, and the domain of each article: diplomacy/politics or
// economy/business by its cue words (as the meeting and entity sample reports it), split
// further by the current term scorer's top topic (politics or business subtrees).
const parents = new Map(listTopics().map((t) => [t.id, t.parent]));
const ancestors = (id: string) => {
  const out = [id];
  for (let p = parents.get(id); p; p = parents.get(p)) out.push(p);
  return out;
};
function domain(text: string): string {
  const body = text.slice(parseArticle(text).titleStart);
  const top = ancestors(scoreTopics(body)[0]?.id ?? 'none');
  if (cueDomain(body) === 'diplomacy') return top.includes('politics') && !top.includes('international-relations') ? 'politics' : 'diplomacy';
  return top.includes('business') || top.includes('markets') || top.includes('energy') || top.includes('technology') ? 'business' : 'economy';
}
const count = (xs: string[]) => Object.entries(xs.reduce<Record<string, number>>((m, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {})).sort().map(([k, v]) => `${k} ${v}`).join(', ');
process.stdout.write(`${rows.length} articles: ${count(rows.map((r) => r.split))}\n`);
for (let b = 1; b <= BATCHES; b++) process.stdout.write(`  T${b}: ${count(rows.filter((r) => r.batch === `T${b}`).map((r) => r.split))}\n`);
process.stdout.write(`second pass (S): ${second.length} articles: ${count(second.map((r) => r.split))}\n`);
process.stdout.write(`domain (report only): ${count(rows.map((r) => domain(r.text)))}\n`);
for (const s of SPLITS) process.stdout.write(`  ${s}: ${count(rows.filter((r) => r.split === s).map((r) => domain(r.text)))}\n`);

/** Appends `extend` random, `targeted` diplomacy, `extendTrain` random train-only and `extendTune` random tune-only batches to sample.tsv (see the top of the file). */
function extendSample(): void {
  const file = path.join(repoRoot, 'annotations/topics/sample.tsv');
  const old = readFileSync(file, 'utf8').trimEnd().split('\n');
  const taken = new Set(old.slice(1).map((l) => l.split('\t')[0]));
  const batches = new Set(old.slice(1).map((l) => l.split('\t')[2]));
  const next = (prefix: string) => {
    for (let i = 1; ; i++) if (!batches.has(`${prefix}${i}`)) return `${prefix}${i}`;
  };
  const quota: Record<Split, number> = { test: 20, tune: 15, train: 40 };
  const rows: string[] = [];
  const usable = (a: { name: string; text: string }) => {
    if (taken.has(a.name)) return false;
    try {
      parseArticle(a.text, a.name);
      return true;
    } catch {
      return false;
    }
  };
  for (let b = 0; b < extend; b++) {
    const batch = next('T');
    batches.add(batch);
    const got: Record<Split, number> = { test: 0, tune: 0, train: 0 };
    for (const a of articles) {
      const split = splitOf(a.name);
      if (got[split] >= quota[split] || !usable(a)) continue;
      taken.add(a.name);
      got[split]++;
      rows.push(`${a.name}\t${split}\t${batch}`);
      if (SPLITS.every((s) => got[s] >= quota[s])) break;
    }
  }
  /** `count` batches named `prefix`1.. of 75 articles of `split` each that `fits`, in the sample's order; none written unless all fill. */
  const splitBatches = (split: Split, count: number, prefix: string, fits: (a: { name: string; text: string }) => boolean) => {
    for (let b = 0; b < count; b++) {
      const batch = next(prefix);
      batches.add(batch);
      let got = 0;
      for (const a of articles) {
        if (splitOf(a.name) !== split || !usable(a) || !fits(a)) continue;
        taken.add(a.name);
        rows.push(`${a.name}\t${split}\t${batch}`);
        if (++got >= 75) break;
      }
      if (got < 75) {
        process.stderr.write(`batch ${batch}: only ${got} more articles fit, wanted 75; nothing written\n`);
        process.exit(1);
      }
    }
  };
  splitBatches('train', targeted, 'D', (a) => cueDomain(a.text.slice(parseArticle(a.text).titleStart)) === 'diplomacy');
  splitBatches('train', extendTrain, 'R', () => true);
  splitBatches('tune', extendTune, 'U', () => true);
  writeFileSync(file, [...old, ...rows].join('\n') + '\n');
  const by = rows.reduce<Record<string, number>>((m, r) => ({ ...m, [r.split('\t')[2]]: (m[r.split('\t')[2]] ?? 0) + 1 }), {});
  process.stdout.write(`added ${rows.length} articles: ${Object.entries(by).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
}
