/**
 * npm run build:product-names: data/ner/product-names.json, the names the Reuters corpus writes as products
 * ("Prius", "Xbox", "PlayStation", "Android"): of the names the corpus lexicon (models/entity-lexicon.json.gz) tags
 * ORG at least once, those with at least PRODUCT_MIN product contexts in PRODUCT_DOCS articles and PRODUCT_RATIO
 * times as many product contexts as company ones (src/train/product-cues.ts; cue words in
 * data/ner/org-things.json). Extraction takes such a name for a product, not an organization, unless the article
 * writes it as a company (src/resolve/org-things.ts). Re-run it after `npm run build:lexicon`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../src/article/parse.js';
import { repoRoot } from '../src/config.js';
import { splitSentences } from '../src/extract/tokenize.js';
import { loadLexicon } from '../src/pipeline/models.js';
import { PRODUCT_DOCS, PRODUCT_MIN, PRODUCT_RATIO, ProductCounter } from '../src/train/product-cues.js';
import { readTarArticles, requireCorpus } from './corpus.js';

const lex = loadLexicon();
const names = new Set([...lex.entries].filter(([, c]) => c.tagged[1] > 0).map(([k]) => k));
const counter = new ProductCounter(names);
const articles = await readTarArticles(requireCorpus());
for (const { name, text } of articles) {
  let a;
  try {
    a = parseArticle(text, name);
  } catch {
    continue;
  }
  counter.add(splitSentences(a.text, a.bodyStart, a.text.length));
}
const products = counter.products();
const file = path.join(repoRoot, 'data', 'ner', 'product-names.json');
writeFileSync(
  file,
  `${JSON.stringify(
    {
      about: `Names the ${articles.length} Reuters articles write as products: of the ${names.size} names the corpus lexicon tags ORG, those with at least ${PRODUCT_MIN} product contexts in ${PRODUCT_DOCS} articles and ${PRODUCT_RATIO} times as many as company contexts (src/train/product-cues.ts); built by npm run build:product-names.`,
      names: products,
    },
    null,
    1,
  )}\n`,
);
console.log(`${products.length} product names of ${names.size} ORG names, from ${articles.length} articles -> ${path.relative(repoRoot, file)}`);
