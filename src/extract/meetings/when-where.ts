import { within } from '../intervals.js';
import type { CountryMention, PersonRef, Sentence, Span } from '../types.js';
import { meetingDate, type MeetingDate } from './dates.js';
import { statingSentences } from './decode.js';
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

/**
 * The day and place of each held meeting of an article: the day the evidence sentence gives, else
 * that of the next sentence stating the same people's meeting, else the article's own (dates.ts);
 * the venue the evidence sentence introduces, else that of the next sentence stating the meeting
 * (places.ts).
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
    let place: MeetingPlace | null = null;
    for (const s of stating) {
      place = meetingPlace(text, { ...s, text: text.slice(s.start, s.end) }, inputs.places, inputs.countries);
      if (place) break;
    }
    return { date, place };
  };
}
