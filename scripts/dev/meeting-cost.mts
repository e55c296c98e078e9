// Time spent in the meeting step of extraction, by part, over Reuters articles (REUTERS_DIR).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/article/parse.js';
import { candidates, eventPairs } from '../../src/extract/meetings/decode.js';
import { patternHints } from '../../src/extract/meetings/hints.js';
import { loadMeetingModel, scoreFeatures } from '../../src/extract/meetings/model.js';
import { articleSentences, extractArticle } from '../../src/pipeline/extract.js';
const dir = process.env.REUTERS_DIR ?? '/work/reuters';
const files = readdirSync(dir).filter((f, i) => i % 40 === 0).slice(0, 500);
const model = loadMeetingModel()!;
const t = { all: 0, hints: 0, window: 0, anchor: 0, score: 0, events: 0 };
let n = 0;
for (const f of files) {
  const art = parseArticle(readFileSync(path.join(dir, f), 'utf8'), f);
  let s = performance.now();
  const x = extractArticle(art);
  t.all += performance.now() - s;
  const sentences = articleSentences(art);
  s = performance.now(); const hints = patternHints(art.text, sentences, x.people); t.hints += performance.now() - s;
  s = performance.now(); const w = candidates(sentences, x.people, 'window', hints); t.window += performance.now() - s;
  s = performance.now(); const a = candidates(sentences, x.people, 'anchor', hints); t.anchor += performance.now() - s;
  n += w.length + a.length;
  s = performance.now(); for (const c of [...w, ...a]) scoreFeatures(model, c.features.map((f) => `W:${f}`)); t.score += performance.now() - s;
  s = performance.now(); if (model.participants) eventPairs(model.participants, sentences, x.people); t.events += performance.now() - s;
}
console.log(`${files.length} articles, ${n} candidates; ms: ${Object.entries(t).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
