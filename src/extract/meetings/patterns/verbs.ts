/**
 * Verb patterns: "X met (with) Y", "X held talks with Y", "X hosted Y", "X and Y met",
 * "X and Y discussed", "Obama met with top bankers" (a solo meeting later sentences may add
 * people to), and the passive "Y was received by X".
 */
import type { Span } from '../../types.js';
import { blocked } from './blocking.js';
import { type Candidate, type Ctx, listAfter, type Mention } from './mentions.js';
import { subjectBefore } from './subjects.js';
import { GROUP_OBJECT, HELD_TALKS_GAP, PASSIVE_TRIGGERS, SEPARATELY, SOLO_VERBS, VERB_ANY, VERB_TRIGGERS } from './triggers.js';

export function verbPatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  if (!VERB_ANY.test(s)) return;
  for (const trig of VERB_TRIGGERS) {
    for (const m of s.matchAll(trig.re)) {
      const tStart = sent.start + m.index!;
      const tEnd = tStart + m[0].length;
      // "has been met with defiance": a passive "met" is not a meeting verb
      if (trig.name === 'met' && /\b(?:been|be|being|was|were|is|are)\s+$/i.test(ctx.text.slice(tStart - 8, tStart))) continue;
      const subj = subjectBefore(ctx, si, tStart);
      if (!subj) continue;
      let objects = listAfter(ctx, sent, tEnd);
      let withEnd = tEnd;
      if (trig.name === 'held talks' && !/with$/.test(m[0])) {
        // "held talks on Monday with Y", "held talks on trade with Y"
        const w = HELD_TALKS_GAP.exec(ctx.text.slice(tEnd, Math.min(sent.end, tEnd + 120)));
        withEnd = w ? tEnd + w[0].length : tEnd;
        objects = w ? listAfter(ctx, sent, withEnd) : [];
      }
      if (trig.name === 'discussed' || trig.name === 'signed') {
        // "X discussed ... with Y" within a few words; "X and Y discussed"
        objects = trig.name === 'discussed' ? discussedWith(ctx, sent, tEnd) : [];
      }
      if (trig.name === 'hosted') {
        // "X welcomed Y to Z": the object must be a guest, not Y's decision or Y's statement
        objects = objects.slice(0, 1).filter((o) => !/^welcome/.test(m[0]) || /^\s+(?:to|at|in|on|as)\b/.test(ctx.text.slice(o.end, o.end + 5)));
        if (/^(?:received|receives)/.test(m[0])) objects = objects.filter((o) => !/^\s+(?:as|for)\b/.test(ctx.text.slice(o.end, o.end + 5)));
      }
      if (objects.length === 0 && subj.names.length === 1 && SOLO_VERBS.has(trig.name) && GROUP_OBJECT.test(ctx.text.slice(withEnd, sent.end))) {
        // "Obama met with top bankers": a meeting a later sentence may add named people to
        if (!blocked(ctx, sent, subj.start, tStart, tEnd, tEnd, trig.future ?? false)) out.push({ names: subj.names, sentence: si, pattern: 'solo' });
        continue;
      }
      if (trig.object && objects.length === 0 && !(trig.coordinated && subj.names.length >= 2)) continue;
      if (!trig.object && objects.length === 0 && subj.names.length < 2) continue;
      const objEnd = objects.length ? objects[objects.length - 1].end : tEnd;
      if (blocked(ctx, sent, subj.start, tStart, tEnd, objEnd, trig.future ?? false)) continue;
      if (objects.length === 0) {
        // "X and Y met investors separately": the subjects did not meet each other
        if (SEPARATELY.test(s)) continue;
        out.push({ names: subj.names, sentence: si, pattern: trig.name });
      } else if (subj.names.length >= 2) {
        out.push({ names: [...subj.names, ...objects.map((o) => o.name)], sentence: si, pattern: trig.name });
      } else {
        // "Paulson met Hu, Wang and Yang": one meeting per listed person, not among them
        for (const o of objects) out.push({ names: [subj.names[0], o.name], sentence: si, pattern: trig.name });
      }
    }
  }
}

export function discussedWith(ctx: Ctx, sent: Span, pos: number): Mention[] {
  const rest = ctx.text.slice(pos, sent.end);
  const w = /^(?:\s+[^\s,;.]+){1,8}?\s+with(?=\s)/.exec(rest);
  return w ? listAfter(ctx, sent, pos + w[0].length) : [];
}

export function passivePatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  for (const m of s.matchAll(PASSIVE_TRIGGERS)) {
    const tStart = sent.start + m.index!;
    const tEnd = tStart + m[0].length;
    const subj = subjectBefore(ctx, si, tStart);
    const agents = listAfter(ctx, sent, tEnd, 6);
    if (!subj || agents.length === 0) continue;
    if (blocked(ctx, sent, subj.start, tStart, tEnd, agents[agents.length - 1].end, false)) continue;
    out.push({ names: [...subj.names, ...agents.map((a) => a.name)], sentence: si, pattern: 'passive' });
  }
}
