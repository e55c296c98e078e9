// The pattern finder's mentions: order, overlaps, possessives, attributive names, lists after a trigger.
import { describe, expect, it } from 'vitest';
import {
  collectMentions,
  isAttributive,
  isFiller,
  isPossessive,
  isPrepositional,
  isSentenceSubject,
  listAfter,
  mentionEndingAt,
  mentionsWithin,
} from '../../../src/extract/meetings/patterns/mentions.js';
import { at, context } from './fixture.js';

describe('mentions', () => {
  it('collectMentions: in text order, an overlapping mention gives way to the earlier, longer one', () => {
    const ms = collectMentions([
      { id: 'a', name: 'Hu Jintao', mentions: [{ start: 10, end: 19, text: 'Hu Jintao' }] },
      { id: 'b', name: 'Jintao', mentions: [{ start: 13, end: 19, text: 'Jintao' }] },
      { id: 'c', name: 'Paulson', mentions: [{ start: 0, end: 7, text: 'Paulson' }] },
    ]);
    expect(ms.map((m) => m.name)).toEqual(['Paulson', 'Hu Jintao']);
  });
  it('possessive and attributive names are not participants', () => {
    const text = "Obama's advisers met Bush administration officials.";
    const ctx = context(text, ['Barack Obama', 'George Bush']);
    const [obama, bush] = ctx.mentions;
    expect(isPossessive(text, obama)).toBe(true);
    expect(isPossessive(text, bush)).toBe(false);
    expect(isAttributive(text, bush)).toBe(true);
    expect(isAttributive(text, obama)).toBe(false);
  });
  it('isFiller: titles and capitalized words pass, verbs and quotes do not, nor too many tokens', () => {
    expect(isFiller(" Russia's Foreign Minister ")).toBe(true);
    expect(isFiller(' his visiting counterpart ')).toBe(true);
    expect(isFiller(' reporters before ')).toBe(false);
    expect(isFiller(' "Mr ')).toBe(false);
    expect(isFiller(' A B C D E F G H I ', 8)).toBe(false);
  });
  it('listAfter: "met President Hu Jintao, Vice Premier Wang Qishan and Yang Jiechi, among others"', () => {
    const text = 'Paulson met President Hu Jintao, Vice Premier Wang Qishan and Yang Jiechi, among others.';
    const ctx = context(text, ['Henry Paulson', 'Hu Jintao', 'Wang Qishan', 'Yang Jiechi']);
    const list = listAfter(ctx, ctx.sentences[0], at(text, ' President'));
    expect(list.map((m) => m.name)).toEqual(['Hu Jintao', 'Wang Qishan', 'Yang Jiechi']);
  });
  it('listAfter: an apposition in commas between names, and a stop at a possessive', () => {
    const text = "Obama met Harry Reid, John Boehner, the top Republican, and Nancy Pelosi's aides.";
    const ctx = context(text, ['Barack Obama', 'Harry Reid', 'John Boehner', 'Nancy Pelosi']);
    expect(listAfter(ctx, ctx.sentences[0], at(text, ' Harry')).map((m) => m.name)).toEqual(['Harry Reid', 'John Boehner']);
  });
  it('listAfter: a verb between trigger and name ends the list before it starts', () => {
    const text = 'Clinton met reporters before Lavrov arrived.';
    const ctx = context(text, ['Hillary Clinton', 'Sergei Lavrov']);
    expect(listAfter(ctx, ctx.sentences[0], at(text, ' reporters'))).toEqual([]);
  });
  it('sentence subjects and prepositional objects', () => {
    const text = 'MOSCOW (Reuters) - Clinton took a letter from Tillerson to Lavrov.';
    const ctx = context(text, ['Hillary Clinton', 'Rex Tillerson', 'Sergei Lavrov']);
    const [clinton, tillerson] = ctx.mentions;
    const sent = ctx.sentences[0];
    expect(isSentenceSubject(ctx, sent, clinton)).toBe(true);
    expect(isSentenceSubject(ctx, sent, tillerson)).toBe(false);
    expect(isPrepositional(ctx, sent, tillerson)).toBe(true);
    expect(isPrepositional(ctx, sent, clinton)).toBe(false);
  });
  it('mentionEndingAt: the mention right before a position, across whitespace only', () => {
    const text = 'Clinton then met Lavrov.';
    const ctx = context(text, ['Hillary Clinton', 'Sergei Lavrov']);
    expect(mentionEndingAt(ctx, at(text, ' then'))?.name).toBe('Hillary Clinton');
    expect(mentionEndingAt(ctx, at(text, ' met'))).toBeUndefined();
  });
  // The binary searches answer what the scans they replaced answered, at every position of a text with
  // adjacent names, a possessive, runs of white space and a name at the very end.
  const dense = "Obama and Putin met.  Putin's aide,\tClinton  and Lavrov\n then Medvedev, Obama Putin";
  const denseCtx = () => context(dense, ['Barack Obama', 'Vladimir Putin', 'Hillary Clinton', 'Sergei Lavrov', 'Dmitry Medvedev']);
  it('mentionsWithin: the mentions lying whole in [from, to], as a scan of all of them finds', () => {
    const ctx = denseCtx();
    expect(ctx.mentions.length).toBe(8);
    const got: string[] = [];
    const scanned: string[] = [];
    for (let from = 0; from <= dense.length + 1; from++) {
      for (let to = 0; to <= dense.length + 1; to++) {
        const key = (ms: typeof ctx.mentions) => `${from}-${to}: ${ms.map((m) => m.start).join(' ')}`;
        got.push(key(mentionsWithin(ctx, from, to)));
        scanned.push(key(ctx.mentions.filter((m) => m.start >= from && m.end <= to)));
      }
    }
    expect(got).toEqual(scanned);
  });
  it('mentionEndingAt: the first mention followed by white space only up to a position, as a scan finds', () => {
    const ctx = denseCtx();
    for (let end = 0; end <= dense.length + 2; end++) {
      expect(mentionEndingAt(ctx, end)).toBe(ctx.mentions.find((m) => m.end <= end && dense.slice(m.end, end).trim() === ''));
    }
  });
});
