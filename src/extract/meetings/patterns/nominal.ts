/**
 * Nominal patterns: "talks with Y", "a meeting with Y", "after meeting Y", "X, meeting Y in
 * Z," (the other side is the clause's subject), "talks between X and Y".
 */
import { blocked } from './blocking.js';
import { type Candidate, type Ctx, listAfter, type Subject, unique } from './mentions.js';
import { nominalSubject } from './subjects.js';
import { BETWEEN_TRIGGER, FRONTED_OPENER, GROUP_OBJECT, NOMINAL_ANY, NOMINAL_TRIGGERS, NOUN_WITH_GAP, SEPARATELY } from './triggers.js';

export function nominalPatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  if (!NOMINAL_ANY.test(s)) return;
  for (const trig of NOMINAL_TRIGGERS) {
    for (const m of s.matchAll(trig.re)) {
      const tStart = sent.start + m.index!;
      let tEnd = tStart + m[0].length;
      if (trig.name === 'noun with') {
        const gap = NOUN_WITH_GAP.exec(ctx.text.slice(tEnd, Math.min(sent.end, tEnd + 160)));
        if (!gap) continue;
        tEnd += gap[0].length;
      }
      const objects = listAfter(ctx, sent, tEnd, trig.name === 'noun with' ? 8 : 6);
      if (objects.length === 0) {
        if (GROUP_OBJECT.test(ctx.text.slice(tEnd, sent.end)) && !/conference|briefing|handshake/i.test(m[0])) {
          const subj = nominalSubject(ctx, si, tStart, tEnd);
          if (subj && !(subj.names.length > 1 && SEPARATELY.test(s)) && !blocked(ctx, sent, Math.min(subj.start, tStart), tStart, tEnd, tEnd, false, true)) out.push({ names: subj.names, sentence: si, pattern: 'solo' });
        }
        continue;
      }
      let objEnd = objects[objects.length - 1].end;
      // "a meeting with Li, also attended by Sechin and Shmatko"
      const att = /^\s*,?\s*(?:which\s+was\s+|also\s+|and\s+)*attended\s+(?:also\s+)?by(?=\s)/.exec(ctx.text.slice(objEnd, sent.end));
      const extra = att ? listAfter(ctx, sent, objEnd + att[0].length) : [];
      if (extra.length) objEnd = extra[extra.length - 1].end;
      // "After talks with Y, X said": in a fronted phrase a bare comma ends the list; X is the subject
      let fronted: Subject;
      const head = ctx.text.slice(sent.start, tStart);
      if (objects.length >= 2 && !extra.length && (FRONTED_OPENER.test(head) || head.trim().split(/\s+/).length <= 4)) {
        const lastObj = objects[objects.length - 1];
        if (/^\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(ctx.text.slice(objects[objects.length - 2].end, lastObj.start))) {
          objects.pop();
          objEnd = objects[objects.length - 1].end;
          fronted = { names: [lastObj.name], start: lastObj.start };
        }
      }
      const subj = fronted ?? nominalSubject(ctx, si, tStart, objEnd);
      if (!subj) continue;
      if (blocked(ctx, sent, Math.min(subj.start, tStart), tStart, tEnd, objEnd, false, true)) continue;
      const names = unique([...subj.names, ...objects.map((o) => o.name), ...extra.map((o) => o.name)]);
      if (extra.length || subj.names.length > 1 || /conference|briefing/i.test(m[0])) {
        out.push({ names, sentence: si, pattern: trig.name });
      } else {
        for (const o of objects) out.push({ names: [subj.names[0], o.name], sentence: si, pattern: trig.name });
      }
    }
  }
}

export function betweenPatterns(ctx: Ctx, si: number, out: Candidate[]): void {
  const sent = ctx.sentences[si];
  const s = ctx.text.slice(sent.start, sent.end);
  for (const m of s.matchAll(BETWEEN_TRIGGER)) {
    const tStart = sent.start + m.index!;
    const tEnd = tStart + m[0].length;
    const people = listAfter(ctx, sent, tEnd, 6);
    if (people.length === 1 && GROUP_OBJECT.test(ctx.text.slice(people[0].end, sent.end).replace(/^\s*(?:and|&)(?=\s)/, ''))) {
      // "X said after a meeting between Y and committee members": the speaker was among them
      if (!/^\s*(?:and|&)\s/.test(ctx.text.slice(people[0].end, sent.end))) continue;
      const subj = nominalSubject(ctx, si, tStart, people[0].end);
      if (!subj || subj.names.includes(people[0].name)) continue;
      if (blocked(ctx, sent, Math.min(subj.start, tStart), tStart, tEnd, people[0].end, false, true)) continue;
      out.push({ names: [...subj.names, people[0].name], sentence: si, pattern: 'between group' });
      continue;
    }
    if (people.length < 2) continue;
    if (blocked(ctx, sent, tStart, tStart, tEnd, people[people.length - 1].end, false, true)) continue;
    out.push({ names: people.map((p) => p.name), sentence: si, pattern: 'between' });
  }
}
