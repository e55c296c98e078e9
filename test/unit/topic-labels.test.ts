import { describe, expect, it } from 'vitest';
import { listTopics } from '../../src/extract/topics.ts';
import { topicAgreement, validateTopicLabel } from '../../src/eval/topic-labels.ts';

const topics = listTopics();
const FILE = '20091013_us-russia-usa-clinton-idUSTRE59C1AX20091013.txt';
const ctx = { labelFileName: FILE.replace('.txt', '.json'), topics, sample: new Set([FILE]) };

describe('validateTopicLabel', () => {
  it('accepts a well-formed label and keeps the main topic first', () => {
    const r = validateTopicLabel({ file: FILE, annotator: 'ed', topics: ['diplomacy', 'sanctions', 'nuclear-programme'], notes: 'fine' }, ctx);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.label?.topics[0]).toBe('diplomacy');
  });

  it('names each error: unknown id, duplicate, file outside the sample, misnamed file, missing annotator, unknown field', () => {
    const r = validateTopicLabel({ file: 'other.txt', annotator: ' ', topics: ['diplomacy', 'nope', 'diplomacy'], extra: 1 }, ctx);
    expect(r.label).toBeUndefined();
    expect(r.errors).toEqual([
      'unknown field "extra" (allowed: file, annotator, topics, notes)',
      '"file" other.txt is not in annotations/topics/sample.tsv',
      `the label file for other.txt must be named other.json`,
      '"annotator" must be a non-empty string (your name)',
      'topics[1] "nope" is not a topic id (list them: node --import tsx scripts/topics-labels.ts taxonomy)',
      'topics[2] "diplomacy" is listed twice',
    ]);
    expect(validateTopicLabel({ file: FILE, annotator: 'ed', topics: [] }, ctx).errors).toEqual(['"topics" must be a non-empty list of topic ids, main topic first']);
    expect(validateTopicLabel([], ctx).errors).toEqual(['not a JSON object']);
  });

  it('refuses a second-pass label for an article outside the second-pass sample', () => {
    const r = validateTopicLabel({ file: FILE, annotator: 'ed', topics: ['diplomacy'] }, { ...ctx, secondPassSample: new Set<string>() });
    expect(r.errors).toEqual([`${FILE} is not in annotations/topics/second-pass-sample.txt`]);
  });

  it('flags a parent listed with its child and a group topic as main, without refusing them', () => {
    const r = validateTopicLabel({ file: FILE, annotator: 'ed', topics: ['international-relations', 'diplomacy'] }, ctx);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      '"diplomacy" with its ancestor "international-relations": keep the ancestor only if the article is broadly about it too',
      'main topic "international-relations" is a group topic: is one of the others the main subject?',
    ]);
  });
});

describe('topicAgreement', () => {
  it('computes micro F1, per-topic F1 and kappa, and main-topic agreement', () => {
    const a = topicAgreement([
      { file: 'a.txt', first: ['diplomacy', 'sanctions'], second: ['diplomacy'] },
      { file: 'b.txt', first: ['trade'], second: ['trade', 'diplomacy'] },
      { file: 'c.txt', first: ['markets'], second: ['currencies'] },
      { file: 'd.txt', first: ['sanctions', 'diplomacy'], second: ['diplomacy', 'sanctions'] },
    ]);
    expect(a.articles).toBe(4);
    // both: diplomacy 2, trade 1, sanctions 1 = 4; sizes 6 and 6
    expect(a.microF1).toBe(0.667);
    expect(a.mainTopicAgreement).toBe(0.5);
    expect(a.mainTopicEachInOther).toBe(0.75);
    expect(a.exactSetAgreement).toBe(0.25);
    const diplomacy = a.perTopic.find((r) => r.id === 'diplomacy')!;
    expect(diplomacy).toMatchObject({ first: 2, second: 3, both: 2, f1: 0.8 });
    // po = 3/4, pe = 2/4·3/4 + 2/4·1/4 = 1/2, kappa = (3/4 - 1/2) / (1/2) = 0.5
    expect(diplomacy.kappa).toBe(0.5);
    expect(a.perTopic.find((r) => r.id === 'markets')).toMatchObject({ first: 1, second: 0, both: 0, f1: 0, kappa: 0 });
    expect(a.mainDisagreements).toEqual([
      { file: 'c.txt', first: 'markets', second: 'currencies' },
      { file: 'd.txt', first: 'sanctions', second: 'diplomacy' },
    ]);
  });

  it('leaves kappa undefined where both annotators give a topic to every article', () => {
    const a = topicAgreement([{ file: 'a.txt', first: ['trade'], second: ['trade'] }]);
    expect(a.perTopic).toEqual([{ id: 'trade', first: 1, second: 1, both: 1, f1: 1, kappa: null }]);
  });
});
