// The annotated Reuters corpus (annotations/): check files, count them, measure agreement.
//
//   node --import tsx scripts/annotations.ts check [FILE...]   validate, record evidence offsets
//   node --import tsx scripts/annotations.ts verify [FILE...]  the same, writing nothing
//   node --import tsx scripts/annotations.ts pack [FILE...]    drop evidence texts, keeping the checked offsets
//   node --import tsx scripts/annotations.ts stats              articles and pairs by split and label
//   node --import tsx scripts/annotations.ts agreement [FILE...] second-pass/ (or the second-pass FILEs named) against reuters/
//
// Article texts are read from ../shared/data/reuters (the tarball), or from REUTERS_DIR when
// it names a folder of the extracted .txt files (faster for one file at a time).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { foldName } from '../src/article/names.js';
import { repoRoot } from '../src/config.js';
import { splitOf, SPLITS } from '../src/eval/split.js';
import { Annotation, ANNOTATIONS_DIR, annotationFiles, corpusTexts, PAIR_LABELS } from '../src/eval/annotations.js';

const DIR = ANNOTATIONS_DIR;
const LABELS = PAIR_LABELS;
type Names = Annotation['people'][number];
const canonical = (n: Names) => (Array.isArray(n) ? n[0] : n);
const pairKey = (a: string, b: string) => [foldName(a), foldName(b)].sort().join(' | ');
const articleTexts = (files: string[]) => corpusTexts(files, process.env.REUTERS_DIR);

function load(file: string): Annotation {
  return Annotation.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Problems with one annotation against its article; records evidence offsets in `a`. */
function problems(a: Annotation, text: string): string[] {
  const out: string[] = [];
  const people = new Set(a.people.map((p) => foldName(canonical(p))));
  const seen = new Set<string>();
  for (const p of a.pairs) {
    const where = `pair ${p.a} / ${p.b}`;
    if (!people.has(foldName(p.a))) out.push(`${where}: "${p.a}" is not a canonical name in people`);
    if (!people.has(foldName(p.b))) out.push(`${where}: "${p.b}" is not a canonical name in people`);
    if (foldName(p.a) === foldName(p.b)) out.push(`${where}: a person paired with themself`);
    const key = pairKey(p.a, p.b);
    if (seen.has(key)) out.push(`${where}: listed twice`);
    seen.add(key);
    if (p.evidence === undefined) {
      if (p.end! > text.length) out.push(`${where}: evidence offsets beyond the article`);
    } else if (p.start !== undefined && text.slice(p.start, p.end) === p.evidence) {
      // Already placed: keep the offsets (the same sentence may occur twice).
    } else {
      const at = text.indexOf(p.evidence);
      if (at < 0) out.push(`${where}: evidence not found verbatim in the article`);
      else Object.assign(p, { start: at, end: at + p.evidence.length });
    }
    if (p.label !== 'met' && (p.date || p.place)) out.push(`${where}: date and place are for met pairs only`);
  }
  return out;
}

/** Drops each pair's evidence text once its offsets are checked: the committed labels quote no article. */
async function pack(files: string[]) {
  const targets = files.length ? files.map((f) => path.resolve(f)) : annotationFiles('reuters').concat(annotationFiles('second-pass'));
  const parsed = targets.map((f) => [f, Annotation.parse(JSON.parse(readFileSync(f, 'utf8')))] as const);
  const texts = await articleTexts([...new Set(parsed.map(([, a]) => a.file))]);
  let packed = 0;
  for (const [f, a] of parsed) {
    const text = texts.get(a.file);
    const found = text === undefined ? [`article ${a.file} not in the corpus`] : problems(a, text);
    if (found.length) {
      process.stdout.write(`${path.relative(repoRoot, f)}: not packed: ${found.join('; ')}\n`);
      process.exitCode = 1;
      continue;
    }
    for (const p of a.pairs) delete p.evidence;
    writeFileSync(f, `${JSON.stringify(a, null, 2)}\n`);
    packed++;
  }
  process.stdout.write(`${packed} of ${targets.length} files packed\n`);
}

async function check(files: string[], write = true) {
  const targets = files.length ? files.map((f) => path.resolve(f)) : annotationFiles('reuters').concat(annotationFiles('second-pass'));
  const parsed = new Map<string, Annotation>();
  let bad = 0;
  for (const f of targets) {
    try {
      const a = load(f);
      if (path.basename(f, '.json') !== a.file.replace(/\.txt$/, '')) throw new Error(`file names ${a.file}, not ${path.basename(f)}`);
      parsed.set(f, a);
    } catch (e) {
      bad++;
      process.stdout.write(`${path.relative(repoRoot, f)}: ${e instanceof z.ZodError ? e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : (e as Error).message}\n`);
    }
  }
  const texts = await articleTexts([...new Set([...parsed.values()].map((a) => a.file))]);
  for (const [f, a] of parsed) {
    const text = texts.get(a.file);
    const found = text === undefined ? [`article ${a.file} not in the corpus`] : problems(a, text);
    if (found.length) {
      bad++;
      for (const p of found) process.stdout.write(`${path.relative(repoRoot, f)}: ${p}\n`);
    } else if (write) writeFileSync(f, `${JSON.stringify(a, null, 2)}\n`);
  }
  process.stdout.write(`${targets.length - bad} of ${targets.length} files good\n`);
  if (bad) process.exitCode = 1;
}

function stats() {
  const rows = annotationFiles('reuters').map(load);
  const table = new Map<string, Record<string, number>>();
  for (const a of rows) {
    const split = splitOf(a.file);
    const t = table.get(split) ?? { articles: 0, people: 0, organizations: 0, ...Object.fromEntries(LABELS.map((l) => [l, 0])) };
    t.articles++;
    t.people += a.people.length;
    t.organizations += a.organizations.length;
    for (const p of a.pairs) t[p.label]++;
    table.set(split, t);
  }
  const cols = ['articles', 'people', 'organizations', ...LABELS];
  process.stdout.write(`split\t${cols.join('\t')}\n`);
  for (const s of SPLITS) process.stdout.write(`${s}\t${cols.map((c) => table.get(s)?.[c] ?? 0).join('\t')}\n`);
}

/** Cohen's kappa over the pairs either pass listed (unlisted = none), and entity F1 between passes. */
function agreement(files: string[] = []) {
  const second = files.length ? files.map((f) => path.resolve(f)) : annotationFiles('second-pass');
  let agree = 0;
  let total = 0;
  const firstCounts = new Map<string, number>();
  const secondCounts = new Map<string, number>();
  const entity = { people: [0, 0, 0], organizations: [0, 0, 0] };
  let metBoth = 0;
  let metFirst = 0;
  let metSecond = 0;
  let compared = 0;
  for (const f of second) {
    const firstFile = path.join(DIR, 'reuters', path.basename(f));
    if (!existsSync(firstFile)) continue;
    compared++;
    const [x, y] = [load(firstFile), load(f)];
    const lx = new Map(x.pairs.map((p) => [pairKey(p.a, p.b), p.label as string]));
    const ly = new Map(y.pairs.map((p) => [pairKey(p.a, p.b), p.label as string]));
    for (const k of new Set([...lx.keys(), ...ly.keys()])) {
      const [a, b] = [lx.get(k) ?? 'none', ly.get(k) ?? 'none'];
      total++;
      if (a === b) agree++;
      firstCounts.set(a, (firstCounts.get(a) ?? 0) + 1);
      secondCounts.set(b, (secondCounts.get(b) ?? 0) + 1);
      if (a === 'met' && b === 'met') metBoth++;
      if (a === 'met') metFirst++;
      if (b === 'met') metSecond++;
    }
    for (const kind of ['people', 'organizations'] as const) {
      const spell = (n: Names) => (Array.isArray(n) ? n : [n]).map(foldName);
      const ys = y[kind].map(spell);
      const matched = x[kind].map(spell).filter((xs) => ys.some((s) => s.some((n) => xs.includes(n)))).length;
      entity[kind][0] += matched;
      entity[kind][1] += x[kind].length;
      entity[kind][2] += y[kind].length;
    }
  }
  const po = total ? agree / total : 0;
  const pe = total ? LABELS.reduce((s, l) => s + ((firstCounts.get(l) ?? 0) / total) * ((secondCounts.get(l) ?? 0) / total), 0) : 0;
  const kappa = pe < 1 ? (po - pe) / (1 - pe) : 1;
  const f1 = (m: number, a: number, b: number) => (a + b ? (2 * m) / (a + b) : 1);
  process.stdout.write(
    `${compared} articles annotated twice; ${total} pairs: observed agreement ${po.toFixed(3)}, Cohen's kappa ${kappa.toFixed(3)}; ` +
      `met pairs F1 between passes ${f1(metBoth, metFirst, metSecond).toFixed(3)} (${metFirst} / ${metSecond}); ` +
      `people F1 ${f1(entity.people[0], entity.people[1], entity.people[2]).toFixed(3)}, organizations F1 ${f1(entity.organizations[0], entity.organizations[1], entity.organizations[2]).toFixed(3)}\n`,
  );
}

const [cmd, ...rest] = process.argv.slice(2);
if (cmd === 'check') await check(rest);
else if (cmd === 'pack') await pack(rest);
else if (cmd === 'verify') await check(rest, false);
else if (cmd === 'stats') stats();
else if (cmd === 'agreement') agreement(rest);
else {
  process.stderr.write('usage: annotations.ts check|verify|pack [FILE...] | stats | agreement [FILE...]\n');
  process.exitCode = 2;
}
