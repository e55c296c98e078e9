import { describe, expect, it } from 'vitest';
import { parseBodyOnly } from '../../src/article/parse.js';
import { countPossessiveNames, isPossessiveName, ownSAfter, possessiveNamesOf } from '../../src/extract/possessive-names.js';
import { normalizeOrganizationName } from '../../src/extract/organizations.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import { dropImpossibleSpans } from '../../src/resolve/spans.js';
import type { EntitySpan } from '../../src/extract/types.js';

describe("names whose 's is their own (data/ner/possessive-names.json)", () => {
  it('are words the corpus writes with their \'s far more often than without', () => {
    const texts = [
      "Sales at Macy's rose, and Obama's plan and Obama spoke.",
      "Shares of Macy's fell while Obama met Obama's aides.",
      "He said Macy's would cut jobs, as Obama said.",
      "A rival of Macy's grew; only Macy himself said so.",
    ];
    expect(possessiveNamesOf(countPossessiveNames(texts))).toEqual(["Macy's"]);
    // A name's second word is not counted: "Mao Zedong's" is his, however rarely "Zedong" stands alone.
    const mao = ["the works of Mao Zedong's era", "as Mao Zedong's heirs said", "a portrait of Mao Zedong's face"];
    expect(possessiveNamesOf(countPossessiveNames(mao))).toEqual([]);
    const list = new Set(["McDonald's"]);
    expect(isPossessiveName('McDonald’s', list)).toBe(true);
    expect(ownSAfter("shares of McDonald's rose", 10, 18, list)).toBe(2);
    expect(ownSAfter("Obama's plan", 0, 5, list)).toBe(0);
  });

  it('the built list holds the stores and agencies, not people', () => {
    expect(isPossessiveName("McDonald's")).toBe(true);
    expect(isPossessiveName("Moody's")).toBe(true);
    expect(isPossessiveName("Sotheby's")).toBe(true);
    expect(isPossessiveName("Obama's")).toBe(false);
    // Nor a disease, a day or a group the counts let through (the file's curated notNames).
    expect(isPossessiveName("Alzheimer's")).toBe(false);
    expect(isPossessiveName("Valentine's")).toBe(false);
    expect(isPossessiveName("Zedong's")).toBe(false);
    expect(normalizeOrganizationName("Macy's")).toBe("Macy's");
    expect(normalizeOrganizationName("Citigroup's")).toBe('Citigroup');
  });

  it("keeps the 's in the organization, one node with and without a legal suffix, and no person McDonald", () => {
    // Resolution's names, before the learned verifier (which may drop a name of one mention the tagger did not tag).
    const x = extractArticle(
      parseBodyOnly("Shares of McDonald's Corp rose 2 percent on Monday, while Macy's Inc fell. Analysts said McDonald's would gain. Sotheby's sold a painting.", 'test'),
      { orgVerifier: null },
    );
    const orgs = x.organizations.map((o) => o.name);
    expect(orgs).toContain("McDonald's Corp");
    expect(orgs).toContain("Macy's Inc");
    expect(orgs).toContain("Sotheby's");
    expect(orgs).not.toContain('McDonald');
    expect(orgs).not.toContain('Inc');
    expect(x.organizations.find((o) => o.name === "McDonald's Corp")!.aliases).toContain("McDonald's");
    expect(x.people.map((p) => p.name)).not.toContain('McDonald');
  });

  it("leaves a person named in full his own 's: Helmut Kohl's role is no Kohl's store", () => {
    const text = "Former chancellor Helmut Kohl spoke in Berlin on Monday. Merkel praised Kohl's role. Kohl's shares fell.";
    const span = (t: string, from = 0, label: EntitySpan['label'] = 'PER'): EntitySpan => ({ start: text.indexOf(t, from), end: text.indexOf(t, from) + t.length, text: t, label });
    const kohl = span('Kohl', text.indexOf('praised'));
    const kept = dropImpossibleSpans(text, [span('Helmut Kohl'), kohl]);
    expect(kept.find((e) => e.start === kohl.start)).toMatchObject({ label: 'PER', text: 'Kohl' });
    // Without the full name, the store.
    const alone = "Merkel praised Kohl's role.";
    const store = dropImpossibleSpans(alone, [{ start: 15, end: 19, text: 'Kohl', label: 'PER' }]);
    expect(store).toMatchObject([{ label: 'ORG', text: "Kohl's" }]);
  });
});
