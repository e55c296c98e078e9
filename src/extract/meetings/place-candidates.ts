import { readFileSync } from 'node:fs';
import path from 'node:path';
import { foldName } from '../../article/names.js';
import { repoRoot } from '../../config.js';
import { SpanSet } from '../intervals.js';
import type { CountryMention, Sentence, Span } from '../types.js';
import { articleSentenceInfo, meetingWindow, type ArticleSentences } from './setting.js';
import { bestCandidate, type CandidateModel } from './candidate-model.js';
import { DESCRIBED, MEETING_AFTER, VENUE_BEFORE, buildingIn, loadVenues, placeCountry, within, type MeetingPlace } from './places.js';

/**
 * Where a meeting may have taken place: every place the article names, each with the features the
 * learned place model (candidate-model.ts, models/meeting-places.json) weighs. Most meetings' places are not in their evidence
 * sentence: the story's setting is stated once ("Lagarde made the comments in Beijing", "during a
 * visit to Athens") and the meeting reported sentences away, so candidates come from the whole
 * article, described by where they stand relative to the meeting and what introduces them.
 */
export interface PlaceCandidate {
  name: string;
  country: string | null;
  /** Offset of the name in the text. */
  start: number;
  features: string[];
}

/** What an article gives every meeting's candidates: computed once per article (articlePlaces). */
export interface ArticlePlaces extends ArticleSentences {
  /** Per sentence, the place mentions in it with the features that do not depend on the meeting. */
  bySentence: Array<Array<{ name: string; country: string | null; start: number; end: number; features: string[] }>>;
}

let cueWords: Map<string, string> | undefined;
/** data/meetings/place-cues.json: a lower-case word to its class (travel, say, meet). */
function placeCues(): Map<string, string> {
  if (cueWords) return cueWords;
  const raw = JSON.parse(readFileSync(path.join(repoRoot, 'data/meetings/place-cues.json'), 'utf8')) as Record<string, unknown>;
  const map = new Map<string, string>();
  for (const [cls, words] of Object.entries(raw)) if (!cls.startsWith('_') && Array.isArray(words)) for (const w of words as string[]) if (!map.has(w)) map.set(w, cls);
  return (cueWords = map);
}

const PREPOSITIONS = new Set(['in', 'at', 'to', 'outside', 'near', 'inside', 'from', 'of', 'for', 'on', 'with', 'and', 'by', 'into', 'across']);

/** The features of the words before a place: its preposition, the class of a cue word just before that, how it is introduced. */
function introFeatures(before: string): string[] {
  const words = before.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  // Skip the place's own leading words ("the", capitalised words of a longer name were already cut by the span).
  let i = words.length - 1;
  if (words[i] === 'the') i--;
  const prep = i >= 0 && PREPOSITIONS.has(words[i]) ? words[i] : 'none';
  const out = [`prep:${prep}`];
  const cues = placeCues();
  const classes = new Set<string>();
  for (let k = Math.max(0, i - 4); k < (prep === 'none' ? i + 1 : i); k++) {
    const c = cues.get(words[k]);
    if (c) classes.add(c);
  }
  for (const c of classes) out.push(`cue:${c}`, `cue:${c}&prep:${prep}`);
  if (VENUE_BEFORE.test(before)) out.push('venue-word');
  if (DESCRIBED.test(before)) out.push('described');
  return out;
}

/** The places of one article, by sentence, with their meeting-independent features. */
export function articlePlaces(
  text: string,
  sentences: Sentence[],
  bodyStart: number,
  places: Span[],
  countries: CountryMention[],
  /** Where no meeting's place stands: the dateline ("KAZAN, Russia (Reuters) -" is where the story was filed), credit lines (where the reporters are). */
  exclude: readonly Span[] = [],
): ArticlePlaces {
  const excluded = new SpanSet(exclude);
  const bySentence: ArticlePlaces['bySentence'] = [];
  const counts = new Map<string, number>();
  for (const s of sentences) {
    const span = { start: s.start, end: s.end, text: '' };
    const inside = (m: Span) => m.start >= s.start && m.end <= s.end && !excluded.overlaps(m.start, m.end);
    const found: ArticlePlaces['bySentence'][number] = [];
    const mentions = [...within(places, span).filter(inside).map((m) => ({ m, kind: 'loc' })), ...within(countries, span).filter((c) => inside(c) && c.via !== 'demonym').map((m) => ({ m, kind: `country:${m.via}` }))].sort(
      (a, b) => a.m.start - b.m.start || b.m.end - a.m.end,
    );
    const building = buildingIn(text, span);
    let lastEnd = -1;
    for (const { m, kind } of mentions) {
      if (m.start < lastEnd) continue; // a country inside a tagged place ("Sochi, Russia" tagged whole) counts once
      lastEnd = m.end;
      const before = text.slice(Math.max(s.start, m.start - 90), m.start);
      const features = [`kind:${kind}`, ...introFeatures(before)];
      if (/^['’]s\b/.test(text.slice(m.end, m.end + 2))) features.push('possessive');
      if (/^\s*-?\s*(?:based|born)\b/i.test(text.slice(m.end, m.end + 10))) features.push('based');
      if (MEETING_AFTER.test(text.slice(m.end, m.end + 40))) features.push('meeting-after');
      let name = text.slice(m.start, m.end);
      if (building && m.start >= building.start && m.end <= building.end && m.end - m.start < building.end - building.start) {
        name = building.name;
        features.push('in-building');
      }
      found.push({ name, country: placeCountry(text, m, countries), start: m.start, end: m.end, features });
    }
    if (building && !found.some((f) => f.name === building.name)) {
      found.push({ name: building.name, country: null, start: building.start, end: building.end, features: ['kind:building', ...introFeatures(text.slice(Math.max(s.start, building.start - 90), building.start))] });
    }
    const sentence = text.slice(s.start, s.end);
    for (const v of loadVenues()) {
      for (const hit of sentence.matchAll(v.pattern)) {
        const at = s.start + (hit.index ?? 0);
        if (found.some((f) => at >= f.start && at < f.end)) continue;
        const features = ['kind:venue', ...introFeatures(text.slice(Math.max(s.start, at - 90), at))];
        if (MEETING_AFTER.test(text.slice(at + v.name.length, at + v.name.length + 40))) features.push('meeting-after');
        found.push({ name: v.name, country: v.country, start: at, end: at + v.name.length, features });
      }
    }
    found.sort((a, b) => a.start - b.start);
    found.forEach((f, i) => i === 0 && f.features.push('first-in-sentence'));
    for (const f of found) counts.set(foldName(f.name), (counts.get(foldName(f.name)) ?? 0) + 1);
    bySentence.push(found);
  }
  for (const list of bySentence) for (const f of list) {
    const n = counts.get(foldName(f.name)) ?? 1;
    f.features.push(`repeat:${n >= 3 ? '3+' : n}`);
  }
  return { ...articleSentenceInfo(sentences, bodyStart), bySentence };
}

/**
 * The candidate places of one meeting: each place of the article in its window (setting.ts), with the
 * window's features of its sentence.
 */
export function placeCandidates(
  article: ArticlePlaces,
  evidence: Span,
  stating: readonly Span[],
  participantMentions: (within: Span) => readonly Span[],
): PlaceCandidate[] {
  const window = meetingWindow(article, evidence, stating, participantMentions);
  if (!window) return [];
  const out: PlaceCandidate[] = [];
  for (let k = window.from; k <= window.to; k++) {
    const list = article.bySentence[k];
    if (!list.length) continue;
    const where = window.where(k);
    const context = window.context(k);
    const named = !context.includes('named:0');
    for (const f of list) {
      const own = f.features.filter((x) => x.startsWith('prep:') || x === 'venue-word');
      out.push({
        name: f.name,
        country: f.country,
        start: f.start,
        features: ['bias', ...f.features, ...context, ...own.map((x) => `d:${where}&${x}`), ...(named ? own.map((x) => `named&${x}`) : [])],
      });
    }
  }
  return out;
}

export const PLACE_MODEL_FILE = path.join(repoRoot, 'models/meeting-places.json');

/**
 * The meeting's place: the most probable candidate when it reaches the model's threshold. The same
 * place named elsewhere with its country known gives the country ("Sochi, Russia" earlier, "Sochi" here).
 */
export function choosePlace(model: CandidateModel, candidates: readonly PlaceCandidate[], threshold = model.threshold): MeetingPlace | null {
  const best = bestCandidate(model, candidates, threshold)?.candidate;
  if (!best) return null;
  const country = best.country ?? candidates.find((c) => c.country && foldName(c.name) === foldName(best.name))?.country ?? null;
  return { name: best.name, country };
}
