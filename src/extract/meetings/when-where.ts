import { within } from '../intervals.js';
import type { CountryMention, PersonRef, Sentence, Span } from '../types.js';
import { dateReadings, meetingDate, type MeetingDate } from './dates.js';
import { statingSentences } from './decode.js';
import { agreedPlace, eventPlaces, presenceIn, type PresenceStatement } from './article-place.js';
import { contextDay, DEFINITE_MEETING, SETTING_WINDOW } from './article-day.js';
import { sentenceIndex } from './anchors.js';
import { loadCues } from './cues.js';
import { meetingPlace, type MeetingPlace } from './places.js';

/** What an article gives its meetings' days and places. */
export interface SettingInputs {
  text: string;
  sentences: Sentence[];
  bodyStart: number;
  publishedAt: string | null;
  people: readonly PersonRef[];
  /** Tagged locations. */
  places: Span[];
  countries: CountryMention[];
}

/** How many sentences from the evidence a participant's other meeting sentence still gives the meeting its venue. */
export const EVENT_REACH = 3;

/**
 * The day and place of each held meeting of an article: the day the evidence sentence gives, else
 * that of the next sentence stating the same people's meeting, else that of the story around it or
 * the lead's (article-day.ts), else the article's own (dates.ts); the venue the evidence sentence
 * introduces, else that of the next sentence stating the meeting (places.ts), else where the article
 * puts the participants (articlePlace).
 */
export function meetingSettings(inputs: SettingInputs) {
  const { text, sentences, bodyStart, publishedAt, people } = inputs;
  const byName = new Map(people.map((p) => [p.name, p]));
  // Every person of each name (statingSentences reads the participants' mentions only, not every person's per meeting).
  const allByName = new Map<string, PersonRef[]>();
  for (const p of people) allByName.set(p.name, [...(allByName.get(p.name) ?? []), p]);
  const cues = loadCues();
  // Every person's mentions in one list, looked up by sentence: a scan per meeting would grow with the square of the article.
  const mentions = people.flatMap((p) => p.mentions.map((x) => ({ start: x.start, end: x.end, text: x.text, name: p.name })));
  const namedIn = (s: { start: number; end: number }) => within(mentions, s).filter((x) => x.end <= s.end);
  const countryNames = new Set(inputs.countries.filter((c) => c.via === 'name' || c.via === 'abbreviation').map((c) => c.text));
  // chrono's readings of the article's sentences, for all its meetings: they share evidence and stating sentences.
  const readings = dateReadings();
  return (m: { participants: readonly string[]; evidence: Span }): { date: MeetingDate | null; place: MeetingPlace | null } => {
    const stating = [m.evidence, ...statingSentences(sentences, m.participants.flatMap((n) => allByName.get(n) ?? []), [...m.participants], m.evidence, bodyStart)];
    const own = m.participants.flatMap((name) => byName.get(name) ?? []);
    // The participants' names in a sentence, by look-up: a scan of every mention per meeting would grow with the square of the article.
    const anchorsIn = (s: Span) => own.flatMap((p) => within(p.mentions, s).filter((x) => x.end <= s.end)).map((x) => ({ start: x.start - s.start, end: x.end - s.start }));
    let date = meetingDate(m.evidence.text, publishedAt, anchorsIn(m.evidence), readings);
    for (const s of stating.slice(1)) {
      if (date?.source !== 'published') break;
      const other = meetingDate(text.slice(s.start, s.end), publishedAt, anchorsIn(s), readings);
      if (other?.source === 'text') date = other;
    }
    if (date?.source === 'published') {
      // The story of the meeting names its participants or the others the evidence names with them ("Cameron was
      // accompanied at that meeting by Hague": Cameron's arrival gives the day).
      const present = new Set([...m.participants, ...namedIn(m.evidence).map((x) => x.name)]);
      const names = (s: Span | Sentence) => namedIn(s).some((x) => present.has(x.name));
      date = contextDay({ text, sentences, bodyStart, publishedAt, cues, names, readings }, m.evidence) ?? date;
    }
    let place: MeetingPlace | null = null;
    for (const s of stating) {
      place = meetingPlace(text, { ...s, text: text.slice(s.start, s.end) }, inputs.places, inputs.countries);
      if (place) break;
    }
    return { date, place: place ?? articlePlace(m.participants, m.evidence) };
  };

  /**
   * Where the article's body puts the participants (article-place.ts), when the meeting's own sentences name no
   * place: where it says they are ("Osborne said in Beijing"), else the venue, a city or a building, of the
   * meetings their sentences within EVENT_REACH of the evidence name ("talks between Merkel and Sarkozy in
   * Berlin"), each only when its places agree; else, when the evidence speaks of "the meeting", the venue of the
   * nearest meeting named before it ("The Goldman board held the meeting in Mumbai"). Sentences within
   * SETTING_WINDOW of the evidence only. The venues of meetings elsewhere in the article, named with no
   * participant, are not used: on train+tune they placed 17 meetings where the text names no place, for 5 right.
   */
  function articlePlace(participants: readonly string[], evidence: Span): MeetingPlace | null {
    const k = sentenceIndex(sentences, evidence.start);
    if (k < 0) return null;
    const theirs: number[] = [];
    const present: PresenceStatement[] = [];
    for (let j = Math.max(0, k - SETTING_WINDOW); j <= Math.min(sentences.length - 1, k + SETTING_WINDOW); j++) {
      const s = { start: sentences[j].start, end: sentences[j].end, text: '' };
      if (s.start < bodyStart) continue;
      const named = namedIn(s);
      const own = named.filter((x) => participants.includes(x.name));
      if (!own.length) continue;
      theirs.push(j);
      present.push(...presenceIn(text, s, own, named.filter((x) => !participants.includes(x.name)), inputs.places, inputs.countries));
    }
    if (present.length) return agreedPlace(present);
    const wide = (p: PresenceStatement) => countryNames.has(p.place.name);
    const near = theirs.filter((j) => Math.abs(j - k) <= EVENT_REACH).map((j) => sentences[j]);
    const held = eventPlaces(text, near, cues, inputs.places, inputs.countries).filter((p) => !wide(p));
    if (held.length || !DEFINITE_MEETING.test(text.slice(evidence.start, evidence.end))) return agreedPlace(held);
    // "would not comment on the meeting's agenda": the meeting named before ("The Goldman board held the meeting in Mumbai").
    for (let j = k - 1; j >= Math.max(0, k - SETTING_WINDOW) && sentences[j].start >= bodyStart; j--) {
      const venue = eventPlaces(text, [sentences[j]], cues, inputs.places, inputs.countries).find((p) => !wide(p));
      if (venue) return venue.place;
    }
    return null;
  }
}
