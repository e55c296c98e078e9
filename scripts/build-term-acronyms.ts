/**
 * npm run build:term-acronyms: data/ner/term-acronyms.json, the acronyms the Reuters corpus spells out in
 * lower-case words ("initial public offering (IPO)", "mergers and acquisitions (M&A)") in at least MIN_TERM_DOCS
 * articles and as a capitalised name at most a tenth as often, unless the corpus lexicon's context cues call it an
 * organization (src/train/term-acronyms.ts). Extraction takes such an acronym for a term, not an organization,
 * unless the article spells it out as a name (src/resolve/spans.ts).
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../src/config.js';
import { DEFAULT_LEXICON_PATH, loadLexicon } from '../src/pipeline/models.js';
import { spelledOutAcronyms } from '../src/resolve/spans.js';
import { isTermAcronym, MIN_TERM_DOCS } from '../src/train/term-acronyms.js';
import { readTarArticles, requireCorpus } from './corpus.js';

// The lexicon's cues keep organizations off the list (ENI): without its file every acronym would be judged on spelling
// alone, so the builder refuses to run (npm run build:lexicon first).
if (!existsSync(DEFAULT_LEXICON_PATH)) {
  console.error(`build:term-acronyms: ${path.relative(repoRoot, DEFAULT_LEXICON_PATH)} is missing; run npm run build:lexicon first`);
  process.exit(1);
}

const counts = new Map<string, { term: number; name: number }>();
const articles = await readTarArticles(requireCorpus());
for (const a of articles) {
  const seen = new Map<string, boolean>();
  for (const d of spelledOutAcronyms(a.text)) seen.set(`${d.acronym}\t${d.term}`, d.term);
  for (const key of seen.keys()) {
    const [acronym, term] = key.split('\t');
    const c = counts.get(acronym) ?? { term: 0, name: 0 };
    if (term === 'true') c.term++;
    else c.name++;
    counts.set(acronym, c);
  }
}
const lexicon = loadLexicon();
const terms = [...counts].filter(([a, c]) => isTermAcronym(c, lexicon.entries.get(a))).map(([a]) => a).sort();
const file = path.join(repoRoot, 'data', 'ner', 'term-acronyms.json');
writeFileSync(
  file,
  `${JSON.stringify({ about: `Acronyms the ${articles.length} Reuters articles spell out as lower-case terms in at least ${MIN_TERM_DOCS} articles and as a name at most a tenth as often, not an organization by the corpus lexicon's context cues; built by npm run build:term-acronyms.`, terms }, null, 1)}\n`,
);
console.log(`${terms.length} term acronyms of ${counts.size} spelled out, from ${articles.length} articles -> ${path.relative(repoRoot, file)}`);
