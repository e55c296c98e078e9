// The other side of a trigger, before it: subjects, coordination, pair anaphors, shared subjects, nominal subjects.
import { describe, expect, it } from 'vitest';
import { nominalSubject, subjectBefore, trimVerbPrefix } from '../../../src/extract/meetings/patterns/subjects.js';
import { at, context } from './fixture.js';

/** The subject's names before `trigger`, in the sentence holding it. */
function subject(text: string, names: string[], trigger: string): string[] | undefined {
  const ctx = context(text, names);
  const pos = at(text, trigger);
  const si = ctx.sentences.findIndex((s) => s.start <= pos && pos < s.end);
  return subjectBefore(ctx, si, pos)?.names;
}

describe('subjectBefore', () => {
  it('a name right before the verb, past adverbs and auxiliaries', () => {
    expect(subject('Obama over the past four years has met regularly with Hu Jintao.', ['Barack Obama', 'Hu Jintao'], 'met')).toEqual(['Barack Obama']);
    expect(trimVerbPrefix('Clinton on Tuesday also')).toBe('Clinton');
  });
  it('coordinated subjects: "X and Y met", "X, Y and Z held talks"', () => {
    expect(subject('Nicolas Sarkozy and Angela Merkel met in Berlin.', ['Nicolas Sarkozy', 'Angela Merkel'], 'met')).toEqual(['Nicolas Sarkozy', 'Angela Merkel']);
    expect(subject('Brown, Sarkozy and Merkel held talks.', ['Gordon Brown', 'Nicolas Sarkozy', 'Angela Merkel'], 'held')).toEqual(['Gordon Brown', 'Nicolas Sarkozy', 'Angela Merkel']);
  });
  it('an apposition in commas: "X, on her first visit to Russia, met"', () => {
    expect(subject('Clinton, on her first visit to Russia, met Lavrov.', ['Hillary Clinton', 'Sergei Lavrov'], 'met')).toEqual(['Hillary Clinton']);
  });
  it('the apposition is the subject: "its negotiators, A and B, had met with Y"', () => {
    const text = 'The union said its negotiators, Tom Wroblewski and Mark Blondin, had met with Scott Carson this week.';
    expect(subject(text, ['Tom Wroblewski', 'Mark Blondin', 'Scott Carson'], 'met')).toEqual(['Tom Wroblewski', 'Mark Blondin']);
  });
  it('a possessive is no subject: "Obama\'s advisers met"', () => {
    expect(subject("Obama's advisers met with Medvedev.", ['Barack Obama', 'Dmitry Medvedev'], 'met')).toBeUndefined();
  });
  it('"the two leaders" and "they" stand for the two people named before', () => {
    expect(subject('Coelho asked Felipe Calderon to help after the two leaders met in Asuncion.', ['Pedro Coelho', 'Felipe Calderon'], 'met')).toEqual(['Pedro Coelho', 'Felipe Calderon']);
    expect(subject('Obama and Sarkozy agreed on Greece, a source said. The two leaders, who met in New York, also discussed the yuan.', ['Barack Obama', 'Nicolas Sarkozy'], 'met')).toEqual(['Barack Obama', 'Nicolas Sarkozy']);
    expect(subject('If Clinton and Lavrov agree when they met, fine.', ['Hillary Clinton', 'Sergei Lavrov'], 'met')).toEqual(['Hillary Clinton', 'Sergei Lavrov']);
    expect(subject('Clinton praised Lavrov when they met.', ['Hillary Clinton', 'Sergei Lavrov'], 'met')).toBeUndefined();
  });
  it('a second verb phrase shares the subject: "X held a meeting with A and met B"', () => {
    const text = 'Clinton held a bilateral meeting with Lavrov on Thursday and met President Dmitry Medvedev on Friday.';
    expect(subject(text, ['Hillary Clinton', 'Sergei Lavrov', 'Dmitry Medvedev'], 'met President')).toEqual(['Hillary Clinton']);
  });
  it('a pronoun resolves: "She met Lavrov" after a sentence about Clinton', () => {
    expect(subject('Clinton arrived in Moscow on Monday.\nShe met Lavrov at the ministry.', ['Hillary Clinton', 'Sergei Lavrov'], 'met')).toEqual(['Hillary Clinton']);
  });
});

describe('nominalSubject', () => {
  function nominal(text: string, names: string[], trigger: string, lastObject: string): string[] | undefined {
    const ctx = context(text, names);
    const t = at(text, trigger);
    return nominalSubject(ctx, 0, t, at(text, lastObject) + lastObject.length)?.names;
  }
  it('the nearest person before, past a prepositional object: "X said ... after talks with Y"', () => {
    const text = 'Treasury Secretary Timothy Geithner said on Wednesday in Beijing after two days of talks with Wang Qishan that progress was made.';
    expect(nominal(text, ['Timothy Geithner', 'Wang Qishan'], 'talks', 'Qishan')).toEqual(['Timothy Geithner']);
  });
  it('the possessor owns the talks: "Obama\'s talks with Hu"', () => {
    expect(nominal("Obama's talks with Hu Jintao went well, Clinton said.", ['Barack Obama', 'Hu Jintao', 'Hillary Clinton'], 'talks', 'Jintao')).toEqual(['Barack Obama']);
  });
  it('after a fronted phrase the subject follows: "After her talks with Y, X said"', () => {
    const text = 'After her talks with Vice Premier Wang Qishan on Wednesday, Lagarde said reform was needed.';
    expect(nominal(text, ['Christine Lagarde', 'Wang Qishan'], 'talks', 'Qishan')).toEqual(['Christine Lagarde']);
  });
  it('no person before and no fronted phrase: none', () => {
    expect(nominal('Markets rallied on hopes that the long-awaited talks with Lavrov would help.', ['Sergei Lavrov'], 'talks', 'Lavrov')).toBeUndefined();
  });
});
