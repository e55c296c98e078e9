import { gzipSync } from 'node:zlib';
import type { NerLabel } from '../extract/types.js';
import { SPAN_TYPES, type SpanTypeFile } from '../resolve/span-types.js';
import { sgd, softmaxGradient } from './sgd.js';

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
 * Multinomial logistic regression over the four entity types by the seeded SGD the topic heads use (src/train/sgd.ts;
 * no bias apart from the `bias` feature): the same examples give the same weights.
 */
export function trainSpanTypes(examples: readonly SpanTypeExample[], opts: SpanTypeTrainOptions = {}): Map<string, Float64Array> {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const min = opts.minCount ?? 2;
  const kept = examples.map((ex) => ({
    features: ex.features.filter((f) => (counts.get(f) ?? 0) >= min).map((f): [string, number] => [f, 1]),
    label: ex.label,
    weight: ex.weight ?? 1,
  }));
  const o = { seed: opts.seed ?? 1, epochs: opts.epochs ?? 10, rate: opts.rate ?? 0.2, decay: 1, l2: opts.l2 ?? 1e-5, bias: false };
  return sgd(kept, SPAN_TYPES.length, o, (z, ex) => softmaxGradient(z, ex.label, ex.weight)).weights;
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
