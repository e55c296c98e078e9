// Prints each organization the pipeline resolves in the given article files, with the verifier's score,
// whether the pipeline keeps it (verifierKeeps: a curated organization always) and the features that weigh most:
// `node --import tsx scripts/dev/org-verifier-scores.mts FILE...`
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/article/parse.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import { loadOrgVerifier } from '../../src/pipeline/models.js';
import { CURATED, verifierKeeps, verifierScore } from '../../src/resolve/org-verifier.js';

const model = loadOrgVerifier();
if (!model) throw new Error('no models/org-verifier.json.gz: npm run train:orgs');
for (const file of process.argv.slice(2)) {
  extractArticle(parseArticle(readFileSync(file, 'utf8'), path.basename(file, '.txt')), {
    orgVerifier: null,
    observeOrganizations: (orgs, features) => {
      console.log(`== ${file}`);
      orgs.forEach((o, i) => {
        const z = verifierScore(model, features[i]);
        const top = features[i].map((f) => [f, model.weights.get(f) ?? 0] as const).filter(([, w]) => Math.abs(w) > 0.3).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 8);
        const keep = verifierKeeps(model, features[i]) ? (features[i].includes(CURATED) ? 'keep (curated)' : 'keep') : 'DROP';
        console.log(`${keep} ${z.toFixed(2)} ${o.name}  ${top.map(([f, w]) => `${f}=${w.toFixed(2)}`).join(' ')}`);
      });
    },
  });
}
