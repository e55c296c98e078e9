/**
 * The pattern finder's entry point: pairs or groups of named people who met in
 * person or held talks, with the sentence that says so. The meeting model
 * (../decode.ts) takes these findings as hints (../hints.ts); the pipeline
 * falls back to them when no model is loaded.
 *
 * Pattern families (triggers in triggers.ts, each family in its own module:
 * verbs.ts, nominal.ts, joint.ts, address.ts, attendance.ts):
 *
 *   VERB        "X met (with) Y", "X meets Y", "X held talks with Y", "X hosted Y",
 *               "X received Y", "X welcomed Y to ...", "X sat down with Y",
 *               "X and Y met", "X and Y held talks", "X, who met Y on Tuesday,"
 *   PASSIVE     "Y was received by X", "Y was welcomed by X"
 *   NOMINAL     "talks with Y", "a meeting with Y", "a news conference with Y",
 *               "discussions with Y", "a summit with Y", "after meeting Y",
 *               "X, meeting Y in Z," (the other side is the clause's subject X)
 *   BETWEEN     "talks between X and Y"
 *   THEIR       "X told Y at their meeting", "X shared ... with Y at their talks"
 *   JOINT       "X and Y told a joint news conference", "X, standing alongside Y"
 *   DISCUSSED   "X and Y discussed ...", "X said he and Y had discussed ..."
 *   SIGNED      "agreements signed by X and Y", "X and Y signed"
 *   PARTICIPLE  "Meeting in Naypyidaw, X called on his counterpart, Y"
 *   ADDRESS     "X told Y at a forum", "X pressed Y on the issue in talks",
 *               "X ... at a forum this year when he told Y"
 *   ATTENDANCE  "Also at the meeting were A, B and C", "the talks were also
 *               attended by A", "A, who also attended the meeting," "A and B
 *               also attended": added to the nearest meeting up to five
 *               sentences back (a "solo" meeting of one named person with a
 *               group counts: "X held talks with senior officials")
 *   MEALS etc.  "after lunching with Y", "over dinner with Y", "X and Y dined",
 *               "X and Y shook hands", "a handshake with Y"
 *
 * Subjects may also be "the two leaders"/"they" (the two people just named),
 * a shared subject of a second verb phrase ("X held talks with A and met B"),
 * an apposition list ("its negotiators, A and B, met Y"), or the subject after
 * a fronted phrase ("After her talks with Y, X said").
 *
 * Only finite past or present forms trigger ("met", "meets", "held talks"):
 * bare infinitives ("will meet", "is due to meet", "plans to hold talks")
 * never do. Around each trigger the clause is checked (blocking.ts) for NEGATION_CUES,
 * MODALITY_CUES (planned, hoped-for, hypothetical), REMOTE_CUES (phone,
 * letter, video) and FUTURE_TIME_CUES after it.
 *
 * Subjects must be grammatically adjacent (names, titles, an apposition in
 * commas, auxiliaries and adverbs in between); a possessive ("Obama's
 * advisers met Y") or a group noun is not a subject. "he"/"she" subjects
 * resolve to the reporting subject of the same sentence ("X said he met
 * Y") or the first person of the previous sentence, with a gender check
 * (subjects.ts, pronouns.ts; word lists in data/meetings/pattern-words.json).
 */
import type { MeetingFinding, PersonRef, Span } from '../../types.js';
import { addressPatterns } from './address.js';
import { attendancePatterns } from './attendance.js';
import { jointPatterns, participlePatterns, theirPatterns } from './joint.js';
import { type Candidate, collectMentions, type Ctx, unique } from './mentions.js';
import { betweenPatterns, nominalPatterns } from './nominal.js';
import { passivePatterns, verbPatterns } from './verbs.js';

/**
 * Meetings reported in `text`. `sentences` are spans into `text`; `people`
 * carry every mention (surname-only repeats included). One finding per
 * distinct set of participants, with the first sentence that reports it.
 */
export function findMeetings(text: string, sentences: Span[], people: PersonRef[]): MeetingFinding[] {
  const ctx: Ctx = { text, sentences: [...sentences].sort((a, b) => a.start - b.start), mentions: collectMentions(people) };
  const candidates: Candidate[] = [];
  for (let si = 0; si < ctx.sentences.length; si++) {
    verbPatterns(ctx, si, candidates);
    passivePatterns(ctx, si, candidates);
    nominalPatterns(ctx, si, candidates);
    betweenPatterns(ctx, si, candidates);
    theirPatterns(ctx, si, candidates);
    jointPatterns(ctx, si, candidates);
    participlePatterns(ctx, si, candidates);
    addressPatterns(ctx, si, candidates);
    attendancePatterns(ctx, si, candidates);
  }
  const seen = new Map<string, MeetingFinding>();
  for (const c of candidates.sort((a, b) => a.sentence - b.sentence)) {
    const participants = unique(c.names).sort();
    if (participants.length < 2) continue;
    const key = participants.join('\u0000');
    if (seen.has(key)) continue;
    const s = ctx.sentences[c.sentence];
    seen.set(key, { participants, evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) } });
  }
  return [...seen.values()];
}
