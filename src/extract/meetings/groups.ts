import type { MeetingFinding } from '../types.js';

/**
 * Group meetings as one finding: the met pairs one sentence states are joined into the
 * largest groups in which every two people met ("X met A and B": X–A, X–B and A–B make one
 * meeting of three). Pairs that do not close a group stay pairs ("X met A while B met C" is two
 * meetings). Other contacts (planned, negated, remote) and findings in different sentences are
 * left as they are. Greedy clique cover per sentence, reading for each pair only the partners of
 * its side with fewer: linear in the findings when one person met many ("X met A, B, ... and Z").
 */
export function groupMeetings(findings: MeetingFinding[]): MeetingFinding[] {
  const out: MeetingFinding[] = [];
  const bySentence = new Map<number, MeetingFinding[]>();
  for (const f of findings) {
    if (f.status !== undefined || f.participants.length !== 2) {
      out.push(f);
      continue;
    }
    const list = bySentence.get(f.evidence.start);
    if (list) list.push(f);
    else bySentence.set(f.evidence.start, [f]);
  }
  for (const pairs of bySentence.values()) {
    const evidence = pairs[0].evidence;
    // Each person's partners in this sentence, kept current as groups take their pairs: a third person joins a
    // group only if they met both of its first two, so only the partners of the one with fewer are read (a
    // sentence where one person met hundreds costs its pairs, not its pairs times its people).
    const partners = new Map<string, Set<string>>();
    const link = (a: string, b: string) => {
      const set = partners.get(a);
      if (set) set.add(b);
      else partners.set(a, new Set([b]));
    };
    for (const p of pairs) {
      link(p.participants[0], p.participants[1]);
      link(p.participants[1], p.participants[0]);
    }
    const met = (a: string, b: string) => partners.get(a)?.has(b) ?? false;
    for (const [a, b] of pairs.map((p) => [...p.participants].sort())) {
      if (!met(a, b)) continue;
      const group = [a, b];
      const [pa, pb] = [partners.get(a)!, partners.get(b)!];
      // In name order, as a scan of every person of the sentence would take them.
      for (const c of [...(pa.size <= pb.size ? pa : pb)].sort()) {
        if (!group.includes(c) && group.every((g) => met(g, c))) group.push(c);
      }
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          partners.get(group[i])!.delete(group[j]);
          partners.get(group[j])!.delete(group[i]);
        }
      }
      out.push({ participants: group.sort(), evidence });
    }
  }
  return out;
}

