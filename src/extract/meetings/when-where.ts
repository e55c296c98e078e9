import { within } from '../intervals.js';
import type { CountryMention, PersonRef, Sentence, Span } from '../types.js';
import { meetingDate, type MeetingDate } from './dates.js';
import { statingSentences } from './decode.js';
import { agreedPlace, eventPlaces, presenceIn } from './article-place.js';
import { contextDay, DEFINITE_MEETING } from './article-day.js';
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
  return (m: { participants: readonly string[]; evidence: Span }): { date: MeetingDate | null; place: MeetingPlace | null } => {
    const stating = [m.evidence, ...statingSentences(sentences, [...people], [...m.participants], m.evidence, bodyStart)];
    const own = m.participants.flatMap((name) => byName.get(name) ?? []);
    // The participants' names in a sentence, by look-up: a scan of every mention per meeting would grow with the square of the article.
    const anchorsIn = (s: Span) => own.flatMap((p) => within(p.mentions, s).filter((x) => x.end <= s.end)).map((x) => ({ start: x.start - s.start, end: x.end - s.start }));
    let date = meetingDate(m.evidence.text, publishedAt, anchorsIn(m.evidence));
    for (const s of stating.slice(1)) {
      if (date?.source !== 'published') break;
      const other = meetingDate(text.slice(s.start, s.end), publishedAt, anchorsIn(s));
      if (other?.source === 'text') date = other;
    }
    if (date?.source === 'published') {
      // The story of the meeting names its participants or the others the evidence names with them ("Cameron was
      // accompanied at that meeting by Hague": Cameron's arrival gives the day).
      const present = people.filter((p) => own.includes(p) || within(p.mentions, m.evidence).some((x) => x.end <= m.evidence.end));
      date = contextDay({ text, sentences, bodyStart, publishedAt, cues: loadCues(), own: present.flatMap((p) => p.mentions) }, m.evidence) ?? date;
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
   * place: where it says they are ("Osborne said in Beijing"), else the venue of the meetings it names in their
   * sentences, else that of every meeting it names; each only when its places agree.
   */
  /** Whether a place's name is a whole country's ("France", "U.S."), too wide for a meeting found in another sentence. */
  function countryNamed(name: string): boolean {
    return inputs.countries.some((c) => c.text === name && (c.via === 'name' || c.via === 'abbreviation'));
  }

  /**
   * Where the article's body puts the participants (article-place.ts), when the meeting's own sentences name no
   * place: where it says they are ("Osborne said in Beijing"), else the venue, a city or a building, of the
   * meetings their sentences within EVENT_REACH of the evidence name ("talks between Merkel and Sarkozy in
   * Berlin"); each only when its places agree. The venues of meetings elsewhere in the article, named with no
   * participant, are not used: on train+tune they placed 17 meetings where the text names no place, for 5 right.
   */
  function articlePlace(participants: readonly string[], evidence: Span): MeetingPlace | null {
    const own = participants.flatMap((name) => byName.get(name)?.mentions ?? []).filter((x) => x.start >= bodyStart);
    const others = people.filter((p) => !participants.includes(p.name)).flatMap((p) => p.mentions);
    const theirs = [...new Set(own.map((x) => sentenceIndex(sentences, x.start)).filter((k) => k >= 0))].sort((a, b) => a - b);
    const present = theirs.flatMap((k) => {
      const s = { start: sentences[k].start, end: sentences[k].end, text: '' };
      return presenceIn(text, s, within(own, s), within(others, s), inputs.places, inputs.countries);
    });
    if (present.length) return agreedPlace(present);
    const k = sentenceIndex(sentences, evidence.start);
    const near = theirs.filter((j) => Math.abs(j - k) <= EVENT_REACH).map((j) => sentences[j]);
    const held = eventPlaces(text, near, loadCues(), inputs.places, inputs.countries).filter((p) => !countryNamed(p.place.name));
    if (held.length || !DEFINITE_MEETING.test(text.slice(evidence.start, evidence.end))) return agreedPlace(held);
    // "would not comment on the meeting's agenda": the meeting named before ("The Goldman board held the meeting in Mumbai").
    for (let j = k - 1; j >= 0 && sentences[j].start >= bodyStart; j--) {
      const venue = eventPlaces(text, [sentences[j]], loadCues(), inputs.places, inputs.countries).find((p) => !countryNamed(p.place.name));
      if (venue) return venue.place;
    }
    return null;
  }
}
