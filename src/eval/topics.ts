/**
 * Topic assignment scored against the labelled Reuters sample (annotations/topics/): micro and
 * macro F1 over the topics, per-topic precision/recall/F1, and main-topic accuracy, per split.
 * The locked test split is scored only when asked for by name.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.js';
import { parseArticle } from '../article/parse.js';
import { extractArticle } from '../pipeline/extract.js';
import { corpusTexts } from './annotations.js';
import { SPLITS, type Split } from './split.js';
import type { TopicLabel } from './topic-labels.js';
import type { PRF } from './conll.js';

export const TOPIC_ANNOTATIONS_DIR = path.join(repoRoot, 'annotations/topics');

export interface LabelledArticle {
  file: string;
  split: Split;
  /** main topic first */
  topics: string[];
}

/** Every article of the topic sample (sample.tsv), labelled yet or not, with its split as written there. */
export function readTopicSample(dir: string = TOPIC_ANNOTATIONS_DIR): Map<string, Split> {
  const sampleFile = path.join(dir, 'sample.tsv');
  if (!existsSync(sampleFile)) throw new Error(`${sampleFile} not found`);
  return new Map(
    readFileSync(sampleFile, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'))
      .map(([f, s]) => [f, s as Split]),
  );
}

/** The labelled sample articles (labels/ joined with sample.tsv), optionally of some splits only, in file order. */
export function loadTopicLabels(opts: { splits?: readonly Split[]; dir?: string } = {}): LabelledArticle[] {
  const dir = opts.dir ?? TOPIC_ANNOTATIONS_DIR;
  const sampleFile = path.join(dir, 'sample.tsv');
  const split = readTopicSample(dir);
  const labelsDir = path.join(dir, 'labels');
  const out: LabelledArticle[] = [];
  for (const f of existsSync(labelsDir) ? readdirSync(labelsDir).filter((n) => n.endsWith('.json')).sort() : []) {
    const label = JSON.parse(readFileSync(path.join(labelsDir, f), 'utf8')) as TopicLabel;
    const s = split.get(label.file);
    if (!s) throw new Error(`${path.join(labelsDir, f)}: ${label.file} is not in ${sampleFile}`);
    if (!(SPLITS as readonly string[]).includes(s)) throw new Error(`${sampleFile}: ${label.file}: unknown split ${s}`);
    if (opts.splits && !opts.splits.includes(s)) continue;
    out.push({ file: label.file, split: s, topics: label.topics });
  }
  return out;
}

/** One topic's counts and precision, recall and F1, as the CoNLL scores give them per type. */
export interface TopicPRF extends PRF {
  id: string;
}

export interface TopicScores {
  articles: number;
  microP: number;
  microR: number;
  microF1: number;
  /** Mean F1 over the topics the gold or the prediction uses. */
  macroF1: number;
  /** The predicted main topic is the labelled main topic. */
  mainAccuracy: number;
  /** The predicted main topic is among the labelled topics. */
  mainInGold: number;
  topicsPerArticle: { gold: number; predicted: number };
  perTopic: TopicPRF[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Scores predicted topic lists (main first) against gold lists (main first), article by article. */
export function scoreTopicSets(pairs: Array<{ gold: string[]; predicted: string[] }>): TopicScores {
  const per = new Map<string, { gold: number; predicted: number; correct: number }>();
  const cell = (id: string) => {
    let c = per.get(id);
    if (!c) per.set(id, (c = { gold: 0, predicted: 0, correct: 0 }));
    return c;
  };
  let main = 0;
  let mainIn = 0;
  let g = 0;
  let p = 0;
  let c = 0;
  for (const { gold, predicted } of pairs) {
    for (const id of gold) cell(id).gold++;
    for (const id of predicted) {
      cell(id).predicted++;
      if (gold.includes(id)) cell(id).correct++;
    }
    g += gold.length;
    p += predicted.length;
    c += predicted.filter((id) => gold.includes(id)).length;
    if (predicted[0] !== undefined && predicted[0] === gold[0]) main++;
    if (predicted[0] !== undefined && gold.includes(predicted[0])) mainIn++;
  }
  const n = pairs.length || 1;
  const perTopic = [...per.entries()]
    .map(([id, x]) => {
      const precision = x.predicted ? x.correct / x.predicted : 0;
      const recall = x.gold ? x.correct / x.gold : 0;
      return { id, ...x, precision: round(precision), recall: round(recall), f1: round(f1(precision, recall)) };
    })
    .sort((a, b) => b.gold - a.gold || (a.id < b.id ? -1 : 1));
  const microP = p ? c / p : 0;
  const microR = g ? c / g : 0;
  return {
    articles: pairs.length,
    microP: round(microP),
    microR: round(microR),
    microF1: round(f1(microP, microR)),
    macroF1: round(perTopic.reduce((s, t) => s + t.f1, 0) / (perTopic.length || 1)),
    mainAccuracy: round(main / n),
    mainInGold: round(mainIn / n),
    topicsPerArticle: { gold: round(g / n), predicted: round(p / n) },
    perTopic,
  };
}

export interface TopicEval {
  splits: Array<{ split: Split; scores: TopicScores }>;
}

/** The pipeline's topics (extractArticle) scored on the labelled sample, split by split. */
export async function scoreTopicLabels(splits: readonly Split[], opts: { dir?: string; textDir?: string; texts?: Map<string, string> } = {}): Promise<TopicEval> {
  const labelled = loadTopicLabels({ splits, dir: opts.dir });
  const texts = opts.texts ?? (await corpusTexts(labelled.map((a) => a.file), opts.textDir ?? process.env.REUTERS_DIR));
  const out: TopicEval = { splits: [] };
  for (const split of splits) {
    const inSplit = labelled.filter((a) => a.split === split);
    if (!inSplit.length) continue;
    const pairs = inSplit.map((a) => {
      const text = texts.get(a.file);
      if (text === undefined) throw new Error(`${a.file}: labelled, but not in the corpus`);
      const topics = extractArticle(parseArticle(text, a.file)).topics;
      // main first (the pipeline already orders them so)
      return { gold: a.topics, predicted: topics.map((t) => t.id) };
    });
    out.splits.push({ split, scores: scoreTopicSets(pairs) });
  }
  return out;
}

export function formatTopicEval(e: TopicEval, opts: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  for (const { split, scores: s } of e.splits) {
    lines.push(
      `== ${split}: ${s.articles} articles; micro P ${s.microP} R ${s.microR} F1 ${s.microF1}; macro F1 ${s.macroF1}; ` +
        `main topic ${s.mainAccuracy} (among the labelled ${s.mainInGold}); topics per article ${s.topicsPerArticle.predicted} (labelled ${s.topicsPerArticle.gold})`,
    );
    lines.push(`${'topic'.padEnd(26)}  gold  pred  corr      P      R     F1`);
    for (const t of s.perTopic) {
      if (!opts.verbose && t.gold === 0 && t.predicted === 0) continue;
      lines.push(
        `${t.id.padEnd(26)} ${String(t.gold).padStart(5)} ${String(t.predicted).padStart(5)} ${String(t.correct).padStart(5)} ${t.precision.toFixed(3).padStart(6)} ${t.recall.toFixed(3).padStart(6)} ${t.f1.toFixed(3).padStart(6)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
