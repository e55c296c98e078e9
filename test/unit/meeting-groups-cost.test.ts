import { describe, expect, it } from 'vitest';
import { groupMeetings } from '../../src/extract/meetings/groups.js';
import type { MeetingFinding } from '../../src/extract/types.js';
import { countScans } from './count-scans.js';

const met = (a: string, b: string, start = 0): MeetingFinding => ({ participants: [a, b].sort(), evidence: { start, end: start + 10, text: 'x' } });

/** The greedy clique cover as first written: every person of the sentence tried for every pair (the reference). */
function reference(findings: MeetingFinding[]): string[] {
  const key = (a: string, b: string) => (a < b ? `${a}\0${b}` : `${b}\0${a}`);
  const out: string[] = [];
  const bySentence = new Map<number, MeetingFinding[]>();
  for (const f of findings) bySentence.set(f.evidence.start, [...(bySentence.get(f.evidence.start) ?? []), f]);
  for (const pairs of bySentence.values()) {
    const edges = new Set(pairs.map((p) => key(p.participants[0], p.participants[1])));
    const people = [...new Set(pairs.flatMap((p) => p.participants))].sort();
    for (const [a, b] of pairs.map((p) => [...p.participants].sort())) {
      if (!edges.has(key(a, b))) continue;
      const group = [a, b];
      for (const c of people) if (!group.includes(c) && group.every((g) => edges.has(key(g, c)))) group.push(c);
      for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) edges.delete(key(group[i], group[j]));
      out.push(`${pairs[0].evidence.start}:${group.sort().join('+')}`);
    }
  }
  return out;
}

describe('groupMeetings cost', () => {
  it('grows in proportion to the pairs when one person met hundreds in one sentence ("X met A, B, ... and Z")', () => {
    const work = (n: number) => {
      const findings = Array.from({ length: n }, (_, i) => met('Smith', `P${String(i).padStart(5, '0')}`));
      let groups = 0;
      const scans = countScans(() => (groups = groupMeetings(findings).length));
      // Nobody but Smith met anyone: every pair stays a pair.
      expect(groups).toBe(n);
      return scans;
    };
    // Four times the pairs: about four times the work (every person tried for every pair made it sixteen).
    expect(work(2000) / work(500)).toBeLessThan(6);
  });

  it('gives the groups the scan of every person gave, on random sentences of met pairs', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const findings: MeetingFinding[] = [];
      const n = 2 + Math.floor(rand() * 7);
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (rand() < 0.6) findings.push(met(`N${i}`, `N${j}`, rand() < 0.8 ? 0 : 50));
      // Shuffled, with a repeated pair now and then: the order of the findings decides the greedy cover.
      findings.sort(() => rand() - 0.5);
      if (findings.length > 0 && rand() < 0.3) findings.push(findings[0]);
      const got = groupMeetings(findings).map((f) => `${f.evidence.start}:${f.participants.join('+')}`);
      expect(got).toEqual(reference(findings));
    }
  });
});
