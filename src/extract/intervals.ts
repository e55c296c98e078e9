/**
 * Questions about many spans at once, answered without scanning them all: a stage asks
 * "does this span overlap (or lie inside) any of those?" once per mention, and a scan per
 * question makes an article's extraction grow with the square of its length. Each answer is
 * the one the plain scan (`spans.some(...)`, `spans.find(...)`) gives, only found faster.
 */

interface Range {
  start: number;
  end: number;
}

/**
 * Index of the first element of `items` from `from` on for which `holds` is true, by binary search: `holds` must be
 * false and then true along the list (sorted numbers against a bound, tokens or mentions in text order against an
 * offset); `to` (default `items.length`) when it never holds before `to`.
 */
export function partitionPoint<T>(items: ArrayLike<T>, holds: (item: T) => boolean, from = 0, to = items.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first element of `sorted` (ascending) that is >= `value`. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  return partitionPoint(sorted, (x) => x >= value);
}

/** Index of the first element of `sorted` (ascending) that is > `value`. */
function upperBound(sorted: ArrayLike<number>, value: number): number {
  return partitionPoint(sorted, (x) => x > value);
}

/**
 * A fixed set of spans, sorted once by start with the running maximum of their ends:
 * every span starting before a point is summarised by the furthest it reaches.
 */
export class SpanSet {
  private readonly starts: Float64Array;
  /** maxEnd[i]: the largest end among the first i + 1 spans by start. */
  private readonly maxEnd: Float64Array;

  constructor(spans: readonly Range[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = Float64Array.from(sorted, (s) => s.start);
    this.maxEnd = new Float64Array(sorted.length);
    let reach = -Infinity;
    sorted.forEach((s, i) => {
      reach = Math.max(reach, s.end);
      this.maxEnd[i] = reach;
    });
  }

  get size(): number {
    return this.starts.length;
  }

  /** `spans.some((x) => x.start < end && start < x.end)`. */
  overlaps(start: number, end: number): boolean {
    const n = lowerBound(this.starts, end); // spans with x.start < end
    return n > 0 && this.maxEnd[n - 1] > start;
  }

  /** `spans.some((x) => x.start <= start && end <= x.end)`. */
  contains(start: number, end: number): boolean {
    const n = upperBound(this.starts, start); // spans with x.start <= start
    return n > 0 && this.maxEnd[n - 1] >= end;
  }
}

/**
 * Spans added one at a time, as characters taken: whether a new span overlaps any taken
 * so far costs its own length, not the number taken. For non-empty spans only (an empty
 * span takes no character).
 */
export class TakenText {
  private readonly taken: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }

  take(start: number, end: number): void {
    this.taken.fill(1, Math.max(0, start), Math.min(this.taken.length, end));
  }

  /** `taken.some((x) => x.start < end && start < x.end)`, for non-empty spans. */
  overlaps(start: number, end: number): boolean {
    const to = Math.min(this.taken.length, end);
    for (let i = Math.max(0, start); i < to; i++) if (this.taken[i] === 1) return true;
    return false;
  }
}

/**
 * A list's spans in order of start, with the running maximum of their ends: `firstHolding(pos, ok)` is
 * `list.find(ok)` for an `ok` that holds only of spans holding `pos` (start <= pos < end), found by binary
 * search: the spans before the first whose reach passes `pos` end at or before it. A search per question
 * instead of a scan keeps a sentence with many spans linear.
 */
export class SpansByReach<T extends Range> {
  /** reach[k]: the furthest end of list[0..k]. */
  private readonly reach: Float64Array;

  constructor(private readonly list: readonly T[]) {
    this.reach = new Float64Array(list.length);
    let reach = -Infinity;
    list.forEach((s, i) => {
      reach = Math.max(reach, s.end);
      this.reach[i] = reach;
    });
  }

  /** The first span of the list that starts at or before `pos`, reaches past it and passes `ok`. */
  firstHolding(pos: number, ok: (s: T) => boolean): T | undefined {
    for (let k = upperBound(this.reach, pos); k < this.list.length && this.list[k].start <= pos; k++) if (ok(this.list[k])) return this.list[k];
    return undefined;
  }
}

/**
 * A list's spans by where they start: `first(at, pick)` is `list.find((x) => pick(x))`
 * restricted to spans starting in [from, to), found among those spans only.
 */
export class SpansByStart<T extends Range> {
  private readonly order: number[];
  private readonly starts: Float64Array;

  constructor(private readonly list: readonly T[]) {
    this.order = list.map((_, i) => i).sort((a, b) => list[a].start - list[b].start || a - b);
    this.starts = Float64Array.from(this.order, (i) => list[i].start);
  }

  /** The earliest-listed span with from <= start < to for which `pick` holds. */
  first(from: number, to: number, pick: (x: T) => boolean = () => true): T | undefined {
    let best = -1;
    for (let k = lowerBound(this.starts, from); k < this.starts.length && this.starts[k] < to; k++) {
      const i = this.order[k];
      if ((best < 0 || i < best) && pick(this.list[i])) best = i;
    }
    return best < 0 ? undefined : this.list[best];
  }

  /** The earliest-listed span starting exactly at `at`. */
  at(at: number): T | undefined {
    const k = lowerBound(this.starts, at);
    return k < this.starts.length && this.starts[k] === at ? this.list[this.order[k]] : undefined;
  }
}

/**
 * The sentence that holds a span whole, `sentences.find((s) => span.start >= s.start && span.end <= s.end)`,
 * by binary search: the sentences are in text order and do not overlap, so their ends are in order too.
 */
export function sentenceHolding<S extends Range>(sentences: readonly S[], span: Range): S | undefined {
  // Sentences starting at or before the span: [0, p).
  const p = partitionPoint(sentences, (s) => s.start > span.start);
  // The first of them that ends at or after the span's end.
  const k = partitionPoint(sentences, (s) => s.end >= span.end, 0, p);
  return k < p ? sentences[k] : undefined;
}

/**
 * `spans` grouped by the sentence holding each (sentenceHolding; `sentences` in text order), in the order of `spans`;
 * a span no sentence holds is left out.
 */
export function groupBySentence<S extends Range, T extends Range>(sentences: readonly S[], spans: readonly T[]): Map<S, T[]> {
  const bySentence = new Map<S, T[]>();
  for (const e of spans) {
    const s = sentenceHolding(sentences, e);
    if (!s) continue;
    const list = bySentence.get(s);
    if (list) list.push(e);
    else bySentence.set(s, [e]);
  }
  return bySentence;
}

const byStart = new WeakMap<readonly Range[], { sorted: Range[]; starts: number[] }>();

/**
 * The spans of `spans` that start inside `evidence`, found by binary search over a copy sorted
 * once per list (an article's meetings each ask; a scan each would grow with the square of its length).
 */
export function within<S extends Range>(spans: readonly S[], evidence: Range): S[] {
  let index = byStart.get(spans);
  if (!index) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    index = { sorted, starts: sorted.map((s) => s.start) };
    byStart.set(spans, index);
  }
  return index.sorted.slice(lowerBound(index.starts, evidence.start), lowerBound(index.starts, evidence.end)) as S[];
}

