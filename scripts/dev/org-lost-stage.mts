/**
 * The annotated organizations the output misses although the tagger had them right: a raw ORG span exactly over an
 * occurrence of one of the name's spellings. For each, the step of the chain that lost it (the steps extractArticle
 * reports through observeSpans: settleTaggedSpans' one by one, the relabels and repairOrganizationSpans; then resolution
 * and the verifier), with counts per step. Reads train and tune only, never the locked test; train articles through the out-of-fold taggers in
 * .cache/taggers (as `npm run train:orgs` reads them), tune through the shipped tagger.
 *
 *   node --import tsx scripts/dev/org-lost-stage.mts [--split train,tune] [--verifier]
 *
 * --verifier also lists the names the verifier dropped (counted either way). The twenty-second session's span
 * repairs were found with it (docs/quality-log.md).
 */
import { foldName } from '../../src/article/names.ts';
import { parseArticle } from '../../src/article/parse.ts';
import { loadAnnotated } from '../../src/eval/annotations.ts';
import { scoreArticle } from '../../src/eval/gold.ts';
import { extractArticle } from '../../src/pipeline/extract.ts';
import { loadNerModel } from '../../src/extract/ner/index.ts';
import { foldTaggerFor } from '../../src/train/tagger-folds.ts';
import type { Split } from '../../src/eval/split.ts';
import type { EntitySpan } from '../../src/extract/types.ts';
import { foldTaggers, occurrences } from './org-census.mts';

const opt = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const splits = (opt('--split') ?? 'train,tune').split(',') as Split[];
if (splits.includes('test' as Split)) throw new Error('--split test: the locked test is not read for errors');
const listVerifier = process.argv.includes('--verifier');
const folds = foldTaggers();
if (splits.includes('train') && folds.length === 0) console.error('no out-of-fold taggers in .cache/taggers: train is read through the shipped tagger, which learnt from it');
const shipped = loadNerModel();

const counts = new Map<string, number>();
for (const a of await loadAnnotated({ splits })) {
  const model = a.split === 'train' && folds.length ? foldTaggerFor(a.name, folds) : shipped;
  const article = parseArticle(a.text, a.name);
  let candidates: ReadonlyArray<{ name: string; mentions?: Array<{ start: number; end: number }> }> = [];
  // The spans after each step, as extraction itself gives them.
  const chain: Array<[string, readonly EntitySpan[]]> = [];
  const x = extractArticle(article, {
    nerModel: model,
    observeOrganizations: (orgs) => (candidates = orgs),
    observeSpans: (step, spans) => chain.push([step, spans]),
  });
  const gold = { people: a.annotation.people, countries: a.annotation.countries, organizations: a.annotation.organizations, meetings: [] };
  const final = scoreArticle(a.name, x, gold as never);
  const tagged = chain.find(([step]) => step === 'tagged')?.[1] ?? [];
  for (const miss of final.misses.organizations) {
    const entry = a.annotation.organizations.find((e) => (Array.isArray(e) ? e : [e]).some((n) => foldName(n) === miss));
    const spellings = entry === undefined ? [miss] : Array.isArray(entry) ? entry : [entry];
    const occ = spellings.flatMap((s) => occurrences(article.text, s));
    const exactIn = (spans: readonly EntitySpan[]) => occ.some(([s, e]) => spans.some((t) => t.label === 'ORG' && t.start === s && t.end === e));
    if (!exactIn(tagged)) continue;
    let lost = chain.find(([, spans]) => !exactIn(spans))?.[0];
    let detail = '';
    if (!lost) {
      const cand = candidates.find((c) => c.mentions?.some((m) => occ.some(([s, e]) => m.start === s && m.end === e)));
      lost = !cand ? 'resolution' : foldName(cand.name) === miss ? 'verifier' : 'resolved-as';
      if (cand && lost === 'resolved-as') detail = cand.name;
    }
    counts.set(lost, (counts.get(lost) ?? 0) + 1);
    if (lost !== 'verifier' || listVerifier) console.log(`${a.split}\t${lost}\t${miss}${detail ? ` <- ${detail}` : ''}\t${a.name.slice(0, 32)}`);
  }
}
console.log('\nlost at\tcount');
for (const [stage, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`${stage}\t${n}`);
