/**
 * Attendance: people added to a meeting reported nearby ("Also at the meeting were A, B and
 * C", "the talks were also attended by A", "A, who also attended the meeting,", "A and B
 * also attended"). Joined to the nearest meeting up to five sentences back, or, when the
 * meeting is named and no earlier one is found, a meeting of the people listed.
 */
import { blocked } from './blocking.js';
import { type Candidate, type Ctx, listAfter, mentionsWithin, unique } from './mentions.js';
import { subjectBefore } from './subjects.js';

/**
 * Attendance: people added to a meeting reported nearby. After the cue a list
 * of people follows ("Also at the meeting were A, B and C", "the talks were
 * also attended by A"); before ATTEND_BEFORE a list of people precedes
 * ("A, who also attended the meeting,", "A and B also attended").
 */
export const ATTEND_NOUNS = '(?:meeting|meetings|talks|dinner|lunch|luncheon|breakfast|session|discussions|consultations|negotiations|gathering|encounter)';

export const ATTEND_AFTER = new RegExp(
  `\\b(?:(?:[Aa]lso\\s+)?(?:[Aa]t|[Ii]n|[Pp]resent\\s+at|[Aa]ttending)\\s+the\\s+(?:[\\w-]+\\s+){0,2}?${ATTEND_NOUNS}(?:\\s+(?:on\\s+\\w+|in\\s+\\p{Lu}[\\p{L}-]*))?\\s*,?\\s+(?:were|was)(?:\\s+also)?|[Aa]lso\\s+(?:present|attending|taking\\s+part|participating)(?:\\s+(?:at|in)\\s+the\\s+(?:[\\w-]+\\s+){0,2}?${ATTEND_NOUNS})?\\s+(?:were|was)|${ATTEND_NOUNS}\\s*(?:--|,|—)?\\s*(?:which\\s+)?(?:(?:was|were|is|are|has\\s+been|had\\s+been)\\s+)?(?:also\\s+)?(?:being\\s+)?attended\\s+(?:also\\s+)?by)(?=\\s)`,
  'gu',
);

export const ATTEND_BEFORE = new RegExp(
  `^\\s*(?:,\\s*who|who)?\\s*(?:also\\s+)?(?:attended|(?:was|were)\\s+(?:also\\s+)?(?:present|there)(?:\\s+(?:at|for|in))?|took\\s+part\\s+in|participated\\s+in|sat\\s+in\\s+on|joined)(?:\\s+(?:the|that|this|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\\s+(?:[\\w-]+\\s+){0,2}?(${ATTEND_NOUNS}))?(?=\\s*(?:[,.;]|$|\\s+(?:on|in|at|and|but|,)\\b))`,
  'u',
);

/** A sentence introducing another event, which "the meeting" in a later sentence may refer to instead. */
export const NEW_EVENT = /\b(?:a|an|another|separate)\s+(?:[\w-]+\s+){0,2}?(?:meeting|meetings|talks|summit|conference|session|dinner|lunch|breakfast|gathering)\b/i;

/**
 * Attendance sentences add their people to the nearest meeting reported in
 * the same or the three previous sentences; without one, the people listed
 * at an explicitly named meeting met each other.
 */
export function attendancePatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  const found: Array<{ people: string[]; from: number; tStart: number; tEnd: number; objEnd: number; explicit: boolean }> = [];
  for (const m of s.matchAll(ATTEND_AFTER)) {
    const tStart = sent.start + m.index!;
    const tEnd = tStart + m[0].length;
    let list = listAfter(ctx, sent, tEnd, 8);
    if (list.length === 0) {
      // "attended by the country's top three officials -- A, B and C", "attended by ministers, including A"
      const intro = /^[^;:"“”()]{0,70}?(?:\s--|—|:|,\s*including|\s+including|,\s*among\s+them)\s*/.exec(ctx.text.slice(tEnd, sent.end));
      if (intro) list = listAfter(ctx, sent, tEnd + intro[0].length, 4);
    }
    if (list.length === 0) continue;
    found.push({ people: list.map((x) => x.name), from: tStart, tStart, tEnd, objEnd: list[list.length - 1].end, explicit: true });
  }
  // only the sentence's own mentions, not the article's every one (asked per sentence, a scan would be quadratic)
  const before = /\b(?:attended|present|there|took\s+part|participated|sat\s+in|joined)\b/.test(s) ? mentionsWithin(ctx, sent.start, sent.end) : [];
  for (const mention of before) {
    const rest = ctx.text.slice(mention.end, sent.end);
    // the list may carry an apposition: "A, a Delaware Republican, also attended"
    const app = /^\s*,[^,;:"“”()]{1,60},(?=\s*(?:who\s+)?(?:also\s+)?(?:attended|was|were|took|participated|sat|joined)\b)/.exec(rest);
    const cue = ATTEND_BEFORE.exec(app ? rest.slice(app[0].length) : rest);
    if (!cue) continue;
    const tStart = mention.end + (app ? app[0].length : 0);
    const tEnd = tStart + cue[0].length;
    // ", who attended" belongs to the last name only; "A and B attended" to both
    const relative = /^\s*,?\s*who\b/.test(cue[0]);
    const subj = (relative ? undefined : subjectBefore(ctx, si, tStart)) ?? { names: [mention.name], start: mention.start };
    if (!subj.names.includes(mention.name)) continue;
    // "A and B also attended." names no event: the previous sentence must speak of a meeting
    const prevTalk = si > 0 && new RegExp(`\\b${ATTEND_NOUNS}\\b`, 'i').test(ctx.sentences[si - 1].text ?? ctx.text.slice(ctx.sentences[si - 1].start, ctx.sentences[si - 1].end));
    found.push({ people: subj.names, from: subj.start, tStart, tEnd, objEnd: tEnd, explicit: Boolean(cue[1]) || (prevTalk && !relative) });
  }
  for (const f of found) {
    if (blocked(ctx, sent, f.from, f.tStart, f.tEnd, f.objEnd, true)) continue;
    // the nearest meeting reported up to five sentences back, unless a sentence in
    // between introduces another event ("a summit", "a meeting of ministers")
    let antecedent: Candidate | undefined;
    for (const c of [...out].reverse()) {
      if (c.pattern === 'attended' || c.sentence > si) continue;
      if (c.sentence < si - 5) break;
      antecedent = c;
      break;
    }
    if (antecedent) {
      for (let k = antecedent.sentence + 1; k < si; k++) {
        if (NEW_EVENT.test(ctx.text.slice(ctx.sentences[k].start, ctx.sentences[k].end))) antecedent = undefined;
      }
    }
    if (antecedent) {
      out.push({ names: unique([...antecedent.names, ...f.people]), sentence: si, pattern: 'attended' });
    } else if (f.explicit && f.people.length >= 2) {
      out.push({ names: f.people, sentence: si, pattern: 'attended' });
    }
  }
}
