/**
 * CoNLL-2003 scoring: runs the tagger on the file's tokens (document by
 * document, so that document-level features work) and reports strict span
 * precision/recall/F1 per type, plus a lenient token-overlap F1 (a predicted
 * span counts if it overlaps a gold span of the same type; recall counts gold
 * spans overlapped by a predicted span of the same type).
 */
import type { EntitySpan, NerLabel, Sentence } from '../extract/types.js';
import { TYPES } from '../extract/ner/labels.js';
import { iobToSpans, readConll } from '../train/conll.js';
import { loadNerModel, tagDocument, type NerModel } from '../extract/ner/index.js';

export interface PRF {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface TypeScores {
  strict: PRF;
  overlap: PRF;
}
export type ConllScores = Record<NerLabel | 'ALL', TypeScores> & { tokens: number; docs: number; seconds: number };

export interface ScoreOpts {
  model?: NerModel;
  modelPath?: string;
  /**
   * What happens to the tagger's spans before scoring, e.g. the pipeline's span
   * repairs; gets the document's text (words joined by spaces, sentences by newlines).
   */
  postprocess?: (text: string, sentences: Sentence[], spans: EntitySpan[]) => EntitySpan[];
}

export interface DocSpan {
  sent: number;
  start: number;
  end: number;
  type: NerLabel;
}

function prf(gold: number, predicted: number, correctP: number, correctR = correctP): PRF {
  const precision = predicted ? correctP / predicted : 0;
  const recall = gold ? correctR / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, correct: correctP, precision, recall, f1 };
}

/** Score predicted against gold spans (lists per document). */
export function scoreSpans(gold: DocSpan[][], pred: DocSpan[][]): Record<NerLabel | 'ALL', TypeScores> {
  const types: (NerLabel | 'ALL')[] = [...TYPES, 'ALL'];
  const out = {} as Record<NerLabel | 'ALL', TypeScores>;
  for (const ty of types) {
    let g = 0;
    let p = 0;
    let c = 0;
    let op = 0;
    let or = 0;
    for (let d = 0; d < gold.length; d++) {
      const G = gold[d].filter((s) => ty === 'ALL' || s.type === ty);
      const P = pred[d].filter((s) => ty === 'ALL' || s.type === ty);
      g += G.length;
      p += P.length;
      const gk = new Set(G.map((s) => `${s.sent}:${s.start}:${s.end}:${s.type}`));
      for (const s of P) if (gk.has(`${s.sent}:${s.start}:${s.end}:${s.type}`)) c++;
      const ov = (a: DocSpan, b: DocSpan) => a.sent === b.sent && a.type === b.type && a.start < b.end && b.start < a.end;
      for (const s of P) if (G.some((x) => ov(s, x))) op++;
      for (const s of G) if (P.some((x) => ov(s, x))) or++;
    }
    out[ty] = { strict: prf(g, p, c), overlap: prf(g, p, op, or) };
  }
  return out;
}

/** Build Sentence objects for pre-tokenized words (tokens separated by single spaces, sentences by newlines). */
export function sentencesFromWords(sents: string[][]): Sentence[] {
  const out: Sentence[] = [];
  let off = 0;
  for (const s of sents) {
    const tokens = s.map((w) => {
      const t = { text: w, start: off, end: off + w.length };
      off += w.length + 1;
      return t;
    });
    out.push({ start: tokens[0]?.start ?? off, end: tokens.length ? tokens[tokens.length - 1].end : off, tokens });
  }
  return out;
}

/** One CoNLL document's words, gold spans and the spans predicted for it (token indices per sentence). */
export interface ConllPrediction {
  sents: string[][];
  gold: DocSpan[];
  pred: DocSpan[];
}

/** Tag (and post-process) every document of a CoNLL file; the per-document material scoreConll scores. */
export function predictConll(filePath: string, opts: ScoreOpts = {}): ConllPrediction[] {
  const model = opts.model ?? loadNerModel(opts.modelPath);
  return readConll(filePath).map((doc) => {
    const gold = doc.tags.flatMap((tags, si) => iobToSpans(tags).map((s) => ({ sent: si, ...s })));
    const sentences = sentencesFromWords(doc.sents);
    const tagged = tagDocument(model, sentences);
    const spans = opts.postprocess ? opts.postprocess(doc.sents.map((w) => w.join(' ')).join('\n'), sentences, tagged) : tagged;
    // map offsets back to token indices
    const startIdx = new Map<number, [number, number]>();
    const endIdx = new Map<number, number>();
    sentences.forEach((s, si) =>
      s.tokens.forEach((t, ti) => {
        startIdx.set(t.start, [si, ti]);
        endIdx.set(t.end, ti);
      }),
    );
    const pred = spans.map((sp) => {
      const [si, ti] = startIdx.get(sp.start)!;
      return { sent: si, start: ti, end: endIdx.get(sp.end)! + 1, type: sp.label };
    });
    return { sents: doc.sents, gold, pred };
  });
}

export function scoreConll(filePath: string, opts: ScoreOpts = {}): ConllScores {
  const t0 = performance.now();
  const docs = predictConll(filePath, opts);
  const seconds = (performance.now() - t0) / 1000;
  const tokens = docs.reduce((a, d) => a + d.sents.reduce((b, s) => b + s.length, 0), 0);
  return { ...scoreSpans(docs.map((d) => d.gold), docs.map((d) => d.pred)), tokens, docs: docs.length, seconds };
}

export function formatConllScores(s: Record<NerLabel | 'ALL', TypeScores> & Partial<{ tokens: number; docs: number; seconds: number }>): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const lines = ['type   gold  pred   P(strict) R(strict) F1(strict) | F1(overlap)'];
  for (const ty of [...TYPES, 'ALL'] as const) {
    const { strict, overlap } = s[ty];
    lines.push(
      `${ty.padEnd(5)} ${String(strict.gold).padStart(5)} ${String(strict.predicted).padStart(5)}   ${pct(strict.precision)}    ${pct(strict.recall)}    ${pct(strict.f1)}    | ${pct(overlap.f1)}`,
    );
  }
  if (s.tokens !== undefined && s.seconds !== undefined) {
    lines.push(`${s.tokens} tokens in ${s.docs} documents, ${s.seconds.toFixed(2)} s (${Math.round(s.tokens / s.seconds)} tokens/s incl. scoring)`);
  }
  return lines.join('\n');
}
