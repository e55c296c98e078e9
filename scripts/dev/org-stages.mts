/**
 * At which stage each missed organization of the annotated articles is lost: counts per stage and the names in each.
 * Reads train and tune only, never the locked test. Train articles are read through the fold tagger that never saw
 * them (.cache/taggers, as `npm run train:orgs` does) unless --in-sample; tune through the shipped tagger.
 *
 *   node --import tsx scripts/dev/org-stages.mts [--split train,tune] [--in-sample] [--list N] [--dump FILE.tsv]
 *
 * A gold organization the output misses goes to the first stage that explains it:
 *   verifier            a resolved candidate matches it (as the scorer matches), the verifier dropped it
 *   not-in-text         no spelling of it occurs verbatim (the annotation normalised the name)
 *   candidate-boundary  a candidate has a mention overlapping an occurrence, with other edges (or another name)
 *   as-person / as-country   a resolved person / country mention overlaps every occurrence's first hit
 *   entity-ORG-dropped  an ORG span after span repair covers an occurrence exactly, yet resolution made no candidate
 *   entity-ORG-cut / -joined / -crossing   an ORG span after span repair overlaps it with other edges
 *   entity-PER / -LOC / -MISC   the span over it carries another label after settling and repair, with the tagger's
 *                       own label in brackets (raw ORG: a later stage retyped it)
 *   removed-after-tagging   the tagger had a span there, settling or repair removed it
 *   no-span             the tagger proposed nothing over any occurrence
 */
import { writeFileSync } from 'node:fs';
import { foldName } from '../../src/article/names.ts';
import { parseArticle } from '../../src/article/parse.ts';
import { loadAnnotated } from '../../src/eval/annotations.ts';
import { scoreArticle } from '../../src/eval/gold.ts';
import { extractArticle } from '../../src/pipeline/extract.ts';
import { loadNerModel } from '../../src/extract/ner/index.ts';
import { foldTaggerFor } from '../../src/train/tagger-folds.ts';
import type { Split } from '../../src/eval/split.ts';
import type { EntitySpan } from '../../src/extract/types.ts';
import { foldTaggers, occurrences, type Occ } from './org-census.mts';

const opt = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const splits = (opt('--split') ?? 'train,tune').split(',') as Split[];
if (splits.includes('test' as Split)) throw new Error('--split test: the locked test is not read for errors');
const listN = Number(opt('--list') ?? 25);
const inSample = process.argv.includes('--in-sample');
const folds = inSample ? [] : foldTaggers();
const shipped = loadNerModel();

const over = (a: { start: number; end: number }, [s, e]: Occ) => a.start < e && s < a.end;
const exact = (a: { start: number; end: number }, [s, e]: Occ) => a.start === s && a.end === e;

/** How a candidate's mention over the name differs from it: same text named otherwise, longer (joined: with a coordination or not), shorter (cut: across a connector or not), crossing. */
function boundaryKind(text: string, mentions: Array<{ start: number; end: number }>, occ: Occ[]): string {
  const pairs = occ.flatMap((o) => mentions.filter((m) => over(m, o)).map((m) => [m, o] as const));
  if (pairs.some(([m, o]) => exact(m, o))) return 'alias';
  const connector = /(?:^|\s)(?:and|&|\+)(?:\s|$)|,\s/;
  const [m, o] = pairs[0];
  if (m.start <= o[0] && m.end >= o[1]) return connector.test(text.slice(m.start, o[0]) + ' | ' + text.slice(o[1], m.end)) ? 'joined-coordination' : 'joined';
  if (m.start >= o[0] && m.end <= o[1]) return connector.test(text.slice(o[0], o[1])) ? 'cut-connector' : 'cut';
  return 'crossing';
}

const stages = new Map<string, Map<string, string[]>>();
const add = (split: string, stage: string, what: string) => {
  const bySplit = stages.get(stage) ?? new Map<string, string[]>();
  stages.set(stage, bySplit);
  const l = bySplit.get(split) ?? [];
  l.push(what);
  bySplit.set(split, l);
};
const totals = new Map<string, { tp: number; fp: number; fn: number; cand: number }>();

for (const a of await loadAnnotated({ splits })) {
  const split = a.split;
  const model = split === 'train' && folds.length ? foldTaggerFor(a.name, folds) : shipped;
  const article = parseArticle(a.text, a.name);
  let candidates: ReadonlyArray<{ name: string; aliases: string[]; mentions?: Array<{ start: number; end: number }> }> = [];
  // The tagger's spans and the entities after the organizations' repair, as extraction itself gives them.
  let tagged: readonly EntitySpan[] = [];
  let entities: readonly EntitySpan[] = [];
  const x = extractArticle(article, {
    nerModel: model,
    observeOrganizations: (orgs) => (candidates = orgs),
    observeSpans: (step, spans) => {
      if (step === 'tagged') tagged = spans;
      else if (step === 'repairOrganizationSpans') entities = spans;
    },
  });
  const gold = { people: a.annotation.people, countries: a.annotation.countries, organizations: a.annotation.organizations, meetings: [] };
  const final = scoreArticle(a.name, x, gold as never);
  const before = scoreArticle(a.name, { ...x, organizations: candidates as never }, gold as never);
  const t = totals.get(split) ?? { tp: 0, fp: 0, fn: 0, cand: 0 };
  t.tp += final.counts.organizations.tp;
  t.fp += final.counts.organizations.fp;
  t.fn += final.counts.organizations.fn;
  t.cand += before.counts.organizations.fn;
  totals.set(split, t);
  const neverCandidate = new Set(before.misses.organizations);

  const { text } = article;
  const short = a.name.slice(0, 30);

  for (const miss of final.misses.organizations) {
    const entry = a.annotation.organizations.find((e) => (Array.isArray(e) ? e : [e]).some((n) => foldName(n) === miss));
    const spellings = entry === undefined ? [miss] : Array.isArray(entry) ? entry : [entry];
    const show = `${miss}  (${short})`;
    if (!neverCandidate.has(miss)) {
      add(split, 'verifier', show);
      continue;
    }
    const occ = spellings.flatMap((s) => occurrences(text, s));
    if (occ.length === 0) {
      add(split, 'not-in-text', show);
      continue;
    }
    const cand = candidates.find((c) => c.mentions?.some((m) => occ.some((o) => over(m, o))));
    if (cand) {
      add(split, `candidate-${boundaryKind(text, cand.mentions!, occ)}`, `${show} <- ${cand.name}`);
      continue;
    }
    // Each occurrence's fate; the organization is lost at the best stage any occurrence reached.
    const fates = occ.map((o): [number, string, string] => {
      const p = x.people.find((q) => q.mentions.some((m) => over(m, o)));
      const ents = entities.filter((e) => over(e, o));
      const org = ents.find((e) => e.label === 'ORG');
      if (org && exact(org, o)) return [6, 'entity-ORG-dropped', ''];
      if (org) {
        const kind = org.start <= o[0] && org.end >= o[1] ? 'joined' : org.start >= o[0] && org.end <= o[1] ? 'cut' : 'crossing';
        return [5, `entity-ORG-${kind}`, `[${text.slice(org.start, org.end)}]`];
      }
      if (p) return [4, 'as-person', `<- ${p.name}`];
      if (x.countries.some((c) => c.mentions.some((m) => over(m, o)))) return [4, 'as-country', ''];
      if (ents.length) {
        const raw = tagged.find((e) => over(e, o));
        return [3, `entity-${ents[0].label}`, `[${text.slice(ents[0].start, ents[0].end)}] (tagger ${raw?.label ?? '-'})`];
      }
      const raw = tagged.find((e) => over(e, o));
      if (raw) return [2, 'removed-after-tagging', `[${text.slice(raw.start, raw.end)} ${raw.label}]`];
      return [1, 'no-span', ''];
    });
    const best = fates.sort((p, q) => q[0] - p[0])[0];
    add(split, best[1], `${show} ${best[2]}`);
  }
}

for (const [split, t] of totals) {
  const f1 = (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
  console.log(`${split}: tp ${t.tp} fp ${t.fp} fn ${t.fn} F1 ${f1.toFixed(3)}; never a candidate ${t.cand}, verifier drops ${t.fn - t.cand}`);
}
const order = [...stages].sort((p, q) => [...q[1].values()].flat().length - [...p[1].values()].flat().length);
console.log(`\nstage\t${splits.join('\t')}`);
for (const [stage, bySplit] of order) console.log(`${stage}\t${splits.map((s) => bySplit.get(s)?.length ?? 0).join('\t')}`);
for (const [stage, bySplit] of order) {
  for (const s of splits) {
    const l = bySplit.get(s) ?? [];
    if (!l.length) continue;
    console.log(`\n${stage} (${s}): ${l.length}`);
    for (const w of l.slice(0, listN)) console.log(`   ${w}`);
  }
}
const dump = opt('--dump');
if (dump) writeFileSync(dump, order.flatMap(([stage, bySplit]) => [...bySplit].flatMap(([s, l]) => l.map((w) => `${s}\t${stage}\t${w}`))).join('\n') + '\n');
