/**
 * Companies' legal suffixes ("Inc", "Corp.", "plc", "AG", "GmbH", "L.P.") and the other words that end a company's
 * name ("Group", "Holdings"), one list per role in data/ner/legal-suffixes.json (its "doc" fields say what each
 * decides). The file is read once, on first use; the sets and patterns built from it are kept.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeRegExp } from '../article/regex.js';

interface SuffixList {
  doc: string;
  words: string[];
}

type Role =
  | 'legal'
  | 'afterOwnS'
  | 'firmEnd'
  | 'onlySuffixes'
  | 'firmContextAfter'
  | 'idDropped'
  | 'acrossDropped'
  | 'generic'
  | 'unitWords'
  | 'shortFormRest';

export interface SuffixPatterns {
  /** One token that is a legal suffix, with or without its trailing ".". */
  legalWord: RegExp;
  /** The legal suffixes as an alternation for a larger pattern (without the optional "."). */
  legal: string;
  /** The legal suffixes in capitals ("INC", "CORP", "L.P"). */
  legalUpper: ReadonlySet<string>;
  /** The generic words ("group", "holdings"), in lower case. */
  genericWords: ReadonlySet<string>;
  /** The suffix right after a name's own "'s" (from the text after the "'s"). */
  afterOwnS: RegExp;
  /** A name's last word that makes it a firm's name; test against " " + name. */
  firmEnd: RegExp;
  /** A name made of suffixes only ("Co Inc"). */
  onlySuffixes: RegExp;
  /** The suffixes after a name that make it a company's context, as an alternation for a larger pattern. */
  firmContextAfter: string;
  /** The suffix (after an optional "," or "&") dropped for an organization's id. */
  idDropped: RegExp;
  /** The suffix (after an optional "," or "&") dropped when names are matched across articles. */
  acrossDropped: RegExp;
  /** A generic last word ("Group", "Holdings") dropped when names are matched across articles. */
  generic: RegExp;
  /** Words (lower case) naming a part, unit or product of an organization ("capital", "committee"): a short name is not the part. */
  unitWords: ReadonlySet<string>;
  /** Words after a company's first word that leave that word alone a short form of it ("Motor" of "Ford Motor Co"). */
  shortFormRest: ReadonlySet<string>;
}

const DATA_PATH = fileURLToPath(new URL('../../data/ner/legal-suffixes.json', import.meta.url));
let PATTERNS: SuffixPatterns | undefined;

/** The sets and patterns of data/ner/legal-suffixes.json, built on first use. */
export function suffixPatterns(): SuffixPatterns {
  if (PATTERNS) return PATTERNS;
  const raw = JSON.parse(readFileSync(DATA_PATH, 'utf8')) as Record<Role, SuffixList>;
  // "@legal", "@generic" in a list stand for that list's words (one level: a list taken in takes in no other).
  const words = (role: Role, within?: Role): string[] => {
    const list = raw[role];
    if (!list) throw new Error(`${DATA_PATH}: ${within ? `"${within}" takes in "@${role}", which` : `"${role}"`} is no list of the file`);
    return list.words.flatMap((w) => {
      if (!w.startsWith('@')) return [w];
      if (within) throw new Error(`${DATA_PATH}: "${role}", taken in by "${within}", takes in "${w}" itself: one level only`);
      return words(w.slice(1) as Role, role);
    });
  };
  const any = (role: Role) => words(role).map(escapeRegExp).join('|');
  PATTERNS = {
    legalWord: new RegExp(`^(?:${any('legal')})\\.?$`),
    legal: any('legal'),
    legalUpper: new Set(words('legal').map((w) => w.toUpperCase())),
    genericWords: new Set(words('generic').map((w) => w.toLowerCase())),
    // Not before a hyphen: "Macy's Co-founder" takes in no "Co".
    afterOwnS: new RegExp(`^\\s+(?:${any('afterOwnS')})(?![\\w-])\\.?`),
    firmEnd: new RegExp(`\\s(?:${any('firmEnd')})\\.?$`),
    // Words apart, by a space or a comma: "SAAB" and "ABSA" are names, not "SA" + "AB".
    onlySuffixes: new RegExp(`^(?:${any('onlySuffixes')})\\.?(?:(?:,\\s*|\\s+)(?:${any('onlySuffixes')})\\.?)*,?$`),
    firmContextAfter: any('firmContextAfter'),
    idDropped: new RegExp(`,?\\s+(?:&\\s+)?(?:${any('idDropped')})\\.?$`),
    acrossDropped: new RegExp(`,?\\s+(?:&\\s+)?(?:${any('acrossDropped')})\\.?$`),
    generic: new RegExp(`\\s+(?:${any('generic')})$`),
    unitWords: new Set(words('unitWords').map((w) => w.toLowerCase())),
    shortFormRest: new Set(words('shortFormRest')),
  };
  return PATTERNS;
}

/** A company's legal suffix as one word ("Corp", "Inc.", "plc", "AG", "GmbH", "L.P."): a name's end, never a name of its own. */
export function isLegalSuffixWord(w: string): boolean {
  return suffixPatterns().legalWord.test(w);
}

/** A word of running text that is a legal suffix, a comma or full stop after it or not ("Ltd,", "Corp."). */
export function isLegalSuffixToken(w: string): boolean {
  return isLegalSuffixWord(w.replace(/[.,]$/, ''));
}

/**
 * A legal suffix as written, or one written in capitals throughout, as in a heading ("ACME HOLDINGS INC", "CORP."):
 * "Se" of "Kim Se" and "Sa" of "De Sa" are no suffix, "INC" is.
 */
function isLegalSuffixAnyCaps(w: string): boolean {
  const p = suffixPatterns();
  if (p.legalWord.test(w)) return true;
  return w === w.toUpperCase() && p.legalUpper.has(w.replace(/\.$/, ''));
}

/**
 * A word that ends a company's name ("Inc", "Corp.", "INC", "Group", "Cos"): the name runs on no further after it
 * ("Daniels Pharmaceuticals Inc" of St. Petersburg).
 */
export function isCompanySuffix(w: string): boolean {
  const p = suffixPatterns();
  return isLegalSuffixAnyCaps(w) || p.genericWords.has(w.toLowerCase());
}

