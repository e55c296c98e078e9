import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { splitSentences } from '../../src/extract/tokenize.js';
import type { EntitySpan } from '../../src/extract/types.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import { loadOrgVerifier } from '../../src/pipeline/models.js';
import { makeLexicon } from '../../src/resolve/corpus-lexicon.js';
import {
  CURATED,
  organizationFeatures,
  orgVerifierFromFile,
  verifierKeeps,
  verifierScore,
  type OrgVerifierFile,
  type VerifierContext,
} from '../../src/resolve/org-verifier.js';
import { bestThreshold, censusKinds, foldOf, inFraction, orgVerifierFile, outOfFoldScores, trainOrgVerifier, type OrgExample } from '../../src/train/org-verifier.js';
import { testDir } from '../support/temp-dir.js';

const EMPTY_LEX = makeLexicon({});

/** An organization of `text` at every occurrence of `name`, with the context the features read. */
function orgIn(text: string, name: string, opts: { tagged?: EntitySpan[]; lexicon?: VerifierContext['lexicon']; personWords?: string[] } = {}) {
  const mentions = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) mentions.push({ start: i, end: i + name.length, text: name });
  const tagged = opts.tagged ?? mentions.map((m) => ({ ...m, label: 'ORG' as const }));
  // The article's tokens, as the pipeline gives them.
  const tokens = splitSentences(text).flatMap((s) => s.tokens);
  const ctx: VerifierContext = { text, tagged, lexicon: opts.lexicon ?? EMPTY_LEX, titleEnd: 0, personWords: new Set(opts.personWords ?? []), tokens };
  return { org: { name, aliases: [], mentions }, ctx };
}

const featuresOf = (text: string, name: string, opts: Parameters<typeof orgIn>[2] = {}) => {
  const { org, ctx } = orgIn(text, name, opts);
  return organizationFeatures(org, ctx);
};

describe('organization verifier features', () => {
  it("reads a name's shape: acronym, legal suffix, digits, length", () => {
    const acronym = featuresOf('Analysts said the OECD cut its forecast.', 'OECD');
    expect(acronym).toContain('shape:acronym');
    expect(acronym).toContain('one:oecd');
    expect(acronym).not.toContain('shape:suffix');
    const firm = featuresOf('Shares of Acme Widgets Inc rose.', 'Acme Widgets Inc');
    expect(firm).toContain('shape:suffix');
    expect(firm).toContain('head:inc');
    expect(firm).toContain('first:acme');
    expect(firm).toContain('len:3');
    expect(firm).not.toContain('shape:acronym');
    expect(featuresOf('The S&P 500 fell.', 'S&P 500')).toEqual(expect.arrayContaining(['shape:digit', 'shape:amp']));
  });

  it('reads a lower-case word of a body\'s kind right beside a mention, pooled by kind', () => {
    const radio = featuresOf('Gallois told Kossuth radio the deal was done.', 'Kossuth');
    expect(radio).toEqual(expect.arrayContaining(['kindR1:media', 'R1:radio']));
    expect(featuresOf('It ran in the daily Ta Nea on Monday.', 'Ta Nea')).toContain('kindL1:media');
    expect(featuresOf('His Socialist party lost.', 'Socialist')).toContain('kindR1:party');
    // Not a capitalised word (a longer name's or a title), nor a lower-case word of no kind, nor one farther away.
    for (const [text, name] of [['Gallois told Kossuth Radio the deal.', 'Kossuth'], ['Shares of Acme rose.', 'Acme'], ['Acme said its radio unit grew.', 'Acme']]) {
      expect(featuresOf(text, name).filter((x) => /^kind[LR]1:/.test(x))).toEqual([]);
    }
  });

  it("marks a name written once whose words say a body's kind", () => {
    expect(featuresOf('He spoke at the Asia Society in New York.', 'Asia Society')).toContain('once:kind');
    expect(featuresOf('A member of the Commission on Public Integrity said so.', 'Commission on Public Integrity')).toContain('once:kind');
    // Not a name written twice, nor one whose words say no kind.
    expect(featuresOf('The Asia Society said the Asia Society would meet.', 'Asia Society')).not.toContain('once:kind');
    expect(featuresOf('He bought a Zune Marketplace song.', 'Zune Marketplace')).not.toContain('once:kind');
  });

  it("reads a firm's or a person's words around a mention, pooled", () => {
    expect(featuresOf('Zorbex shares rose 3 percent.', 'Zorbex')).toContain('cue:firm');
    expect(featuresOf('said an analyst at Zorbex in London.', 'Zorbex')).toContain('cue:firm');
    expect(featuresOf('Zorbex said he would stay.', 'Zorbex')).toContain('cue:person');
    // Neither where the words around say nothing of the kind.
    const plain = featuresOf('Zorbex rose in London.', 'Zorbex');
    expect(plain).not.toContain('cue:firm');
    expect(plain).not.toContain('cue:person');
  });

  it("reads the kind of organization its words say: the head's, before a legal suffix, and the other words' apart", () => {
    const body = featuresOf('Analysts at the Heritage Foundation said so.', 'Heritage Foundation');
    expect(body).toContain('kind:civil');
    expect(body.filter((x) => x.startsWith('haskind:'))).toEqual([]);
    const ministry = featuresOf('The Ministry of Economics said on Monday.', 'Ministry of Economics');
    expect(ministry).toEqual(expect.arrayContaining(['haskind:government', 'shape:connector']));
    expect(ministry.filter((x) => x.startsWith('kind:'))).toEqual([]);
    expect(featuresOf('Shares of Acme Holdings Ltd rose.', 'Acme Holdings Ltd')).toContain('kind:firm');
    expect(featuresOf('The Social Democrats won.', 'Social Democrats')).toContain('kind:party');
    // Words of no kind give no kind feature; a connector at the name's edge is none ("Amazon", "Chukchi Sea", "Of Mice").
    for (const [text, name] of [['The Amazon is burning.', 'Amazon'], ['Ships in the Chukchi Sea drilled.', 'Chukchi Sea'], ['He read Of Mice today.', 'Of Mice']]) {
      const f = featuresOf(text, name);
      expect(f.filter((x) => /^(has)?kind:/.test(x))).toEqual([]);
      expect(f).not.toContain('shape:connector');
    }
  });

  it('reads the words around each mention, names and tickers by their shape', () => {
    const f = featuresOf('He said shares of Acme Corp ACME.N rose, and Acme Corp said on Monday it would cut jobs.', 'Acme Corp');
    expect(f).toEqual(expect.arrayContaining(['L2:shares of', 'L1:of', 'R1:<ticker>', 'R1:said', 'R2:said on', 'L1:and', 'mentions:2']));
    const index = featuresOf('In Europe the KBW Bank Index rose 2 percent.', 'KBW Bank Index');
    expect(index).toEqual(expect.arrayContaining(['L1:the', 'L2:<Cap> the', 'R1:rose', 'head:index', 'headR1:index|rose']));
    expect(index).not.toContain('R1:said');
  });

  it('splits the words around a mention as the tokenizer does: a possessive and a bracket are words of their own', () => {
    const f = featuresOf("The company's Acme unit's sales rose, and shares of Acme (ACME.N) fell.", 'Acme');
    expect(f).toEqual(expect.arrayContaining(["L1:'s", "L2:company 's", 'R1:unit', "R2:unit 's", 'R1:(', 'R2:( <ticker>']));
    expect(f).not.toContain("L1:company's");
  });

  it("reads the tagger's labels over the mentions, and whether a rule made it an organization", () => {
    const text = 'Acme rose. Acme fell.';
    const both = featuresOf(text, 'Acme');
    expect(both).toEqual(expect.arrayContaining(['tag:ORG', 'tagall:ORG']));
    expect(both).not.toContain('tag:noORG');
    const one = featuresOf(text, 'Acme', { tagged: [{ start: 0, end: 4, text: 'Acme', label: 'PER' }] });
    expect(one).toEqual(expect.arrayContaining(['tag:PER', 'tag:O', 'tag:noORG']));
    expect(one).not.toContain('tagall:PER');
  });

  it("reads the corpus lexicon's label for the name, and the curated list", () => {
    const lexicon = makeLexicon({ Acme: { tagged: [0, 40, 0, 0], docs: 20, cues: [0, 12, 0] } });
    expect(featuresOf('Acme rose.', 'Acme', { lexicon })).toEqual(expect.arrayContaining(['lex:ORG', 'lex:ORG:hi', 'lex:n:20-99', 'lexcue:ORG']));
    expect(featuresOf('Acme rose.', 'Acme')).toContain('lex:none');
  });

  it('reads the label of a name the lexicon knows only in another case, apart from the name itself', () => {
    const lexicon = makeLexicon({ Rabobank: { tagged: [0, 40, 0, 0], docs: 20 }, RaboBank: { tagged: [0, 2, 0, 0], docs: 2 }, YouTube: { tagged: [0, 5, 0, 15], docs: 10 } });
    const caps = featuresOf('RABOBANK said.', 'RABOBANK', { lexicon });
    expect(caps).toEqual(expect.arrayContaining(['lex:none', 'lexcase:ORG', 'lexcase:ORG:hi']));
    expect(caps).not.toContain('lex:ORG');
    expect(featuresOf('Youtube said.', 'Youtube', { lexicon })).toEqual(expect.arrayContaining(['lex:none', 'lexcase:MISC', 'lexcase:MISC:mid']));
  });

  it('reads the most counted of the spellings that fold alike, whichever comes first', () => {
    const lexicon = makeLexicon({ RaboBank: { tagged: [2, 0, 0, 0], docs: 2 }, Rabobank: { tagged: [0, 40, 0, 0], docs: 20 }, RABOBANk: { tagged: [0, 0, 3, 0], docs: 3 } });
    const caps = featuresOf('RABOBANK said.', 'RABOBANK', { lexicon });
    expect(caps).toContain('lexcase:ORG');
    expect(caps.some((f) => f.startsWith('lexcase:PER') || f.startsWith('lexcase:LOC'))).toBe(false);
  });

  it('reads no other-case label for a name the lexicon knows as written, or does not know in any case', () => {
    const lexicon = makeLexicon({ Rabobank: { tagged: [0, 40, 0, 0], docs: 20 } });
    expect(featuresOf('Rabobank said.', 'Rabobank', { lexicon }).some((f) => f.startsWith('lexcase:'))).toBe(false);
    expect(featuresOf('Sydbank said.', 'Sydbank', { lexicon })).toEqual(expect.arrayContaining(['lex:none']));
    expect(featuresOf('Sydbank said.', 'Sydbank', { lexicon }).some((f) => f.startsWith('lexcase:'))).toBe(false);
  });

  it("finds the lexicon's entry for a name as the tokenizer splits it: a possessive is a word of its own", () => {
    const lexicon = makeLexicon({ "McDonald 's Corp": { tagged: [0, 40, 0, 0], docs: 20 }, Macy: { tagged: [1, 40, 0, 0], docs: 20 } });
    expect(featuresOf("McDonald's Corp rose.", "McDonald's Corp", { lexicon })).toEqual(expect.arrayContaining(['lex:ORG', 'lex:ORG:hi']));
    expect(featuresOf("Macy's rose.", "Macy's", { lexicon })).toEqual(expect.arrayContaining(['lex:ORG', 'lex:ORG:hi']));
    expect(featuresOf("Macy's rose.", "Macy's")).toContain('lex:none');
    expect(featuresOf('The International Monetary Fund said.', 'International Monetary Fund')).toContain(CURATED);
    expect(featuresOf('Acme rose.', 'Acme')).not.toContain(CURATED);
  });

  it("marks a name that shares a word with one of the article's people, and one after a country's word", () => {
    expect(featuresOf('Jim Ritterbusch of Ritterbusch & Associates said.', 'Ritterbusch & Associates', { personWords: ['jim', 'ritterbusch'] })).toContain('personword');
    expect(featuresOf('Acme said.', 'Acme', { personWords: ['jim'] })).not.toContain('personword');
    expect(featuresOf('The U.S. Treasury said.', 'U.S. Treasury')).toContain('first:country');
    expect(featuresOf('Acme said.', 'Acme')).not.toContain('first:country');
    // A name ending in a country; after a word of the article's people, the person-and-country feature too.
    const withClinton = featuresOf("Lavrov spoke with Clinton Russia's position in mind.", 'Clinton Russia', { personWords: ['hillary', 'clinton'] });
    expect(withClinton).toContain('last:country');
    expect(withClinton).toContain('person+country');
    const airline = featuresOf('Air France said.', 'Air France', { personWords: ['hillary', 'clinton'] });
    expect(airline).toContain('last:country');
    expect(airline).not.toContain('person+country');
    expect(featuresOf('France said.', 'France')).not.toContain('last:country');
    expect(featuresOf('Clinton Foundation said.', 'Clinton Foundation', { personWords: ['clinton'] })).not.toContain('person+country');
  });
});

describe('organization verifier decision', () => {
  const model = orgVerifierFromFile({ format: 1, threshold: 0, meta: {}, weights: [['bias', 1], ['head:index', -3], ['R1:said', 2]] });

  it('keeps what scores at the threshold or above and drops the rest', () => {
    const firm = orgIn('Acme said it would cut jobs.', 'Acme');
    const index = orgIn('The KBW Bank Index rose.', 'KBW Bank Index');
    expect(verifierScore(model, organizationFeatures(firm.org, firm.ctx))).toBe(3);
    expect(verifierScore(model, organizationFeatures(index.org, index.ctx))).toBe(-2);
    expect(verifierKeeps(model, organizationFeatures(firm.org, firm.ctx))).toBe(true);
    expect(verifierKeeps(model, organizationFeatures(index.org, index.ctx))).toBe(false);
    expect(verifierKeeps(model, ['bias'])).toBe(true);
    expect(verifierKeeps({ ...model, threshold: 1.5 }, ['bias'])).toBe(false);
  });

  it('keeps an organization the curated list knows whatever the model scores', () => {
    expect(verifierKeeps(model, ['bias', 'head:index'])).toBe(false);
    expect(verifierKeeps(model, ['bias', 'head:index', CURATED])).toBe(true);
  });

  it('loads no verifier when there is no model file', () => {
    expect(loadOrgVerifier(path.join(tmpdir(), 'no-such-verifier.json.gz'))).toBeNull();
  });

  it('refuses a model file of another shape, naming the file and the reason', () => {
    const dir = testDir('org-verifier-');
    const write = (name: string, bytes: Buffer) => {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      return file;
    };
    const gz = (x: unknown) => gzipSync(Buffer.from(JSON.stringify(x)));
    const corrupt = write('corrupt.json.gz', Buffer.from('not gzip'));
    expect(() => loadOrgVerifier(corrupt)).toThrow(/organization verifier .*corrupt\.json\.gz: incorrect header check/);
    const empty = write('empty.json.gz', gz({}));
    expect(() => loadOrgVerifier(empty)).toThrow(/empty\.json\.gz: unsupported organization verifier format undefined/);
    const format2 = write('format2.json.gz', gz({ format: 2, threshold: 0, meta: {}, weights: [] }));
    expect(() => loadOrgVerifier(format2)).toThrow(/format2\.json\.gz: unsupported organization verifier format 2/);
    const noThreshold = write('nothreshold.json.gz', gz({ format: 1, meta: {}, weights: [] }));
    expect(() => loadOrgVerifier(noThreshold)).toThrow(/nothreshold\.json\.gz: threshold undefined is not a finite number/);
    const noWeights = write('noweights.json.gz', gz({ format: 1, threshold: 0.2, meta: {}, weights: { bias: 1 } }));
    expect(() => loadOrgVerifier(noWeights)).toThrow(/noweights\.json\.gz: weights is not an array/);
    const badRow = write('badrow.json.gz', gz({ format: 1, threshold: 0.2, meta: {}, weights: [['bias', 'x']] }));
    expect(() => loadOrgVerifier(badRow)).toThrow(/badrow\.json\.gz: weight row \["bias","x"\]/);
    expect(() => orgVerifierFromFile(null)).toThrow(/not a JSON object/);
    // A well-formed file loads.
    const good = write('good.json.gz', gz({ format: 1, threshold: 0.2, meta: {}, weights: [['bias', 1]] }));
    expect(loadOrgVerifier(good)).toEqual({ weights: new Map([['bias', 1]]), threshold: 0.2 });
  });

  it('through the pipeline, drops what it reads as no organization and keeps the rest', () => {
    // The rain forest, tagged a place, is an organization for resolution (the lexicon knows the firm): the shipped model drops it.
    const text =
      'Oil firm to drill in Amazon\n2006-10-22 10:00:00.0\nLIMA (Reuters) - Acme Corp said on Monday it would drill for oil in the Amazon ' +
      'rain forest. The International Monetary Fund said growth would slow. Shares of Acme Corp fell on the Nasdaq.';
    const article = parseArticle(text, 'verifier-test');
    const all = extractArticle(article, { orgVerifier: null }).organizations.map((o) => o.name);
    const kept = extractArticle(article).organizations.map((o) => o.name);
    expect(all).toContain('Amazon');
    expect(kept).not.toContain('Amazon');
    expect(kept).toEqual(all.filter((name) => name !== 'Amazon'));
    expect(kept).toEqual(expect.arrayContaining(['Acme Corp', 'International Monetary Fund']));
  });
});

describe('organization verifier training', () => {
  const examples: OrgExample[] = [];
  for (let a = 0; a < 20; a++) {
    examples.push({ article: `a${a}`, features: ['bias', 'R1:said', `only:${a}`], positive: true });
    examples.push({ article: `a${a}`, features: ['bias', 'head:index'], positive: false });
  }

  it('learns the same weights, and writes the same bytes, from the same examples', () => {
    const w1 = trainOrgVerifier(examples);
    const w2 = trainOrgVerifier(examples);
    expect([...w1]).toEqual([...w2]);
    expect(w1.get('R1:said')!).toBeGreaterThan(0);
    expect(w1.get('head:index')!).toBeLessThan(0);
    expect(orgVerifierFile(w1, 0.1, { C: 1 }).equals(orgVerifierFile(w2, 0.1, { C: 1 }))).toBe(true);
  });

  it("gives every organization the feature 'bias', where the learner's intercept is kept", () => {
    expect(featuresOf('Acme said it would cut jobs.', 'Acme')).toContain('bias');
    expect(featuresOf('The KBW Bank Index rose.', 'KBW Bank Index')).toContain('bias');
  });

  it('keeps every feature by default, even one seen once', () => {
    expect(trainOrgVerifier(examples).has('only:3')).toBe(true);
  });

  it('learns the same weights from the same examples in another order', () => {
    const shuffled = [...examples].reverse();
    const a = trainOrgVerifier(examples);
    const b = trainOrgVerifier(shuffled);
    expect(orgVerifierFile(a, 0.1, {}).equals(orgVerifierFile(b, 0.1, {}))).toBe(true);
  });

  it("adds the learner's intercept to the weight of 'bias', which every organization's features carry", () => {
    // 21 of 30 positive, nothing but 'bias': the fitted score is the log-odds of 0.7 (a weak penalty at C 100). Without
    // the intercept 'bias' would hold about half of it (the penalty splits a sum between two equal columns).
    const only = Array.from({ length: 30 }, (_, i) => ({ article: `b${i}`, features: ['bias'], positive: i < 21 }));
    expect(trainOrgVerifier(only, { C: 100 }).get('bias')!).toBeCloseTo(Math.log(0.7 / 0.3), 1);
  });

  it('leaves out features seen in fewer than minCount examples, and writes weights sorted and rounded', () => {
    const w = trainOrgVerifier(examples, { minCount: 2 });
    expect(w.has('only:3')).toBe(false);
    const file = JSON.parse(gunzipSync(orgVerifierFile(w, 0.1, {})).toString('utf8')) as OrgVerifierFile;
    const names = file.weights.map(([f]) => f);
    expect(names).toEqual([...names].sort());
    for (const [, x] of file.weights) expect(Math.round(x * 1e6) / 1e6).toBe(x);
    expect(file.threshold).toBe(0.1);
    const dir = testDir('orgver-');
    writeFileSync(path.join(dir, 'm.json.gz'), orgVerifierFile(w, 0.1, {}));
    expect(loadOrgVerifier(path.join(dir, 'm.json.gz'))!.threshold).toBe(0.1);
  });

  it('folds by article, and scores each example with a model that never saw its article', () => {
    expect(foldOf('a1', 5)).toBe(foldOf('a1', 5));
    expect(new Set(examples.map((e) => foldOf(e.article, 5))).size).toBeGreaterThan(1);
    // Each article's examples carry a feature of that article only: a model that saw the article weighs it, one
    // that did not has no weight for it, so every out-of-fold score is exactly zero.
    const own = examples.map((e) => ({ ...e, features: [`article:${e.article}`] }));
    const oof = outOfFoldScores(own, 5, { minCount: 1 });
    expect([...oof].every((z) => z === 0)).toBe(true);
    const seen = trainOrgVerifier(own, { minCount: 1 });
    expect(seen.get('article:a3')).not.toBeUndefined();
  });

  it("scores out of fold as the pipeline decides: a curated organization's score is Infinity, the others the model's", () => {
    const withCurated = [...examples, { article: 'a0', features: ['bias', 'head:index', CURATED], positive: true }];
    const oof = outOfFoldScores(withCurated, 5);
    expect(oof[withCurated.length - 1]).toBe(Infinity);
    expect(oof[1]).toBeLessThan(0);
    expect(Number.isFinite(oof[1])).toBe(true);
  });

  it('draws a fixed share of the articles by seed: nested as the share grows, whole for 1', () => {
    const names = Array.from({ length: 400 }, (_, i) => `article-${i}`);
    const quarter = names.filter((n) => inFraction(n, 0.25, 1));
    const half = names.filter((n) => inFraction(n, 0.5, 1));
    expect(quarter.length).toBeGreaterThan(60);
    expect(quarter.length).toBeLessThan(140);
    for (const n of quarter) expect(half).toContain(n);
    expect(names.every((n) => inFraction(n, 1, 7))).toBe(true);
    expect(names.filter((n) => inFraction(n, 0.25, 2))).not.toEqual(quarter);
    expect(names.filter((n) => inFraction(n, 0.25, 1))).toEqual(quarter);
  });

  it('out of fold, learns only from the articles allowed, yet scores every example', () => {
    // Only a0..a9 teach; a feature only a12 carries is then never weighed, one a3 carries is when a3 is out of the fold.
    const own = examples.map((e) => ({ ...e, features: [...e.features, 'shared'] }));
    own.push({ article: 'a12', features: ['rare'], positive: true }, { article: 'a13', features: ['rare'], positive: true });
    const learnFrom = (a: string) => Number(a.slice(1)) < 10;
    const oof = outOfFoldScores(own, 5, { minCount: 1 }, learnFrom);
    expect(oof.length).toBe(own.length);
    expect(oof[own.length - 1]).toBe(0);
    const all = outOfFoldScores(own, 5, { minCount: 1 });
    expect(all[own.length - 1]).not.toBe(0);
  });

  it('out of fold, learns from another set of the same articles (another tagger\'s view) without seeing the fold\'s', () => {
    // The second view carries a feature of its article only: had a fold's model learnt from its own articles' second
    // view, the scored example would get that weight.
    const own = examples.map((e) => ({ ...e, features: [`article:${e.article}`] }));
    // (its positives only carry 'otherview', so a model that learnt from that view weighs it above zero)
    const otherView = examples.map((e) => ({ ...e, features: [`article:${e.article}`, ...(e.positive ? ['otherview'] : [])] }));
    const oof = outOfFoldScores(own, 5, { minCount: 1 }, () => true, [...own, ...otherView]);
    expect([...oof].every((z) => z === 0)).toBe(true);
    // ...and it does learn from the other articles' second view: a feature only that view carries gets weighed.
    const probe = [...own, { article: 'a0', features: ['otherview'], positive: true }];
    const withView = outOfFoldScores(probe, 5, { minCount: 1 }, () => true, [...own, ...otherView]);
    const withoutView = outOfFoldScores(probe, 5, { minCount: 1 });
    expect(withoutView[probe.length - 1]).toBe(0);
    expect(withView[probe.length - 1]).toBeGreaterThan(0);
  });

  it('counts a feature within one view: an organization read through two taggers is not two examples of it', () => {
    const once = { article: 'a1', features: ['bias', 'once:1'], positive: true };
    const base = examples.map((e) => ({ ...e }));
    // The same organization in both views: still seen once per view, so left out at minCount 2...
    expect(trainOrgVerifier([...base, once, { ...once, view: 1 }], { minCount: 2 }).has('once:1')).toBe(false);
    // ...while two organizations of one view keep it, whichever the view.
    expect(trainOrgVerifier([...base, once, { ...once, article: 'a2' }], { minCount: 2 }).has('once:1')).toBe(true);
    expect(trainOrgVerifier([...base, once, { ...once, view: 1 }, { ...once, article: 'a2', view: 1 }], { minCount: 2 }).has('once:1')).toBe(true);
  });

  it('chooses the threshold of the best F1, the highest of equals', () => {
    expect(bestThreshold([-1, 0, 1, 2], (t) => (t === 1 ? 0.9 : 0.8)).threshold).toBe(1);
    expect(bestThreshold([-1, 0, 1], () => 0.5).threshold).toBe(1);
  });

  it('with a radius, chooses the middle of the best plateau, not a lone peak of the raw curve', () => {
    // A lone spike at 0.1, a broad plateau around 0.5 a little lower than the spike.
    const curve: Record<string, number> = { '0': 0.8, '0.1': 0.935, '0.2': 0.9, '0.3': 0.928, '0.4': 0.931, '0.5': 0.933, '0.6': 0.931, '0.7': 0.929, '0.8': 0.9 };
    const grid = Object.keys(curve).map(Number);
    const f1At = (t: number) => curve[String(t)];
    expect(bestThreshold(grid, f1At).threshold).toBe(0.1);
    const smooth = bestThreshold(grid, f1At, 2);
    expect(smooth.threshold).toBe(0.5);
    expect(smooth.f1).toBe(0.933);
    expect(smooth.smoothed).toBeCloseTo((0.928 + 0.931 + 0.933 + 0.931 + 0.929) / 5, 10);
    // Scores each threshold once.
    let calls = 0;
    bestThreshold(grid, (t) => (calls++, f1At(t)), 2);
    expect(calls).toBe(grid.length);
  });

  it('with a radius, averages fewer neighbours at the ends of the grid', () => {
    // The first point's mean is over itself and the next two only: (0.95 + 0.94 + 0.6) / 3 beats the rest.
    const f1s = [0.95, 0.94, 0.6, 0.5, 0.5];
    const best = bestThreshold([0, 1, 2, 3, 4], (t) => f1s[t], 2);
    expect(best.threshold).toBe(0);
    expect(best.smoothed).toBeCloseTo((0.95 + 0.94 + 0.6) / 3, 10);
  });
});

describe('censusKinds', () => {
  it('counts a one-word acronym named once, tagged ORG everywhere, unknown to the lexicon', () => {
    expect(censusKinds(['bias', 'len:<2', 'shape:acronym', 'mentions:<2', 'tag:ORG', 'tagall:ORG', 'lex:none'])).toEqual(['named once', 'source tagged ORG all', 'one word, acronym', 'not in the lexicon']);
  });
  it('counts a body named by its kind at the head apart from one whose kind word is elsewhere', () => {
    const head = censusKinds(['len:3', 'kind:government', 'haskind:legislature', 'mentions:2', 'tag:ORG', 'tag:O', 'lex:ORG']);
    expect(head).toEqual(['named twice', 'source tagged ORG some', 'body-kind head', 'named twice, body-kind head']);
    const inside = censusKinds(['len:3', 'haskind:government', 'mentions:5-9', 'tag:PER', 'tagall:PER', 'tag:noORG', 'titleonly']);
    expect(inside).toEqual(['named 3+', 'source tagall:PER', 'body-kind word not head', 'headline only']);
  });
  it('puts a curated name under the list whatever the tagger said, and a name of several words under no one-word kind', () => {
    const kinds = censusKinds(['len:2', 'curated', 'mentions:<2', 'tag:LOC', 'tagall:LOC', 'lex:LOC']);
    expect(kinds).toEqual(['named once', 'source curated']);
  });
});
