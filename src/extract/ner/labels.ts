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

/** A span of tokens of sentence `sent`, token indices relative to the sentence. */
export type SentenceTokSpan = TokSpan & { sent: number };

/**
 * Spans of the BILOU tag ids tags[a..b) (lenient: repairs broken sequences), appended to `out`
 * with token indices relative to a.
 */
export function pushSpans(out: SentenceTokSpan[], tags: ArrayLike<number>, sent: number, a: number, b: number): void {
  let cs = -1;
  let ce = 0;
  let ct = -1;
  for (let i = a; i < b; i++) {
    const t = tags[i];
    if (t === 0) {
      if (cs >= 0) out.push({ sent, start: cs - a, end: ce - a, type: TYPES[ct] });
      cs = -1;
      continue;
    }
    const p = (t - 1) & 3; // 0 B, 1 I, 2 L, 3 U
    const ty = (t - 1) >> 2;
    if ((p === 1 || p === 2) && cs >= 0 && ct === ty) ce = i + 1;
    else {
      if (cs >= 0) out.push({ sent, start: cs - a, end: ce - a, type: TYPES[ct] });
      cs = i;
      ce = i + 1;
      ct = ty;
    }
    if (p === 2 || p === 3) {
      out.push({ sent, start: cs - a, end: ce - a, type: TYPES[ct] });
      cs = -1;
    }
  }
  if (cs >= 0) out.push({ sent, start: cs - a, end: ce - a, type: TYPES[ct] });
}

/** BILOU tag ids to spans (lenient: repairs broken sequences). */
export function bilouToSpans(tags: ArrayLike<number>): TokSpan[] {
  const out: SentenceTokSpan[] = [];
  pushSpans(out, tags, 0, 0, tags.length);
  return out.map(({ start, end, type }) => ({ start, end, type }));
}
