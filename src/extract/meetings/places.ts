import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config.js';
import { MEETING_WORDS, cueWordsOf, loadCues } from './cues.js';
import { phrases, settingsWords } from './settings-words.js';
import { within } from '../intervals.js';
import type { CountryMention, Span } from '../types.js';
import { escapeRegExp } from '../../article/regex.js';

/** Where a meeting took place, as the text names it, and that place's country when known. */
export interface MeetingPlace {
  name: string;
  country: string | null;
}

let venueBefore: RegExp | undefined;

/**
 * Words that put the next place as the meeting's venue: "in", "at", "outside", "on the sidelines of ... in", and "to"
 * only as the end of a journey ("on a visit to Athens", "flew back to Beijing", data/meetings/settings.json
 * `presenceTo` and `presenceToAdverbs`). A bare "to" gives a place other roles: "loans to Ivory Coast", "shift its tax
 * residence to Britain", "talked to U.S. President-elect Barack Obama" (on train, five found meetings placed so, none
 * right).
 */
function venueBeforePattern(): RegExp {
  if (venueBefore) return venueBefore;
  // The cue words in either case ("on a Visit to China", "Flew back to"), letter by letter: an `i` flag would let the
  // name's \p{Lu} match lower case too.
  const anyCase = (w: string) => escapeRegExp(w).replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
  const alt = (words: string[]) => words.map((w) => w.split(' ').map(anyCase).join('\\s+')).join('|');
  const { presenceTo, presenceToAdverbs } = settingsWords();
  return (venueBefore = new RegExp(
    `\\b(?:in|at|outside|near|inside|(?:${alt(presenceTo)})(?:\\s+(?:${alt(presenceToAdverbs)}))?\\s+to|on\\s+the\\s+sidelines\\s+of(?:\\s+[^,.;]{0,60}?\\s+in)?)\\s+(?:the\\s+)?(?:(?:[\\p{Lu}][\\p{L}'’.-]*|of|de|la)\\s+){0,4}$`,
    'u',
  ));
}
/** "the Black Sea resort of Sochi", "the French port of Marseille": a descriptive head before the name. */
const DESCRIBED = /\b(?:resort|port|city|town|capital|village|island|region|province|state|town)\s+of\s+$/i;

/** A meeting word right after a venue's name makes it the venue ("a White House meeting", "Kremlin talks"). */
const MEETING_AFTER = /^['’]?s?\s+(?:meeting|meetings|talks|summit|dinner|lunch|breakfast|session|ceremony|news\s+conference|press\s+conference)\b/i;

let venues: Array<{ name: string; pattern: RegExp; country: string | null }> | undefined;
let buildings: { heads: Set<string>; affiliation: Set<string>; building: RegExp; room: RegExp } | undefined;

/**
 * Building and room venues (data/meetings/venues.json `buildings`, `rooms`): a capitalised name after a
 * venue word whose words include a building's ("at the Finance Ministry", "at Wharton School of the
 * University of Pennsylvania"), or a possessive and a room ("in Boehner's office", "in London's
 * Claridges hotel").
 */
function loadBuildings() {
  if (buildings) return buildings;
  const raw = JSON.parse(readFileSync(path.join(repoRoot, 'data/meetings/venues.json'), 'utf8')) as { buildings: string[]; rooms: string[]; affiliation: string[] };
  const cap = `[\\p{Lu}][\\p{L}'’.&-]*`;
  const word = `(?:${cap}|of\\s+the|of|for|and|de)`;
  return (buildings = {
    heads: new Set(raw.buildings),
    affiliation: new Set(raw.affiliation.map((w) => w.toLowerCase())),
    // A venue word, "the", then a capitalised name of at most eight words (inner "of", "of the", "for", "and").
    building: new RegExp(`\\b(?:[Aa]t|[Ii]n|[Ii]nside|[Oo]utside)\\s+(?:the\\s+)?(${cap}(?:\\s+${word}){0,7})`, 'gu'),
    room: new RegExp(`\\b(?:[Aa]t|[Ii]n|[Ii]nside|[Oo]utside|[Tt]o)\\s+(${cap}(?:\\s+${cap}){0,2}['’]s\\s+(?:${cap}\\s+){0,2}(?:${raw.rooms.join('|')}))\\b`, 'gu'),
  });
}

/** A building or a room (loadBuildings) that a venue word introduces in the evidence sentence: the first one. */
export function buildingVenue(text: string, evidence: Span): MeetingPlace | null {
  const found = buildingIn(text, evidence);
  return found && { name: found.name, country: null };
}

/** buildingVenue with the name's offsets in the text. */
function buildingIn(text: string, evidence: Span): { start: number; end: number; name: string } | null {
  const sentence = text.slice(evidence.start, evidence.end);
  const { heads, affiliation, building, room } = loadBuildings();
  // "his counterpart at the Philadelphia Fed", "the top Republican in Congress": where someone works, not where they met.
  const affiliated = (at: number) => affiliation.has((/([\p{L}-]+)\s*,?\s*$/u.exec(sentence.slice(Math.max(0, at - 30), at))?.[1] ?? '').toLowerCase());
  let best: { at: number; name: string } | null = null;
  for (const m of sentence.matchAll(room)) if (!affiliated(m.index!) && (!best || m.index! < best.at)) best = { at: m.index!, name: m[1] };
  for (const m of sentence.matchAll(building)) {
    if (affiliated(m.index!)) continue;
    // The name ends at its last building word ("the Finance Ministry on Wednesday" is "Finance Ministry"),
    // or at the capitalised words of an "of" after it ("School of the University of Pennsylvania").
    const words = m[1].split(/\s+/);
    let end = -1;
    // A last word carries the sentence's full stop ("at the Finance Ministry."): looked up without it.
    for (let i = 0; i < words.length; i++) if (heads.has(words[i].replace(/[.,]$/, ''))) end = i;
    if (end < 0) continue;
    for (let k = end + 1; k < words.length; ) {
      while (k < words.length && /^(of|the|for|and|de)$/.test(words[k])) k++;
      if (!(k < words.length && /^\p{Lu}/u.test(words[k]))) break;
      while (k < words.length && /^\p{Lu}/u.test(words[k])) end = k++;
    }
    const name = words.slice(0, end + 1).join(' ').replace(/[.,]$/, '');
    if (!best || m.index! < best.at) best = { at: m.index!, name };
  }
  if (!best) return null;
  const start = evidence.start + sentence.indexOf(best.name, best.at);
  return { start, end: start + best.name.length, name: best.name };
}

let topicIn: RegExp | undefined;

/**
 * Whether a whole country after "in" is the place of the noun before it, not a venue (data/meetings/settings.json
 * `topicNouns`): "to discuss ... the economic situation in Greece", "said economic reform in China was paramount". A
 * city there stays a venue, for want of evidence either way: of the annotated met evidence sentences (train 222, tune
 * 65) none has a topic's noun, "in" and a city (train 3 and tune 1 a country, none of them the venue; 6 train "in the
 * world", "in the euro zone"), so "to discuss the violence in Damascus" (the topic's) and "discussed the crisis in
 * Brussels" (where they met) are neither measured. Nor is a country that is the trip ("on a visit to boost investment
 * in India"), which this drops.
 */
export function topicCountry(text: string, p: Span, countries: CountryMention[]): boolean {
  if (!topicPlace(text, p.start)) return false;
  return within(countries, p).some((c) => c.start === p.start && c.end === p.end && (c.via === 'name' || c.via === 'abbreviation'));
}

/**
 * Whether a place (at `start`) follows a topic's noun and "in", a city as well as a country ("A summit on the violence
 * in Aleppo"): what the story's one meeting reads of its lead (when-where.ts storyVenue), where the sentence is known to
 * name a meeting and a city named there is its topic's as often as its venue.
 */
export function topicPlace(text: string, start: number): boolean {
  topicIn ??= new RegExp(`\\b(?:${settingsWords().topicNouns.map(escapeRegExp).join('|')})\\s+in\\s+(?:the\\s+)?$`, 'i');
  return topicIn.test(text.slice(Math.max(0, start - 40), start));
}

let comingAfter: RegExp | undefined;

/**
 * Whether the words right after a place put it to come (data/meetings/settings.json `toCome`): "meetings in
 * Washington next week" is the venue of meetings to come, not of the one the sentence reports. Right after it only:
 * after a comma the words open another clause ("met Sarkozy in Paris, next week they meet again in Berlin").
 */
export function venueToCome(text: string, p: Span): boolean {
  comingAfter ??= new RegExp(`^\\s*(?:${phrases(settingsWords().toCome)})\\b`, 'i');
  return comingAfter.test(text.slice(p.end, p.end + 30));
}

let wide: Set<string> | undefined;

/** A place too wide to be a meeting's setting (data/meetings/settings.json `tooWide`): "Europe", "Asia". */
export function tooWide(name: string): boolean {
  wide ??= new Set(settingsWords().tooWide.map((w) => w.toLowerCase()));
  return wide.has(name.toLowerCase());
}

/** The named venues of data/meetings/venues.json, longest first, loaded once. */
function loadVenues() {
  if (venues) return venues;
  const raw = JSON.parse(readFileSync(path.join(repoRoot, 'data/meetings/venues.json'), 'utf8')) as { venues: Record<string, string | null> };
  venues = Object.entries(raw.venues)
    .sort(([a], [b]) => b.length - a.length)
    .map(([name, country]) => ({ name, country, pattern: new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g') }));
  return venues;
}

/** A named venue (data/meetings/venues.json) that a venue word introduces or a meeting word follows, and its offset in the text. */
function namedVenue(text: string, evidence: Span): { place: MeetingPlace; start: number } | null {
  const sentence = text.slice(evidence.start, evidence.end);
  let best: { at: number; place: MeetingPlace } | null = null;
  for (const v of loadVenues()) {
    for (const m of sentence.matchAll(v.pattern)) {
      const at = m.index ?? 0;
      const before = sentence.slice(Math.max(0, at - 90), at);
      const after = sentence.slice(at + v.name.length, at + v.name.length + 40);
      if (!venueBeforePattern().test(before) && !MEETING_AFTER.test(after)) continue;
      if (!best || at < best.at) best = { at, place: { name: v.name, country: v.country } };
    }
  }
  return best && { place: best.place, start: evidence.start + best.at };
}

/**
 * The venue of a meeting in its evidence sentence: the first place (a tagged location, a
 * country or capital) that a venue word introduces ("in Minsk", "at the White House",
 * "outside Moscow", "on the sidelines of the APEC summit in Hanoi"). Its country is the
 * place's own when it is a country or capital, else a country named right after it
 * ("Tulsa, Oklahoma" stays unknown; "Sochi, Russia" is RU).
 */
export function meetingPlace(text: string, evidence: Span, places: Span[], countries: CountryMention[]): MeetingPlace | null {
  return meetingVenue(text, evidence, places, countries)?.place ?? null;
}

let meetingWord: RegExp | undefined;
/**
 * Whether a place (its sentence's words before it given) lies in what a "that" clause reports after the meeting the
 * sentence names before the "that", the clause itself naming no meeting: "Bodman said before his meeting with Naimi
 * that he agreed more refineries were needed in the United States". Not "said that he met Naimi in Riyadh", nor
 * "said after talks in Riyadh that ...".
 */
export function reportedAfterMeeting(before: string): boolean {
  const that = [...before.matchAll(/\bthat\b/gi)].pop();
  if (that?.index === undefined) return false;
  meetingWord ??= new RegExp(`\\b(?:${phrases(cueWordsOf(loadCues(), MEETING_WORDS))})\\b`, 'i');
  // A "that" right after the meeting's noun describes the meeting itself ("a summit that was held in Brussels"), as
  // does one a verb follows ("talks with Hu Jintao that lasted two hours in Beijing"): a reported clause opens with
  // its subject ("that he agreed", "that the talks", "that Iran"; settings.json thatClauseSubjects, or a capital).
  const head = before.slice(0, that.index);
  if (meetingNounBefore(head)) return false;
  const next = /^\s*([\p{L}'’]+)/u.exec(before.slice(that.index + that[0].length))?.[1];
  if (next !== undefined && !/^\p{Lu}/u.test(next) && !thatClauseSubjects().has(next.toLowerCase())) return false;
  return meetingWord.test(head) && !meetingWord.test(before.slice(that.index));
}
let subjects: ReadonlySet<string> | undefined;
const thatClauseSubjects = () => (subjects ??= new Set(settingsWords().thatClauseSubjects));

/** Whether text ends with a meeting noun ("a summit ", "talks "): the noun a "that" after it describes. */
function meetingNounBefore(head: string): boolean {
  meetingNounEnd ??= new RegExp(`\\b(?:${phrases(cueWordsOf(loadCues(), ['meetNoun']))})\\s*$`, 'iu');
  return meetingNounEnd.test(head);
}
let meetingNounEnd: RegExp | undefined;

/**
 * How far before a place reportedAfterMeeting reads (characters): a "that" clause and the meeting named before it
 * stand within it, and a meeting's places are read without rereading a long sentence from its start for each.
 */
export const REPORTED_REACH = 1000;

/** meetingPlace with the venue's offset in the text (`start`): where the venue is named, not its name's first occurrence. */
export function meetingVenue(text: string, evidence: Span, places: Span[], countries: CountryMention[]): { place: MeetingPlace; start: number } | null {
  const building = buildingIn(text, evidence);
  for (const p of placeCandidates(evidence, places, countries)) {
    const before = text.slice(Math.max(evidence.start, p.start - 90), p.start);
    if (!venueBeforePattern().test(before) && !DESCRIBED.test(before)) continue;
    // A possessive or a demonym is a country's people or government, not a venue ("at Russia's request").
    if (/^['’]s\b/.test(text.slice(p.end, p.end + 2))) continue;
    // A place joined to the next word is a modifier: "at the U.S.-China dialogue", "a Paris-based bank".
    if (/^[-–]\p{L}/u.test(text.slice(p.end, p.end + 2))) continue;
    if (topicCountry(text, p, countries)) continue;
    if (reportedAfterMeeting(text.slice(Math.max(evidence.start, p.start - REPORTED_REACH), p.start))) continue;
    // "meetings in Washington next week": the venue of meetings to come.
    if (venueToCome(text, p)) continue;
    const place = placeNamed(text, p, countries);
    // A place inside a building's name is part of it, and gives it its country: "the Foreign Correspondents Club of
    // Japan", "London's Claridges hotel".
    if (building && p.start >= building.start && p.end <= building.end && p.end - p.start < building.end - building.start) return { place: { name: building.name, country: place.country }, start: building.start };
    return { place, start: p.start };
  }
  return namedVenue(text, evidence) ?? (building && { place: { name: building.name, country: null }, start: building.start });
}

/** The places a span holds, in text order: tagged locations, and countries or capitals named (not demonyms), none too wide (tooWide). */
export function placeCandidates(span: { start: number; end: number }, places: Span[], countries: CountryMention[]): Span[] {
  const inside = (s: Span) => s.start >= span.start && s.end <= span.end;
  return [...within(places, span).filter(inside), ...within(countries, span).filter((c) => inside(c) && c.via !== 'demonym')]
    .filter((p) => !tooWide(p.text))
    .sort((a, b) => a.start - b.start);
}

/**
 * A place as the text names it, with its country: the place's own when it is a country or capital, else a
 * country named right after it ("Sochi, Russia" is RU; "Tulsa, Oklahoma" stays unknown) or a demonym before
 * a descriptive head ("the French port of Marseille").
 */
export function placeNamed(text: string, p: Span, countries: CountryMention[]): MeetingPlace {
  // The countries around the place only: a look-up, not a scan of the article's every country.
  const near = within(countries, { start: p.start - 80, end: p.end + 4 });
  const own = near.find((c) => c.start === p.start && c.end === p.end && (c.via === 'name' || c.via === 'capital' || c.via === 'abbreviation' || c.via === 'metonym'));
  const next = near.find((c) => c.start > p.end && c.start <= p.end + 3 && /^\s*,\s*$/.test(text.slice(p.end, c.start)));
  const demonymBefore = near.find((c) => c.via === 'demonym' && c.end <= p.start && c.end >= p.start - 40 && DESCRIBED.test(text.slice(c.end, p.start)));
  return { name: text.slice(p.start, p.end), country: own?.code ?? next?.code ?? demonymBefore?.code ?? null };
}
