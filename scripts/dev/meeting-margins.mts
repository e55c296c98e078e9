// Meeting F1 of the trained model at several margins, on the tune sets: annotated tune split, dev, fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/article/parse.js';
import { annotationGold, loadAnnotated } from '../../src/eval/annotations.js';
import { loadGold, scoreArticle, totals } from '../../src/eval/gold.js';
import { findMeetingsLearned } from '../../src/extract/meetings/decode.js';
import { findMeetings } from '../../src/extract/meetings/patterns/find.js';
import { patternHints } from '../../src/extract/meetings/hints.js';
import { loadMeetingModel } from '../../src/extract/meetings/model.js';
import { articleSentences, extractArticle } from '../../src/pipeline/extract.js';
const model = loadMeetingModel()!;
const sets: Record<string, Array<{ name: string; text: string; gold: ReturnType<typeof annotationGold> }>> = { tune: [], dev: [], fixtures: [] };
for (const a of await loadAnnotated({ splits: ['tune'] })) sets.tune.push({ name: a.name, text: a.text, gold: annotationGold(a.annotation) });
for (const [set, dir] of [['dev', '../shared/eval/dev'], ['fixtures', 'test/fixtures/gold']] as const)
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')))
    sets[set].push({ name: f, text: readFileSync(path.join(dir, f), 'utf8'), gold: await loadGold(path.join(dir, f.replace(/\.txt$/, '.gold.json'))) });
const prepared = Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, v.map((a) => {
  const art = parseArticle(a.text, a.name);
  const sentences = articleSentences(art);
  const x = extractArticle(art);
  return { ...a, art, sentences, x, hints: patternHints(art.text, sentences, x.people) };
})]));
for (const margin of [model.margin - 2, model.margin, model.margin + 2, model.margin + 4, model.margin + 6, model.margin + 8]) {
  const m = { ...model, margin };
  const line = Object.entries(prepared).map(([k, v]) => {
    const union = process.argv.includes('--union');
    const t = totals(v.map((p) => {
      const learned = findMeetingsLearned(m, p.art.text, p.sentences, p.x.people, p.hints);
      const patterns = union ? findMeetings(p.art.text, p.sentences.map((s) => ({ start: s.start, end: s.end, text: p.art.text.slice(s.start, s.end) })), p.x.people) : [];
      return scoreArticle(p.name, { ...p.x, meetings: [...learned, ...patterns] }, p.gold);
    })).meetings;
    return `${k} P ${t.precision.toFixed(2)} R ${t.recall.toFixed(2)} F1 ${t.f1.toFixed(3)}`;
  });
  console.log(`margin ${margin}: ${line.join(' | ')}`);
}
