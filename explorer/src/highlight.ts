/**
 * Article text cut into plain runs and marked mentions, from the API's offsets, and the
 * sentences that carry an edge's evidence. Pure functions: the views render the pieces.
 */
import type { Kind } from './state.ts';

export interface Mark {
  start: number;
  end: number;
  kind: Kind;
  /** The entity's id (a slug, a country code). */
  id: string;
  name: string;
}

export interface Piece {
  text: string;
  mark?: Mark;
}

/**
 * The text of [from, to) as pieces, each mark inside it a piece of its own. Marks that overlap an
 * earlier one (the API never writes them, but a client cannot know) are dropped rather than
 * cutting a name in two.
 */
export function pieces(text: string, marks: readonly Mark[], from = 0, to = text.length): Piece[] {
  const inside = marks.filter((m) => m.start >= from && m.end <= to && m.start < m.end).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Piece[] = [];
  let at = from;
  for (const m of inside) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), mark: m });
    at = m.end;
  }
  if (at < to) out.push({ text: text.slice(at, to) });
  return out;
}

export interface Sentence {
  start: number;
  end: number;
}

/**
 * The evidence for a link between entities `a` and `b` (`KIND:id` keys) in one article: of its
 * sentences (the API's `Article.sentences`), those that mention both, else (the article links them,
 * no one sentence does) the first that mention either.
 */
export function evidenceSentences<S extends Sentence>(all: readonly S[], marks: readonly Mark[], a: string, b: string, max = 3): S[] {
  const has = (s: Sentence, key: string) => marks.some((m) => `${m.kind}:${m.id}` === key && m.start >= s.start && m.end <= s.end);
  const both = all.filter((s) => has(s, a) && has(s, b));
  if (both.length) return both.slice(0, max);
  return all.filter((s) => has(s, a) || has(s, b)).slice(0, max);
}
