/**
 * Addressing a person at an in-person event: "X told Y at a forum", "X pressed Y on the issue
 * in talks", or with the event earlier in the sentence: "X ... at a forum this year when he
 * told Y". A judge or a courtroom is not a meeting.
 */
import { REMOTE_CUES, blocked } from './blocking.js';
import { lastTokens } from './clauses.js';
import { type Candidate, type Ctx, listAfter } from './mentions.js';
import { nominalSubject, subjectBefore } from './subjects.js';
import { ADDRESS_EVENT, ADDRESS_EVENT_BEFORE, ADDRESS_TRIGGER } from './triggers.js';

export const ADDRESS_PRECHECK = /meeting|talks|forum|conference|hearing|dinner|lunch|breakfast|session|summit|reception|seminar|gathering|roundtable|round-table|ceremony|banquet|audience|encounter|visit|event|negotiations|discussions|consultations|tete-a-tete/i;

export function addressPatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  if (!ADDRESS_PRECHECK.test(s)) return;
  for (const m of s.matchAll(ADDRESS_TRIGGER)) {
    const tStart = sent.start + m.index!;
    const tEnd = tStart + m[0].length;
    const objects = listAfter(ctx, sent, tEnd, 6);
    if (objects.length === 0) continue;
    const objEnd = objects[objects.length - 1].end;
    const rest = ctx.text.slice(objEnd, sent.end);
    const ev = ADDRESS_EVENT.exec(rest);
    // a lawyer addressing a judge in court is not a meeting
    if (/\b(?:Judge|Justice|court|courtroom|trial)\b/.test(ctx.text.slice(tStart, ev ? objEnd + ev[0].length : objEnd))) continue;
    if (!ev) {
      // "X ... at a forum this year when he told Y": the event earlier in the sentence
      const lead = lastTokens(ctx.text.slice(sent.start, tStart), 15);
      const evBefore = ADDRESS_EVENT_BEFORE.exec(lead);
      if (!evBefore || /\b(?:said|says|told|tells|added)\b|[;:"“”]/.test(lead.slice(evBefore.index + evBefore[0].length))) continue;
      const subj = subjectBefore(ctx, si, tStart);
      if (!subj || blocked(ctx, sent, subj.start, tStart, tEnd, objEnd, false) || REMOTE_CUES.test(lead)) continue;
      for (const o of objects) if (!subj.names.includes(o.name)) out.push({ names: [...subj.names, o.name], sentence: si, pattern: 'told at' });
      continue;
    }
    // the event must belong to this predicate: "told Y that ... at a meeting" reports something else
    if (/\b(?:that|who|which|when|where|if|whether|because|after|before)\b/.test(rest.slice(0, ev[0].length).replace(/\b(?:at|during|in|over|before)\s+[^,]*$/, ''))) continue;
    // a hearing or a summit with the "told" person as an audience is still in person;
    // but "told Y in an interview" / "in a letter" are not events here
    const subj = subjectBefore(ctx, si, tStart) ?? nominalSubject(ctx, si, tStart, objEnd);
    if (!subj) continue;
    const evEnd = objEnd + ev[0].length;
    if (blocked(ctx, sent, subj.start, tStart, tEnd, evEnd, false)) continue;
    if (REMOTE_CUES.test(ev[0])) continue;
    for (const o of objects) if (!subj.names.includes(o.name)) out.push({ names: [...subj.names, o.name], sentence: si, pattern: 'told at' });
  }
}
