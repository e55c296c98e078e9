/**
 * npm run build:possessive-names: data/ner/possessive-names.json, the names whose "'s" is their own
 * ("McDonald's", "Moody's", "Sotheby's", "Macy's", "Barron's"), not a possessive: across the Reuters corpus,
 * mid-sentence, the capitalised word is written with "'s" in at least MIN_DOCS articles and without it at most
 * MAX_BARE times as often. "Obama's" is no such name (Obama stands alone far more often). Extraction keeps such
 * an "'s" in an organization's name and does not read the word before it as a person (src/resolve/spans.ts,
 * src/resolve/organizations.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../src/config.js';
import { countPossessiveNames, possessiveNamesOf } from '../src/extract/possessive-names.js';
import { readTarArticles, requireCorpus } from './corpus.js';

const articles = await readTarArticles(requireCorpus());
const counts = countPossessiveNames(articles.map((a) => a.text));
const file = path.join(repoRoot, 'data', 'ner', 'possessive-names.json');
// Words the counts let through that name a disease, a day or a group, no company ("Alzheimer's", "Valentine's",
// "Men's"): curated in the file's `notNames`, kept from one build to the next.
const notNames: string[] = existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { notNames?: string[] }).notNames ?? []) : [];
const names = possessiveNamesOf(counts).filter((n) => !notNames.includes(n));
writeFileSync(
  file,
  `${JSON.stringify({ about: `Names whose 's is their own: in the ${articles.length} Reuters articles, mid-sentence, written with 's in at least 3 articles and without it at most a quarter as often; built by npm run build:possessive-names. notNames: curated, words the counts let through that name no company.`, names, notNames }, null, 1)}\n`,
);
console.log(`${names.length} names with their own 's, from ${articles.length} articles -> ${path.relative(repoRoot, file)}`);
