import type { NerLabel } from '../types.js';

export const TYPES: NerLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];
/** BILOU tag set: index 0 is O. */
export const TAGS: string[] = ['O'];
for (const t of TYPES) for (const p of ['B', 'I', 'L', 'U']) TAGS.push(`${p}-${t}`);
export const NT = TAGS.length;

export function tagPrefix(tag: number): string {
  return tag === 0 ? 'O' : TAGS[tag].charAt(0);
}
export function tagType(tag: number): number {
  return tag === 0 ? -1 : Math.floor((tag - 1) / 4);
}

/** allowed[prev*NT+cur]: BILOU transition validity; prev = -1 (start) uses row NT. */
export const ALLOWED = new Uint8Array((NT + 1) * NT);
for (let p = -1; p < NT; p++) {
  for (let c = 0; c < NT; c++) {
    const pp = p < 0 ? 'O' : tagPrefix(p);
    const cp = tagPrefix(c);
    const inside = pp === 'B' || pp === 'I';
    let ok: boolean;
    if (inside) ok = ((cp === 'I' || cp === 'L') && tagType(p) === tagType(c));
    else ok = cp === 'O' || cp === 'B' || cp === 'U';
    ALLOWED[(p < 0 ? NT : p) * NT + c] = ok ? 1 : 0;
  }
}

export interface TokSpan {
  start: number; // token index
  end: number; // exclusive
  type: NerLabel;
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

/** BILOU tag ids to spans (lenient: repairs broken sequences). */
export function bilouToSpans(tags: ArrayLike<number>): TokSpan[] {
  const spans: TokSpan[] = [];
  let cur: TokSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 0) {
      if (cur) spans.push(cur);
      cur = null;
      continue;
    }
    const p = tagPrefix(t);
    const ty = TYPES[tagType(t)];
    if ((p === 'I' || p === 'L') && cur && cur.type === ty) {
      cur.end = i + 1;
    } else {
      if (cur) spans.push(cur);
      cur = { start: i, end: i + 1, type: ty };
    }
    if (p === 'L' || p === 'U') {
      spans.push(cur);
      cur = null;
    }
  }
  if (cur) spans.push(cur);
  return spans;
}
