/**
 * Names of things, not organizations, that the tagger labels ORG (words in data/ner/org-things.json):
 * - a name the corpus lexicon mostly tags MISC and seldom gives a company's context ("Xbox", "Web", "CEOs",
 *   "Deepwater Horizon"), unless the article itself writes it as a company ("Dow Jones said", "Nikkei newspaper");
 * - a holiday, a time zone, a market benchmark or a term written as an acronym ("Christmas", "EST", "Brent", "PC");
 * - a name the corpus writes as a product's (data/ner/product-names.json, npm run build:product-names: "Prius", "Xbox",
 *   "Android"; in the plural too, "Dreamliners"), unless the article writes it as a company.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonicalOrganization } from '../extract/organizations.js';
import { corpusLabel, type Lexicon } from './corpus-lexicon.js';
import { escapeRegExp, phraseRegExp } from '../article/regex.js';

interface OrgThingWords {
  companyAfter: string[];
  notNames: string[];
  termAcronyms: string[];
}

const DATA_PATH = fileURLToPath(new URL('../../data/ner/org-things.json', import.meta.url));
const PRODUCTS_PATH = fileURLToPath(new URL('../../data/ner/product-names.json', import.meta.url));
let WORDS: { companyAfter: string; notNames: Set<string> } | undefined;
let PRODUCTS: Set<string> | undefined;

/** Names the corpus writes as products' (scripts/build-product-names.ts). */
function productNames(): Set<string> {
  return (PRODUCTS ??= existsSync(PRODUCTS_PATH) ? new Set((JSON.parse(readFileSync(PRODUCTS_PATH, 'utf8')) as { names: string[] }).names) : new Set());
}


function words() {
  if (WORDS) return WORDS;
  const raw = JSON.parse(readFileSync(DATA_PATH, 'utf8')) as OrgThingWords;
  WORDS = { companyAfter: raw.companyAfter.map(phraseRegExp).join('|'), notNames: new Set([...raw.notNames, ...raw.termAcronyms]) };
  return WORDS;
}

/** The corpus tags a name mostly MISC when MISC has this share of at least this many tagged occurrences ... */
const MISC_SHARE = 0.6;
const MISC_MIN = 20;
/** ... and its company contexts ("shares of X", "X Inc", "X said its") are fewer than this share of them. */
const COMPANY_CUE_RATE = 0.1;

/** The answers of writtenAsCompany for the article last read, by name (each answer builds a regex and reads the whole text). */
let answeredText: string | undefined;
const answered = new Map<string, boolean>();

/**
 * Whether the article writes the name as a company's somewhere: "Dow Jones said", "Nikkei newspaper", "Fisher-Price
 * unit". Remembered per article and name: its spans ask again and again, and each answer reads the whole text.
 */
export function writtenAsCompany(text: string, surface: string): boolean {
  if (text !== answeredText) {
    answeredText = text;
    answered.clear();
  }
  let v = answered.get(surface);
  if (v === undefined) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surface)}(?:['’]s?)?\\s+(?:${words().companyAfter})(?![\\p{L}])`, 'u');
    answered.set(surface, (v = re.test(text)));
  }
  return v;
}

/** A name the corpus mostly tags MISC and seldom writes as a company's ("Xbox", "Web", "CEOs"). */
function mostlyMisc(surface: string, lex: Lexicon): boolean {
  const c = corpusLabel(lex, surface);
  return !!c && c.label === 'MISC' && c.share >= MISC_SHARE && c.total >= MISC_MIN && c.counts.cues[1] < COMPANY_CUE_RATE * c.total;
}

/** Whether a tagged organization's name names a thing, not an organization, in this article. */
export function namesAThing(text: string, surface: string, lex: Lexicon): boolean {
  if (words().notNames.has(surface)) return true;
  // The corpus evidence first: a map look-up, where the curated list's match normalises the name.
  if (!mostlyMisc(surface, lex) && !product(surface)) return false;
  return !canonicalOrganization(surface) && !writtenAsCompany(text, surface);
}

const PLURAL_NAME = /^\p{Lu}\S*\p{Ll}s$/u;
const NAME_AND_MODEL = /^(\S+) (?:[\p{L}-]*\p{N}[\p{L}\p{N}-]*|\p{Lu}{1,3}s?)$/u;

/** A product's name, one word of it in the plural ("Dreamliners"), or a model of it ("Hummer H2", "Jeep SUVs"). */
export function product(surface: string): boolean {
  if (productNames().has(surface) || (PLURAL_NAME.test(surface) && productNames().has(surface.slice(0, -1)))) return true;
  // The model a code with a digit or a short one in capitals ("H2", "3500", "SUV"): not "Basel Committee", "Euro RSCG".
  const model = NAME_AND_MODEL.exec(surface);
  return !!model && productNames().has(model[1]);
}
