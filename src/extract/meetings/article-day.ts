import type { Sentence, Span } from '../types.js';
import { sentenceIndex } from './anchors.js';
import { sentenceHasCue, type CueClasses } from './cues.js';
import { meetingDateAt, type DateReadings, type MeetingDate } from './dates.js';
import { phrases, settingsWords } from './settings-words.js';

/** What the article around a meeting gives its day. */
export interface DayContext {
  text: string;
  sentences: Sentence[];
  bodyStart: number;
  publishedAt: string | null;
  cues: CueClasses;
  /** Whether a sentence names a participant (or a person the evidence names with them). */
  names: (s: Sentence) => boolean;
  /** Whether a span speaks of "the meeting" (DEFINITE_MEETING), and whether a sentence names a meeting: given by a caller that reads them once per sentence. */
  definite?: (s: Span) => boolean;
  namesMeeting?: (s: Sentence) => boolean;
  /** The article's chrono readings (dates.ts), shared with its other meetings. */
  readings?: DateReadings;
  /** The text with the people's names blanked (outsideNames): what clauseToCome reads, so "Will Smith" is no "will". */
  unnamed?: string;
}

/** How many sentences from the evidence the article-level setting reads at most: a story's, not a whole feed's. */
export const SETTING_WINDOW = 40;

/** How many sentences in a row naming neither a participant nor a meeting end the story a day holds for ("When Cameron arrived in Brussels on Thursday ... His first meeting ... The meeting was brief"). */
export const DAY_LOOKBACK = 3;

/** Whether a sentence names a meeting (a meeting noun: "talks", "summit", "meeting"). */
const namesMeetingOf = (s: Sentence, cues: CueClasses) => sentenceHasCue(s, cues, MEETING_NOUN);
export const MEETING_NOUN: readonly string[] = ['meetNoun'];

/** A meeting named as one the reader already knows: "the meeting", "the talks", "that summit". */
export const DEFINITE_MEETING = /\b(?:the|that|this|those|these)\s+(?:[\p{L}\d-]+\s+){0,2}(?:meeting|meetings|talks|summit|session|dinner|discussions|negotiations|gathering|debate|encounter|conference|forum)\b/iu;
let toCome: RegExp | undefined;

/**
 * Words before a day or a venue that make it a day or a meeting to come (data/meetings/settings.json `toComeBefore`
 * and `toCome`): "are due to take ... to New Delhi on Friday", "Next week's summit in Washington".
 */
export function toComeBefore(): RegExp {
  if (toCome) return toCome;
  const { toComeBefore: modal, toCome: time, seemingVerbs, reportedStates, presenceCopula } = settingsWords();
  // An infinitive's "to" ("to be") after a verb of seeming, or a copula and a verb of report, is how things looked or
  // were said to be, not what is to come ("There appeared to be little progress at ... talks on Monday", "The talks
  // were said to be tense on Monday"); "not", an adverb or an aside between commas may come between ("appeared not to
  // be"; clauseToCome joins "seemed, however, to be").
  const infinitive = [...modal, ...time].filter((w) => /^to\s/.test(w));
  const others = [...modal, ...time].filter((w) => !/^to\s/.test(w));
  const seeming = `(?:${phrases(seemingVerbs)}|(?:${phrases(presenceCopula)})\\s+(?:${phrases(reportedStates)}))`;
  const between = `(?:\\s+(?:not|never|also|still|\\p{L}+ly))?`;
  return (toCome = new RegExp(`\\b(?:${phrases(others)}|(?<!\\b${seeming}${between}\\s+)(?:${phrases(infinitive)}))\\b`, 'iu'));
}

/** A relative clause between commas: "Merkel, who faces an election next month, held talks". */
const RELATIVE_CLAUSE = /,\s*(?:who|which|whose|whom)\b[^,;]*,/giu;
/** A short aside between commas right before an infinitive: "There appeared, however, to be", "were, officials said, to be". */
const ASIDE_BEFORE_INFINITIVE = /,[^,;]{1,40},(?=\s*to\s)/gu;

/**
 * Whether the clause holding a day or a venue (at `offset` in `sentence`) puts it to come (toComeBefore): the words
 * before it back to the last comma or semicolon, a relative clause between commas skipped, as is a short aside before an
 * infinitive ("There appeared, however, to be little progress at talks on Monday"). Words of time to come in
 * a side clause are that clause's ("Euro zone leaders, who face a string of elections next year, ended a summit in
 * Brussels on Monday").
 */
export function clauseToCome(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset).replace(RELATIVE_CLAUSE, ' ').replace(ASIDE_BEFORE_INFINITIVE, ' ');
  return toComeBefore().test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1));
}

let pronounOpener: RegExp | undefined;
/** Whether a sentence opens with a pronoun of a person named before (data/meetings/settings.json `continuingPronouns`). */
export function opensWithPronoun(sentence: string): boolean {
  return (pronounOpener ??= new RegExp(`^\\s*(?:${phrases(settingsWords().continuingPronouns)})\\b`, 'i')).test(sentence);
}

/** A sentence's text with quotations blanked out: the day in a quote ("the opinion I expressed yesterday") is the speaker's story, not the report's. */
export function outsideQuotes(sentence: string): string {
  return sentence.replace(/["“][^"”]*(?:["”]|$)/g, (q) => ' '.repeat(q.length));
}

/**
 * `text` with `spans` (people's mentions) masked, offsets and word count kept (each character but spaces an
 * underscore): a name is no word of time to come ("Will Smith arrived in Berlin on Monday" puts no day to come), nor
 * a modal ("Theresa May met"), whatever words it shares with the cue lists.
 */
export function outsideNames(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const m of spans) for (let i = Math.max(0, m.start); i < Math.min(text.length, m.end); i++) if (!/\s/.test(chars[i])) chars[i] = '_';
  return chars.join('');
}

/**
 * The day of a meeting whose own sentences give none, from the article around it, in this order: the nearest
 * earlier sentence of the same story (DAY_LOOKBACK) that names a participant or a meeting and gives a day
 * ("When Cameron arrived in Brussels on Thursday ... The meeting was brief"); when the evidence speaks of "the
 * meeting" ("the talks", "the summit"), the nearest earlier sentence naming a meeting with a day ("The board held
 * the meeting in Mumbai on Thursday"); else the day the lead (the body's first sentence) gives the event the
 * article reports, unless the lead puts that day to come. Days inside quotations do not count. None when
 * these give no day either.
 */
export function contextDay(ctx: DayContext, evidence: Span): MeetingDate | null {
  const { text, sentences, bodyStart, publishedAt, cues, names, readings } = ctx;
  const namesMeeting = ctx.namesMeeting ?? ((s: Sentence) => namesMeetingOf(s, cues));
  const definite = ctx.definite ?? ((s: Span) => DEFINITE_MEETING.test(text.slice(s.start, s.end)));
  const k = sentenceIndex(sentences, evidence.start);
  if (k < 0) return null;
  // A day its clause puts to come ("are due to hold more talks on Friday") is no held meeting's, in any sentence read.
  const dayOf = (s: Sentence) => {
    const sentence = outsideQuotes(text.slice(s.start, s.end));
    const found = meetingDateAt(sentence, publishedAt, [], readings);
    if (found?.source !== 'text') return null;
    const { at, ...d } = found;
    return at !== undefined && clauseToCome(outsideQuotes((ctx.unnamed ?? text).slice(s.start, s.end)), at) ? null : d;
  };
  // Back through the story while its sentences keep naming the participants or a meeting: DAY_LOOKBACK sentences
  // in a row naming neither end it.
  // A linked sentence opening with a pronoun ("His first meeting was with Monti") links the one before, whose
  // subject the pronoun names ("When Cameron arrived in Brussels on Thursday ...").
  for (let j = k - 1, unlinked = 0, continued = false; j >= Math.max(0, k - SETTING_WINDOW) && unlinked < DAY_LOOKBACK && sentences[j].start >= bodyStart; j--) {
    const s = sentences[j];
    const linked = names(s) || namesMeeting(s);
    const carried = continued;
    // The sentence's first words only: its opening is all the test reads.
    continued = linked && opensWithPronoun(text.slice(s.start, Math.min(s.end, s.start + 24)));
    if (!linked && !carried) {
      unlinked++;
      continue;
    }
    unlinked = 0;
    const d = dayOf(s);
    if (d) return d;
  }
  if (definite(evidence)) {
    for (let j = k - 1; j >= Math.max(0, k - SETTING_WINDOW) && sentences[j].start >= bodyStart; j--) {
      const d = namesMeeting(sentences[j]) ? dayOf(sentences[j]) : null;
      if (d) return d;
    }
  }
  // The lead, when it is part of the story read (SETTING_WINDOW): a feed's first story is not its last's.
  const lead = sentences.findIndex((s) => s.start >= bodyStart);
  if (lead < 0 || sentences[lead].start >= evidence.start || k - lead > SETTING_WINDOW) return null;
  return dayOf(sentences[lead]);
}
