// Chooses the Reuters articles to annotate for meetings and entities, and writes
// annotations/sample.tsv: file, split, stratum, words, people found, batch.
//
//   node --import tsx scripts/annotation-sample.ts [--per-split test=120,tune=90,train=240]
//
// The split comes from the file name (src/eval/split.ts), so it is fixed before any article is
// read. Within each split, articles are taken in the order of a second hash of their names
// (a fixed shuffle) until each stratum's quota is filled, so the choice is reproducible and
// not steered by what the articles say beyond the stratum tests below:
//   domain     diplomacy/politics or business, by which cue words dominate;
//   cue        cue-rich (a meeting, talks, visit or contact word) or cue-free;
//   people     at least two distinct people found by the current extractor (pairs need two).
// The extractor's people count only gates the choice; annotators find every person themselves.
//
// A later round, `--append-strong test=0,tune=30,train=150 --batches M,N,O`, appends to the
// existing sample.tsv without changing a row: the next strong-cue articles (in the same fixed
// order, half diplomacy and half business within each split) not yet chosen, dealt round robin
// into the named batches. It reads the rows already there instead of re-running the earlier
// rounds, since their people gate used the extractor of its day.
//
// `--append-strong ... --cue any --domain diplomacy` takes, instead, articles with any meeting cue
// word (talks, visit, summit, meeting...) whose cue words say diplomacy/politics: ordinary
// articles where a meeting is one event among others, the kind the strong-cue pool lacks once it
// is used up. Each such row's stratum is `diplomacy-cue-any`. `--cue planned` takes articles naming a
// meeting as scheduled, agreed, hoped-for or refused ("will meet", "agreed to hold talks", "the summit is
// scheduled"): stratum `DOMAIN-cue-planned`. `--cue all` takes every article of the domain in that order, cue or
// none (stratum `DOMAIN-cue-all`): the ordinary news the service reads, for the entity work; with `--min-people 0`
// articles naming fewer than two people are taken too (default 2, for pairs).
//
// A second round (batches G-L) adds articles with a strong meeting cue ("met", "held talks",
// "talks with", "hosted", "a news conference with"...), diplomacy and business alike, since
// held meetings are rare in news at large and the meeting model needs hundreds of them.
import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../src/config.js';
import { parseArticle } from '../src/article/parse.js';
import { extractArticle } from '../src/pipeline/extract.js';
import { splitOf, type Split } from '../src/eval/split.js';
import { cueDomain, readTarArticles, requireCorpus } from './corpus.js';

const STRATA = {
  'diplomacy-cue': 0.35,
  'business-cue': 0.3,
  'diplomacy-nocue': 0.15,
  'business-nocue': 0.2,
} as const;
type Stratum = keyof typeof STRATA;

const STRONG_CUE = /\b(?:met|meets|met with|meeting with|meetings with|held talks|holds talks|talks with|talks between|hosted|received|news conference with|press conference with|sat down with|dinner with|lunch with|visit(?:ed|ing)? by)\b/;
// A meeting named as scheduled, agreed, hoped-for or refused, not (yet) held: the locked test holds more
// planned than met pairs while the first rounds' strong cues drew mostly held meetings. "meet" takes a
// capitalised or possessive object ("will meet Merkel", "to meet with his counterpart"), not "meet demand"
// (batches AE-AG were drawn before that test: a third of them met only targets and demand).
const PLANNED_CUE = /\b(?:(?:will|would|to|plans? to|planning to|expected to|due to|set to|agreed to|refused to|declined to|wants? to|hopes? to|seeks? to|is to|are to)\s+(?:meet(?: with)? (?:[A-Z]|his |her |their )|hold talks|visit [A-Z])|(?:meeting|talks|summit) (?:is|are|was|were) (?:scheduled|planned|expected|set|due)|(?:scheduled|planned|proposed|upcoming) (?:meeting|talks|summit|visit))/;
const CUE = /\b(met|meet|meets|meeting|meetings|talks|summit|visit|visited|visiting|hosted|hosts|received|conversation|discussed|sat down|telephone|phone|called|dinner|lunch|news conference|press conference|briefed|negotiat\w+|gathered)\b/i;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const perSplit: Record<Split, number> = { test: 120, tune: 90, train: 240 };
const strongPerSplit: Record<Split, number> = { test: 150, tune: 120, train: 330 };
for (const kv of (arg('--per-split') ?? '').split(',').filter(Boolean)) {
  const [k, v] = kv.split('=');
  if (k in perSplit) perSplit[k as Split] = Number(v);
}

const appendSpec = arg('--append-strong');
// Articles already annotated elsewhere (the dev set and the fixtures) are tune material, not candidates.
const taken = new Set<string>([
  ...readdirSync(path.resolve(repoRoot, '../shared/eval/dev')),
  ...readdirSync(path.join(repoRoot, 'test/fixtures/gold')),
]);

const order = (name: string) => createHash('sha256').update(`newsgraph-sample-v1\0${name}`).digest().readUInt32BE(0);
const articles = (await readTarArticles(requireCorpus()))
  .map((a) => ({ ...a, name: path.basename(a.name) }))
  .filter((a) => !taken.has(a.name))
  .sort((a, b) => order(a.name) - order(b.name));

if (appendSpec !== undefined) {
  const want: Record<Split, number> = { test: 0, tune: 0, train: 0 };
  for (const kv of appendSpec.split(',').filter(Boolean)) {
    const [k, v] = kv.split('=');
    if (!(k in want) || !Number.isInteger(Number(v)) || Number(v) < 0) throw new Error(`--append-strong: ${JSON.stringify(kv)} is not split=count (splits: test, tune, train)`);
    want[k as Split] = Number(v);
  }
  const batches = (arg('--batches') ?? '').split(',').filter(Boolean);
  if (batches.length === 0) throw new Error('--append-strong needs --batches, e.g. --batches M,N,O');
  const file = path.join(repoRoot, 'annotations/sample.tsv');
  const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const used = new Set(rows.map((r) => r[0]));
  const clash = batches.find((b) => rows.some((r) => r[5] === b));
  if (clash) throw new Error(`--batches: batch ${clash} is already in annotations/sample.tsv`);
  const cueKind = arg('--cue') ?? 'strong';
  if (cueKind !== 'strong' && cueKind !== 'any' && cueKind !== 'planned' && cueKind !== 'all') throw new Error(`--cue: ${JSON.stringify(cueKind)} is not strong, any, planned or all`);
  const minPeople = Number(arg('--min-people') ?? '2');
  if (!Number.isInteger(minPeople) || minPeople < 0) throw new Error(`--min-people: ${JSON.stringify(arg('--min-people'))} is not a count`);
  const onlyDomain = arg('--domain');
  if (onlyDomain !== undefined && onlyDomain !== 'diplomacy' && onlyDomain !== 'business') throw new Error(`--domain: ${JSON.stringify(onlyDomain)} is not diplomacy or business`);
  const cueTest = cueKind === 'strong' ? STRONG_CUE : cueKind === 'planned' ? PLANNED_CUE : cueKind === 'all' ? /(?:)/ : CUE;
  const got = new Map<string, number>();
  const added: string[] = [];
  const total = Object.values(want).reduce((x, y) => x + y, 0);
  for (const a of articles) {
    if (added.length >= total) break;
    if (used.has(a.name)) continue;
    const split = splitOf(a.name);
    const read = readArticle(a);
    if (!read || !cueTest.test(read.body)) continue;
    if (onlyDomain !== undefined && read.domain !== onlyDomain) continue;
    const key = `${split}/${read.domain}`;
    if ((got.get(key) ?? 0) >= (onlyDomain === undefined ? Math.ceil(want[split] / 2) : want[split])) continue;
    const people = extractArticle(read.article).people.length;
    if (people < minPeople) continue;
    got.set(key, (got.get(key) ?? 0) + 1);
    added.push(`${a.name}\t${split}\t${read.domain}-cue-${cueKind}\t${read.body.split(/\s+/).length}\t${people}\t${batches[added.length % batches.length]}`);
  }
  appendFileSync(file, `${added.join('\n')}\n`);
  process.stdout.write(`appended ${added.length} ${cueKind}-cue articles: ${[...got].map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
  process.exit(0);
}

/** An article parsed, its text from the title on, and its domain by which cue words dominate; null if it does not parse. */
function readArticle(a: { name: string; text: string }) {
  let article;
  try {
    article = parseArticle(a.text, a.name);
  } catch {
    return null;
  }
  const body = a.text.slice(article.titleStart);
  return { article, body, domain: cueDomain(body) };
}

interface Row { file: string; split: Split; stratum: Stratum; words: number; people: number }
const chosen: Row[] = [];
const filled = new Map<string, number>();
const quota = (split: Split, s: Stratum) => Math.round(perSplit[split] * STRATA[s]);

for (const a of articles) {
  const split = splitOf(a.name);
  const read = readArticle(a);
  if (!read) continue;
  const { article, body, domain } = read;
  const stratum = `${domain}-${CUE.test(body) ? 'cue' : 'nocue'}` as Stratum;
  const key = `${split}/${stratum}`;
  if ((filled.get(key) ?? 0) >= quota(split, stratum)) continue;
  const people = extractArticle(article).people.length;
  if (people < 2) continue;
  filled.set(key, (filled.get(key) ?? 0) + 1);
  chosen.push({ file: a.name, split, stratum, words: body.split(/\s+/).length, people });
  const done = (Object.keys(perSplit) as Split[]).every((sp) =>
    (Object.keys(STRATA) as Stratum[]).every((s) => (filled.get(`${sp}/${s}`) ?? 0) >= quota(sp, s)),
  );
  if (done) break;
}

// Round two: strong meeting cues, half diplomacy and half business within each split.
const round2: Row[] = [];
const taken2 = new Set(chosen.map((r) => r.file));
const filled2 = new Map<string, number>();
for (const a of articles) {
  if (taken2.has(a.name)) continue;
  const split = splitOf(a.name);
  const read = readArticle(a);
  if (!read || !STRONG_CUE.test(read.body)) continue;
  const { article, body, domain } = read;
  const stratum = `${domain}-cue` as Stratum;
  const key = `${split}/${stratum}`;
  if ((filled2.get(key) ?? 0) >= Math.round(strongPerSplit[split] / 2)) continue;
  const people = extractArticle(article).people.length;
  if (people < 2) continue;
  filled2.set(key, (filled2.get(key) ?? 0) + 1);
  round2.push({ file: a.name, split, stratum, words: body.split(/\s+/).length, people });
  if (round2.length >= Object.values(strongPerSplit).reduce((x, y) => x + y, 0)) break;
}

// Batches interleave splits and strata, so annotation that stops part-way still covers them all.
const lines = ['file\tsplit\tstratum\twords\tpeople\tbatch'];
chosen.forEach((r, i) => lines.push(`${r.file}\t${r.split}\t${r.stratum}\t${r.words}\t${r.people}\t${String.fromCharCode(65 + (i % 6))}`));
round2.forEach((r, i) => lines.push(`${r.file}\t${r.split}\t${r.stratum}-strong\t${r.words}\t${r.people}\t${String.fromCharCode(71 + (i % 6))}`));
writeFileSync(path.join(repoRoot, 'annotations/sample.tsv'), `${lines.join('\n')}\n`);
const count = (f: (r: Row) => boolean) => chosen.filter(f).length;
process.stdout.write(`round two: ${round2.length} articles with a strong meeting cue\n`);
process.stdout.write(
  `${chosen.length} articles: ${(Object.keys(perSplit) as Split[]).map((s) => `${s} ${count((r) => r.split === s)}`).join(', ')}; ` +
    `${(Object.keys(STRATA) as Stratum[]).map((s) => `${s} ${count((r) => r.stratum === s)}`).join(', ')}\n`,
);
