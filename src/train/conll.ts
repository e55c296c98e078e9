/** CoNLL-2003 files (the tagger's training and evaluation data) and their IOB tags. */
import { readFileSync } from 'node:fs';
import { TYPES, type TokSpan } from '../extract/ner/labels.js';
import type { NerLabel } from '../extract/types.js';

export interface ConllDoc {
  sents: string[][];
  tags: string[][];
}

/** Read a CoNLL-2003 file (word POS chunk NER) into documents. */
export function readConll(path: string): ConllDoc[] {
  const text = readFileSync(path, 'utf8');
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | null = null;
  let sw: string[] = [];
  let st: string[] = [];
  const endSent = () => {
    if (sw.length) {
      if (!doc) docs.push((doc = { sents: [], tags: [] }));
      doc.sents.push(sw);
      doc.tags.push(st);
    }
    sw = [];
    st = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (!line) {
      endSent();
      continue;
    }
    const parts = line.split(/\s+/);
    if (parts[0] === '-DOCSTART-') {
      endSent();
      docs.push((doc = { sents: [], tags: [] }));
      continue;
    }
    sw.push(parts[0]);
    st.push(parts[parts.length - 1]);
  }
  endSent();
  return docs.filter((d) => d.sents.length > 0);
}

/** IOB1 / IOB2 tags (e.g. I-PER, B-PER, O) to spans. */
export function iobToSpans(tags: string[]): TokSpan[] {
  const spans: TokSpan[] = [];
  let cur: TokSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 'O' || t.length < 3) {
      if (cur) spans.push(cur);
      cur = null;
      continue;
    }
    const p = t.charAt(0);
    const ty = t.slice(2) as NerLabel;
    if (cur && cur.type === ty && p === 'I') {
      cur.end = i + 1;
    } else {
      if (cur) spans.push(cur);
      cur = { start: i, end: i + 1, type: ty };
    }
  }
  if (cur) spans.push(cur);
  return spans;
}

/** Spans to BILOU tag ids (the training targets). */
export function spansToBilou(n: number, spans: TokSpan[]): Int8Array {
  const out = new Int8Array(n);
  for (const s of spans) {
    const ti = TYPES.indexOf(s.type);
    const base = 1 + ti * 4;
    if (s.end - s.start === 1) out[s.start] = base + 3;
    else {
      out[s.start] = base;
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = base + 1;
      out[s.end - 1] = base + 2;
    }
  }
  return out;
}
