// Test helpers for the pattern finder's modules: people and sentences from plain text, and the finder's context.
import type { PersonRef, Span } from '../../../src/extract/types.js';
import { collectMentions, type Ctx } from '../../../src/extract/meetings/patterns/mentions.js';

/** People with every full-name and surname occurrence as mentions (what resolution hands over). */
export function people(text: string, names: string[]): PersonRef[] {
  const taken: Array<[number, number]> = [];
  const refs = names.map((name) => ({ id: name.toLowerCase().replace(/\W+/g, '-'), name, mentions: [] as Span[] }));
  const forms = [
    ...names.map((n, i) => [n, i] as const),
    ...names.map((n, i) => [n.split(' ').slice(-1)[0], i] as const),
  ];
  for (const [form, i] of forms) {
    for (const m of text.matchAll(new RegExp(`\\b${form.replace(/[.]/g, '\\.')}\\b`, 'g'))) {
      const s = m.index!;
      const e = s + form.length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      taken.push([s, e]);
      refs[i].mentions.push({ start: s, end: e, text: form });
    }
  }
  return refs;
}

/** Naive sentences: one per line, split after ". " before a capital (good enough for fixtures). */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+?(?:(?<!\b(?:[A-Z]|Mr|Sen|Gen|Dr))[.!?](?=\s+[A-Z"])|$)/gm;
  for (const m of text.matchAll(re)) {
    const t = m[0].trim();
    if (!t) continue;
    const start = m.index! + m[0].indexOf(t);
    out.push({ start, end: start + t.length, text: t });
  }
  return out;
}

/** The finder's context for `text` with `names` as the people in it. */
export function context(text: string, names: string[]): Ctx {
  return { text, sentences: sentences(text), mentions: collectMentions(people(text, names)) };
}

/** Offset of the first `needle` in `text` (fails loudly when absent, so a test cannot pass on -1). */
export function at(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in "${text}"`);
  return i;
}
