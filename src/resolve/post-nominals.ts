/**
 * The letters news sets after a person's name (data/ner/person-context.json): post-nominals ("QC", "MP", "TD", "OBE")
 * and, among them, the name suffixes that are part of the name as written and as annotated ("JR", "SR": "Bill
 * Wrigley Jr."). Read once, on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DATA_PATH = fileURLToPath(new URL('../../data/ner/person-context.json', import.meta.url));
let WORDS: { postNominals: ReadonlySet<string>; nameSuffixes: ReadonlySet<string> } | undefined;

function words() {
  if (WORDS) return WORDS;
  const raw = JSON.parse(readFileSync(DATA_PATH, 'utf8')) as { postNominals: string[]; nameSuffixes: string[] };
  WORDS = { postNominals: new Set(raw.postNominals), nameSuffixes: new Set(raw.nameSuffixes) };
  return WORDS;
}

/** The post-nominals as listed ("QC", "TD", "PhD"; the name suffixes among them). */
export function postNominals(): ReadonlySet<string> {
  return words().postNominals;
}

/** The name suffixes as listed, in capitals ("JR", "SR"). */
export function nameSuffixes(): ReadonlySet<string> {
  return words().nameSuffixes;
}

/** Whether a word after a name is a name suffix, in any case, with or without its "." ("Jr.", "SR", "Sr"). */
export function isNameSuffix(w: string): boolean {
  return words().nameSuffixes.has(w.replace(/[.,]+$/u, '').toUpperCase());
}

/** Whether a word after a name is a post-nominal as listed, with or without a "," after it ("TD", "QC,", "PhD"). */
export function isPostNominal(w: string): boolean {
  return words().postNominals.has(w.replace(/,$/u, ''));
}
