// Topic labels of the Reuters sample (annotations/topics/): check them, compare two annotators,
// count them, and print the taxonomy for annotators.
//
//   node --import tsx scripts/topics-labels.ts check [FILE...]   every label file when none is named
//   node --import tsx scripts/topics-labels.ts agreement [--json]  second-pass/ against labels/
//   node --import tsx scripts/topics-labels.ts stats
//   node --import tsx scripts/topics-labels.ts taxonomy           the topics and their definitions
//
// A label file is annotations/topics/labels/NAME.json (or second-pass/NAME.json), NAME the
// article's file name without .txt:
//   { "file": "NAME.txt", "annotator": "...", "topics": ["main-topic", "other", ...], "notes": "..." }
// The main topic comes first; ids are those of data/topics.json.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../src/config.js';
import { listTopics } from '../src/extract/topics.js';
import { isGroupTopic, topicAgreement, validateTopicLabel, type TopicLabel } from '../src/eval/topic-labels.js';

const DIR = path.join(repoRoot, 'annotations/topics');
const LABELS = path.join(DIR, 'labels');
const SECOND = path.join(DIR, 'second-pass');

const topics = listTopics();
const byId = new Map(topics.map((t) => [t.id, t]));
const isGroup = (id: string) => isGroupTopic(byId.get(id));

interface SampleRow { file: string; split: string; batch: string }
function readSample(): Map<string, SampleRow> {
  const file = path.join(DIR, 'sample.tsv');
  if (!existsSync(file)) throw new Error(`${file} not found: run scripts/topics-sample.ts first`);
  const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((l) => l.split('\t')).map(([f, split, batch]) => [f, { file: f, split, batch }]));
}
function readSecondSample(): Set<string> {
  const file = path.join(DIR, 'second-pass-sample.txt');
  return new Set(existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
}

type Label = TopicLabel;

/** A label file read and checked: its errors (the file is unusable) and warnings (worth a second look). */
function checkFile(labelPath: string, sample: Map<string, SampleRow>, second: Set<string>): { label?: Label; errors: string[]; warnings: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(labelPath, 'utf8'));
  } catch (e) {
    return { errors: [`not readable JSON: ${(e as Error).message}`], warnings: [] };
  }
  const inSecond = path.resolve(path.dirname(labelPath)) === path.resolve(SECOND);
  return validateTopicLabel(raw, { labelFileName: path.basename(labelPath), topics, sample: new Set(sample.keys()), ...(inSecond ? { secondPassSample: second } : {}) });
}

function labelFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f)) : [];
}

function readLabels(dir: string, sample: Map<string, SampleRow>, second: Set<string>): Map<string, Label> {
  const out = new Map<string, Label>();
  for (const f of labelFiles(dir)) {
    const { label, errors } = checkFile(f, sample, second);
    if (label) out.set(label.file, label);
    else process.stderr.write(`skipped ${path.relative(repoRoot, f)}: ${errors[0]}\n`);
  }
  return out;
}

function check(files: string[]): number {
  const sample = readSample();
  const second = readSecondSample();
  const targets = files.length ? files : [...labelFiles(LABELS), ...labelFiles(SECOND)];
  let bad = 0;
  let warned = 0;
  for (const f of targets) {
    if (!existsSync(f)) {
      process.stdout.write(`ERROR ${f}: no such file\n`);
      bad++;
      continue;
    }
    const { errors, warnings } = checkFile(f, sample, second);
    const name = path.relative(process.cwd(), f);
    if (errors.length) bad++;
    if (warnings.length) warned++;
    if (!errors.length && !warnings.length) process.stdout.write(`ok    ${name}\n`);
    for (const e of errors) process.stdout.write(`ERROR ${name}: ${e}\n`);
    for (const w of warnings) process.stdout.write(`note  ${name}: ${w}\n`);
  }
  process.stdout.write(`${targets.length} files: ${targets.length - bad} valid, ${bad} with errors, ${warned} with notes\n`);
  return bad ? 1 : 0;
}

function agreement(json: boolean): number {
  const sample = readSample();
  const second = readSecondSample();
  const first = readLabels(LABELS, sample, second);
  const other = readLabels(SECOND, sample, second);
  const files = [...other.keys()].filter((f) => first.has(f)).sort();
  if (files.length === 0) {
    process.stderr.write('no article is labelled in both annotations/topics/labels/ and annotations/topics/second-pass/\n');
    return 1;
  }
  const result = topicAgreement(files.map((f) => ({ file: f, first: first.get(f)!.topics, second: other.get(f)!.topics })));
  const { articles: n, perTopic: rows, mainDisagreements } = result;
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
    return 0;
  }
  process.stdout.write(
    `${n} articles labelled twice (labels/ = first, second-pass/ = second)\n` +
      `micro F1 ${result.microF1}; main topic the same ${result.mainTopicAgreement}` +
      ` (each main topic among the other's topics ${result.mainTopicEachInOther}); identical sets ${result.exactSetAgreement}\n` +
      `topics per article: first ${result.topicsPerArticle.first}, second ${result.topicsPerArticle.second}\n\n` +
      `${'topic'.padEnd(26)} first second  both     F1  kappa\n`,
  );
  for (const r of rows) {
    process.stdout.write(`${r.id.padEnd(26)} ${String(r.first).padStart(5)} ${String(r.second).padStart(6)} ${String(r.both).padStart(5)} ${r.f1.toFixed(3).padStart(6)} ${(r.kappa === null ? '-' : r.kappa.toFixed(3)).padStart(6)}\n`);
  }
  if (mainDisagreements.length) {
    process.stdout.write('\nmain topic differs:\n');
    for (const d of mainDisagreements) process.stdout.write(`  ${d.file}: ${d.first} / ${d.second}\n`);
  }
  return 0;
}

function stats(): number {
  const sample = readSample();
  const second = readSecondSample();
  const labels = readLabels(LABELS, sample, second);
  const seconds = readLabels(SECOND, sample, second);
  const batches = [...new Set([...sample.values()].map((r) => r.batch))].sort();
  process.stdout.write(`labels/: ${labels.size} of ${sample.size} sample articles; second-pass/: ${seconds.size} of ${second.size}\n`);
  for (const b of batches) {
    const inBatch = [...sample.values()].filter((r) => r.batch === b);
    process.stdout.write(`  ${b}: ${inBatch.filter((r) => labels.has(r.file)).length}/${inBatch.length}\n`);
  }
  const splits = [...new Set([...sample.values()].map((r) => r.split))].sort();
  process.stdout.write(`by split: ${splits.map((s) => `${s} ${[...labels.keys()].filter((f) => sample.get(f)?.split === s).length}`).join(', ')}\n`);
  const all = [...labels.values()];
  if (!all.length) return 0;
  const annotators = new Map<string, number>();
  for (const l of all) annotators.set(l.annotator, (annotators.get(l.annotator) ?? 0) + 1);
  process.stdout.write(`annotators: ${[...annotators].map(([a, c]) => `${a} ${c}`).join(', ')}\n`);
  process.stdout.write(`topics per article: ${(all.reduce((s, l) => s + l.topics.length, 0) / all.length).toFixed(2)}\n\n${'topic'.padEnd(26)}  main   any\n`);
  for (const t of topics) {
    const main = all.filter((l) => l.topics[0] === t.id).length;
    const any = all.filter((l) => l.topics.includes(t.id)).length;
    process.stdout.write(`${t.id.padEnd(26)} ${String(main).padStart(5)} ${String(any).padStart(5)}\n`);
  }
  return 0;
}

function wrap(text: string, indent: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + w.length > width) {
      lines.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

function taxonomy(): number {
  const children = new Map<string | undefined, typeof topics>();
  for (const t of topics) children.set(t.parent, [...(children.get(t.parent) ?? []), t]);
  const print = (parent: string | undefined, depth: number) => {
    for (const t of children.get(parent) ?? []) {
      const pad = '  '.repeat(depth);
      process.stdout.write(`${pad}${t.id}  (${t.label}${t.iptc ? `, IPTC ${t.iptc}` : ''})${isGroup(t.id) ? '  [group topic: rarely assigned]' : ''}\n`);
      process.stdout.write(`${wrap(t.description ?? '', `${pad}    `)}\n`);
      print(t.id, depth + 1);
    }
  };
  process.stdout.write(`${topics.length} topics (indented under their parent topic)\n\n`);
  print(undefined, 0);
  return 0;
}

const [cmd, ...rest] = process.argv.slice(2);
const code =
  cmd === 'check' ? check(rest) : cmd === 'agreement' ? agreement(rest.includes('--json')) : cmd === 'stats' ? stats() : cmd === 'taxonomy' ? taxonomy() : -1;
if (code === -1) {
  process.stderr.write('usage: node --import tsx scripts/topics-labels.ts check [FILE...] | agreement [--json] | stats | taxonomy\n');
  process.exitCode = 2;
} else process.exitCode = code;
