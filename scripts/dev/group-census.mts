// Census of missed met pairs that belong to group meetings named across sentences (train and tune only):
//
//   node --import tsx scripts/dev/group-census.mts --split tune
//   node --import tsx scripts/dev/group-census.mts --split train --misses OOF_ERRORS_FILE
//
// For each gold met pair whose two people are extracted: in a group (a third person met both), named in one
// sentence or not, found or missed (tune: the shipped model; train: the FN lines of train-meetings --oof-errors),
// and whether one event of the participant path (events.ts) holds both people. Then the candidates of the events
// that hold a missed cross-sentence group pair, and of all events: participants (met someone in the article, a
// lenient label) and bystanders, the base rate a participant decision faces. "roundup": more than 10 met pairs.
import { readFileSync } from 'node:fs';
import { foldName } from '../../src/article/names.js';
import { parseArticle } from '../../src/article/parse.js';
import { loadAnnotated } from '../../src/eval/annotations.js';
import { articleSentences, extractArticle } from '../../src/pipeline/extract.js';
import { findContactsLearned } from '../../src/extract/meetings/decode.js';
import { patternHints } from '../../src/extract/meetings/hints.js';
import { loadMeetingModel } from '../../src/extract/meetings/model.js';
import { loadCues } from '../../src/extract/meetings/cues.js';
import { sentenceIndex } from '../../src/extract/meetings/anchors.js';
import { participantCandidates } from '../../src/extract/meetings/events.js';
import { groupMeetings } from '../../src/extract/meetings/groups.js';
import { countryMentionsOf, meetingPeople } from '../../src/extract/meetings/references.js';
import type { Split } from '../../src/eval/split.js';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const splits = (arg('--split') ?? 'tune').split(',') as Split[];
if (splits.includes('test')) throw new Error('the locked test split is not read for errors');
const missFile = arg('--misses');
const verbose = process.argv.includes('--verbose');
const oofMiss = new Set<string>();
if (missFile) for (const l of readFileSync(missFile, 'utf8').split('\n')) {
  const [kind, name, pair] = l.split('\t');
  if (kind === 'FN') oofMiss.add(`${name}\t${pair.split(' + ').map(foldName).sort().join(' + ')}`);
}
const model = loadMeetingModel();
if (!model) throw new Error('no meeting model: npm run train:meetings');
const cues = loadCues();
const counts = new Map<string, number>();
const inc = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
const ORDINARY = 10;
for (const a of await loadAnnotated({ splits })) {
  const article = parseArticle(a.text, a.name);
  const sentences = articleSentences(article);
  const x = extractArticle(article);
  const people = meetingPeople(article.text, sentences, x.people, countryMentionsOf(x.countries));
  const spellings = a.annotation.people.map((e) => new Set((Array.isArray(e) ? e : [e]).map(foldName)));
  const canonOf = (n: string) => { const g = spellings.findIndex((s) => s.has(foldName(n))); return g < 0 ? foldName(n) : [...spellings[g]][0]; };
  const goldOf = (n: string) => spellings.findIndex((s) => s.has(foldName(n)));
  const personOfGold = new Map<number, string>();
  for (const p of x.people) { const g = goldOf(p.name); if (g >= 0 && !personOfGold.has(g)) personOfGold.set(g, p.name); }
  const met = a.annotation.pairs.filter((p) => p.label === 'met');
  const kind = met.length > ORDINARY ? 'roundup' : 'ordinary';
  const partners = new Map<number, Set<number>>();
  for (const p of met) {
    const [i, j] = [goldOf(p.a), goldOf(p.b)];
    if (!partners.has(i)) partners.set(i, new Set());
    if (!partners.has(j)) partners.set(j, new Set());
    partners.get(i)!.add(j); partners.get(j)!.add(i);
  }
  const foundKeys = new Set<string>();
  if (!missFile) {
    const found = groupMeetings(findContactsLearned(model, article.text, sentences, people, patternHints(article.text, sentences, x.people), article.bodyStart)).filter((m) => m.status === undefined);
    for (const m of found) for (const p of m.participants) for (const q of m.participants) if (p < q) foundKeys.add(`${goldOf(p)}|${goldOf(q)}`);
  }
  const sentOf = (name: string) => new Set((people.find((p) => p.name === name)?.mentions ?? []).map((m) => sentenceIndex(sentences, m.start)));
  const pc = participantCandidates(sentences, people, cues);
  const byEvent = new Map<number, Set<string>>();
  for (const q of pc) { const s = byEvent.get(q.event) ?? new Set(); s.add(q.person); byEvent.set(q.event, s); }
  const eventsWithMissedGroup = new Set<number>();
  for (const p of met) {
    const [i, j] = [goldOf(p.a), goldOf(p.b)];
    const [na, nb] = [personOfGold.get(i), personOfGold.get(j)];
    if (!na || !nb) { inc(`${kind} person-missing`); continue; }
    const group = [...partners.get(i)!].some((k) => k !== j && partners.get(j)!.has(k));
    const sa = sentOf(na); const sb = sentOf(nb);
    const same = [...sa].some((s) => sb.has(s));
    const missed = missFile ? oofMiss.has(`${a.name}\t${[canonOf(p.a), canonOf(p.b)].sort().join(' + ')}`) : !foundKeys.has(`${i}|${j}`) && !foundKeys.has(`${j}|${i}`);
    const ev = [...byEvent].filter(([, s]) => s.has(na) && s.has(nb)).map(([e]) => e);
    const k = `${kind} ${group ? 'group3+' : 'pair'} ${same ? 'one-sentence' : 'across'} ${missed ? 'MISSED' : 'found'} ${ev.length ? 'in-event' : 'no-event'}`;
    inc(k);
    if (missed && group && !same) for (const e of ev) eventsWithMissedGroup.add(e);
    if (verbose && missed && group && !same) console.log(`  ${kind} ${a.name.slice(0, 50)} | ${na} + ${nb} | ev ${ev.join(',')} | ${p.evidence.replace(/\s+/g, ' ').slice(0, 140)}`);
  }
  // Participants and bystanders among the candidates of the events holding a missed cross-sentence group pair.
  const metPeople = new Set([...partners.keys()]);
  for (const e of eventsWithMissedGroup) {
    for (const person of byEvent.get(e)!) inc(`${kind} ev-cand ${metPeople.has(goldOf(person)) ? 'participant' : 'bystander'}`);
    inc(`${kind} events`);
  }
  // All events: participants and bystanders (the base rate a participant classifier faces).
  for (const [, s] of byEvent) for (const person of s) inc(`${kind} all-ev-cand ${metPeople.has(goldOf(person)) ? 'participant' : 'bystander'}`);
}
for (const [k, n] of [...counts].sort()) console.log(`${k.padEnd(60)} ${n}`);
