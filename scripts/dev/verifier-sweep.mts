// Organizations F1 on tune as the verifier's threshold moves (the shipped model's weights, every other stage as served):
//   node --import tsx scripts/dev/verifier-sweep.mts 0.25,0.3,0.35 (REUTERS_DIR as for `newsgraph eval --annotations`)
import { parseArticle } from '../../src/article/parse.ts';
import { annotationGold, loadAnnotated } from '../../src/eval/annotations.ts';
import { scoreArticle, totals, type ArticleScore } from '../../src/eval/gold.ts';
import { extractArticle } from '../../src/pipeline/extract.ts';
import { loadOrgVerifier } from '../../src/pipeline/models.ts';
const model = loadOrgVerifier()!;
const ts = (process.argv[2] ?? '0.3,0.35,0.4,0.45,0.5').split(',').map(Number);
const arts = await loadAnnotated({ splits: ['tune'] });
for (const t of ts) {
  const o = totals(arts.map((a) => scoreArticle(a.name, extractArticle(parseArticle(a.text, a.name), { orgVerifier: { ...model, threshold: t } }), annotationGold(a.annotation)))).organizations;
  console.log(`t=${t} tp ${o.tp} fp ${o.fp} fn ${o.fn} F1 ${o.f1.toFixed(4)} (model ${model.threshold})`);
}
