// Group meetings as events, then participants: an offline measurement (train and tune only, never the locked test).
//
//   npm run train:meetings -- --dry --folds --at 0,0.5,1.75 --oof-errors OOF
//   node --import tsx scripts/dev/group-gate.mts --oof OOF [--fast]
//
// Each event of the participant path (events.ts) gets a gate: is it a group meeting (three or more met pairs among its
// candidates)? A logistic model over the event's own features and counts of its candidates' kinds, learned from the
// events of the ordinary train articles (at most 10 met pairs). A second logistic model, learned from the candidates of
// the train group events only, decides who took part given a group meeting. Every pair of the gated events' candidates
// scoring past t (optionally only the top k) would be met; the script counts the pairs that adds beyond what the
// shipped decoder finds: train out of fold (5 folds by article; the decoder's out-of-fold finds from OOF) and tune
// (both models learned on all of train, the decoder's finds from the shipped model), at seeds 1, 2, 3.
import { foldName } from '../../src/article/names.js';
import { parseArticle } from '../../src/article/parse.js';
import { loadAnnotated } from '../../src/eval/annotations.js';
import { articleSentences, extractArticle } from '../../src/pipeline/extract.js';
import { findContactsLearned } from '../../src/extract/meetings/decode.js';
import { patternHints } from '../../src/extract/meetings/hints.js';
import { loadMeetingModel, scoreParticipant } from '../../src/extract/meetings/model.js';
import { loadCues } from '../../src/extract/meetings/cues.js';
import { participantCandidates } from '../../src/extract/meetings/events.js';
import { groupMeetings } from '../../src/extract/meetings/groups.js';
import { countryMentionsOf, meetingPeople } from '../../src/extract/meetings/references.js';
import { trainBinaryLogistic } from '../../src/train/meetings.js';
import { readFileSync } from 'node:fs';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const oofFile = arg('--oof');
if (!oofFile) throw new Error('--oof FILE: the out-of-fold errors of train-meetings --oof-errors');
const fast = process.argv.includes('--fast');
const model = loadMeetingModel();
if (!model?.participants) throw new Error('no meeting model with a participant part: npm run train:meetings');
const ORDINARY = 10;
const GROUP_PAIRS = 3;
const L2 = 3e-4;
const oofLines = readFileSync(oofFile, 'utf8').split('\n').map((l) => l.split('\t')).filter((x) => x.length > 2);

interface Cand { g: string; score: number; f: string[]; pos: boolean }
interface Ev { article: string; features: string[]; positive: boolean; cands: Cand[]; met: Set<string>; found: Set<string> }
const bucket = (n: number, cuts: number[]) => `${cuts.find((c) => n <= c) ?? `${cuts.at(-1)}+`}`;

/** The gate's features: the event's own (its cue words, classes, the trigger) and counts of its candidates' kinds. */
function gateFeatures(cands: ReturnType<typeof participantCandidates>): string[] {
  const ef = cands[0].features.filter((f) => f === 'bias' || f.startsWith('e:') || f.startsWith('cl:'));
  const count = (pred: (f: string[]) => boolean) => cands.filter((c) => pred(c.features)).length;
  const agg = [
    `g:n:${bucket(cands.length, [2, 3, 4, 6, 9])}`,
    `g:ownMeet:${bucket(count((f) => f.some((y) => y.endsWith('&own:meetNoun'))), [0, 1, 2])}`,
    `g:ownAttend:${bucket(count((f) => f.some((y) => y.endsWith('&own:attend') || y.endsWith('&own:attendVerb'))), [0, 1])}`,
    `g:speakers:${bucket(count((f) => f.some((y) => y.endsWith('&own:report'))), [0, 1, 2, 4])}`,
    `g:inEvent:${bucket(count((f) => f.includes('p:off:0')), [0, 1, 2, 3])}`,
    `g:quoted:${bucket(count((f) => f.includes('p:quoted')), [0, 1, 2])}`,
    `g:list:${bucket(count((f) => f.includes('p:list')), [0, 1, 2])}`,
  ];
  for (const y of ef) if (y.startsWith('e:c:') || y.startsWith('cl:')) for (const z of agg.slice(0, 2)) agg.push(`${y}&${z}`);
  return [...ef, ...agg];
}

const events: Array<Ev & { split: 'train' | 'tune' }> = [];
for (const split of ['train', 'tune'] as const) {
  for (const a of await loadAnnotated({ splits: [split] })) {
    const metPairs = a.annotation.pairs.filter((p) => p.label === 'met');
    if (split === 'train' && metPairs.length > ORDINARY) continue;
    const article = parseArticle(a.text, a.name);
    const sentences = articleSentences(article);
    const x = extractArticle(article);
    const people = meetingPeople(article.text, sentences, x.people, countryMentionsOf(x.countries));
    const spellings = a.annotation.people.map((e) => new Set((Array.isArray(e) ? e : [e]).map(foldName)));
    const goldOf = (n: string) => {
      const g = spellings.findIndex((s) => s.has(foldName(n)));
      return g < 0 ? `x:${foldName(n)}` : `${g}`;
    };
    const key = (p: string, q: string) => [goldOf(p), goldOf(q)].sort().join('|');
    const met = new Set(metPairs.map((p) => key(p.a, p.b)));
    // The pairs the shipped decoder finds: out of fold on train (gold met minus its misses, plus its false alarms).
    const found = new Set<string>();
    if (split === 'train') {
      const missed = new Set<string>();
      for (const [kind, name, pair] of oofLines) {
        if (name !== a.name) continue;
        const [u, v] = pair.split(' + ');
        (kind === 'FP' ? found : missed).add(key(u, v));
      }
      for (const k of met) if (!missed.has(k)) found.add(k);
    } else {
      const hints = patternHints(article.text, sentences, x.people);
      for (const m of groupMeetings(findContactsLearned(model, article.text, sentences, people, hints, article.bodyStart))) {
        if (m.status !== undefined) continue;
        for (const p of m.participants) for (const q of m.participants) if (p !== q) found.add(key(p, q));
      }
    }
    const byEvent = new Map<number, ReturnType<typeof participantCandidates>>();
    for (const c of participantCandidates(sentences, people, loadCues())) byEvent.set(c.event, [...(byEvent.get(c.event) ?? []), c]);
    for (const [, cands] of byEvent) {
      let metIn = 0;
      for (let i = 0; i < cands.length; i++) for (let j = i + 1; j < cands.length; j++) if (met.has(key(cands[i].person, cands[j].person))) metIn++;
      const scored = cands.map((c) => ({ g: goldOf(c.person), score: 0, f: c.features, pos: cands.some((o) => o !== c && met.has(key(o.person, c.person))) }));
      events.push({ split, article: a.name, features: gateFeatures(cands), positive: metIn >= GROUP_PAIRS, cands: scored, met, found });
    }
  }
}

const score = (w: Map<string, number>, f: string[]) => f.reduce((s, x) => s + (w.get(x) ?? 0), 0);
/** Both models learned from some events: the gate from all, the participant decision from the group events' candidates. */
function learn(from: Ev[], seed: number) {
  const gate = trainBinaryLogistic(from.map((e) => ({ features: e.features, positive: e.positive })), { epochs: 15, seed, l2: L2 });
  const part = trainBinaryLogistic(from.filter((e) => e.positive).flatMap((e) => e.cands.map((c) => ({ features: c.f, positive: c.pos }))), { epochs: 15, seed, l2: L2 });
  return (e: Ev) => ({ e: { ...e, cands: e.cands.map((c) => ({ ...c, score: score(part, c.f) })) }, s: score(gate, e.features) });
}
/** New met / new false pairs: every pair of a gated event's top k candidates past t, not found already. */
function count(scored: Array<{ e: Ev; s: number }>, g: number, t: number, k = Infinity): string {
  let tp = 0;
  let fp = 0;
  const seen = new Set<string>();
  for (const { e, s } of scored) {
    if (s <= g) continue;
    const c = e.cands.filter((u) => u.score > t).sort((u, v) => v.score - u.score).slice(0, k);
    for (let i = 0; i < c.length; i++) {
      for (let j = i + 1; j < c.length; j++) {
        const pair = [c[i].g, c[j].g].sort().join('|');
        if (c[i].g === c[j].g || e.found.has(pair) || seen.has(`${e.article}|${pair}`)) continue;
        seen.add(`${e.article}|${pair}`);
        if (e.met.has(pair)) tp++;
        else fp++;
      }
    }
  }
  return `${tp}/${fp}`;
}
const grid = (scored: Array<{ e: Ev; s: number }>) => {
  const out: string[] = [];
  for (const g of [-1, 0, 1]) for (const t of [0, 1, 2]) out.push(`  gate>${g} part>${t}: all ${count(scored, g, t)}, top3 ${count(scored, g, t, 3)}, top4 ${count(scored, g, t, 4)}`);
  return out.join('\n');
};

const train = events.filter((e) => e.split === 'train');
const tune = events.filter((e) => e.split === 'tune');
console.log(`events: train ${train.length} (${train.filter((e) => e.positive).length} group), tune ${tune.length} (${tune.filter((e) => e.positive).length} group)`);
const FOLDS = 5;
const foldOf = (name: string) => [...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7) % FOLDS;
for (const seed of [1, 2, 3]) {
  const scored: Array<{ e: Ev; s: number }> = [];
  for (let f = 0; f < FOLDS; f++) scored.push(...train.filter((e) => foldOf(e.article) === f).map(learn(train.filter((e) => foldOf(e.article) !== f), seed)));
  console.log(`seed ${seed}, train out of fold (ordinary articles), new met/new false:\n${grid(scored)}`);
}
if (!fast) {
  for (const seed of [1, 2, 3]) {
    const scored = tune.map(learn(train, seed)).sort((u, v) => v.s - u.s);
    const ranks = scored.map((r, i) => (r.e.positive ? i + 1 : 0)).filter((i) => i > 0);
    console.log(`seed ${seed}, tune (group events ranked by the gate: ${ranks.join(' ')} of ${scored.length}), new met/new false:\n${grid(scored)}`);
  }
}
