/**
 * A maker's name with its product's after it, tagged as one organization ("Nintendo Wii", "Chevy Volt", "Samsung
 * Galaxy Tab", "GMC Acadia"): the guide keeps products out of organizations, so the span is the maker's name only,
 * and the maker is then judged as any name is (a brand the corpus writes as a product, "Chevy", goes too).
 * The product after the maker (words in data/ner/org-things.json):
 * - a name the corpus writes as a product's (data/ner/product-names.json: "Wii", "Galaxy Tab", "Volt");
 * - after one of `modelMakers` (automakers and their brands, whose next capitalised word names a model), one or two
 *   capitalised words (no legal suffix, firm's kind word or one of `notModelWords`, no place) when the corpus tags the
 *   whole name as an organization at least twice and never with a company's contexts ("Ford Focus", "GMC Acadia");
 *   a name it does not know stays whole ("BMW Brilliance", "Nissan Shatai": joint ventures are named like models).
 * Never when the whole name is a company's: the corpus writes it with a company's contexts ("Chrysler Financial",
 * "Airbus A350" programme's "said"), or the article does ("Sony Ericsson said").
 * The maker is a name the corpus mostly tags as an organization, a brand the corpus writes as a product, or one of
 * `modelMakers`; not "FC Basel" (no maker) nor "Samancor Chrome" (the corpus does not know "Samancor").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countryOfSurface } from '../extract/countries/gazetteer.js';
import { canonicalOrganization } from '../extract/organizations.js';
import { corpusLabel, mostlyLabelled, type Lexicon } from './corpus-lexicon.js';
import { isLegalSuffixWord } from './legal-suffixes.js';
import { orgKindOfWord } from './org-kinds.js';
import { product, writtenAsCompany } from './org-things.js';

const DATA_PATH = fileURLToPath(new URL('../../data/ner/org-things.json', import.meta.url));
let WORDS: { makers: Set<string>; notModel: Set<string> } | undefined;

function words() {
  if (WORDS) return WORDS;
  const raw = JSON.parse(readFileSync(DATA_PATH, 'utf8')) as { modelMakers: string[]; notModelWords: string[] };
  return (WORDS = { makers: new Set(raw.modelMakers), notModel: new Set(raw.notModelWords) });
}

/** A name the corpus mostly tags as this label, in at least this share of at least this many tagged occurrences. */
const MOSTLY_SHARE = 0.5;
const MOSTLY_MIN = 20;
/** The fewest times the corpus must tag a maker's name with a model's as an organization to read it as a model's. */
const MODEL_MIN = 2;
/** The most words a model's name has after its maker's. */
const MODEL_WORDS = 2;
/** The most words a maker's name and a product's have: a longer span is no maker's with its product (and is not split word by word). */
const MAKER_WORDS = 4;
const PRODUCT_WORDS = 5;

/** A name the corpus writes with a company's contexts ("Chrysler Financial", "Ford Motor"). */
function corpusCompany(lex: Lexicon, surface: string): boolean {
  const c = corpusLabel(lex, surface);
  return !!c && c.counts.cues[1] > 0;
}

function isMaker(maker: string, lex: Lexicon): boolean {
  return words().makers.has(maker) || product(maker) || mostlyLabelled(lex, maker, ['ORG'], MOSTLY_SHARE, MOSTLY_MIN);
}

/** Words that may name a product: no legal suffix, firm's kind word or one of `notModelWords` ("Bloomberg TV" is a channel). */
function noCompanyWord(model: string): boolean {
  return model.split(' ').every((w) => /^\p{Lu}[\p{L}\p{N}-]*$/u.test(w) && !isLegalSuffixWord(w) && !orgKindOfWord(w) && !words().notModel.has(w));
}

/**
 * One or two capitalised words after a maker of models, when the corpus knows the whole name as a model's: tagged an
 * organization at least MODEL_MIN times and never written with a company's contexts ("Ford Focus", "GMC Acadia").
 * A name the corpus does not know stays whole: joint ventures and affiliates are named like models ("BMW Brilliance",
 * "Nissan Shatai", "Ford Sollers") and are companies.
 */
function modelAfterMaker(maker: string, model: string, lex: Lexicon): boolean {
  if (!words().makers.has(maker)) return false;
  if (model.split(' ').length > MODEL_WORDS || !noCompanyWord(model) || countryOfSurface(model)) return false;
  const c = corpusLabel(lex, `${maker} ${model}`);
  return !!c && c.counts.tagged[1] >= MODEL_MIN && c.counts.cues[1] === 0;
}

/**
 * The maker's name when a tagged organization's name is a maker's followed by its product's ("Nintendo Wii" ->
 * "Nintendo"); otherwise undefined.
 */
export function makerBeforeProduct(text: string, surface: string, lex: Lexicon): string | undefined {
  const ws = surface.split(' ');
  if (ws.length < 2 || ws.length > MAKER_WORDS + PRODUCT_WORDS || canonicalOrganization(surface) || corpusCompany(lex, surface)) return undefined;
  for (let n = Math.max(1, ws.length - PRODUCT_WORDS); n < ws.length && n <= MAKER_WORDS; n++) {
    const maker = ws.slice(0, n).join(' ');
    const tail = ws.slice(n).join(' ');
    if (!isMaker(maker, lex)) continue;
    if (!(product(tail) && noCompanyWord(tail)) && !modelAfterMaker(maker, tail, lex)) continue;
    return writtenAsCompany(text, surface) ? undefined : maker;
  }
  return undefined;
}
