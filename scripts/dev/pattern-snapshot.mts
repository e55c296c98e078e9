// The pattern finder's output over a fixed sample, one JSON line per article, to check a refactoring
// leaves it byte-identical: `node --import tsx scripts/dev/pattern-snapshot.mts CACHE [MODULE] > out.jsonl`.
// The inputs (text, sentences, people) are extracted once into CACHE (dev eval set, gold fixtures,
// every 10th of the first 20,000 Reuters
// articles, and 2,000 more of them that name a meeting cue) so later runs time only findMeetings.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/article/parse.js';
import type { PersonRef } from '../../src/extract/types.js';
import { articleSentences, extractArticle } from '../../src/pipeline/extract.js';

const REUTERS = process.env.REUTERS_DIR ?? '/work/reuters';
const CUED = /\b(?:met|meets|talks with|talks between|meeting with|held talks|attended|received|hosted|joint news conference)\b/;
type Input = { name: string; text: string; sentences: Array<{ start: number; end: number }>; people: PersonRef[] };
const cache = process.argv[2] ?? '/tmp/pattern-snapshot-inputs.json';
// a second argument names another module exporting findMeetings (e.g. an older copy, to compare with)
const module = process.argv[3] ? path.resolve(process.argv[3]) : '../../src/extract/meetings/patterns/find.js';
const { findMeetings } = (await import(module)) as typeof import('../../src/extract/meetings/patterns/find.js');
let inputs: Input[];
if (existsSync(cache)) {
  inputs = JSON.parse(readFileSync(cache, 'utf8')) as Input[];
} else {
  const files: string[] = [];
  for (const dir of ['../shared/eval/dev', 'test/fixtures/gold']) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) files.push(path.join(dir, f));
  }
  const reuters = readdirSync(REUTERS).filter((f) => f.endsWith('.txt')).sort();
  for (let i = 0; i < reuters.length && i < 20000; i += 10) files.push(path.join(REUTERS, reuters[i]));
  // and 2,000 of the rest that speak of meetings, so every pattern family is exercised
  const cued = reuters.filter((f, i) => i % 10 !== 0 && CUED.test(readFileSync(path.join(REUTERS, f), 'utf8')));
  for (let k = 0; k < 2000 && k < cued.length; k++) files.push(path.join(REUTERS, cued[Math.floor((k * cued.length) / 2000)]));
  inputs = files.map((file) => {
    const art = parseArticle(readFileSync(file, 'utf8'), path.basename(file));
    const sentences = articleSentences(art).map((s) => ({ start: s.start, end: s.end }));
    return { name: file, text: art.text, sentences, people: extractArticle(art).people };
  });
  writeFileSync(cache, JSON.stringify(inputs));
}
let findings = 0;
for (const a of inputs) {
  const spans = a.sentences.map((s) => ({ ...s, text: a.text.slice(s.start, s.end) }));
  const found = findMeetings(a.text, spans, a.people);
  findings += found.length;
  process.stdout.write(`${JSON.stringify({ name: a.name, meetings: found })}\n`);
}
process.stderr.write(`${inputs.length} articles, ${findings} findings\n`);
