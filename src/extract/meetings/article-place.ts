import { escapeRegExp } from '../../article/regex.js';
import type { CountryMention, Sentence, Span } from '../types.js';
import { lowerBound, within } from '../intervals.js';
import { clauseToCome, outsideQuotes } from './article-day.js';
import { MEETING_WORDS, sentenceHasCue, type CueClasses } from './cues.js';
import { meetingVenue, placeCandidates, placeNamed, venueToCome, type MeetingPlace } from './places.js';
import { settingsWords } from './settings-words.js';

/** Where an article puts one of a meeting's participants: the place, and where the statement is. */
export interface PresenceStatement {
  place: MeetingPlace;
  /** Offset of the place in the text. */
  at: number;
  /** The place is a whole country ("Greece"), not a city or region in one. */
  wholeCountry: boolean;
}

interface Cues {
  /** A participant, then these words right before the place: "Osborne said in Beijing", "Merkel ... on a visit to Athens". */
  after: RegExp;
  /** A sentence opening on the place, a participant later: "And in Beijing, Lagarde ...". */
  opening: RegExp;
  /** A copula right after the participant (or after an apposition between commas): "Lagarde, on tour, was in Beijing". */
  copula: RegExp;
}

let cues: Cues | undefined;

/** The cue words of data/meetings/settings.json as patterns, loaded once. */
export function loadPresenceCues(): Cues {
  if (cues) return cues;
  const raw = settingsWords();
  const alt = (words: string[]) => words.filter((w) => w !== '').map((w) => w.split(' ').map(escapeRegExp).join('\\s+')).join('|');
  return (cues = {
    after: new RegExp(`\\b(?:(?:${alt(raw.presenceIn)})\\s+in|(?:${alt(raw.presenceTo)})\\s+to|(?:${alt(raw.presenceBare)}))\\s+(?:the\\s+)?$`, 'i'),
    opening: new RegExp(`^\\W*(?:(?:${alt(raw.openers)})\\s+)?in\\s+(?:the\\s+)?$`, 'i'),
    copula: new RegExp(`^\\s*(?:,[^,]{0,80},\\s*)?(?:${alt(raw.presenceCopula)})\\s+in\\s+(?:the\\s+)?$`, 'i'),
  });
}

/** A sentence's places and people, read once for every meeting whose participants it names (presenceAmong). */
export interface SentencePlaces {
  sentence: Span;
  /** The sentence's places (placeCandidates), in text order, and their starts. */
  candidates: Span[];
  starts: number[];
  /** The candidates (indices) opening the sentence before a comma: "And in Beijing, Lagarde ...". */
  openers: number[];
  /** Everyone's mentions in the sentence, in text order, and their starts. */
  everyone: readonly Span[];
  everyoneStarts: number[];
  countries: CountryMention[];
}

/** A sentence's places and people for presenceAmong; `everyone` are all the people's mentions in it, in text order. */
export function sentencePlaces(text: string, sentence: Span, everyone: readonly Span[], places: Span[], countries: CountryMention[]): SentencePlaces {
  const { opening } = loadPresenceCues();
  const candidates = placeCandidates(sentence, places, countries);
  const openers: number[] = [];
  candidates.forEach((p, i) => {
    if (opening.test(text.slice(sentence.start, p.start)) && /^\s*,/.test(text.slice(p.end, p.end + 3))) openers.push(i);
  });
  return { sentence, candidates, starts: candidates.map((p) => p.start), openers, everyone, everyoneStarts: everyone.map((m) => m.start), countries };
}

/** The longest stretch between a participant's name and the place a presence cue puts them in ("said on Tuesday during a visit to"). */
const CUE_REACH = 90;

/**
 * The places a sentence puts a participant in: a place after a participant's name and a presence cue with
 * nothing but words between ("Osborne said in Beijing", "Carstens' visit to Beijing", "Merkel said on Tuesday
 * during a visit to Athens"), or a place opening the sentence whose subject, after the comma, is a participant
 * ("And in Beijing, Lagarde indicated ..."). `own` are the participants' mentions in the sentence, `others`
 * the other people's: a statement about someone else between them puts the participant nowhere.
 */
export function presenceIn(text: string, sentence: Span, own: readonly Span[], others: readonly Span[], places: Span[], countries: CountryMention[]): PresenceStatement[] {
  const byStart = (a: Span, b: Span) => a.start - b.start;
  const everyone = [...[...own].sort(byStart), ...[...others].sort(byStart)].sort(byStart);
  return presenceAmong(text, sentencePlaces(text, sentence, everyone, places, countries), own);
}

/**
 * presenceIn for one meeting's participants (`own`, among the sentence's `everyone`), reading only the places a
 * participant's name is within CUE_REACH of and those opening the sentence: a sentence stating hundreds of
 * meetings had all its places and people read again for each.
 */
export function presenceAmong(text: string, at: SentencePlaces, own: readonly Span[]): PresenceStatement[] {
  const { after, copula } = loadPresenceCues();
  const { candidates, starts, everyone, everyoneStarts, countries } = at;
  const out: PresenceStatement[] = [];
  // Mentions in text order, found by binary search per place: a long sentence's places times its mentions would grow with their product.
  const ownSorted = [...own].sort((a, b) => a.start - b.start);
  const ownEnds = ownSorted.map((m) => m.end);
  const ownSet = new Set(own);
  // The first mention starting at or after `pos` that is not a participant's.
  const nextOtherFrom = (pos: number) => {
    for (let i = lowerBound(everyoneStarts, pos); i < everyone.length; i++) if (!ownSet.has(everyone[i])) return everyone[i];
    return undefined;
  };
  // Whether the first mention starting at or after `pos` is a participant's (of mentions starting together, any).
  const ownFirstFrom = (pos: number) => {
    const i = lowerBound(everyoneStarts, pos);
    if (i >= everyone.length) return false;
    for (let j = i; j < everyone.length && everyoneStarts[j] === everyoneStarts[i]; j++) if (ownSet.has(everyone[j])) return true;
    return false;
  };
  const read = new Set(at.openers);
  for (const m of ownSorted) for (let i = lowerBound(starts, m.end); i < candidates.length && starts[i] <= m.end + CUE_REACH; i++) read.add(i);
  for (const i of [...read].sort((a, b) => a - b)) {
    const p = candidates[i];
    // "in the United States' interest", "in Russia's view": a country's, not a place someone is in.
    if (/^['’](?:s\b|\s)/.test(text.slice(p.end, p.end + 2))) continue;
    // "Merkel, who travels to China next month": where a participant is going, not where they are.
    if (venueToCome(text, p)) continue;
    const lead = ownSorted[lowerBound(ownEnds, p.start + 1) - 1]; // the last participant mention ending by the place (offsets are integers)
    const between = lead && text.slice(lead.end, p.start);
    const nextOther = lead && nextOtherFrom(lead.end);
    const otherBetween = !!nextOther && nextOther.end <= p.start;
    const byCue = lead && between !== undefined && between.length <= CUE_REACH && !otherBetween && !/[;"“”‘’]/.test(between) && (after.test(between) || copula.test(between));
    const opens = at.openers.includes(i) && ownFirstFrom(p.end);
    // The place's own country mention by look-up: a scan of the article's countries per place would grow with the article.
    const wholeCountry = within(countries, p).some((c) => c.start === p.start && c.end === p.end && (c.via === 'name' || c.via === 'abbreviation'));
    if (byCue || opens) out.push({ place: placeNamed(text, p, countries), at: p.start, wholeCountry });
  }
  return out;
}

/** Whether two statements can name the same place: one name holds the other, or one is the country the other lies in. */
function compatible(a: PresenceStatement, b: PresenceStatement): boolean {
  const x = a.place.name.toLowerCase();
  const y = b.place.name.toLowerCase();
  const inCountry = (whole: PresenceStatement, part: PresenceStatement) => whole.wholeCountry && whole.place.country !== null && whole.place.country === part.place.country;
  // Whole words only: "Oman" is not in "Romania", nor "Iran" in "Tirana".
  const holds = (u: string, v: string) => ` ${u} `.includes(` ${v} `);
  return holds(x, y) || holds(y, x) || inCountry(a, b) || inCountry(b, a);
}

/**
 * The one place the statements agree on, the most specific of them (a city over its country: "Beijing" over
 * "China"); none when they put the participants in two different places ("said in Beijing before flying to
 * Busan" is one place; "in Paris on Monday ... in Berlin on Tuesday" is two: no setting).
 */
export function agreedPlace(found: readonly PresenceStatement[]): MeetingPlace | null {
  if (!found.length) return null;
  // Each distinct place once: an article naming one city a hundred times compares one pair, not ten thousand.
  const distinct = [...new Map(found.map((f) => [`${f.place.name}\0${f.place.country}\0${f.wholeCountry}`, f])).values()];
  for (const a of distinct) for (const b of distinct) if (!compatible(a, b)) return null;
  return found.find((f) => !f.wholeCountry)?.place ?? found[0].place;
}

/**
 * The venues of the meetings `sentences` name, each sentence's first as meetingPlace finds it ("talks between
 * Merkel and Sarkozy in Berlin", "The Goldman board held the meeting in Mumbai"); none where the venue's clause puts
 * its meeting to come before the venue ("will be presented to a summit in Brussels on Thursday").
 */
export function eventPlaces(text: string, sentences: readonly Sentence[], cues: CueClasses, places: Span[], countries: CountryMention[], unnamed = text): PresenceStatement[] {
  const out: PresenceStatement[] = [];
  for (const s of sentences) {
    if (!sentenceHasCue(s, cues, MEETING_WORDS)) continue;
    const sentence = text.slice(s.start, s.end);
    const venue = meetingVenue(text, { start: s.start, end: s.end, text: sentence }, places, countries);
    // Words of time to come in the venue's clause before it put its meeting to come; after it, or in a side clause,
    // they are another clause's ("hoped the summit at Blair House would revive momentum", "Merkel, who faces an
    // election next month, held talks ... in Berlin"). Inside a quotation they are the speaker's ('"We would like
    // more," Merkel said after talks ... in Berlin'), blanked as contextDay blanks a day's sentence; so are people's
    // names (`unnamed`: "Will Smith").
    if (!venue || clauseToCome(outsideQuotes(unnamed.slice(s.start, s.end)), venue.start - s.start)) continue;
    out.push({ place: venue.place, at: s.start, wholeCountry: false });
  }
  return out;
}
