import { describe, expect, it } from 'vitest';
import { clauseToCome } from '../../src/extract/meetings/article-day.js';

/** Whether the clause before `word` in `sentence` puts it to come. */
const toCome = (sentence: string, word: string) => clauseToCome(sentence, sentence.indexOf(word));

describe('words of time to come before a day', () => {
  it('put the day to come after a modal or an infinitive of what is planned', () => {
    expect(toCome('The talks are to be held on Monday.', 'Monday')).toBe(true);
    expect(toCome('Merkel and Sarkozy are set to meet on Monday.', 'Monday')).toBe(true);
    expect(toCome('Merkel will meet Sarkozy on Monday.', 'Monday')).toBe(true);
  });

  it('do not when "to be" follows a verb of seeming: how things looked at a meeting held', () => {
    expect(toCome('There appeared to be little progress at a second round of talks on Monday.', 'Monday')).toBe(false);
    expect(toCome('The talks seemed to be going well on Monday.', 'Monday')).toBe(false);
    expect(toCome('The meeting turned out to be brief on Monday.', 'Monday')).toBe(false);
    // Another word of time to come in the clause still counts.
    expect(toCome('There appeared to be talks that will resume on Monday.', 'Monday')).toBe(true);
    expect(toCome('It appeared they will meet on Monday.', 'Monday')).toBe(true);
  });

  it('do not when "not", an adverb or an aside stands between, or a verb of report follows a copula', () => {
    expect(toCome('There appeared not to be any progress at the talks on Monday.', 'Monday')).toBe(false);
    expect(toCome('There appeared, however, to be little progress at the talks on Monday.', 'Monday')).toBe(false);
    expect(toCome('The talks seemed largely to be going well on Monday.', 'Monday')).toBe(false);
    expect(toCome('The talks were said to be tense on Monday.', 'Monday')).toBe(false);
    expect(toCome('The meeting was reported to be cordial on Monday.', 'Monday')).toBe(false);
    // A verb of report without a copula, or "to be" after other words, is still time to come.
    expect(toCome('Officials said to be ready for talks on Monday.', 'Monday')).toBe(true);
    expect(toCome('The talks are not to be held on Monday.', 'Monday')).toBe(true);
    expect(toCome('The talks were, officials said, to be held on Monday.', 'Monday')).toBe(true);
    expect(toCome('The talks were said to be planned for next week on Monday.', 'Monday')).toBe(true);
  });

  it('read a whole word of seeming only', () => {
    expect(toCome('Talks that reappeared to be held on Monday.', 'Monday')).toBe(true);
  });
});
