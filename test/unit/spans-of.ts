import type { EntitySpan } from '../../src/extract/types.js';

/** Spans of `text` given as [surface, label] in text order, each found after the previous one. */
export function spansOf(text: string, items: Array<[string, EntitySpan['label']]>): EntitySpan[] {
  let from = 0;
  return items.map(([surface, label]) => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`no "${surface}" after offset ${from}`);
    from = start + surface.length;
    return { start, end: start + surface.length, text: surface, label };
  });
}

/** One line of words joined by single spaces, and its spans, each given by its first word index, word count and label. */
export function lineSpans(words: string[], items: Array<[number, number, EntitySpan['label']]>): { text: string; spans: EntitySpan[] } {
  const text = words.join(' ');
  const offsets = words.map((_, i) => words.slice(0, i).join(' ').length + (i > 0 ? 1 : 0));
  const spans = items.map(([i, n, label]) => {
    const start = offsets[i];
    const end = offsets[i + n - 1] + words[i + n - 1].length;
    return { start, end, text: text.slice(start, end), label };
  });
  return { text, spans };
}
