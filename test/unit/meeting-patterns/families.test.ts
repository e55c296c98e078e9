// Each pattern family on its own: which one reports a sentence, under which pattern name, and which stay silent.
import { describe, expect, it } from 'vitest';
import { addressPatterns } from '../../../src/extract/meetings/patterns/address.js';
import { attendancePatterns } from '../../../src/extract/meetings/patterns/attendance.js';
import { jointPatterns, participlePatterns, theirPatterns } from '../../../src/extract/meetings/patterns/joint.js';
import type { Candidate, Ctx } from '../../../src/extract/meetings/patterns/mentions.js';
import { betweenPatterns, nominalPatterns } from '../../../src/extract/meetings/patterns/nominal.js';
import { passivePatterns, verbPatterns } from '../../../src/extract/meetings/patterns/verbs.js';
import { context } from './fixture.js';

type Family = (ctx: Ctx, si: number, out: Candidate[]) => void;
const FAMILIES: Record<string, Family> = {
  verb: verbPatterns,
  passive: passivePatterns,
  nominal: nominalPatterns,
  between: betweenPatterns,
  their: theirPatterns,
  joint: jointPatterns,
  participle: participlePatterns,
  address: addressPatterns,
  attendance: attendancePatterns,
};

/** Every family's candidates over the text, in the finder's order: "family/pattern: names@sentence". */
function run(text: string, names: string[]): string[] {
  const ctx = context(text, names);
  const out: Candidate[] = [];
  const got: string[] = [];
  for (let si = 0; si < ctx.sentences.length; si++) {
    for (const [family, fn] of Object.entries(FAMILIES)) {
      const n = out.length;
      fn(ctx, si, out);
      for (const c of out.slice(n)) got.push(`${family}/${c.pattern}: ${c.names.join(' + ')}@${c.sentence}`);
    }
  }
  return got;
}

describe('pattern families', () => {
  it('verbs: one candidate per listed object; a coordinated subject with them all', () => {
    expect(run('Paulson met Hu Jintao and Wang Qishan.', ['Henry Paulson', 'Hu Jintao', 'Wang Qishan'])).toEqual([
      'verb/met: Henry Paulson + Hu Jintao@0',
      'verb/met: Henry Paulson + Wang Qishan@0',
    ]);
    expect(run('Merkel and Sarkozy met Obama.', ['Angela Merkel', 'Nicolas Sarkozy', 'Barack Obama'])).toEqual([
      'verb/met: Angela Merkel + Nicolas Sarkozy + Barack Obama@0',
    ]);
  });
  it('verbs: a solo meeting with a group; the passive', () => {
    expect(run('Obama met with top bankers at the White House.', ['Barack Obama'])).toEqual(['verb/solo: Barack Obama@0']);
    expect(run('Sarkozy was received by Merkel at the Chancellery.', ['Nicolas Sarkozy', 'Angela Merkel'])).toEqual([
      'passive/passive: Nicolas Sarkozy + Angela Merkel@0',
    ]);
  });
  it('nominal: "talks with", "after meeting", "talks between"', () => {
    expect(run('Clinton praised "very productive" discussions with Lavrov.', ['Hillary Clinton', 'Sergei Lavrov'])).toEqual([
      'nominal/noun with: Hillary Clinton + Sergei Lavrov@0',
    ]);
    expect(run('Talks between Nicolas Sarkozy and Angela Merkel ended without a deal.', ['Nicolas Sarkozy', 'Angela Merkel'])).toEqual([
      'between/between: Nicolas Sarkozy + Angela Merkel@0',
    ]);
    // "after a meeting ... committee members" is also a solo meeting of the speaker; findMeetings keeps only pairs
    expect(run('Charles Rangel said after a meeting between Wu Yi and committee members that the bill would advance.', ['Charles Rangel', 'Wu Yi'])).toEqual([
      'nominal/solo: Charles Rangel@0',
      'between/between group: Charles Rangel + Wu Yi@0',
    ]);
  });
  it('joint: "at their meeting", "a joint news conference", "standing alongside", "signed by", "Meeting in Z,"', () => {
    // two families agree here; findMeetings reports the pair once
    expect(run('Merkel told Sarkozy at their meeting that Germany would not pay.', ['Angela Merkel', 'Nicolas Sarkozy'])).toEqual([
      'their/their: Angela Merkel + Nicolas Sarkozy@0',
      'address/told at: Angela Merkel + Nicolas Sarkozy@0',
    ]);
    expect(run('Sarkozy and Merkel told a joint news conference the euro was safe.', ['Nicolas Sarkozy', 'Angela Merkel'])).toEqual([
      'joint/joint news conference: Nicolas Sarkozy + Angela Merkel@0',
    ]);
    expect(run('Obama spoke standing shoulder to shoulder with Gordon Brown and Nicolas Sarkozy.', ['Barack Obama', 'Gordon Brown', 'Nicolas Sarkozy'])).toEqual([
      'joint/alongside: Barack Obama + Gordon Brown + Nicolas Sarkozy@0',
    ]);
    expect(run('Under agreements signed by Dilma Rousseff and Wen Jiabao, ties will deepen.', ['Dilma Rousseff', 'Wen Jiabao'])).toEqual([
      'joint/signed by: Dilma Rousseff + Wen Jiabao@0',
    ]);
    expect(run('Meeting in Naypyidaw, Koichiro Gemba called on his counterpart, Wunna Maung Lwin, to free prisoners.', ['Koichiro Gemba', 'Wunna Maung Lwin'])).toEqual([
      'participle/participle: Koichiro Gemba + Wunna Maung Lwin@0',
    ]);
  });
  it('address: "X told Y at a forum", but not a lawyer before a judge', () => {
    expect(run('Putin told Rex Tillerson at an investment forum in St Petersburg that Russia welcomed investors.', ['Vladimir Putin', 'Rex Tillerson'])).toEqual([
      'address/told at: Vladimir Putin + Rex Tillerson@0',
    ]);
    expect(run('Fitzgerald told Judge Reggie Walton at a hearing that Libby lied.', ['Patrick Fitzgerald', 'Reggie Walton'])).toEqual([]);
  });
  it('attendance: added to the meeting of the sentence before, unless another event comes between', () => {
    expect(run('Merkel met Sarkozy in Berlin. The meeting was also attended by Wolfgang Schaeuble.', ['Angela Merkel', 'Nicolas Sarkozy', 'Wolfgang Schaeuble'])).toEqual([
      'verb/met: Angela Merkel + Nicolas Sarkozy@0',
      'attendance/attended: Angela Merkel + Nicolas Sarkozy + Wolfgang Schaeuble@1',
    ]);
    expect(run('Merkel met Sarkozy in Berlin. Ministers held a separate meeting on trade. Also at the meeting were Olli Rehn and Wolfgang Schaeuble.', ['Angela Merkel', 'Nicolas Sarkozy', 'Olli Rehn', 'Wolfgang Schaeuble'])).toEqual([
      'verb/met: Angela Merkel + Nicolas Sarkozy@0',
      'attendance/attended: Olli Rehn + Wolfgang Schaeuble@2',
    ]);
  });
});
