/**
 * CoNLL-2003 strict errors after the pipeline's span repairs (what `eval --conll` scores), by kind, with the
 * document number and the sentence around each. Errors are LISTED for the odd-numbered documents only (1, 3,
 * 5, ... in file order); figures are printed for the odd half, the even half (held out: read no errors there)
 * and the whole file, so that a change read off the odd half is judged on the even one.
 *
 *   node --import tsx scripts/dev/conll-errors.mts [--file eng.testa] [--type PER|ORG|LOC|MISC] [--list N] [--raw] [--figures]
 *
 * Kinds (each gold or predicted span goes to one):
 *   boundary   a predicted span of the same type overlaps the gold span with other edges
 *   type       a predicted span with the same edges has another type (listed as gold -> predicted)
 *   type+edges a predicted span of another type overlaps it with other edges
 *   miss       nothing predicted overlaps the gold span
 *   alarm      a predicted span overlapping no gold span
 */
import { predictConll, scoreSpans, formatConllScores, type DocSpan, type ConllPrediction } from '../../src/eval/conll.ts';
import { loadNerModel } from '../../src/extract/ner/index.ts';
import { loadLexicon, spanTypesOf } from '../../src/pipeline/models.ts';
import { settleTaggedSpans } from '../../src/resolve/settle-spans.ts';

const opt = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const file = opt('--file') ?? '/work/shared/data/conll2003/eng.testa';
const only = opt('--type');
const listN = Number(opt('--list') ?? 40);
const raw = process.argv.includes('--raw');
const figuresOnly = process.argv.includes('--figures');

const model = loadNerModel();
const capStat = model.data.res.capStat;
const lexicon = loadLexicon();
const docs = predictConll(file, raw ? { model } : { model, postprocess: (text, sentences, spans) => settleTaggedSpans(text, sentences, spans, { capStat, lexicon, conll: true, spanTypes: spanTypesOf(model.data.res) }) });

const half = (odd: boolean) => docs.filter((_, i) => (i + 1) % 2 === (odd ? 1 : 0));
const score = (ds: ConllPrediction[]) => scoreSpans(ds.map((d) => d.gold), ds.map((d) => d.pred));
for (const [name, ds] of [['odd (read)', half(true)], ['even (held out)', half(false)], ['all', docs]] as const) {
  console.log(`== ${name}: ${ds.length} documents`);
  console.log(formatConllScores(score(ds)));
}
if (figuresOnly) process.exit(0);

const words = (d: ConllPrediction, s: DocSpan) => d.sents[s.sent].slice(s.start, s.end).join(' ');
const context = (d: ConllPrediction, s: DocSpan) => {
  const w = d.sents[s.sent];
  return `${w.slice(Math.max(0, s.start - 6), s.start).join(' ')} [${w.slice(s.start, s.end).join(' ')}] ${w.slice(s.end, s.end + 6).join(' ')}`.trim();
};
const same = (a: DocSpan, b: DocSpan) => a.sent === b.sent && a.start === b.start && a.end === b.end;
const overlap = (a: DocSpan, b: DocSpan) => a.sent === b.sent && a.start < b.end && b.start < a.end;

const buckets = new Map<string, string[]>();
const add = (k: string, line: string) => buckets.set(k, [...(buckets.get(k) ?? []), line]);
docs.forEach((d, i) => {
  const no = i + 1;
  if (no % 2 === 0) return; // held out
  const key = (s: DocSpan) => `${s.sent}:${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(d.gold.map(key));
  const predKeys = new Set(d.pred.map(key));
  for (const g of d.gold) {
    if (predKeys.has(key(g)) || (only && g.type !== only && !d.pred.some((p) => p.type === only && overlap(p, g)))) continue;
    const over = d.pred.filter((p) => overlap(p, g));
    const sameType = over.find((p) => p.type === g.type);
    const sameEdges = over.find((p) => same(p, g));
    if (sameType) add(`${g.type} boundary`, `doc ${no}: gold "${words(d, g)}" pred "${words(d, sameType)}" | ${context(d, g)}`);
    else if (sameEdges) add(`${g.type}->${sameEdges.type} type`, `doc ${no}: "${words(d, g)}" | ${context(d, g)}`);
    else if (over.length) add(`${g.type}->${over[0].type} type+edges`, `doc ${no}: gold "${words(d, g)}" pred "${words(d, over[0])}" | ${context(d, g)}`);
    else add(`${g.type} miss`, `doc ${no}: "${words(d, g)}" | ${context(d, g)}`);
  }
  for (const p of d.pred) {
    if (goldKeys.has(key(p)) || (only && p.type !== only)) continue;
    if (!d.gold.some((g) => overlap(p, g))) add(`${p.type} alarm`, `doc ${no}: "${words(d, p)}" | ${context(d, p)}`);
  }
});
for (const [k, lines] of [...buckets].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`\n## ${k}: ${lines.length}`);
  for (const l of lines.slice(0, listN)) console.log(`  ${l}`);
}
