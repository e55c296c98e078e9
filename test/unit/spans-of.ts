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
