import { describe, expect, it } from 'vitest';
import { decidePairs } from '../../src/extract/meetings/decode.js';
import { deserializeMeetingModel } from '../../src/extract/meetings/model.js';
import { splitSentences } from '../../src/extract/tokenize.js';

describe('deciding a pair', () => {
  const text = 'Clinton will meet Lavrov next week.';
  const sentences = splitSentences(text);
  const people = ['Clinton', 'Lavrov'].map((name) => ({ id: name, name, mentions: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name }] }));
  // The window candidate reads the pair as planned; the anchored one, a little more met-like, as none.
  const model = deserializeMeetingModel({
    labels: ['met', 'planned', 'negated', 'remote', 'none'],
    margin: 0,
    candidates: 'both',
    weights: { 'W:gap:will meet': [-2, 3, 0, 0, 0], 'A:bias': [-1, 0, 0, 0, 2] },
  });

  it('labels a pair not met planned when one of its candidates says so, whichever is the most met-like', () => {
    const [d] = decidePairs(model, sentences, people);
    expect(d.participants).toEqual(['Clinton', 'Lavrov']);
    expect(d.label).toBe('planned');
  });

  it('still calls a pair met when its met score passes the margin, and none when no candidate says otherwise', () => {
    const metModel = deserializeMeetingModel({ labels: ['met', 'planned', 'negated', 'remote', 'none'], margin: 0, candidates: 'both', weights: { 'W:gap:will meet': [5, 3, 0, 0, 0] } });
    expect(decidePairs(metModel, sentences, people)[0].label).toBe('met');
    const noneModel = deserializeMeetingModel({ labels: ['met', 'planned', 'negated', 'remote', 'none'], margin: 0, candidates: 'both', weights: { 'W:bias': [0, 0, 0, 0, 1] } });
    expect(decidePairs(noneModel, sentences, people)[0].label).toBe('none');
  });
});
