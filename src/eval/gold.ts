import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { parseArticle } from '../article/parse.js';
import type { Extraction } from '../extract/contract.js';
import { extractArticle } from '../pipeline/extract.js';
import { foldName } from '../article/names.js';

/**
 * Scores extraction against gold files in the format of shared/eval/GUIDE.md:
 * sets per article, names folded (case, accents, dots, hyphens), a gold entry
 * being one spelling or a list of acceptable ones; micro-averaged over a folder.
 */

const Spellings = z.union([z.string(), z.array(z.string()).min(1)]);
const GoldSchema = z.object({
  people: z.array(Spellings).default([]),
  countries: z.array(z.string().length(2)).default([]),
  organizations: z.array(Spellings).default([]),
  meetings: z.array(z.tuple([z.string(), z.string()])).default([]),
  not_meetings: z.array(z.tuple([z.string(), z.string()])).default([]),
});
export type Gold = z.infer<typeof GoldSchema>;

export const CATEGORIES = ['people', 'countries', 'organizations', 'meetings'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  name: string;
  counts: Record<Category, Counts>;
  misses: Record<Category, string[]>;
  falseAlarms: Record<Category, string[]>;
}

export interface GoldScores {
  articles: ArticleScore[];
  total: Record<Category, Counts & { precision: number; recall: number; f1: number }>;
}

type Entry = Set<string>;

const entry = (s: string | string[]): Entry => new Set((Array.isArray(s) ? s : [s]).map(foldName));

/** Matches predictions to gold entries one to one; returns the counts and what is left over. */
function matchSets(predicted: string[], gold: Entry[], show: (e: Entry) => string) {
  const left = [...gold];
  const falseAlarms: string[] = [];
  let tp = 0;
  for (const p of new Set(predicted.map(foldName))) {
    const i = left.findIndex((g) => g.has(p));
    if (i >= 0) {
      tp++;
      left.splice(i, 1);
    } else if (!gold.some((g) => g.has(p))) {
      falseAlarms.push(p);
    }
    // A second prediction of an already matched entity counts neither way: the guide scores sets.
  }
  return { counts: { tp, fp: falseAlarms.length, fn: left.length }, misses: left.map(show), falseAlarms };
}

/**
 * Organizations: matched by their name, then, for those whose name matches no entry left, by a spelling
 * the article used for them (their aliases). The guide's entry is an entity with its acceptable spellings
 * ("State Department", "U.S. State Department"); extraction names a known organization by its curated name
 * and keeps the article's spelling as an alias ("U.S. Securities and Exchange Commission" found as the
 * Securities and Exchange Commission). Still one to one: a prediction that matches no gold entry left,
 * by its name or a spelling, is a false alarm under its name (only a second prediction under a gold
 * entry's own name, already matched, counts neither way).
 */
function matchEntities(predicted: Array<{ name: string; aliases: readonly string[] }>, gold: Entry[], show: (e: Entry) => string) {
  const left = [...gold];
  const byName = new Map<string, string[]>();
  for (const p of predicted) {
    const name = foldName(p.name);
    byName.set(name, [...new Set([...(byName.get(name) ?? []), ...p.aliases.map(foldName)])]);
  }
  let tp = 0;
  const unmatched: Array<[string, string[]]> = [];
  for (const [name, aliases] of byName) {
    const i = left.findIndex((g) => g.has(name));
    if (i >= 0) {
      tp++;
      left.splice(i, 1);
    } else if (!gold.some((g) => g.has(name))) unmatched.push([name, aliases]);
  }
  const falseAlarms: string[] = [];
  for (const [name, aliases] of unmatched) {
    const i = left.findIndex((g) => aliases.some((a) => g.has(a)));
    if (i >= 0) {
      tp++;
      left.splice(i, 1);
    } else falseAlarms.push(name);
  }
  return { counts: { tp, fp: falseAlarms.length, fn: left.length }, misses: left.map(show), falseAlarms };
}

function pairsOf(x: Extraction): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const m of x.meetings) {
    // Only meetings are scored; planned, negated and remote contacts are not.
    if (m.status !== undefined) continue;
    for (let i = 0; i < m.participants.length; i++) {
      for (let j = i + 1; j < m.participants.length; j++) pairs.push([m.participants[i], m.participants[j]]);
    }
  }
  return pairs;
}

export function scoreArticle(name: string, x: Extraction, gold: Gold): ArticleScore {
  const people = gold.people.map(entry);
  const entityOf = (n: string) => people.find((e) => e.has(foldName(n))) ?? entry(n);
  const first = (e: Entry) => [...e][0];

  const goldPairs = gold.meetings.map(([a, b]) => [entityOf(a), entityOf(b)] as const);
  const predictedPairs = [...new Map(pairsOf(x).map(([a, b]) => {
    const key = [foldName(a), foldName(b)].sort().join(' + ');
    return [key, [foldName(a), foldName(b)] as const];
  })).values()];
  const pairLeft = [...goldPairs];
  const pairFalse: string[] = [];
  let pairTp = 0;
  for (const [a, b] of predictedPairs) {
    const i = pairLeft.findIndex(([ga, gb]) => (ga.has(a) && gb.has(b)) || (ga.has(b) && gb.has(a)));
    if (i >= 0) {
      pairTp++;
      pairLeft.splice(i, 1);
    } else pairFalse.push(`${a} + ${b}`);
  }

  const p = matchSets(x.people.map((q) => q.name), people, first);
  const c = matchSets(x.countries.map((q) => q.code), gold.countries.map((code) => entry(code)), first);
  const o = matchEntities(x.organizations, gold.organizations.map(entry), first);
  return {
    name,
    counts: {
      people: p.counts,
      countries: c.counts,
      organizations: o.counts,
      meetings: { tp: pairTp, fp: pairFalse.length, fn: pairLeft.length },
    },
    misses: {
      people: p.misses,
      countries: c.misses.map((s) => s.toUpperCase()),
      organizations: o.misses,
      meetings: pairLeft.map(([a, b]) => `${first(a)} + ${first(b)}`),
    },
    falseAlarms: {
      people: p.falseAlarms,
      countries: c.falseAlarms.map((s) => s.toUpperCase()),
      organizations: o.falseAlarms,
      meetings: pairFalse,
    },
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function totals(articles: ArticleScore[]): GoldScores['total'] {
  const total = {} as GoldScores['total'];
  for (const cat of CATEGORIES) {
    const sum = articles.reduce((acc, a) => ({ tp: acc.tp + a.counts[cat].tp, fp: acc.fp + a.counts[cat].fp, fn: acc.fn + a.counts[cat].fn }), { tp: 0, fp: 0, fn: 0 });
    const precision = ratio(sum.tp, sum.tp + sum.fp);
    const recall = ratio(sum.tp, sum.tp + sum.fn);
    total[cat] = { ...sum, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  }
  return total;
}

export async function loadGold(file: string): Promise<Gold> {
  const parsed = GoldSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: not a gold file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export async function scoreGoldFolder(dir: string): Promise<GoldScores> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
  if (names.length === 0) throw new Error(`${dir}: no NAME.gold.json files`);
  const articles: ArticleScore[] = [];
  for (const name of names) {
    const gold = await loadGold(path.join(dir, `${name}.gold.json`));
    const textPath = path.join(dir, `${name}.txt`);
    const article = parseArticle(await readFile(textPath, 'utf8'), textPath);
    articles.push(scoreArticle(name, extractArticle(article), gold));
  }
  return { articles, total: totals(articles) };
}

export function formatGoldScores(scores: GoldScores, opts: { verbose?: boolean } = {}): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [`${scores.articles.length} articles`, 'category        precision  recall  f1     (tp/fp/fn)'];
  for (const cat of CATEGORIES) {
    const t = scores.total[cat];
    lines.push(`${cat.padEnd(15)} ${pct(t.precision).padStart(9)}  ${pct(t.recall).padStart(6)}  ${pct(t.f1)}  (${t.tp}/${t.fp}/${t.fn})`);
  }
  if (opts.verbose) {
    for (const a of scores.articles) {
      const rows = CATEGORIES.flatMap((cat) => [
        ...a.misses[cat].map((m) => `  miss        ${cat.padEnd(13)} ${m}`),
        ...a.falseAlarms[cat].map((m) => `  false alarm ${cat.padEnd(13)} ${m}`),
      ]);
      if (rows.length > 0) lines.push(a.name, ...rows);
    }
  }
  return `${lines.join('\n')}\n`;
}
