import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/tokenize.js';
import type { PersonRef, Span } from '../../src/extract/types.js';
import { pairInstances } from '../../src/extract/meetings/candidates.js';
import { meetingDate } from '../../src/extract/meetings/dates.js';
import { candidates } from '../../src/extract/meetings/decode.js';
import { mentionIndex } from '../../src/extract/meetings/features.js';
import { deserializeMeetingModel, serializeMeetingModel } from '../../src/extract/meetings/model.js';
import { meetingPlace } from '../../src/extract/meetings/places.js';
import { findCountryMentions } from '../../src/extract/countries/mentions.js';
import { trainPerceptron, type Example } from '../../src/train/meetings.js';

/** People with every occurrence of each given form as a mention. */
function people(text: string, forms: Record<string, string[]>): PersonRef[] {
  return Object.entries(forms).map(([name, spellings]) => ({
    id: name,
    name,
    mentions: spellings
      .flatMap((f) => [...text.matchAll(new RegExp(`\\b${f}\\b`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + f.length, text: f })))
      .sort((a, b) => a.start - b.start),
  }));
}

describe('candidate pairs', () => {
  const text = 'Clinton met Lavrov in Moscow. Medvedev later spoke. Putin was away.';
  const ps = people(text, { 'Hillary Clinton': ['Clinton'], 'Sergei Lavrov': ['Lavrov'], 'Dmitry Medvedev': ['Medvedev'], 'Vladimir Putin': ['Putin'] });
  const sents = splitSentences(text);

  it('pairs people in one sentence and in neighbouring sentences, never further apart', () => {
    const got = pairInstances(sents, ps).map((i) => `${i.a}+${i.b}@${i.sentence}-${i.sentence2}`).sort();
    expect(got).toEqual([
      'Dmitry Medvedev+Vladimir Putin@1-2',
      'Hillary Clinton+Dmitry Medvedev@0-1',
      'Hillary Clinton+Sergei Lavrov@0-0',
      'Sergei Lavrov+Dmitry Medvedev@0-1',
    ]);
  });

  it('takes the closest mentions of a pair in a window, in text order', () => {
    const t = 'Lavrov said Clinton and Lavrov talked.';
    const [inst] = pairInstances(splitSentences(t), people(t, { A: ['Clinton'], B: ['Lavrov'] }));
    expect(t.slice(inst.first.start, inst.first.end)).toBe('Clinton');
    expect(inst.second.start).toBe(t.lastIndexOf('Lavrov'));
  });

  it('gives features that tell a held meeting from a planned and a remote one', () => {
    const f = (t: string) => candidates(splitSentences(t), people(t, { A: ['Clinton'], B: ['Lavrov'] }), 'window')[0].features;
    expect(f('Clinton met Lavrov on Tuesday.')).toEqual(expect.arrayContaining(['c:meetVerb@B', 'meet@B', 'gap:met']));
    expect(f('Clinton will meet Lavrov next week.')).toEqual(expect.arrayContaining(['meet&modal', 'meet&future']));
    expect(f('Clinton spoke by telephone with Lavrov.')).toEqual(expect.arrayContaining(['c:remote@B', 'join:with']));
    expect(f('Clinton did not see Lavrov.')).toContain('w:not@B');
  });

  it('counts the mentions between two offsets', () => {
    const between = mentionIndex([50, 10, 30, 70]);
    expect(between(0, 100)).toBe(4);
    expect(between(11, 50)).toBe(1);
    expect(between(31, 31)).toBe(0);
  });
});

describe('the perceptron', () => {
  const data: Example[] = [];
  for (let i = 0; i < 40; i++) {
    data.push({ features: ['bias', 'met', `noise${i % 7}`], label: 'met' });
    data.push({ features: ['bias', 'phone', `noise${i % 5}`], label: 'remote' });
    data.push({ features: ['bias', `noise${i % 3}`], label: 'none' });
  }

  it('learns a separable problem and is byte-reproducible', () => {
    const a = trainPerceptron(data, { epochs: 5, seed: 3 });
    const b = trainPerceptron(data, { epochs: 5, seed: 3 });
    expect(JSON.stringify(serializeMeetingModel(a))).toBe(JSON.stringify(serializeMeetingModel(b)));
    const m = deserializeMeetingModel(serializeMeetingModel(a));
    const best = (fs: string[]) => {
      const s = m.labels.map((_, k) => fs.reduce((acc, f) => acc + (m.weights.get(f)?.[k] ?? 0), 0));
      return m.labels[s.indexOf(Math.max(...s))];
    };
    expect(best(['bias', 'met'])).toBe('met');
    expect(best(['bias', 'phone'])).toBe('remote');
    expect(best(['bias'])).toBe('none');
  });
});

describe('meeting dates', () => {
  // 2009-10-13 was a Tuesday.
  const published = '2009-10-13T17:23:00.000Z';
  it('reads a weekday as the latest such day on or before the article', () => {
    expect(meetingDate('Clinton met Medvedev on Tuesday.', published)).toEqual({ date: '2009-10-13', source: 'text', text: 'on Tuesday' });
    expect(meetingDate('They held talks on Wednesday.', published)?.date).toBe('2009-10-07');
    expect(meetingDate('They met on Friday night.', published)?.date).toBe('2009-10-09');
  });
  it('reads yesterday, and a month and day in the past', () => {
    expect(meetingDate('He met him yesterday.', published)?.date).toBe('2009-10-12');
    expect(meetingDate('They met on March 3.', published)?.date).toBe('2009-03-03');
    expect(meetingDate('They met on Oct. 11.', published)?.date).toBe('2009-10-11');
  });
  it('falls back to the article day, marked so, when the text names no single day', () => {
    expect(meetingDate('They met last week.', published)).toEqual({ date: '2009-10-13', source: 'published' });
    expect(meetingDate('They met.', published)).toEqual({ date: '2009-10-13', source: 'published' });
    expect(meetingDate('They met until Friday.', published)?.source).toBe('published');
    expect(meetingDate('They met.', null)).toBeNull();
  });
});

describe('meeting places', () => {
  const place = (text: string, locs: string[] = []) => {
    const spans: Span[] = locs.map((l) => ({ start: text.indexOf(l), end: text.indexOf(l) + l.length, text: l }));
    return meetingPlace(text, { start: 0, end: text.length, text }, spans, findCountryMentions(text));
  };
  it('takes the place a venue word introduces, with its country', () => {
    expect(place('Lukashenko met Putin in Moscow on Friday.')).toEqual({ name: 'Moscow', country: 'RU' });
    expect(place('Obama hosted Hu at the White House.')).toEqual({ name: 'White House', country: 'US' });
    expect(place('Merkel met Putin in the Black Sea resort of Sochi.', ['Sochi'])).toEqual({ name: 'Sochi', country: null });
    expect(place('Merkel met Putin in Sochi, Russia.', ['Sochi'])).toEqual({ name: 'Sochi', country: 'RU' });
  });
  it('finds no venue in a country named for its people or its government', () => {
    expect(place("Clinton met Lavrov to discuss Iran's nuclear programme.")).toBeNull();
    expect(place('Russian President Medvedev met Clinton.')).toBeNull();
  });
});

describe('the event path', async () => {
  const { eventClusters, participantCandidates } = await import('../../src/extract/meetings/events.js');
  const { loadCues } = await import('../../src/extract/meetings/cues.js');
  const { decidePairs } = await import('../../src/extract/meetings/decode.js');
  const { trainBinaryLogistic } = await import('../../src/train/meetings.js');
  const text = 'Stocks rose on Monday. Euro zone finance ministers met in Brussels on Monday. Schaeuble said the talks went well. Rehn said Greece must act. The meeting was also attended by Draghi. Oil prices fell. Traders were calm. Markets closed. Prices held. Nothing else happened. Later, Obama spoke.';
  const ps = people(text, { 'Wolfgang Schaeuble': ['Schaeuble'], 'Olli Rehn': ['Rehn'], 'Mario Draghi': ['Draghi'], 'Barack Obama': ['Obama'] });
  const sents = splitSentences(text);

  it('groups a sentence that refers back to a meeting with the event it continues', () => {
    const clusters = eventClusters(sents, loadCues());
    expect(clusters[0]).toEqual([1, 2, 4]);
  });

  it('offers the people named around an event as participants, the lead event reaching the whole article', () => {
    const got = participantCandidates(sents, ps, loadCues()).filter((c) => c.event === 1).map((c) => c.person);
    expect(got).toEqual(['Wolfgang Schaeuble', 'Olli Rehn', 'Mario Draghi', 'Barack Obama']);
  });

  it('makes every pair of an event\'s participants met, and trains a reproducible participant model', () => {
    const ex = participantCandidates(sents, ps, loadCues()).map((c) => ({ features: c.features, positive: c.person !== 'Barack Obama' }));
    const w1 = trainBinaryLogistic([...ex, ...ex], { epochs: 20, seed: 2 });
    expect([...trainBinaryLogistic([...ex, ...ex], { epochs: 20, seed: 2 })]).toEqual([...w1]);
    const model = { labels: ['met', 'planned', 'negated', 'remote', 'none'] as const, weights: new Map(), margin: -1, candidates: 'both' as const, participants: { weights: w1, weight: 1, pairFloor: 0 } };
    const met = decidePairs({ ...model, labels: [...model.labels] }, sents, ps).filter((d) => d.label === 'met').map((d) => d.participants.join('+')).sort();
    expect(met).toEqual(['Mario Draghi+Olli Rehn', 'Mario Draghi+Wolfgang Schaeuble', 'Olli Rehn+Wolfgang Schaeuble']);
    const round = deserializeMeetingModel(serializeMeetingModel({ ...model, labels: [...model.labels] }));
    expect(round.participants?.pairFloor).toBe(0);
    expect(round.participants?.weights.size).toBeGreaterThan(0);
  });
});
