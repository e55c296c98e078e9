import { describe, expect, it } from 'vitest';
import { makeLexicon } from '../../src/resolve/corpus-lexicon.ts';
import { makerBeforeProduct } from '../../src/resolve/org-products.ts';

// tagged counts [PER, ORG, LOC, MISC]; cues [PER, ORG, LOC]
const lex = makeLexicon({
  Nintendo: { tagged: [0, 93, 0, 0], docs: 28, cues: [0, 44, 0] },
  Samsung: { tagged: [0, 900, 0, 0], docs: 400, cues: [0, 300, 0] },
  Apple: { tagged: [0, 3000, 0, 0], docs: 900, cues: [0, 882, 0] },
  Ford: { tagged: [0, 1832, 0, 0], docs: 376, cues: [3, 130, 0] },
  'Ford Focus': { tagged: [0, 6, 0, 0], docs: 6 },
  'GMC Acadia': { tagged: [0, 7, 0, 0], docs: 5 },
  'Honda Fit': { tagged: [0, 4, 0, 0], docs: 3 },
  'Nissan Rare': { tagged: [0, 1, 0, 0], docs: 1 },
  'Chrysler Financial': { tagged: [0, 27, 0, 0], docs: 20, cues: [0, 1, 0] },
  Focus: { tagged: [0, 55, 0, 0], docs: 31, cues: [0, 5, 0] },
  Mazda: { tagged: [0, 400, 0, 0], docs: 150, cues: [0, 90, 0] },
  Samancor: { tagged: [0, 3, 0, 0], docs: 2 },
  Bloomberg: { tagged: [0, 500, 0, 0], docs: 300, cues: [0, 60, 0] },
  'Sony Ericsson': { tagged: [0, 100, 0, 0], docs: 60 },
  Sony: { tagged: [0, 900, 0, 0], docs: 400, cues: [0, 200, 0] },
});
const maker = (surface: string, text = `It sold the ${surface} in stores.`) => makerBeforeProduct(text, surface, lex);

describe('makerBeforeProduct: a maker with its product after it', () => {
  it("keeps the maker of a product the corpus writes as one (data/ner/product-names.json)", () => {
    expect(maker('Nintendo Wii')).toBe('Nintendo');
    expect(maker('Samsung Galaxy Tab')).toBe('Samsung');
    // A brand the corpus writes as a product is still a maker here; the caller then judges it as any name.
    expect(maker('Chevy Volt')).toBe('Chevy');
  });

  it("takes an automaker's next capitalised words for its model when the corpus knows the whole name as a model's", () => {
    expect(maker('GMC Acadia')).toBe('GMC');
    expect(maker('Honda Fit')).toBe('Honda');
    // The corpus tags the whole name without a company's context, though it tags "Focus" alone as a firm's.
    expect(maker('Ford Focus')).toBe('Ford');
  });

  it('keeps whole an automaker\'s name with words the corpus does not know as a model\'s (joint ventures, affiliates)', () => {
    expect(maker('BMW Brilliance')).toBeUndefined();
    expect(maker('Nissan Shatai')).toBeUndefined();
    expect(maker('Toyota Zenbu')).toBeUndefined();
    // Tagged once only: too little to call it a model.
    expect(maker('Nissan Rare')).toBeUndefined();
  });

  it('leaves a maker alone and a company named after one', () => {
    expect(maker('Ford')).toBeUndefined();
    expect(maker('Ford Motor')).toBeUndefined();
    expect(maker('Ford Motor Co')).toBeUndefined();
    expect(maker('Ford Credit')).toBeUndefined();
    expect(maker('Volvo Cars')).toBeUndefined();
    expect(maker('Toyota Australia')).toBeUndefined();
    expect(maker('Toyota Tsusho')).toBeUndefined();
    expect(maker('Porsche Automobil Holding')).toBeUndefined();
    // The corpus writes the whole name with a company's context.
    expect(maker('Chrysler Financial')).toBeUndefined();
    // A firm the corpus mostly tags as one, with a company's contexts, after the automaker.
    expect(maker('Ford Mazda')).toBeUndefined();
    // A firm's kind word: "General Motors Co's Chevrolet unit" names the maker, not a model.
    expect(maker('Chevrolet Division')).toBeUndefined();
  });

  it('needs a maker before the product, and the product to be no channel', () => {
    // No maker the corpus knows: a club's or a miner's own name.
    expect(maker('FC Basel')).toBeUndefined();
    expect(maker('Samancor Chrome')).toBeUndefined();
    // A maker outside the automakers is cut only before a product the corpus writes as one.
    expect(maker('Apple Watchtower')).toBeUndefined();
    expect(maker('Apple TV')).toBeUndefined();
    expect(maker('Bloomberg TV')).toBeUndefined();
  });

  it('keeps a whole name the article writes as a company', () => {
    const text = 'Nintendo Wii said on Monday it would cut prices.';
    expect(makerBeforeProduct(text, 'Nintendo Wii', lex)).toBeUndefined();
  });
});

describe('makerBeforeProduct on a long span', () => {
  it('reads only a few words for the maker and the product, not every split of a run of capitals', () => {
    const long = `${'Zeta '.repeat(20_000)}Nintendo Wii`;
    const t0 = performance.now();
    expect(makerBeforeProduct(long, long, lex)).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
