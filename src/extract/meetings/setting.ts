import type { Sentence, Span } from '../types.js';
import { sentenceIndex } from './anchors.js';
import { hasMeetingWord, loadCues } from './cues.js';

/**
 * What a meeting's place and day candidates share: where each sentence of the article stands
 * relative to the meeting. A meeting's setting is often stated once, sentences away from the
 * sentence that reports it ("Lagarde made the comments in Beijing"; "Merkel and Sarkozy met on
 * Thursday ... The meeting was brief"), so candidates come from a window of sentences around it,
 * each described by its distance, whether it states the meeting again, the participants it names, a
 * meeting word in it, and whether it is the article's lead.
 */
export interface ArticleSentences {
  sentences: Sentence[];
  bodyStart: number;
  /** Per sentence, whether it holds a meeting word (data/meetings/cues.json meetVerb, meetNoun). */
  meetingWord: boolean[];
  /** The index of the body's first sentence. */
  lead: number;
}

export function articleSentenceInfo(sentences: Sentence[], bodyStart: number): ArticleSentences {
  const cues = loadCues();
  return {
    sentences,
    bodyStart,
    lead: sentences.findIndex((s) => s.start >= bodyStart),
    meetingWord: sentences.map((s) => hasMeetingWord(s, cues)),
  };
}

/** Sentences further than this from the evidence are not read for a meeting's setting: an article's candidates stay bounded. */
export const MAX_DISTANCE = 40;

/** How far a sentence stands from the meeting's evidence sentence, in buckets. */
function distanceBucket(d: number): string {
  if (d === 0) return 'ev';
  if (d < 0) return d === -1 ? 'p1' : d >= -3 ? 'p2-3' : d >= -10 ? 'p4-10' : 'p11+';
  return d === 1 ? 'n1' : d <= 3 ? 'n2-3' : 'n4+';
}

/**
 * The window of sentences around a meeting's evidence, and each one's features relative to the
 * meeting (`d:` distance or `d:stating` or `d:title`, `named:` participants named there, `meeting-word`,
 * `lead`). Null when the evidence lies in no sentence.
 */
export function meetingWindow(
  article: ArticleSentences,
  evidence: Span,
  stating: readonly Span[],
  /** The participants' mentions within a span of the text (a look-up, not a scan: the window's cost stays bounded). */
  participantMentions: (within: Span) => readonly Span[],
): { from: number; to: number; where: (k: number) => string; context: (k: number) => string[] } | null {
  const { sentences } = article;
  const e = sentenceIndex(sentences, evidence.start);
  if (e < 0) return null;
  const statingIdx = new Set(stating.map((s) => sentenceIndex(sentences, s.start)));
  const from = Math.max(0, e - MAX_DISTANCE);
  const to = Math.min(sentences.length - 1, e + MAX_DISTANCE);
  const named = new Map<number, number>();
  for (const m of participantMentions({ start: sentences[from].start, end: sentences[to].end, text: '' })) {
    const k = sentenceIndex(sentences, m.start);
    if (k >= 0) named.set(k, (named.get(k) ?? 0) + 1);
  }
  const { lead } = article;
  const where = (k: number) => (sentences[k].start < article.bodyStart ? 'title' : statingIdx.has(k) && k !== e ? 'stating' : distanceBucket(k - e));
  return {
    from,
    to,
    where,
    context: (k) => {
      const n = named.get(k) ?? 0;
      return [`d:${where(k)}`, `named:${n >= 2 ? '2+' : n}`, ...(article.meetingWord[k] ? ['meeting-word'] : []), ...(k === lead ? ['lead'] : [])];
    },
  };
}
