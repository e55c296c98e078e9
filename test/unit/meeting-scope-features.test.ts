import { describe, expect, it } from 'vitest';
import { clauseFeatures } from '../../src/extract/meetings/clause-features.js';
import { loadCues } from '../../src/extract/meetings/cues.js';
import { candidates } from '../../src/extract/meetings/decode.js';
import { moodFeatures, personRole, triggerForm } from '../../src/extract/meetings/scope-features.js';
import { splitSentences } from '../../src/extract/tokenize.js';
import type { PersonRef } from '../../src/extract/types.js';

/** A space-separated sentence's lower-case tokens, with the index of the first token equal to `w` from `from`. */
const toks = (s: string) => s.toLowerCase().split(' ');
const at = (lower: string[], w: string, from = 0) => lower.indexOf(w, from);
/** How the one-word person `who` stands to the trigger word `w` of a space-separated sentence. */
const role = (s: string, who: string, w: string, brk = -1) => {
  const lower = toks(s);
  const k = at(lower, who);
  return personRole(lower, k, k, at(lower, w), undefined, brk);
};

describe('scope features of a meeting trigger', () => {
  it('reads the form of the trigger: held, to come, after a modal, in progress, a noun', () => {
    const cues = loadCues();
    const form = (s: string, w: string) => triggerForm(toks(s), at(toks(s), w), cues);
    expect(form('X met Y on Monday .', 'met')).toBe('past');
    expect(form('X is due to meet Y .', 'meet')).toBe('inf');
    expect(form('X will meet Y .', 'meet')).toBe('aux');
    expect(form('X and Y are meeting in Chicago on Thursday .', 'meeting')).toBe('prog');
    expect(form('X meets Y on Monday .', 'meets')).toBe('pres');
    expect(form("X 's meeting with Y .", 'meeting')).toBe('noun');
  });

  it('finds the word that governs the trigger past articles, light verbs and adjectives, within its clause', () => {
    const cues = loadCues();
    const mood = (s: string, w: string) => moodFeatures(toks(s), at(toks(s), w), cues);
    expect(mood('X will have a bilateral meeting with Y during the summit .', 'meeting')).toEqual(expect.arrayContaining(['mood:gov:modal', 'mood:govw:will']));
    expect(mood('X agreed to hold talks with Y .', 'talks')).toEqual(expect.arrayContaining(['mood:gov:modal', 'mood:govw:agreed', 'mood:to']));
    expect(mood('X left Berlin for talks with Y .', 'talks')).toEqual(expect.arrayContaining(['mood:gov:prep', 'mood:govw:for']));
    // The modal is in another clause: it does not govern "met".
    const other = mood('X , who will retire next year , met Y on Monday .', 'met');
    expect(other).not.toContain('mood:gov:modal');
    expect(other).toEqual(expect.arrayContaining(['mood:form:past&weekday']));
    expect(mood('X said he would argue it when he meets Y .', 'meets')).toEqual(expect.arrayContaining(['mood:open:when', 'mood:form:pres&none']));
    expect(mood("X 's meeting with Y was agreed after weeks .", 'meeting')).toContain('mood:R:modal');
  });

  it('tells how each person stands to the trigger: subject, object of "with", possessor, between, topic, speaker', () => {
    expect(role('X met Y .', 'x', 'met')).toBe('subj');
    expect(role('X met Y .', 'y', 'met')).toBe('obj');
    expect(role('X held talks with Y and Z .', 'y', 'talks')).toBe('with');
    // Both on one side of the talks: each is an object of "with".
    expect(role('X held talks with Y and Z .', 'z', 'talks')).toBe('with');
    expect(role("X 's meeting with Y .", 'x', 'meeting')).toBe('poss');
    expect(role('talks between X and Y ended .', 'y', 'talks')).toBe('between');
    expect(role('X met Y and raised the case of Z .', 'z', 'met')).toBe('topic');
    expect(role('X said Y met Z .', 'x', 'met')).toBe('speaker');
  });

  it('adds the roles and the mood to a candidate pair\'s clause features', () => {
    const lower = toks('X held talks with Y and Z .');
    const f = clauseFeatures(lower, at(lower, 'y'), at(lower, 'y'), at(lower, 'z'), at(lower, 'z'), loadCues());
    expect(f).toEqual(expect.arrayContaining(['roles:with|with', 'mood:form:noun']));
  });

  it('marks two people joined by "and" alone with their roles: one side of the trigger, or its joint subjects', () => {
    const pair = (s: string) => {
      const lower = toks(s);
      return clauseFeatures(lower, at(lower, 'y'), at(lower, 'y'), at(lower, 'z'), at(lower, 'z'), loadCues());
    };
    expect(pair('X held talks with Y and Z .')).toContain('roles:with|with&joined');
    expect(pair('Y and Z met on Monday .')).toContain('roles:subj|subj&joined');
    // Not joined: a verb between them.
    expect(pair('Y met Z on Monday .').some((f) => f.endsWith('&joined'))).toBe(false);
  });
});

describe('the anchor trigger\'s mood in anchored candidates', () => {
  it('reaches a pair named around the anchor, not only inside it', () => {
    // Merkel is named in the sentence before the anchor: no clause features, but the anchor's mood.
    const text = 'Angela Merkel arrived in Tokyo. She will have a bilateral meeting with Shinzo Abe on Friday.';
    const people: PersonRef[] = ['Angela Merkel', 'Shinzo Abe'].map((name) => ({ id: name, name, mentions: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name }] }));
    const [anchored] = candidates(splitSentences(text), people, 'anchor');
    expect(anchored.features).toEqual(expect.arrayContaining(['anchor:mood:gov:modal', 'anchor:mood:govw:will', 'anchor:mood:form:noun&weekday']));
  });

  it('reads the own sentence of a side named away from the anchor: a report, a plan, or no cue at all', () => {
    const pairOf = (text: string, names: string[]) => {
      const people: PersonRef[] = names.map((name) => ({ id: name, name, mentions: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name }] }));
      return candidates(splitSentences(text), people, 'anchor').find((c) => c.from === 0)!.features;
    };
    // Romney is in the anchor sentence; Scaramucci's own sentence has no contact, report or mood cue.
    const away = pairOf('Mitt Romney held a meeting with donors on Monday. Anthony Scaramucci is also in Boston.', ['Mitt Romney', 'Anthony Scaramucci']);
    expect(away).toContain('p:own:none');
    // Schaeuble is quoted in the next sentence: a report after the meeting.
    const quoted = pairOf('Jean-Claude Juncker chaired the meeting of ministers on Monday. Wolfgang Schaeuble said the talks went well.', ['Jean-Claude Juncker', 'Wolfgang Schaeuble']);
    expect(quoted).toEqual(expect.arrayContaining(['p:own:report', 'p:own:meetNoun']));
    expect(quoted).not.toContain('p:own:none');
    // Both in the anchor sentence: no own-sentence features.
    const inside = pairOf('Mitt Romney met Anthony Scaramucci in Boston on Monday.', ['Mitt Romney', 'Anthony Scaramucci']);
    expect(inside.some((f) => f.startsWith('p:own:'))).toBe(false);
  });
});

describe('the trigger\'s clause, after a cold review', () => {
  const cues = loadCues();
  const mood = (s: string, w: string, brk = -1) => moodFeatures(toks(s), at(toks(s), w), cues, undefined, brk);

  it('ends at a sentence break even without a full stop (a headline, a dateline)', () => {
    // "Putin flew to Washington" is a sentence of its own: its "to" is no mood of "meet", Putin is beyond the clause.
    const s = 'Putin flew to Washington Trump will meet Obama on Friday .';
    const brk = at(toks(s), 'trump');
    expect(mood(s, 'meet', brk).filter((f) => f === 'mood:clause:modal')).toHaveLength(1);
    expect(role(s, 'putin', 'meet', brk)).toBe('far-before');
    expect(role(s, 'putin', 'meet')).not.toBe('far-before');
  });

  it('counts a break right after a person or right after the trigger as crossed (a clause starting exactly at the break)', () => {
    // The headline ends with "Putin", the next sentence starts with "Meets": Putin is beyond the trigger's clause.
    const before = 'Summit for Putin Meets Obama on Friday .';
    expect(role(before, 'putin', 'meets', at(toks(before), 'meets'))).toBe('far-before');
    // The headline ends with "Meeting", the next sentence starts with "Obama": Obama is beyond it too.
    const after = 'Putin Meeting Obama flew on Friday .';
    expect(role(after, 'obama', 'meeting', at(toks(after), 'obama'))).toBe('far-after');
  });

  it('leaves out a relative clause closed by a comma and a coordinated clause with its own auxiliary', () => {
    const rel = mood('X , who will retire next year , met Y on Monday .', 'met');
    expect(rel).not.toContain('mood:clause:modal');
    expect(rel).not.toContain('mood:form:past&future');
    expect(rel).toContain('mood:form:past&weekday');
    const coord = mood('X met Y last week and will meet Z tomorrow .', 'met');
    expect(coord).toContain('mood:form:past&past');
    expect(coord).not.toContain('mood:form:past&future');
    expect(mood('X met Y last week and will meet Z tomorrow .', 'meet')).not.toContain('mood:form:aux&past');
  });

  it('counts no "to" of direction as a mood, and each feature once', () => {
    const f = mood('X flew to paris and then to berlin and met Y on monday .', 'met');
    expect(f).not.toContain('mood:clause:modal');
    expect(new Set(f).size).toBe(f.length);
  });

  it('reads curly-apostrophe auxiliaries and the month May', () => {
    const curly = 'Trump ’ll meet Xi on Friday .'; // the tokenizer's "’ll"
    expect(triggerForm(toks(curly), at(toks(curly), 'meet'), cues)).toBe('aux');
    const may = mood("X 's May meeting with Y .", 'meeting');
    expect(may).not.toContain('mood:gov:modal');
    expect(may).toContain('mood:form:noun');
    expect(mood('X may meet Y .', 'meet')).toContain('mood:gov:modal');
  });

  it('tells speakers, "with" after a topic, and "between" only as a phrase', () => {
    expect(role("X 's spokesman said Y met Z .", 'x', 'met')).toBe('speaker');
    expect(role('According to X , Y met Z .', 'x', 'met')).toBe('speaker');
    expect(role('X held talks about trade with Y .', 'y', 'talks')).toBe('with');
    expect(role('X held talks over the weekend with Y .', 'y', 'talks')).toBe('with');
    expect(role('Between sessions , X met Y and Z .', 'z', 'met')).toBe('obj');
    expect(role('talks between X and Y ended .', 'y', 'talks')).toBe('between');
  });
});

describe('the cost of scope features', () => {
  it('reads a trigger\'s mood once for every pair of a long list (the same array back)', () => {
    const lower = toks(`${Array.from({ length: 300 }, (_, i) => `p${i} ,`).join(' ')} and q met on monday .`);
    const trig = at(lower, 'met');
    expect(moodFeatures(lower, trig, loadCues())).toBe(moodFeatures(lower, trig, loadCues()));
  });
});
