import { within } from '../intervals.js';
import type { CountryMention, PersonRef, Sentence, Span } from '../types.js';
import { loadCandidateModel, type CandidateModel } from './candidate-model.js';
import { meetingDate, type MeetingDate } from './dates.js';
import { statingSentences } from './decode.js';
import { PLACE_MODEL_FILE, articlePlaces, choosePlace, placeCandidates, type ArticlePlaces, type PlaceCandidate } from './place-candidates.js';
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
  /** Where no meeting's place stands (the dateline's city, credit lines). */
  notPlaces: readonly Span[];
}

/** Called with every held meeting's candidate places and the place its stating sentences give (the place model's trainer reads them). */
export type CandidateTrace = (meeting: { participants: readonly string[]; evidence: Span }, places: PlaceCandidate[], stated: MeetingPlace | null) => void;

/**
 * The day and place of each held meeting of an article. The day: the evidence sentence's, else that
 * of the next sentence stating the same people's meeting, else the article's own (dates.ts). The
 * place: the venue the evidence sentence (or the next one stating the meeting) introduces (places.ts);
 * when they name none, with the learned model (models/meeting-places.json; npm run train:places), the
 * best of the article's places around the meeting (place-candidates.ts) when it is likely enough.
 */
export function meetingSettings(inputs: SettingInputs, opts: { placeModel?: CandidateModel | null; trace?: CandidateTrace } = {}) {
  const { text, sentences, bodyStart, publishedAt, people } = inputs;
  const placeModel = opts.placeModel === undefined ? loadCandidateModel(PLACE_MODEL_FILE) : opts.placeModel;
  const byName = new Map(people.map((p) => [p.name, p]));
  let placesOfArticle: ArticlePlaces | undefined;
  return (m: { participants: readonly string[]; evidence: Span }): { date: MeetingDate | null; place: MeetingPlace | null } => {
    const stating = [m.evidence, ...statingSentences(sentences, [...people], [...m.participants], m.evidence, bodyStart)];
    const own = m.participants.flatMap((name) => byName.get(name) ?? []);
    const mentionsIn = (s: Span) => own.flatMap((p) => within(p.mentions, s).filter((x) => x.end <= s.end));
    const anchorsIn = (s: Span) => mentionsIn(s).map((x) => ({ start: x.start - s.start, end: x.end - s.start }));
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
    // A venue the sentences stating the meeting introduce is its place; else the model chooses among the article's places.
    if (opts.trace || (placeModel && !place)) {
      placesOfArticle ??= articlePlaces(text, sentences, bodyStart, inputs.places, inputs.countries, inputs.notPlaces);
      const candidates = placeCandidates(placesOfArticle, m.evidence, stating.slice(1), mentionsIn);
      opts.trace?.(m, candidates, place);
      if (placeModel && !place) place = choosePlace(placeModel, candidates);
    }
    return { date, place };
  };
}
