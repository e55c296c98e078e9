/**
 * Corpus evidence that a name is a product's (scripts/build-product-names.ts writes data/ner/product-names.json):
 * across the Reuters corpus, how often a name stands where a product stands and how often where a company does.
 * Product contexts (cue words in data/ner/org-things.json): a determiner before the name and a product noun after it
 * ("the Prius hybrid", "its Xbox console"), or a model number then a product noun ("the Xbox 360 console"; not "the S&P 500 index");
 * a product noun right before it ("cholesterol drug Lipitor", "the smartphone Galaxy"); a launch verb and a determiner before it ("unveiled the Surface", "recalled its Jeep"); "sales of the X". A maker
 * stands there too ("a Boeing jet", "the Airbus A380"), but also where only a company stands ("Boeing said", "X Inc",
 * "shares of X", "X's chief"): a product name has far more product contexts than company ones.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Token } from '../extract/types.js';

interface ProductCueWords {
  determiners: string[];
  productNouns: string[];
  launchVerbs: string[];
  ofNouns: string[];
  companyAfter: string[];
}

const DATA_PATH = fileURLToPath(new URL('../../data/ner/org-things.json', import.meta.url));

export interface ProductCueSets {
  det: Set<string>;
  noun: Set<string>;
  launch: Set<string>;
  of: Set<string>;
  company: Set<string>;
}

export function loadProductCues(): ProductCueSets {
  const raw = JSON.parse(readFileSync(DATA_PATH, 'utf8')) as ProductCueWords;
  return {
    det: new Set(raw.determiners),
    noun: new Set(raw.productNouns),
    launch: new Set(raw.launchVerbs),
    of: new Set(raw.ofNouns),
    company: new Set(raw.companyAfter.filter((w) => !w.includes(' '))),
  };
}

/** A model number or code: "360", "S3", "A380", "F-150", "4S"; not a year. */
const MODEL = /^(?:[A-Z]{0,3}-?\d{1,4}[A-Za-z]{0,3}|[A-Z]{1,3}\d{1,3}[A-Za-z]?)$/;
const YEAR = /^(?:19|20)\d\d$/;

/** Product (0) and company (1) contexts of the occurrence toks[i..j]. */
export function productContext(toks: readonly Pick<Token, 'text'>[], i: number, j: number, c: ProductCueSets): [number, number] {
  const w = (k: number) => toks[k]?.text ?? '';
  const p1 = w(i - 1);
  const n1 = w(j + 1);
  const n2 = w(j + 2);
  const det = c.det.has(p1.toLowerCase());
  let product = false;
  if (det && (c.noun.has(n1) || c.launch.has(w(i - 2).toLowerCase()))) product = true;
  else if (c.noun.has(p1) && /^\p{Ll}/u.test(p1)) product = true;
  else if (det && MODEL.test(n1) && !YEAR.test(n1) && c.noun.has(n2)) product = true;
  else if (p1.toLowerCase() === 'the' && w(i - 2) === 'of' && c.of.has(w(i - 3).toLowerCase())) product = true;
  const company =
    c.company.has(n1) ||
    ((n1 === "'s" || n1 === '’s') && /^(?:chief|CEO|shares|board|shareholders)$/.test(n2)) ||
    (p1 === 'of' && /^(?:shares|stake)$/i.test(w(i - 2))) ||
    (p1 === 'at' && /^analysts?$/.test(w(i - 2)));
  return [product ? 1 : 0, company ? 1 : 0];
}

/** A name is written as a product when it has at least this many product contexts in this many articles ... */
export const PRODUCT_MIN = 3;
export const PRODUCT_DOCS = 2;
/** ... and at least this many times as many product contexts as company ones. */
export const PRODUCT_RATIO = 2;

/** Counts product and company contexts per name (names as token sequences joined by spaces), one article at a time. */
export class ProductCounter {
  readonly counts = new Map<string, { product: number; company: number; docs: number }>();
  private readonly firsts = new Set<string>();
  private readonly maxLen: number;
  private readonly cues = loadProductCues();

  constructor(private readonly names: ReadonlySet<string>) {
    let max = 1;
    for (const n of names) {
      const t = n.split(' ');
      this.firsts.add(t[0]);
      max = Math.max(max, t.length);
    }
    this.maxLen = max;
  }

  /** Adds one article's sentences (their tokens). */
  add(sentences: ReadonlyArray<{ tokens: readonly Pick<Token, 'text'>[] }>): void {
    const seen = new Set<string>();
    for (const s of sentences) {
      const toks = s.tokens;
      for (let i = 0; i < toks.length; i++) {
        if (!this.firsts.has(toks[i].text)) continue;
        let key = '';
        for (let n = 1; n <= this.maxLen && i + n <= toks.length; n++) {
          key = n === 1 ? toks[i].text : `${key} ${toks[i + n - 1].text}`;
          if (!this.names.has(key)) continue;
          const [p, co] = productContext(toks, i, i + n - 1, this.cues);
          if (p + co === 0) continue;
          const c = this.counts.get(key) ?? { product: 0, company: 0, docs: 0 };
          c.product += p;
          c.company += co;
          if (p && !seen.has(key)) {
            seen.add(key);
            c.docs++;
          }
          this.counts.set(key, c);
        }
      }
    }
  }

  /** The names written as products: enough product contexts, in enough articles, and few company ones. */
  products(): string[] {
    return [...this.counts]
      .filter(([, c]) => c.product >= PRODUCT_MIN && c.docs >= PRODUCT_DOCS && c.product >= PRODUCT_RATIO * c.company)
      .map(([k]) => k)
      .sort();
  }
}
