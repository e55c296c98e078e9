// Why a trigger does not report a meeting that took place: negation, modality, remote contact, future time.
import { describe, expect, it } from 'vitest';
import { blocked, MODALITY_CUES, NEGATION_CUES, REMOTE_CUES } from '../../../src/extract/meetings/patterns/blocking.js';
import { at, context } from './fixture.js';

/** blocked() for "<subject> <trigger> <object>" in a one-sentence text. */
function verdict(text: string, names: string[], trigger: string, object: string, opts: { future?: boolean; nominal?: boolean } = {}): string | undefined {
  const ctx = context(text, names);
  const tStart = at(text, trigger);
  const objEnd = at(text, object) + object.length;
  return blocked(ctx, ctx.sentences[0], ctx.mentions[0].start, tStart, tStart + trigger.length, objEnd, opts.future ?? false, opts.nominal ?? false);
}

describe('blocked', () => {
  const CL = ['Hillary Clinton', 'Sergei Lavrov'];
  it('a plain past meeting is not blocked', () => {
    expect(verdict('Clinton met Lavrov in Moscow on Tuesday.', CL, 'met', 'Lavrov')).toBeUndefined();
  });
  it('negation before the trigger', () => {
    expect(verdict('Clinton did not meet Lavrov.', CL, 'meet', 'Lavrov')).toBe('negated');
    expect(verdict('Clinton cancelled talks with Lavrov.', CL, 'talks with', 'Lavrov', { nominal: true })).toBe('negated');
  });
  it('modality: planned, hoped-for, hypothetical', () => {
    expect(verdict('Clinton is due to hold talks with Lavrov on Friday.', CL, 'hold talks with', 'Lavrov')).toBe('modal');
    expect(verdict('Clinton hopes for a meeting with Lavrov.', CL, 'meeting', 'Lavrov', { nominal: true })).toBe('modal');
    expect(verdict('Clinton spoke ahead of talks with Lavrov.', CL, 'talks', 'Lavrov', { nominal: true })).toBe('modal');
  });
  it('a cue word inside a person\'s name is no modal: "Theresa May met", "Will Smith met"', () => {
    expect(verdict('Theresa May met John Major on Monday.', ['Theresa May', 'John Major'], 'met', 'Major')).toBeUndefined();
    expect(verdict('Will Smith met Angela Merkel on Monday.', ['Will Smith', 'Angela Merkel'], 'met', 'Merkel')).toBeUndefined();
    // ... but the modal after the name still is.
    expect(verdict('Theresa May may meet John Major.', ['Theresa May', 'John Major'], 'meet', 'Major')).toBe('modal');
    expect(verdict('Will Smith will meet Angela Merkel.', ['Will Smith', 'Angela Merkel'], 'meet', 'Merkel')).toBe('modal');
  });
  it('a past visit "for talks" is not a plan', () => {
    const text = 'Larry Summers visited Beijing this week for talks with President Hu Jintao.';
    expect(verdict(text, ['Larry Summers', 'Hu Jintao'], 'talks', 'Jintao', { nominal: true })).toBeUndefined();
  });
  it('modality after a nominal trigger: "the summit between X and Y is expected to"', () => {
    const text = 'The summit between Obama and Medvedev is expected to focus on arms.';
    expect(verdict(text, ['Barack Obama', 'Dmitry Medvedev'], 'summit between', 'Medvedev', { nominal: true })).toBe('modal after');
  });
  it('remote contact anywhere in the clause', () => {
    expect(verdict('Clinton held talks with Lavrov in a phone call.', CL, 'held talks with', 'Lavrov')).toBe('remote');
    expect(verdict('Clinton held talks with Lavrov by video link.', CL, 'held talks with', 'Lavrov')).toBe('remote');
  });
  it('a meeting reported called off after its object, anywhere in the rest of the sentence', () => {
    expect(verdict('Clinton met Lavrov in Moscow on Tuesday.', CL, 'met', 'Lavrov')).toBeUndefined();
    // read to the sentence's end, across a "but" (as the finder has always done)
    expect(verdict('Clinton met Lavrov, but talks were postponed.', CL, 'met', 'Lavrov')).toBe('negated after');
    expect(verdict('The talks with Lavrov were cancelled, Clinton said.', ['Sergei Lavrov', 'Hillary Clinton'], 'talks with', 'Lavrov', { nominal: true })).toBe('negated after');
  });
  it('future time after a present-tense trigger', () => {
    const text = 'Obama meets Medvedev next week in Moscow.';
    const OM = ['Barack Obama', 'Dmitry Medvedev'];
    expect(verdict(text, OM, 'meets', 'Medvedev', { future: true })).toBe('future');
    expect(verdict('Nicolas Sarkozy and Angela Merkel meet in Paris from 1400 GMT.', ['Nicolas Sarkozy', 'Angela Merkel'], 'meet', 'Merkel', { future: true })).toBe('future');
    expect(verdict('Obama meets Medvedev before the summit opens.', OM, 'meets', 'Medvedev', { future: true })).toBeUndefined();
  });
  it('the cue lists on their own', () => {
    expect(NEGATION_CUES.test("Clinton didn't")).toBe(true);
    expect(NEGATION_CUES.test('Clinton on Tuesday')).toBe(false);
    expect(MODALITY_CUES.test('Clinton may')).toBe(true);
    expect(MODALITY_CUES.test('Clinton later')).toBe(false);
    expect(REMOTE_CUES.test('in a letter to')).toBe(true);
    expect(REMOTE_CUES.test('in Moscow on Tuesday')).toBe(false);
  });
});
