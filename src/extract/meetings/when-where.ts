import { within } from '../intervals.js';
import type { CountryMention, PersonRef, Sentence, Span } from '../types.js';
import { dateReadings, meetingDate, meetingDateAt, namesOtherTime, type MeetingDate } from './dates.js';
import { statingSentences } from './decode.js';
import { agreedPlace, eventPlaces, presenceAmong, sentencePlaces, type PresenceStatement } from './article-place.js';
import { clauseToCome, contextDay, DEFINITE_MEETING, MEETING_NOUN, outsideNames, outsideQuotes, SETTING_WINDOW } from './article-day.js';
import { sentenceIndex } from './anchors.js';
import { loadCues, MEETING_WORDS, sentenceHasCue } from './cues.js';
import { perSpan } from './per-span.js';
import { venueNotHeld } from './not-held.js';
import { meetingPlace, meetingVenue, topicPlace, type MeetingPlace } from './places.js';

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
 * How many sentences open a story's body, its lead: a venue stated for a meeting there, with no other venue stated for a
 * meeting in the whole story, is the setting of the story's meeting (storyPlace).
 */
export const STORY_LEAD = 5;

/** How many words before a lead's venue its meeting noun stands at most ("the 90-minute encounter at Lynn University in"). */
const NOUN_REACH = 5;

/** The most distinct place names the venues of a story's one meeting take ("Boca Raton", "Lynn University in Boca Raton", "Florida"). */
const STORY_NAMES = 4;

/**
 * The day and place of each held meeting of an article: the day the evidence sentence gives, else
 * that of the next sentence stating the same people's meeting, else that of the story around it or
 * the lead's (article-day.ts), else the article's own (dates.ts); the venue the evidence sentence
 * introduces, else that of the next sentence stating the meeting (places.ts), else where the article
 * puts the participants (articlePlace), else the venue of the story's one meeting (storyPlace).
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
  const namedIn = perSpan((s: { start: number; end: number }) => within(mentions, s).filter((x) => x.end <= s.end));
  // What a sentence gives every meeting it states is read once (per-span.ts): the venue it introduces, the venue
  // of the meeting it names, whether it speaks of "the meeting", whether it names a meeting at all.
  const venueIn = perSpan((s: { start: number; end: number }) => meetingPlace(text, { start: s.start, end: s.end, text: text.slice(s.start, s.end) }, inputs.places, inputs.countries));
  // The text with every person's name blanked, for words of time to come only: "Will Smith" is no "will".
  // Made on first use: most articles' meetings (and articles without any) never read it.
  let unnamedText: string | undefined;
  const unnamed = () => (unnamedText ??= outsideNames(text, mentions));
  const heldIn = perSpan((s: Sentence) => eventPlaces(text, [s], cues, inputs.places, inputs.countries, unnamed()));
  const definite = perSpan((s: { start: number; end: number }) => DEFINITE_MEETING.test(text.slice(s.start, s.end)));
  const namesMeeting = perSpan((s: Sentence) => sentenceHasCue(s, cues, MEETING_NOUN));
  // Each sentence's mentions by name, and its places and people for presenceAmong: a meeting reads its participants' mentions, not everyone's.
  const namePositions = perSpan((s: { start: number; end: number }) => {
    const at = new Map<string, number[]>();
    namedIn(s).forEach((x, i) => {
      const list = at.get(x.name);
      if (list) list.push(i);
      else at.set(x.name, [i]);
    });
    return at;
  });
  const ownIn = (s: { start: number; end: number }, participants: readonly string[]) => {
    const at = namePositions(s);
    const named = namedIn(s);
    return [...new Set(participants)].flatMap((n) => at.get(n) ?? []).sort((a, b) => a - b).map((i) => named[i]);
  };
  // Whether two spans name a person in common, once per pair of spans (a sentence and those of its story).
  const shared = new Map<string, boolean>();
  const sharesName = (a: Span, b: { start: number; end: number }) => {
    const key = `${a.start}:${a.end}:${b.start}:${b.end}`;
    let has = shared.get(key);
    if (has === undefined) {
      const [small, large] = [namePositions(a), namePositions(b)].sort((x, y) => x.size - y.size);
      has = [...small.keys()].some((n) => large.has(n));
      shared.set(key, has);
    }
    return has;
  };
  const placesIn = perSpan((s: Span) => sentencePlaces(text, s, namedIn(s), inputs.places, inputs.countries));
  const countryNames = new Set(inputs.countries.filter((c) => c.via === 'name' || c.via === 'abbreviation').map((c) => c.text));
  // chrono's readings of the article's sentences, for all its meetings: they share evidence and stating sentences.
  const readings = dateReadings();
  let story: MeetingPlace | null | undefined;
  /** The day the lead gives the story's one meeting (storyVenue), when it gives one. */
  let storyDay: string | null = null;
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
    // The day the meeting's own sentences give, before the story around it lends one.
    const ownDay = date?.source === 'text' ? date.date : null;
    if (date?.source === 'published') {
      // The story of the meeting names its participants or the others the evidence names with them ("Cameron was
      // accompanied at that meeting by Hague": Cameron's arrival gives the day).
      const names = (s: Span | Sentence) => m.participants.some((n) => namePositions(s).has(n)) || sharesName(m.evidence, s);
      date = contextDay({ text, sentences, bodyStart, publishedAt, cues, names, definite, namesMeeting, readings, unnamed: unnamed() }, m.evidence) ?? date;
    }
    let place: MeetingPlace | null = null;
    for (const s of stating) {
      place = venueIn(s);
      if (place) break;
    }
    return { date, place: place ?? articlePlace(m.participants, m.evidence) ?? storyPlace(m.evidence, ownDay) };
  };

  /**
   * The setting of the story's one meeting, for a meeting whose evidence names no meeting of its own or speaks of "the
   * meeting" ("Lamar Alexander and Obama also clashed on ...", "Also attending were ...", "The leaders heard ..."): the
   * venue the lead states for a meeting, its meeting noun a few words before it ("the day-long summit at Blair House",
   * "the 90-minute encounter at Lynn University"), when every venue the story's body states for a meeting agrees with
   * it. Not for a meeting its sentence states with a meeting word of its own ("met Mittal last week", "talks with
   * Monti"), a meeting of another day or place as often as the story's; nor when the lead states no venue for a
   * meeting (the story's meeting is not its subject). Not for a meeting of another time: its own sentences give a day
   * (`ownDay`) other than the lead meeting's, or the evidence names a year, a month or a longer span ("clashed on
   * tariffs in 2009", "last year").
   */
  function storyPlace(evidence: Span, ownDay: string | null): MeetingPlace | null {
    const k = sentenceIndex(sentences, evidence.start);
    if (k < 0 || (sentenceHasCue(sentences[k], cues, MEETING_WORDS) && !definite(evidence))) return null;
    const venue = storyVenue();
    if (!venue) return null;
    if (ownDay !== null) return ownDay === storyDay ? venue : null;
    return namesOtherTime(outsideQuotes(evidence.text), publishedAt, readings) ? null : venue;
  }

  /**
   * Whether a meeting noun stands among the NOUN_REACH words before the venue of a sentence, its clause reporting the
   * meeting as held (not-held.ts: not "ahead of a summit in Paris", "called for a summit in Paris", "A summit in Paris
   * was cancelled").
   */
  function nounBeforeVenue(s: Sentence): boolean {
    const venue = meetingVenue(text, { start: s.start, end: s.end, text: text.slice(s.start, s.end) }, inputs.places, inputs.countries);
    // "A summit on the violence in Aleppo": the topic's city (places.ts topicPlace).
    if (!venue || topicPlace(text, venue.start)) return false;
    const before = s.tokens.filter((t) => t.end <= venue.start).slice(-NOUN_REACH);
    return sentenceHasCue({ tokens: before }, cues, MEETING_NOUN) && !venueNotHeld(s, venue.start);
  }

  /** The day a lead sentence gives, unless its clause puts it to come (as contextDay reads a day); quotations blanked. */
  function leadDay(s: Sentence): string | null {
    const sentence = outsideQuotes(text.slice(s.start, s.end));
    const found = meetingDateAt(sentence, publishedAt, [], readings);
    if (found?.source !== 'text' || (found.at !== undefined && clauseToCome(outsideQuotes(unnamed().slice(s.start, s.end)), found.at))) return null;
    return found.date;
  }

  /** The venue of the story's one meeting (storyPlace), read once per article. */
  function storyVenue(): MeetingPlace | null {
    if (story !== undefined) return story;
    const wide = (p: PresenceStatement) => countryNames.has(p.place.name);
    const body = sentences.filter((s) => s.start >= bodyStart);
    const held = body.map((s) => heldIn(s).filter((p) => !wide(p)));
    // The lead names the story's meeting with its venue ("the day-long summit at Blair House", "the 90-minute
    // encounter at Lynn University in Boca Raton"), not a place some other clause names ("Cody is a long way from
    // the marble hallways of the Federal Reserve in Washington, but ... when policy-makers meet later this month").
    const lead = held.slice(0, STORY_LEAD).map((h, j) => h.length > 0 && nounBeforeVenue(body[j]));
    if (!lead.some(Boolean)) return (story = null);
    // The venue's sentence's day, else the body's first sentence's: the day of the event the story reports.
    storyDay = leadDay(body[lead.indexOf(true)]) ?? leadDay(body[0]);
    // More names than a city, its country and a building or two is more than one meeting (and agreedPlace compares each two).
    const names = new Set(held.flat().map((p) => p.place.name));
    return (story = names.size <= STORY_NAMES ? agreedPlace(held.flat()) : null);
  }

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
      const own = ownIn(s, participants);
      if (!own.length) continue;
      theirs.push(j);
      present.push(...presenceAmong(text, placesIn(s), own));
    }
    if (present.length) return agreedPlace(present);
    const wide = (p: PresenceStatement) => countryNames.has(p.place.name);
    const near = theirs.filter((j) => Math.abs(j - k) <= EVENT_REACH).map((j) => sentences[j]);
    const held = near.flatMap(heldIn).filter((p) => !wide(p));
    if (held.length || !definite(evidence)) return agreedPlace(held);
    // "would not comment on the meeting's agenda": the meeting named before ("The Goldman board held the meeting in Mumbai").
    for (let j = k - 1; j >= Math.max(0, k - SETTING_WINDOW) && sentences[j].start >= bodyStart; j--) {
      const venue = heldIn(sentences[j]).find((p) => !wide(p));
      if (venue) return venue.place;
    }
    return null;
  }
}
