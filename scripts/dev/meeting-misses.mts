// Buckets the meeting errors of the train and tune splits by cause (never the locked test):
//
//   node --import tsx scripts/dev/meeting-misses.mts [--split train,tune] [--list BUCKET|all] [--max N]
//
// Misses (gold met pairs not found), each in the first bucket that holds:
//   person:missing        a side is not among the extracted people (no extracted mention over its name)
//   person:named-otherwise a side is extracted, but under a canonical name the annotation does not give
//   person:mislinked      a side's name is in the text under an extracted mention resolved to another person
//   nocand:<why>          both people extracted, but no candidate (window, anchored or event) pairs them;
//                         why: nearest mentions' sentence distance, the evidence's meeting cue, and whether
//                         each side is named in the evidence sentence (else a pronoun, role or "the two")
//   model:<label>         a candidate exists, the model's best label for the pair is not met
//                         (none, or planned/negated/remote: "found but not as met")
//   model:met-under-margin met leads the other labels but not by the margin
// False alarms (pairs found, not gold met):
//   fp:person-not-gold    a side is not a gold person (a false or mis-split person)
//   fp:gold-<label>       the pair is annotated planned / negated / remote / none
//   fp:unlabelled         both gold people, the pair not annotated at all
//   fp:*&pattern          the same, found by the pattern finder (its verdict is met whatever the model says)
import { foldName } from '../../src/article/names.js';
import { parseArticle } from '../../src/article/parse.js';
import { loadAnnotated } from '../../src/eval/annotations.js';
import { articleSentences, extractArticle } from '../../src/pipeline/extract.js';
import { candidates, decidePairs, eventPairs, findContactsLearned } from '../../src/extract/meetings/decode.js';
import { patternHints } from '../../src/extract/meetings/hints.js';
import { loadMeetingModel } from '../../src/extract/meetings/model.js';
import { loadCues } from '../../src/extract/meetings/cues.js';
import { sentenceIndex } from '../../src/extract/meetings/anchors.js';
import { groupMeetings } from '../../src/extract/meetings/groups.js';
import { countryMentionsOf, meetingPeople } from '../../src/extract/meetings/references.js';
import { groupCandidates } from '../../src/extract/meetings/group-events.js';
import type { Split } from '../../src/eval/split.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const splits = (arg('--split') ?? 'train,tune').split(',') as Split[];
if (splits.includes('test')) throw new Error('the locked test split is not read for errors');
const list = arg('--list');
const max = Number(arg('--max') ?? 40);
const model = loadMeetingModel();
if (!model) throw new Error('no meeting model: npm run train:meetings');
const cues = loadCues();
const hasCue = (words: string[], classes: string[]) => words.some((w) => (cues.get(w.toLowerCase()) ?? []).some((c) => classes.includes(c)));

const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
const add = (bucket: string, line: string) => {
  counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  const l = examples.get(bucket) ?? [];
  l.push(line);
  examples.set(bucket, l);
};
const clip = (s: string, n = 220) => s.replace(/\s+/g, ' ').slice(0, n);

let goldMet = 0;
// The recall ceiling by kind of candidate: each gold met pair whose two people are extracted, by the first path
// that can reach it (a pair candidate, a group candidate sentence, an event only), in ordinary articles (at most
// ORDINARY met pairs) and round-ups apart.
const ORDINARY = 10;
const reach = new Map<string, number>();
const reachAdd = (k: string) => reach.set(k, (reach.get(k) ?? 0) + 1);
for (const a of await loadAnnotated({ splits })) {
  const article = parseArticle(a.text, a.name);
  const text = article.text;
  const sentences = articleSentences(article);
  const x = extractArticle(article);
  const people = x.people;
  const hints = patternHints(text, sentences, people);
  // Candidates are built from the people with their references resolved, as the pipeline does.
  const candidatePeople = meetingPeople(text, sentences, people, countryMentionsOf(x.countries));
  // Gold entities: each annotation person's spellings.
  const spellings = a.annotation.people.map((e) => new Set((Array.isArray(e) ? e : [e]).map(foldName)));
  const goldOfName = (n: string) => spellings.findIndex((s) => s.has(foldName(n)));
  // As the scorer matches: by the canonical name only (an alias match is a name mismatch).
  const goldOfPerson = new Map(people.map((p) => [p.name, spellings.findIndex((s) => s.has(foldName(p.name)))]));
  const goldOfAlias = new Map(people.map((p) => [p.name, spellings.findIndex((s) => p.aliases.some((n) => s.has(foldName(n))))]));
  const personOfGold = (g: number) => people.find((p) => goldOfPerson.get(p.name) === g);
  const spans = new Set<string>();
  const decided = decidePairs(model, sentences, candidatePeople, hints);
  const byKey = new Map(decided.map((d) => [d.participants.join('\0'), d]));
  const cands = new Set(candidates(sentences, candidatePeople, model.candidates, hints).map((c) => [c.a, c.b].sort().join('\0')));
  const events = model.participants ? new Set(eventPairs(model.participants, sentences, candidatePeople).keys()) : new Set<string>();
  const groupKeys = new Set<string>();
  for (const g of groupCandidates(sentences, candidatePeople, cues)) for (const p of g.people) for (const q of g.people) if (p < q) groupKeys.add(`${p}\0${q}`);
  const roundUp = a.annotation.pairs.filter((p) => p.label === 'met').length > ORDINARY ? 'round-up' : 'ordinary';
  const patternKeys = new Set([...hints].filter(([, h]) => h.has('pattern')).map(([k]) => k.split('\0').slice(0, 2).join('\0')));
  const found = groupMeetings(findContactsLearned(model, text, sentences, candidatePeople, hints, article.bodyStart)).filter((m) => m.status === undefined);
  const foundKeys = new Map<string, string>();
  for (const m of found) for (let i = 0; i < m.participants.length; i++) for (let j = i + 1; j < m.participants.length; j++) foundKeys.set([m.participants[i], m.participants[j]].sort().join('\0'), m.evidence.text);
  const sentenceOf = (pos: number) => sentenceIndex(sentences, pos);
  const mentionSentences = (p: (typeof people)[number]) => [...new Set(p.mentions.map((m) => sentenceOf(m.start)).filter((s) => s >= 0))];
  const where = `${a.split} ${a.name.slice(0, 60)}`;

  // Where a gold name occurs in the text with an extracted mention over it that belongs to someone else.
  const mislinked = (g: number) => {
    for (const n of spellings[g]) {
      for (const p of people) {
        if (goldOfPerson.get(p.name) === g) continue;
        if (p.mentions.some((m) => foldName(m.text).includes(n) || n.includes(foldName(m.text)))) return p.name;
      }
    }
    return undefined;
  };

  const goldPairs = new Map<string, string>();
  for (const pair of a.annotation.pairs) {
    const [gi, gj] = [goldOfName(pair.a), goldOfName(pair.b)];
    goldPairs.set([gi, gj].sort((u, v) => u - v).join('|'), pair.label);
    if (pair.label !== 'met') continue;
    goldMet++;
    const pa = personOfGold(gi);
    const pb = personOfGold(gj);
    const line = `${pair.a} + ${pair.b} | ${where} | ${clip(pair.evidence)}`;
    if (!pa || !pb) {
      const side = !pa ? gi : gj;
      const viaAlias = people.find((p) => goldOfAlias.get(p.name) === side);
      if (viaAlias) {
        add('person:named-otherwise', `(as ${viaAlias.name}) ${line}`);
        continue;
      }
      const other = mislinked(side);
      add(other ? 'person:mislinked' : 'person:missing', `${other ? `(as ${other}) ` : ''}${line}`);
      continue;
    }
    const key = [pa.name, pb.name].sort().join('\0');
    const kind = cands.has(key) ? 'pair' : groupKeys.has(key) ? 'group' : events.has(key) ? 'event-only' : 'none';
    reachAdd(`${roundUp} ${a.split} ${kind} ${foundKeys.has(key) ? 'found' : 'missed'}`);
    if (foundKeys.has(key)) continue;
    if (!cands.has(key) && !events.has(key)) {
      const sa = mentionSentences(pa);
      const sb = mentionSentences(pb);
      let dist = Infinity;
      for (const s of sa) for (const t of sb) dist = Math.min(dist, Math.abs(s - t));
      const e0 = sentenceOf(pair.start);
      const evWords = e0 >= 0 ? sentences[e0].tokens.map((t) => t.text) : [];
      const cue = hasCue(evWords, ['meetVerb', 'meetNoun']) ? 'cue' : hasCue(evWords, ['remote', 'attendVerb', 'attend']) ? 'weakcue' : 'nocue';
      const named = [sa.includes(e0), sb.includes(e0)].filter(Boolean).length;
      const d = dist === 0 ? 'same' : dist === 1 ? 'adjacent' : dist <= 5 ? '2-5' : 'far';
      add(`nocand:${d}/${cue}/named${named}`, line);
      continue;
    }
    const d = byKey.get(key);
    if (!d) {
      add('nocand:decided-away', line);
      continue;
    }
    add(d.label === 'none' && d.lead > -Infinity && d.lead > 0 ? 'model:met-under-margin' : `model:${d.label}`, `${kind} ${roundUp} lead ${d.lead.toFixed(2)} | ${line}`);
  }

  for (const [key, evidence] of foundKeys) {
    const [p, q] = key.split('\0');
    const [gi, gj] = [goldOfPerson.get(p) ?? -1, goldOfPerson.get(q) ?? -1];
    const pat = patternKeys.has(key) ? '&pattern' : '';
    const line = `${p} + ${q} | ${where} | ${clip(evidence)}`;
    if (gi < 0 || gj < 0 || gi === gj) {
      add(`fp:person-not-gold${pat}`, line);
      continue;
    }
    const label = goldPairs.get([gi, gj].sort((u, v) => u - v).join('|'));
    if (label === 'met') continue;
    add(label ? `fp:gold-${label}${pat}` : `fp:unlabelled${pat}`, line);
  }
  void spans;
}

const sorted = [...counts].sort((x, y) => y[1] - x[1]);
const missTotal = sorted.filter(([b]) => !b.startsWith('fp:')).reduce((s, [, n]) => s + n, 0);
console.log(`splits ${splits.join(',')}: gold met pairs ${goldMet}, missed ${missTotal}`);
for (const [b, n] of sorted.filter(([b]) => !b.startsWith('fp:'))) console.log(`  ${b.padEnd(34)} ${n}`);
const fpTotal = sorted.filter(([b]) => b.startsWith('fp:')).reduce((s, [, n]) => s + n, 0);
console.log(`false alarms ${fpTotal}`);
for (const [b, n] of sorted.filter(([b]) => b.startsWith('fp:'))) console.log(`  ${b.padEnd(34)} ${n}`);
console.log('recall ceiling: gold met pairs with both people extracted, by the first candidate path reaching them');
for (const [k, n] of [...reach].sort()) console.log(`  ${k.padEnd(40)} ${n}`);
if (list) {
  for (const [b, lines] of examples) {
    if (list !== 'all' && !b.startsWith(list)) continue;
    console.log(`\n== ${b}`);
    for (const l of lines.slice(0, max)) console.log(`  ${l}`);
  }
}
