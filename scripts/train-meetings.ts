// Trains the meeting model (models/meetings.json.gz) from the annotated corpus (annotations/):
//
//   npm run train:meetings            train on the train split, tune the decision margin on tune
//   npm run train:meetings -- --dry   report only, write nothing
//   --anchor: candidates anchored on contact-cue sentences (group meetings) instead of sentence windows
//   --pattern-hints: the pattern finder's verdicts as features
//
// The locked test split is never read here: `newsgraph eval --annotations --split test` scores it.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { foldName } from '../src/article/names.js';
import { parseArticle } from '../src/article/parse.js';
import { annotationGold, loadAnnotated, type AnnotatedArticle } from '../src/eval/annotations.js';
import { scoreArticle, totals, type ArticleScore } from '../src/eval/gold.js';
import { articleSentences, extractArticle } from '../src/extract/index.js';
import { candidates, findMeetingsLearned, type CandidateKind } from '../src/extract/meetings/decode.js';
import { findMeetings } from '../src/extract/meetings.js';
import { MEETING_MODEL_FILE, serializeMeetingModel, type ContactLabel, type MeetingModel } from '../src/extract/meetings/model.js';
import { trainLogistic, trainPerceptron, type Example } from '../src/train/meetings.js';

const dry = process.argv.includes('--dry');
const usePatterns = process.argv.includes('--pattern-hints');
const kind: CandidateKind = process.argv.includes('--anchor') ? 'anchor' : process.argv.includes('--both') ? 'both' : 'window';

interface Prepared {
  a: AnnotatedArticle;
  text: string;
  sentences: ReturnType<typeof articleSentences>;
  x: ReturnType<typeof extractArticle>;
  hints: Map<string, Set<string>>;
}

/** The pattern finder's verdicts as hints: pair and sentence it found a meeting in. */
function patternHints(text: string, sentences: Prepared['sentences'], people: Prepared['x']['people']): Map<string, Set<string>> {
  const hints = new Map<string, Set<string>>();
  if (!usePatterns) return hints;
  const spans = sentences.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
  for (const m of findMeetings(text, spans, people)) {
    const si = sentences.findIndex((s) => s.start <= m.evidence.start && m.evidence.start < s.end);
    for (let i = 0; i < m.participants.length; i++) {
      for (let j = i + 1; j < m.participants.length; j++) {
        const key = `${[m.participants[i], m.participants[j]].sort().join('\0')}\0${si}`;
        hints.set(key, new Set(['pattern']));
      }
    }
  }
  return hints;
}

function prepare(a: AnnotatedArticle): Prepared {
  const article = parseArticle(a.text, a.name);
  const sentences = articleSentences(article);
  const x = extractArticle(article);
  return { a, text: article.text, sentences, x, hints: patternHints(article.text, sentences, x.people) };
}

/** Training examples of one article: each candidate pair labelled from the annotation. */
function examples(p: Prepared): Example[] {
  const gold = p.a.annotation;
  const spellings = gold.people.map((e) => new Set((Array.isArray(e) ? e : [e]).map(foldName)));
  const goldOf = (name: string, aliases: string[]) => spellings.findIndex((s) => [name, ...aliases].some((n) => s.has(foldName(n))));
  const entityOfPerson = new Map(p.x.people.map((q) => [q.name, goldOf(q.name, q.aliases)]));
  const entityOfName = (n: string) => spellings.findIndex((s) => s.has(foldName(n)));
  const labelled = new Map<string, { label: ContactLabel; start?: number; end?: number }>();
  for (const pair of gold.pairs) {
    const [i, j] = [entityOfName(pair.a), entityOfName(pair.b)].sort((x, y) => x - y);
    labelled.set(`${i}|${j}`, { label: pair.label, start: pair.start, end: pair.end });
  }
  const out: Example[] = [];
  for (const c of candidates(p.sentences, p.x.people, kind, p.hints)) {
    const [i, j] = [entityOfPerson.get(c.a) ?? -1, entityOfPerson.get(c.b) ?? -1].sort((x, y) => x - y);
    const gold = i >= 0 && j >= 0 && i !== j ? labelled.get(`${i}|${j}`) : undefined;
    let label: ContactLabel = 'none';
    if (gold && gold.label !== 'none') {
      const from = p.sentences[c.from].start;
      const to = p.sentences[c.to].end;
      // The instance that holds the evidence carries the label; the pair's other instances are left out, not called none.
      if (gold.start === undefined || !(gold.start < to && from < (gold.end ?? gold.start))) continue;
      label = gold.label;
    }
    out.push({ features: c.features, label });
  }
  return out;
}

function pairScores(prepared: Prepared[], model: MeetingModel | null): ReturnType<typeof totals> {
  const scores: ArticleScore[] = prepared.map((p) => {
    const x = model ? { ...p.x, meetings: findMeetingsLearned(model, p.text, p.sentences, p.x.people, p.hints) } : p.x;
    return scoreArticle(p.a.name, x, annotationGold(p.a.annotation));
  });
  return totals(scores);
}

const fmt = (t: ReturnType<typeof totals>['meetings']) => `P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)} F1 ${t.f1.toFixed(3)} (${t.tp}/${t.fp}/${t.fn})`;

const all = await loadAnnotated({ splits: ['train', 'tune'] });
const train = all.filter((a) => a.split === 'train').map(prepare);
const tune = all.filter((a) => a.split === 'tune').map(prepare);
const trainExamples = train.flatMap(examples);
const counts = new Map<string, number>();
for (const e of trainExamples) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
process.stdout.write(`train: ${train.length} articles, ${trainExamples.length} candidate pairs (${[...counts].map(([l, n]) => `${l} ${n}`).join(', ')}); tune: ${tune.length} articles\n`);

const model = process.argv.includes('--perceptron')
  ? trainPerceptron(trainExamples, { epochs: 12, seed: 1, candidates: kind })
  : trainLogistic(trainExamples, { epochs: 15, seed: 1, candidates: kind });

// The margin: the smallest lead of `met` over the other labels that a pair needs, tuned for F1 on tune.
let best = { margin: 0, f1: -1 };
for (const margin of [-40, -30, -24, -20, -16, -12, -10, -8, -6, -5, -4, -3, -2, -1, 0, 1, 2, 4, 6]) {
  const f1 = pairScores(tune, { ...model, margin }).meetings.f1;
  if (f1 > best.f1 + 1e-9) best = { margin, f1 };
}
model.margin = best.margin;

process.stdout.write(`margin ${model.margin}\n`);
process.stdout.write(`train  patterns ${fmt(pairScores(train, null).meetings)}\n       model    ${fmt(pairScores(train, model).meetings)}\n`);
process.stdout.write(`tune   patterns ${fmt(pairScores(tune, null).meetings)}\n       model    ${fmt(pairScores(tune, model).meetings)}\n`);

if (!dry) {
  writeFileSync(MEETING_MODEL_FILE, gzipSync(`${JSON.stringify(serializeMeetingModel(model))}\n`, { level: 9 }));
  process.stdout.write(`wrote ${MEETING_MODEL_FILE}\n`);
}

if (process.argv.includes('--errors')) {
  for (const p of tune) {
    const s = scoreArticle(p.a.name, { ...p.x, meetings: findMeetingsLearned(model, p.text, p.sentences, p.x.people, p.hints) }, annotationGold(p.a.annotation));
    const found = findMeetingsLearned(model, p.text, p.sentences, p.x.people, p.hints);
    for (const fa of s.falseAlarms.meetings) {
      const m = found.find((f) => f.participants.map(foldName).sort().join(' + ') === fa.split(' + ').sort().join(' + '));
      process.stdout.write(`FP ${fa} | ${m?.evidence.text.replace(/\s+/g, ' ').slice(0, 200)}\n`);
    }
    for (const miss of s.misses.meetings) process.stdout.write(`FN ${miss} | ${p.a.name.slice(0, 50)}\n`);
  }
}
