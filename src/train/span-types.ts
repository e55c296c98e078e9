import { gzipSync } from 'node:zlib';
import type { NerLabel } from '../extract/types.js';
import { SPAN_TYPES, type SpanTypeFile } from '../resolve/span-types.js';
import { rng } from './reuters-stats.js';

/** One span of the training data: its features and its gold type (an index into SPAN_TYPES). */
export interface SpanTypeExample {
  features: string[];
  label: number;
  /** How much the example counts (1 when absent). */
  weight?: number;
}

export interface SpanTypeTrainOptions {
  epochs?: number;
  seed?: number;
  rate?: number;
  l2?: number;
  /** Features seen in fewer examples than this are left out (no evidence, and a bigger file). */
  minCount?: number;
}

/**
 * Multinomial logistic regression by seeded stochastic gradient descent with L2, as the meeting model's trainer
 * (src/train/meetings.ts trainLogistic) over the four entity types: the same examples give the same weights.
 */
export function trainSpanTypes(examples: readonly SpanTypeExample[], opts: SpanTypeTrainOptions = {}): Map<string, Float64Array> {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const min = opts.minCount ?? 2;
  const kept = examples.map((ex) => ({ features: ex.features.filter((f) => (counts.get(f) ?? 0) >= min), label: ex.label, weight: ex.weight ?? 1 }));
  const L = SPAN_TYPES.length;
  const w = new Map<string, Float64Array>();
  const random = rng(opts.seed ?? 1);
  const order = kept.map((_, i) => i);
  const l2 = opts.l2 ?? 1e-5;
  let t = 0;
  for (let epoch = 0; epoch < (opts.epochs ?? 10); epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const rate = (opts.rate ?? 0.2) / (1 + t++ / kept.length);
      const ex = kept[i];
      const z = new Float64Array(L);
      const rows = ex.features.map((f) => {
        let row = w.get(f);
        if (!row) w.set(f, (row = new Float64Array(L)));
        for (let k = 0; k < L; k++) z[k] += row[k];
        return row;
      });
      const max = Math.max(...z);
      let sum = 0;
      for (let k = 0; k < L; k++) sum += z[k] = Math.exp(z[k] - max);
      for (let k = 0; k < L; k++) z[k] = ex.weight * (z[k] / sum - (k === ex.label ? 1 : 0));
      for (const row of rows) for (let k = 0; k < L; k++) row[k] -= rate * (z[k] + l2 * row[k]);
    }
  }
  return w;
}

/** The model file: weights rounded to 1e-4, rows of zeros left out, sorted, gzipped without a time stamp. */
export function spanTypeFile(weights: ReadonlyMap<string, Float64Array>, margin: number, meta: Record<string, unknown>): Buffer {
  const rows: Array<[string, number[]]> = [...weights]
    .map(([f, w]): [string, number[]] => [f, [...w].map((x) => Math.round(x * 1e4) / 1e4)])
    .filter(([, w]) => w.some((x) => x !== 0))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const file: SpanTypeFile = { format: 1, types: SPAN_TYPES, margin, meta, weights: rows };
  return gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
}

/** An annotated article's people's and organizations' spellings (annotations/README.md). */
export interface AnnotatedNames {
  people: ReadonlyArray<string | readonly string[]>;
  organizations: ReadonlyArray<string | readonly string[]>;
}

/**
 * The type an annotated article gives one of its tagged spans, by the span's words folded as the scorer folds names:
 * PER if it spells an annotated person, ORG if it spells an annotated organization. A span that spells neither is no
 * person and no organization (the annotations list every one the article names), so a place or a thing the tagger
 * typed LOC or MISC keeps that type; one it typed PER or ORG is left out (unknown: a place, a thing or a name the
 * annotator left out). `fold` is the scorer's folding (article/names.ts foldName).
 */
export function annotatedSpanType(spanText: string, tagged: NerLabel, names: AnnotatedNames, fold: (s: string) => string): NerLabel | undefined {
  const f = fold(spanText);
  const spells = (es: AnnotatedNames['people']) => es.some((e) => (typeof e === 'string' ? [e] : e).some((s) => fold(s) === f));
  if (spells(names.people)) return 'PER';
  if (spells(names.organizations)) return 'ORG';
  return tagged === 'LOC' || tagged === 'MISC' ? tagged : undefined;
}
