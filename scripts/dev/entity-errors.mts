/**
 * Where the entity errors are: every organization (or person) miss and false alarm of the annotated
 * articles, bucketed by cause, with counts and the names in each bucket. Reads train and tune only
 * (and ../shared/eval/dev style gold folders given with --dir): never the locked test.
 *
 *   node --import tsx scripts/dev/entity-errors.mts [--kind organizations|people] [--split train,tune] [--dir DIR] [--list N] [--dump FILE.tsv]
 *
 * Each error goes to the first bucket that holds, looking at where the gold name occurs in the text
 * (any of its spellings, whole words) and what extraction made of that stretch:
 *   misses     boundary   an extracted entity of the kind overlaps the occurrence with another span ("the X", "X Inc", "X's")
 *              alias      an extracted entity of the kind covers a gold spelling exactly but is named otherwise
 *              as-person / as-org / as-country / as-LOC / as-MISC   the stretch went to another kind (or the tagger's label)
 *              missing    nothing extracted there
 *              not-in-text no spelling occurs verbatim (the annotation normalised the name)
 *   alarms     boundary / alias   the extracted mention overlaps a gold name of the kind (counted with the miss above)
 *              gold-person / gold-org / gold-country   the annotation has it, as another kind
 *              not-in-gold the annotation does not have it at all (a product, a place, a word: read the list)
 */
import { parseArticle } from '../../src/article/parse.ts';
import { foldName } from '../../src/article/names.ts';
import { escapeRegExp } from '../../src/article/regex.ts';
import { loadAnnotated } from '../../src/eval/annotations.ts';
import { loadGold } from '../../src/eval/gold.ts';
import { extractArticle, articleSentences } from '../../src/pipeline/extract.ts';
import { loadLexicon, spanTypesOf } from '../../src/pipeline/models.ts';
import { loadNerModel, tagDocument } from '../../src/extract/ner/index.ts';
import { settleTaggedSpans } from '../../src/resolve/settle-spans.ts';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Split } from '../../src/eval/split.ts';

const opt = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const kind = (opt('--kind') ?? 'organizations') as 'organizations' | 'people';
const listN = Number(opt('--list') ?? 30);
const dir = opt('--dir');
const splits = (opt('--split') ?? 'train,tune').split(',') as Split[];
if (!dir && splits.includes('test' as Split)) throw new Error('--split test: the locked test is not read for errors');

interface Doc {
  name: string;
  text: string;
  people: Array<string | string[]>;
  organizations: Array<string | string[]>;
  countries: string[];
}
const docs: Doc[] = [];
if (dir) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const g = await loadGold(path.join(dir, f.replace(/\.txt$/, '.gold.json')));
    docs.push({ name: f, text: readFileSync(path.join(dir, f), 'utf8'), people: g.people, organizations: g.organizations, countries: g.countries });
  }
} else {
  for (const a of await loadAnnotated({ splits })) docs.push({ name: a.name, text: a.text, ...a.annotation });
}

const spellings = (e: string | string[]) => (Array.isArray(e) ? e : [e]);
function occurrences(text: string, s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(s)}(?![\\p{L}\\p{N}])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
const overlaps = (a: { start: number; end: number }, [s, e]: [number, number]) => a.start < e && s < a.end;

const buckets = new Map<string, string[]>();
const add = (b: string, what: string) => {
  const l = buckets.get(b) ?? [];
  l.push(what);
  buckets.set(b, l);
};
let tp = 0;
let fp = 0;
let fn = 0;
const model = loadNerModel();
for (const d of docs) {
  const article = parseArticle(d.text, d.name);
  const x = extractArticle(article);
  const { text } = article;
  const sentences = articleSentences(article);
  const tagged = settleTaggedSpans(text, sentences, tagDocument(model, sentences, text), { capStat: model.data.res.capStat, lexicon: loadLexicon(), spanTypes: spanTypesOf(model.data.res) });
  const mine = kind === 'organizations' ? x.organizations : x.people;
  const other = kind === 'organizations' ? x.people : x.organizations;
  const otherName = kind === 'organizations' ? 'person' : 'org';
  const gold = (kind === 'organizations' ? d.organizations : d.people).map((e) => ({ e, fold: new Set(spellings(e).map(foldName)) }));
  const goldOther = (kind === 'organizations' ? d.people : d.organizations).map((e) => new Set(spellings(e).map(foldName)));
  const short = d.name.slice(0, 28);

  // Match as the scorer does: sets of folded names, one to one.
  const left = [...gold];
  const alarms: typeof mine = [];
  for (const p of mine) {
    // Organizations match by a spelling the article used for them too, as the scorer does (src/eval/gold.ts).
    const spelled = kind === 'organizations' ? [p.name, ...p.aliases].map(foldName) : [foldName(p.name)];
    let i = left.findIndex((g) => g.fold.has(foldName(p.name)));
    if (i < 0) i = left.findIndex((g) => spelled.some((n) => g.fold.has(n)));
    if (i >= 0) {
      tp++;
      add('found', `${p.name}  (${short})`);
      left.splice(i, 1);
    } else if (!gold.some((g) => spelled.some((n) => g.fold.has(n)))) alarms.push(p);
  }
  fn += left.length;
  fp += alarms.length;
  const explained = new Set<string>();
  for (const g of left) {
    const occ = spellings(g.e).flatMap((s) => occurrences(text, s).map((o) => ({ o, s })));
    const show = `${spellings(g.e)[0]}  (${short})`;
    if (occ.length === 0) {
      add('miss: not-in-text', show);
      continue;
    }
    const hit = alarms.find((p) => p.mentions.some((m) => occ.some(({ o }) => overlaps(m, o))));
    if (hit) {
      const exact = hit.mentions.some((m) => occ.some(({ o }) => m.start === o[0] && m.end === o[1]));
      add(exact ? 'miss: alias' : 'miss: boundary', `${show} <- ${hit.name}`);
      explained.add(hit.name);
      continue;
    }
    const o2 = other.find((p) => p.mentions.some((m) => occ.some(({ o }) => overlaps(m, o))));
    if (o2) {
      add(`miss: as-${otherName}`, `${show} <- ${o2.name}`);
      continue;
    }
    if (x.countries.some((c) => c.mentions.some((m) => occ.some(({ o }) => overlaps(m, o))))) {
      add('miss: as-country', show);
      continue;
    }
    const span = tagged.find((t) => occ.some(({ o }) => overlaps(t, o)));
    if (span) add(`miss: tagged-${span.label}-dropped`, `${show} [${span.text}]`);
    else add('miss: missing', show);
  }
  for (const p of alarms) {
    const show = `${p.name}  (${short})`;
    if (explained.has(p.name)) {
      add('alarm: boundary/alias (with its miss)', show);
      continue;
    }
    const matchedGold = gold.find((g) => spellings(g.e).some((s) => occurrences(text, s).some((o) => p.mentions.some((m) => overlaps(m, o)))));
    if (matchedGold) add('alarm: boundary/alias of a found one', `${show} ~ ${spellings(matchedGold.e)[0]}`);
    else if (goldOther.some((g) => g.has(foldName(p.name)))) add(`alarm: gold-${otherName}`, show);
    else if (d.countries.length && x.countries.some((c) => c.mentions.some((m) => p.mentions.some((q) => overlaps(q, [m.start, m.end]))))) add('alarm: gold-country', show);
    else add('alarm: not-in-gold', show);
  }
}
const f1 = (2 * tp) / (2 * tp + fp + fn);
console.log(`${kind} on ${dir ?? splits.join(',')}: ${docs.length} articles, tp ${tp} fp ${fp} fn ${fn}, F1 ${f1.toFixed(3)}`);
const dump = opt('--dump');
if (dump) writeFileSync(dump, [...buckets].flatMap(([b, l]) => l.map((s) => `${b}\t${s}`)).join('\n') + '\n');
for (const [b, l] of [...buckets].filter(([b]) => b !== 'found').sort((a, b) => b[1].length - a[1].length)) {
  console.log(`\n${b}: ${l.length}`);
  for (const s of l.slice(0, listN)) console.log(`   ${s}`);
}
