import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../../src/extract/types.js';
import { sentencesFromWords } from '../../src/eval/conll.js';
import { applySpanForms } from '../../src/resolve/span-forms.js';
import { countScans } from './count-scans.js';

/** One sentence of `n` times the given words, with the spans given by word index and label: the scans its span forms cost. */
function work(n: number, words: string[], labels: Map<number, EntitySpan['label']>, end: string[] = []): number {
  const all = [...Array.from({ length: n }, () => words).flat(), ...end];
  const text = all.join(' ');
  const spans: EntitySpan[] = [];
  let at = 0;
  all.forEach((w, i) => {
    const label = i < n * words.length ? labels.get(i % words.length) : undefined;
    if (label) spans.push({ start: at, end: at + w.length, text: w, label });
    at += w.length + 1;
  });
  return countScans(() => applySpanForms(text, sentencesFromWords([all]), spans, { datelines: true }));
}

/** Four times the spans, about four times the work (sixteen when each span looked through all the others). */
function expectLinear(ratio: number) {
  expect(ratio).toBeGreaterThan(3);
  expect(ratio).toBeLessThan(6);
}

describe('the span forms of one long sentence', () => {
  it('cost about its spans, not their square: each token is mapped to its span once', () => {
    // Towns before their region, and names before an event's head.
    const towns = ['Acme', ',', 'Scotland', ';', 'Acme', 'Cup', ';'];
    const labels = new Map<number, EntitySpan['label']>([[0, 'ORG'], [2, 'LOC'], [4, 'ORG']]);
    expectLinear(work(2000, towns, labels) / work(500, towns, labels));
    // A dateline's names and commas.
    const dateline = new Map<number, EntitySpan['label']>([[0, 'ORG']]);
    expectLinear(work(2000, ['Acme', ','], dateline, ['1996-08-31']) / work(500, ['Acme', ','], dateline, ['1996-08-31']));
  });
});
