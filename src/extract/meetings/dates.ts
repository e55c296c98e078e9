import * as chrono from 'chrono-node';
import { monthAbbreviations, weekdayAbbreviations } from '../calendar-words.js';
import { phrases, settingsWords } from './settings-words.js';

/** When a meeting took place: a day the text gives, or the article's own day when it gives none. */
export interface MeetingDate {
  /** YYYY-MM-DD. */
  date: string;
  /** `text`: resolved from words in the evidence ("on Tuesday", "yesterday"); `published`: the article's date, the text giving no day. */
  source: 'text' | 'published';
  /** The words that gave the day, as in the text. */
  text?: string;
}

const DAY_MS = 86_400_000;
/**
 * How far ahead of the date line chrono's reading of a month and day without a year is a day to come: about four
 * months ("OPEC meets on December 5" in a November story). Further ahead it is the same day of the year before.
 */
const TO_COME_DAYS = 120;
/**
 * Spans of time that name no single day: "last week", "this month", "in 2008"; hours counted from some other event ("a
 * few hours before").
 */
const NOT_A_DAY = /\b(?:week|weeks|month|months|year|years|weekend|decade|century|season|quarter|hours|minutes)\b/i;
/**
 * "Second" read as a second of time ("sits down for a second time", "for a few seconds"), which chrono fixes to the
 * second: no day. As an ordinal of a date ("on March second", "the second of March") chrono reads a day, and it stays.
 */
const secondOfTime = (r: chrono.ParsedResult) => /\bseconds?\b/i.test(r.text) && r.start.isCertain('second');
/** Words before a date that make it something other than the day of the meeting. */
const NOT_WHEN = /\b(?:until|till|by|since|before|from|through|deadline|next|following)\s+(?:on\s+)?$/i;
/** A day to come: "a strike planned to begin on Monday", "talks due to resume on Friday", "will meet on Friday". */
const TO_COME_BEFORE = /\b(?:(?:planned|due|set|scheduled|expected)\s+to|will|shall)\s+[\p{L}-]+\s+(?:again\s+)?(?:on\s+)?$/iu;
let reportingBefore: RegExp | undefined;

/**
 * The reporting clause's day (data/meetings/settings.json `reportingClause`): a day right after a verb of saying, or
 * "told reporters" and its place ("his spokesman said on Monday", "told reporters in Brussels on Tuesday"). It dates
 * the report, not always the meeting the clause reports. "Told union officials on Tuesday" is no reporting clause:
 * telling a named audience may be the meeting.
 */
function reportingPattern(): RegExp {
  return (reportingBefore ??= new RegExp(`\\b(?:${phrases(settingsWords().reportingClause)})(?:\\s+in\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)?)?\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?$`, 'iu'));
}
/** A span of days counted from an event the words after it name ("a day before EU leaders meet", "two days after the vote"): no day of the date line's. */
const COUNTED_FROM_EVENT = /\b(?:before|after)$/i;
/** A day in the possessive is an event's, the object of the verb before it: "said Tuesday's talks were useful", "confirmed Friday's meeting". */
const POSSESSIVE = /^['’]s\b/;
/** A weekday the text itself puts in the past ("last Thursday", "this past Thursday"): never the next day. */
const SAID_PAST = /\b(?:last|past|previous)\b/i;

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The abbreviations chrono reads ("Sat", "Wed", "Sept"): a day only in "on Sat."-like use, never "Sun Microsystems". */
const ABBREVIATED = new Set([...weekdayAbbreviations(), ...monthAbbreviations()].map((w) => w.toLowerCase()));

/**
 * Whether chrono's reading names a day the way news writes one: a weekday or month capitalised ("sat down",
 * "may meet" are no days) and an abbreviated one with a number or after "on" ("Sun Microsystems" is no Sunday).
 */
function writtenAsDate(found: string): boolean {
  for (const word of found.match(/[A-Za-z]+/g) ?? []) {
    const abbreviated = ABBREVIATED.has(word.toLowerCase());
    if (!abbreviated && !WEEKDAYS.includes(word.toLowerCase()) && !MONTHS.includes(word.toLowerCase())) continue;
    if (word[0] !== word[0].toUpperCase()) return false;
    // "Oct. 11" and "on Sat." are days; "Sun" alone is a company's name as often.
    if (abbreviated && !/\d/.test(found) && !/\bon\s/i.test(found)) return false;
  }
  return true;
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * The UTC hour from which a date line's next day has begun where its stories may come from: at 21:00 UTC it is 05:00
 * in Beijing and 06:00 in Tokyo, and late afternoon in New York, where the next day's weekday names a day to come, not
 * one six days back. (From 18:00, a U.S. story's "on Wednesday" on a Tuesday meant the week before: train.)
 */
const LATE_UTC_HOUR = 21;
const filedLate = (publishedAt: string) => /T\d\d:/.test(publishedAt) && Number(publishedAt.slice(11, 13)) >= LATE_UTC_HOUR;

/**
 * chrono's readings of an article's sentences, each against a day, kept while the article is read
 * (dateReadings): a group meeting's pairs share their evidence sentence, and each meeting's stating
 * sentences and story are read again for the next (a third of the readings of the first 1,800 corpus
 * articles were repeats, each costing milliseconds; a sentence naming hundreds of people was read once
 * for each of its pairs). Bounded by the article: one entry per sentence read (and per quotation-blanked
 * form), let go with it. The readings are only read.
 */
export type DateReadings = Map<string, chrono.ParsedResult[]>;
/** An empty store of readings, for one article. */
export const dateReadings = (): DateReadings => new Map();

function chronoParse(sentence: string, day: string, ref: number, readings: DateReadings | undefined): chrono.ParsedResult[] {
  const read = () => chrono.en.casual.parse(sentence, { instant: new Date(ref), timezone: 0 });
  if (!readings) return read();
  const key = `${day}\0${sentence}`;
  let found = readings.get(key);
  if (!found) {
    found = read();
    readings.set(key, found);
  }
  return found;
}

/** A span of time longer than a day a sentence names of its own ("last year", "two weeks ago", "in March"), not this one ("this week"). */
const SPAN_OF_TIME = /\b(?:week|weeks|month|months|year|years|decade|decades|century|season|quarter)\b/i;
/** A year alone after a preposition of when, which chrono leaves unread: "clashed in 2009", "since 2010" (not "by 2012", a deadline). */
const BARE_YEAR = /\b(?:in|since|during)\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d\d)\b/gi;
/** A relative clause from its comma to the next or to the end: "Strauss-Kahn, who said the risks feared six months ago ...". */
const RELATIVE_TAIL = /,\s*(?:who|which|whose|whom)\b[^,;]*(?:[,;]|$)/giu;

/**
 * Whether a sentence names a time of its own before the article's that is no day: a year before the article's ("in
 * 2009", "March 2009"), a month alone ("in March"), or a span longer than a day ("last year", "two weeks ago"); not
 * this one ("this week"), nor one to come ("next week", "by 2012"), nor one in a relative clause ("Strauss-Kahn, who
 * said the risks feared six months ago had become a reality"). A meeting so dated is not the story's one meeting of a
 * day (when-where.ts storyPlace).
 */
export function namesOtherTime(sentence: string, publishedAt: string | null, readings?: DateReadings): boolean {
  if (!publishedAt) return false;
  const day = publishedAt.slice(0, 10);
  const own = sentence.replace(RELATIVE_TAIL, (c) => ' '.repeat(c.length));
  if ([...own.matchAll(BARE_YEAR)].some((m) => Number(m[1]) < Number(day.slice(0, 4)))) return true;
  const ref = Date.parse(`${day}T12:00:00Z`);
  return chronoParse(own, day, ref, readings).some(
    (r) =>
      writtenAsDate(r.text) &&
      !/\b(?:this|next|coming)\b/i.test(r.text) &&
      r.start.date().getTime() <= ref &&
      (SPAN_OF_TIME.test(r.text) || (r.start.isCertain('month') && !r.start.isCertain('day') && !r.start.isCertain('weekday'))),
  );
}

/**
 * The day a meeting reported in `evidence` took place, read against the article's date
 * (its date line's calendar day). Meetings reported as held lie in the past, so a bare
 * weekday is the latest such day on or before the article's (the next day's weekday, filed from
 * LATE_UTC_HOUR, is that next day), and a month and day without a year that chrono reads
 * after the article is a day to come and no meeting's within TO_COME_DAYS, else the previous year's. chrono-node finds and reads
 * the expressions; these rules only settle what it leaves open. `anchors` (the participants'
 * names, as offsets in `evidence`) pick the day nearest them when the sentence gives several.
 * `readings`, the article's (dateReadings), keeps chrono's readings for its next asks; without it the
 * sentence is read afresh.
 */
export function meetingDate(evidence: string, publishedAt: string | null, anchors: ReadonlyArray<{ start: number; end: number }> = [], readings?: DateReadings): MeetingDate | null {
  const d = meetingDateAt(evidence, publishedAt, anchors, readings);
  if (!d) return null;
  const { at: _at, ...date } = d;
  return date;
}

/** meetingDate with the offset in `evidence` of the words that gave the day (`at`), when the text gave one: the day's own, not its words' first occurrence. */
export function meetingDateAt(evidence: string, publishedAt: string | null, anchors: ReadonlyArray<{ start: number; end: number }> = [], readings?: DateReadings): (MeetingDate & { at?: number }) | null {
  if (!publishedAt) return null;
  const day = publishedAt.slice(0, 10);
  const ref = Date.parse(`${day}T12:00:00Z`);
  const found: Array<{ date: string; text: string; at: number; distance: number; reporting: boolean }> = [];
  for (const r of chronoParse(evidence, day, ref, readings)) {
    if (!writtenAsDate(r.text) || NOT_A_DAY.test(r.text) || secondOfTime(r) || NOT_WHEN.test(evidence.slice(0, r.index)) || TO_COME_BEFORE.test(evidence.slice(Math.max(0, r.index - 60), r.index)) || /^\s*now\s*$/i.test(r.text) || (COUNTED_FROM_EVENT.test(r.text) && /^\s+[\p{L}\d]/u.test(evidence.slice(r.index + r.text.length)))) continue;
    const start = r.start;
    let t: number;
    if (start.isCertain('day')) {
      t = Date.UTC(start.get('year') ?? 0, (start.get('month') ?? 1) - 1, start.get('day') ?? 1, 12);
      // chrono reads a month and day without a year as the nearest such day, at most half a year either way. Ahead of
      // the article by up to TO_COME_DAYS it is a day to come, no meeting's ("on Jan. 5" in a Dec. 20 story); further
      // ahead, the latest past one ("on Aug. 15" in a March story is last August's).
      if (!start.isCertain('year') && t > ref + DAY_MS) {
        if (t - ref < TO_COME_DAYS * DAY_MS) continue;
        t = Date.UTC((start.get('year') ?? 0) - 1, (start.get('month') ?? 1) - 1, start.get('day') ?? 1, 12);
      }
      if (t > ref + DAY_MS) continue;
    } else if (start.isCertain('weekday')) {
      const wanted = start.get('weekday') ?? 0;
      const saidPast = SAID_PAST.test(r.text);
      // "Last Wednesday" in a Wednesday story is a week back, never today.
      const back = (new Date(ref).getUTCDay() - wanted + 7) % 7 || (saidPast ? 7 : 0);
      // The date line is UTC: filed late in its day, a story from Asia speaks of the next day as today ("on Thursday"
      // in a Wednesday 21:32 UTC Beijing story). "Last Thursday" is the one six days back, filed late or not.
      t = back === 6 && filedLate(publishedAt) && !saidPast ? ref + DAY_MS : ref - back * DAY_MS;
    } else continue;
    // Of several days in one sentence, the one nearest the participants' names is theirs
    // ("met Lavrov on Thursday and Medvedev on Friday"; "in a Monday filing, X said he met Y on September 30").
    const distance = anchors.length ? Math.min(...anchors.map((a) => (a.end <= r.index ? r.index - a.end : Math.max(0, a.start - (r.index + r.text.length))))) : 0;
    found.push({ date: iso(t), text: r.text, at: r.index, distance, reporting: reportingPattern().test(evidence.slice(Math.max(0, r.index - 80), r.index)) && !POSSESSIVE.test(evidence.slice(r.index + r.text.length, r.index + r.text.length + 3)) });
  }
  // Of several days, the reporting clause's ranks last: "The Detroit News reported on Wednesday that A and B told
  // union officials on Tuesday" dates the meeting Tuesday. Alone it stays: the annotations take the day of "told
  // reporters on Friday" for the talks the speaker reports, as often as not the same day.
  const own = found.some((f) => !f.reporting) ? found.filter((f) => !f.reporting) : found;
  const best = own.reduce<(typeof found)[number] | undefined>((b, f) => (!b || f.distance < b.distance ? f : b), undefined);
  return best ? { date: best.date, source: 'text', text: best.text, at: best.at } : { date: day, source: 'published' };
}
