import type { MeetingFinding } from '../types.js';

/**
 * Group meetings as one finding: the met pairs one sentence states are joined into the
 * largest groups in which every two people met ("X met A and B": X–A, X–B and A–B make one
 * meeting of three). Pairs that do not close a group stay pairs ("X met A while B met C" is two
 * meetings). Other contacts (planned, negated, remote) and findings in different sentences are
 * left as they are. Greedy clique cover per sentence: a sentence names few people, and pairs
 * are at most a bounded number of mentions apart, so this stays linear in the findings.
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
    const edges = new Set(pairs.map((p) => key(p.participants[0], p.participants[1])));
    const people = [...new Set(pairs.flatMap((p) => p.participants))].sort();
    for (const [a, b] of pairs.map((p) => [...p.participants].sort())) {
      if (!edges.has(key(a, b))) continue;
      const group = [a, b];
      for (const c of people) {
        if (!group.includes(c) && group.every((g) => edges.has(key(g, c)))) group.push(c);
      }
      for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) edges.delete(key(group[i], group[j]));
      out.push({ participants: group.sort(), evidence });
    }
  }
  return out;
}

const key = (a: string, b: string) => (a < b ? `${a}\0${b}` : `${b}\0${a}`);
