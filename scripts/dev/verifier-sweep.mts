// Organizations F1 on tune as the verifier's threshold moves (the shipped model's weights, every other stage as served):
//   node --import tsx scripts/dev/verifier-sweep.mts 0.25,0.3,0.35 (REUTERS_DIR as for `newsgraph eval --annotations`)
import { parseArticle } from '../../src/article/parse.ts';
import { loadAnnotated } from '../../src/eval/annotations.ts';
import { scoreArticle } from '../../src/eval/gold.ts';
import { extractArticle } from '../../src/pipeline/extract.ts';
import { loadOrgVerifier } from '../../src/pipeline/models.ts';
const model = loadOrgVerifier()!;
const ts = (process.argv[2] ?? '0.3,0.35,0.4,0.45,0.5').split(',').map(Number);
const arts = await loadAnnotated({ splits: ['tune'] });
for (const t of ts) {
  let tp = 0, fp = 0, fn = 0;
  for (const a of arts) {
    const x = extractArticle(parseArticle(a.text, a.name), { orgVerifier: { ...model, threshold: t } });
    const s = scoreArticle(a.name, x, { people: [], countries: [], organizations: a.annotation.organizations, meetings: [] } as never);
    tp += s.counts.organizations.tp; fp += s.counts.organizations.fp; fn += s.counts.organizations.fn;
  }
  console.log(`t=${t} tp ${tp} fp ${fp} fn ${fn} F1 ${(2 * tp / (2 * tp + fp + fn)).toFixed(4)} (model ${model.threshold})`);
}
