/**
 * Joint appearances: "X told Y at their meeting", "X and Y told a joint news conference",
 * "X, standing alongside Y", "agreements signed by X and Y", and the sentence-opening
 * participle "Meeting in Naypyidaw, X called on his counterpart, Y".
 */
import { blocked } from './blocking.js';
import { clauseStart } from './clauses.js';
import { type Candidate, type Ctx, isPossessive, listAfter, mentionsWithin, unique } from './mentions.js';
import { nominalSubject, subjectBefore } from './subjects.js';
import { ADDRESS_VERBS, JOINT_ANY, JOINT_TRIGGERS, PARTICIPLE_OPENER, THEIR_TRIGGER } from './triggers.js';

export function theirPatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  for (const m of s.matchAll(THEIR_TRIGGER)) {
    const tStart = sent.start + m.index!;
    const tEnd = tStart + m[0].length;
    const cs = clauseStart(ctx, sent, tStart);
    const before = mentionsWithin(ctx, cs, tStart).filter((x) => !isPossessive(ctx.text, x));
    const names = unique(before.map((x) => x.name));
    if (names.length < 2 || names.length > 4) continue;
    if (blocked(ctx, sent, before[0].start, tStart, tEnd, tEnd, false)) continue;
    out.push({ names, sentence: si, pattern: 'their' });
  }
}

export function jointPatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  if (!JOINT_ANY.test(s)) return;
  for (const trig of JOINT_TRIGGERS) {
    for (const m of s.matchAll(trig.re)) {
      const tStart = sent.start + m.index!;
      const tEnd = tStart + m[0].length;
      let names: string[];
      let from: number;
      let objEnd = tEnd;
      if (trig.withObjects) {
        const objects = listAfter(ctx, sent, tEnd, 6);
        if (objects.length === 0) continue;
        objEnd = objects[objects.length - 1].end;
        if (trig.name === 'signed by') {
          if (objects.length < 2) continue;
          names = objects.map((o) => o.name);
          from = tStart;
        } else {
          const subj = nominalSubject(ctx, si, tStart, objEnd);
          if (!subj) continue;
          names = [...subj.names, ...objects.map((o) => o.name)];
          from = subj.start;
        }
      } else {
        // "X and Y told a joint news conference", "X told a joint news conference with Y" is NOMINAL
        const subj = subjectBefore(ctx, si, tStart);
        if (!subj || subj.names.length < 2) continue;
        names = subj.names;
        from = subj.start;
      }
      names = unique(names);
      if (names.length < 2) continue;
      if (blocked(ctx, sent, from, tStart, tEnd, objEnd, false)) continue;
      out.push({ names, sentence: si, pattern: trig.name });
    }
  }
}

export function participlePatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  const open = PARTICIPLE_OPENER.exec(s);
  if (!open) return;
  const pos = sent.start + open[0].length;
  const subj = listAfter(ctx, sent, pos, 6);
  if (subj.length !== 1) return;
  const rest = ctx.text.slice(subj[0].end, sent.end);
  const verb = ADDRESS_VERBS.exec(rest);
  if (!verb) return;
  const objects = listAfter(ctx, sent, subj[0].end + verb[0].length, 6);
  if (objects.length === 0) return;
  if (blocked(ctx, sent, sent.start, sent.start, pos, objects[objects.length - 1].end, false)) return;
  for (const o of objects) out.push({ names: [subj[0].name, o.name], sentence: si, pattern: 'participle' });
}
