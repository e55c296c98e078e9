import type { Extraction } from '../extract/contract.js';
import { scoreArticle, type Gold } from '../eval/gold.js';

/**
 * For each pair of names, the index (into the scorer's list of the article's met pairs left unmatched
 * when nothing is found) of the annotated met pair it would match, or -1 when it matches none: the
 * scorer's own matching (spellings, aliases), one pair at a time, so a learner scored outside the trainer
 * counts a found pair as the trainer does. Two names of one annotated pair share its index.
 */
export function goldPairIndex(gold: Gold, pairs: ReadonlyArray<readonly [string, string]>): number[] {
  const empty = { source: '', article: { id: '', title: '', publishedAt: null }, people: [], countries: [], organizations: [], topics: [], meetings: [] } satisfies Extraction;
  const all = scoreArticle('', empty, gold).misses.meetings;
  return pairs.map(([a, b]) => {
    const s = scoreArticle('', { ...empty, meetings: [{ participants: [a, b], evidence: { start: 0, end: 0, text: '' } }] }, gold);
    if (s.counts.meetings.tp === 0) return -1;
    // The one annotated pair no longer missed: the first place the two lists differ.
    const left = s.misses.meetings;
    let i = 0;
    while (i < left.length && left[i] === all[i]) i++;
    return i;
  });
}

/** Feature strings as small whole numbers, the same string the same number across articles: an export stays compact. */
export class FeatureIds {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  of(features: readonly string[]): number[] {
    return features.map((f) => {
      let id = this.ids.get(f);
      if (id === undefined) {
        id = this.names.length;
        this.ids.set(f, id);
        this.names.push(f);
      }
      return id;
    });
  }
}

/**
 * What a learner that reads the text needs of one exported article: the text, its sentences and each candidate
 * person's mentions as [start, end] offsets into the text, by the person's name (the name the candidates pair).
 */
export function exportedText(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number }>,
  people: ReadonlyArray<{ name: string; mentions: ReadonlyArray<{ start: number; end: number }> }>,
): { text: string; sentences: Array<[number, number]>; mentions: Record<string, Array<[number, number]>> } {
  return {
    text,
    sentences: sentences.map((s) => [s.start, s.end]),
    mentions: Object.fromEntries(people.map((p) => [p.name, p.mentions.map((m): [number, number] => [m.start, m.end])])),
  };
}
