import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/tokenize.js';
import type { PersonRef } from '../../src/extract/types.js';
import { loadCues } from '../../src/extract/meetings/cues.js';
import { findContactsLearned } from '../../src/extract/meetings/decode.js';
import { groupCandidates, groupPartners, type GroupModel } from '../../src/extract/meetings/group-events.js';
import { deserializeMeetingModel, serializeMeetingModel, type MeetingModel } from '../../src/extract/meetings/model.js';

function people(text: string, names: string[]): PersonRef[] {
  return names.map((name) => ({ id: name, name, mentions: [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + name.length, text: name })) }));
}
const candidatesOf = (text: string, names: string[], min?: number) => groupCandidates(splitSentences(text), people(text, names), loadCues(), min);
const pairs = (found: Array<{ participants: string[] }>) => found.map((m) => m.participants.join('+')).sort();
/** A group model that accepts every candidate: what is joined is then the candidates' people. */
const acceptAll: GroupModel = { weights: new Map([['g:bias', 1]]), margin: 0 };

describe('group meetings as events', () => {
  it('makes a contact sentence naming three people or more a candidate, with all of them', () => {
    const got = candidatesOf('Obama met Sarkozy, Foreign Minister Merkel and Berlusconi at the White House.', ['Obama', 'Sarkozy', 'Merkel', 'Berlusconi']);
    expect(got).toHaveLength(1);
    expect(got[0].people).toEqual(['Obama', 'Sarkozy', 'Merkel', 'Berlusconi']);
    expect(got[0].features).toEqual(expect.arrayContaining(['g:trig:meet', 'g:n:4', 'g:side:1>3', 'g:listed:2', 'g:unlisted:1', 'g:unscoped']));
    // Two people are a pair, left to the pair model, unless the trainer asks for them too.
    expect(candidatesOf('Obama met Sarkozy in Paris.', ['Obama', 'Sarkozy'])).toHaveLength(0);
    expect(candidatesOf('Obama met Sarkozy in Paris.', ['Obama', 'Sarkozy'], 2)).toHaveLength(1);
    // No contact word, no event.
    expect(candidatesOf('Obama praised Sarkozy, Merkel and Berlusconi.', ['Obama', 'Sarkozy', 'Merkel', 'Berlusconi'])).toHaveLength(0);
  });

  it('gives the model what says the meeting was apart, refused or to come', () => {
    expect(candidatesOf('Obama met Sarkozy, Merkel and Berlusconi separately.', ['Obama', 'Sarkozy', 'Merkel', 'Berlusconi'])[0].features).toContain('g:apart');
    const planned = candidatesOf('Obama will meet Sarkozy, Merkel and Berlusconi on Friday.', ['Obama', 'Sarkozy', 'Merkel', 'Berlusconi'])[0].features;
    expect(planned).toEqual(expect.arrayContaining(['g:pretrig:modal', 'g:scope:modal@before']));
    expect(planned).not.toContain('g:unscoped');
  });

  it('leaves out bystanders: a possessive, a name in a quote, the reporter after the trigger', () => {
    const text = 'Putin and Clinton met on Friday at Lavrov\'s dacha, spokesman Peskov said.';
    const got = candidatesOf(text, ['Putin', 'Clinton', 'Lavrov', 'Peskov'], 2);
    expect(got[0].people).toEqual(['Putin', 'Clinton']);
    expect(got[0].features).toContain('g:bystanders:2');
  });

  it('adds the people of a sentence that refers back to the meeting to that meeting\'s', () => {
    const text = 'Monti held talks with Merkel and Sarkozy. Cameron was accompanied at that meeting by Hague.';
    const got = candidatesOf(text, ['Monti', 'Merkel', 'Sarkozy', 'Cameron', 'Hague']);
    expect(got.map((c) => c.people)).toEqual([
      ['Monti', 'Merkel', 'Sarkozy'],
      ['Monti', 'Merkel', 'Sarkozy', 'Cameron', 'Hague'],
    ]);
    expect(got[1].features).toContain('g:refers-back');
    expect(got[1].earlier).toEqual({ sentence: 0, people: ['Monti', 'Merkel', 'Sarkozy'] });
  });

  it('gives a pair of the earlier sentence that sentence as evidence, a pair with a newcomer the later one', () => {
    // Two people are no group of their own: only the later sentence's event joins Monti and Merkel.
    const text = 'Monti held talks with Merkel. Cameron was accompanied at that meeting by Hague.';
    const [first, second] = splitSentences(text).map((s) => text.slice(s.start, s.end));
    const names = ['Monti', 'Merkel', 'Cameron', 'Hague'];
    expect(candidatesOf(text, names).map((c) => c.sentence)).toEqual([1]);
    const got = groupPartners(acceptAll, text, splitSentences(text), people(text, names), new Set(), loadCues());
    const evidenceOf = (a: string, b: string) => got.find((m) => m.participants.includes(a) && m.participants.includes(b))!.evidence.text;
    expect(evidenceOf('Monti', 'Merkel')).toBe(first);
    expect(evidenceOf('Monti', 'Hague')).toBe(second);
    expect(evidenceOf('Cameron', 'Hague')).toBe(second);
  });

  it('joins every pair of an accepted group, except pairs already decided', () => {
    const text = 'Obama met Sarkozy, Merkel and Berlusconi at the White House.';
    const names = ['Obama', 'Sarkozy', 'Merkel', 'Berlusconi'];
    const got = groupPartners(acceptAll, text, splitSentences(text), people(text, names), new Set(['Merkel\0Sarkozy']), loadCues());
    expect(pairs(got)).toEqual(['Berlusconi+Merkel', 'Berlusconi+Obama', 'Berlusconi+Sarkozy', 'Merkel+Obama', 'Obama+Sarkozy']);
    expect(got[0].evidence.text).toBe(text);
    expect(groupPartners({ ...acceptAll, margin: 5 }, text, splitSentences(text), people(text, names), new Set(), loadCues())).toEqual([]);
  });

  it('decides with the model: a model with the group path joins the group, one without does not', () => {
    const text = 'Obama met Sarkozy, Merkel and Berlusconi at the White House.';
    const names = ['Obama', 'Sarkozy', 'Merkel', 'Berlusconi'];
    const base: MeetingModel = { labels: ['met', 'planned', 'negated', 'remote', 'none'], weights: new Map(), margin: 100, candidates: 'window' };
    expect(findContactsLearned(base, text, splitSentences(text), people(text, names))).toEqual([]);
    const found = findContactsLearned({ ...base, groups: acceptAll }, text, splitSentences(text), people(text, names));
    expect(pairs(found)).toHaveLength(6);
  });

  it('stores the group path in the model file, and loads models without it', () => {
    const base: MeetingModel = { labels: ['met', 'planned', 'negated', 'remote', 'none'], weights: new Map(), margin: 0, candidates: 'both' };
    const back = deserializeMeetingModel(JSON.parse(JSON.stringify(serializeMeetingModel({ ...base, groups: { weights: new Map([['g:bias', 0.123456]]), margin: 1.5 } }))));
    expect(back.groups?.margin).toBe(1.5);
    expect(back.groups?.weights.get('g:bias')).toBe(0.1235);
    expect(deserializeMeetingModel(JSON.parse(JSON.stringify(serializeMeetingModel(base)))).groups).toBeUndefined();
    // A margin that trusts no group is no group path (JSON has no Infinity).
    expect(serializeMeetingModel({ ...base, groups: { weights: new Map(), margin: Infinity } }).groups).toBeUndefined();
  });
});
