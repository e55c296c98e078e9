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

const DIR = path.join(repoRoot, 'annotations/topics');
const LABELS = path.join(DIR, 'labels');
const SECOND = path.join(DIR, 'second-pass');
const MAX_TOPICS = 8;
const USUAL_TOPICS = 5;

const topics = listTopics();
const byId = new Map(topics.map((t) => [t.id, t]));
const isGroup = (id: string) => /^Group topic\b/.test(byId.get(id)?.description ?? '');
function ancestors(id: string): string[] {
  const out: string[] = [];
  for (let p = byId.get(id)?.parent; p; p = byId.get(p)?.parent) out.push(p);
  return out;
}

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

interface Label { file: string; annotator: string; topics: string[]; notes?: string }

/** A label file read and checked: its errors (the file is unusable) and warnings (worth a second look). */
function checkFile(labelPath: string, sample: Map<string, SampleRow>, second: Set<string>): { label?: Label; errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(labelPath, 'utf8'));
  } catch (e) {
    return { errors: [`not readable JSON: ${(e as Error).message}`], warnings };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { errors: ['not a JSON object'], warnings };
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!['file', 'annotator', 'topics', 'notes'].includes(k)) errors.push(`unknown field "${k}" (allowed: file, annotator, topics, notes)`);
  if (typeof o.file !== 'string' || o.file === '') errors.push('"file" must be the article file name, e.g. "20091013_us-russia-usa-clinton-idUSTRE59C1AX20091013.txt"');
  else {
    if (!sample.has(o.file)) errors.push(`"file" ${o.file} is not in annotations/topics/sample.tsv`);
    const expected = path.basename(o.file, '.txt') + '.json';
    if (path.basename(labelPath) !== expected) errors.push(`the label file for ${o.file} must be named ${expected}`);
    if (path.resolve(path.dirname(labelPath)) === path.resolve(SECOND) && !second.has(o.file)) errors.push(`${o.file} is not in annotations/topics/second-pass-sample.txt`);
  }
  if (typeof o.annotator !== 'string' || o.annotator.trim() === '') errors.push('"annotator" must be a non-empty string (your name)');
  if (o.notes !== undefined && typeof o.notes !== 'string') errors.push('"notes" must be a string when present');
  if (!Array.isArray(o.topics) || o.topics.length === 0) errors.push('"topics" must be a non-empty list of topic ids, main topic first');
  else {
    const ids = o.topics as unknown[];
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (typeof id !== 'string') return errors.push(`topics[${i}] is not a string`);
      if (!byId.has(id)) errors.push(`topics[${i}] "${id}" is not a topic id (list them: node --import tsx scripts/topics-labels.ts taxonomy)`);
      if (seen.has(id)) errors.push(`topics[${i}] "${id}" is listed twice`);
      seen.add(id);
    });
    if (ids.length > MAX_TOPICS) errors.push(`${ids.length} topics: at most ${MAX_TOPICS} (only those the article is substantially about)`);
    else if (ids.length > USUAL_TOPICS) warnings.push(`${ids.length} topics: usually 1-${USUAL_TOPICS}; is the article substantially about each?`);
    for (const id of seen) {
      const up = ancestors(id).filter((a) => seen.has(a));
      if (up.length) warnings.push(`"${id}" with its ancestor ${up.map((a) => `"${a}"`).join(', ')}: keep the ancestor only if the article is broadly about it too`);
    }
    const main = ids[0];
    if (typeof main === 'string' && isGroup(main) && ids.length > 1) warnings.push(`main topic "${main}" is a group topic: is one of the others the main subject?`);
  }
  return errors.length ? { errors, warnings } : { label: o as unknown as Label, errors, warnings };
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

const round = (x: number) => Math.round(x * 1000) / 1000;

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
  const n = files.length;
  const per = new Map<string, { a: number; b: number; both: number }>();
  const cell = (id: string) => per.get(id) ?? (per.set(id, { a: 0, b: 0, both: 0 }), per.get(id)!);
  let mainSame = 0;
  let mainInOther = 0;
  let exact = 0;
  let sizeA = 0;
  let sizeB = 0;
  const mainDisagreements: Array<{ file: string; first: string; second: string }> = [];
  for (const f of files) {
    const A = first.get(f)!.topics;
    const B = other.get(f)!.topics;
    sizeA += A.length;
    sizeB += B.length;
    for (const id of A) cell(id).a++;
    for (const id of B) cell(id).b++;
    for (const id of A) if (B.includes(id)) cell(id).both++;
    if (A[0] === B[0]) mainSame++;
    else mainDisagreements.push({ file: f, first: A[0], second: B[0] });
    if (B.includes(A[0]) && A.includes(B[0])) mainInOther++;
    if (A.length === B.length && A.every((id) => B.includes(id))) exact++;
  }
  const rows = [...per.entries()].map(([id, { a, b, both }]) => {
    // Cohen's kappa on the yes/no decision for this topic over the n articles.
    const po = (n - a - b + 2 * both) / n;
    const pe = (a / n) * (b / n) + (1 - a / n) * (1 - b / n);
    return { id, first: a, second: b, both, f1: round((2 * both) / (a + b)), kappa: pe < 1 ? round((po - pe) / (1 - pe)) : null };
  });
  rows.sort((x, y) => y.first + y.second - (x.first + x.second) || (x.id < y.id ? -1 : 1));
  const both = rows.reduce((s, r) => s + r.both, 0);
  const result = {
    articles: n,
    microF1: round((2 * both) / (sizeA + sizeB)),
    mainTopicAgreement: round(mainSame / n),
    mainTopicEachInOther: round(mainInOther / n),
    exactSetAgreement: round(exact / n),
    topicsPerArticle: { first: round(sizeA / n), second: round(sizeB / n) },
    perTopic: rows,
    mainDisagreements,
  };
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
  process.stdout.write(`topics per article: ${round(all.reduce((s, l) => s + l.topics.length, 0) / all.length)}\n\n${'topic'.padEnd(26)}  main   any\n`);
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
