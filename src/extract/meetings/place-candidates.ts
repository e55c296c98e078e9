import { readFileSync } from 'node:fs';
import path from 'node:path';
import { foldName } from '../../article/names.js';
import { repoRoot } from '../../config.js';
import { SpanSet } from '../intervals.js';
import type { CountryMention, Sentence, Span } from '../types.js';
import { bestCandidate, type CandidateModel } from './candidate-model.js';
import { DESCRIBED, MEETING_AFTER, VENUE_BEFORE, buildingIn, insideBuilding, namedVenueHits, placeCountry, sentencePlaceMentions, type MeetingPlace } from './places.js';
import { articleSentenceInfo, meetingWindow, type ArticleSentences } from './setting.js';

/**
 * Where a meeting may have taken place: every place the article names around it, each with the
 * features the learned place model (candidate-model.ts, models/meeting-places.json) weighs. Most
 * meetings' places are not in their evidence sentence: the story's setting is stated once ("Lagarde
 * made the comments in Beijing", "during a visit to Athens") and the meeting reported sentences
 * away, so candidates come from a window of sentences (setting.ts) and the title, described by
 * where they stand relative to the meeting and what introduces them.
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
  /** Per sentence, the places in it with the features that do not depend on the meeting. */
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
/** How many words before the place (or its preposition) are read for cue words. */
const CUE_WINDOW = 6;

/** The features of the text before a place (from its sentence's start): its preposition, the cue words just before, how it is introduced. */
function introFeatures(text: string, sentenceStart: number, at: number): string[] {
  const from = Math.max(sentenceStart, at - 90);
  // A look-back that starts inside a word drops that word's piece.
  const before = from > sentenceStart ? text.slice(from, at).replace(/^\S*\s/, '') : text.slice(from, at);
  const words = before.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  let i = words.length - 1;
  if (words[i] === 'the') i--;
  const prep = i >= 0 && PREPOSITIONS.has(words[i]) ? words[i] : 'none';
  const end = prep === 'none' ? words.length : i;
  const out = [`prep:${prep}`];
  const cues = placeCues();
  const classes = new Set<string>();
  for (let k = Math.max(0, end - CUE_WINDOW); k < end; k++) {
    const c = cues.get(words[k]);
    if (c) classes.add(c);
  }
  for (const c of classes) out.push(`cue:${c}`, `cue:${c}&prep:${prep}`);
  if (VENUE_BEFORE.test(before)) out.push('venue-word');
  if (DESCRIBED.test(before)) out.push('described');
  return out;
}

/** A name's possessive ending: "Moscow's" names Moscow's people or budget, rarely where a meeting was. */
const POSSESSIVE = /['’]s$/;

/**
 * The places of one article, by sentence, with their meeting-independent features: tagged places and
 * countries, buildings ("at the Finance Ministry") and named venues, none inside `exclude`.
 */
export function articlePlaces(
  text: string,
  sentences: Sentence[],
  bodyStart: number,
  places: Span[],
  countries: CountryMention[],
  /** Where no meeting's place stands: the dateline's city (where the story was filed), credit lines (where the reporters are). */
  exclude: readonly Span[] = [],
): ArticlePlaces {
  const excluded = new SpanSet(exclude);
  const counts = new Map<string, number>();
  const bySentence: ArticlePlaces['bySentence'] = sentences.map((s) => {
    const span = { start: s.start, end: s.end, text: '' };
    const found: ArticlePlaces['bySentence'][number] = [];
    const building = buildingIn(text, span);
    let buildingCountry: string | null = null;
    for (const { mention: m, kind } of sentencePlaceMentions(span, places, countries, excluded)) {
      // A place inside a building's name is part of it and gives it its country ("the Foreign Correspondents Club of Japan").
      if (insideBuilding(m, building)) {
        buildingCountry ??= placeCountry(text, m, countries);
        continue;
      }
      let name = text.slice(m.start, m.end);
      const features = [`kind:${kind}`, ...introFeatures(text, s.start, m.start)];
      const after = text.slice(m.end, m.end + 40);
      if (POSSESSIVE.test(name) || /^['’]s\b/.test(after)) {
        name = name.replace(POSSESSIVE, '');
        features.push('possessive');
      }
      if (/^\s*-?\s*(?:based|born)\b/i.test(after)) features.push('based');
      if (MEETING_AFTER.test(after)) features.push('meeting-after');
      found.push({ name, country: placeCountry(text, m, countries), start: m.start, end: m.end, features });
    }
    if (building && !excluded.overlaps(building.start, building.end)) {
      found.push({ name: building.name, country: buildingCountry, start: building.start, end: building.end, features: ['kind:building', ...introFeatures(text, s.start, building.start)] });
    }
    for (const v of namedVenueHits(text, span)) {
      if (excluded.overlaps(v.start, v.end) || found.some((f) => v.start < f.end && f.start < v.end)) continue;
      const features = ['kind:venue', ...introFeatures(text, s.start, v.start)];
      if (MEETING_AFTER.test(text.slice(v.end, v.end + 40))) features.push('meeting-after');
      found.push({ name: v.name, country: v.country, start: v.start, end: v.end, features });
    }
    found.sort((a, b) => a.start - b.start);
    if (found.length) found[0].features.push('first-in-sentence');
    for (const f of found) counts.set(foldName(f.name), (counts.get(foldName(f.name)) ?? 0) + 1);
    return found;
  });
  for (const list of bySentence)
    for (const f of list) {
      const n = counts.get(foldName(f.name)) ?? 1;
      f.features.push(`repeat:${n >= 3 ? '3+' : n}`);
    }
  return { ...articleSentenceInfo(sentences, bodyStart), bySentence };
}

/**
 * The candidate places of one meeting: each place of the title and of the meeting's window of
 * sentences (setting.ts), with the window's features of its sentence.
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
  const title = Math.max(0, article.lead);
  // The title's sentences for every meeting, however far into the article; then the window.
  const indices = [...Array.from({ length: Math.min(title, window.from) }, (_, k) => k), ...Array.from({ length: window.to - window.from + 1 }, (_, k) => window.from + k)];
  for (const k of indices) {
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
